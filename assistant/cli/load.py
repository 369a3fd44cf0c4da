"""Load test (``hic bench load``): simulated users asking through the app's API, each
asking its next question as soon as the previous answer is complete.

Bounded on purpose: at most 100 users and 300 seconds, and only against this machine (the
app it starts itself, or a ``--url`` on a loopback address), so it cannot be pointed at
someone else's server.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlparse

from assistant.config import PROJECT_ROOT, Settings

MAX_USERS = 100
MAX_SECONDS = 300
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
# what staff ask: figures, terse keywords, why/how, a near-miss; read from the dev set
DEV_SET = PROJECT_ROOT / "eval" / "questions.jsonl"


def cmd_load(args: argparse.Namespace, settings: Settings) -> int:
    users = max(1, min(args.users, MAX_USERS))
    seconds = max(1.0, min(args.seconds, MAX_SECONDS))
    rows = [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    questions = [row["question"] for row in rows if "question" in row]  # (follow-ups need a conversation)
    server = None
    if args.url:
        url = args.url.rstrip("/")
        if urlparse(url).hostname not in LOOPBACK:
            print("Alleen een app op deze machine (127.0.0.1 of localhost) mag worden belast.", file=sys.stderr)
            return 2
    else:
        server, url = _start_app(settings)
    try:
        _wait_ready(url)
        result = run_load(url, questions, users, seconds, anonymous=args.anonymous)
    finally:
        if server is not None:
            server.terminate()
            server.wait(30)
    print(format_result(result, users, seconds))
    return 0 if result["errors"] == 0 else 1


def run_load(url: str, questions: list[str], users: int, seconds: float, anonymous: bool = False) -> dict[str, object]:
    """``users`` threads ask ``questions`` in turn for ``seconds``; every latency is the time
    from sending a question to having its complete answer. Each user keeps one session id,
    as a browser does; ``anonymous`` sends none (Gradio then sets up a session per call).

    Returns:
        completed, errors, the first error messages, latencies (s), p50 and p95 (s).
    """
    import httpx

    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def user(number: int) -> None:
        session = None if anonymous else uuid.uuid4().hex[:11]
        with httpx.Client(base_url=url, timeout=60) as client:
            turn = number
            while time.monotonic() < stop:
                question = questions[turn % len(questions)]
                turn += users
                started = time.perf_counter()
                try:
                    _ask(client, question, session)
                except Exception as exc:  # counted, reported, never fatal to the run
                    with lock:
                        errors.append(f"{type(exc).__name__}: {exc}"[:200])
                    continue
                with lock:
                    latencies.append(time.perf_counter() - started)

    threads = [threading.Thread(target=user, args=(n,)) for n in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    ordered = sorted(latencies)
    return {
        "completed": len(latencies),
        "errors": len(errors),
        "error_examples": sorted(set(errors))[:3],
        "latencies": latencies,
        "p50": statistics.median(ordered) if ordered else None,
        "p95": ordered[max(0, int(len(ordered) * 0.95) - 1)] if ordered else None,
    }


def format_result(result: dict[str, object], users: int, seconds: float) -> str:
    def ms(value: object) -> str:
        return f"{float(value) * 1000:.0f} ms" if isinstance(value, float) else "-"

    lines = [
        f"{users} gebruikers, {seconds:.0f} s: {result['completed']} antwoorden, {result['errors']} fouten, "
        f"p50 {ms(result['p50'])}, p95 {ms(result['p95'])}, {int(result['completed']) / seconds:.1f} antwoorden/s",  # type: ignore[call-overload]
    ]
    lines += [f"  fout: {example}" for example in result["error_examples"]]  # type: ignore[attr-defined]
    return "\n".join(lines)


def _ask(client: object, question: str, session: str | None = None) -> str:
    """One question through the app's ``/gradio_api/call/ask``: submit, then read the event
    stream until the answer is complete. ``session`` is the client's session id, as the
    browser and ``gradio_client`` send one (Gradio sets up a session's state once, not per
    call)."""
    body: dict[str, object] = {"data": [question]}
    if session:
        body["session_hash"] = session
    response = client.post("/gradio_api/call/ask", json=body)  # type: ignore[attr-defined]
    if response.status_code != 200:
        raise RuntimeError(f"HTTP {response.status_code}: {response.text[:120]}")
    event_id = response.json()["event_id"]
    event = ""
    with client.stream("GET", f"/gradio_api/call/ask/{event_id}") as stream:  # type: ignore[attr-defined]
        for line in stream.iter_lines():
            if line.startswith("event:"):
                event = line.split(":", 1)[1].strip()
            elif line.startswith("data:") and event in ("complete", "error"):
                if event == "error":
                    raise RuntimeError(f"fout van de app: {line[5:].strip()[:120]}")
                return line[5:].strip()
    raise RuntimeError("de verbinding sloot zonder antwoord")


def _start_app(settings: Settings) -> tuple[subprocess.Popen[bytes], str]:
    """``hic serve`` on a free loopback port, its output in the data folder."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = settings.feedback_db.parent / "load-app.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant.cli.main", "serve", "--host", "127.0.0.1", "--port", str(port)],
        stdout=Path(log).open("wb"),
        stderr=subprocess.STDOUT,
        cwd=PROJECT_ROOT,
    )
    return process, f"http://127.0.0.1:{port}"


def _wait_ready(url: str, timeout: float = 600) -> None:
    """Until the app answers a question (the index may be built first)."""
    import httpx

    deadline = time.monotonic() + timeout
    with httpx.Client(base_url=url, timeout=60) as client:
        while time.monotonic() < deadline:
            try:
                _ask(client, "Hoeveel straatroven waren er in 2024?")
                return
            except (httpx.HTTPError, RuntimeError):
                pass
            time.sleep(1)
    raise RuntimeError(f"de app op {url} antwoordde niet binnen {timeout:.0f} s")
