"""The Gradio app: builds the UI and calls the assistant, nothing more.

Run with ``python app.py`` or ``hic serve``; both honour GRADIO_SERVER_NAME and
GRADIO_SERVER_PORT (default 127.0.0.1:7860).
"""

from __future__ import annotations

import html
import json
import signal
import sqlite3
import time
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

from assistant.config import Settings, configure_runtime

configure_runtime()  # before gradio is imported: analytics off, offline

import gradio as gr  # noqa: E402

from assistant.answer.session import Session  # noqa: E402
from assistant.records import Answer  # noqa: E402
from assistant.workbench.guard import Guard, LoginThrottle  # noqa: E402
from assistant.workbench.present import (  # noqa: E402
    FIGURE_HEADERS,
    about_markdown,
    as_text,
    bad_input,
    figure_chart,
    figure_rows,
    kamervraag_markdown,
    linked,
    section_markdown,
    source_choices,
    sources_html,
    with_sources,
)
from assistant.workbench.service import Service, user_message  # noqa: E402

EXAMPLES = [
    "Hoeveel straatroven waren er in 2024?",
    "Hoe ontwikkelde het aantal woninginbraken zich tussen 2011 en 2021?",
    "Wat doet AJB?",
    "Wat is de definitie van een overval?",
    "Hoeveel overvallen waren er in 2021?",
]
# Rijkshuisstijl-like colours: dark blue on white, all text at WCAG AA contrast or better
BLUE = "#154273"
CSS = f"""
.bron {{border-left: 3px solid {BLUE}; padding: 4px 10px; margin-bottom: 10px; scroll-margin: 8px;}}
.bron.actief, .bron:target {{background: #e8f1f8; outline: 2px solid {BLUE};}}
.bron-n {{font-weight: bold; color: {BLUE};}}
.bron-waar, .bron-ref {{font-size: 0.85em; color: #4a4a4a;}}
.bron blockquote {{margin: 4px 0; font-style: italic;}}
.bron mark {{background: #fff3b0; color: #000;}}
.hint {{color: #4a4a4a;}}
.bron details.context {{margin-top: 4px;}}
.bron details.context summary {{cursor: pointer; color: {BLUE};}}
.bron details.context p {{font-size: 0.9em;}}
.bron strong.citaat {{background: #fff3b0; color: #000;}}
.bronnen-lijst {{max-height: 520px; overflow-y: auto; overflow-x: hidden;}}
#sectie {{max-height: 360px; overflow-y: auto;}}
/* beside the conversation, sources, section and figures scroll in their own panel, so the
   question box stays right under the answer; on a phone they simply follow the answer */
@media (min-width: 768px) {{
  #zijpaneel {{max-height: 640px; overflow-y: auto; flex-wrap: nowrap;}}
  #zijpaneel > * {{flex-shrink: 0;}}
}}
a.cite {{color: {BLUE}; font-weight: bold; text-decoration: underline; cursor: pointer;}}
#cijfers td:nth-child(-n+2), #cijfers th:nth-child(-n+2),
#cijfers td:nth-child(-n+2) *, #cijfers th:nth-child(-n+2) * {{white-space: nowrap; word-break: keep-all;}}
"""
# Runs before Gradio's own scripts: the page is Dutch (lang="nl" and Gradio's Dutch labels
# whatever the browser's language); a citation marker scrolls to and highlights its source
# card; arrow-up in an empty question box recalls the last question.
HEAD = """
<script>
(function () {
  try {
    Object.defineProperty(navigator, "language", {get: function () { return "nl-NL"; }});
    Object.defineProperty(navigator, "languages", {get: function () { return ["nl-NL", "nl"]; }});
  } catch (e) {}
  document.documentElement.setAttribute("lang", "nl");
  new MutationObserver(function () {
    if (document.documentElement.getAttribute("lang") !== "nl") document.documentElement.setAttribute("lang", "nl");
  }).observe(document.documentElement, {attributes: true, attributeFilter: ["lang"]});
  // Gradio's own controls that its Dutch locale leaves in English
  var DUTCH = {"Clear": "Gesprek wissen", "Like": "Vind ik leuk", "Dislike": "Vind ik niet leuk",
               "Copy message": "Kopieer bericht", "Copy": "Kopieer", "Retry": "Opnieuw", "Undo": "Ongedaan maken",
               "Fullscreen": "Volledig scherm", "Exit fullscreen mode": "Volledig scherm sluiten",
               "Download": "Downloaden", "Share": "Delen", "Error": "Fout", "Warning": "Waarschuwing",
               "This application is currently busy. Please try again. ": "De HIC-assistent is op dit moment erg druk. Probeer het over een paar seconden opnieuw."};
  function dutch(root) {
    (root.querySelectorAll ? root : document).querySelectorAll("button[aria-label], button[title]").forEach(function (b) {
      ["aria-label", "title"].forEach(function (name) {
        var value = b.getAttribute(name);
        if (value && DUTCH[value]) b.setAttribute(name, DUTCH[value]);
      });
    });
    // Gradio's own notices (e.g. "busy" when the queue is full) in the toasts
    document.querySelectorAll(".toast-wrap, span.error").forEach(function (root) {
      var walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (var node = walk.nextNode(); node; node = walk.nextNode()) {
        var key = node.nodeValue.trim();
        if (DUTCH[key]) node.nodeValue = node.nodeValue.replace(key, DUTCH[key]);
        else if (DUTCH[node.nodeValue]) node.nodeValue = DUTCH[node.nodeValue];
      }
    });
  }
  new MutationObserver(function () { dutch(document); }).observe(document, {childList: true, subtree: true});
  function show(a) {
    var card = document.getElementById(a.getAttribute("href").slice(1));
    if (!card) return;
    document.querySelectorAll(".bron.actief").forEach(function (c) { c.classList.remove("actief"); });
    card.classList.add("actief");
    card.scrollIntoView({block: "nearest"});
    card.focus({preventScroll: true});
  }
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest && ev.target.closest("a.cite");
    if (!a) return;
    ev.preventDefault();
    ev.stopPropagation();
    show(a);
  }, true);
  document.addEventListener("click", function (ev) {
    var send = ev.target.closest && ev.target.closest("#verstuur");
    var box = document.querySelector("#vraag textarea");
    if (send && box && box.value.trim()) localStorage.setItem("hic-laatste-vraag", box.value);
  }, true);
  document.addEventListener("keydown", function (ev) {
    var box = ev.target.closest && ev.target.closest("#vraag textarea");
    if (!box) return;
    if (ev.key === "Enter" && box.value.trim()) localStorage.setItem("hic-laatste-vraag", box.value);
    if (ev.key === "ArrowUp" && !box.value) {
      var last = localStorage.getItem("hic-laatste-vraag");
      if (last) { box.value = last; box.dispatchEvent(new Event("input", {bubbles: true})); ev.preventDefault(); }
    }
  }, true);
})();
</script>
"""
# copy to the clipboard, with a fallback where the Clipboard API is not available (http)
COPY_JS = """
async (text) => {
  if (!text) return "Er is nog geen antwoord om te kopiëren.";
  try { await navigator.clipboard.writeText(text); }
  catch (e) {
    const area = document.createElement("textarea"); area.value = text; document.body.appendChild(area);
    area.select(); document.execCommand("copy"); area.remove();
  }
  return "Gekopieerd: het antwoord met de bronnen als voetnoten.";
}
"""


def theme() -> gr.themes.Base:
    """Gradio's default theme in government blue instead of orange."""
    return gr.themes.Default(primary_hue=gr.themes.colors.blue, font=["Arial", "Helvetica", "sans-serif"]).set(
        button_primary_background_fill=BLUE,
        button_primary_background_fill_hover="#0b2e55",
        button_primary_text_color="#ffffff",
        button_primary_border_color=BLUE,
        color_accent=BLUE,
        color_accent_soft="#e8f1f8",
        link_text_color=BLUE,
        link_text_color_visited=BLUE,
        block_label_text_color="#333333",
        body_text_color_subdued="#4a4a4a",
        input_placeholder_color="#595959",
    )


def build_app(settings: Settings | None = None, service: Service | None = None) -> gr.Blocks:
    """The Gradio Blocks of the HIC-assistent."""
    settings = settings or Settings()
    service = service or Service(settings)

    def load(progress: gr.Progress = gr.Progress()) -> tuple[str, str, Any]:  # noqa: B008
        def report(done: int, total: int) -> None:
            progress(done / max(total, 1), desc=f"Eerste start: index bouwen ({done}/{total} passages)")

        # a first start builds at launch: figures and BM25 come within seconds, then the
        # page is usable while the vectors are embedded
        while not service.ready and service.building and not service.available:
            progress(None, desc="Eerste start: documenten lezen en cijfers verzamelen")
            time.sleep(0.5)
        try:
            assistant = service.assistant(progress=report)
        except Exception as exc:  # the page must load whatever happens
            return f"**Let op:** {user_message(exc)}", about_markdown(None), gr.update()
        docs = [(d.meta.title, d.id) for d in sorted(assistant.index.documents.values(), key=lambda d: d.meta.date)]
        return _status(len(docs)), about_markdown(assistant.index), gr.update(choices=docs, value=[d for _, d in docs])

    def _status(documents: int) -> str:
        note = service.mode_note()
        if note:
            return f"<small>**{note}**</small>"
        return f"<small>Klaar: {documents} documenten doorzoekbaar.</small>"

    def refresh_status() -> tuple[Any, Any]:
        """While answers come from words only, the status follows the embedding; then stops."""
        if not service.ready:
            return gr.update(), gr.update()
        documents = len(service.assistant().index.documents)
        return _status(documents), gr.update(active=bool(service.mode_note()))

    def respond(
        message: str,
        history: list[dict[str, Any]],
        session: Session | None,
        docs: list[str],
        first: float | None,
        last: float | None,
        answers: dict[int, tuple[str, Answer]] | None,
        browser: str | None,
        conversation: str | None,
        request: gr.Request,
    ):  # type: ignore[no-untyped-def]
        history = list(history or [])
        answers = dict(answers or {})
        message = message or ""
        # bad input stays in the box, so nothing typed is lost
        keep = message if bad_input(message) else ""
        try:
            assistant = service.assistant()
        except Exception as exc:
            history += [{"role": "user", "content": as_text(message)}, {"role": "assistant", "content": user_message(exc)}]
            return (
                history,
                message,
                sources_html(None),
                gr.update(choices=[], value=None),
                *_figures(None),
                session,
                None,
                answers,
                "",
                "",
                conversation,
                gr.update(),
            )
        session = session or Session(assistant)
        session.assistant = assistant  # a conversation carries on with a newly published build
        try:
            answer = session.ask(message, docs=set(docs) if docs else None, period=_period(first, last))
        except Exception as exc:  # never a traceback in the UI
            answer = Answer(message, "", True, message=user_message(exc))
        note = service.mode_note()
        if note and not bad_input(message):
            answer = replace(answer, message="\n\n".join(p for p in (f"*{note}*", answer.message) if p))
        shown = message if len(message) <= 400 else message[:400] + f" … ({len(message)} tekens)"
        history.append({"role": "user", "content": as_text(shown)})
        history.append({"role": "assistant", "content": linked(_chat_text(answer), answer)})
        answers[len(history) - 1] = (uuid.uuid4().hex, answer)
        titles = {d.id: d.meta.title for d in assistant.index.documents.values()}
        rows = figure_rows(answer, assistant.figures, titles)
        chart = figure_chart(answer, assistant.figures, titles)
        panel = sources_html(answer, assistant.index)
        # the conversation is kept as it now stands; "Nieuw gesprek" starts another
        conversation = conversation or uuid.uuid4().hex
        who = _owner(request, browser)
        try:
            service.history.save(who, conversation, html.unescape(history[0]["content"]), history, panel)
            listed = gr.update(choices=service.history.listing(who), value=conversation)
        except sqlite3.Error:
            listed = gr.update()  # the answer matters more than its record
        return (
            history,
            keep,
            panel,
            gr.update(choices=source_choices(answer), value=None),
            *_figures(rows, chart),
            session,
            answer,
            answers,
            with_sources(answer),
            with_sources(answer, markdown=True),
            conversation,
            listed,
        )

    def restore(browser: str | None, request: gr.Request):  # type: ignore[no-untyped-def]
        """On (re)load: this browser's id, and its latest conversation back on screen."""
        browser = browser or uuid.uuid4().hex
        who = _owner(request, browser)
        try:
            latest = service.history.latest(who)
            listed = service.history.listing(who)
        except sqlite3.Error:
            latest, listed = None, []
        if latest is None:
            return browser, None, [], sources_html(None), gr.update(choices=listed, value=None)
        return browser, latest.id, latest.messages, latest.sources, gr.update(choices=listed, value=latest.id)

    def reopen(conversation: str | None, current: str | None, browser: str | None, request: gr.Request):  # type: ignore[no-untyped-def]
        """Open an earlier conversation (its follow-up context starts afresh)."""
        if not conversation or conversation == current:
            return (gr.update(),) * 5
        try:
            found = service.history.load(_owner(request, browser), conversation)
        except (sqlite3.Error, ValueError):  # (a damaged store: say so, keep the screen)
            found = None
        if found is None:
            gr.Warning("Dit gesprek kon niet worden geopend.")
            return (gr.update(),) * 5
        return found.messages, found.sources, found.id, None, {}

    def open_section(n: int | None, answer: Answer | None) -> str:
        if n is None or answer is None:
            return ""
        citation = next((c for c in answer.citations if c.n == n), None)
        if citation is None:
            return "Deze bron hoort niet bij het laatste antwoord."
        try:
            return section_markdown(service.assistant().index, citation)
        except Exception as exc:
            return user_message(exc)

    def rate(answers: dict[int, tuple[str, Answer]] | None, data: gr.LikeData) -> tuple[str, str | None]:
        index = data.index if isinstance(data.index, int) else data.index[0]
        found = (answers or {}).get(index)
        if found is None:
            return "Alleen antwoorden van de assistent kunnen worden beoordeeld.", None
        answer_id, answer = found
        return service.rate("up" if data.liked is True else "down", answer, answer_id=answer_id), answer_id

    def new_conversation():  # type: ignore[no-untyped-def]
        # (the old conversation stays in the list)
        return (
            [],
            sources_html(None),
            gr.update(choices=[], value=None),
            *_figures(None),
            None,
            None,
            {},
            "",
            "",
            "",
            None,
            None,
            gr.update(value=None),
        )

    def kamervraag(text: str) -> tuple[str, Any, Any]:
        try:
            result, docx_path, md_path = service.kamervraag(text or "")
        except ValueError as exc:
            return f"**{exc}**", None, None
        except Exception as exc:
            return f"**{user_message(exc)}**", None, None
        return kamervraag_markdown(result), str(docx_path), str(md_path)

    def export_conversation(answers: dict[int, tuple[str, Answer]] | None) -> tuple[str, Any, Any]:
        kept = [answer for _, (_, answer) in sorted((answers or {}).items())]
        try:
            docx_path, md_path = service.export_conversation(kept)
        except ValueError as exc:
            return str(exc), gr.update(visible=False), gr.update(visible=False)
        except Exception as exc:
            return user_message(exc), gr.update(visible=False), gr.update(visible=False)
        return "", gr.update(value=str(docx_path), visible=True), gr.update(value=str(md_path), visible=True)

    def edit_draft(md_file: str | None) -> Any:
        """The draft's Markdown in the editor, once there is a draft."""
        if not md_file:
            return gr.update(value="", visible=False)
        try:
            return gr.update(value=Path(md_file).read_text(encoding="utf-8"), visible=True)
        except OSError:
            gr.Warning("Het concept kon niet in de editor worden geladen; de downloads zijn wel gemaakt.")
            return gr.update(value="", visible=False)

    def export_edited(markdown: str) -> tuple[str, Any, Any]:
        try:
            docx_path, md_path = service.export_edited(markdown or "")
        except ValueError as exc:
            return f"**{exc}**", gr.update(), gr.update()
        except Exception as exc:
            return f"**{user_message(exc)}**", gr.update(), gr.update()
        note = "De bestanden zijn bijgewerkt met uw wijzigingen."
        return note, gr.update(value=str(docx_path), visible=True), gr.update(value=str(md_path), visible=True)

    def ask_api(question: str) -> tuple[str, str]:
        """API endpoint for scripts: one question, no conversation; (answer, JSON)."""
        try:
            answer = service.assistant().ask(question or "")
        except Exception as exc:
            return user_message(exc), json.dumps({"refused": True, "message": user_message(exc)}, ensure_ascii=False)
        return _chat_text(answer), json.dumps(answer.to_json(), ensure_ascii=False)

    with gr.Blocks(title="HIC-assistent", analytics_enabled=False) as demo:
        session_state = gr.State(None)
        answer_state = gr.State(None)
        answers_state = gr.State({})  # chat message index -> (answer id, Answer)
        rated_state = gr.State(None)  # the answer id last rated, for a comment
        conversation_state = gr.State(None)  # the id of the conversation on screen
        browser_state = gr.BrowserState("", storage_key="hic-browser")  # whose conversations, without login
        gr.Markdown("# HIC-assistent\nVragen over de voortgangsrapportages High Impact Crimes, met letterlijke bronvermelding.")
        status = gr.Markdown("*De index wordt geladen…*", elem_id="status", min_height=40)
        with gr.Tab("Vraag"):
            with gr.Row(equal_height=False, elem_id="werkblad"):
                with gr.Column(scale=3, min_width=320):
                    chatbot = gr.Chatbot(
                        label="Gesprek",
                        height=520,
                        elem_id="gesprek",
                        placeholder="Stel een vraag over overvallen, straatroven, woninginbraken, geweld, plofkraken, ...",
                        buttons=[],
                        feedback_options=("Like", "Dislike"),
                    )
                    with gr.Row():
                        copy_plain = gr.Button("Kopieer met bronnen", size="sm", elem_id="kopieer")
                        copy_md = gr.Button("Kopieer als Markdown", size="sm", elem_id="kopieer-md")
                    copy_note = gr.Markdown(elem_id="kopie-melding")
                    with gr.Accordion("Gesprek exporteren", open=False, elem_id="gesprek-exporteren"):
                        export_button = gr.Button(
                            "Maak Word- en Markdown-bestand van dit gesprek", size="sm", elem_id="exporteer"
                        )
                        with gr.Row():
                            conv_docx = gr.File(label="Gesprek (.docx)", elem_id="gesprek-docx", visible=False)
                            conv_md = gr.File(label="Gesprek (.md)", elem_id="gesprek-md", visible=False)
                    plain_text = gr.Textbox(visible="hidden", elem_id="kopie-tekst", label="Antwoord met bronnen")
                    markdown_text = gr.Textbox(visible="hidden", elem_id="kopie-markdown", label="Antwoord als Markdown")
                with gr.Column(scale=2, min_width=320, elem_id="zijpaneel"):
                    gr.Markdown("## Bronnen")
                    sources = gr.HTML(sources_html(None), elem_id="bronnen")
                    pick = gr.Dropdown(label="Toon de hele sectie van bron", choices=[], elem_id="bron-kiezen")
                    section = gr.Markdown(elem_id="sectie")
                    figures_heading = gr.Markdown("## Cijfers", visible=False)
                    figures = gr.Dataframe(
                        headers=FIGURE_HEADERS,
                        interactive=False,
                        elem_id="cijfers",
                        wrap=True,
                        # in px: a figure never wraps; on a phone the table scrolls sideways
                        column_widths=["76px", "72px", "112px", "56px", "180px"],
                        visible=False,
                        buttons=[],
                    )
                    chart = gr.Plot(elem_id="grafiek", label="Reeks", visible=False)
            question = gr.Textbox(
                label="Uw vraag",
                placeholder=EXAMPLES[0],
                elem_id="vraag",
                lines=1,
                info="Enter verstuurt; pijl omhoog haalt uw vorige vraag terug.",
            )
            with gr.Row():
                send = gr.Button("Vraag", variant="primary", elem_id="verstuur")
                clear = gr.Button("Nieuw gesprek", elem_id="nieuw-gesprek")
            gr.Examples(EXAMPLES, inputs=question, label="Voorbeeldvragen")
            with gr.Accordion("Eerdere gesprekken", open=False):
                past = gr.Dropdown(
                    label="Open een eerder gesprek",
                    choices=[],
                    elem_id="eerdere-gesprekken",
                    info="Gesprekken blijven bewaard in deze browser (of onder uw inlognaam); 'Nieuw gesprek' begint een nieuw gesprek.",
                )
            with gr.Accordion("Filters", open=False):
                docs = gr.CheckboxGroup(label="Zoek in deze documenten", choices=[], elem_id="documenten")
                with gr.Row():
                    first = gr.Number(label="Periode vanaf (jaar)", precision=0)
                    last = gr.Number(label="tot en met (jaar)", precision=0)
                gr.Markdown(
                    "<small>De periode geldt voor cijfervragen zonder eigen jaartal; tekstantwoorden citeren dan alleen passages die een jaar uit de periode noemen.</small>"
                )
            with gr.Row():
                comment = gr.Textbox(
                    label="Toelichting bij uw beoordeling (optioneel)",
                    info="Beoordeel een antwoord met de duim onder het antwoord; de toelichting hoort bij die beoordeling.",
                    lines=1,
                    scale=4,
                    elem_id="toelichting",
                )
                save_comment = gr.Button("Toelichting opslaan", scale=1, elem_id="toelichting-opslaan")
            feedback_note = gr.Markdown(elem_id="beoordeling-melding")
        with gr.Tab("Kamervragen"):
            gr.Markdown(
                "Plak een of meer **genummerde** Kamervragen. Per vraag komt er een conceptantwoord met de bronnen als voetnoten, te downloaden als Word-bestand of Markdown."
            )
            kv_text = gr.Textbox(
                label="Kamervragen",
                lines=8,
                elem_id="kamervragen",
                placeholder="1. Hoeveel straatroven waren er in 2024?\n2. Wat doet de aanpak Alleen jij bepaalt wie je bent?",
            )
            kv_button = gr.Button("Maak conceptantwoord", variant="primary", elem_id="kamervraag-knop")
            kv_out = gr.Markdown(elem_id="kamervraag-concept")
            with gr.Accordion("Concept bewerken voor u het downloadt", open=False, elem_id="concept-bewerken"):
                kv_edit = gr.Textbox(
                    label="Concept (Markdown; [^1] is voetnoot 1)",
                    lines=14,
                    elem_id="kamervraag-bewerk",
                    visible=False,
                    info="Pas de tekst aan en maak de bestanden opnieuw; voetnoten die u niet meer noemt vervallen.",
                )
                kv_rebuild = gr.Button("Maak de bestanden van mijn bewerkte tekst", elem_id="kamervraag-bijwerken")
                kv_note = gr.Markdown(elem_id="kamervraag-melding")
            with gr.Row():
                # (shown once there is a draft: no empty upload boxes before)
                kv_docx = gr.File(label="Word (.docx)", elem_id="download-docx", visible=False)
                kv_md = gr.File(label="Markdown (.md)", elem_id="download-md", visible=False)
        with gr.Tab("Over"):
            about = gr.Markdown(about_markdown(None))

        figure_outputs = [figures_heading, figures, chart]
        outputs = [chatbot, question, sources, pick, *figure_outputs, session_state, answer_state, answers_state]
        outputs += [plain_text, markdown_text, conversation_state, past]
        inputs = [question, chatbot, session_state, docs, first, last, answers_state, browser_state, conversation_state]
        send.click(respond, inputs, outputs, api_visibility="private", concurrency_limit=settings.concurrency)
        question.submit(respond, inputs, outputs, api_visibility="private", concurrency_limit=settings.concurrency)
        clear.click(
            new_conversation,
            None,
            [chatbot, sources, pick, *figure_outputs, session_state, answer_state, answers_state, section]
            + [plain_text, markdown_text, rated_state, conversation_state, past],
            api_visibility="private",
        )
        past.change(
            reopen,
            [past, conversation_state, browser_state],
            [chatbot, sources, conversation_state, session_state, answers_state],
            api_visibility="private",
        )
        pick.change(open_section, [pick, answer_state], section, api_visibility="private")
        chatbot.like(rate, [answers_state], [feedback_note, rated_state], api_visibility="private")
        save_comment.click(
            lambda answer_id, text: (service.comment(answer_id, text), "" if answer_id and text.strip() else text),
            [rated_state, comment],
            [feedback_note, comment],
            api_visibility="private",
        )
        export_button.click(
            export_conversation, answers_state, [copy_note, conv_docx, conv_md], api_visibility="private", concurrency_limit=1
        )
        copy_plain.click(None, plain_text, copy_note, js=COPY_JS)
        copy_md.click(None, markdown_text, copy_note, js=COPY_JS)
        kv_button.click(kamervraag, kv_text, [kv_out, kv_docx, kv_md], api_name="kamervraag", concurrency_limit=1).then(
            lambda docx_file, md_file: (gr.update(visible=docx_file is not None), gr.update(visible=md_file is not None)),
            [kv_docx, kv_md],
            [kv_docx, kv_md],
            api_visibility="private",
        ).then(edit_draft, kv_md, kv_edit, api_visibility="private")
        kv_rebuild.click(export_edited, kv_edit, [kv_note, kv_docx, kv_md], api_visibility="private", concurrency_limit=1)
        gr.api(ask_api, api_name="ask", concurrency_limit=settings.concurrency)
        demo.load(load, None, [status, about, docs], api_visibility="private", show_progress="full", show_progress_on=status)
        status_timer = gr.Timer(5)
        status_timer.tick(refresh_status, None, [status, status_timer], api_visibility="private", show_progress="hidden")
        demo.load(restore, browser_state, [browser_state, conversation_state, chatbot, sources, past], api_visibility="private")
    demo.queue(max_size=settings.queue_size, default_concurrency_limit=settings.concurrency)
    demo.service = service  # type: ignore[attr-defined]
    return demo


def _owner(request: gr.Request | None, browser: str | None) -> str:
    """Whose conversation: the login name when login is on, else this browser."""
    user = getattr(request, "username", None) if request is not None else None
    return f"gebruiker:{user}" if user else f"browser:{browser or 'onbekend'}"


def _figures(rows: list[list[Any]] | None, chart: Any = None) -> tuple[Any, Any, Any]:
    """The Cijfers heading, table and chart: shown only when the answer has figures."""
    shown = bool(rows)
    return (
        gr.update(visible=shown),
        gr.update(value=rows or [], visible=shown),
        gr.update(value=chart, visible=chart is not None),
    )


def _chat_text(answer: Answer) -> str:
    parts = [p for p in (answer.message, answer.answer) if p]
    return "\n\n".join(parts) if parts else "Dit staat niet in de beschikbare documenten."


def _period(first: float | None, last: float | None) -> tuple[int, int] | None:
    if not first and not last:
        return None
    start = int(first or last or 0)
    end = int(last or first or 0)
    return (min(start, end), max(start, end))


def launch_options(settings: Settings, demo: gr.Blocks) -> dict[str, Any]:
    """What ``launch`` gets besides the look: the guard in front of Gradio (Host allow-list,
    no uploads, no monitoring, login throttling, a Dutch "busy"), login if configured."""
    from starlette.middleware import Middleware

    auth = list(settings.users.items()) or None
    guard = Middleware(Guard, allowed_hosts=settings.allowed_hosts, throttle=LoginThrottle(settings.login_attempts))
    return {
        "share": False,
        "auth": auth,
        "auth_message": "Log in met uw gebruikersnaam en wachtwoord." if auth else None,
        "allowed_paths": [str(demo.service.export_dir)],  # type: ignore[attr-defined]
        "app_kwargs": {"middleware": [guard]},
        "enable_monitoring": False,
        "max_file_size": 1024,  # bytes; the guard refuses uploads before Gradio sees them anyway
        "show_error": False,
    }


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def main(settings: Settings | None = None, host: str | None = None, port: int | None = None) -> None:
    """Launch on 127.0.0.1:7860 (or ``host``/``port``, else GRADIO_SERVER_NAME/PORT), never
    shared, login if configured."""
    settings = settings or Settings()
    # SIGTERM (systemd, docker, kill) ends the app like Ctrl-C: Gradio closes, and the exit
    # handlers remove this process's exports and vector-store copy
    signal.signal(signal.SIGTERM, _interrupt)
    demo = build_app(settings)
    demo.service.start()  # type: ignore[attr-defined]  # the index opens (or is built) while the page loads
    options = launch_options(settings, demo)
    if host:
        options["server_name"] = host
    if port:
        options["server_port"] = port
    demo.launch(**options, footer_links=[], css=CSS, head=HEAD, theme=theme())


if __name__ == "__main__":
    main()
