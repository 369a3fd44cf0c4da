"""The evaluation gate: the assistant must meet the thresholds on the gold questions, and
every quote of every answer must be verbatim."""

from __future__ import annotations

import json

import pytest

from eval.run import DEFAULT_QUESTIONS, GATE, evaluate, format_table, load_questions, passes

pytestmark = pytest.mark.real_model


def test_the_question_set_is_complete_and_grounded(documents):
    items = load_questions(DEFAULT_QUESTIONS)
    assert len(items) >= 80
    assert len({i["id"] for i in items}) == len(items)
    assert sum(not i["answerable"] for i in items) >= 12
    assert {"figure", "fact", "list", "definition", "trend", "conflict", "unanswerable"} <= {i["kind"] for i in items}
    for item in items:
        if item["answerable"]:
            text = " ".join(documents[d].text for d in item["docs"])
            for fact in item["expect"]:
                assert fact.lower() in text.lower(), (item["id"], fact)


def test_the_gate(assistant, tmp_path):
    report = evaluate(assistant)
    (tmp_path / "report.json").write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    print(format_table(report))
    failed = passes(report)
    assert not failed, failed
    assert report["overall"]["citation_validity"] == GATE["citation_validity"][1]
    for result in report["questions"]:
        assert result["citations_valid"], result["id"]
