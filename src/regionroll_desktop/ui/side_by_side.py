"""Two states of a workshop side by side: a table of the models, diagnostics, role weights,
keys and outcome (the two states on one capital matrix are `canvases.financing.figure`'s
`comparison_figure`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ..analysis.groups import matrix_spread, role_spread
from ..analysis.room import key_scores, matrix_answers, roles_answers, score_summary
from ..analysis.sides import matrix_sides, role_sides
from ..analysis.strategy import differences
from ..model import ActionStatus, Key, Language, MatrixPosition, Moment, Role, Step, Workshop
from ..model.deck import KEY_POINTS, ROLE_NAMES, STEP_TITLES
from ..model.room import Question
from .outcome_words import action_status_words
from .room_words import question_words
from .side_words import band_words
from .step_summary import main_role_words, position_words


def _side_rows(a: Workshop, b: Workshop, unknown: str) -> list[tuple[str, str, str]]:
    """How far apart the elected members and the officials are, per map and moment (rows
    only where either state compares them)."""
    rows = []
    for moment in Moment:
        for measure, what in (
            (matrix_sides, QCoreApplication.translate("SideBySide", "matrix")),
            (role_sides, QCoreApplication.translate("SideBySide", "role map")),
        ):
            sa, sb = measure(a, moment), measure(b, moment)
            if sa is None and sb is None:
                continue
            label = QCoreApplication.translate(
                "SideBySide", "Elected members and officials ({what}, {moment})"
            ).format(what=what, moment=moment_words(moment))
            rows.append(
                (
                    label,
                    band_words(sa.band) if sa else unknown,
                    band_words(sb.band) if sb else unknown,
                )
            )
    return rows


def comparison_rows(a: Workshop, b: Workshop, lang: Language) -> list[tuple[str, str, str]]:
    """The table beside the matrix: (what, state A, state B)."""
    unknown = QCoreApplication.translate("SideBySide", "–")
    rows = [
        (
            QCoreApplication.translate("SideBySide", "Political model"),
            a.organisation.political_model or unknown,
            b.organisation.political_model or unknown,
        ),
        (
            QCoreApplication.translate("SideBySide", "Administrative model"),
            a.organisation.administrative_model or unknown,
            b.organisation.administrative_model or unknown,
        ),
        (
            QCoreApplication.translate("SideBySide", "Differences from the desired pyramid"),
            str(len(differences(a.strategy, a.organisation))),
            str(len(differences(b.strategy, b.organisation))),
        ),
    ]
    for moment in Moment:
        label = moment_words(moment)
        wa, wb = a.implementation.at(moment), b.implementation.at(moment)
        for role in Role:
            va = f"{wa.percentages()[role]} %" if wa else unknown
            vb = f"{wb.percentages()[role]} %" if wb else unknown
            rows.append((f"{ROLE_NAMES[role].text(Language.SV)} ({label})", va, vb))
    rows += _group_rows(a, b, lang, unknown)
    rows += _side_rows(a, b, unknown)
    for key in Key:
        rows.append(
            (
                KEY_POINTS[key][0].text(Language.SV),
                str(a.key(key).score or unknown),
                str(b.key(key).score or unknown),
            )
        )
    for step in Step:
        na, nb = len(a.notes_on(step)), len(b.notes_on(step))
        if na or nb:
            label = QCoreApplication.translate("SideBySide", "Sticky notes: {step}").format(
                step=STEP_TITLES[step].text(Language.SV)
            )
            rows.append((label, str(na), str(nb)))
    rows += _outcome_rows(a, b)
    rows += _room_rows(a, b, lang, unknown)
    return [(what, str(x), str(y)) for what, x, y in rows]


def _outcome_rows(a: Workshop, b: Workshop) -> list[tuple[str, str, str]]:
    """How far the room had come: conclusions written and agreed, actions by status, open
    parked questions."""

    def conclusions(w: Workshop) -> str:
        written = sum(1 for c in w.outcome.conclusions if c.text.strip())
        agreed = sum(1 for c in w.outcome.conclusions if c.text.strip() and c.agreed)
        return QCoreApplication.translate("SideBySide", "{n} of 4, {d} agreed").format(
            n=written, d=agreed
        )

    def actions(w: Workshop, status: ActionStatus) -> str:
        return str(sum(1 for x in w.outcome.actions if x.status is status))

    def open_parked(w: Workshop) -> str:
        return str(sum(1 for q in w.outcome.parked if not q.closed))

    rows = [
        (QCoreApplication.translate("SideBySide", "Conclusions"), conclusions(a), conclusions(b))
    ]
    for status in ActionStatus:
        label = QCoreApplication.translate("SideBySide", "Actions: {status}").format(
            status=action_status_words(status)
        )
        rows.append((label, actions(a, status), actions(b, status)))
    rows.append(
        (
            QCoreApplication.translate("SideBySide", "Open parked questions"),
            open_parked(a),
            open_parked(b),
        )
    )
    return rows


def _group_rows(
    a: Workshop, b: Workshop, lang: Language, unknown: str
) -> list[tuple[str, str, str]]:
    """Each group's matrix position and main role, in either state."""
    names = {g.id: g.name for w in (a, b) for g in w.details.groups}
    rows = []
    for gid, name in names.items():
        for moment in Moment:
            label = moment_words(moment)
            pa = a.financing.group_position(gid, moment)
            pb = b.financing.group_position(gid, moment)
            if pa or pb:
                rows.append(
                    (
                        QCoreApplication.translate(
                            "SideBySide", "{group} on the matrix ({moment})"
                        ).format(group=name, moment=label),
                        _point(pa) if pa else unknown,
                        _point(pb) if pb else unknown,
                    )
                )
            ra = a.implementation.group_weights(gid, moment)
            rb = b.implementation.group_weights(gid, moment)
            if ra or rb:
                rows.append(
                    (
                        QCoreApplication.translate(
                            "SideBySide", "{group}'s main role ({moment})"
                        ).format(group=name, moment=label),
                        main_role_words(ra, lang) if ra else unknown,
                        main_role_words(rb, lang) if rb else unknown,
                    )
                )
    return rows


def moment_words(moment: Moment) -> str:
    """ "today" or "ambition", as the table's rows say it."""
    if moment is Moment.TODAY:
        return QCoreApplication.translate("SideBySide", "today")
    return QCoreApplication.translate("SideBySide", "ambition")


def _point(p: MatrixPosition) -> str:
    return position_words(p)


def _room_rows(
    a: Workshop, b: Workshop, lang: Language, unknown: str
) -> list[tuple[str, str, str]]:
    """The phones' answers in either state: how many to each question, their centre on the
    matrix and the role map, and the median of each key's scores (never who said what)."""
    rows = []
    for question in Question:
        na, nb = a.room.count(question), b.room.count(question)
        if na or nb:
            label = QCoreApplication.translate("SideBySide", "Phones' answers: {question}")
            rows.append((label.format(question=question_words(question)), str(na), str(nb)))
    for moment in Moment:
        when = moment_words(moment)
        ma, mb = (matrix_spread(matrix_answers(w.room, moment)) for w in (a, b))
        if ma or mb:
            label = QCoreApplication.translate(
                "SideBySide", "Phones' centre on the matrix ({moment})"
            )
            rows.append(
                (
                    label.format(moment=when),
                    _point(ma.centre) if ma else unknown,
                    _point(mb.centre) if mb else unknown,
                )
            )
        ra, rb = (role_spread(roles_answers(w.room, moment)) for w in (a, b))
        if ra or rb:
            label = QCoreApplication.translate("SideBySide", "Phones' centre: main role ({moment})")
            rows.append(
                (
                    label.format(moment=when),
                    main_role_words(ra.centre, lang) if ra else unknown,
                    main_role_words(rb.centre, lang) if rb else unknown,
                )
            )
    locale = QLocale()
    for key in Key:
        sa, sb = (score_summary(key_scores(w.room, key)) for w in (a, b))
        if sa or sb:
            label = QCoreApplication.translate("SideBySide", "{key}: the phones' median")
            rows.append(
                (
                    label.format(key=KEY_POINTS[key][0].text(Language.SV)),
                    locale.toString(float(sa[0]), "g", 3) if sa else unknown,
                    locale.toString(float(sb[0]), "g", 3) if sb else unknown,
                )
            )
    return rows
