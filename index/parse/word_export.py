"""Parsing, Word export (the 2024-2025 letter): one paragraph per line, [footnoteRef:n]
markers with [n: ...] bodies inside the paragraph, [bookmark: ...] noise, and a table
flattened into one cell per line."""

from __future__ import annotations

import re

from index.parse.common import Draft, Parsed, RawTable, SectionTracker
from index.records import DocumentMeta
from index.text import fn_marker, pop_markers, squash

_BOOKMARK = re.compile(r"\[bookmark: [^\]]*\]")
_REF = re.compile(r"\[footnoteRef:(\d+)\]")
_BODY_START = re.compile(r"\[(\d+):\s")
_NUMBERED = re.compile(r"^\d{1,2}\.\s+[A-Z]")
_SIGNATURE = re.compile(r"^De [Mm]inister (van|voor) ")


def parse_word_export(raw: str, meta: DocumentMeta) -> Parsed:
    """Parse the Word export into drafts and footnotes."""
    lines = raw.replace("\r\n", "\n").split("\n")
    tracker = SectionTracker()
    drafts: list[Draft] = []
    notes: dict[int, str] = {}
    in_signature = False
    i = 0
    while i < len(lines):
        line = _BOOKMARK.sub("", lines[i])
        if line.strip() == "Jaar" and _next_is_cell(lines, i):
            table, i = _read_table(lines, i, tracker)
            drafts.append(Draft("table", "", tracker.path, table=table))
            continue
        i += 1
        text = _take_bodies(line, notes)
        text = squash(_REF.sub(lambda m: fn_marker(int(m.group(1))), text))
        if not text:
            continue
        in_signature = in_signature or bool(_SIGNATURE.match(text))
        if not in_signature and _is_heading(text):
            tracker.enter(text)
            drafts.append(Draft("heading", text, tracker.path))
        else:
            drafts.append(Draft("paragraph", text, tracker.path))
    return Parsed(drafts=drafts, footnotes=notes)


def _take_bodies(line: str, notes: dict[int, str]) -> str:
    """Move every "[n: body]" out of the line into ``notes``; brackets inside a body nest."""
    out = []
    position = 0
    for match in _BODY_START.finditer(line):
        if match.start() < position:
            continue
        depth, end = 0, match.start()
        for end in range(match.start(), len(line)):
            depth += {"[": 1, "]": -1}.get(line[end], 0)
            if depth == 0:
                break
        out.append(line[position : match.start()])
        notes[int(match.group(1))] = line[match.end() : end].strip()
        position = end + 1
    out.append(line[position:])
    return "".join(out)


def _is_heading(text: str) -> bool:
    clean = pop_markers(text)[0].strip()
    if not clean or clean.endswith((".", ",", ";", ":", "!", "?")) or len(clean.split()) > 10:
        return False
    return clean[0].isupper() or bool(_NUMBERED.match(clean))


def _next_is_cell(lines: list[str], i: int) -> bool:
    following = next((line for line in lines[i + 1 :] if line.strip() or line.startswith("\t")), "")
    return following.startswith("\t")


def _read_table(lines: list[str], i: int, tracker: SectionTracker) -> tuple[RawTable, int]:
    """Read the flattened table: a line starting with a tab opens a cell; an untabbed line
    fills an empty cell or continues a row label ("Procentuele ontwikkeling" / "2016-2025").
    The header fixes the width; the table ends at an untabbed line once a row is full."""
    cells: list[str] = [lines[i].strip()]
    width = 0
    j = i + 1
    while j < len(lines):
        raw = _BOOKMARK.sub("", lines[j])
        j += 1
        if not raw.strip() and not raw.startswith("\t"):
            continue
        if raw.startswith("\t"):
            if not width and _starts_body(raw.strip()):
                width = len(cells)  # the first year closes the header
            cells.append(raw.strip())
            continue
        in_row = (len(cells) - 1) % width if width else len(cells) - 1
        if not width or cells[-1] == "" or in_row == 0:
            cells[-1] = f"{cells[-1]} {raw.strip()}".strip()
            continue
        j -= 1
        break
    header, body = cells[:width], cells[width:]
    rows = [body[k : k + width] for k in range(0, len(body), width)]
    columns = [_ref_markers(c) for c in header[1:]]
    table_rows = [(squash(r[0]), [_printed(c) for c in r[1:]]) for r in rows if r]
    title = tracker.path[-1] if tracker.path else ""
    return RawTable(title=title, columns=columns, rows=table_rows), j


def _starts_body(cell: str) -> bool:
    return bool(re.fullmatch(r"\d{4}", cell))


def _ref_markers(cell: str) -> str:
    notes: dict[int, str] = {}
    cell = _take_bodies(cell, notes)
    return squash(_REF.sub(lambda m: fn_marker(int(m.group(1))), cell))


def _printed(cell: str) -> str:
    """A cell as printed, minus the export's stray spaces: "64. 560" -> "64.560",
    "- 53%" -> "-53%"."""
    cell = squash(cell)
    cell = re.sub(r"(\d)\.\s+(\d{3})\b", r"\1.\2", cell)
    return re.sub(r"^([+-])\s+(\d)", r"\1\2", cell)
