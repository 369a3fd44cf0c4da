"""The ``hic`` command: ingest, docs, figures, search, with Dutch messages for bad input."""

from __future__ import annotations

import json

import pytest

from assistant.cli import main


@pytest.fixture
def env(monkeypatch, tiny_settings):
    monkeypatch.setenv("HIC_CORPUS_DIR", str(tiny_settings.corpus_dir))
    monkeypatch.setenv("HIC_INDEX_DIR", str(tiny_settings.index_dir))
    return tiny_settings


def test_commands_before_ingest_say_to_run_ingest(env, capsys):
    assert main(["docs"]) == 1
    assert "Er is nog geen index" in capsys.readouterr().err
    assert main(["search", "overvallen"]) == 1
    err = capsys.readouterr().err
    assert "Er is nog geen index" in err and "hic ingest" in err
    assert "Traceback" not in err


@pytest.mark.real_model
def test_ingest_docs_figures_and_search(env, capsys):
    assert main(["ingest"]) == 0
    assert "Index gebouwd: 3 documenten" in capsys.readouterr().out
    assert main(["ingest"]) == 0
    assert "Index is actueel" in capsys.readouterr().out

    assert main(["docs", "--json"]) == 0
    docs = json.loads(capsys.readouterr().out)
    assert [d["id"] for d in docs] == ["brief-2021", "brief-2022", "brief-2025"]
    assert all(d["indexed"] and d["chunks"] > 0 for d in docs)

    assert main(["figures", "--metric", "woninginbraken", "--period", "2015", "--doc", "brief-2025"]) == 0
    out = capsys.readouterr().out
    assert "64.560" in out and "brief-2025" in out

    assert main(["search", "aanslagen met explosieven", "-k", "2", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert len(hits) == 2 and hits[0]["rank"] == 1


def test_an_empty_search_question_is_refused_in_dutch(env, capsys):
    assert main(["search", "   "]) == 2
    assert "de zoekvraag is leeg" in capsys.readouterr().err


def test_ingest_names_a_broken_file_and_keeps_going(env, capsys, hash_embedder, monkeypatch):
    import index.build

    monkeypatch.setattr(index.build, "load_embedder", lambda settings: hash_embedder)
    (env.corpus_dir / "brief-2022-excerpt.md").write_text("", encoding="utf-8")
    assert main(["ingest"]) == 0
    captured = capsys.readouterr()
    assert "Let op: brief-2022-excerpt.md: het bestand is leeg" in captured.err
    assert "Index gebouwd: 2 documenten" in captured.out


def test_an_invalid_manifest_is_reported_without_traceback(env, capsys):
    (env.corpus_dir / "manifest.toml").write_text("[[documents]\n", encoding="utf-8")
    assert main(["ingest"]) == 1
    err = capsys.readouterr().err
    assert "Probleem met het corpus" in err and "manifest.toml" in err and "Traceback" not in err
