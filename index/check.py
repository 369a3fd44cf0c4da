"""The operator's view of an index directory: is the build in use whole, does it match the
corpus, what does the embedding cache hold, is a build running (``hic check``)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

from index.build import fingerprint, oversize
from index.errors import HicError
from index.lock import describe_owner, is_locked
from index.manifest import load_manifest
from index.options import IngestOptions, embedder_id
from index.store import BUILDS, builds, current_build, keys_in_use, read_manifest, verify_build


def check(options: IngestOptions) -> dict[str, Any]:
    """Check the index, the corpus and the cache, reading every byte of the build in use.

    Returns:
        ``ok`` (False when the build in use is missing or damaged), ``lines`` (the Dutch
        report, one finding per line) and the findings per part: ``index``, ``corpus``,
        ``cache``, ``build_running``.
    """
    index_dir = options.index_dir
    lines: list[str] = []
    ok = True
    current = current_build(index_dir)
    state: dict[str, Any] = {"current": current.name if current else None, "builds": [], "stale_staging": []}
    for build in builds(index_dir):
        damage = verify_build(build, deep=True)
        state["builds"].append({"id": build.name, "in_use": build == current, "problems": damage})
        label = "in gebruik" if build == current else "bewaard"
        if not damage and read_manifest(build).get("vectors", True) is False:
            label += ", alleen cijfers en trefwoorden: voltooi met hic ingest"
        lines.append(f"Build {build.name} ({label}): " + ("in orde" if not damage else "BESCHADIGD: " + "; ".join(damage)))
        if build == current and damage:
            ok = False
    if current is None:
        ok = False
        lines.insert(0, "Index: geen build in gebruik. Bouw er een met: hic ingest")
    elif state["builds"] and any(b["in_use"] and b["problems"] for b in state["builds"]):
        lines.append("Herstel de build in gebruik met: hic ingest (de vectoren komen uit de cache)")
    staging = sorted(p.name for p in (index_dir / BUILDS).glob("*.tmp")) if (index_dir / BUILDS).is_dir() else []
    state["stale_staging"] = staging
    running = is_locked(index_dir)
    if staging and not running:
        lines.append(f"Achtergelaten bouwmappen: {', '.join(staging)} (de volgende 'hic ingest' ruimt ze op)")
    if running:
        lines.append(f"Er loopt nu een build: {describe_owner(index_dir)}")

    corpus_state: dict[str, Any] = {"documents": [], "problems": [], "matches_index": None}
    try:
        corpus = load_manifest(options.corpus_dir)
        corpus_state["documents"] = [meta.id for meta in corpus.documents]
        corpus_state["problems"] = list(corpus.problems)
        for meta in corpus.documents:
            too_large = oversize(corpus.path(meta), options.max_file_mb)
            if too_large:
                corpus_state["problems"].append(f"{meta.file}: {too_large}")
        if current is not None and not any(b["in_use"] and b["problems"] for b in state["builds"]):
            corpus_state["matches_index"] = read_manifest(current).get("fingerprint") == fingerprint(options, corpus)
    except (HicError, OSError) as exc:
        corpus_state["problems"].append(str(exc))
    lines.append(f"Corpus: {len(corpus_state['documents'])} documenten in het manifest")
    lines += [f"Corpus, probleem: {p}" for p in corpus_state["problems"]]
    if corpus_state["matches_index"] is False:
        lines.append("Corpus: gewijzigd sinds de build in gebruik; werk bij met: hic ingest")

    cache_state = _cache(index_dir, options)
    lines.append(
        f"Embeddingcache: {cache_state['entries']} vectoren ({cache_state['bytes'] / 1e6:.1f} MB), "
        f"{cache_state['unused']} niet gebruikt door een bewaarde build"
        if cache_state["readable"]
        else "Embeddingcache: " + cache_state["problem"]
    )
    usage = shutil.disk_usage(index_dir if index_dir.exists() else index_dir.parent)
    lines.append(f"Schijf: {usage.free / 1e6:.0f} MB vrij")
    return {
        "ok": ok,
        "lines": lines,
        "index": state,
        "corpus": corpus_state,
        "cache": cache_state,
        "build_running": running,
        "free_bytes": usage.free,
    }


def _cache(index_dir: Path, options: IngestOptions) -> dict[str, Any]:
    path = index_dir / "embeddings.sqlite"
    found: dict[str, Any] = {"readable": False, "entries": 0, "bytes": 0, "unused": 0, "problem": "ontbreekt"}
    if not path.is_file():
        return found
    found["bytes"] = path.stat().st_size
    used = keys_in_use(builds(index_dir))
    try:
        # read-only: checking must not change (or need room for) the cache
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            rows = db.execute("SELECT embedder, key FROM vectors").fetchall()
    except sqlite3.Error as exc:
        found["problem"] = f"onleesbaar ({exc})"
        return found
    found.update(
        readable=True,
        entries=len(rows),
        unused=sum(1 for row in rows if (row[0], row[1]) not in used) if used else 0,
        embedder=embedder_id(options),
    )
    return found
