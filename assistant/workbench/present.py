"""Presentation for the app: sources as HTML, figures as a table and a plotly chart, a
source's full section, the about text. Pure functions of an Answer and the index."""

from __future__ import annotations

import html
import re
from typing import Any

import plotly.graph_objects as go

from assistant.answer.engine import input_problem
from assistant.answer.evidence import STOPWORDS
from assistant.answer.figures import FigureTable
from assistant.answer.phrasing import label
from assistant.answer.question import normalise
from assistant.records import Answer, Citation
from assistant.workbench.export import footnote_text, status_line
from assistant.workbench.kamervraag import KamervraagDraft, answer_text, footnotes
from index.store import LoadedIndex

FIGURE_HEADERS = ["Periode", "Waarde", "Metriek", "Bron", "Andere bronnen"]
_MARKER = re.compile(r"\[(\d+)\]")
# characters that Markdown would read as markup (":" too: "http://" would become a link)
_MARKUP = re.compile(r"[\\`*_{}\[\]()#+!|~>:-]")


def as_text(message: str) -> str:
    """A user's message for the chat, shown exactly as typed: HTML and Markdown in it are
    escaped as character references, never rendered ("<img onerror=...>" and
    "[klik](http://...)" show as those characters)."""
    return _MARKUP.sub(lambda m: f"&#{ord(m.group(0))};", html.escape(message, quote=False))


def linked(text: str, answer: Answer) -> str:
    """The answer for the chat, with each citation marker ``[n]`` a link to its source card
    (``#bron-n``); hovering shows the source. Markers without a citation stay text."""
    titles = {c.n: f"Bron {c.n}: {c.title}" + (f", {c.section}" if c.section else "") for c in answer.citations}
    return _MARKER.sub(
        lambda m: (
            f'<a href="#bron-{m.group(1)}" class="cite" title="{html.escape(titles[int(m.group(1))])}">[{m.group(1)}]</a>'
            if int(m.group(1)) in titles
            else m.group(0)
        ),
        text,
    )


def with_sources(answer: Answer | None, markdown: bool = False) -> str:
    """The answer ready to paste into a draft: its text with the sources as footnotes
    (plain text "[1] ..." or Markdown "[^1]: ..."), each quote as the document prints it."""
    if answer is None:
        return ""
    text = "\n\n".join(p for p in (answer.message, answer.answer) if p) or "Dit staat niet in de beschikbare documenten."
    if not answer.citations:
        return text
    if markdown:
        body = _MARKER.sub(lambda m: f"[^{m.group(1)}]", text)
        notes = [f"[^{c.n}]: {footnote_text(c)}" for c in answer.citations]
    else:
        body = text
        notes = [f"[{c.n}] {footnote_text(c)}" for c in answer.citations]
    return body + "\n\nBronnen:\n" * (not markdown) + "\n\n" * markdown + "\n".join(notes)


def highlight(quote: str, answer: Answer) -> str:
    """The quote as HTML with the words that answer the question marked: the figures the
    answer states and the question's content words."""
    marks = {f.value for f in answer.figures if not f.computed}
    marks |= {w for w in re.findall(r"\w[\w-]{3,}", answer.question) if w.lower() not in STOPWORDS}
    escaped = html.escape(quote)
    if not marks:
        return escaped
    pattern = "|".join(sorted((re.escape(html.escape(m)) for m in marks), key=len, reverse=True))
    return re.sub(rf"(?<![\w.,])({pattern})(?![\w,]|\.\d)", r"<mark>\1</mark>", escaped, flags=re.IGNORECASE)


def sources_html(answer: Answer | None, index: LoadedIndex | None = None) -> str:
    """The sources panel: one card per citation; with ``index`` each card can open its
    section in context."""
    if answer is None:
        return "<p class='hint'>De bronnen van het antwoord verschijnen hier.</p>"
    if not answer.citations:
        text = "Geen bronnen: dit antwoord steunt niet op de documenten." if answer.refused else "Geen bronnen."
        related = "".join(
            f"<div class='bron verwant'><div class='bron-kop'><b>{html.escape(c.title)}</b></div>"
            f"<div class='bron-waar'>{html.escape(c.section or '')}</div><blockquote>{html.escape(c.quote)}</blockquote></div>"
            for c in answer.related
        )
        if related:
            related = "<p class='hint'>Mogelijk relevant (geen antwoord op de vraag):</p>" + related
        return f"<p class='hint'>{html.escape(text)}</p>{related}"
    cards = []
    for c in answer.citations:
        where = " · ".join(
            x for x in (c.date, c.section, f"p. {c.page}" if c.page else None, f"voetnoot {c.note}" if c.note else None) if x
        )
        # a table cell: the delivered row carries no labels, so name table, row and column
        cell = (
            f"<div class='bron-cel'>Tabel {html.escape(c.table)} · rij {html.escape(c.row or '')} · "
            f"kolom {highlight(c.column or '', answer)}</div>"
            if c.table
            else ""
        )
        cards.append(
            f"<div class='bron' id='bron-{c.n}' tabindex='-1'><div class='bron-kop'><span class='bron-n'>[{c.n}]</span> "
            f"<b>{html.escape(c.title)}</b></div><div class='bron-waar'>{html.escape(where)}</div>{cell}"
            f"<blockquote>{highlight(c.quote, answer)}</blockquote>"
            f"<div class='bron-ref'>{html.escape(c.reference)}</div>"
            + (
                f"<details class='context'><summary>Toon in context</summary>{section_html(index, c)}</details>"
                if index is not None
                else ""
            )
            + "</div>"
        )
    return "<div class='bronnen-lijst'>" + "\n".join(cards) + "</div>"


def source_choices(answer: Answer | None) -> list[tuple[str, int]]:
    if answer is None:
        return []
    return [(f"[{c.n}] {c.title} — {c.section or 'zonder sectie'}", c.n) for c in answer.citations]


def _section(index: LoadedIndex, citation: Citation) -> tuple[str, list[tuple[str, str, str, int | None]]] | str:
    """The section a citation comes from: its heading and its paragraphs as (before, quoted,
    after, footnote number), the quoted passage split out; or a message when it is gone."""
    doc = index.documents.get(citation.doc_id)
    if doc is None:
        return f"{citation.title} staat niet meer in de index; de sectie kan niet worden getoond. Het citaat blijft zichtbaar."
    block = next((b for b in doc.blocks if b.start <= citation.start and citation.end <= b.end), None)
    if block is None:
        return "Deze passage is niet meer te vinden in de huidige index. Voer `hic ingest` uit of stel de vraag opnieuw."
    section = block.section
    paragraphs = []
    for b in doc.blocks:
        if (
            b.section != section
            or b.kind == "heading"
            or (b.kind == "footnote" and b.cited_by is not None and doc.blocks[b.cited_by].section != section)
        ):
            continue
        note = b.note if b.kind == "footnote" else None
        if b.start <= citation.start and citation.end <= b.end:
            offset, length = citation.start - b.start, citation.end - citation.start
            paragraphs.append((b.text[:offset], b.text[offset : offset + length], b.text[offset + length :], note))
        else:
            paragraphs.append((b.text, "", "", note))
    return f"{doc.meta.title} — {' > '.join(section) or 'zonder sectie'}", paragraphs


def section_markdown(index: LoadedIndex, citation: Citation) -> str:
    """The full section a citation comes from, the quoted passage in bold; a clear message
    when the document is no longer in the index."""
    found = _section(index, citation)
    if isinstance(found, str):
        return found
    heading, paragraphs = found
    parts = [f"#### {heading}"]
    for before, quoted, after, note in paragraphs:
        text = f"{before}**{quoted}**{after}" if quoted else before
        parts.append(f"<sup>{note}</sup> {text}" if note is not None else text)
    return "\n\n".join(parts)


def section_html(index: LoadedIndex, citation: Citation) -> str:
    """The section of a citation as HTML for its source card ("Toon in context"), the quoted
    passage marked."""
    found = _section(index, citation)
    if isinstance(found, str):
        return f"<p class='hint'>{html.escape(found)}</p>"
    heading, paragraphs = found
    parts = [f"<p class='sectie-kop'><b>{html.escape(heading)}</b></p>"]
    for before, quoted, after, note in paragraphs:
        text = html.escape(before) + (
            f"<strong class='citaat'>{html.escape(quoted)}</strong>{html.escape(after)}" if quoted else ""
        )
        parts.append(f"<p><sup>{note}</sup> {text}</p>" if note is not None else f"<p>{text}</p>")
    return "".join(parts)


def figure_rows(answer: Answer, table: FigureTable, titles: dict[str, str] | None = None) -> list[list[Any]]:
    """The figures an answer states, one row each, with other documents' values marked;
    documents are named by ``titles`` (doc id -> title), never by their ids."""
    rows = []
    titles = (titles or {}) | {c.doc_id: c.title for c in answer.citations}
    for f in answer.figures:
        if f.computed:
            rows.append([f.period, f.value, f"{label(f.metric)} (berekend)", "berekend", ""])
            continue
        reading = table.reading(f.metric, f.period, f.measure)
        others = "; ".join(f"{o.value} in {titles.get(o.doc_id, o.doc_id)}" for o in reading.disagreeing) if reading else ""
        rows.append([f.period, f.value, label(f.metric), f"[{f.citation}]", f"afwijkend: {others}" if others else ""])
    return rows


def figure_chart(answer: Answer, table: FigureTable, titles: dict[str, str] | None = None) -> go.Figure | None:
    """A chart of the series behind the answer's figures: the preferred value per year as a
    line, other documents' different values as red crosses; sources in the caption."""
    printed = [f for f in answer.figures if not f.computed and re.fullmatch(r"\d{4}", f.period)]
    if not printed:
        return None
    metric, measure = printed[0].metric, printed[0].measure
    years = table.years(metric, measure)
    readings = table.series(metric, years[0], years[-1], measure) if years else []
    if not readings:
        return None
    asked = {f.period for f in printed}
    figure = go.Figure()
    figure.add_trace(
        go.Scatter(
            x=[int(r.period) for r in readings],
            y=[r.preferred.number for r in readings],
            mode="lines+markers",
            name="meest recente bron",
            text=[f"{r.preferred.value} ({(titles or {}).get(r.preferred.doc_id, r.preferred.doc_id)})" for r in readings],
            hovertemplate="%{x}: %{text}<extra></extra>",
            marker={"size": [12 if r.period in asked else 7 for r in readings]},
        )
    )
    conflicts = [(r, o) for r in readings for o in r.disagreeing]
    if conflicts:
        figure.add_trace(
            go.Scatter(
                x=[int(r.period) for r, _ in conflicts],
                y=[o.number for _, o in conflicts],
                mode="markers",
                name="afwijkende waarde in andere bron",
                marker={"symbol": "x", "size": 12, "color": "#c0392b"},
                text=[f"{o.value} ({(titles or {}).get(o.doc_id, o.doc_id)}, {o.table})" for _, o in conflicts],
                hovertemplate="%{x}: %{text}<extra></extra>",
            )
        )
    sources = sorted({r.preferred.doc_id for r in readings} | {o.doc_id for _, o in conflicts})
    unit = "%" if readings[0].preferred.unit == "%" else "aantal"
    figure.update_layout(
        title={"text": label(metric).capitalize() if not label(metric)[0].isupper() else label(metric)},
        xaxis_title="jaar",
        yaxis_title=unit,
        height=400,
        margin={"l": 60, "r": 20, "t": 50, "b": 120},
        legend={"orientation": "h", "y": -0.22},
        annotations=[
            {
                "text": "Bronnen: " + "; ".join((titles or {}).get(d, d) for d in sources),
                "xref": "paper",
                "yref": "paper",
                "x": 0,
                "y": -0.5,
                "showarrow": False,
                "font": {"size": 11},
            }
        ],
    )
    return figure


def about_markdown(index: LoadedIndex | None) -> str:
    """What the assistant is and is not, with the documents it answers from."""
    lines = [
        "### Over de HIC-assistent",
        "De HIC-assistent beantwoordt vragen **uitsluitend uit de onderstaande documenten** over de aanpak "
        "van High Impact Crimes. Elk antwoord noemt per zin de bron, met een letterlijk citaat dat u kunt controleren.",
        "",
        "- Antwoorden zijn **automatisch samengesteld** uit citaten en cijfers; lees de bronnen na voordat u ze gebruikt.",
        "- Cijfers staan er precies zoals ze in de bron zijn gedrukt. Berekende veranderingen zijn als *berekend* gemarkeerd.",
        "- Spreken bronnen elkaar tegen, dan zegt het antwoord dat en noemt het de meest recente bron.",
        "- Staat iets niet in de documenten, dan zegt de assistent dat, in plaats van te gissen.",
        "- De assistent heeft geen toegang tot internet, andere documenten of politiesystemen.",
        "",
        "**Documenten**",
    ]
    if index is None:
        lines.append("(de index wordt nog gebouwd)")
    else:
        for doc in sorted(index.documents.values(), key=lambda d: d.meta.date):
            lines.append(f"- {doc.meta.title} — {doc.meta.date} — *{doc.meta.reference}*")
        lines += ["", f"Index: build `{index.manifest.get('build_id', '?')}`, embedder `{index.manifest.get('embedder', '?')}`."]
    return "\n".join(lines)


def bad_input(message: str) -> bool:
    """Is ``message`` no question at all (empty, only symbols, too long)? The app then
    keeps it in the box and answers with the message that fits."""
    return input_problem(normalise(message or "")) is not None


def kamervraag_markdown(result: KamervraagDraft) -> str:
    """A Kamervragen draft on screen: per question the answer, its footnotes numbered as in
    the .docx and .md files, and which parts the documents answer."""
    notes = footnotes(result)
    parts = []
    for i, item in enumerate(result.items):
        parts.append(
            f"**Vraag {item.number}.** *{as_text(item.question)}*\n\n**Antwoord op vraag {item.number}.** "
            + notes.text(i, answer_text(item.answer))
        )
        status = status_line(item.answer)
        # (words, not emoji: a workstation may lack an emoji font)
        parts.append(f"**Status:** *{status}*")
        parts.extend(
            f"<small>[{k}] {html.escape(notes.notes[k - 1].reference)}</small>" for k in sorted(set(notes.numbers[i].values()))
        )
    return "\n\n".join(parts)
