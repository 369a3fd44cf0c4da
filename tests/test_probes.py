"""Probes against the running app (login on, loopback): what an attacker on the network or
a hostile web page would try."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from tests.conftest import launch_app


@pytest.fixture(scope="module")
def guarded_url(real_settings, tmp_path_factory):
    data = tmp_path_factory.mktemp("probes")
    process, url = launch_app(
        {
            "HIC_INDEX_DIR": str(real_settings.index_dir),
            "HIC_FEEDBACK_DB": str(data / "feedback.sqlite"),
            "HIC_USERS": json.dumps({"analist": "geheim"}),
            "HIC_LOGIN_ATTEMPTS": "3",
        },
        data / "serve.log",
    )
    yield url.rstrip("/")
    process.terminate()
    process.wait(timeout=20)
    assert "Traceback" not in (data / "serve.log").read_text(encoding="utf-8")
    # a stopped app leaves neither its export folder nor its copy of the vector store
    assert not list((data / "exports").iterdir())
    assert not list(Path("/dev/shm").glob(f"hic-chroma-{process.pid}-*"))


def test_an_upload_is_refused_before_it_is_stored(guarded_url):
    response = httpx.post(f"{guarded_url}/gradio_api/upload", files={"files": ("a.txt", b"x" * 200_000)})
    assert response.status_code == 403 and "Uploaden" in response.json()["detail"]


def test_monitoring_is_not_there(guarded_url):
    for path in ("/monitoring", "/monitoring/summary", "/gradio_api/monitoring/summary"):
        assert httpx.get(f"{guarded_url}{path}").status_code == 404


def test_a_foreign_host_header_is_refused(guarded_url):
    response = httpx.post(f"{guarded_url}/gradio_api/call/ask", json={"data": ["x"]}, headers={"Host": "attacker.example"})
    assert response.status_code == 421
    assert httpx.get(f"{guarded_url}/", headers={"Host": "localhost"}).status_code == 200


def test_repeated_wrong_passwords_lock_the_login_out_even_for_the_right_one(guarded_url):
    with httpx.Client(base_url=guarded_url) as client:
        for _ in range(3):
            response = client.post("/login", data={"username": "analist", "password": "fout"})
            assert response.status_code == 400 and "Onjuiste" in response.json()["detail"]
        locked = client.post("/login", data={"username": "analist", "password": "geheim"})
        assert locked.status_code == 429 and int(locked.headers["retry-after"]) >= 1
        assert "Te veel mislukte inlogpogingen" in locked.json()["detail"]


def test_without_login_the_api_answers_nothing(guarded_url):
    response = httpx.post(f"{guarded_url}/gradio_api/call/ask", json={"data": ["Hoeveel straatroven waren er in 2024?"]})
    assert response.status_code in (401, 403)


@pytest.mark.parametrize(
    "path",
    [
        "/gradio_api/file=/etc/passwd",
        "/gradio_api/file=../../../../etc/passwd",
        "/gradio_api/file=%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/file=/etc/passwd",
        "/static/../../../../etc/passwd",
        "/assets/..%2f..%2f..%2fetc/passwd",
    ],
)
def test_traversal_paths_are_refused(guarded_url, path):
    response = httpx.get(f"{guarded_url}{path}")
    assert response.status_code in (400, 401, 403, 404) and "root:" not in response.text
