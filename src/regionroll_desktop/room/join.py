"""How a phone finds the room: the Wi-Fi it joins first (when the facilitator gives it), the
address it opens and the QR codes that hold them."""

from __future__ import annotations

import io
import ipaddress
from dataclasses import dataclass


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


@dataclass(frozen=True, slots=True)
class Wifi:
    """The network the phones join first: its name, its password and how it is secured
    ("WPA", "WEP", or "" for an open one), as the standard Wi-Fi QR code carries it."""

    ssid: str
    password: str = ""
    security: str = "WPA"
    hidden: bool = False

    def __post_init__(self) -> None:
        if not self.ssid.strip():
            raise ValueError("a Wi-Fi network needs its name")
        if self.security not in ("WPA", "WEP", ""):
            raise ValueError(f"unknown Wi-Fi security {self.security!r}")
        if len(self.ssid.encode()) > 32:  # what 802.11 allows a network's name
            raise ValueError("a Wi-Fi network's name is at most 32 bytes")
        if len(self.password) > 63:  # WPA's longest passphrase
            raise ValueError("a Wi-Fi password is at most 63 characters")


def wifi_text(wifi: Wifi) -> str:
    """The "WIFI:…" text a phone's camera joins with one tap (segno escapes the name and the
    password's special characters)."""
    import segno.helpers  # loaded when a session is shown, not at start-up

    security = wifi.security or "nopass"
    password = wifi.password if wifi.security else None
    text: str = segno.helpers.make_wifi_data(
        wifi.ssid, password=password, security=security, hidden=wifi.hidden
    )
    return text
