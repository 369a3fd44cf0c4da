"""The ``hic`` command: ingest, docs, figures, search, with Dutch messages for bad input."""

from __future__ import annotations

import argparse
import json

import pytest

from assistant.cli.main import main


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
    listing = json.loads(capsys.readouterr().out)
    docs = listing["documents"]
    assert [d["id"] for d in docs] == ["brief-2021", "brief-2022", "brief-2025"]
    assert all(d["indexed"] and d["chunks"] > 0 for d in docs) and listing["problems"] == []

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
    import index.embed

    monkeypatch.setattr(index.embed, "load_embedder", lambda settings: hash_embedder)
    (env.corpus_dir / "brief-2022-excerpt.md").write_text("", encoding="utf-8")
    assert main(["ingest"]) == 3  # built, but a document was skipped: a script can tell
    captured = capsys.readouterr()
    assert "Let op: brief-2022-excerpt.md: het bestand is leeg" in captured.err
    assert "Index gebouwd: 2 documenten" in captured.out


def test_docs_lists_the_build_in_use_and_apart_from_it_the_corpus_problems(env, capsys, hash_embedder, monkeypatch):
    import index.embed

    monkeypatch.setattr(index.embed, "load_embedder", lambda settings: hash_embedder)
    assert main(["ingest"]) == 0
    (env.corpus_dir / "brief-2021-excerpt.txt").unlink()  # gone from the folder, still in the index
    capsys.readouterr()
    assert main(["docs", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert [d["id"] for d in listing["documents"]] == ["brief-2021", "brief-2022", "brief-2025"]
    assert any("brief-2021-excerpt.txt" in p and "ontbreekt" in p for p in listing["problems"])
    (env.corpus_dir / "manifest.toml").write_text("[[documents]\n", encoding="utf-8")
    assert main(["docs"]) == 0
    out = capsys.readouterr().out
    assert out.count("chunks,") == 3 and "Problemen in het corpus:" in out and "manifest.toml" in out


def test_an_invalid_manifest_is_reported_without_traceback(env, capsys):
    (env.corpus_dir / "manifest.toml").write_text("[[documents]\n", encoding="utf-8")
    assert main(["ingest"]) == 1
    err = capsys.readouterr().err
    assert "Probleem met het corpus" in err and "manifest.toml" in err and "Traceback" not in err


@pytest.mark.real_model
def test_ask_jsonl_answers_in_order(monkeypatch, real_settings, tmp_path, capsys):
    monkeypatch.setenv("HIC_INDEX_DIR", str(real_settings.index_dir))
    questions = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"question": "Hoeveel straatroven waren er in 2024?"}),
        "geen json",
        json.dumps({"question": "Hoeveel overvallen waren er in 2030?"}),
        json.dumps({"question": ""}),
    ]
    questions.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["ask", "--jsonl", str(questions)]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["question"] for o in out] == [
        "Hoeveel straatroven waren er in 2024?",
        None,
        "Hoeveel overvallen waren er in 2030?",
        "",
    ]
    assert "2.813" in out[0]["answer"] and not out[0]["refused"]
    assert out[1]["refused"] and "Regel 2" in out[1]["message"]
    assert out[2]["refused"]
    assert out[3]["refused"] and "leeg" in out[3]["message"]


@pytest.mark.real_model
def test_ask_prints_the_answer_with_numbered_sources(monkeypatch, real_settings, capsys):
    monkeypatch.setenv("HIC_INDEX_DIR", str(real_settings.index_dir))
    assert main(["ask", "Hoeveel straatroven waren er in 2024?"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("In 2024 zijn 2.813 straatroven geregistreerd [1].")
    assert "Bronnen:\n[1] Voortgangsrapportage High Impact Crimes 2024-2025" in out
    assert main(["ask", "  "]) == 2
    assert "de vraag is leeg" in capsys.readouterr().err


@pytest.mark.real_model
def test_figures_conflicts_lists_the_disagreements(monkeypatch, real_settings, capsys):
    monkeypatch.setenv("HIC_INDEX_DIR", str(real_settings.index_dir))
    assert main(["figures", "--conflicts", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    straatroven = next(r for r in rows if r["metric"] == "straatroven" and r["period"] == "2021")
    assert straatroven["value"] == "2.321" and "2.318" in {o["value"] for o in straatroven["others"]}
    assert main(["figures", "--series", "onzin"]) == 2


@pytest.mark.real_model
def test_chat_reads_follow_ups_from_standard_input(monkeypatch, real_settings, capsys):
    import io

    monkeypatch.setenv("HIC_INDEX_DIR", str(real_settings.index_dir))
    monkeypatch.setattr("sys.stdin", io.StringIO("Hoeveel overvallen waren er in 2021?\nEn in 2022?\nWaar staat dat?\n"))
    assert main(["chat"]) == 0
    out = capsys.readouterr().out
    assert "In 2021 zijn 676 overvallen geregistreerd [1]." in out
    assert "Opgevat als: Hoeveel overvallen waren er in 2022?" in out and "670" in out
    assert "Dat staat in " in out


@pytest.mark.real_model
def test_ask_with_a_period(monkeypatch, real_settings, capsys):
    monkeypatch.setenv("HIC_INDEX_DIR", str(real_settings.index_dir))
    assert main(["ask", "--period", "2015-2020", "Hoe ontwikkelde het aantal straatroven zich?"]) == 0
    out = capsys.readouterr().out
    assert "4.731 in 2015" in out and "3.184 in 2020" in out
    assert main(["ask", "--period", "2030", "Wat doet AJB?"]) == 0
    assert capsys.readouterr().out.startswith("Dit staat niet in de beschikbare documenten.")


@pytest.mark.real_model
def test_a_figure_question_answers_without_loading_the_search_libraries(real_settings):
    """A one-shot figure question needs no search: llama-index and chromadb (seconds to
    import) stay unloaded; a text question loads them."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "HIC_INDEX_DIR": str(real_settings.index_dir), "HIC_CORPUS_DIR": str(real_settings.corpus_dir)}
    probe = (
        "import sys; from assistant.config import Settings; from assistant.cli.common import open_assistant; "
        "a = open_assistant(Settings()); print(a.ask(sys.argv[1]).answer); "
        "print(any(m.startswith(('llama_index', 'chromadb')) for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, "Hoeveel straatroven waren er in 2024?"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout.splitlines()
    assert out == ["In 2024 zijn 2.813 straatroven geregistreerd [1].", "False"]
    out = subprocess.run(
        [sys.executable, "-c", probe, "Wat doet AJB?"], capture_output=True, text=True, check=True, env=env
    ).stdout
    assert "12 en 18 jaar" in out and out.splitlines()[-1] == "True"


def test_an_unexpected_fault_is_one_dutch_sentence_and_a_bad_setting_is_named(env, capsys, monkeypatch):
    import assistant.cli.listing

    def boom(args, settings):
        raise RuntimeError("kapot")

    monkeypatch.setattr(assistant.cli.listing, "cmd_docs", boom)
    monkeypatch.setattr("assistant.cli.main.cmd_docs", boom)
    assert main(["docs"]) == 1
    err = capsys.readouterr().err
    assert "Er ging onverwacht iets mis (RuntimeError: kapot)" in err and "HIC_DEBUG=1" in err and "Traceback" not in err
    monkeypatch.setenv("HIC_MAX_FILE_MB", "veel")
    assert main(["docs"]) == 2
    assert "HIC_MAX_FILE_MB" in capsys.readouterr().err


def test_hic_eval_offers_every_gold_set_by_name():
    from assistant.cli.main import _parser
    from eval.run import SETS

    # (the names are written out in the parser, which does not import the evaluation)
    evaluate = next(action.choices["eval"] for action in _parser()._actions if isinstance(action, argparse._SubParsersAction))
    offered = next(action.choices for action in evaluate._actions if action.dest == "set")
    assert list(offered) == list(SETS)
