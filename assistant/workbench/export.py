"""Export: Kamervraag drafts as Markdown (footnotes as [^n]) and as Word .docx with real
Word footnotes, so the references survive editing in Word."""

from __future__ import annotations

import copy
import re
from pathlib import Path

from docx import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from assistant.records import Answer, Citation
from assistant.workbench.kamervraag import KamervraagDraft

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


def _answer_text(answer: Answer) -> str:
    if answer.answer:
        return answer.answer
    return answer.message or "Dit staat niet in de beschikbare documenten."


def to_markdown(draft: KamervraagDraft) -> str:
    """The draft as Markdown; citation markers become footnotes numbered through the text."""
    lines = [f"# {draft.title}", ""]
    notes: list[str] = []
    for item in draft.items:
        lines += [f"## Vraag {item.number}", "", f"*{item.question}*", "", f"**Antwoord op vraag {item.number}**", ""]
        offset = len(notes)
        for c in item.answer.citations:
            notes.append(f"[^{offset + c.n}]: {footnote_text(c)}")
        text = _renumber(_answer_text(item.answer), {c.n for c in item.answer.citations}, offset)
        lines += [text, ""]
    lines += ["---", "", "*Conceptantwoord, automatisch opgesteld uit de documenten; controleer voor gebruik.*", "", *notes, ""]
    return "\n".join(lines)


def _renumber(text: str, known: set[int], offset: int) -> str:
    """ "[n]" -> "[^(n + offset)]" for the answer's own citations."""
    return _MARKER.sub(lambda m: f"[^{offset + int(m.group(1))}]" if int(m.group(1)) in known else m.group(0), text)


def to_docx(draft: KamervraagDraft, path: Path) -> Path:
    """Write the draft as .docx with one Word footnote per citation.

    Returns:
        ``path``.
    """
    document = WordDocument()
    notes = _footnotes_part(document)
    document.add_heading(draft.title, level=1)
    next_id = 1
    for item in draft.items:
        document.add_heading(f"Vraag {item.number}", level=2)
        document.add_paragraph().add_run(item.question).italic = True
        heading = document.add_paragraph()
        heading.add_run(f"Antwoord op vraag {item.number}").bold = True
        paragraph = document.add_paragraph()
        by_n = {c.n: c for c in item.answer.citations}
        text = _answer_text(item.answer)
        position = 0
        for match in _MARKER.finditer(text):
            citation = by_n.get(int(match.group(1)))
            if citation is None:
                continue
            paragraph.add_run(text[position : match.start()].rstrip())
            _add_footnote(paragraph, notes, next_id, footnote_text(citation))
            next_id += 1
            position = match.end()
        paragraph.add_run(text[position:])
    closing = document.add_paragraph()
    closing.add_run("Conceptantwoord, automatisch opgesteld uit de documenten; controleer voor gebruik.").italic = True
    document.save(str(path))
    return path


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
        f'<w:footnote xmlns:w="{_W}" w:id="{footnote_id}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r><w:r><w:t xml:space="preserve"></w:t></w:r></w:p></w:footnote>'
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
