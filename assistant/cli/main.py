"""Command line: ``hic ingest | docs | figures | search | bench``.

Errors from the core arrive as ``HicError``s and leave here as one Dutch sentence on
stderr with exit status 1; nothing prints a traceback for expected failures.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from assistant.cli.bench import cmd_bench
from assistant.cli.common import Progress, open_assistant
from assistant.cli.listing import cmd_docs, cmd_figures
from assistant.config import PROJECT_ROOT, Settings, configure_runtime
from assistant.errors import EmbedderMismatch, HicError
from assistant.messages import dutch_message


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``hic`` command."""
    configure_runtime()
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        settings = Settings()
    except ValueError as exc:  # pydantic's ValidationError: a HIC_ variable that does not parse
        fields = ", ".join(f"HIC_{'_'.join(map(str, e['loc'])).upper()}" for e in getattr(exc, "errors", list)())
        print(f"Een instelling is ongeldig ({fields or exc}); zie README, Configuration.", file=sys.stderr)
        return 2
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
    except BrokenPipeError:  # output piped into `head` and closed: not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a fault nobody foresaw: one sentence, the details on request
        if settings.debug:
            raise
        print(
            f"Er ging onverwacht iets mis ({type(exc).__name__}: {str(exc)[:200]}). "
            "De index in gebruik is niet gewijzigd. Details: voer de opdracht opnieuw uit met HIC_DEBUG=1.",
            file=sys.stderr,
        )
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hic", description="HIC-assistent: vragen over de voortgangsrapportages High Impact Crimes."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    ingest = sub.add_parser("ingest", help="bouw of werk de index bij (alleen gewijzigde tekst wordt opnieuw ingebed)")
    ingest.add_argument("--rebuild", action="store_true", help="bouw opnieuw, ook bij een ander embeddingmodel")
    ingest.add_argument("--no-wait", action="store_true", help="stop meteen (exit 4) als er al een build loopt")
    ingest.set_defaults(run=cmd_ingest)
    ingest.epilog = EXIT_CODES
    ingest.formatter_class = argparse.RawDescriptionHelpFormatter

    check = sub.add_parser("check", help="controleer index, corpus en embeddingcache (voor beheerders)")
    check.add_argument("--json", action="store_true")
    check.set_defaults(run=cmd_check)

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
    serve.add_argument("--host", help="adres om op te luisteren (standaard 127.0.0.1)")
    serve.add_argument("--port", type=int, help="poort (standaard 7860)")
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
    ask.add_argument("--period", type=_period, help="jaar of periode, bv. 2021 of 2015-2020")
    ask.set_defaults(run=cmd_ask)

    evaluate = sub.add_parser("eval", help="scoor de assistent op de evaluatieset")
    evaluate.add_argument(
        "--set",
        action="append",
        choices=[
            "dev",
            "dev-shapes",
            "dev2",
            "dev3",
            "dev4",
            "dev5",
            "dev6",
            "dev7",
            "dev8",
            "dev9",
            "dev10",
            "dev11",
            "dev12",
            "dev13",
            "dev14",
            "test",
        ],
        help="dev (eval/questions.jsonl), dev-shapes (eval/dev_shapes.jsonl), dev2 t/m dev14 of test (eval/testset.jsonl); standaard alle zestien",
    )
    evaluate.add_argument("--questions", type=Path, default=None, help="een eigen JSONL met vragen")
    evaluate.add_argument(
        "--answers", type=Path, default=None, help="scoor opgeslagen antwoorden (hic ask --jsonl) in plaats van te vragen"
    )
    evaluate.add_argument("--report", type=Path, default=None, help="map voor de JSON-rapporten (standaard eval/reports)")
    evaluate.add_argument("--gate", action="store_true", help="exit 1 als de drempels niet gehaald worden")
    evaluate.add_argument("--fusion", action="store_true", help="vergelijk fusievarianten van de retrieval (hit@5, MRR)")
    evaluate.set_defaults(run=cmd_eval)

    bench = sub.add_parser("bench", help="meet bouwtijd, chunkstatistiek en antwoordlatentie")
    bench.add_argument(
        "what",
        choices=["ingest", "query", "load"],
        help="ingest: volledige bouw in een lege map en een no-op; query: warme latentie; "
        "load: gelijktijdige gebruikers via de API van de app",
    )
    bench.add_argument("--users", type=int, default=20, help="load: aantal gebruikers (max 100)")
    bench.add_argument("--seconds", type=float, default=60, help="load: duur (max 300)")
    bench.add_argument("--url", help="load: een draaiende app op deze machine; standaard start de test er zelf een")
    bench.add_argument("--anonymous", action="store_true", help="load: zonder sessie-id per gebruiker")
    bench.set_defaults(run=cmd_bench)
    return parser


EXIT_CODES = """exitcodes:
  0  index gebouwd, hersteld of al actueel
  1  fout (bericht op stderr); de index in gebruik is niet gewijzigd
  2  verkeerd gebruik
  3  index gebouwd, maar een of meer documenten zijn overgeslagen (zie 'Let op'-regels)
  4  er loopt al een build (alleen met --no-wait)"""
EXIT_SKIPPED = 3
EXIT_BUSY = 4
STAGES = {
    "parse": "Documenten lezen ...",
    "words": "Cijfers en trefwoordenindex in gebruik genomen: vragen kan al (beperkte modus, zonder zoeken op betekenis).",
    "embed": "Chunks inbedden (uit de cache waar het kan) ...",
    "write": "Index schrijven ...",
    "publish": "Nieuwe index in gebruik nemen ...",
}


def _period(text: str) -> tuple[int, int]:
    """ "2021" -> (2021, 2021); "2015-2020" -> (2015, 2020)."""
    parts = text.replace("–", "-").split("-")
    try:
        years = [int(p) for p in parts if p.strip()]
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"geen jaar of periode: {text!r} (bv. 2021 of 2015-2020)") from exc
    if not 1 <= len(years) <= 2:
        raise argparse.ArgumentTypeError(f"geen jaar of periode: {text!r} (bv. 2021 of 2015-2020)")
    return (min(years), max(years))


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.errors import IndexBusy
    from index.build import build_index

    bar = Progress("Inbedden")

    def stage(name: str) -> None:
        print(STAGES[name], file=sys.stderr, flush=True)

    def waiting(owner: str) -> None:
        print(f"Er loopt al een build ({owner}); wachten tot die klaar is ...", file=sys.stderr, flush=True)

    try:
        report = build_index(
            settings, rebuild=args.rebuild, progress=bar.update, stage=stage, wait=not args.no_wait, on_wait=waiting
        )
    except IndexBusy as exc:
        print(dutch_message(exc), file=sys.stderr)
        return EXIT_BUSY
    finally:
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
        if report.status == "repaired":
            print(f"De index in gebruik was beschadigd ({'; '.join(report.damage[:3])}); hersteld.")
        print(
            f"Index gebouwd: {len(report.documents)} documenten, {report.chunks} chunks, "
            f"{report.embedded} nieuw ingebed, {report.chunks - report.embedded} uit de cache. [{report.seconds:.1f} s]"
        )
        if report.pruned:
            print(f"Embeddingcache opgeschoond: {report.pruned} vectoren die geen bewaarde build meer gebruikt.")
    return EXIT_SKIPPED if report.problems else 0


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    from index.check import check

    state = check(settings)
    if args.json:
        print(json.dumps(state, ensure_ascii=False, indent=2))
    else:
        for line in state["lines"]:
            print(line)
    return 0 if state["ok"] else 1


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from importlib.metadata import entry_points

    # The app is found by its entry point (pyproject: [project.entry-points."hic.app"]), so
    # nothing in this package imports the top-level app.py.
    found = entry_points(group="hic.app", name="serve")
    try:
        serve = next(iter(found)).load()
    except StopIteration:
        print("De app is niet geïnstalleerd; installeer het project met: pip install -e '.[app]'", file=sys.stderr)
        return 2
    except ImportError as exc:
        print(f"De app-onderdelen ontbreken ({exc.name}); installeer ze met: pip install -e '.[app]'", file=sys.stderr)
        return 2
    serve(settings, host=args.host, port=args.port)
    return 0


def cmd_feedback(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.workbench.feedback import FeedbackStore

    count = FeedbackStore(settings.feedback_db).export_csv(args.out)
    print(f"{count} beoordelingen geschreven naar {args.out}")
    return 0


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.answer.session import Session

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
    from assistant.answer.retrieve import HybridRetriever
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


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    if args.jsonl:
        return _ask_jsonl(Path(args.jsonl), settings, set(args.doc) if args.doc else None)
    if not args.question or not args.question.strip():
        print('Stel een vraag: de vraag is leeg. Voorbeeld: hic ask "Hoeveel straatroven waren er in 2024?"', file=sys.stderr)
        return 2
    assistant = open_assistant(settings)
    answer = assistant.ask(args.question, docs=set(args.doc) if args.doc else None, period=args.period)
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
        return 0
    if answer.message:
        print(answer.message, file=sys.stderr)
        return 2 if not answer.answer else 0
    print(answer.answer)
    if answer.parts:
        print("\nDeelvragen:")
        for number, part in enumerate(answer.parts, start=1):
            print(f"  ({number}) {'beantwoord' if part.answered else 'niet in de documenten'}: {part.question}")
    if answer.citations:
        print("\nBronnen:")
        for c in answer.citations:
            cell = f" (tabel: rij {c.row}, kolom {c.column})" if c.table else ""
            print(f"[{c.n}] {c.reference}{cell}")
            print(f"    \u201c{c.quote}\u201d")
    if answer.related:
        print("\nMogelijk relevant (geen antwoord op de vraag):")
        for c in answer.related:
            print(f"- {c.reference}")
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
    from eval.run import BLIND, GATES, SETS, compare_fusion, evaluate, format_table, grade_answers, passes

    chosen = {"eigen": args.questions} if args.questions else {name: SETS[name] for name in args.set or list(SETS)}
    if args.fusion:
        for label, path in chosen.items():
            print(f"{label}:")
            for name, scores in compare_fusion(open_assistant(settings), path).items():
                print(f"  {name:<26} hit@5 {scores['hit_at_5']:.3f}   MRR {scores['mrr']:.3f}")
        return 0
    assistant = None if args.answers else open_assistant(settings)
    failed: list[str] = []
    for label, path in chosen.items():
        if assistant is None:
            report = grade_answers(path, args.answers, settings.corpus_dir)
        else:
            report = evaluate(assistant, path)
        print(f"== {label}: {path.name} ==")
        print(format_table(report, blind=label in BLIND))
        target = (args.report or PROJECT_ROOT / "eval" / "reports") / f"{label}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
        print(f"Rapport: {target}\n")
        if args.gate and label in GATES:
            failed += [f"{label}: {line}" for line in passes(report, GATES[label])]
    if args.gate:
        for line in failed:
            print(f"Drempel niet gehaald: {line}", file=sys.stderr)
        if failed:
            return 1
        print("Alle drempels gehaald.")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
