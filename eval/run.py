"""Evaluation: run the assistant on the gold questions and score it.

Each line of ``questions.jsonl``::

    {"id": "fig-01", "kind": "figure", "question": "...", "answerable": true,
     "expect": ["2.813"], "docs": ["hic-2025"]}

``expect`` lists facts that a correct answer states (figures exactly as printed, key
words); ``docs`` the documents that support them. An unanswerable question is scored
correct when the assistant refuses. A follow-up case gives ``turns`` instead of
``question``: a short conversation whose last answer is scored. ``verdict`` ("ja"/"nee")
is the word a yes/no answer must start with; ``parts`` (multi-part questions) mark which
sub-questions the documents answer: an answer is correct only when it states every
expected fact *and* reports a part the documents do not answer as not answered.

Sixteen sets (``SETS``): fifteen dev sets that are tuned on (``questions.jsonl``, the first;
``dev_shapes.jsonl``, the shapes it lacked; ``dev2.jsonl`` to ``dev14.jsonl``, written from
the documents alone by helper sessions in the weakest shapes) and ``testset.jsonl``, written
from the documents alone and never tuned on. All are gated (``GATES``); the floors follow
what has been reached, so a regression fails ``make test``.
"""

from __future__ import annotations

import json
import re
import statistics
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from assistant.answer.engine import Assistant
from assistant.answer.session import Session
from eval.gold import delivered_texts, plain
from index.text import split_sentences

DEFAULT_QUESTIONS = Path(__file__).parent / "questions.jsonl"
SHAPE_QUESTIONS = Path(__file__).parent / "dev_shapes.jsonl"
DEV2_QUESTIONS = Path(__file__).parent / "dev2.jsonl"
DEV3_QUESTIONS = Path(__file__).parent / "dev3.jsonl"
DEV4_QUESTIONS = Path(__file__).parent / "dev4.jsonl"
DEV5_QUESTIONS = Path(__file__).parent / "dev5.jsonl"
DEV6_QUESTIONS = Path(__file__).parent / "dev6.jsonl"
DEV7_QUESTIONS = Path(__file__).parent / "dev7.jsonl"
DEV8_QUESTIONS = Path(__file__).parent / "dev8.jsonl"
DEV9_QUESTIONS = Path(__file__).parent / "dev9.jsonl"
DEV10_QUESTIONS = Path(__file__).parent / "dev10.jsonl"
DEV11_QUESTIONS = Path(__file__).parent / "dev11.jsonl"
DEV12_QUESTIONS = Path(__file__).parent / "dev12.jsonl"
DEV13_QUESTIONS = Path(__file__).parent / "dev13.jsonl"
DEV14_QUESTIONS = Path(__file__).parent / "dev14.jsonl"
TEST_QUESTIONS = Path(__file__).parent / "testset.jsonl"
# dev: the first gold set; dev-shapes: dev questions in the shapes the first set lacked
# (multi-part, comparisons, why/how/purpose, documents, sub-groups); dev2: a second set in
# the weakest shapes, written like the test set by a helper that saw only the documents,
# then tuned on; dev3: likewise, for methods, comparisons, prose figures, dates, the
# documents themselves and definitions; dev4: likewise, for the kinds weakest on the test
# set (comparisons, how, why, yes/no, Kamervragen, dates, trends); dev5: likewise, every
# kind, weighted to the weakest; dev6: likewise, weighted to comparisons, yes/no, trends,
# prose figures and Kamervragen; dev7: likewise, every kind, weighted to the weakest on the
# test set; dev8 and dev9: likewise (10th session; dev9 measured only at the session's start and
# end, then added); dev10, dev12 and dev13 likewise (kept unseen for the 11th, 12th and 13th
# sessions, then added); dev14: written blind at the 13th session, weighted to comparisons,
# trends, yes/no and Kamervragen, tuned on; test: never tuned on
SETS = {
    "dev": DEFAULT_QUESTIONS,
    "dev-shapes": SHAPE_QUESTIONS,
    "dev2": DEV2_QUESTIONS,
    "dev3": DEV3_QUESTIONS,
    "dev4": DEV4_QUESTIONS,
    "dev5": DEV5_QUESTIONS,
    "dev6": DEV6_QUESTIONS,
    "dev7": DEV7_QUESTIONS,
    "dev8": DEV8_QUESTIONS,
    "dev9": DEV9_QUESTIONS,
    "dev10": DEV10_QUESTIONS,
    "dev11": DEV11_QUESTIONS,
    "dev12": DEV12_QUESTIONS,
    "dev13": DEV13_QUESTIONS,
    "dev14": DEV14_QUESTIONS,
    "test": TEST_QUESTIONS,
}


# set -> metric -> (comparison, threshold): the gate `make test` enforces. Floors follow
# what has been reached, less one question of slack (a fresh index may order one borderline
# passage differently); never lowered to let a change pass. Issue 9's targets for the test
# set, not yet reached: accuracy >= 0.90, wrong among answered <= 0.03, refusal recall >=
# 0.90, false refusals <= 0.05, direct first sentence >= 0.85, verbatim 1.00.
def _gate(accuracy: float, wrong: float, direct: float, refusal: float, false_refusal: float) -> dict[str, tuple[str, float]]:
    """Floors (and ceilings) for one set; every citation must be valid and verbatim."""
    return {
        "accuracy": (">=", accuracy),
        "wrong_among_answered": ("<=", wrong),
        "citation_validity": ("==", 1.00),
        "verbatim": ("==", 1.00),
        "direct_first_sentence": (">=", direct),
        "refusal_recall": (">=", refusal),
        "false_refusal_rate": ("<=", false_refusal),
    }


GATES: dict[str, dict[str, tuple[str, float]]] = {
    # reached 2026-11-25 (9th to 12th sessions): accuracy / wrong among answered / citations / verbatim /
    # direct / refusal recall / false refusals
    # dev: 0.991 / 0.011 / 1.0 / 1.0 / 0.915 / 1.000 / 0.000
    # 13th session's end: 1.000 / 0.000 / 1.0 / 1.0 / 0.926 / 1.000 / 0.000
    "dev": _gate(accuracy=0.99, wrong=0.011, direct=0.915, refusal=0.938, false_refusal=0.011),
    # dev-shapes: 0.856 / 0.120 / 1.0 / 1.0 / 0.731 / 0.917 / 0.051
    # 12th session's end: 0.889 / 0.104 / 1.0 / 1.0 / 0.731 / 0.917 / 0.026
    # 13th session's end: 0.889 / 0.104 / 1.0 / 1.0 / 0.744 / 0.917 / 0.026
    "dev-shapes": _gate(accuracy=0.877, wrong=0.117, direct=0.731, refusal=0.834, false_refusal=0.039),
    # dev2: 0.761 / 0.168 / 1.0 / 1.0 / 0.640 / 0.889 / 0.104
    # 12th session's end: 0.769 / 0.159 / 1.0 / 1.0 / 0.640 / 0.889 / 0.104
    # 13th session's end: 0.776 / 0.150 / 1.0 / 1.0 / 0.640 / 0.889 / 0.104
    "dev2": _gate(accuracy=0.768, wrong=0.16, direct=0.632, refusal=0.778, false_refusal=0.112),
    # dev3: 0.820 / 0.125 / 1.0 / 1.0 / 0.739 / 0.625 / 0.076
    # 12th session's end: 0.850 / 0.111 / 1.0 / 1.0 / 0.761 / 0.625 / 0.054
    # 13th session's end: 0.850 / 0.111 / 1.0 / 1.0 / 0.761 / 0.625 / 0.054
    "dev3": _gate(accuracy=0.84, wrong=0.123, direct=0.75, refusal=0.5, false_refusal=0.065),
    # dev4: 0.483 / 0.430 on arrival (3rd session); 0.758 / 0.172 / 1.0 / 1.0 / 0.676 / 1.000 / 0.108
    # 12th session's end: 0.783 / 0.167 / 1.0 / 1.0 / 0.685 / 1.000 / 0.081
    # 13th session's end: 0.800 / 0.155 / 1.0 / 1.0 / 0.712 / 1.000 / 0.072
    "dev4": _gate(accuracy=0.791, wrong=0.166, direct=0.702, refusal=0.889, false_refusal=0.082),
    # dev5: 0.450 / 0.444 on arrival (4th session); 0.683 / 0.223 / 1.0 / 1.0 / 0.679 / 0.818 / 0.156
    # 12th session's end: 0.708 / 0.216 / 1.0 / 1.0 / 0.688 / 0.818 / 0.128
    # 13th session's end: 0.717 / 0.216 / 1.0 / 1.0 / 0.688 / 0.909 / 0.119
    "dev5": _gate(accuracy=0.708, wrong=0.227, direct=0.679, refusal=0.818, false_refusal=0.129),
    # dev6: 0.600 / 0.359 on arrival (8th session); 0.790 / 0.160 / 1.0 / 1.0 / 0.727 / 0.917 / 0.091
    # 12th session's end: 0.830 / 0.122 / 1.0 / 1.0 / 0.739 / 0.917 / 0.080
    # 13th session's end: 0.830 / 0.122 / 1.0 / 1.0 / 0.739 / 0.917 / 0.080
    "dev6": _gate(accuracy=0.82, wrong=0.135, direct=0.727, refusal=0.833, false_refusal=0.091),
    # dev7: 0.660 / 0.265 on arrival (9th session); 0.770 / 0.172 / 1.0 / 1.0 / 0.713 / 0.833 / 0.085
    # 12th session's end: 0.810 / 0.146 / 1.0 / 1.0 / 0.702 / 0.833 / 0.064
    # 13th session's end: 0.820 / 0.144 / 1.0 / 1.0 / 0.713 / 0.833 / 0.053
    "dev7": _gate(accuracy=0.81, wrong=0.156, direct=0.702, refusal=0.75, false_refusal=0.064),
    # dev8: 0.655 / 0.275 on arrival (10th session, on the code before it)
    # 0.791 / 0.156 / 1.0 / 1.0 / 0.748 / 0.857 / 0.078
    # 12th session's end: 0.836 / 0.122 / 1.0 / 1.0 / 0.786 / 0.857 / 0.058
    # 13th session's end: 0.845 / 0.121 / 1.0 / 1.0 / 0.796 / 0.857 / 0.049
    "dev8": _gate(accuracy=0.836, wrong=0.132, direct=0.786, refusal=0.714, false_refusal=0.059),
    # dev9: 0.600 / 0.362 on the code at the 10th session's start, 0.636 / 0.319 at its end
    # (never looked at before); tuned on since: 0.673 / 0.284 / 1.0 / 1.0 / 0.709 / 0.857 / 0.087
    # 12th session's end: 0.709 / 0.258 / 1.0 / 1.0 / 0.738 / 0.857 / 0.068
    # 13th session's end: 0.736 / 0.229 / 1.0 / 1.0 / 0.728 / 1.000 / 0.068
    "dev9": _gate(accuracy=0.727, wrong=0.24, direct=0.728, refusal=0.857, false_refusal=0.078),
    # dev10: written blind by a helper at the 11th session's start and kept unseen all session (only its
    # totals read): 0.680 / 0.298 on the code at the start, 0.689 / 0.288 / 1.0 / 1.0 / 0.643 / 1.000 /
    # 0.071 at the end; a dev set from the 12th session on
    # 12th session's end: 0.713 / 0.267 / 1.0 / 1.0 / 0.652 / 1.000 / 0.062
    # 13th session's end: 0.754 / 0.219 / 1.0 / 1.0 / 0.679 / 1.000 / 0.062
    "dev10": _gate(accuracy=0.745, wrong=0.229, direct=0.67, refusal=0.9, false_refusal=0.071),
    # dev11: 0.650 / 0.319 / 1.0 / 1.0 / 0.656 / 0.750 / 0.062 on arrival (11th session; written blind,
    # weighted to comparisons, yes/no, trends and Kamervragen; tuned on); 0.740 / 0.211 / 1.0 / 1.0 /
    # 0.719 / 0.750 / 0.073
    # 12th session's end: 0.770 / 0.187 / 1.0 / 1.0 / 0.729 / 0.750 / 0.062
    # 13th session's end: 0.790 / 0.176 / 1.0 / 1.0 / 0.740 / 1.000 / 0.052
    "dev11": _gate(accuracy=0.78, wrong=0.187, direct=0.729, refusal=0.75, false_refusal=0.063),
    # dev12: written blind by a helper at the 12th session's start and kept unseen all session (only its
    # totals read): 0.630 / 0.337 / 1.0 / 1.0 / 0.690 / 0.875 / 0.090 on the code at the start, 0.648 /
    # 0.315 / 1.0 / 1.0 / 0.690 / 0.875 / 0.090 at the end; a dev set from the 13th session on
    # 13th session's end: 0.676 / 0.290 / 1.0 / 1.0 / 0.710 / 0.875 / 0.080
    "dev12": _gate(accuracy=0.666, wrong=0.302, direct=0.7, refusal=0.75, false_refusal=0.09),
    # dev13: written blind by a helper at the 13th session's start and kept unseen all session (only its
    # totals read): 0.718 / 0.234 on the code at the start; at the end 0.745 / 0.221 / 1.0 / 1.0 / 0.720 /
    # 0.800 / 0.070; a dev set from the 14th session on
    "dev13": _gate(accuracy=0.736, wrong=0.232, direct=0.71, refusal=0.7, false_refusal=0.08),
    # dev14: written blind by a helper during the 13th session, weighted to comparisons, trends, yes/no and
    # Kamervragen, then tuned on: 0.645 / 0.301 on arrival; 0.736 / 0.255 / 1.0 / 1.0 / 0.804 / 1.000 / 0.039
    "dev14": _gate(accuracy=0.727, wrong=0.266, direct=0.794, refusal=0.875, false_refusal=0.049),
    # test (never tuned on): 0.688 / 0.273 / 1.0 / 1.0 / 0.638 / 0.968 / 0.109 at the 12th session's
    # start; 0.715 / 0.254 / 1.0 / 1.0 / 0.659 / 0.968 / 0.092 at its end
    # 13th session's end: 0.723 / 0.244 / 1.0 / 1.0 / 0.668 / 0.968 / 0.092
    "test": _gate(accuracy=0.719, wrong=0.249, direct=0.663, refusal=0.936, false_refusal=0.097),
}
GATE = GATES["dev"]


def load_questions(path: Path) -> list[dict[str, Any]]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("//")
    ]


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _sentences(answer: str) -> list[str]:
    return [answer[a:b] for a, b in split_sentences(answer)]


def grade(item: dict[str, Any], answer: dict[str, Any], delivered: dict[str, str] | None = None) -> dict[str, Any]:
    """Score one answer in its ``hic ask --json`` form against one gold item.

    Args:
        item: the gold item.
        answer: the answer object (``Answer.to_json()`` or a line of ``hic ask --jsonl``).
        delivered: doc id -> the delivered file's text (``eval.gold.plain``); every quote
            must be found in it.
    """
    answerable = item.get("answerable", True)
    expected = [_norm(e) for e in item.get("expect", [])]
    text = _norm(answer.get("answer") or "")
    refused = bool(answer.get("refused"))
    citations = answer.get("citations", [])
    result: dict[str, Any] = {
        "id": item["id"],
        "kind": item["kind"],
        "question": item.get("question") or " / ".join(item.get("turns", [])),
        "answerable": answerable,
        "refused": refused,
        "answer": answer.get("answer") or "",
        "verbatim": all(delivered is None or plain(c["quote"]) in delivered.get(c["doc_id"], "") for c in citations),
        "words": len(text.split()),
    }
    if answerable:
        sentences = _sentences(answer.get("answer") or "")
        first = _norm(sentences[0]) if sentences else ""
        verdict = item.get("verdict")
        verdict_ok = verdict is None or re.match(rf"{verdict}\b", first) is not None
        # a part the documents do not answer must be reported as not answered
        gap_ok = all(part.get("answerable", True) for part in item.get("parts", [])) or any(
            not part.get("answered", True) for part in answer.get("parts", [])
        )
        result["correct"] = not refused and all(e in text for e in expected) and verdict_ok and gap_ok
        result["supported"] = any(e in _norm(c["quote"]) for c in citations for e in expected) if expected else bool(citations)
        result["direct"] = bool(first) and not refused and (any(e in first for e in expected) or bool(verdict and verdict_ok))
    else:
        result["correct"] = refused
    result["wrong"] = not refused and not result["correct"]
    return result


def score_one(assistant: Assistant, item: dict[str, Any], delivered: dict[str, str] | None = None) -> dict[str, Any]:
    """Ask one question (or play a short conversation and take its last answer) and score
    the answer against its gold facts (``grade``), with citation offsets, retrieval rank
    and latency."""
    started = time.perf_counter()
    if "turns" in item:
        session = Session(assistant)
        for turn in item["turns"]:
            started = time.perf_counter()
            answer = session.ask(turn)
    else:
        answer = assistant.ask(item["question"])
    latency = (time.perf_counter() - started) * 1000
    result = grade(item, answer.to_json(), delivered)
    documents = assistant.index.documents
    result["citations_valid"] = all(
        c.doc_id in documents and documents[c.doc_id].text[c.start : c.end] == c.cleaned for c in answer.citations
    )
    result["latency_ms"] = latency
    if result["answerable"]:
        expected = [_norm(e) for e in item.get("expect", [])]
        hits = assistant.retriever.retrieve(answer.question if "turns" in item else item["question"])
        result["retrieval_rank"] = next(
            (
                h.rank
                for h in hits
                if h.chunk.doc_id in item.get("docs", [h.chunk.doc_id])
                and (not expected or any(e in _norm(h.chunk.text) for e in expected))
            ),
            None,
        )
    return result


def grade_answers(path: Path, answers: Path, corpus: Path) -> dict[str, Any]:
    """Score saved answers (one ``hic ask --jsonl`` line per question of ``path``, in order):
    the same report as ``evaluate`` without retrieval, latency and offset checks."""
    items = load_questions(path)
    lines = [json.loads(line) for line in answers.read_text(encoding="utf-8").splitlines() if line.strip()]
    if len(lines) != len(items):
        raise ValueError(f"{answers}: {len(lines)} antwoorden voor {len(items)} vragen")
    delivered = delivered_texts(corpus)
    return _report([grade(item, answer, delivered) for item, answer in zip(items, lines, strict=True)])


def evaluate(assistant: Assistant, path: Path = DEFAULT_QUESTIONS) -> dict[str, Any]:
    """Score the assistant on every question of ``path``; returns the report."""
    items = load_questions(path)
    assistant.ask(items[0].get("question", "Hoeveel straatroven waren er in 2024?"))  # warm-up: latency is the warm figure
    delivered = delivered_texts(assistant.settings.corpus_dir)
    return _report([score_one(assistant, item, delivered) for item in items])


def _report(results: list[dict[str, Any]]) -> dict[str, Any]:
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in results:
        by_kind[r["kind"]].append(r)
    return {
        "overall": _aggregate(results),
        "by_kind": {kind: _aggregate(rs) for kind, rs in sorted(by_kind.items())},
        "questions": results,
    }


def _aggregate(results: list[dict[str, Any]]) -> dict[str, Any]:
    answerable = [r for r in results if r["answerable"]]
    unanswerable = [r for r in results if not r["answerable"]]
    ranks = [r.get("retrieval_rank") for r in answerable if "retrieval_rank" in r]
    latencies = sorted(r["latency_ms"] for r in results if "latency_ms" in r)

    def share(rs: list[dict[str, Any]], key: str) -> float | None:
        rs = [r for r in rs if key in r]
        return round(sum(bool(r[key]) for r in rs) / len(rs), 3) if rs else None

    answered = [r for r in results if not r["refused"]]
    return {
        "questions": len(results),
        "accuracy": share(results, "correct"),
        "wrong_among_answered": share(answered, "wrong"),
        "citation_validity": share(results, "citations_valid"),
        "verbatim": share(results, "verbatim"),
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


def passes(report: dict[str, Any], gate: dict[str, tuple[str, float]] = GATE) -> list[str]:
    """The gate: a line per threshold that is not met (empty when all pass)."""
    failed = []
    overall = report["overall"]
    for metric, (op, threshold) in gate.items():
        value = overall.get(metric)
        ok = value is not None and {">=": value >= threshold, "<=": value <= threshold, "==": value == threshold}[op]
        if not ok:
            failed.append(f"{metric} = {value} (moet {op} {threshold})")
    return failed


# sets whose questions are never shown, so nobody tunes on them by reading failures
BLIND = {"test"}


def format_table(report: dict[str, Any], blind: bool = False) -> str:
    """The report as a plain-text table: overall, then one row per kind, then the questions
    answered wrongly; ``blind`` (the test set) counts them without showing them."""
    columns = [
        "questions",
        "accuracy",
        "wrong_among_answered",
        "citation_validity",
        "verbatim",
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
    short = [
        "n",
        "acc",
        "wrong|ans",
        "cite",
        "verbatim",
        "supp",
        "direct",
        "refuse",
        "falseref",
        "hit@5",
        "mrr",
        "words",
        "p50ms",
        "p95ms",
    ]
    rows = [("overall", report["overall"])] + list(report["by_kind"].items())
    lines = [f"{'kind':<14}" + "".join(f"{s:>10}" for s in short)]
    for name, agg in rows:
        lines.append(f"{name:<14}" + "".join(f"{_cell(agg.get(c)):>10}" for c in columns))
    wrong = [r for r in report["questions"] if not r["correct"]]
    if wrong and blind:
        lines.append(f"\nFout beantwoord: {len(wrong)} (de vragen van deze set worden niet getoond; zie het rapport)")
    elif wrong:
        lines.append("\nFout beantwoord:")
        lines.extend(f"  {r['id']}: {r['question']} -> {'WEIGERT' if r['refused'] else r['answer'][:120]}" for r in wrong)
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}" if value <= 1 else f"{value:.0f}"
    return str(value)
