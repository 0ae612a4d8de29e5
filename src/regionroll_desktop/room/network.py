"""The machine's network interfaces a room session can listen on (psutil reads them the same
way on Windows, macOS and Linux)."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass

import psutil


@dataclass(frozen=True)
class Interface:
    """A network interface the room session can listen on."""

    name: str  # as the system names it, e.g. "wlan0" or "Wi-Fi"
    address: str  # its IPv4 address

    @property
    def loopback(self) -> bool:
        return ipaddress.ip_address(self.address).is_loopback


def interfaces() -> list[Interface]:
    """The interfaces that are up, with their IPv4 addresses: the room's networks first,
    this machine alone (loopback) last."""
    stats = psutil.net_if_stats()
    found = [
        Interface(name, entry.address)
        for name, entries in psutil.net_if_addrs().items()
        if (up := stats.get(name)) is None or up.isup
        for entry in entries
        if entry.family == socket.AF_INET
    ]
    return sorted(found, key=lambda i: (i.loopback, i.name))
