"""Listings for the command line: the indexed documents and the figures table
(``hic docs``, ``hic figures``)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from assistant.config import Settings


def cmd_docs(args: argparse.Namespace, settings: Settings) -> int:
    """The documents of the build in use (what answers come from) and, apart from them, the
    problems in the corpus folder now (what the next ``hic ingest`` will meet)."""
    from index.store import open_index

    index = open_index(settings.index_dir)
    built = index.manifest.get("corpus", {})
    rows = []
    for doc in index.documents.values():
        meta = doc.meta
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
                "indexed": True,
                "kept_from_earlier": meta.id in index.manifest.get("kept", []),
            }
        )
    problems = _corpus_problems(settings, index.manifest, {row["id"] for row in rows})
    if args.json:
        print(json.dumps({"build": index.path.name, "documents": rows, "problems": problems}, ensure_ascii=False, indent=2))
        return 0
    print(f"Documenten in de index in gebruik (build {index.path.name}):")
    for row in rows:
        kept = "; eerder geïndexeerde versie" if row["kept_from_earlier"] else ""
        print(f"{row['id']:<20} {row['date']:<10} {row['kind']:<14} {row['chunks']} chunks, {row['figures']} cijfers{kept}")
        print(f"{'':<20} {row['title']}")
        print(f"{'':<20} {row['reference']}")
        if row["signatories"]:
            print(f"{'':<20} ondertekend door: {', '.join(row['signatories'])}")
    if problems:
        print("\nProblemen in het corpus:")
        for problem in problems:
            print(f"- {problem}")
    return 0


def _corpus_problems(settings: Settings, manifest: dict[str, Any], indexed: set[str]) -> list[str]:
    """Problems recorded by the build in use, and what the corpus folder shows now."""
    from assistant.errors import HicError
    from index.manifest import load_manifest

    problems = [f"bij de laatste build: {p}" for p in manifest.get("problems", [])]
    try:
        corpus = load_manifest(settings.corpus_dir)
    except HicError as exc:
        return [*problems, f"nu: {exc}"]
    problems += [f"nu: {p}" for p in corpus.problems if f"bij de laatste build: {p}" not in problems]
    for meta in corpus.documents:
        if meta.id not in indexed:
            problems.append(f"nu: '{meta.id}' ({meta.file}) staat in het corpus maar niet in de index; voer 'hic ingest' uit")
    return problems


def cmd_figures(args: argparse.Namespace, settings: Settings) -> int:
    from index.store import open_index

    index = open_index(settings.index_dir)
    figures = index.figures
    if args.conflicts or args.series:
        return _figures_across_documents(args, index.documents, figures)
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


def _figures_across_documents(args: argparse.Namespace, documents: dict[str, Any], figures: list[Any]) -> int:
    from assistant.answer.figures import FigureTable

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
