"""The evaluation gate: the assistant must hold the floors reached on the dev set and on
the untuned test set, and every quote of every answer must be verbatim."""

from __future__ import annotations

import json

import pytest

from eval.run import BLIND, DEFAULT_QUESTIONS, GATES, SETS, evaluate, format_table, grade, load_questions, passes

pytestmark = pytest.mark.real_model


def test_the_question_set_is_complete_and_grounded(documents):
    items = load_questions(DEFAULT_QUESTIONS)
    assert len(items) >= 80
    assert len({i["id"] for i in items}) == len(items)
    assert sum(not i["answerable"] for i in items) >= 12
    assert {"figure", "fact", "list", "definition", "trend", "conflict", "unanswerable"} <= {i["kind"] for i in items}


@pytest.mark.parametrize("name", list(SETS))
def test_the_gate(assistant, tmp_path, name):
    report = evaluate(assistant, SETS[name])
    (tmp_path / "report.json").write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    print(format_table(report, blind=name in BLIND))
    failed = passes(report, GATES[name])
    assert not failed, failed
    for result in report["questions"]:
        assert result["citations_valid"], result["id"]


def test_an_answer_that_misses_an_unanswerable_part_or_the_verdict_is_wrong():
    item = {
        "id": "x",
        "kind": "multipart",
        "question": "Hoeveel A in 2024 en hoeveel B in 2024?",
        "answerable": True,
        "expect": ["2.813"],
        "docs": ["hic-2025"],
        "parts": [{"part": "A", "answerable": True, "expect": ["2.813"]}, {"part": "B", "answerable": False, "expect": []}],
    }
    silent = {"answer": "In 2024 zijn 2.813 straatroven geregistreerd [1].", "refused": False, "citations": []}
    assert grade(item, silent)["wrong"]
    named = silent | {"parts": [{"question": "A", "answered": True}, {"question": "B", "answered": False}]}
    assert grade(item, named)["correct"]
    yes_no = {"id": "y", "kind": "yesno", "answerable": True, "expect": ["2.813"], "docs": [], "verdict": "nee"}
    assert grade(yes_no, {"answer": "Ja, 2.813 [1].", "refused": False, "citations": []})["wrong"]
    assert grade(yes_no, {"answer": "Nee, 2.813 [1].", "refused": False, "citations": []})["correct"]


def test_the_test_sets_failures_are_counted_but_never_shown():
    failure = {"id": "t-1", "kind": "why", "question": "Waarom X?", "correct": False, "refused": True, "answer": ""}
    report = {"overall": {"questions": 1}, "by_kind": {"why": {"questions": 1}}, "questions": [failure]}
    assert "Waarom X?" in format_table(report)
    shown = format_table(report, blind=True)
    assert "Waarom X?" not in shown and "Fout beantwoord: 1" in shown
