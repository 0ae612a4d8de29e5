"""The room session's door: how many connections it keeps open, from whom, and for how long.

Every connection is counted when it is accepted: past the total cap or its client's cap it is
closed at once (so the process never runs out of open files, whatever a crowd or a script
opens), and a connection that has not been answered within `deadline` seconds (headers or a
body sent a byte at a time, or a connection left idle) is closed. aiohttp's own refusals of a
request it cannot read (a bad request line, a header too long) are answered like every other
refusal: a short JSON error with the security headers, never an echo of what was sent, never
a traceback in the log. The event loop's accept errors are logged once per burst.

No Qt here; the server (server.py) opens its site through `GatedSite`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from .guard import client_of, is_loopback
from .open_files import FILES_KEPT_FOR_THE_APP

log = logging.getLogger(__name__)

MAX_CONNECTIONS = 400  # open at once, at most: a full room's phones with a few each
DEADLINE_S = 10.0  # a connection unanswered this long (slow headers, a slow body, idle) goes
LOG_EVERY_S = 10.0  # accept errors (too many open files, …) logged at most this often


def connections_for(phones: int) -> int:
    """Connections one address may keep open for `phones` phones: six each (a browser's)."""
    return 6 * max(1, phones)


def connection_cap(soft_limit: int | None) -> int:
    """How many connections the session keeps open at once: MAX_CONNECTIONS, or less where
    the process may open few files (half of what is left after the app's own share)."""
    if soft_limit is None or soft_limit <= 0:
        return MAX_CONNECTIONS
    return max(16, min(MAX_CONNECTIONS, (soft_limit - FILES_KEPT_FOR_THE_APP) // 2))


@dataclass
class ConnectionGate:
    """The counts of open connections, in total and per client (an IPv4 address or an IPv6
    /64, as the guard counts them)."""

    total_cap: int = MAX_CONNECTIONS
    # From one address: a few connections for each phone that may join from it (a phone's
    # browser opens up to six), so phones behind one router are not turned away at the door.
    per_client_cap: int = 24
    # This computer itself (a rehearsal, the benchmark's simulated room) is held to the total.
    loopback_unlimited: bool = True
    deadline: float = DEADLINE_S
    open: int = 0
    refused: int = 0  # connections closed at the door, since the session started
    expired: int = 0  # connections closed for taking too long
    per_client: dict[str, int] = field(default_factory=dict)
    watched: dict[int, _Gated] = field(default_factory=dict)  # by the transport's id

    def answered(self, transport: object) -> None:
        """A response went out on `transport`: its connection has another deadline."""
        gated = self.watched.get(id(transport))
        if gated is not None:
            gated.answered()

    def enter(self, client: str) -> bool:
        """Whether a new connection from `client` may stay (counted when it may)."""
        crowded = self.per_client.get(client, 0) >= self.per_client_cap and not (
            self.loopback_unlimited and is_loopback(client)
        )
        if self.open >= self.total_cap or crowded:
            self.refused += 1
            return False
        self.open += 1
        self.per_client[client] = self.per_client.get(client, 0) + 1
        return True

    def leave(self, client: str) -> None:
        self.open -= 1
        left = self.per_client.get(client, 1) - 1
        if left > 0:
            self.per_client[client] = left
        else:
            self.per_client.pop(client, None)


class _Gated(asyncio.Protocol):
    """One connection: counted by the gate, closed when it takes too long, and handed to
    aiohttp's request handler (`inner`) while it stays."""

    def __init__(
        self,
        gate: ConnectionGate,
        factory: Callable[[], asyncio.Protocol],
    ) -> None:
        self._gate = gate
        self._factory = factory
        self._inner: asyncio.Protocol | None = None
        self._transport: asyncio.Transport | None = None
        self._client = "?"
        self._timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        peer = transport.get_extra_info("peername")
        self._client = client_of(peer[0] if peer else None)
        if not self._gate.enter(self._client):
            transport.abort()  # at once: its file is free again
            return
        self._transport = transport
        self._gate.watched[id(transport)] = self
        inner = self._factory()
        self._inner = inner
        self._restart_deadline()
        inner.connection_made(transport)

    def answered(self) -> None:
        """A response went out: the connection has another `deadline` for its next request."""
        self._restart_deadline()

    def _restart_deadline(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        loop = asyncio.get_running_loop()
        self._timer = loop.call_later(self._gate.deadline, self._expire)

    def _expire(self) -> None:
        if self._transport is not None and not self._transport.is_closing():
            self._gate.expired += 1
            self._transport.abort()

    def data_received(self, data: bytes) -> None:
        if self._inner is not None:
            self._inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self._inner.eof_received() if self._inner is not None else None

    def pause_writing(self) -> None:
        if self._inner is not None:
            self._inner.pause_writing()

    def resume_writing(self) -> None:
        if self._inner is not None:
            self._inner.resume_writing()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._timer is not None:
            self._timer.cancel()
        if self._inner is None:
            return
        self._gate.leave(self._client)
        self._gate.watched.pop(id(self._transport), None)
        self._inner.connection_lost(exc)
        self._inner = self._transport = None


class PlainRefusals(web.RequestHandler):
    """aiohttp's request handler, answering a request it cannot read (a bad request line, a
    header too long) as the room's other refusals: a short JSON error with the security
    headers; nothing of the request echoed, nothing logged beyond a line at debug level."""

    headers: Mapping[str, str] = {}

    def handle_error(
        self,
        request: web.BaseRequest,
        status: int = 500,
        exc: BaseException | None = None,
        message: str | None = None,
    ) -> web.StreamResponse:
        log.debug("a request could not be read (%s)", type(exc).__name__ if exc else status)
        if request.writer.output_size > 0:
            raise ConnectionError("the response was sent already")
        words = "That request could not be read." if status < 500 else "Something went wrong."
        body = json.dumps({"error": "request" if status < 500 else "server", "message": words})
        response = web.Response(status=status, text=body, content_type="application/json")
        response.headers.update(self.headers)
        response.force_close()
        return response


class GatedSite(web.TCPSite):
    """A TCP site whose connections pass the gate first, each then read by a PlainRefusals
    handler (made with the options `handler_options` the runner was given)."""

    def __init__(
        self,
        runner: web.BaseRunner,
        host: str,
        port: int,
        gate: ConnectionGate,
        headers: Mapping[str, str],
        handler_options: Mapping[str, Any],
        **kwargs: Any,
    ) -> None:
        super().__init__(runner, host, port, **kwargs)
        self._gate = gate
        self._refusals = type("Refusals", (PlainRefusals,), {"headers": dict(headers)})
        self._options = dict(handler_options)

    async def start(self) -> None:
        await web.BaseSite.start(self)
        loop = asyncio.get_running_loop()
        manager = self._runner.server
        assert isinstance(manager, web.Server)

        def handler() -> asyncio.Protocol:
            return self._refusals(manager, loop=loop, **self._options)  # type: ignore[no-any-return]

        def gated() -> asyncio.Protocol:
            return _Gated(self._gate, handler)

        self._server = await loop.create_server(
            gated,
            self._host,
            self._port,
            backlog=self._backlog,
            reuse_address=self._reuse_address,
        )


class AcceptErrors:
    """The event loop's exception handler for the session's loop: an error while accepting
    (too many open files, no buffers) is logged once per burst, with how many there were,
    not once per attempt; anything else as asyncio would."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._last = -LOG_EVERY_S
        self.count = 0  # since the last line logged
        self.total = 0

    def __call__(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exception = context.get("exception")
        if isinstance(exception, OSError) and "accept" in str(context.get("message", "")):
            self.count += 1
            self.total += 1
            now = self._clock()
            if now - self._last >= LOG_EVERY_S:
                log.warning(
                    "The room session could not accept %d connection(s): %s",
                    self.count,
                    os.strerror(exception.errno) if exception.errno else exception,
                )
                self._last, self.count = now, 0
            return
        loop.default_exception_handler(context)
