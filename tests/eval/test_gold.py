"""The gold sets are checked against the delivered documents, not against the assistant."""

from __future__ import annotations

import json

from eval.gold import CORPUS, check, delivered_texts, problems

EVAL = CORPUS.parent / "eval"


def test_every_expected_fact_of_every_set_is_printed_in_its_documents():
    texts = delivered_texts()
    for name in (
        "questions.jsonl",
        "testset.jsonl",
        "dev_shapes.jsonl",
        "dev2.jsonl",
        "dev3.jsonl",
        "dev4.jsonl",
        "dev5.jsonl",
        "dev6.jsonl",
        "dev7.jsonl",
        "dev8.jsonl",
        "dev9.jsonl",
        "dev10.jsonl",
        "dev11.jsonl",
        "dev12.jsonl",
        "dev13.jsonl",
        "dev14.jsonl",
    ):
        assert check(EVAL / name, texts) == {}, name


def test_a_fact_the_documents_do_not_print_is_reported():
    texts = delivered_texts()
    item = {"id": "x", "kind": "figure", "question": "?", "answerable": True, "expect": ["2.814"], "docs": ["hic-2025"]}
    assert problems(item, texts) == ["'2.814' is printed in none of ['hic-2025']"]


def test_the_test_set_is_large_and_spread_over_every_document_and_shape():
    items = [json.loads(line) for line in (EVAL / "testset.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(items) >= 250
    docs = {d for item in items for d in item["docs"]}
    assert docs == set(delivered_texts())
    kinds = {item["kind"] for item in items}
    assert {"multipart", "kamervraag", "comparison", "why", "acronym", "docmeta", "subgroup", "nearmiss"} <= kinds
