"""Errors of the query side: the tree of ``index.errors`` (drawn there) plus what only
answering can raise."""

from __future__ import annotations

from index.errors import (
    CorpusError,
    DiskFull,
    EmbedderMismatch,
    EmbedderUnavailable,
    HicError,
    IndexBusy,
    IndexDamaged,
    IndexError_,
    IndexNotBuilt,
    IndexStale,
    ManifestError,
    SourceParseError,
)

__all__ = [
    "CorpusError",
    "DiskFull",
    "EmbedderMismatch",
    "EmbedderUnavailable",
    "HicError",
    "IndexBusy",
    "IndexDamaged",
    "IndexError_",
    "IndexNotBuilt",
    "IndexStale",
    "LLMUnavailable",
    "ManifestError",
    "SourceParseError",
]


class LLMUnavailable(HicError):
    """The optional LLM endpoint cannot be reached or answered badly."""
