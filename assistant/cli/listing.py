"""Listings for the command line: the indexed documents and the figures table
(``hic docs``, ``hic figures``)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.errors import IndexNotBuilt


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
    from assistant.answer.figures import FigureTable
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
