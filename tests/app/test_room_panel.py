"""Rummet svarar in the window: nothing listens until Start; started on the chosen network
it shows the address and code, the open questions reach the phones, answers are counted
per question, the join screen carries the QR code; Stop, or another workshop, ends it."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from regionroll_desktop.app.main_window import MainWindow
from regionroll_desktop.model import Side
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.room import Question


def test_the_room_session_from_start_to_stop(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = window.room_panel
    control = window.document.room
    assert control.server is None and not control.running  # off until started
    window.room_panel.action.trigger()
    assert panel.isVisible()
    loopback = panel.network.findData("127.0.0.1")
    assert loopback >= 0
    panel.network.setCurrentIndex(loopback)
    panel.ask_side.setChecked(True)  # each phone says: elected member or official (#37)
    QTest.mouseClick(panel.start_stop, Qt.MouseButton.LeftButton)
    assert control.running and control.server is not None
    assert control.view.ask_side and not panel.ask_side.isEnabled()
    assert control.server.address is not None and control.server.address[0] == "127.0.0.1"
    assert control.code in panel.status.text() and "http://127.0.0.1:" in panel.status.text()
    assert not panel.network.isEnabled()  # where it listens is fixed while it runs
    panel.questions[Question.MATRIX_TODAY].setChecked(True)
    assert control.view.open == frozenset({Question.MATRIX_TODAY})

    address = control.link().split("#", 1)[0]

    def phone() -> None:
        join = urllib.request.Request(
            address + "api/join",
            data=json.dumps({"code": control.code, "side": "elected"}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(join, timeout=5) as response:
            token = json.loads(response.read())["token"]
        answer = {
            "question": "matrix.today",
            "position": {"capital_per_capita": 0.2, "proactivity": 0.3},
        }
        send = urllib.request.Request(
            address + "api/answer",
            data=json.dumps(answer).encode(),
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
        )
        urllib.request.urlopen(send, timeout=5).close()

    thread = threading.Thread(target=phone)
    thread.start()
    qtbot.waitUntil(lambda: bool(window.session.workshop.room.answers), timeout=10_000)
    thread.join(timeout=5)
    panel.refresh()
    assert panel.questions[Question.MATRIX_TODAY].text().endswith("(1)")
    # In the recovery copy at once: a crash now loses no answer.
    saver = window.document.autosaver
    assert saver.path.exists()  # kept by the answer itself before the phone heard back
    (found,) = [f for f in saver.store.all() if f.path == saver.path]
    assert found.recovery is not None and len(found.recovery.workshop.room.answers) == 1

    panel.show_join_screen()
    screen = panel.join_screen
    assert screen is not None and not screen.qr.pixmap().isNull()
    screen.refresh()
    assert screen.code.text().replace(" ", "") == control.code
    assert "1" in screen.count.text()

    QTest.mouseClick(panel.start_stop, Qt.MouseButton.LeftButton)
    assert not control.running and not screen.isVisible()
    assert len(window.session.workshop.room.answers) == 1  # what was said stays
    (participant,) = window.session.workshop.room.participants
    assert participant.side is Side.ELECTED


def test_closing_the_workshop_ends_its_room_session(window: MainWindow) -> None:
    control = window.document.room
    control.start("127.0.0.1")
    assert control.running
    window.session.undo_stack.setClean()
    window.document.close()
    assert not control.running


def test_the_steps_whose_maps_take_answers_offer_the_session(window: MainWindow) -> None:
    from regionroll_desktop.model import Step

    pages = window.step_pages
    assert pages[Step.ORGANISATION].room_button is None
    button = pages[Step.GENOMFORANDEPRAKTIK].room_button
    assert button is not None and button.text() == "Rummet svarar"  # a button, no "…"
    button.click()
    assert window.room_panel.isVisible()


def test_another_workshop_shows_its_own_sessions_questions(window: MainWindow) -> None:
    panel = window.room_panel
    panel.show_panel()
    panel.questions[Question.KEYS].setChecked(True)
    assert window.document.room.view.open == frozenset({Question.KEYS})
    window.session.undo_stack.setClean()
    assert window.open_sample()  # another workshop: its session is off, nothing open
    panel.refresh()
    assert not any(box.isChecked() for box in panel.questions.values())
    assert not window.document.room.running


def test_what_the_phones_may_dot_follows_the_workshop(window: MainWindow) -> None:
    """An action added, renamed or removed while the room votes reaches the phones at once,
    and the questions stay open."""
    panel = window.room_panel
    control = window.document.room
    window.room_panel.action.trigger()
    panel.network.setCurrentIndex(panel.network.findData("127.0.0.1"))
    QTest.mouseClick(panel.start_stop, Qt.MouseButton.LeftButton)
    panel.questions[Question.DOTS].setChecked(True)
    assert control.server is not None and control.server.view is control.view
    session = window.session
    session.apply("a", lambda w: e.add_action(w, "Ny plan", action_id="new"))
    assert ("new", "Ny plan") in control.server.view.targets
    session.apply("b", lambda w: e.update_action(w, "new", what="Ny plan för kapital"))
    assert ("new", "Ny plan för kapital") in control.server.view.targets
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert all(target != "new" for target, _ in control.server.view.targets)
    assert control.server.view.open == frozenset({Question.DOTS})  # the questions stay open
    control.stop()
    session.apply("c", lambda w: e.add_action(w, "Efter", action_id="after"))
    assert all(target != "after" for target, _ in control.view.targets)  # stopped: not served


def test_phones_sharing_an_address_are_shown_and_taken_out_in_one_step(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot
) -> None:
    """The attack's ballot stuffing from one address: held at the panel's number of phones,
    told about in the panel, taken out with their answers in one undo step; a question is
    cleared in one (issue #32)."""
    panel = window.room_panel
    control = window.document.room
    panel.action.trigger()
    panel.network.setCurrentIndex(panel.network.findData("127.0.0.1"))
    QTest.mouseClick(panel.start_stop, Qt.MouseButton.LeftButton)
    try:
        assert control.server is not None
        control.server.guard.loopback_unlimited = False  # as if 127.0.0.1 were a phone
        panel.per_address.setValue(3)
        assert control.server.guard.max_per_address == 3
        panel.questions[Question.KEYS].setChecked(True)
        address = control.link().split("#", 1)[0]
        statuses = []
        for n in range(5):
            try:
                joined = post(address + "api/join", {"code": control.code})
            except urllib.error.HTTPError as refused:
                with refused:
                    statuses.append(refused.code)
                continue
            statuses.append(200)
            answer = {"question": "keys", "scores": {"politik": 1 + n}}
            post(address + "api/answer", answer, joined["token"])
        assert statuses == [200, 200, 200, 403, 403]
        qtbot.waitUntil(lambda: len(window.session.workshop.room.answers) == 3, timeout=5_000)
        panel.refresh()
        assert panel.shared.isVisible() and "127.0.0.1" in panel.shared.text()
        QTest.mouseClick(panel.remove_shared, Qt.MouseButton.LeftButton)
        assert not window.session.workshop.room.answers
        assert window.session.undo_stack.count() == 1
        window.session.undo_stack.undo()
        assert len(window.session.workshop.room.answers) == 3
        panel.refresh()
        QTest.mouseClick(panel.clear[Question.KEYS], Qt.MouseButton.LeftButton)
        assert not window.session.workshop.room.answers_to(Question.KEYS)
        stack = window.session.undo_stack
        assert stack.count() == 1 and stack.index() == 1  # in the place of the one undone
    finally:
        control.stop()


def post(url: str, body: dict[str, object], token: str = "") -> dict[str, object]:
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=5) as response:
        return json.loads(response.read())  # type: ignore[no-any-return]


def test_the_wifi_first_and_whether_a_phone_got_through(window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The Wi-Fi is given once for the chosen network and shown as its own code before the
    page's; the panel says when a phone reached the laptop, and why it may not have (#38)."""
    from regionroll_desktop.app import room_panel as module

    panel = window.room_panel
    control = window.document.room
    panel.action.trigger()
    panel.network.setCurrentIndex(panel.network.findData("127.0.0.1"))
    panel.wifi_name.setText("Konferensen")
    panel.wifi_password.setText("")
    panel.wifi_name.editingFinished.emit()
    assert "lösenord" in panel.wifi_problem.text()  # a WPA network needs its password
    panel.wifi_password.setText("gäst 2026")
    panel.wifi_password.editingFinished.emit()
    assert panel.wifi_problem.isHidden()
    network = panel._network_name()
    assert window.settings.wifi(network) == module.Wifi("Konferensen", "gäst 2026")
    QTest.mouseClick(panel.start_stop, Qt.MouseButton.LeftButton)
    panel.refresh()
    assert panel.reach.text().startswith("Testa med din egen mobil")
    panel.show_join_screen()
    screen = panel.join_screen
    assert screen is not None
    screen.refresh()
    assert screen.wifi_host.isVisibleTo(screen) and not screen.wifi_qr.pixmap().isNull()
    assert screen.wifi_caption.text() == "1. Wifi: Konferensen"
    panel._join_shown_at -= module.NO_PHONE_AFTER_S  # a minute on the wall, no phone yet
    panel.refresh()
    assert "brandvägg" in panel.reach.text() and "reserouter" in panel.reach.text()
    address = control.link().split("#", 1)[0]
    urllib.request.urlopen(address, timeout=5).close()  # a phone opens the page
    panel.refresh()
    assert panel.reach.text().startswith("✓ En mobil nådde den här datorn")
    QTest.mouseClick(panel.start_stop, Qt.MouseButton.LeftButton)
    window.settings.remember_wifi(network, None)


def test_the_facilitator_sets_the_pace(window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """One question is "now": chosen in the panel (opening it), or following the page shown;
    a "now" the facilitator chose on that page stays; clicked again, none (issue #38)."""
    from regionroll_desktop.app.navigation import PAGE_KEYS, PAGE_OF_STEP
    from regionroll_desktop.model import Step

    panel = window.room_panel
    control = window.document.room
    panel.action.trigger()
    panel.network.setCurrentIndex(panel.network.findData("127.0.0.1"))
    QTest.mouseClick(panel.start_stop, Qt.MouseButton.LeftButton)
    assert control.view.now is None and panel.now[Question.KEYS].isEnabled()
    panel.follow.setChecked(True)
    window.show_page(PAGE_KEYS)
    assert control.view.now is Question.KEYS and Question.KEYS in control.view.open
    assert control.view.as_json()["now"] == "keys"
    window.show_page(PAGE_OF_STEP[Step.FINANSIERING])
    assert control.view.now is Question.MATRIX_TODAY
    QTest.mouseClick(panel.now[Question.MATRIX_AMBITION], Qt.MouseButton.LeftButton)
    assert control.view.now is Question.MATRIX_AMBITION
    assert panel.questions[Question.MATRIX_AMBITION].isChecked()  # opened with it
    window.show_page(PAGE_OF_STEP[Step.ORGANISATION])
    window.show_page(PAGE_OF_STEP[Step.FINANSIERING])
    assert control.view.now is Question.MATRIX_TODAY  # another page went between
    QTest.mouseClick(panel.now[Question.MATRIX_TODAY], Qt.MouseButton.LeftButton)
    assert control.view.now is None
    panel.questions[Question.KEYS].setChecked(False)
    QTest.mouseClick(panel.start_stop, Qt.MouseButton.LeftButton)


def test_ready_is_asked_and_counted_on_the_panel_and_the_join_screen(window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    panel = window.room_panel
    control = window.document.room
    panel.action.trigger()
    panel.network.setCurrentIndex(panel.network.findData("127.0.0.1"))
    assert not panel.ask_ready.isEnabled()  # nothing to ask before the session runs
    QTest.mouseClick(panel.start_stop, Qt.MouseButton.LeftButton)
    QTest.mouseClick(panel.ask_ready, Qt.MouseButton.LeftButton)
    assert control.view.ready_round == 1
    assert panel.ready.text() == "Klara: 0 av 0"
    panel.show_join_screen()
    screen = panel.join_screen
    assert screen is not None
    screen.refresh()
    assert screen.count.text().endswith("· 0 klara")
    QTest.mouseClick(panel.ask_ready, Qt.MouseButton.LeftButton)  # asked again: anew
    assert control.view.ready_round == 2
    panel.set_now(Question.KEYS)  # the room moves on: "Klar?" was about what it left
    assert control.view.ready_round == 0 and panel.ready.text() == ""
    QTest.mouseClick(panel.ask_ready, Qt.MouseButton.LeftButton)
    assert control.view.ready_round == 1 and control.view.now is Question.KEYS
    QTest.mouseClick(panel.start_stop, Qt.MouseButton.LeftButton)
    assert panel.ready.text() == ""


def test_the_results_show_on_the_projector_and_hide_again(window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """ "Visa resultat": the "now" question's answers on the projector, drawn for the room;
    they follow the next "now", and "Dölj" (or no "now", or another page) brings the slide
    back (#38)."""
    from regionroll_desktop.app.navigation import PAGE_KEYS

    panel = window.room_panel
    panel.action.trigger()
    panel.network.setCurrentIndex(panel.network.findData("127.0.0.1"))
    QTest.mouseClick(panel.start_stop, Qt.MouseButton.LeftButton)
    assert not panel.show_results.isEnabled()  # no question is "now"
    window.toggle_projector()
    projector = window.projector
    assert projector is not None
    shown_before = projector.pages.currentWidget()
    panel.set_now(Question.KEYS)
    QTest.mouseClick(panel.show_results, Qt.MouseButton.LeftButton)
    assert projector.results_question is Question.KEYS
    assert projector.pages.currentWidget().objectName() == "projectorResults"
    assert projector.title.text() == "Nycklarnas bedömning"
    assert panel.show_results.text() == "Dölj resultatet"
    panel.set_now(Question.DOTS)  # the next question: its results
    assert projector.results_question is Question.DOTS
    QTest.mouseClick(panel.show_results, Qt.MouseButton.LeftButton)  # Dölj
    assert projector.results_question is None
    assert projector.pages.currentWidget() is shown_before
    QTest.mouseClick(panel.show_results, Qt.MouseButton.LeftButton)
    assert projector.results_question is Question.DOTS
    window.show_page(PAGE_KEYS)  # another page: the results give way, the panel says so
    assert projector.results_question is None and not panel.show_results.isChecked()
    QTest.mouseClick(panel.show_results, Qt.MouseButton.LeftButton)
    panel.set_now(None)  # no "now": hidden
    assert projector.results_question is None and not panel.show_results.isChecked()
    window.toggle_projector()
    QTest.mouseClick(panel.start_stop, Qt.MouseButton.LeftButton)
