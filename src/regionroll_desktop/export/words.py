"""The words the exported documents share (the report, the journey, the workshop on one page),
in the UI's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def report_words() -> dict[str, str]:
    """The report's words in the UI's language (each a plain call, so lupdate finds it)."""
    return {
        "region": QCoreApplication.translate("Report", "Region"),
        "focus": QCoreApplication.translate("Report", "The RUS's focus"),
        "numbers_own": QCoreApplication.translate("Report", "The region's own numbers"),
        "priority": QCoreApplication.translate("Report", "Priority"),
        "tier": QCoreApplication.translate("Report", "Tier"),
        "tests": QCoreApplication.translate("Report", "The deck's tests"),
        "carried": QCoreApplication.translate("Report", "Carried by"),
        "every_branch": QCoreApplication.translate("Report", "every branch"),
        "as_above": QCoreApplication.translate("Report", "as the row above"),
        "unsorted": QCoreApplication.translate("Report", "not sorted"),
        "date": QCoreApplication.translate("Report", "Date"),
        "place": QCoreApplication.translate("Report", "Place"),
        "facilitator": QCoreApplication.translate("Report", "Facilitator"),
        "participants": QCoreApplication.translate("Report", "Participants"),
        "groups": QCoreApplication.translate("Report", "Groups"),
        "listed_last": QCoreApplication.translate(
            "Report", "Listed at the end of the report (too long for this page)."
        ),
        "report": QCoreApplication.translate("Report", "Workshop report"),
        "subtitle": QCoreApplication.translate(
            "Report", "The region's role in regional development"
        ),
        "built_on": QCoreApplication.translate("Report", "Built on: {deck}."),
        "against": QCoreApplication.translate("Report", "Against the desired pyramid"),
        "questions": QCoreApplication.translate("Report", "Questions for the room"),
        "note": QCoreApplication.translate("Report", "The room's note"),
        "sticky_notes": QCoreApplication.translate("Report", "Notes on the canvas"),
        "numbers": QCoreApplication.translate("Report", "The figure's numbered markers"),
        "keys": QCoreApplication.translate("Report", "The keys"),
        "changed": QCoreApplication.translate("Report", "What changed"),
        "no_snapshot": QCoreApplication.translate(
            "Report", "No snapshot was taken, so there is nothing to compare."
        ),
        "first_snapshot": QCoreApplication.translate(
            "Report", "This is the workshop's first snapshot; nothing was taken before it."
        ),
        "snapshot": QCoreApplication.translate("Report", "Snapshot"),
        "snapshot_note": QCoreApplication.translate(
            "Report",
            "This report shows the workshop as it was in the snapshot “{name}”, taken {when}, "
            "not as it is now.",
        ),
        "changed_between": QCoreApplication.translate("Report", "From “{a}” to “{b}”"),
        "now": QCoreApplication.translate("Report", "Now"),
        "sources": QCoreApplication.translate("Report", "Sources"),
        "regions": QCoreApplication.translate("Report", "The regions side by side"),
        "no_differences": QCoreApplication.translate("Report", "No differences."),
        "reference": QCoreApplication.translate("Report", "Reference data: {name}."),
        "never_guessed": QCoreApplication.translate(
            "Report", "Facts no source gives are shown as not known and never guessed."
        ),
        "conclusion": QCoreApplication.translate("Report", "The room's conclusion:"),
        "agreed": QCoreApplication.translate("Report", "Agreed:"),
        "actions": QCoreApplication.translate("Report", "Actions"),
        "no_actions": QCoreApplication.translate("Report", "No actions were recorded."),
        "parked": QCoreApplication.translate("Report", "Parked questions"),
        "parked_open": QCoreApplication.translate("Report", "Still open"),
        "parked_closed": QCoreApplication.translate("Report", "Closed"),
        "what": QCoreApplication.translate("Report", "What"),
        "who": QCoreApplication.translate("Report", "Who"),
        "due": QCoreApplication.translate("Report", "By"),
        "step": QCoreApplication.translate("Report", "Linked to"),
        "status": QCoreApplication.translate("Report", "Status"),
        "dots": QCoreApplication.translate("Report", "Dots"),
        "weakest": QCoreApplication.translate("Report", "Weakest key: {keys} ({score} of 5)"),
        "weakest_many": QCoreApplication.translate("Report", "Weakest keys: {keys} ({score} of 5)"),
        "unscored": QCoreApplication.translate("Report", "The keys were not scored."),
        "keys_even": QCoreApplication.translate(
            "Report", "Every scored key has {score} of 5: none is the weakest."
        ),
        "one_key": QCoreApplication.translate(
            "Report", "Only {key} was scored ({score} of 5): no key to compare it with."
        ),
        "key": QCoreApplication.translate("Report", "Key"),
        "point": QCoreApplication.translate("Report", "The deck's point"),
        "score": QCoreApplication.translate("Report", "Score"),
        "key_note": QCoreApplication.translate("Report", "Note"),
        "page": QCoreApplication.translate("Report", "Page {n} of {total}"),
        "subject": QCoreApplication.translate(
            "Report", "The region's role in regional development: {region}"
        ),
    }
