"""The machine's network interfaces a room session can listen on (psutil reads them the same
way on Windows, macOS and Linux)."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass


@dataclass(frozen=True)
class Interface:
    """A network interface the room session can listen on."""

    name: str  # as the system names it, e.g. "wlan0" or "Wi-Fi"
    address: str  # its IPv4 or IPv6 address

    @property
    def loopback(self) -> bool:
        return ipaddress.ip_address(self.address).is_loopback

    @property
    def version(self) -> int:
        return ipaddress.ip_address(self.address).version


def interfaces() -> list[Interface]:
    """The interfaces that are up, with their addresses: the room's networks first (IPv4
    before IPv6, which fewer venue networks hand out), this machine alone (loopback) last.
    An IPv6 link-local address is left out: a phone cannot open it without knowing which of
    its own interfaces to use."""
    import psutil  # loaded when the room session's panel is opened, not at start-up

    stats = psutil.net_if_stats()
    found = [
        Interface(name, entry.address.split("%", 1)[0])
        for name, entries in psutil.net_if_addrs().items()
        if (up := stats.get(name)) is None or up.isup
        for entry in entries
        if entry.family == socket.AF_INET
        or (
            entry.family == socket.AF_INET6
            and not ipaddress.ip_address(entry.address.split("%", 1)[0]).is_link_local
        )
    ]
    return sorted(found, key=lambda i: (i.loopback, i.version, i.name))
