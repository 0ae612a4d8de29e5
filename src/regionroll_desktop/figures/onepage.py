"""The workshop on one page (an A4 landscape page, in its 96-dpi pixels): the four steps, each
with its figure in small and its answer in a few lines, then the keys' chart, the room's
conclusions and its actions with who and when. Readable printed in black and white, no word
under 8 pt; a text too long for its place is shortened at a whole word and the page says where
the whole text is. Also the small figures of the organisation's models and of the pyramid."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..analysis.matrix import Box
from .drawing import (
    Align,
    Drawing,
    Measure,
    Polyline,
    Rect,
    Role,
    Stroke,
    Words,
    fit,
    moved,
    wrap,
)

# Type in the page's pixels at 96 dpi (8 pt = 10.7 px): nothing here is smaller than SMALL.
EIGHT_PT = 96 / 72 * 8
TITLE_PX, HEAD_PX, BODY_PX, SMALL_PX = 21.0, 14.5, 12.0, 11.0
GAP = 14.0  # between panels and columns
INK, MUTED, RULE, FRAME = "#111827", "#374151", "#cbd5e1", "#94a3b8"
DARK = "#1e293b"  # a chosen model's cell, a key's bar: black on paper, in colour or not
STEPS_SHARE = (0.5, 0.64)  # the least and the most of the page's height the steps take
MEASURED_PAST = 200.0  # px: more than a row of actions or a conclusion's lines take
LEAST_FIGURE = 150.0  # a step's figure is never lower: its answer gives up lines first
ANSWER_LINES = 6  # at most, under a step's figure
QUESTION_LINES = 3


@dataclass(frozen=True, slots=True)
class Panel:
    """A step: its title, its question, its figure (laid out for the box it gets) and its
    answer, one statement per line."""

    title: str
    question: str
    figure: Callable[[float, float], Drawing]
    answer: Sequence[str]


@dataclass(frozen=True, slots=True)
class KeyBar:
    name: str
    score: int | None  # 1 … 5, None while the room has not scored it


@dataclass(frozen=True, slots=True)
class Conclusion:
    step: str  # the step's name
    status: str  # "Överenskommet" or "Förslag" ("" for what the ambition means for us)
    text: str


@dataclass(frozen=True, slots=True)
class OnePageContent:
    title: str
    subtitle: str  # the date, where and who
    panels: Sequence[Panel]
    keys_title: str
    keys: Sequence[KeyBar]
    scale: str  # what the scores mean ("1 = svag, 5 = stark")
    unscored: str  # a key the room has not scored
    weakest: str  # the weakest keys in words
    conclusions_title: str
    conclusions: Sequence[Conclusion]
    no_conclusions: str
    actions_title: str
    heads: tuple[str, str, str, str]  # what, who, by when, status
    actions: Sequence[tuple[str, str, str, str]]
    no_actions: str
    more_actions: str  # "+ {n} more …" when the page holds fewer than there are
    footnote: str  # the deck's "illustrate, not classify"
    shortened: str  # said after the footnote when a text was shortened


def _line_height(measure: Measure, px: float) -> float:
    """How far apart two lines of `px`-pixel words are."""
    return measure("Ag\nAg", px, False)[1] - measure("Ag", px, False)[1]


class _Page:
    """The drawing being filled, and whether any text on it was shortened."""

    def __init__(self, width: float, height: float, measure: Measure) -> None:
        self.drawing = Drawing(width, height)
        self.measure = measure
        self.shortened = False

    def line_height(self, px: float) -> float:
        return _line_height(self.measure, px)

    def lines(
        self,
        lines: Sequence[str],
        x: float,
        y: float,
        width: float,
        px: float,
        ink: str = INK,
        bold: bool = False,
    ) -> float:
        """`lines` as one paragraph from (`x`, `y`), left-aligned; returns its height."""
        if not lines:
            return 0.0
        text = "\n".join(lines)
        height = self.measure(text, px, bold)[1]
        self.drawing.parts.append(
            Words(text, Box(x, y, width, height), px, ink, bold, role=Role.TEXT, align=Align.LEFT)
        )
        return height

    def fitted(self, text: str, px: float, bold: bool, width: float, most: int) -> list[str]:
        lines, cut = fit(text, px, bold, width, most, self.measure)
        self.shortened |= cut
        return lines

    def rule(self, x0: float, x1: float, y: float, colour: str = RULE, width: float = 1.0) -> None:
        self.drawing.parts.append(Polyline(((x0, y), (x1, y)), Stroke(colour, width)))


def one_page(content: OnePageContent, width: float, height: float, measure: Measure) -> Drawing:
    """The page `width`×`height` (96-dpi pixels) of `content`: the conclusions and the
    actions take the room they need (within STEPS_SHARE's bounds), the steps the rest, and
    the page says when a text had to be shortened all the same."""
    page = _lay_out(content, width, height, measure, said=False)
    if page.shortened:  # laid out again with room for the line that says so
        page = _lay_out(content, width, height, measure, said=True)
    return page.drawing


def _lay_out(
    content: OnePageContent, width: float, height: float, measure: Measure, said: bool
) -> _Page:
    page = _Page(width, height, measure)
    note, _ = fit(content.footnote, SMALL_PX, False, width, 2, measure)
    if said:
        note += fit(content.shortened, SMALL_PX, True, width, 1, measure)[0]
    foot = measure("\n".join(note), SMALL_PX, False)[1] + 6
    top = _title(page, content, width)
    room = height - foot - 4 - top
    least, most = STEPS_SHARE
    # What the keys, the conclusions and the actions need, measured as far as it can matter:
    # past the room the steps leave at their least, the steps take their least however much
    # more there is (300 actions were each fitted to measure it). Measured that far and a
    # little more, a bottom that needs more comes back more (its cut rows are whole rows).
    enough = room - GAP - room * least + MEASURED_PAST
    need = _bottom(_Page(width, height, measure), content, width, 0.0, enough)
    steps_h = min(max(room - GAP - need, room * least), room * most)
    _panels(page, content.panels, top, width, top + steps_h)
    _bottom(page, content, width, top + steps_h + GAP, height - foot - 4)
    page.rule(0, width, height - foot)
    page.lines(note, 0, height - foot + 4, width, SMALL_PX, MUTED)
    return page


def _bottom(page: _Page, content: OnePageContent, width: float, top: float, end: float) -> float:
    """The keys, the conclusions and the actions side by side from `top` to `end`; returns
    the height the tallest of them took."""
    keys_w = width * 0.25
    conclusions_w = width * 0.3
    actions_w = width - keys_w - conclusions_w - 2 * GAP
    h = end - top
    bottoms = (
        _keys(page, content, Box(0, top, keys_w, h)),
        _conclusions(page, content, Box(keys_w + GAP, top, conclusions_w, h)),
        _actions(page, content, Box(keys_w + conclusions_w + 2 * GAP, top, actions_w, h)),
    )
    return max(bottoms) - top


def _title(page: _Page, content: OnePageContent, width: float) -> float:
    """The title, and the date, place and facilitator on its right (under it when both do
    not fit on one line)."""
    measure = page.measure
    title_w = measure(content.title, TITLE_PX, True)[0]
    subtitle_w = measure(content.subtitle, BODY_PX, False)[0]
    beside = title_w + GAP + subtitle_w <= width
    title = page.fitted(content.title, TITLE_PX, True, width, 1)
    h = page.lines(title, 0, 0, width, TITLE_PX, INK, True)
    if content.subtitle:
        subtitle = page.fitted(content.subtitle, BODY_PX, False, width, 1)
        sub_h = measure(subtitle[0], BODY_PX, False)[1]
        w = min(subtitle_w, width)
        box = Box(width - w, h - sub_h, w, sub_h) if beside else Box(0, h, w, sub_h)
        page.drawing.parts.append(
            Words(subtitle[0], box, BODY_PX, MUTED, role=Role.TEXT, align=Align.LEFT)
        )
        h = box.y + box.h
    page.rule(0, width, h + 3, FRAME, 1.5)
    return h + 10


def _panels(page: _Page, panels: Sequence[Panel], top: float, width: float, bottom: float) -> None:
    n = max(1, len(panels))
    panel_w = (width - (n - 1) * GAP) / n
    inner = panel_w - 8
    heads = [
        (
            page.fitted(p.title, HEAD_PX, True, inner, 1),
            page.fitted(p.question, SMALL_PX, False, inner, QUESTION_LINES),
        )
        for p in panels
    ]
    head_h = max(
        page.measure("\n".join(t), HEAD_PX, True)[1]
        + page.measure("\n".join(q), SMALL_PX, False)[1]
        for t, q in heads
    )
    # The answers take the lines the figures leave (at least LEAST_FIGURE high).
    line_h = page.line_height(SMALL_PX)
    pad = page.measure("Ag", SMALL_PX, False)[1] - line_h
    spare = bottom - top - head_h - 16 - LEAST_FIGURE - pad
    most = max(1, min(ANSWER_LINES, int(spare / line_h)))
    answers = [_answer(page, p.answer, inner, most) for p in panels]
    answer_h = max(
        (page.measure("\n".join(a), SMALL_PX, False)[1] for a in answers if a), default=0.0
    )
    figure_h = bottom - top - head_h - answer_h - 16
    for i, (panel, (title, question), answer) in enumerate(
        zip(panels, heads, answers, strict=True)
    ):
        x = i * (panel_w + GAP)
        page.drawing.parts.append(Rect(Box(x, top, panel_w, bottom - top), stroke=Stroke(RULE)))
        y = top + 2
        y += page.lines(title, x + 4, y, inner, HEAD_PX, INK, True)
        page.lines(question, x + 4, y, inner, SMALL_PX, MUTED)
        y = top + 2 + head_h + 4
        figure = panel.figure(inner, figure_h)
        page.shortened |= figure.shortened
        # Centred in its box, in its own proportions (a figure may come back narrower).
        dx = x + 4 + (inner - figure.width) / 2
        dy = y + (figure_h - figure.height) / 2
        page.drawing.parts.extend(moved(part, dx, dy) for part in figure.parts)
        page.lines(answer, x + 4, y + figure_h + 6, inner, SMALL_PX)


def _answer(page: _Page, items: Sequence[str], width: float, most: int) -> list[str]:
    """The answer's statements as bullets, in at most `most` lines."""
    lines: list[str] = []
    for item in items:
        room = most - len(lines)
        if room <= 0:
            page.shortened = True
            break
        wrapped = page.fitted("• " + item, SMALL_PX, False, width, room)
        lines.extend(wrapped)
    return lines


def _heading(page: _Page, text: str, box: Box) -> float:
    lines = page.fitted(text, HEAD_PX, True, box.w, 1)
    return page.lines(lines, box.x, box.y, box.w, HEAD_PX, INK, True) + 2


def _keys(page: _Page, content: OnePageContent, box: Box) -> float:
    y = box.y + _heading(page, content.keys_title, box)
    measure = page.measure
    scale_lines = page.fitted(content.scale, SMALL_PX, False, box.w, 1)
    weakest = page.fitted(content.weakest, SMALL_PX, True, box.w, 2)
    tail = measure("\n".join(scale_lines), SMALL_PX, False)[1]
    tail += measure("\n".join(weakest), SMALL_PX, True)[1] + 4
    rows = max(1, len(content.keys))
    row_h = max(BODY_PX + 8, min(28.0, (box.y + box.h - y - tail) / rows))
    name_w = max((measure(k.name, BODY_PX, True)[0] for k in content.keys), default=0.0) + 4
    number_w = measure("5", BODY_PX, True)[0] + 4
    track_x = box.x + name_w
    track_w = box.w - name_w - number_w
    text_h = measure("Ag", BODY_PX, True)[1]
    for n, key in enumerate(content.keys):
        top = y + n * row_h
        page.drawing.parts.append(
            Words(
                key.name,
                Box(box.x, top + (row_h - text_h) / 2, name_w, text_h),
                BODY_PX,
                INK,
                True,
                role=Role.TEXT,
                align=Align.LEFT,
            )
        )
        if key.score is None:  # said in the track's place, no empty track under the words
            # (drawn over the track, they hid its left end: "[inte bedömd|  |  ]")
            w, h = measure(content.unscored, SMALL_PX, False)
            page.drawing.parts.append(
                Words(
                    content.unscored,
                    Box(track_x + 2, top + (row_h - h) / 2, min(w, track_w), h),
                    SMALL_PX,
                    MUTED,
                    role=Role.TEXT,
                    align=Align.LEFT,
                )
            )
            continue
        bar_h = max(6.0, row_h * 0.5)
        bar_y = top + (row_h - bar_h) / 2
        track = Box(track_x, bar_y, track_w, bar_h)
        page.drawing.parts.append(Rect(track, fill="#ffffff", stroke=Stroke(FRAME)))
        for tick in range(1, 5):  # the scale's steps, so a bar's length reads in grey too
            tx = track_x + track_w * tick / 5
            page.drawing.parts.append(Polyline(((tx, bar_y), (tx, bar_y + bar_h)), Stroke(RULE)))
        length = track_w * key.score / 5
        page.drawing.parts.append(Rect(Box(track_x, bar_y, length, bar_h), fill=DARK))
        page.drawing.parts.append(
            Words(
                str(key.score),
                Box(track_x + length, top + (row_h - text_h) / 2, number_w, text_h),
                BODY_PX,
                INK,
                True,
                role=Role.NUMBER,
            )
        )
    y += rows * row_h + 2
    y += page.lines(scale_lines, box.x, y, box.w, SMALL_PX, MUTED)
    return y + 2 + page.lines(weakest, box.x, y + 2, box.w, SMALL_PX, INK, True)


def _conclusions(page: _Page, content: OnePageContent, box: Box) -> float:
    """Each step's conclusion under its step's name and whether the room agreed on it; the
    longest texts give up lines first when they do not all fit."""
    y = box.y + _heading(page, content.conclusions_title, box)
    if not content.conclusions:
        lines = wrap(content.no_conclusions, BODY_PX, False, box.w, page.measure)
        return y + page.lines(lines, box.x, y, box.w, BODY_PX, MUTED)
    line_h = page.line_height(SMALL_PX)
    pad = page.measure("Ag", SMALL_PX, False)[1] - line_h  # round each paragraph
    wrapped = [wrap(c.text, SMALL_PX, False, box.w, page.measure) for c in content.conclusions]
    allowed = [len(w) for w in wrapped]

    def height() -> float:
        return sum((n + 1) * line_h + 2 * pad + 3 for n in allowed)

    while height() > box.y + box.h - y and max(allowed) > 1:
        allowed[allowed.index(max(allowed))] -= 1
    shown = list(content.conclusions)
    while height() > box.y + box.h - y and len(allowed) > 1:  # one line each is too much
        allowed.pop()
        shown.pop()
        page.shortened = True  # the last ones are the report's alone: the page says so
    for c, most in zip(shown, allowed, strict=True):
        head = f"{c.step} · {c.status}" if c.status else c.step
        label = page.fitted(head, SMALL_PX, True, box.w, 1)
        y += page.lines(label, box.x, y, box.w, SMALL_PX, INK, True)
        text = page.fitted(c.text, SMALL_PX, False, box.w, most)
        y += page.lines(text, box.x, y, box.w, SMALL_PX) + 3
    return y


def _actions(page: _Page, content: OnePageContent, box: Box) -> float:
    y = box.y + _heading(page, content.actions_title, box)
    if not content.actions:
        lines = wrap(content.no_actions, BODY_PX, False, box.w, page.measure)
        return y + page.lines(lines, box.x, y, box.w, BODY_PX, MUTED)

    # The date's and the status's columns as wide as their longest word, the rest shared
    # between what and who.
    def widest(column: int) -> float:
        cells = [content.heads[column], *(row[column] for row in content.actions)]
        return max(page.measure(c, SMALL_PX, False)[0] for c in cells) + 4

    due_w, status_w = widest(2), widest(3)
    rest = max(box.w * 0.4, box.w - due_w - status_w)
    # Who: as wide as its longest word (a name, a unit), within a third and a half of the rest.
    longest = max(
        (
            page.measure(word, SMALL_PX, False)[0]
            for row in content.actions
            for word in row[1].split()
        ),
        default=0.0,
    )
    who_w = min(max(longest + 8, rest * 0.3), rest * 0.5)
    widths = [rest - who_w, who_w, due_w, status_w]
    widths = [w * box.w / sum(widths) for w in widths]
    lefts = [box.x + sum(widths[:i]) for i in range(4)]
    head_h = max(
        page.measure("\n".join(page.fitted(h, SMALL_PX, True, w - 4, 2)), SMALL_PX, True)[1]
        for h, w in zip(content.heads, widths, strict=True)
    )
    for head, x, w in zip(content.heads, lefts, widths, strict=True):
        page.lines(page.fitted(head, SMALL_PX, True, w - 4, 2), x, y, w - 4, SMALL_PX, INK, True)
    y += head_h
    page.rule(box.x, box.x + box.w, y, FRAME, 1.2)
    line_h = page.line_height(SMALL_PX)
    end = box.y + box.h
    more_h = page.measure("Ag", SMALL_PX, False)[1]
    for n, row in enumerate(content.actions):
        left = len(content.actions) - n
        cells = [
            page.fitted(text or "–", SMALL_PX, False, w - 4, 3)
            for i, (text, w) in enumerate(zip(row, widths, strict=True))
        ]
        row_h = max(len(c) for c in cells) * line_h + 2 * 2.0 + 3
        # The last rows the page holds leave room to say how many more there are.
        reserve = more_h if left > 1 else 0.0
        if y + row_h + reserve > end:
            words = content.more_actions.format(n=left)
            page.shortened = True
            more = page.fitted(words, SMALL_PX, True, box.w, 1)
            return y + 2 + page.lines(more, box.x, y + 2, box.w, SMALL_PX, INK, True)
        for cell, x, w in zip(cells, lefts, widths, strict=True):
            page.lines(cell, x, y + 2, w - 4, SMALL_PX)
        y += row_h
        page.rule(box.x, box.x + box.w, y)
    return y


# --- Small figures -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LaneModel:
    """A lane of the organisation: its title, the deck's model its bodies make (None while
    unknown) and the bodies the model counts."""

    title: str
    model: str | None  # "0", "1", "2+"
    counted: str
    unknown: str  # the word for a model not known yet


MODELS = ("0", "1", "2+")


def models_drawing(
    lanes: Sequence[LaneModel], width: float, height: float, measure: Measure
) -> Drawing:
    """The deck's 0 / 1 / 2+ for each lane: three cells, the lane's model filled (dark on
    paper, colour or not), and the bodies that hold its branches under them (in as many
    lines as the height leaves)."""
    px, small = BODY_PX, SMALL_PX
    cell_w, cell_h = px * 3.2, px * 2.2
    for most in (2, 1, 0):
        drawing = Drawing(width, height)
        blocks: list[tuple[float, list[str], LaneModel]] = []
        for lane in lanes:
            counted: list[str] = []
            if lane.counted and most:
                counted, cut = fit(lane.counted, small, False, width, most, measure)
                drawing.shortened |= cut
            elif lane.counted:
                drawing.shortened = True
            title_h = measure(lane.title, px, True)[1]
            below = measure("\n".join(counted), small, False)[1] + 2 if counted else 0.0
            blocks.append((title_h + 4 + cell_h + below, counted, lane))
        total = sum(h for h, _, _ in blocks) + GAP * (len(blocks) - 1)
        if total <= height:
            break
    y = max(0.0, (height - total) / 2)
    for h, counted, lane in blocks:
        title_lines, cut = fit(lane.title, px, True, width, 1, measure)
        drawing.shortened |= cut
        title_h = measure(title_lines[0], px, True)[1]
        drawing.parts.append(
            Words(
                title_lines[0],
                Box(0, y, width, title_h),
                px,
                INK,
                True,
                role=Role.TEXT,
                align=Align.LEFT,
            )
        )
        cy = y + title_h + 4
        for n, model in enumerate(MODELS):
            box = Box(n * (cell_w + 6), cy, cell_w, cell_h)
            chosen = model == lane.model
            fill, edge = (DARK, DARK) if chosen else ("#ffffff", FRAME)
            drawing.parts.append(Rect(box, fill=fill, stroke=Stroke(edge, 1.5)))
            ink = "#ffffff" if chosen else MUTED
            drawing.parts.append(Words(model, box, px, ink, chosen, role=Role.CAPTION))
        if lane.model is None:
            x = 3 * (cell_w + 6) + 2
            w, wh = measure(lane.unknown, small, False)
            drawing.parts.append(
                Words(
                    lane.unknown,
                    Box(x, cy + (cell_h - wh) / 2, min(w, width - x), wh),
                    small,
                    MUTED,
                    role=Role.TEXT,
                    align=Align.LEFT,
                )
            )
        if counted:
            text = "\n".join(counted)
            box = Box(0, cy + cell_h + 2, width, measure(text, small, False)[1])
            drawing.parts.append(Words(text, box, small, INK, role=Role.TEXT, align=Align.LEFT))
        y += h + GAP
    return drawing


@dataclass(frozen=True, slots=True)
class PyramidLevel:
    title: str  # "1  RUS"
    names: Sequence[str]  # its documents' titles, in the pyramid's order
    count: str  # "3 documents"


LEVEL_TINTS = ("#fdf6d8", "#e8f2fc", "#f3ecfb")


def pyramid_drawing(
    levels: Sequence[PyramidLevel], width: float, height: float, measure: Measure
) -> Drawing:
    """The pyramid's levels as bands widening downwards, each with its title, how many
    documents it holds and their names (as many as its band holds)."""
    drawing = Drawing(width, height)
    n = max(1, len(levels))
    band_h = (height - 4 * (n - 1)) / n
    line_h = measure("Ag", SMALL_PX, False)[1] - 2
    for i, level in enumerate(levels):
        w = width * (0.7 + 0.3 * i / max(1, n - 1))
        x = (width - w) / 2
        y = i * (band_h + 4)
        tint = LEVEL_TINTS[i % len(LEVEL_TINTS)]
        drawing.parts.append(Rect(Box(x, y, w, band_h), fill=tint, stroke=Stroke(FRAME)))
        title, cut = fit(level.title, SMALL_PX, True, w - 6, 2, measure)
        drawing.shortened |= cut
        head_h = measure("\n".join(title), SMALL_PX, True)[1]
        drawing.parts.append(
            Words(
                "\n".join(title),
                Box(x + 3, y + 1, w - 6, head_h),
                SMALL_PX,
                INK,
                True,
                role=Role.TEXT,
                align=Align.LEFT,
            )
        )
        most = max(1, int((band_h - head_h - 2) / line_h))
        text = f"{level.count}: {'; '.join(level.names)}" if level.names else level.count
        names, cut = fit(text, SMALL_PX, False, w - 6, most, measure)
        drawing.shortened |= cut
        joined = "\n".join(names)
        drawing.parts.append(
            Words(
                joined,
                Box(x + 3, y + 1 + head_h, w - 6, measure(joined, SMALL_PX, False)[1]),
                SMALL_PX,
                INK,
                role=Role.TEXT,
                align=Align.LEFT,
            )
        )
    return drawing
