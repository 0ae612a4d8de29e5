"""What one workshop may hold: one set of limits, enforced where a workshop is made (the
edits refuse to go past them), saved and loaded (the model refuses a file past them).

Each is far above any real workshop (a region's pyramid has ten to thirty documents, a room
four to eight groups) and far below what makes the app slow: at every limit at once the
workshop still opens, edits and exports within its speed targets (benchmarks/limits.py).
"""

from __future__ import annotations

MAX_NAME = 500  # characters in a name, a title, an action or a question
MAX_TEXT = 20_000  # characters in a note, a conclusion or the participants
MAX_GROUPS = 30
MAX_GROUP_MARKS = 2 * MAX_GROUPS  # a marker per group for today and for the ambition
MAX_POLITICAL_BODIES = 60
MAX_ADMINISTRATIVE_BODIES = 60
MAX_DOCUMENTS = 200
MAX_LINKS = 400
MAX_FOCUS_AREAS = 150
MAX_PRIORITY_DOCUMENTS = 20  # the documents that carry one RUS priority
MAX_ACTIONS = 300
MAX_PARKED = 300
MAX_SNAPSHOTS = 50
MAX_STICKY_NOTES = 200  # on all four canvases together
MAX_DOTS = 20  # the most dots a group can be given
MAX_IDEAS = 100  # ideas from the phones in one room: more than a room can read, let alone weigh
MAX_OWN_QUESTIONS = 10  # the facilitator's own questions in one workshop
# The room's answers and ideas from its phones kept in all the snapshots together
# (model/room.py): ten full rooms (a full room: 200 phones answering the app's six questions
# and ten of the facilitator's own, and 100 ideas). Each snapshot keeps the room as it was, so
# that "what changed" can tell what the phones said since.
MAX_SNAPSHOT_ROOM_ANSWERS = 33_000

# Bytes. The largest file the app opens, saves and autosaves: one limit for all three, so that
# whatever the app holds it can save and read back (storage/jsonio.py).
MAX_FILE_BYTES = 64 * 1024 * 1024
# The most one workshop state (without its snapshots) can take in a file: every count above at
# its limit, its room full and every text at its full length in four-byte characters weigh
# 8.8 MB (tests/app/test_limits.py builds it with benchmarks/at_limits.py and checks this).
MAX_STATE_BYTES = 9 * 1024 * 1024
# What the snapshots may take together, so that a workshop never grows past the file's limit
# whatever is typed after them: a snapshot that would pass it is refused when taken.
MAX_SNAPSHOT_BYTES = MAX_FILE_BYTES - MAX_STATE_BYTES - 1024 * 1024  # and room for the envelope
MEGABYTE = 1024 * 1024
MAX_VOTES = MAX_GROUPS * (MAX_ACTIONS + MAX_FOCUS_AREAS)  # a group's dots on each target

# What an edit that would pass a limit names (the UI words it in its language).
LIMITED = {
    "groups": MAX_GROUPS,
    "political_bodies": MAX_POLITICAL_BODIES,
    "administrative_bodies": MAX_ADMINISTRATIVE_BODIES,
    "documents": MAX_DOCUMENTS,
    "links": MAX_LINKS,
    "focus_areas": MAX_FOCUS_AREAS,
    "actions": MAX_ACTIONS,
    "parked": MAX_PARKED,
    "snapshots": MAX_SNAPSHOTS,
    "own_questions": MAX_OWN_QUESTIONS,
    "sticky_notes": MAX_STICKY_NOTES,
    "snapshot_room_answers": MAX_SNAPSHOT_ROOM_ANSWERS,
    "snapshot_megabytes": MAX_SNAPSHOT_BYTES // MEGABYTE,
}
