"""Parsing, Markdown export (the 2021-2022 letter): <sup> footnotes, repeated page-margin
blocks, tab-separated tables with <b> tags."""

from __future__ import annotations

import re

from index.parse.common import Draft, Parsed, RawTable, SectionTracker
from index.records import DocumentMeta
from index.text import fn_marker, join_lines

PAGE_BREAK = "\ue002"
# The right-hand margin printed on every page; each occurrence starts a new page.
_MARGIN_DG = re.compile(r"\*\*Directoraat-Generaal.*?Criminaliteitsfenomenen[ \t]*", re.S)
_MARGIN_FIELDS = re.compile(r"\*\*(?:Datum|Ons kenmerk|Bijlagen)\*\*[ \t]*\n[^\n]*")
_MARGIN_NOTICE = re.compile(r"\*Bij beantwoording.*?behandelen\.\*", re.S)
_RULE = re.compile(r"^-{3,}[\t -]*$", re.M)
_HEADING = re.compile(r"^(#{1,6})\s+(.+)$")
_FOOTNOTE = re.compile(r"^<sup>(\d+)</sup>\s*(.*)$", re.S)
_TERMINAL = (".", "!", "?", ":")


def parse_markdown(raw: str, meta: DocumentMeta) -> Parsed:
    """Parse the Markdown export into drafts and footnotes.

    The letterhead before the first heading is metadata (it is in the manifest) and is
    skipped. Pages are counted by the page-margin blocks.
    """
    first_heading = re.search(r"^#{1,6}\s", raw, re.M)
    body = raw[first_heading.start() :] if first_heading else raw
    body = _MARGIN_DG.sub(f"\n\n{PAGE_BREAK}\n\n", body)
    body = _MARGIN_FIELDS.sub("", body)
    body = _MARGIN_NOTICE.sub("", body)
    body = _RULE.sub("", body)
    chunks = [c.strip("\n") for c in re.split(r"\n[ \t]*\n", body)]
    chunks = [c for c in chunks if c.strip()]

    tracker = SectionTracker()
    drafts: list[Draft] = []
    notes: dict[int, str] = {}
    page = 1
    interrupted = False  # a page break or footnotes since the last running text
    last_table: RawTable | None = None
    for index, chunk in enumerate(chunks):
        stripped = chunk.strip()
        if stripped == PAGE_BREAK:
            page += 1
            interrupted = True
            continue
        footnote = _FOOTNOTE.match(stripped)
        if footnote:
            notes[int(footnote.group(1))] = inline(footnote.group(2))
            interrupted = True
            continue
        heading = _HEADING.match(stripped)
        if heading:
            title = inline(heading.group(2))
            tracker.enter(title)
            drafts.append(Draft("heading", title, tracker.path, page))
            interrupted, last_table = False, None
            continue
        if "\t" in stripped:
            last_table = _table(stripped, tracker, last_table, drafts, page)
            continue
        text = inline(stripped)
        previous_was_note = index > 0 and _FOOTNOTE.match(chunks[index - 1].strip())
        next_is_note = index + 1 < len(chunks) and _FOOTNOTE.match(chunks[index + 1].strip())
        if previous_was_note and next_is_note and notes:
            # A paragraph between two footnote bodies continues the first (footnote 30).
            last = max(notes)
            notes[last] = f"{notes[last]} {text}"
            continue
        previous = drafts[-1] if drafts else None
        if (
            interrupted
            and previous is not None
            and previous.kind == "paragraph"
            and not previous.text.rstrip().endswith(_TERMINAL)
        ):
            previous.text = join_lines([previous.text, text])  # runs on after the page break
        else:
            drafts.append(Draft("paragraph", text, tracker.path, page))
        interrupted, last_table = False, None
    return Parsed(drafts=drafts, footnotes=notes)


def inline(text: str) -> str:
    """Strip Markdown/HTML markup; footnote markers become sentinels."""
    text = re.sub(r"<sup>(\d+)</sup>", lambda m: fn_marker(int(m.group(1))), text)
    text = re.sub(r"</?b>", "", text)
    text = re.sub(r"\[([^\]]+)\]\((?:[^)]+)\)", r"\1", text)  # [label](url) -> label
    text = re.sub(r"<(https?://[^>]+)>", r"\1", text)
    text = text.replace("**", "").replace("__", "")
    text = re.sub(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1", text, flags=re.S)
    text = text.replace("\\_", "_").replace("\\*", "*")
    return join_lines(text.split("\n"))


def _table(chunk: str, tracker: SectionTracker, last: RawTable | None, drafts: list[Draft], page: int) -> RawTable:
    """Read tab-separated lines; a header-less run continues the previous table when its
    width fits (the percentage row printed after a page break)."""
    rows = [[inline(cell) for cell in line.split("\t")] for line in chunk.split("\n") if line.strip()]
    header = rows[0]
    is_header = header[0] in ("Jaar", "Ophelderingspercentages") or not any(c[:1].isdigit() or c[:1] in "+-" for c in header[1:])
    if not is_header and last is not None and all(len(r) - 1 == len(last.columns) for r in rows):
        last.rows.extend((r[0], r[1:]) for r in rows)
        return last
    label = "" if header[0] == "Jaar" else header[0]
    title = label or (tracker.path[-1] if tracker.path else "")
    body_rows = [(f"{label} {r[0]}" if label else r[0], r[1:]) for r in rows[1:]]
    table = RawTable(title=title, columns=header[1:], rows=body_rows)
    drafts.append(Draft("table", "", tracker.path, page, table=table))
    return table
