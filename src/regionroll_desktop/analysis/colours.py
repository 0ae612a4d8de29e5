"""Colour checks the app's drawings are held to: text contrast (WCAG 2.1) and how far apart two
colours stay for viewers with a colour-vision deficiency.

The deficiency simulation is Machado, Oliveira & Fernandes (2009) at full severity, applied in
linear RGB; distance is CIE76 ΔE in CIELAB (D65). A ΔE of about 10 or more reads as clearly
different colours at a glance.
"""

from __future__ import annotations

import math

Matrix = tuple[tuple[float, float, float], ...]

# Machado et al. 2009, severity 1.0.
DEFICIENCIES: dict[str, Matrix] = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
    "typical": ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0)),
}


def _channels(hex_colour: str) -> tuple[float, float, float]:
    text = hex_colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"not a #rrggbb colour: {hex_colour!r}")
    r, g, b = (int(text[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return r, g, b


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    r, g, b = (_linear(c) for c in _channels(hex_colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2.1 contrast ratio, from 1 (none) to 21 (black on white)."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def _lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def _seen(hex_colour: str, matrix: Matrix) -> tuple[float, float, float]:
    rgb = [_linear(c) for c in _channels(hex_colour)]
    seen = [min(1.0, max(0.0, sum(row[j] * rgb[j] for j in range(3)))) for row in matrix]
    return _lab((seen[0], seen[1], seen[2]))


def distinctness(a: str, b: str) -> float:
    """The smallest ΔE between `a` and `b` as seen with typical vision and each deficiency."""
    return min(math.dist(_seen(a, m), _seen(b, m)) for m in DEFICIENCIES.values())
