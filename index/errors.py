"""Errors: the small exception tree of the HIC-assistent, rooted on the ingest side.

The ingest side (``index/``) defines the tree; the query side (``assistant.errors``)
re-exports it and adds what only it can raise (marked *). Core code raises them; only the
edges (the CLI and the app) translate them into Dutch messages for the user::

    HicError
    ├── CorpusError              corpus/ or its manifest is unusable
    │   ├── ManifestError        manifest.toml is missing, malformed or inconsistent
    │   └── SourceParseError     one source file cannot be read or parsed
    ├── IndexError_              the index cannot be used
    │   ├── IndexNotBuilt        no index at the configured directory
    │   ├── IndexStale           the index was built from another corpus or chunker
    │   ├── EmbedderMismatch     the index was built with another embedder
    │   ├── IndexDamaged         a file of the build in use is missing, truncated or garbled
    │   └── IndexBusy            another build holds the index's lock (ingest --no-wait)
    ├── DiskFull                 not enough free space to write a build
    ├── EmbedderUnavailable      the configured embedder cannot be loaded
    └── LLMUnavailable *         the optional LLM endpoint cannot be reached
"""

from __future__ import annotations

from pathlib import Path


class HicError(Exception):
    """Base of every error the assistant raises on purpose."""


class CorpusError(HicError):
    """The corpus folder or its manifest is unusable."""


class ManifestError(CorpusError):
    """manifest.toml is missing, malformed, or does not match the files."""


class SourceParseError(CorpusError):
    """One source document cannot be read or parsed.

    Args:
        path: the offending file.
        problem: what is wrong, in plain words.
    """

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


class IndexError_(HicError):  # trailing underscore: the builtin IndexError is unrelated
    """The index cannot be used."""


class IndexNotBuilt(IndexError_):
    """No index exists at the configured directory."""


class IndexStale(IndexError_):
    """The index does not match the current corpus, settings or chunker version."""


class EmbedderMismatch(IndexError_):
    """The index was built with a different embedder than the configured one."""


class EmbedderUnavailable(HicError):
    """The configured embedder cannot be loaded (missing package or model path)."""


class IndexDamaged(IndexError_):
    """A file of the build in use is missing, truncated or cannot be parsed; ``hic ingest``
    repairs it from the embedding cache."""


class IndexBusy(IndexError_):
    """Another build holds the lock on the index directory; the message names its owner."""


class DiskFull(HicError):
    """Not enough free space to write a build; the build in use is untouched.

    Args:
        needed: bytes the build needs (an estimate).
        free: bytes free on the index's file system.
    """

    def __init__(self, needed: int, free: int, detail: str = "") -> None:
        self.needed = needed
        self.free = free
        super().__init__(detail or f"nodig ongeveer {needed / 1e6:.0f} MB, vrij {free / 1e6:.0f} MB")
