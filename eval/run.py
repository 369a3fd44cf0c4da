"""Evaluation: run the assistant on the gold questions and score it.

Each line of ``questions.jsonl``::

    {"id": "fig-01", "kind": "figure", "question": "...", "answerable": true,
     "expect": ["2.813"], "docs": ["hic-2025"]}

``expect`` lists facts that a correct answer states (figures exactly as printed, key
words); ``docs`` the documents that support them. An unanswerable question is scored
correct when the assistant refuses. A follow-up case gives ``turns`` instead of
``question``: a short conversation whose last answer is scored.
"""

from __future__ import annotations

import json
import statistics
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from assistant.answer.engine import Assistant
from assistant.answer.session import Session
from index.text import split_sentences

DEFAULT_QUESTIONS = Path(__file__).parent / "questions.jsonl"
# metric -> (comparison, threshold): the gate `make test` enforces.
GATE: dict[str, tuple[str, float]] = {
    "accuracy": (">=", 0.90),
    "citation_validity": ("==", 1.00),
    "refusal_recall": (">=", 0.90),
    "false_refusal_rate": ("<=", 0.05),
}


def load_questions(path: Path) -> list[dict[str, Any]]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("//")
    ]


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _sentences(answer: str) -> list[str]:
    return [answer[a:b] for a, b in split_sentences(answer)]


def score_one(assistant: Assistant, item: dict[str, Any]) -> dict[str, Any]:
    """Ask one question (or play a short conversation and take its last answer) and score
    the answer against its gold facts."""
    started = time.perf_counter()
    if "turns" in item:
        session = Session(assistant)
        for turn in item["turns"]:
            started = time.perf_counter()
            answer = session.ask(turn)
        item = {**item, "question": " / ".join(item["turns"])}
    else:
        answer = assistant.ask(item["question"])
    latency = (time.perf_counter() - started) * 1000
    answerable = item.get("answerable", True)
    expected = [_norm(e) for e in item.get("expect", [])]
    text = _norm(answer.answer)
    documents = assistant.index.documents
    valid = all(
        c.doc_id in documents and documents[c.doc_id].text[c.start : c.end] == c.quote and c.quote in documents[c.doc_id].text
        for c in answer.citations
    )
    result: dict[str, Any] = {
        "id": item["id"],
        "kind": item["kind"],
        "question": item["question"],
        "answerable": answerable,
        "refused": answer.refused,
        "answer": answer.answer,
        "citations_valid": valid,
        "words": len(answer.answer.split()),
        "latency_ms": latency,
    }
    if answerable:
        result["correct"] = not answer.refused and all(e in text for e in expected)
        result["supported"] = (
            any(e in _norm(c.quote) for c in answer.citations for e in expected) if expected else bool(answer.citations)
        )
        first = _norm(_sentences(answer.answer)[0]) if answer.answer else ""
        result["direct"] = bool(first) and not answer.refused and any(e in first for e in expected)
        hits = assistant.retriever.retrieve(answer.question if "turns" in item else item["question"])
        rank = next(
            (
                h.rank
                for h in hits
                if h.chunk.doc_id in item.get("docs", [h.chunk.doc_id])
                and (not expected or any(e in _norm(h.chunk.text) for e in expected))
            ),
            None,
        )
        result["retrieval_rank"] = rank
    else:
        result["correct"] = answer.refused
    return result


def evaluate(assistant: Assistant, path: Path = DEFAULT_QUESTIONS) -> dict[str, Any]:
    """Score the assistant on every question of ``path``; returns the report."""
    items = load_questions(path)
    assistant.ask(items[0]["question"])  # warm-up, so latency is the warm figure
    results = [score_one(assistant, item) for item in items]
    report = {"overall": _aggregate(results), "by_kind": {}, "questions": results}
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in results:
        by_kind[r["kind"]].append(r)
    report["by_kind"] = {kind: _aggregate(rs) for kind, rs in sorted(by_kind.items())}
    return report


def _aggregate(results: list[dict[str, Any]]) -> dict[str, Any]:
    answerable = [r for r in results if r["answerable"]]
    unanswerable = [r for r in results if not r["answerable"]]
    ranks = [r.get("retrieval_rank") for r in answerable]
    latencies = sorted(r["latency_ms"] for r in results)

    def share(rs: list[dict[str, Any]], key: str) -> float | None:
        return round(sum(bool(r[key]) for r in rs) / len(rs), 3) if rs else None

    return {
        "questions": len(results),
        "accuracy": share(results, "correct"),
        "citation_validity": share(results, "citations_valid"),
        "support": share(answerable, "supported"),
        "direct_first_sentence": share(answerable, "direct"),
        "refusal_recall": share(unanswerable, "refused"),
        "false_refusal_rate": share(answerable, "refused"),
        "hit_at_5": round(sum(1 for r in ranks if r and r <= 5) / len(ranks), 3) if ranks else None,
        "mrr": round(sum(1 / r for r in ranks if r) / len(ranks), 3) if ranks else None,
        "median_words": statistics.median(r["words"] for r in answerable) if answerable else None,
        "latency_p50_ms": round(latencies[len(latencies) // 2], 1) if latencies else None,
        "latency_p95_ms": round(latencies[min(len(latencies) - 1, int(0.95 * (len(latencies) - 1) + 0.5))], 1)
        if latencies
        else None,
    }


FUSION_VARIANTS: dict[str, dict[str, Any]] = {
    "bm25 alleen": {"use": ("bm25",)},
    "dense alleen": {"use": ("dense",)},
    "RRF (k=60)": {"mode": "reciprocal_rerank"},
    "relative score 0.5/0.5": {"mode": "relative_score", "weights": (0.5, 0.5)},
    "relative score 0.3/0.7": {"mode": "relative_score", "weights": (0.3, 0.7)},
    "relative score 0.7/0.3": {"mode": "relative_score", "weights": (0.7, 0.3)},
    "dist-based 0.5/0.5": {"mode": "dist_based_score", "weights": (0.5, 0.5)},
    "dist-based 0.3/0.7": {"mode": "dist_based_score", "weights": (0.3, 0.7)},
    "dist-based 0.7/0.3": {"mode": "dist_based_score", "weights": (0.7, 0.3)},
}


def compare_fusion(assistant: Assistant, path: Path = DEFAULT_QUESTIONS) -> dict[str, dict[str, float]]:
    """Retrieval hit@5 and MRR over the answerable questions for each fusion variant."""
    from assistant.answer.retrieve import HybridRetriever

    items = [q for q in load_questions(path) if q.get("answerable", True) and "question" in q]
    embedder = assistant.retriever.embedder
    results = {}
    for name, options in FUSION_VARIANTS.items():
        retriever = HybridRetriever(assistant.index, embedder, top_k=5, candidates=30, **options)
        ranks = []
        for item in items:
            expected = [_norm(e) for e in item.get("expect", [])]
            hits = retriever.retrieve(item["question"])
            ranks.append(
                next(
                    (
                        h.rank
                        for h in hits
                        if h.chunk.doc_id in item.get("docs", [h.chunk.doc_id])
                        and (not expected or any(e in _norm(h.chunk.text) for e in expected))
                    ),
                    None,
                )
            )
        results[name] = {
            "hit_at_5": round(sum(1 for r in ranks if r) / len(ranks), 3),
            "mrr": round(sum(1 / r for r in ranks if r) / len(ranks), 3),
        }
    return results


def passes(report: dict[str, Any]) -> list[str]:
    """The gate: a line per threshold that is not met (empty when all pass)."""
    failed = []
    overall = report["overall"]
    for metric, (op, threshold) in GATE.items():
        value = overall.get(metric)
        ok = value is not None and {">=": value >= threshold, "<=": value <= threshold, "==": value == threshold}[op]
        if not ok:
            failed.append(f"{metric} = {value} (moet {op} {threshold})")
    return failed


def format_table(report: dict[str, Any]) -> str:
    """The report as a plain-text table: overall, then one row per kind."""
    columns = [
        "questions",
        "accuracy",
        "citation_validity",
        "support",
        "direct_first_sentence",
        "refusal_recall",
        "false_refusal_rate",
        "hit_at_5",
        "mrr",
        "median_words",
        "latency_p50_ms",
        "latency_p95_ms",
    ]
    short = ["n", "acc", "cite", "supp", "direct", "refuse", "falseref", "hit@5", "mrr", "words", "p50ms", "p95ms"]
    rows = [("overall", report["overall"])] + list(report["by_kind"].items())
    lines = [f"{'kind':<14}" + "".join(f"{s:>9}" for s in short)]
    for name, agg in rows:
        lines.append(f"{name:<14}" + "".join(f"{_cell(agg.get(c)):>9}" for c in columns))
    wrong = [r for r in report["questions"] if not r["correct"]]
    if wrong:
        lines.append("\nFout beantwoord:")
        lines.extend(f"  {r['id']}: {r['question']} -> {'WEIGERT' if r['refused'] else r['answer'][:120]}" for r in wrong)
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}" if value <= 1 else f"{value:.0f}"
    return str(value)
