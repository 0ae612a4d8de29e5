"""The participant page in a real browser (Chromium, headless, at a phone's size) against the
room session on loopback: join with the code from the QR link, drag the marker on the capital
matrix with a pointer, score keys, spend dots, send ideas; a whole paced session (the "now"
question, a closed one leaving at once, an idea upvoted, the facilitator's own question, "Klar?");
what arrives in the workshop is checked."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from regionroll_desktop.model import Key, Language
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.room import (
    MAX_IDEAS_EACH,
    AnsweredBy,
    DotsAnswer,
    KeysAnswer,
    MatrixAnswer,
    Question,
)
from regionroll_desktop.ui.i18n import set_language
from regionroll_desktop.ui.room_session import RoomSessionControl, room_view
from regionroll_desktop.ui.session import Session

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
PHONE = (390, 844)  # CSS pixels: a common phone


def _found() -> tuple[str, str] | None:
    browser = next((p for name in BROWSERS if (p := shutil.which(name))), None)
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


FOUND = _found()
pytestmark = pytest.mark.skipif(
    FOUND is None and not os.environ.get("REGIONROLL_REQUIRE_BROWSER"),  # .ci/run sets it
    reason="no Chromium with its driver here",
)


@pytest.fixture
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    assert FOUND is not None, "the browser test needs chromium and chromedriver"
    binary, driver = FOUND
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for argument in (
        "--headless=new",
        "--no-sandbox",  # as root in CI
        "--disable-dev-shm-usage",
        "--lang=sv",
        "--no-first-run",
        "--disable-extensions",
    ):
        options.add_argument(argument)
    # A phone's screen and touch, as the browser's own device emulation gives them.
    metrics = {"width": PHONE[0], "height": PHONE[1], "pixelRatio": 2.0, "touch": True}
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": metrics})
    chrome = webdriver.Chrome(service=Service(executable_path=driver), options=options)
    chrome.set_page_load_timeout(20)
    try:
        yield chrome
    finally:
        chrome.quit()


def test_a_phone_joins_drags_scores_and_votes(qtbot, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from regionroll_desktop.app.document import WorkshopDocument
    from regionroll_desktop.storage.recovery import RecoveryStore

    # As in the app: a document whose recovery copy keeps the answers ("sparat").
    document = WorkshopDocument.untitled(e.new_workshop(), RecoveryStore(tmp_path / "recovery"))
    session, room = document.session, document.room
    room.start("127.0.0.1")
    # The view as the app makes it (the keys with the deck's points), with a title and two
    # things to put dots on.
    set_language(Language.SV)
    shown = frozenset({Question.MATRIX_TODAY, Question.KEYS, Question.DOTS, Question.IDEAS})
    made = room_view(session.workshop, shown, AnsweredBy.ANONYMOUS)
    targets = (("a1", "En plan för proaktivt kapital"), ("a2", "Kompetensrådet"))
    room.set_view(replace(made, title="Exempelregionen", targets=targets, dots=2))
    wait = WebDriverWait(browser, 15)
    try:
        browser.get(room.link())  # as the QR code opens it: the code is filled in
        assert browser.find_element(By.ID, "code").get_attribute("value") == room.code
        browser.save_screenshot(str(tmp_path / "join.png"))
        browser.find_element(By.CSS_SELECTOR, "#join-form button[type=submit]").click()
        wait.until(lambda b: b.find_element(By.ID, "questions").is_displayed())
        headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".question h2")]
        assert "Kapitalmatrisen: var står regionen i dag?" in headings

        # The matrix: no marker until the phone places one (never a neutral answer sent by a
        # thumb on "Skicka"); then drag it up and to the right with a finger (a pointer).
        send_matrix = browser.find_element(By.CSS_SELECTOR, ".matrix button")
        assert not send_matrix.is_enabled()
        assert not browser.find_element(By.CSS_SELECTOR, ".matrix .marker").is_displayed()
        area = browser.find_element(By.CSS_SELECTOR, ".matrix .area")
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", area)
        side = area.size["width"]
        ActionChains(browser).move_to_element_with_offset(
            area, 0, 0
        ).click_and_hold().move_by_offset(side // 4, -side // 4).release().perform()
        qtbot.waitUntil(lambda: bool(session.workshop.room.answers_to(Question.MATRIX_TODAY)))
        (matrix,) = session.workshop.room.answers_to(Question.MATRIX_TODAY)
        assert isinstance(matrix.answer, MatrixAnswer)
        position = matrix.answer.position
        assert position.proactivity == pytest.approx(0.5, abs=0.1)
        assert position.capital_per_capita == pytest.approx(0.5, abs=0.1)

        # The keys: two of them scored, each with the deck's point and the scale (issue #36).
        keys = browser.find_element(By.CSS_SELECTOR, "form.keys")
        assert keys.find_element(By.CSS_SELECTOR, ".scale").text == "1 = svag, 5 = stark"
        points = [p.text for p in keys.find_elements(By.CSS_SELECTOR, ".point")]
        assert points[0] == "RU: regional utveckling · HSV: hälso- och sjukvård"
        assert len(points) == 6 and "politisk – inte byråkratisk fråga" in points[1]
        for key, score in (("politik", 4), ("roll", 2)):
            radio = keys.find_element(By.CSS_SELECTOR, f"input[name={key}][value='{score}']")
            browser.execute_script("arguments[0].click()", radio)
        send_keys = keys.find_element(By.CSS_SELECTOR, "button[type=submit]")
        browser.execute_script("arguments[0].scrollIntoView({block: 'end'})", send_keys)
        send_keys.click()  # where a thumb is: the button at the foot of the screen
        qtbot.waitUntil(lambda: bool(session.workshop.room.answers_to(Question.KEYS)))
        (scored,) = session.workshop.room.answers_to(Question.KEYS)
        assert isinstance(scored.answer, KeysAnswer)
        assert scored.answer.scores == {Key.POLITIK: 4, Key.ROLL: 2}
        # The keys' own line, under their button and on the phone's screen, says it is sent,
        # then saved once the laptop has it on disk (its next look at the room).
        line = browser.find_element(By.ID, "state-keys")
        qtbot.waitUntil(lambda: line.text == "Skickat och sparat ✓", timeout=10_000)
        top, bottom = browser.execute_script(
            "const r = arguments[0].getBoundingClientRect(); return [r.top, r.bottom];", line
        )
        # In view, not 4,000 px below (within a pixel: the browser scrolls to a fraction).
        assert top >= 0 and bottom <= PHONE[1] + 1, (top, bottom)
        browser.save_screenshot(str(tmp_path / "keys-saved.png"))

        # The dots: one on each target (two given).
        dots = browser.find_element(By.CSS_SELECTOR, "form.dots")
        for box in dots.find_elements(By.CSS_SELECTOR, "input[type=checkbox]"):
            browser.execute_script("arguments[0].click()", box)
        browser.execute_script("arguments[0].requestSubmit()", dots)
        qtbot.waitUntil(lambda: bool(session.workshop.room.answers_to(Question.DOTS)))
        (voted,) = session.workshop.room.answers_to(Question.DOTS)
        assert isinstance(voted.answer, DotsAnswer) and set(voted.answer.targets) == {"a1", "a2"}

        # Ideas: as many as a phone may send reach the room; one more is refused in words,
        # and its text stays on the page (never lost to a refusal).
        form = browser.find_element(By.CSS_SELECTOR, "form.idea")
        text = form.find_element(By.TAG_NAME, "textarea")
        for n in range(MAX_IDEAS_EACH + 1):
            text.send_keys(f"Vem äger frågan {n}?")
            browser.execute_script("arguments[0].requestSubmit()", form)
            if n < MAX_IDEAS_EACH:
                wait.until(lambda b: text.get_attribute("value") == "")
        qtbot.waitUntil(lambda: len(session.workshop.room.ideas) == MAX_IDEAS_EACH)
        said = browser.find_element(By.ID, "state-ideas")
        wait.until(lambda b: "idéer" in said.text)
        assert said.text == "Du har skickat alla dina idéer."
        assert text.get_attribute("value") == f"Vem äger frågan {MAX_IDEAS_EACH}?"
        # Its own ideas listed, marked as its own, not to be upvoted by it.
        wait.until(lambda b: len(b.find_elements(By.CSS_SELECTOR, "#idea-list .vote")) == 3)
        votes = browser.find_elements(By.CSS_SELECTOR, "#idea-list .vote")
        assert not any(v.is_enabled() for v in votes)
        browser.save_screenshot(str(tmp_path / "answered.png"))
        browser.find_element(By.ID, "language").click()  # English, on this phone only
        english = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".question h2")]
        assert "The capital matrix: where is the region today?" in english
        browser.execute_script("window.scrollTo(0, 0)")
        browser.save_screenshot(str(tmp_path / "english.png"))

        # Back after a reload (a dropped connection), and after scanning the code again (a
        # new page on the same link): the same phone, one voice, its language kept.
        browser.refresh()
        wait.until(lambda b: b.find_element(By.ID, "questions").is_displayed())
        browser.get("about:blank")
        browser.get(room.link())
        wait.until(lambda b: b.find_element(By.ID, "questions").is_displayed())
        assert len(session.workshop.room.participants) == 1
        server = room.server
        assert server is not None and len(server.participants) == 1
        english = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".question h2")]
        assert "The capital matrix: where is the region today?" in english
    finally:
        room.stop()
        document.close()
    assert session.undo_stack.count() == 0


def test_the_join_form_asks_for_a_nickname_from_the_start(qtbot, browser) -> None:  # type: ignore[no-untyped-def]
    """A room answering by nickname: the field is there as the QR code opens the page, not
    learnt from a refusal (issue #32)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    session = Session(e.new_workshop())
    room = RoomSessionControl(session)
    room.start("127.0.0.1", by=AnsweredBy.NICKNAME)
    try:
        browser.get(room.link())
        row = browser.find_element(By.ID, "nickname-row")
        WebDriverWait(browser, 10).until(lambda b: row.is_displayed())
        browser.find_element(By.ID, "nickname").send_keys("Anna")
        browser.find_element(By.CSS_SELECTOR, "#join-form button[type=submit]").click()
        WebDriverWait(browser, 10).until(
            lambda b: b.find_element(By.ID, "questions").is_displayed()
        )
        server = room.server
        assert server is not None
        assert [p.nickname for p in server.participants.values()] == ["Anna"]
    finally:
        room.stop()


def test_the_phone_says_its_side_and_follows_the_pace(qtbot, browser) -> None:  # type: ignore[no-untyped-def]
    """Asked for its side on the join form (issue #37); the question the room is on now comes
    first, marked "Nu", and a closed question leaves the page (issue #38)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    from regionroll_desktop.model import Side

    set_language(Language.SV)
    session = Session(e.new_workshop())
    room = RoomSessionControl(session)
    room.start("127.0.0.1", ask_side=True)
    room.open_questions(frozenset({Question.MATRIX_TODAY, Question.KEYS}))
    wait = WebDriverWait(browser, 15)
    try:
        browser.get(room.link())
        side_row = browser.find_element(By.ID, "side-row")
        wait.until(lambda b: side_row.is_displayed())
        Select(browser.find_element(By.ID, "side")).select_by_value("elected")
        browser.find_element(By.CSS_SELECTOR, "#join-form button[type=submit]").click()
        wait.until(lambda b: b.find_element(By.ID, "questions").is_displayed())
        server = room.server
        assert server is not None
        assert [p.side for p in server.participants.values()] == [Side.ELECTED]

        def first() -> str:
            """The first question's heading, read at once (the page re-renders as the room
            changes: an element found a moment ago may be gone)."""
            return str(
                browser.execute_script(
                    "const h = document.querySelector('#open .question h2');"
                    "return h ? h.innerText : '';"
                )
            )

        assert first().startswith("Kapitalmatrisen")
        room.set_now(Question.KEYS)
        wait.until(lambda b: first().startswith("Nu"))
        badge = "return document.querySelector('.question.now .badge').innerText"
        assert browser.execute_script(badge) == "Nu"
        assert "Nycklarna" in first()
        room.open_questions(frozenset({Question.MATRIX_TODAY}))  # the keys closed
        wait.until(lambda b: len(b.find_elements(By.CSS_SELECTOR, ".question")) == 1)
        assert not browser.find_elements(By.CSS_SELECTOR, ".question.now")

        # "Klar?": a thumbs-up on the phone, counted once.
        room.ask_ready()
        ready = browser.find_element(By.ID, "ready-button")
        wait.until(lambda b: ready.is_displayed())
        assert ready.text == "Klar 👍"
        ready.click()
        wait.until(lambda b: room.ready_count() == 1)
        wait.until(lambda b: ready.text == "Tack – klar ✓")
        assert not ready.is_enabled()
    finally:
        room.stop()


def _phone(address: str, code: str) -> str:
    """Another phone in the room, joined over HTTP as its page would: its token."""
    import json
    import urllib.request

    body = json.dumps({"code": code}).encode()
    request = urllib.request.Request(
        address + "api/join", body, {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=5) as reply:
        return str(json.loads(reply.read())["token"])


def _send(address: str, token: str, path: str, payload: dict[str, object]) -> None:
    import json
    import urllib.request

    request = urllib.request.Request(
        address + path,
        json.dumps(payload).encode(),
        {"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
    )
    with urllib.request.urlopen(request, timeout=5) as reply:
        assert reply.status == 200


def test_a_paced_session_on_a_phone(qtbot, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The facilitator sets the pace (issue #38): the phone joins through the QR code's
    address, answers the question the room is on now, sees a closed question leave at once
    (its look at the room waits for the change), upvotes another phone's idea and sends its
    own, answers the facilitator's own question, and says "Klar"."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    from regionroll_desktop.model.room import OwnKind

    set_language(Language.SV)
    session = Session(e.new_workshop())
    room = RoomSessionControl(session)
    address = room.start("127.0.0.1")
    room.open_questions(frozenset({Question.MATRIX_TODAY, Question.KEYS, Question.IDEAS}))
    room.set_now(Question.MATRIX_TODAY)
    wait = WebDriverWait(browser, 15, ignored_exceptions=(StaleElementReferenceException,))
    # "At once": well before a look's longest wait.
    quick = WebDriverWait(browser, 3, ignored_exceptions=(StaleElementReferenceException,))
    try:
        browser.get(room.link())  # the page's QR code
        browser.find_element(By.CSS_SELECTOR, "#join-form button[type=submit]").click()
        wait.until(lambda b: b.find_element(By.ID, "questions").is_displayed())

        def first() -> str:
            """The first question's heading, read at once (the page re-renders as the room
            changes: an element found a moment ago may be gone)."""
            return str(
                browser.execute_script(
                    "const h = document.querySelector('#open .question h2');"
                    "return h ? h.innerText : '';"
                )
            )

        assert first() == "Nu Kapitalmatrisen: var står regionen i dag?"
        area = browser.find_element(By.CSS_SELECTOR, ".question.now .area")
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", area)
        ActionChains(browser).move_to_element(area).click().perform()
        qtbot.waitUntil(lambda: bool(session.workshop.room.answers_to(Question.MATRIX_TODAY)))
        # The marker moved with the arrow keys and not sent: kept when "now" moves.
        marker = "return document.querySelector('.matrix .marker').style.left"
        sent_at = browser.execute_script(marker)
        area = browser.find_element(By.CSS_SELECTOR, ".question.now .area")
        area.send_keys(Keys.ARROW_LEFT, Keys.ARROW_LEFT)
        moved = browser.execute_script(marker)
        assert moved != sent_at
        room.set_now(Question.KEYS)
        quick.until(lambda b: first().startswith("Nu Nycklarna"))
        assert browser.execute_script(marker) == moved
        room.set_now(Question.MATRIX_TODAY)
        quick.until(lambda b: first().startswith("Nu Kapitalmatrisen"))

        # Closed: it leaves the phone at once, and "now" with it.
        room.open_questions(frozenset({Question.KEYS, Question.IDEAS}))
        quick.until(lambda b: not b.find_elements(By.CSS_SELECTOR, ".matrix"))
        assert not browser.find_elements(By.CSS_SELECTOR, ".question.now")

        # Ideas: another phone's shows on this one, most upvoted first; this phone upvotes it
        # and sends its own, a question for the parking lot.
        room.set_now(Question.IDEAS)
        quick.until(lambda b: first().startswith("Nu Idéer"))
        other = _phone(address, room.code)
        _send(address, other, "api/idea", {"question": "ideas", "text": "Ett årligt RUS-forum"})
        qtbot.waitUntil(lambda: len(session.workshop.room.ideas) == 1)
        # The list is drawn anew at each look at the room: read and pressed where it is now.
        WebDriverWait(browser, 5).until(
            lambda b: b.execute_script("return !!document.querySelector('#idea-list .vote')")
        )
        text = browser.execute_script(
            "return document.querySelector('#idea-list .idea-text').innerText"
        )
        assert text == "Ett årligt RUS-forum"
        browser.execute_script("document.querySelector('#idea-list .vote').click()")
        qtbot.waitUntil(lambda: session.workshop.room.ideas[0].votes != ())
        form = browser.find_element(By.CSS_SELECTOR, "form.idea")
        form.find_element(By.TAG_NAME, "textarea").send_keys("Vem äger kompetensfrågan?")
        question = form.find_element(By.CSS_SELECTOR, "input[value=question]")
        browser.execute_script("arguments[0].click()", question)
        browser.execute_script("arguments[0].requestSubmit()", form)
        qtbot.waitUntil(lambda: len(session.workshop.room.ideas) == 2)
        # Half an idea typed when the facilitator moves on: the page drawn anew keeps it.
        form.find_element(By.TAG_NAME, "textarea").send_keys("Halvskriven")
        room.set_now(Question.KEYS)
        quick.until(lambda b: first().startswith("Nu Nycklarna"))
        kept = "return document.getElementById('idea-text').value"
        assert browser.execute_script(kept) == "Halvskriven"
        # A key's score chosen and not sent, when the facilitator moves on again: kept too.
        browser.execute_script(
            "document.querySelector(\"input[name='politik'][value='4']\").click()"
        )
        room.set_now(Question.IDEAS)
        quick.until(lambda b: first().startswith("Nu Idéer"))
        chosen = "return document.querySelector(\"input[name='politik'][value='4']\").checked"
        assert browser.execute_script(chosen) is True
        assert not session.workshop.room.answers_to(Question.KEYS)  # chosen, never sent
        sent = session.workshop.room.ideas[1]
        assert (sent.text, sent.kind.value) == ("Vem äger kompetensfrågan?", "question")
        browser.save_screenshot(str(tmp_path / "ideas.png"))

        # The facilitator's own question: asked, it comes first; a choice is sent.
        session.apply(
            "own",
            lambda w: e.add_own_question(
                w,
                "Vilken roll tar vi i kompetensfrågan?",
                OwnKind.CHOICE,
                ("Finansiären", "Nätverkaren"),
                "own-1",
            ),
        )
        room.ask_own(session.workshop.own_questions[0])
        quick.until(lambda b: first() == "Nu Vilken roll tar vi i kompetensfrågan?")
        browser.execute_script(
            "const form = document.querySelector('form.own');"
            "form.querySelector(\"input[value='1']\").click(); form.requestSubmit();"
        )
        asked = session.workshop.own_questions[0]
        qtbot.waitUntil(lambda: bool(session.workshop.room.answers_to_own(asked)))
        assert [a.choice for a in session.workshop.room.answers_to_own(asked)] == [1]
        browser.execute_script("window.scrollTo(0, 0)")
        browser.save_screenshot(str(tmp_path / "own.png"))

        # "Klar?": a thumbs-up, counted once.
        room.ask_ready()
        ready = browser.find_element(By.ID, "ready-button")
        quick.until(lambda b: ready.is_displayed())
        ready.click()
        wait.until(lambda b: room.ready_count() == 1)
    finally:
        room.stop()


def test_under_review_a_phone_sees_its_idea_wait_until_shown(
    qtbot, browser, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The facilitator reviews the ideas: this phone's idea shows on it marked as waiting
    (no upvote), another phone's not at all; shown by the facilitator, both are the room's."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    set_language(Language.SV)
    session = Session(e.set_review_ideas(e.new_workshop(), True))
    room = RoomSessionControl(session)
    address = room.start("127.0.0.1")
    room.open_questions(frozenset({Question.IDEAS}))
    wait = WebDriverWait(browser, 10, ignored_exceptions=(StaleElementReferenceException,))

    def listed() -> list[str]:
        return list(
            browser.execute_script(
                "return [...document.querySelectorAll('#idea-list li')].map(li => li.innerText);"
            )
        )

    try:
        browser.get(room.link())
        browser.find_element(By.CSS_SELECTOR, "#join-form button[type=submit]").click()
        wait.until(lambda b: b.find_element(By.ID, "questions").is_displayed())
        form = browser.find_element(By.CSS_SELECTOR, "form.idea")
        form.find_element(By.TAG_NAME, "textarea").send_keys("Ett RUS-forum med kommunerna")
        browser.execute_script("arguments[0].requestSubmit()", form)
        other = _phone(address, room.code)
        _send(address, other, "api/idea", {"question": "ideas", "text": "Ett skämt"})
        qtbot.waitUntil(lambda: len(session.workshop.room.ideas) == 2)
        wait.until(lambda b: any("väntar" in line for line in listed()))
        (line,) = listed()  # its own, waiting; the other phone's not at all
        assert "Ett RUS-forum med kommunerna" in line and "din · väntar" in line
        assert not browser.find_elements(By.CSS_SELECTOR, "#idea-list .vote")
        browser.save_screenshot(str(tmp_path / "waiting.png"))
        mine = next(i.id for i in session.workshop.room.ideas if i.text.startswith("Ett RUS"))
        session.apply("show", lambda w: e.show_idea(w, mine))
        wait.until(lambda b: len(b.find_elements(By.CSS_SELECTOR, "#idea-list .vote")) == 1)
        (line,) = listed()
        assert "Ett RUS-forum med kommunerna" in line and "väntar" not in line
    finally:
        room.stop()
