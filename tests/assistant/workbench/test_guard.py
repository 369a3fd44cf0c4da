"""The guard in front of Gradio, with a stand-in ASGI app behind it."""

from __future__ import annotations

import asyncio
import json

from assistant.workbench.guard import BUSY, Guard, LoginThrottle


class Behind:
    """An ASGI app that answers every request with ``status`` and counts what reached it."""

    def __init__(self, status: int = 200, body: bytes = b'{"ok": true}') -> None:
        self.status = status
        self.body = body
        self.seen: list[str] = []

    async def __call__(self, scope, receive, send):
        message = await receive()
        self.seen.append(f"{scope['path']}|{message.get('body', b'').decode()}")
        await send({"type": "http.response.start", "status": self.status, "headers": []})
        await send({"type": "http.response.body", "body": self.body})


def _call(app, path, *, method="GET", host="127.0.0.1:7860", body=b"", client="10.0.0.1"):
    scope = {
        "type": "http",
        "method": method,
        "path": path,
        "headers": [(b"host", host.encode())],
        "client": (client, 5000),
    }
    sent: list[dict] = []

    async def receive():
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message):
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    payload = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return status, payload


def _guard(behind, allowed=("127.0.0.1", "localhost", "::1"), attempts=3, clock=None):
    throttle = LoginThrottle(attempts, clock=clock) if clock else LoginThrottle(attempts)
    return Guard(behind, list(allowed), throttle)


def test_a_foreign_host_header_never_reaches_the_app():
    behind = Behind()
    guard = _guard(behind)
    assert _call(guard, "/gradio_api/call/ask", method="POST", host="rebind.evil.example")[0] == 421
    assert _call(guard, "/", host="[::1]:7860")[0] == 200
    assert _call(guard, "/", host="localhost")[0] == 200
    assert [s.split("|")[0] for s in behind.seen] == ["/", "/"]


def test_uploads_and_monitoring_are_refused_in_dutch():
    behind = Behind()
    guard = _guard(behind)
    status, body = _call(guard, "/gradio_api/upload", method="POST", body=b"x" * 1000)
    assert status == 403 and "Uploaden" in json.loads(body)["detail"]
    assert _call(guard, "/monitoring/summary")[0] == 404
    assert _call(guard, "/gradio_api/monitoring")[0] == 404
    assert behind.seen == []


def test_failed_logins_lock_out_with_a_growing_wait_and_the_form_still_reaches_the_app():
    now = [1000.0]
    behind = Behind(status=400, body=b'{"detail":"Incorrect credentials."}')
    guard = _guard(behind, attempts=3, clock=lambda: now[0])
    form = b"username=analist&password=fout"
    for _ in range(3):
        status, body = _call(guard, "/login", method="POST", body=form)
        assert status == 400 and "Onjuiste gebruikersnaam" in json.loads(body)["detail"]
    assert behind.seen[-1] == "/login|" + form.decode()  # the body is passed on intact
    status, body = _call(guard, "/login", method="POST", body=form)
    assert status == 429 and "Te veel mislukte inlogpogingen" in json.loads(body)["detail"]
    assert len(behind.seen) == 3  # a locked-out attempt is not even tried
    now[0] += 2.5  # the first wait (2 s) is over: one more try, which fails again
    assert _call(guard, "/login", method="POST", body=form)[0] == 400
    now[0] += 2.5  # the next wait is 4 s
    assert _call(guard, "/login", method="POST", body=form)[0] == 429
    # another user at the same address, and the same user elsewhere, are not locked out ...
    assert _call(guard, "/login", method="POST", body=b"username=ander&password=x")[0] == 400
    assert _call(guard, "/login", method="POST", body=form, client="10.0.0.2")[0] == 400
    # ... until the address has failed four times the allowance, whatever the user names
    for n in range(7):  # 5 failures so far from this address, 12 allowed
        _call(guard, "/login", method="POST", body=f"username=u{n}&password=x".encode())
    assert _call(guard, "/login", method="POST", body=b"username=nieuw&password=x")[0] == 429


def test_a_full_queue_answers_in_dutch():
    guard = _guard(Behind(status=503, body=b'{"detail":"Queue is full. Max size is 1 and size is 1."}'))
    status, body = _call(guard, "/gradio_api/queue/join", method="POST", body=b"{}")
    assert status == 503 and json.loads(body)["detail"] == BUSY and b"Queue is full" not in body
