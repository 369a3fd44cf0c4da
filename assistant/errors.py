"""Errors of the query side: the tree of ``index.errors`` (drawn there) plus what only
answering can raise."""

from __future__ import annotations

from index.errors import (
    CorpusError,
    EmbedderMismatch,
    EmbedderUnavailable,
    HicError,
    IndexError_,
    IndexNotBuilt,
    IndexStale,
    ManifestError,
    SourceParseError,
)

__all__ = [
    "CorpusError",
    "EmbedderMismatch",
    "EmbedderUnavailable",
    "HicError",
    "IndexError_",
    "IndexNotBuilt",
    "IndexStale",
    "LLMUnavailable",
    "ManifestError",
    "SourceParseError",
]


class LLMUnavailable(HicError):
    """The optional LLM endpoint cannot be reached or answered badly."""
