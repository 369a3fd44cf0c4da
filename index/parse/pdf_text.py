"""Parsing, PDF text extractions: hard line breaks, footnotes at page ends, tables as
space-separated lines (the 2021 letter, the beslisnota and the action programme)."""

from __future__ import annotations

import re

from index.parse.common import Draft, Parsed, RawTable, SectionTracker
from index.parse.tables import columns_from_header, fit_cells, is_row_of_values
from index.records import DocumentMeta
from index.text import FN_CLOSE, fn_marker, join_lines, pop_markers

# A footnote rule: a long run of spaces or underscores on its own line (action programme).
_RULE = re.compile(r"^[ _]{20,}$")
# "12 Kamerstuk ..." or "32Tot het einde" (a glued number before a capital).
_FN_START = re.compile(r"^(\d{1,3})(?:\s+|(?=[A-Z]))(\S.*)$")
_URL_LINE = re.compile(r"^(https?://|www\.)\S+$")
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")
_NUMBERED_HEADING = re.compile(r"^(\d{1,2})((?:\.\d{1,2}){0,3})\.?\s+([A-Z(“\"].*)$")
_GLUED_HEADING = re.compile(r"^(.{10,}[A-Za-z][).]*[.)])(\d{1,2}\.\d{1,2} [A-Z][^.]{2,60})$")
_LIST_ITEM = re.compile(r"^(?:[-o•]|\d{1,2}\.|[a-z]\.|[ivx]{1,4}\.)\s+\S")
_TABLE_START = re.compile(r"^(Jaar\s+[A-Z]|Ophelderingspercentages\s+Doel)")
_YEAR_ROW = re.compile(r"^(\d{4})(?:\s+(.*))?$")
_LABEL_ROW = re.compile(r"^([A-Z][a-z]+)\s+(.+)$")
_TERMINAL = (".", "!", "?", ":")


def parse_pdf_text(raw: str, meta: DocumentMeta) -> Parsed:
    """Parse a PDF text extraction into drafts and footnotes.

    Args:
        raw: the file's text, unchanged.
        meta: its manifest entry (for table hints).
    """
    vocabulary = {w.lower() for w in re.findall(r"\w+(?:-\w+)*", raw)}
    lines = _fix_split_hyphens(raw.splitlines())
    body, notes = _extract_footnotes(lines, vocabulary)
    text, warnings = _resolve_markers("\n".join(body), sorted(notes))
    cleaned: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if _URL_LINE.match(line) or _PAGE_NUMBER.match(line):
            continue  # URLs repeated under the footnotes; stray page numbers
        glued = _GLUED_HEADING.match(line)
        cleaned.extend([glued.group(1), "", glued.group(2)] if glued else [line])
    drafts = _segment(cleaned, meta, vocabulary)
    return Parsed(drafts=drafts, footnotes=notes, warnings=warnings)


def _fix_split_hyphens(lines: list[str]) -> list[str]:
    """Repair "vermogens  en geweldsdelicten, ‐": the PDF moved the hyphen of
    "vermogens- en" to the end of the line and left a double space where it was."""
    fixed = []
    for line in lines:
        if line.rstrip().endswith("\u2010") and re.search(r"\w  (en|of) ", line):
            line = re.sub(r"(\w)  (en|of) ", r"\1- \2 ", line.rstrip()[:-1].rstrip(), count=1)
        fixed.append(line)
    return fixed


def _extract_footnotes(lines: list[str], vocabulary: set[str]) -> tuple[list[str], dict[int, str]]:
    """Take the footnote bodies out of the running text.

    A footnote zone starts after a rule line (where the document has them) or at a line
    "n text" after a blank line, n being the next expected footnote number. It ends at a
    blank line or at a line indented by the page break.
    """
    has_rules = any(_RULE.match(line) for line in lines)
    body: list[str] = []
    notes: dict[int, list[str]] = {}
    expected = 1
    current: int | None = None
    in_zone = False
    previous_blank = True
    for line in lines:
        if has_rules and _RULE.match(line):
            in_zone, current = True, None
            continue
        start = _FN_START.match(line.strip())
        number = int(start.group(1)) if start else -1
        opens = start is not None and number in (expected, expected + 1)
        if opens and (in_zone or (not has_rules and previous_blank)):
            in_zone, current = True, number
            notes[number] = [start.group(2)]  # type: ignore[union-attr]
            expected = number + 1
        elif in_zone and line.strip() and not line.startswith(" ") and current is not None:
            notes[current].append(line)
        else:
            if in_zone and (not line.strip() or line.startswith(" ")):
                in_zone, current = False, None
            body.append(line)
        previous_blank = not line.strip()
    joined = {n: _join_note(parts, vocabulary) for n, parts in notes.items()}
    return body, joined


def _join_note(parts: list[str], vocabulary: set[str]) -> str:
    out = ""
    for part in parts:
        part = part.strip()
        if out and re.search(r"https?://\S*/$", out):
            out += part  # a URL broken after a slash
        else:
            out = join_lines([out, part], vocabulary) if out else part
    return out


def _resolve_markers(text: str, numbers: list[int]) -> tuple[str, list[str]]:
    """Find each footnote's marker in the running text, in order, and replace it by a
    sentinel.

    Markers are digits glued to the end of a word or punctuation ("Actieprogramma3",
    "2020.1", "(HIC).78" for 7 and 8, "202134" for year 2021 + note 34).
    """
    warnings: list[str] = []
    position = 0
    for n in numbers:
        digits = str(n)
        found = None
        glued = re.compile(rf"(?<=\S){digits}(?=(?:{n + 1})?(?:[\s,.;:)\]]|$))")
        for match in glued.finditer(text, position):
            if _glued(text, match.start()):
                found = match.start()
                break
        if found is None:
            # A marker set off by a space after a sentence end: "met het RIEC. 21 In".
            spaced = re.compile(rf"(?<=[A-Za-z)][.;:] ){digits}(?=\s+[A-Z])").search(text, position)
            found = spaced.start() if spaced else None
        if found is None:
            warnings.append(f"markering van voetnoot {n} niet gevonden in de lopende tekst")
            continue
        text = text[:found] + fn_marker(n) + text[found + len(digits) :]
        position = found + len(fn_marker(n))
    return text, warnings


def _glued(text: str, at: int) -> bool:
    """Is the number at ``at`` a footnote marker glued to what precedes it?"""
    before = text[at - 1]
    if before.isalpha() or before in ")”\"’'%;:!?" or before == FN_CLOSE:
        return True
    if before in ".,":
        # "2020.1" and "2021,1" are markers after a year; "5.1" and "1,2" are numbers.
        return not text[at - 2].isdigit() or bool(re.search(r"(?<![\d.,])(19|20)\d\d$", text[: at - 1]))
    if before.isdigit():
        return bool(re.search(r"(?<![\d.,])(19|20)\d\d$", text[:at]))
    return False


def _segment(lines: list[str], meta: DocumentMeta, vocabulary: set[str]) -> list[Draft]:
    """Group cleaned lines into headings, paragraphs, list items and tables."""
    tracker = SectionTracker()
    drafts: list[Draft] = []
    buffer: list[str] = []
    buffer_kind = "paragraph"

    def flush() -> None:
        nonlocal buffer, buffer_kind
        if buffer:
            text = join_lines(buffer, vocabulary)
            previous = drafts[-1] if drafts else None
            continues = (
                previous is not None
                and previous.kind in ("paragraph", "list_item")
                and buffer_kind == "paragraph"
                and (
                    # a list item broken by a blank line: "(preventie i.r.t." / "HIC-aanpak)"
                    _unbalanced(previous.text)
                    or not previous.text.rstrip().endswith(_TERMINAL)
                    and (
                        text[:1].islower()
                        or text[:1] in "("
                        or previous.kind == "list_item"
                        and not previous.text.rstrip().endswith(")")
                    )
                )
            )
            if continues:
                previous.text = join_lines([previous.text, text], vocabulary)  # type: ignore[union-attr]
            else:
                drafts.append(Draft(buffer_kind, text, tracker.path))  # type: ignore[arg-type]
        buffer, buffer_kind = [], "paragraph"

    i = 0
    while i < len(lines):
        line = lines[i]
        if not line:
            flush()
            i += 1
            continue
        if _TABLE_START.match(line):
            flush()
            table, i = _read_table(lines, i, tracker, meta)
            if table is not None:
                drafts.append(Draft("table", "", tracker.path, table=table))
            continue
        heading = _numbered_heading(line, lines[i + 1] if i + 1 < len(lines) else "")
        if heading or _unnumbered_heading(lines, i, drafts, buffer):
            flush()
            title = line
            if heading:
                while i + 1 < len(lines) and _heading_continues(lines[i + 1]):
                    i += 1
                    title = f"{title} {lines[i]}"
            clean_title = " ".join(pop_markers(title)[0].split())
            tracker.enter(clean_title)
            drafts.append(Draft("heading", title, tracker.path))
            i += 1
            continue
        if _LIST_ITEM.match(line):
            flush()
            buffer_kind = "list_item"
        buffer.append(line)
        i += 1
    flush()
    return drafts


def _unbalanced(text: str) -> bool:
    return text.count("(") != text.count(")")


def _numbered_heading(line: str, following: str) -> bool:
    match = _NUMBERED_HEADING.match(line)
    if not match or int(match.group(1)) > 12:
        return False
    if following[:1].islower() or following[:1] == "(":
        if not _heading_continues(following):
            return False  # a numbered list item whose sentence runs on
    title = pop_markers(match.group(3))[0].strip()
    return len(title.split()) <= 12 and not title.endswith((".", ",", ";", ":"))


def _heading_continues(line: str) -> bool:
    return bool(line) and line[:1].islower() and len(line.split()) <= 5 and not line.endswith(".")


def _unnumbered_heading(lines: list[str], i: int, drafts: list[Draft], buffer: list[str]) -> bool:
    line = pop_markers(lines[i])[0].strip()
    if not line or not line[0].isupper() or len(line.split()) > 10 or len(line) > 80:
        return False
    if line.endswith((".", ",", ";", ":", "!", "?")) or ";" in line or line.startswith("Bron") or _LIST_ITEM.match(line):
        return False
    if _unbalanced(line):
        return False
    previous = buffer[-1] if buffer else None
    if previous is not None and not previous.rstrip().endswith((".", "!", "?", ":", "”", '"')):
        return False
    following = next((nxt for nxt in lines[i + 1 :] if nxt), "")
    return bool(following) and (following[0].isupper() or following[0].isdigit() or bool(_LIST_ITEM.match(following)))


def _read_table(lines: list[str], i: int, tracker: SectionTracker, meta: DocumentMeta) -> tuple[RawTable | None, int]:
    """Read a table starting at its header line; return it and the index after it."""
    header: list[str] = []
    j = i
    while j < len(lines) and not (header and _row(lines[j], need_cells=True)):
        if lines[j]:
            header.append(lines[j])
        j += 1
    rows: list[tuple[str, list[str]]] = []
    pending: list[str] = []
    pending_at = j
    while j < len(lines):
        line = lines[j]
        if not line:
            j += 1
            continue
        row = _row(line)
        if row is not None:
            if row[1]:
                rows.append(row)
        elif pending and is_row_of_values(line.split()):
            rows.append((" ".join(pending), [c.rstrip(".") for c in line.split()]))
            pending = []
        elif len(line.split()) <= 3 and not line.endswith("."):
            if not pending:
                pending_at = j
            pending.append(line)
        else:
            break
        j += 1
    if pending:
        j = pending_at
    if not rows:
        return None, max(j, i + 1)
    caption = tracker.path[-1] if tracker.path else meta.title
    first = header[0].split()[0]
    label = first if first != "Jaar" else ""
    columns = columns_from_header(" ".join(header), meta, caption)
    title = label if label else caption
    # In a table with row labels ("Overvallen"), the title says what the label counts.
    fitted = [(f"{label} {lab}" if label else lab, fit_cells(cells, columns)) for lab, cells in rows]
    return RawTable(title=title, columns=columns, rows=fitted, refs=list(pop_markers(" ".join(header))[1])), j


def _row(line: str, need_cells: bool = False) -> tuple[str, list[str]] | None:
    """A data row: a year or a capitalised label followed by values only."""
    year = _YEAR_ROW.match(line)
    if year:
        cells = [c.rstrip(".") for c in (year.group(2) or "").split()]
        if need_cells and not cells:
            return None
        return (year.group(1), cells) if is_row_of_values(cells) else None
    label = _LABEL_ROW.match(line)
    if label:
        cells = [c.rstrip(".") for c in label.group(2).split()]
        return (label.group(1), cells) if cells and is_row_of_values(cells) else None
    return None
