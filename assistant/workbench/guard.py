"""The app's outer door: an ASGI middleware in front of Gradio that answers only to known
Host names, refuses uploads and monitoring, slows down password guessing, and says "busy"
in Dutch.

Gradio offers no switch for most of this (its upload route and monitoring summary are always
mounted; a login failure costs nothing), so the checks sit in front of it. Everything here
is plain ASGI: no Gradio import, testable with any ASGI app behind it.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qs

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

BUSY = "De HIC-assistent is op dit moment erg druk. Probeer het over een paar seconden opnieuw."
MAX_WAIT = 300.0  # seconds: the longest a locked-out login has to wait


class LoginThrottle:
    """Failed logins per key (a user name, an address); after ``allowed`` failures each next
    attempt must wait 2, 4, 8 ... seconds (at most ``MAX_WAIT``) after the last failure."""

    def __init__(self, allowed: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.allowed = allowed
        self.clock = clock
        self._failures: dict[str, tuple[int, float]] = {}  # key -> (count, time of last failure)
        self._lock = threading.Lock()

    def wait(self, *keys: str) -> float:
        """Seconds before another attempt for any of ``keys`` is heard; 0 when it may go now."""
        now = self.clock()
        longest = 0.0
        with self._lock:
            for key in keys:
                count, last = self._failures.get(key, (0, now))
                if count >= self.allowed:
                    longest = max(longest, last + min(2.0 ** (count - self.allowed + 1), MAX_WAIT) - now)
        return max(longest, 0.0)

    def failed(self, *keys: str) -> None:
        now = self.clock()
        with self._lock:
            for key in keys:
                count, _ = self._failures.get(key, (0, now))
                self._failures[key] = (count + 1, now)

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)


class Guard:
    """ASGI middleware around the Gradio app.

    Args:
        app: the app behind the guard.
        allowed_hosts: host names (without port) the app answers to; others get 421.
        throttle: limits failed logins per user name and per client address.
    """

    def __init__(self, app: ASGIApp, allowed_hosts: list[str], throttle: LoginThrottle) -> None:
        self.app = app
        self.allowed = {h.strip("[]").lower() for h in allowed_hosts}
        self.throttle = throttle  # per user name and address
        # per address alone, more lenient: colleagues behind one proxy share an address
        self.per_address = LoginThrottle(throttle.allowed * 4, clock=throttle.clock)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        if _host(scope) not in self.allowed:
            await _reply(send, scope, 421, "Deze app antwoordt niet op deze hostnaam.")
            return
        if path.startswith(("/upload", "/gradio_api/upload")):  # the app has no upload field
            await _reply(send, scope, 403, "Uploaden is in de HIC-assistent uitgeschakeld.")
            return
        if path.startswith(("/monitoring", "/gradio_api/monitoring")):
            await _reply(send, scope, 404, "Niet gevonden.")
            return
        if scope["type"] == "http" and scope.get("method") == "POST" and path.rstrip("/").endswith("/login"):
            await self._login(scope, receive, send)
            return
        if scope["type"] == "http" and ("/queue/join" in path or "/call/" in path):
            await self.app(scope, receive, _replacing(send, 503, BUSY))
            return
        await self.app(scope, receive, send)

    async def _login(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        user = (parse_qs(body.decode("utf-8", "replace")).get("username") or [""])[0].strip().lower()
        address = (scope.get("client") or ("?", 0))[0]
        key = f"{user}|{address}"
        wait = max(self.throttle.wait(key), self.per_address.wait(address))
        if wait > 0:
            seconds = int(wait) + 1
            text = f"Te veel mislukte inlogpogingen. Probeer het over {seconds} seconden opnieuw."
            await _reply(send, scope, 429, text, headers=[(b"retry-after", str(seconds).encode())])
            return
        status: list[int] = []

        async def replay() -> Message:
            nonlocal body
            chunk, body = body, b""
            return {"type": "http.request", "body": chunk, "more_body": False}

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start":
                status.append(int(message["status"]))
            await send(message)

        await self.app(scope, replay, _replacing(watch, 400, "Onjuiste gebruikersnaam of wachtwoord."))
        if status and status[0] == 200:
            self.throttle.succeeded(key)
        elif status and status[0] in (400, 401, 403):
            self.throttle.failed(key)
            self.per_address.failed(address)


def _host(scope: Scope) -> str:
    for name, value in scope.get("headers", []):
        if name == b"host":
            host = value.decode("latin-1").strip().lower()
            if host.startswith("["):  # [::1]:7860
                return host[1 : host.find("]")] if "]" in host else host
            return host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    return ""


def _replacing(send: Send, status: int, text: str) -> Send:
    """A send that replaces the body of a ``status`` reply (Gradio's English "Queue is
    full", "Incorrect credentials") by ``{"detail": text}``."""
    replaced = False

    async def wrapped(message: Message) -> None:
        nonlocal replaced
        if message["type"] == "http.response.start" and message["status"] == status:
            replaced = True
            body = json.dumps({"detail": text}, ensure_ascii=False).encode()
            headers = [(b"content-type", b"application/json; charset=utf-8"), (b"content-length", str(len(body)).encode())]
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body, "more_body": False})
            return
        if replaced:
            return  # the original body
        await send(message)

    return wrapped


async def _reply(send: Send, scope: Scope, status: int, text: str, headers: list[tuple[bytes, bytes]] | None = None) -> None:
    if scope["type"] == "websocket":
        await send({"type": "websocket.close", "code": 1008})
        return
    body = json.dumps({"detail": text}, ensure_ascii=False).encode()
    start = [(b"content-type", b"application/json; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": start + (headers or [])})
    await send({"type": "http.response.body", "body": body})
