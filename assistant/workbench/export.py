"""Export: Kamervraag drafts as Markdown (footnotes as [^n]) and as Word .docx with real
Word footnotes, so the references survive editing in Word."""

from __future__ import annotations

import copy
import re
from datetime import datetime, timezone
from pathlib import Path

from docx import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from assistant.records import Answer, Citation
from assistant.workbench.kamervraag import KamervraagDraft, answer_text, footnotes, part_status

_MARKER = re.compile(r"\[(\d+)\]")
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
# Word expects the two separator notes (ids -1 and 0) before the real ones.
_FOOTNOTES_XML = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="{_W}">
<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
</w:footnotes>"""


def footnote_text(citation: Citation) -> str:
    """What a footnote says: the reference (for a table cell also its row and column), then
    the quote as the delivered document prints it."""
    cell = f" (tabel, rij {citation.row}, kolom {citation.column})" if citation.table else ""
    return f"{citation.reference}{cell}: \u201c{citation.quote}\u201d"


def status_line(answer: Answer) -> str:
    """Which parts of a question the documents answer, for a drafter to see at a glance."""
    status = part_status(answer)
    if len(status) == 1:
        return "Beantwoord uit de documenten." if status[0][1] else "Niet in de documenten."
    answered = [str(i) for i, (_, ok) in enumerate(status, start=1) if ok]
    missing = [str(i) for i, (_, ok) in enumerate(status, start=1) if not ok]
    said = []
    if answered:
        said.append("beantwoord: deelvraag " + ", ".join(answered))
    if missing:
        said.append("niet in de documenten: deelvraag " + ", ".join(missing))
    return "Deelvragen " + "; ".join(said) + "."


def to_markdown(draft: KamervraagDraft) -> str:
    """The draft as Markdown; citation markers become footnotes numbered through the text,
    a passage cited twice is one footnote."""
    notes = footnotes(draft)
    lines = [f"# {draft.title}", ""]
    for i, item in enumerate(draft.items):
        lines += [f"## Vraag {item.number}", "", f"*{item.question}*", "", f"**Antwoord op vraag {item.number}**", ""]
        lines += [notes.text(i, answer_text(item.answer), "[^{}]"), "", f"*{status_line(item.answer)}*", ""]
    lines += ["---", "", "*Conceptantwoord, automatisch opgesteld uit de documenten; controleer voor gebruik.*", ""]
    lines += [f"[^{k}]: {footnote_text(c)}" for k, c in enumerate(notes.notes, start=1)]
    return "\n".join([*lines, ""])


def to_docx(draft: KamervraagDraft, path: Path, created: datetime | None = None) -> Path:
    """Write the draft as .docx: its Markdown (``to_markdown``) laid out by
    ``markdown_to_docx``, so a draft edited on screen and one written directly come out alike.

    Returns:
        ``path``.
    """
    return markdown_to_docx(to_markdown(draft), path, created)


_FOOTNOTE_DEFINITION = re.compile(r"^\[\^(\d+)\]:\s*(.*)$")
_FOOTNOTE_MARK = re.compile(r"\s*\[\^(\d+)\]")


def markdown_to_docx(markdown: str, path: Path, created: datetime | None = None) -> Path:
    """Lay out a draft in the Markdown of ``to_markdown`` (possibly edited) as .docx on A4:
    "#"/"##" headings, a line in *...* or **...** italic or bold, every other line a
    paragraph; "[^k]" markers become Word footnotes from the "[^k]: ..." definitions (in a
    smaller size; a note referred to again gets its number in superscript, no second note);
    the document's properties (title, author, created) are set.

    Returns:
        ``path``.
    """
    lines = markdown.splitlines()
    definitions = {int(m.group(1)): m.group(2) for line in lines if (m := _FOOTNOTE_DEFINITION.match(line.strip()))}
    document = WordDocument()
    _house_style(document)
    title = next((line[2:].strip() for line in lines if line.startswith("# ")), "Conceptantwoorden Kamervragen")
    properties = document.core_properties
    now = created or datetime.now(timezone.utc)
    properties.title = title
    properties.author = properties.last_modified_by = "HIC-assistent"
    properties.subject = "Conceptantwoorden op Kamervragen over High Impact Crimes"
    properties.comments = "Automatisch opgesteld uit de documenten; controleer voor gebruik."
    properties.created = properties.modified = now.replace(tzinfo=None)
    properties.revision = 1
    notes_part = _footnotes_part(document)
    written: dict[int, int] = {}  # the Markdown's note number -> the Word note's number
    for raw in lines:
        line = raw.strip()
        if not line or line == "---" or _FOOTNOTE_DEFINITION.match(line):
            continue
        if line.startswith("## "):
            document.add_heading(line[3:].strip(), level=2)
        elif line.startswith("# "):
            document.add_heading(line[2:].strip(), level=1)
        elif len(line) > 4 and line.startswith("**") and line.endswith("**"):
            document.add_paragraph().add_run(line[2:-2]).bold = True
        elif len(line) > 2 and line.startswith("*") and line.endswith("*") and "[^" not in line:
            document.add_paragraph().add_run(line[1:-1]).italic = True
        else:
            paragraph = document.add_paragraph()
            position = 0
            for match in _FOOTNOTE_MARK.finditer(line):
                number = int(match.group(1))
                if number not in definitions:
                    continue  # a marker without a note stays text
                paragraph.add_run(line[position : match.start()])
                if number in written:
                    # the same passage again: a reference to the note already there
                    paragraph.add_run(str(written[number])).font.superscript = True
                else:
                    written[number] = len(written) + 1
                    _add_footnote(paragraph, notes_part, written[number], definitions[number])
                position = match.end()
            paragraph.add_run(line[position:])
    document.save(str(path))
    return path


def _house_style(document: object) -> None:
    """A4 with 2.5 cm margins; a sober sans-serif body, headings in dark blue."""
    for section in document.sections:  # type: ignore[attr-defined]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Mm(25)
    styles = document.styles  # type: ignore[attr-defined]
    styles["Normal"].font.name = "Arial"
    styles["Normal"].font.size = Pt(10)
    for name, size in (("Heading 1", 14), ("Heading 2", 11)):
        styles[name].font.name = "Arial"
        styles[name].font.size = Pt(size)
        styles[name].font.color.rgb = RGBColor(0x15, 0x42, 0x73)


def _footnotes_part(document: object) -> Part:
    """The document's footnotes part, created when the template has none."""
    main = document.part  # type: ignore[attr-defined]
    for rel in main.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            return rel.target_part
    part = Part(PackURI("/word/footnotes.xml"), _FOOTNOTES_CT, _FOOTNOTES_XML.encode("utf-8"), main.package)
    main.relate_to(part, RT.FOOTNOTES)
    return part


def _add_footnote(paragraph: Paragraph, part: Part, footnote_id: int, text: str) -> None:
    """Append a footnote reference to ``paragraph`` and its body to the footnotes part."""
    run = paragraph.add_run()
    rpr = run._r.get_or_add_rPr()
    align = parse_xml(f'<w:vertAlign xmlns:w="{_W}" w:val="superscript"/>')
    rpr.append(align)
    reference = parse_xml(f'<w:footnoteReference xmlns:w="{_W}" w:id="{footnote_id}"/>')
    run._r.append(reference)
    root = parse_xml(part.blob)
    body = parse_xml(
        f'<w:footnote xmlns:w="{_W}" w:id="{footnote_id}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr>'
        f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"></w:t></w:r></w:p></w:footnote>'
    )
    body.findall(f".//{qn('w:t')}")[-1].text = text
    root.append(copy.deepcopy(body))
    from lxml import etree

    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def read_footnotes(path: Path) -> list[str]:
    """The footnote texts of a .docx (separators left out); used by tests and checks."""
    document = WordDocument(str(path))
    for rel in document.part.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            root = parse_xml(rel.target_part.blob)
            texts = []
            for note in root.findall(qn("w:footnote")):
                if note.get(qn("w:type")) in ("separator", "continuationSeparator"):
                    continue
                texts.append("".join(t.text or "" for t in note.iter(qn("w:t"))).strip())
            return texts
    return []
