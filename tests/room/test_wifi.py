"""Every phone on the network, checked before the room arrives (issue #38): the standard
Wi-Fi QR text (its special characters escaped), given once per network and kept, and the
server's note of when a phone last reached this computer."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer
from PySide6.QtCore import QSettings

from regionroll_desktop.room.join import Wifi, wifi_text
from regionroll_desktop.room.page import participant_page
from regionroll_desktop.room.server import RoomServer
from regionroll_desktop.ui.settings import AppSettings


def test_the_wifi_text_phones_join_with_one_tap() -> None:
    assert wifi_text(Wifi("Konferens", "hemligt")) == "WIFI:T:WPA;S:Konferens;P:hemligt;;"
    escaped = wifi_text(Wifi('Café; "x"', "p:w;"))
    assert escaped == 'WIFI:T:WPA;S:Café\\; \\"x\\";P:p\\:w\\;;;'
    assert wifi_text(Wifi("Öppet", "", "")) == "WIFI:T:nopass;S:Öppet;;"


@pytest.mark.parametrize(
    "ssid, password, security",
    [
        ("", "x", "WPA"),
        ("   ", "", ""),
        ("å" * 17, "x", "WPA"),
        ("n", "x" * 64, "WPA"),
        ("n", "", "WPA2"),
    ],
)
def test_a_network_that_cannot_be_is_refused(ssid: str, password: str, security: str) -> None:
    with pytest.raises(ValueError):
        Wifi(ssid, password, security)


def test_the_wifi_is_kept_per_network(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings = AppSettings(store)
    assert settings.wifi("wlan0") is None
    settings.remember_wifi("wlan0", Wifi("Hotellet", "gäst123"))
    assert AppSettings(store).wifi("wlan0") == Wifi("Hotellet", "gäst123")
    assert settings.wifi("eth0") is None  # another network: its own
    store.setValue("room/wifi/eth0", "{not json")
    assert settings.wifi("eth0") is None  # a damaged entry is asked again, never a crash
    settings.remember_wifi("wlan0", None)
    assert settings.wifi("wlan0") is None


def test_the_server_notes_when_a_phone_last_reached_it() -> None:
    server = RoomServer(page=participant_page(), on_answer=lambda _r: None)
    assert server.last_contact is None

    async def go() -> None:
        async with TestClient(TestServer(server.app())) as client:
            assert (await client.get("/")).status == 200

    asyncio.run(go())
    assert server.last_contact is not None
