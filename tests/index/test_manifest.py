"""The corpus manifest and its consistency with the files."""

from __future__ import annotations

import pytest

from assistant.errors import ManifestError
from index.manifest import load_manifest
from tests.conftest import CORPUS


def test_the_real_manifest_lists_all_five_documents_without_problems():
    corpus = load_manifest(CORPUS)
    assert corpus.problems == ()
    assert [d.id for d in corpus.documents] == ["hic-2021", "hic-2022", "beslisnota-2022", "actieprogramma-tfo", "hic-2025"]
    letter = next(d for d in corpus.documents if d.id == "hic-2022")
    assert letter.kenmerk == "4355467" and letter.date == "2022-12-14"
    assert letter.reference == "Voortgangsrapportage HIC 2021-2022, Kamerbrief van 14 december 2022, kenmerk 4355467"


def test_an_entry_without_file_is_reported_by_name(tiny_corpus):
    (tiny_corpus / "brief-2021-excerpt.txt").unlink()
    corpus = load_manifest(tiny_corpus)
    assert [d.id for d in corpus.documents] == ["brief-2022", "brief-2025"]
    assert any("brief-2021-excerpt.txt" in p and "ontbreekt" in p for p in corpus.problems)
    assert "brief-2021" in corpus.dropped


def test_a_file_without_entry_is_reported_by_name(tiny_corpus):
    (tiny_corpus / "extra-notitie.txt").write_text("Een los document.", encoding="utf-8")
    corpus = load_manifest(tiny_corpus)
    assert len(corpus.documents) == 3
    assert any(p.startswith("extra-notitie.txt") and "zonder entry" in p for p in corpus.problems)


def test_an_entry_with_a_bad_field_is_left_out_and_named(tiny_corpus):
    manifest = tiny_corpus / "manifest.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace('date = "2021-09"', 'date = "september 2021"'), encoding="utf-8"
    )
    corpus = load_manifest(tiny_corpus)
    assert "brief-2021" not in [d.id for d in corpus.documents]
    assert any("brief-2021-excerpt.txt" in p and "ISO" in p for p in corpus.problems)


def test_invalid_toml_is_a_manifest_error(tiny_corpus):
    (tiny_corpus / "manifest.toml").write_text("[[documents]\nid = ", encoding="utf-8")
    with pytest.raises(ManifestError, match="manifest.toml"):
        load_manifest(tiny_corpus)


def test_missing_manifest_is_a_manifest_error(tiny_corpus):
    (tiny_corpus / "manifest.toml").unlink()
    with pytest.raises(ManifestError, match="ontbreekt"):
        load_manifest(tiny_corpus)
