"""Tables: header reconstruction, cell alignment, and table cells as ``Figure``s."""

from __future__ import annotations

import re

from index.metrics import classify
from index.records import Document, DocumentMeta, Figure
from index.text import is_value, parse_number, pop_markers

_YEAR = re.compile(r"^\d{4}$")


def is_row_of_values(tokens: list[str]) -> bool:
    """True when every token is a number, a percentage or '-' (footnote markers aside)."""
    return all(is_value(pop_markers(t)[0].rstrip(".")) for t in tokens)


def columns_from_header(header: str, meta: DocumentMeta, caption: str) -> list[str]:
    """Column labels from a header that may run over several lines.

    A manifest hint for the table's caption wins. Otherwise the first word (``Jaar`` or the
    row-label title) is dropped, a year joins the word before it ("Doel 2019") and
    "Ram- en plofkraken" stays one label.
    """
    for hint in meta.table_hints:
        if hint.caption.lower() in caption.lower():
            return list(hint.columns)
    tokens = pop_markers(header)[0].split()[1:]
    columns: list[str] = []
    for token in tokens:
        if columns and (_YEAR.match(token) or columns[-1].endswith(("- en", "- of"))):
            columns[-1] += " " + token
        elif columns and columns[-1].endswith("-") and token in ("en", "of"):
            columns[-1] += " " + token
        else:
            columns.append(token)
    return columns


def fit_cells(cells: list[str], columns: list[str]) -> list[str]:
    """Align a row's printed cells to the columns.

    A full row is positional. A short row (empty cells were lost in extraction) is filled
    left to right, a percentage only into a percentage column and a count only into a
    count column, so "2023 900 53%" lands under "Ambitie aantal" and "Ambitie
    ophelderingspercentage".
    """
    if len(cells) >= len(columns):
        return cells[: len(columns)]
    kinds = ["%" if "percentage" in c.lower() or "%" in c else "n" for c in columns]
    if all(k == "%" for k in kinds) or all(k == "n" for k in kinds):
        return cells + [""] * (len(columns) - len(cells))
    out = [""] * len(columns)
    slot = 0
    for cell in cells:
        kind = "%" if pop_markers(cell)[0].endswith("%") else "n"
        while slot < len(columns) and kinds[slot] != kind and cell != "-":
            slot += 1
        if slot >= len(columns):
            break
        out[slot] = cell
        slot += 1
    return out


def extract_figures(doc: Document) -> list[Figure]:
    """Every filled cell of every table in ``doc`` as a Figure, cited by its row."""
    figures: list[Figure] = []
    for table in doc.tables:
        for row in table.rows:
            block = doc.blocks[row.block]
            for column, cell in zip(table.columns, row.cells, strict=False):
                if cell in ("", "-"):
                    continue
                metric, measure = classify(column, row.label, table.title)
                if metric is None:
                    continue
                figures.append(
                    Figure(
                        doc_id=doc.id,
                        table=table.title,
                        section=block.section_path,
                        row_label=row.label,
                        column_label=column,
                        metric=metric,
                        measure=measure,
                        period=_period(row.label, column),
                        value=cell,
                        number=parse_number(cell),
                        unit="%" if cell.endswith("%") else "aantal",
                        quote=block.text,
                        start=block.start,
                        end=block.end,
                    )
                )
    return figures


def _period(row_label: str, column: str) -> str:
    if _YEAR.match(row_label):
        return row_label
    span = re.search(r"(\d{4})\s*-\s*(\d{4})", row_label)
    if span:
        return f"{span.group(1)}-{span.group(2)}"
    year = re.search(r"\d{4}", column)
    return year.group(0) if year else ""
