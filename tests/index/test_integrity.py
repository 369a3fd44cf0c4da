"""Builds that check themselves: damage found on open, repaired from the cache, a full disk
that leaves nothing behind, limits on input, retention and cache pruning."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections import namedtuple
from pathlib import Path

import pytest

import index.build as build_module
from assistant.config import Settings
from assistant.errors import DiskFull, IndexDamaged
from index.build import build_index
from index.check import check
from index.store import CACHE_KEYS, builds, current_build, open_index, verify_build


def _hashes(build: Path) -> dict[str, str]:
    return {p.relative_to(build).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in build.rglob("*") if p.is_file()}


def test_reading_a_build_changes_none_of_its_files(tiny_settings, hash_embedder):
    from assistant.answer.retrieve import HybridRetriever

    build_index(tiny_settings, embedder=hash_embedder)
    build = current_build(tiny_settings.index_dir)
    before = _hashes(build)
    index = open_index(tiny_settings.index_dir)
    hits = HybridRetriever(index, hash_embedder, top_k=2).retrieve("overvallen")
    assert hits and _hashes(build) == before
    assert verify_build(build, deep=True) == []


def test_the_manifest_lists_every_file_with_its_size_and_hash(tiny_settings, hash_embedder):
    build_index(tiny_settings, embedder=hash_embedder)
    build = current_build(tiny_settings.index_dir)
    listed = json.loads((build / "manifest.json").read_text(encoding="utf-8"))["artefacts"]
    files = {p.relative_to(build).as_posix() for p in build.rglob("*") if p.is_file()} - {"manifest.json"}
    assert set(listed) == files
    assert {"figures.json", "chunks.jsonl", "chroma/chroma.sqlite3", CACHE_KEYS} <= files
    assert all(len(entry["sha256"]) == 64 and entry["size"] >= 0 for entry in listed.values())


@pytest.mark.parametrize(
    "damage",
    ["truncate chroma", "delete bm25", "garbage figures", "delete documents", "truncate chunks"],
)
def test_each_kind_of_damage_is_named_on_open_and_repaired_without_reembedding(tiny_settings, hash_embedder, damage):
    first = build_index(tiny_settings, embedder=hash_embedder)
    build = current_build(tiny_settings.index_dir)
    if damage == "truncate chroma":
        path = build / "chroma" / "chroma.sqlite3"
        path.write_bytes(path.read_bytes()[:4096])
    elif damage == "delete bm25":
        shutil.rmtree(build / "bm25")
    elif damage == "garbage figures":
        (build / "figures.json").write_text("{garbage", encoding="utf-8")
    elif damage == "delete documents":
        for path in (build / "documents").glob("*.json"):
            path.unlink()
    else:
        path = build / "chunks.jsonl"
        path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(IndexDamaged):
        index = open_index(tiny_settings.index_dir)
        index.vector_store  # noqa: B018
        index.bm25  # noqa: B018
    state = check(tiny_settings)
    assert not state["ok"] and any("BESCHADIGD" in line for line in state["lines"])
    calls = hash_embedder.calls
    report = build_index(tiny_settings, embedder=hash_embedder)
    assert report.status == "repaired" and report.damage and report.embedded == 0
    assert hash_embedder.calls == calls  # every vector came from the cache
    repaired = open_index(tiny_settings.index_dir)
    assert len(repaired.chunks) == first.chunks and repaired.vector_store.client.count() == first.chunks
    assert check(tiny_settings)["ok"]


def test_a_build_whose_files_are_fine_but_a_byte_changed_is_found_by_check_only(tiny_settings, hash_embedder):
    build_index(tiny_settings, embedder=hash_embedder)
    build = current_build(tiny_settings.index_dir)
    path = build / "figures.json"
    data = bytearray(path.read_bytes())
    data[-3] = ord("9") if data[-3] != ord("9") else ord("8")  # same size, other content
    path.write_bytes(bytes(data))
    assert verify_build(build) == []  # the cheap check on every open: sizes only
    assert any("figures.json" in p for p in verify_build(build, deep=True))
    assert not check(tiny_settings)["ok"]
    assert build_index(tiny_settings, embedder=hash_embedder).status == "repaired"


def test_too_little_free_space_refuses_the_build_before_writing(tiny_settings, hash_embedder, monkeypatch):
    build_index(tiny_settings, embedder=hash_embedder)
    before = current_build(tiny_settings.index_dir)
    (tiny_settings.corpus_dir / "brief-2021-excerpt.txt").open("a", encoding="utf-8").write("\nNieuwe zin.\n")
    Usage = namedtuple("Usage", "total used free")
    monkeypatch.setattr(build_module.shutil, "disk_usage", lambda path: Usage(10**9, 10**9 - 1_000_000, 1_000_000))
    with pytest.raises(DiskFull) as raised:
        build_index(tiny_settings, embedder=hash_embedder)
    assert raised.value.needed > raised.value.free == 1_000_000
    assert current_build(tiny_settings.index_dir) == before
    assert [b.name for b in builds(tiny_settings.index_dir)] == [before.name]
    assert not list((tiny_settings.index_dir / "builds").glob("*.tmp"))


def test_a_write_that_runs_out_of_space_removes_its_own_staging_and_keeps_current(tiny_settings, hash_embedder, monkeypatch):
    build_index(tiny_settings, embedder=hash_embedder)
    before = current_build(tiny_settings.index_dir)
    real_write = build_module.write_build

    def write_until_full(build_dir, *args, **kwargs):
        real_write(build_dir, *args, **kwargs)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(build_module, "write_build", write_until_full)
    with pytest.raises(DiskFull):
        build_index(tiny_settings, rebuild=True, embedder=hash_embedder)
    assert current_build(tiny_settings.index_dir) == before
    assert not list((tiny_settings.index_dir / "builds").glob("*.tmp"))
    assert open_index(tiny_settings.index_dir).path == before


def test_a_file_over_the_size_limit_is_skipped_and_keeps_its_indexed_version(tiny_settings, hash_embedder):
    build_index(tiny_settings, embedder=hash_embedder)
    path = tiny_settings.corpus_dir / "brief-2025-excerpt.txt"
    path.write_text(path.read_text(encoding="utf-8") + "woord " * 300_000, encoding="utf-8")
    small = tiny_settings.model_copy(update={"max_file_mb": 1.0})
    calls = hash_embedder.calls
    report = build_index(small, embedder=hash_embedder)
    assert any("brief-2025-excerpt.txt" in p and "groter dan de limiet van 1 MB" in p for p in report.problems)
    assert report.kept == ("brief-2025",) and hash_embedder.calls == calls


def test_old_builds_beyond_the_retention_go_and_the_cache_keeps_only_what_kept_builds_use(tiny_settings, hash_embedder):
    settings = tiny_settings.model_copy(update={"keep_builds": 1})
    build_index(settings, embedder=hash_embedder)
    path = settings.corpus_dir / "brief-2021-excerpt.txt"
    original = path.read_text(encoding="utf-8")
    path.write_text(original + "\nEen tijdelijke alinea over heling.\n", encoding="utf-8")
    build_index(settings, embedder=hash_embedder)
    path.write_text(original, encoding="utf-8")
    report = build_index(settings, embedder=hash_embedder)
    assert len(builds(settings.index_dir)) == 1
    assert report.pruned >= 1  # the vector of the temporary paragraph's chunk
    state = check(settings)
    assert state["cache"]["unused"] == 0 and state["cache"]["entries"] == report.chunks


def test_check_reports_a_healthy_index_and_a_missing_one(tiny_settings, hash_embedder, tmp_path):
    missing = check(Settings(corpus_dir=tiny_settings.corpus_dir, index_dir=tmp_path / "leeg"))
    assert not missing["ok"] and "hic ingest" in missing["lines"][0]
    build_index(tiny_settings, embedder=hash_embedder)
    state = check(tiny_settings)
    assert state["ok"] and state["corpus"]["matches_index"] is True and not state["build_running"]
    assert any("in gebruik): in orde" in line for line in state["lines"])
