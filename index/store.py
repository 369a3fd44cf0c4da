"""Stores: write one build (Chroma, BM25, figures, parsed documents) and open the current one.

Layout of the index directory (``HIC_INDEX_DIR``)::

    CURRENT                  name of the build in use (switched atomically)
    embeddings.sqlite        embedding cache, shared by all builds
    builds/<build-id>/
        manifest.json        corpus hashes, embedder, settings, versions (written last)
        documents/<id>.json  parsed documents (cleaned text + blocks + tables)
        chunks.jsonl         the chunks, in document order
        figures.json         every table cell as a figure
        chroma/              Chroma persistent store (collection "hic")
        bm25/                LlamaIndex BM25 retriever (bm25s, Dutch Snowball stemmer)
        cache_keys.txt       the embedding-cache keys this build uses (pruning keeps them)

A build never changes once published. The manifest lists every other file with its size
and sha256, so damage is found cheaply (presence and sizes) on every open and fully (hashes)
by ``hic check``. Chroma writes a row into its database each time a client opens it, so the
vector store is opened from a private copy outside the index: reading a build needs neither
free space nor write access, and its hashes stay valid.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

# chromadb and llama-index take seconds to import: only code that searches or builds
# imports them, so a figure question from the command line answers without them
if TYPE_CHECKING:
    from llama_index.core.schema import BaseNode, TextNode
    from llama_index.retrievers.bm25 import BM25Retriever
    from llama_index.vector_stores.chroma import ChromaVectorStore

from index.errors import IndexDamaged, IndexNotBuilt
from index.lock import sweep
from index.records import Block, Chunk, Document, DocumentMeta, Figure, Table, TableHint, TableRow

COLLECTION = "hic"
CURRENT = "CURRENT"
BUILDS = "builds"
CACHE_KEYS = "cache_keys.txt"
STORE_VERSION = "2"  # bump when the stores are written differently; 2: exact-width HNSW search


def node_for(chunk: Chunk, text: str, vector: list[float] | None = None) -> TextNode:
    """The LlamaIndex node of a chunk; its text is what gets indexed, its metadata points
    back to the chunk."""
    metadata: dict[str, Any] = {
        "doc_id": chunk.doc_id,
        "section": chunk.section,
        "kind": chunk.kind,
        "start": chunk.start,
        "end": chunk.end,
    }
    if chunk.page is not None:
        metadata["page"] = chunk.page
    if chunk.note is not None:
        metadata["note"] = chunk.note
    from llama_index.core.schema import TextNode

    node = TextNode(id_=chunk.id, text=text, metadata=metadata, embedding=vector)
    node.excluded_embed_metadata_keys = list(metadata)
    node.excluded_llm_metadata_keys = list(metadata)
    return node


def write_build(
    build_dir: Path,
    documents: list[Document],
    chunks: list[Chunk],
    nodes: list[BaseNode],
    figures: list[Figure],
    manifest: dict[str, Any],
    cache_keys: list[str] | None = None,
    vectors: bool = True,
) -> None:
    """Write every store of one build into ``build_dir`` (which must not exist yet); the
    manifest, listing every other file with its size and hash, comes last.

    Args:
        cache_keys: the embedding-cache keys of the chunks, so pruning keeps them.
        vectors: write the vector store; without it the build is "words only" (figures and
            BM25), what a first start serves while the vectors are embedded.
    """
    import Stemmer
    from llama_index.retrievers.bm25 import BM25Retriever

    (build_dir / "documents").mkdir(parents=True)
    for doc in documents:
        (build_dir / "documents" / f"{doc.id}.json").write_text(json.dumps(asdict(doc), ensure_ascii=False), encoding="utf-8")
    with (build_dir / "chunks.jsonl").open("w", encoding="utf-8") as out:
        for chunk in chunks:
            out.write(json.dumps(asdict(chunk), ensure_ascii=False) + "\n")
    (build_dir / "figures.json").write_text(
        json.dumps([asdict(f) for f in figures], ensure_ascii=False, indent=1), encoding="utf-8"
    )
    if cache_keys is not None:
        (build_dir / CACHE_KEYS).write_text("\n".join(sorted(set(cache_keys))) + "\n", encoding="utf-8")

    if vectors:
        _write_vectors(build_dir, nodes)

    bm25 = BM25Retriever(nodes=nodes, stemmer=Stemmer.Stemmer("dutch"), language="dutch")
    bm25.persist(str(build_dir / "bm25"), show_progress=False)
    manifest = {**manifest, "vectors": vectors, "artefacts": artefacts(build_dir)}
    (build_dir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")


def _write_vectors(build_dir: Path, nodes: list[BaseNode]) -> None:
    from llama_index.vector_stores.chroma import ChromaVectorStore

    client = _chroma(build_dir / "chroma")
    # HNSW searches approximately: with Chroma's default (ef 100) about one in thirty of the
    # 30 nearest chunks was missed, and which one depended on the graph each build draws at
    # random, so an answer could change from one build of the same corpus to the next. A
    # search list as long as the corpus makes the search exact at this size.
    size = max(100, len(nodes))
    hnsw = {"space": "cosine", "ef_search": size, "ef_construction": min(size, 400)}
    collection = client.get_or_create_collection(COLLECTION, configuration={"hnsw": hnsw})  # type: ignore[arg-type]
    ChromaVectorStore(chroma_collection=collection).add(nodes)
    del client


def artefacts(build_dir: Path) -> dict[str, dict[str, Any]]:
    """Every file of a build but its manifest: relative path -> {"size", "sha256"}."""
    found: dict[str, dict[str, Any]] = {}
    for path in sorted(build_dir.rglob("*")):
        if path.is_file() and path.name != "manifest.json":
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            found[path.relative_to(build_dir).as_posix()] = {"size": path.stat().st_size, "sha256": digest}
    return found


def verify_build(build: Path, *, deep: bool = False) -> list[str]:
    """What is wrong with a build's files, in Dutch; empty when it is whole.

    Args:
        build: the build directory.
        deep: also compare every file's sha256 with the manifest (reads every byte);
            otherwise only presence and sizes, which is cheap enough for every open.
    """
    try:
        manifest = read_manifest(build)
    except (OSError, ValueError) as exc:
        return [f"manifest.json onleesbaar ({type(exc).__name__})"]
    listed = manifest.get("artefacts")
    if not isinstance(listed, dict):
        return []  # a build from before manifests listed their files: nothing to compare
    problems = []
    for name, expected in listed.items():
        path = build / name
        if not path.is_file():
            problems.append(f"{name} ontbreekt")
        elif path.stat().st_size != expected.get("size"):
            problems.append(f"{name} heeft een andere grootte dan bij het bouwen")
        elif deep and hashlib.sha256(path.read_bytes()).hexdigest() != expected.get("sha256"):
            problems.append(f"{name} is gewijzigd sinds het bouwen")
    return problems


def keys_in_use(kept: list[Path]) -> set[tuple[str, str]] | None:
    """(embedder id, cache key) of every chunk the ``kept`` builds hold; None when a build
    does not list its keys (built before key lists) or cannot be read."""
    used: set[tuple[str, str]] = set()
    for build in kept:
        try:
            model = read_manifest(build)["embedder"]
            used.update((model, key) for key in (build / CACHE_KEYS).read_text(encoding="utf-8").split())
        except (OSError, ValueError, KeyError):
            return None
    return used


def builds(index_dir: Path) -> list[Path]:
    """The complete builds in ``index_dir``, oldest first."""
    folder = index_dir / BUILDS
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if p.is_dir() and not p.name.endswith(".tmp")), key=lambda p: p.name)


def publish(index_dir: Path, build_dir: Path, keep: int = 2) -> list[Path]:
    """Make ``build_dir`` the current build (atomic rename of CURRENT) and drop old builds,
    keeping the newest ``keep`` (at least the new one).

    Returns:
        The builds kept, oldest first.
    """
    pointer = index_dir / f"{CURRENT}.tmp"
    pointer.write_text(build_dir.name, encoding="utf-8")
    os.replace(pointer, index_dir / CURRENT)
    kept = builds(index_dir)
    for old in kept[: -max(keep, 1)]:
        if old != build_dir:
            shutil.rmtree(old, ignore_errors=True)
    return builds(index_dir)


def current_build(index_dir: Path) -> Path | None:
    """The directory CURRENT names, or None when there is none. (Whether it is whole is
    for ``verify_build`` and ``open_build`` to say.)"""
    pointer = index_dir / CURRENT
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    build = index_dir / BUILDS / name
    return build if name and "/" not in name and build.is_dir() else None


def read_manifest(build: Path) -> dict[str, Any]:
    return json.loads((build / "manifest.json").read_text(encoding="utf-8"))


def read_documents(build: Path) -> dict[str, Document]:
    docs = {}
    for path in sorted((build / "documents").glob("*.json")):
        doc = document_from_dict(json.loads(path.read_text(encoding="utf-8")))
        docs[doc.id] = doc
    return docs


def read_chunks(build: Path) -> list[Chunk]:
    chunks = []
    with (build / "chunks.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            data = json.loads(line)
            data["footnotes"] = tuple(data["footnotes"])
            chunks.append(Chunk(**data))
    return chunks


def read_figures(build: Path) -> list[Figure]:
    return [Figure(**f) for f in json.loads((build / "figures.json").read_text(encoding="utf-8"))]


@dataclass
class LoadedIndex:
    """An opened build: the parsed documents, chunks, figures and both retrievers' stores
    (opened on first use)."""

    path: Path
    manifest: dict[str, Any]
    documents: dict[str, Document]
    chunks: dict[str, Chunk]
    figures: list[Figure]

    @property
    def has_vectors(self) -> bool:
        """False for a words-only build (figures and BM25; the vectors are still embedding)."""
        return bool(self.manifest.get("vectors", True))

    @cached_property
    def vector_store(self) -> ChromaVectorStore:
        from llama_index.vector_stores.chroma import ChromaVectorStore

        if not self.has_vectors:
            raise IndexNotBuilt(f"build {self.path.name} heeft nog geen vectoren (alleen trefwoorden)")

        try:
            collection = _chroma(_private_copy(self.path / "chroma")).get_collection(COLLECTION)
            count = collection.count()
        except Exception as exc:  # Chroma raises its own and sqlite's errors for a damaged store
            raise IndexDamaged(f"de vectorindex van build {self.path.name} is onleesbaar ({type(exc).__name__})") from exc
        if count != len(self.chunks):
            raise IndexDamaged(f"de vectorindex van build {self.path.name} heeft {count} van de {len(self.chunks)} chunks")
        return ChromaVectorStore(chroma_collection=collection)

    @cached_property
    def bm25(self) -> BM25Retriever:
        import Stemmer
        from llama_index.retrievers.bm25 import BM25Retriever

        try:
            bm25 = BM25Retriever.from_persist_dir(str(self.path / "bm25"), show_progress=False)
        except Exception as exc:  # missing or garbled bm25s files
            raise IndexDamaged(f"de BM25-index van build {self.path.name} is onleesbaar ({type(exc).__name__})") from exc
        # The stemmer is not persisted with the retriever; queries must be stemmed like the corpus.
        bm25.stemmer = Stemmer.Stemmer("dutch")
        return bm25


def open_index(index_dir: Path) -> LoadedIndex:
    """Open the current build.

    Raises:
        IndexNotBuilt: there is no complete build in ``index_dir``.
    """
    build = current_build(index_dir)
    if build is None:
        raise IndexNotBuilt(f"geen index in {index_dir}")
    return open_build(build)


def open_build(build: Path) -> LoadedIndex:
    """Open one build, checking its files cheaply (presence, sizes, parse).

    Raises:
        IndexDamaged: a file is missing, has another size than when built, or cannot be parsed.
    """
    problems = verify_build(build)
    if problems:
        raise IndexDamaged(f"build {build.name}: {'; '.join(problems[:3])}")
    try:
        chunks = read_chunks(build)
        return LoadedIndex(
            path=build,
            manifest=read_manifest(build),
            documents=read_documents(build),
            chunks={c.id: c for c in chunks},
            figures=read_figures(build),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:  # JSON that does not parse or fit
        raise IndexDamaged(f"build {build.name}: onleesbaar bestand ({type(exc).__name__})") from exc


def _private_copy(chroma_dir: Path) -> Path:
    """A copy of a build's Chroma folder in memory-backed temporary space (/dev/shm when
    there is one), removed at exit (or by the next process, when this one was killed):
    Chroma writes on open, the build must stay as built."""
    shm = Path("/dev/shm")
    base = shm if shm.is_dir() and os.access(shm, os.W_OK) else Path(tempfile.gettempdir())
    sweep(base, "hic-chroma-")  # copies left by processes that were killed
    target = Path(tempfile.mkdtemp(prefix=f"hic-chroma-{os.getpid()}-", dir=base))
    atexit.register(shutil.rmtree, target, True)
    shutil.copytree(chroma_dir, target, dirs_exist_ok=True)
    return target


def _chroma(path: Path) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    return chromadb.PersistentClient(path=str(path), settings=ChromaSettings(anonymized_telemetry=False, allow_reset=False))


def document_from_dict(data: dict[str, Any]) -> Document:
    """Rebuild a Document from its JSON form (tuples come back as lists)."""
    meta = dict(data["meta"])
    meta["signatories"] = tuple(meta["signatories"])
    meta["table_hints"] = tuple(TableHint(h["caption"], tuple(h["columns"])) for h in meta["table_hints"])
    blocks = tuple(Block(**{**b, "section": tuple(b["section"]), "footnotes": tuple(b["footnotes"])}) for b in data["blocks"])
    tables = tuple(
        Table(
            title=t["title"],
            section=tuple(t["section"]),
            columns=tuple(t["columns"]),
            rows=tuple(TableRow(r["label"], tuple(r["cells"]), r["block"]) for r in t["rows"]),
            footnotes=tuple(t["footnotes"]),
        )
        for t in data["tables"]
    )
    return Document(
        meta=DocumentMeta(**meta),
        text=data["text"],
        blocks=blocks,
        tables=tables,
        sha256=data["sha256"],
        warnings=tuple(data["warnings"]),
        source=data.get("source", ""),
    )
