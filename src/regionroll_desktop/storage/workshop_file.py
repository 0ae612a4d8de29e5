"""The workshop file format: `{"format": "regionroll-workshop", "schema_version": N, ...}`.

Every released version keeps a fixture under tests/storage/fixtures that is loaded forever
after; a change of format raises the version and registers a migration from the one before.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import __version__
from ..model.workshop import GROUP_COLOURS, Workshop
from .document_format import DocumentFormat
from .jsonio import content_digest, read_bytes

FORMAT_NAME = "regionroll-workshop"
SCHEMA_VERSION = 11
SUFFIX = ".regionroll.json"


def _colour_groups(workshop: Any) -> None:
    """Version 2 gave each group a colour: old groups take the palette in their order."""
    if not isinstance(workshop, dict):
        return
    details = workshop.get("details")
    groups = details.get("groups") if isinstance(details, dict) else None
    if isinstance(groups, list):
        for n, group in enumerate(groups):
            if isinstance(group, dict):
                group.setdefault("colour", GROUP_COLOURS[n % len(GROUP_COLOURS)])
    snapshots = workshop.get("snapshots")
    for snapshot in snapshots if isinstance(snapshots, list) else ():
        if isinstance(snapshot, dict):
            _colour_groups(snapshot.get("workshop"))


def _v1_to_v2(document: dict[str, Any]) -> dict[str, Any]:
    """Version 2 added groups' colours and markers and the steps' timing; all but the colours
    have defaults."""
    _colour_groups(document.get("workshop"))
    return document


def _v2_to_v3(document: dict[str, Any]) -> dict[str, Any]:
    """Version 3 added kinds of nämnd (another sector's, one shared with HSV) and what the
    municipalities' councils are tied to; a version 2 file means exactly what it meant."""
    return document


def _v3_to_v4(document: dict[str, Any]) -> dict[str, Any]:
    """Version 4 added sticky notes on the canvases; a version 3 file has none."""
    return document


def _v4_to_v5(document: dict[str, Any]) -> dict[str, Any]:
    """Version 5 added what the room answered from its phones; a version 4 file has none."""
    return document


def _agreed_not_decided(workshop: Any) -> None:
    """Version 6: a conclusion the room marked is "agreed", an action's state after
    "proposed" is "agreed" (a workshop never decides); the snapshots' workshops too."""
    if not isinstance(workshop, dict):
        return
    outcome = workshop.get("outcome")
    if isinstance(outcome, dict):
        for conclusion in outcome.get("conclusions") or ():
            if isinstance(conclusion, dict) and "decided" in conclusion:
                conclusion["agreed"] = conclusion.pop("decided")
        for action in outcome.get("actions") or ():
            if isinstance(action, dict) and action.get("status") == "beslutad":
                action["status"] = "overenskommen"
    snapshots = workshop.get("snapshots")
    for snapshot in snapshots if isinstance(snapshots, list) else ():
        if isinstance(snapshot, dict):
            _agreed_not_decided(snapshot.get("workshop"))


def _v5_to_v6(document: dict[str, Any]) -> dict[str, Any]:
    """Version 6 says what a workshop does: it agrees ("agreed", "överenskommen"), never
    decides; and an action may be started. A version 5 file means what it meant."""
    _agreed_not_decided(document.get("workshop"))
    return document


def _v6_to_v7(document: dict[str, Any]) -> dict[str, Any]:
    """Version 7 adds another sector's förvaltning to the administrative lane (not counted
    by the deck's models); a version 6 file means what it meant."""
    return document


def _v7_to_v8(document: dict[str, Any]) -> dict[str, Any]:
    """Version 8 adds what the ambition means for us (the consequences), the groups' and
    phones' side (elected members or officials), the region's own numbers for its capital,
    the RUS priorities' two tests, and when each phone's answer arrived; a version 7 file has
    none of them, and means what it meant."""
    return document


def _comments_to_ideas(workshop: Any) -> None:
    """Version 9: a phone's comment for the parking lot is an idea, a question for the parking
    lot, with no upvotes yet; the snapshots' workshops too."""
    if not isinstance(workshop, dict):
        return
    room = workshop.get("room")
    if isinstance(room, dict) and isinstance(room.get("answers"), list):
        kept, ideas = [], list(room.get("ideas") or ())
        for record in room["answers"]:
            answer = record.get("answer") if isinstance(record, dict) else None
            if isinstance(answer, dict) and answer.get("question") == "comment":
                ideas.append(
                    {
                        "id": f"idea-{len(ideas) + 1}",
                        "participant": record.get("participant"),
                        "text": answer.get("text"),
                        "kind": "question",
                        "step": answer.get("step"),
                        "at": record.get("at"),
                    }
                )
            else:
                kept.append(record)
        room["answers"] = kept
        if ideas:
            room["ideas"] = ideas
    snapshots = workshop.get("snapshots")
    for snapshot in snapshots if isinstance(snapshots, list) else ():
        if isinstance(snapshot, dict):
            _comments_to_ideas(snapshot.get("workshop"))


def _v8_to_v9(document: dict[str, Any]) -> dict[str, Any]:
    """Version 9 makes the phones' comments ideas (a proposed action or a question for the
    parking lot, which the other phones upvote and the facilitator hides, merges or makes an
    action or a parked question of) and adds the facilitator's own questions; a version 8
    comment is a question for the parking lot."""
    _comments_to_ideas(document.get("workshop"))
    return document


def _v9_to_v10(document: dict[str, Any]) -> dict[str, Any]:
    """Version 10 adds the follow-up: a snapshot may be the previous workshop this one follows
    up, and the review of its actions; a version 9 file follows up none."""
    return document


def _v10_to_v11(document: dict[str, Any]) -> dict[str, Any]:
    """Version 11 adds the review of the phones' ideas (the facilitator shows each to the
    room before the phones see it); a version 10 file reviews none."""
    return document


WORKSHOP_FORMAT = DocumentFormat(
    name=FORMAT_NAME,
    version=SCHEMA_VERSION,
    payload_key="workshop",
    what="workshop",
    model=Workshop,
    migrations={
        1: _v1_to_v2,
        2: _v2_to_v3,
        3: _v3_to_v4,
        4: _v4_to_v5,
        5: _v5_to_v6,
        6: _v6_to_v7,
        7: _v7_to_v8,
        8: _v8_to_v9,
        9: _v9_to_v10,
        10: _v10_to_v11,
    },
    extra={"app_version": __version__},
)


def load_workshop_bytes(data: bytes) -> Workshop:
    return WORKSHOP_FORMAT.load_bytes(data)


def load_workshop_versioned(data: bytes) -> tuple[Workshop, int]:
    """A workshop and the format version its file was written in."""
    return WORKSHOP_FORMAT.load_bytes_versioned(data)


def load_workshop(path: Path) -> Workshop:
    return WORKSHOP_FORMAT.load(path)


def dump_workshop(workshop: Workshop) -> bytes:
    return WORKSHOP_FORMAT.dump(workshop)


def save_workshop(workshop: Workshop, path: Path) -> str:
    """Save atomically, keeping the previous file as `<name>.bak`; raises SaveError.
    Returns the digest of the content written (see `disk_state`)."""
    return WORKSHOP_FORMAT.save(workshop, path)


def open_workshop(path: Path) -> tuple[Workshop, str]:
    """Load a workshop and the digest of the bytes it came from, read once."""
    data = read_bytes(Path(path))
    return WORKSHOP_FORMAT.load_bytes(data), content_digest(data)


def workshop_schema() -> dict[str, Any]:
    """The JSON Schema of the whole file, generated from the models."""
    schema = Workshop.model_json_schema()
    defs = schema.pop("$defs", {})
    defs["Workshop"] = schema
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "RegionRoll workshop file",
        "type": "object",
        "required": ["format", "schema_version", "workshop"],
        "properties": {
            "format": {"const": FORMAT_NAME},
            "schema_version": {"const": SCHEMA_VERSION},
            "app_version": {"type": "string"},
            "workshop": {"$ref": "#/$defs/Workshop"},
        },
        "$defs": defs,
    }
