"""Feedback is stored with what reproduces the answer, and exported as CSV."""

from __future__ import annotations

import csv
import json

import pytest

from assistant import __version__
from assistant.cli.main import main
from assistant.records import Answer, Citation
from assistant.workbench.feedback import FeedbackStore

ANSWER = Answer(
    "Hoeveel straatroven?",
    "Er waren 2.813 straatroven [1].",
    False,
    (Citation(1, "hic-2025", "T", "2026-04", "S", None, "2024: Straatroven 2.813.", "Ref", 0, 24),),
)


def test_a_rating_records_question_answer_citations_build_and_version(tmp_path):
    store = FeedbackStore(tmp_path / "sub" / "feedback.sqlite")
    store.record("down", ANSWER, "20261123T-abc", "  cijfer klopt niet  ")
    row = store.rows()[0]
    assert (row["rating"], row["comment"], row["question"], row["index_build"], row["app_version"]) == (
        "down",
        "cijfer klopt niet",
        "Hoeveel straatroven?",
        "20261123T-abc",
        __version__,
    )
    assert json.loads(row["citations"])[0]["quote"] == "2024: Straatroven 2.813."


def test_an_answer_has_one_rating_that_can_be_changed_and_commented(tmp_path):
    store = FeedbackStore(tmp_path / "f.sqlite")
    first = store.record("up", ANSWER, "b", answer_id="a-1")
    assert store.record("down", ANSWER, "b", answer_id="a-1") == first
    store.record("up", ANSWER, "b", answer_id="a-2")
    assert store.comment("a-1", "  het cijfer van 2023 ontbreekt ")
    assert not store.comment("a-9", "geen beoordeling")
    rows = {r["answer_id"]: r for r in store.rows()}
    assert len(rows) == 2 and rows["a-1"]["rating"] == "down" and rows["a-1"]["comment"] == "het cijfer van 2023 ontbreekt"


def test_a_store_from_before_per_answer_ratings_is_upgraded_in_place(tmp_path):
    import sqlite3

    db = tmp_path / "old.sqlite"
    with sqlite3.connect(db) as old:
        old.execute(
            "CREATE TABLE feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, created TEXT, rating TEXT, comment TEXT, "
            "question TEXT, answer TEXT, refused INTEGER, citations TEXT, index_build TEXT, app_version TEXT)"
        )
        old.execute("INSERT INTO feedback (rating, question) VALUES ('up', 'oud')")
    store = FeedbackStore(db)
    store.record("down", ANSWER, "b", answer_id="a-1")
    assert [(r["question"], r["answer_id"]) for r in store.rows()] == [("oud", None), ("Hoeveel straatroven?", "a-1")]


def test_an_unknown_rating_is_refused(tmp_path):
    with pytest.raises(ValueError):
        FeedbackStore(tmp_path / "f.sqlite").record("meh", ANSWER, "b")  # type: ignore[arg-type]


def test_hic_feedback_export_writes_csv(tmp_path, monkeypatch, capsys):
    db = tmp_path / "feedback.sqlite"
    FeedbackStore(db).record("up", ANSWER, "build-1")
    monkeypatch.setenv("HIC_FEEDBACK_DB", str(db))
    out = tmp_path / "export.csv"
    assert main(["feedback", "export", "--out", str(out)]) == 0
    assert "1 beoordelingen" in capsys.readouterr().out
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["rating"] == "up" and rows[0]["answer"] == "Er waren 2.813 straatroven [1]."
