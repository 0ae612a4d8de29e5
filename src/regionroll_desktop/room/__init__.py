"""The room session (issue #20): the participants answer from their own phones over the
room's network, with nothing leaving the room. No Qt here: the server runs its own asyncio
loop in a thread of its own; the window talks to it through ui/room_session.py."""
