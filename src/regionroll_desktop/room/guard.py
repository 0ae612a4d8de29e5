"""Who may answer in a room session, and how often: the room code, the lock-out after wrong
codes, each participant's unguessable token, and the rate limits. Pure Python with a clock
of its own choosing, so the rules are tested without waiting; the server asks it about every
request (the network is hostile until proven otherwise)."""

from __future__ import annotations

import hmac
import ipaddress
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

CODE_DIGITS = 6
WRONG_CODES = 5  # wrong codes from one address …
WRONG_WINDOW = 300.0  # … within five minutes lock it out …
LOCKOUT = 300.0  # … for five minutes
REQUEST_RATE = 5.0  # requests a second a participant may send, on average …
REQUEST_BURST = 20.0  # … with bursts up to this many (dragging a marker sends a few)
JOIN_RATE = 20.0  # joins a second from one address (a room joining at once, maybe through
JOIN_BURST = 100.0  # one router); the room's size bounds them anyway (max_participants)
MAX_ADDRESSES = 2_000  # addresses remembered for lock-outs and join rates (the oldest go)
# Phones that may join from one address (an IPv4 address or an IPv6 /64): one device is one
# voice. Phones behind a router that translates addresses share one, so the facilitator may
# allow more (the room panel says when phones share an address).
PHONES_PER_ADDRESS = 4

Clock = Callable[[], float]
T = TypeVar("T")


def new_code() -> str:
    """Six random digits (leading zeros kept): read aloud and typed on a phone."""
    return f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"


def new_token() -> str:
    """A participant's proof of having joined: 192 random bits, URL-safe."""
    return secrets.token_urlsafe(24)


@dataclass
class Bucket:
    """A token bucket: `rate` a second on average, up to `burst` at once."""

    rate: float
    burst: float
    level: float = -1.0  # full when first used
    at: float = 0.0

    def take(self, now: float) -> bool:
        if self.level < 0:
            self.level, self.at = self.burst, now
        self.level = min(self.burst, self.level + (now - self.at) * self.rate)
        self.at = now
        if self.level < 1.0:
            return False
        self.level -= 1.0
        return True


@dataclass
class Failures:
    first: float
    count: int = 0
    locked_until: float = 0.0


@dataclass
class RoomGuard:
    """The room's code and its participants' tokens (token → participant id)."""

    code: str = field(default_factory=new_code)
    clock: Clock = time.monotonic
    max_participants: int = 300
    max_per_address: int = PHONES_PER_ADDRESS
    # This computer itself ("Bara den här datorn", a rehearsal with many tabs) is not a crowd.
    loopback_unlimited: bool = True
    tokens: dict[str, str] = field(default_factory=dict)
    addresses: dict[str, str] = field(default_factory=dict)  # participant → where it joined
    _failures: dict[str, Failures] = field(default_factory=dict)
    _joins: dict[str, Bucket] = field(default_factory=dict)
    _requests: dict[str, Bucket] = field(default_factory=dict)

    def locked(self, address: str) -> float:
        """Seconds `address` is still locked out for (0 when it is not)."""
        failures = self._failures.get(address)
        if failures is None:
            return 0.0
        return max(0.0, failures.locked_until - self.clock())

    def may_join(self, address: str) -> bool:
        """Not locked out, and not joining faster than a room can."""
        if self.locked(address) > 0:
            return False
        bucket = _remembered(self._joins, address, lambda: Bucket(JOIN_RATE, JOIN_BURST))
        return bucket.take(self.clock())

    def phones_from(self, address: str) -> int:
        return sum(1 for a in self.addresses.values() if a == address)

    def shared(self) -> dict[str, int]:
        """The addresses more than one phone joined from, and how many each."""
        counts: dict[str, int] = {}
        for address in self.addresses.values():
            counts[address] = counts.get(address, 0) + 1
        return {a: n for a, n in counts.items() if n > 1}

    def room_for(self, address: str) -> str | None:
        """Why one more phone from `address` may not join ("full", "address"), or None."""
        if len(self.tokens) >= self.max_participants:
            return "full"
        if self.phones_from(address) >= self.max_per_address and not (
            self.loopback_unlimited and is_loopback(address)
        ):
            return "address"
        return None

    def check_code(self, address: str, code: str) -> bool:
        """Whether `code` is the room's; a wrong one counts towards `address`'s lock-out."""
        if hmac.compare_digest(code.encode("utf-8"), self.code.encode("utf-8")):
            return True
        now = self.clock()
        failures = self._failures.get(address)
        if failures is None or now - failures.first > WRONG_WINDOW:
            failures = _remembered(self._failures, address, lambda: Failures(now), fresh=True)
        failures.count += 1
        if failures.count >= WRONG_CODES:
            failures.locked_until = now + LOCKOUT
        return False

    def admit(self, participant: str, address: str = "?") -> str | None:
        """A new token for `participant` joining from `address`; None when there is no room
        for it (`room_for` says why)."""
        if self.room_for(address) is not None:
            return None
        token = new_token()
        self.tokens[token] = participant
        self.addresses[participant] = address
        return token

    def revoke(self, participant: str) -> None:
        """`participant` is out of the room: its token no longer works, and it no longer
        counts against its address or the room."""
        for token in [t for t, p in self.tokens.items() if p == participant]:
            del self.tokens[token]
            self._requests.pop(token, None)
        self.addresses.pop(participant, None)

    def participant(self, token: str) -> str | None:
        """Whose token this is (None for a missing or forged one)."""
        return self.tokens.get(token) if token else None

    def may_send(self, token: str) -> bool:
        """A participant's request within the rate limit."""
        bucket = self._requests.get(token)
        if bucket is None:
            bucket = self._requests[token] = Bucket(REQUEST_RATE, REQUEST_BURST)
        return bucket.take(self.clock())


def client_of(address: str | None) -> str:
    """Whom a lock-out and a join rate count against: an IPv4 address, or an IPv6 address's
    /64 network (a phone may take a new address within its network at will; an IPv4 address
    written as IPv6 is the IPv4 address). Anything unreadable counts as one unknown client."""
    try:
        ip = ipaddress.ip_address((address or "").split("%", 1)[0])
    except ValueError:
        return "?"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((ip, 64), strict=False))
    return str(ip)


def is_loopback(address: str) -> bool:
    """Whether a client (an address or a /64) is this computer itself."""
    try:
        return ipaddress.ip_network(address, strict=False).is_loopback
    except ValueError:
        return False


def _remembered(table: dict[str, T], address: str, make: Callable[[], T], fresh: bool = False) -> T:
    """`table`'s entry for `address` (made when missing or `fresh`); the table keeps at most
    MAX_ADDRESSES, dropping the oldest, so a flood of addresses cannot grow it without end."""
    if fresh or address not in table:
        table.pop(address, None)
        while len(table) >= MAX_ADDRESSES:
            del table[next(iter(table))]
        table[address] = make()
    return table[address]
