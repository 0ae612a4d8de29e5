"""How a phone finds the room: the address it opens and the QR code that holds it."""

from __future__ import annotations

import io
import ipaddress


def join_address(host: str, port: int) -> str:
    """The short address a phone opens (an IPv6 address in brackets)."""
    try:
        literal = f"[{host}]" if ipaddress.ip_address(host).version == 6 else host
    except ValueError:
        literal = host
    return f"http://{literal}:{port}/"


def join_link(host: str, port: int, code: str) -> str:
    """The address with the room's code in its fragment (never sent to any server): scanning
    the QR code fills the code in on the phone."""
    return f"{join_address(host, port)}#code={code}"


def qr_png(text: str, scale: int = 8) -> bytes:
    """`text` as a QR code in PNG: black on white, with the quiet zone around it that
    scanners need; error correction M (readable from the back of a room, projected)."""
    import segno  # loaded when a session is shown, not at start-up

    out = io.BytesIO()
    segno.make(text, error="m", micro=False).save(
        out, kind="png", scale=scale, border=4, dark="#000000", light="#ffffff"
    )
    return out.getvalue()
