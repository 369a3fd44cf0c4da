"""The Gradio app: builds the UI and calls the assistant, nothing more.

Run with ``python app.py`` or ``hic serve``; both honour GRADIO_SERVER_NAME and
GRADIO_SERVER_PORT (default 127.0.0.1:7860).
"""

from __future__ import annotations

import json
import time
from typing import Any

from assistant.config import Settings, configure_runtime

configure_runtime()  # before gradio is imported: analytics off, offline

import gradio as gr  # noqa: E402

from assistant.answer.session import Session  # noqa: E402
from assistant.records import Answer  # noqa: E402
from assistant.workbench.present import (  # noqa: E402
    FIGURE_HEADERS,
    about_markdown,
    figure_chart,
    figure_rows,
    section_markdown,
    source_choices,
    sources_html,
)
from assistant.workbench.service import Service, user_message  # noqa: E402

EXAMPLES = [
    "Hoeveel straatroven waren er in 2024?",
    "Hoe ontwikkelde het aantal woninginbraken zich tussen 2011 en 2021?",
    "Wat doet AJB?",
    "Wat is de definitie van een overval?",
    "Hoeveel overvallen waren er in 2021?",
]
CSS = """
.bron {border-left: 3px solid #154273; padding: 4px 10px; margin-bottom: 10px;}
.bron-n {font-weight: bold; color: #154273;}
.bron-waar, .bron-ref {font-size: 0.85em; color: #555;}
.bron blockquote {margin: 4px 0; font-style: italic;}
.bron mark {background: #fff3b0;}
.hint {color: #666;}
#bronnen {max-height: 640px; overflow-y: auto;}
"""


def build_app(settings: Settings | None = None, service: Service | None = None) -> gr.Blocks:
    """The Gradio Blocks of the HIC-assistent."""
    settings = settings or Settings()
    service = service or Service(settings)

    def load(progress: gr.Progress = gr.Progress()) -> tuple[str, str, Any]:  # noqa: B008
        def report(done: int, total: int) -> None:
            progress(done / max(total, 1), desc=f"Eerste start: index bouwen ({done}/{total} passages)")

        try:
            assistant = service.assistant(progress=report)
        except Exception as exc:  # the page must load whatever happens
            return f"**Let op:** {user_message(exc)}", about_markdown(None), gr.update()
        docs = [(d.meta.title, d.id) for d in sorted(assistant.index.documents.values(), key=lambda d: d.meta.date)]
        ready = f"<small>Klaar: {len(docs)} documenten doorzoekbaar.</small>"
        return ready, about_markdown(assistant.index), gr.update(choices=docs, value=[d for _, d in docs])

    def respond(
        message: str,
        history: list[dict[str, Any]],
        session: Session | None,
        docs: list[str],
        first: float | None,
        last: float | None,
    ):  # type: ignore[no-untyped-def]
        history = list(history or [])
        try:
            assistant = service.assistant()
        except Exception as exc:
            history += [{"role": "user", "content": message or ""}, {"role": "assistant", "content": user_message(exc)}]
            yield history, "", sources_html(None), gr.update(choices=[], value=None), [], None, session, None
            return
        session = session or Session(assistant)
        period = _period(first, last)
        try:
            answer = session.ask(message or "", docs=set(docs) if docs else None, period=period)
        except Exception as exc:  # never a traceback in the UI
            answer = Answer(message or "", "", True, message=user_message(exc))
        text = _chat_text(answer)
        shown = message or ""
        history.append({"role": "user", "content": shown if len(shown) <= 400 else shown[:400] + f" … ({len(shown)} tekens)"})
        history.append({"role": "assistant", "content": ""})
        words = text.split(" ")
        for i in range(0, len(words), 6):  # appear progressively
            history[-1] = {"role": "assistant", "content": " ".join(words[: i + 6])}
            yield history, "", gr.update(), gr.update(), gr.update(), gr.update(), session, answer
            time.sleep(0.02)
        rows = figure_rows(answer, assistant.figures)
        chart = figure_chart(answer, assistant.figures)
        yield (
            history,
            "",
            sources_html(answer),
            gr.update(choices=source_choices(answer), value=None),
            rows,
            chart,
            session,
            answer,
        )

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

    def new_conversation() -> tuple[list[Any], str, Any, list[Any], None, None, None, str]:
        return [], sources_html(None), gr.update(choices=[], value=None), [], None, None, None, ""

    def kamervraag(text: str) -> tuple[str, Any, Any]:
        try:
            result, docx_path, md_path = service.kamervraag(text or "")
        except ValueError as exc:
            return f"**{exc}**", None, None
        except Exception as exc:
            return f"**{user_message(exc)}**", None, None
        parts = []
        for item in result.items:
            parts.append(
                f"**Vraag {item.number}.** *{item.question}*\n\n**Antwoord op vraag {item.number}.** {_chat_text(item.answer)}"
            )
            parts.extend(f"<small>[{c.n}] {c.reference}</small>" for c in item.answer.citations)
        return "\n\n".join(parts), str(docx_path), str(md_path)

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
        gr.Markdown("## HIC-assistent\nVragen over de voortgangsrapportages High Impact Crimes, met letterlijke bronvermelding.")
        status = gr.Markdown("*De index wordt geladen…*", elem_id="status", min_height=40)
        with gr.Tab("Vraag"):
            with gr.Row():
                with gr.Column(scale=3):
                    chatbot = gr.Chatbot(
                        label="Gesprek",
                        height=460,
                        elem_id="gesprek",
                        placeholder="Stel een vraag over overvallen, straatroven, woninginbraken, geweld, plofkraken, ...",
                    )
                    question = gr.Textbox(label="Uw vraag", placeholder=EXAMPLES[0], elem_id="vraag", lines=1)
                    with gr.Row():
                        send = gr.Button("Vraag", variant="primary", elem_id="verstuur")
                        clear = gr.Button("Nieuw gesprek")
                    gr.Examples(EXAMPLES, inputs=question, label="Voorbeeldvragen")
                    with gr.Accordion("Filters", open=False):
                        docs = gr.CheckboxGroup(label="Zoek in deze documenten", choices=[], elem_id="documenten")
                        with gr.Row():
                            first = gr.Number(label="Periode vanaf (jaar)", precision=0)
                            last = gr.Number(label="tot en met (jaar)", precision=0)
                        gr.Markdown(
                            "<small>De periode geldt voor cijfervragen zonder eigen jaartal; tekstantwoorden citeren dan alleen passages die een jaar uit de periode noemen.</small>"
                        )
                    with gr.Row():
                        up = gr.Button("✓ Nuttig", elem_id="duim-op")
                        down = gr.Button("✗ Niet goed", elem_id="duim-neer")
                    comment = gr.Textbox(label="Toelichting bij uw beoordeling (optioneel)", lines=1)
                    feedback_note = gr.Markdown()
                with gr.Column(scale=2):
                    gr.Markdown("### Bronnen")
                    sources = gr.HTML(sources_html(None), elem_id="bronnen")
                    pick = gr.Dropdown(label="Toon de hele sectie van bron", choices=[], elem_id="bron-kiezen")
                    section = gr.Markdown(elem_id="sectie")
                    gr.Markdown("### Cijfers")
                    figures = gr.Dataframe(
                        headers=FIGURE_HEADERS,
                        interactive=False,
                        elem_id="cijfers",
                        wrap=True,
                        column_widths=["11%", "12%", "22%", "30%", "9%", "16%"],
                    )
                    chart = gr.Plot(elem_id="grafiek", label="Reeks")
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
            with gr.Row():
                kv_docx = gr.File(label="Word (.docx)", elem_id="download-docx")
                kv_md = gr.File(label="Markdown (.md)", elem_id="download-md")
        with gr.Tab("Over"):
            about = gr.Markdown(about_markdown(None))

        outputs = [chatbot, question, sources, pick, figures, chart, session_state, answer_state]
        inputs = [question, chatbot, session_state, docs, first, last]
        send.click(respond, inputs, outputs, api_visibility="private", concurrency_limit=2)
        question.submit(respond, inputs, outputs, api_visibility="private", concurrency_limit=2)
        clear.click(
            new_conversation,
            None,
            [chatbot, sources, pick, figures, chart, session_state, answer_state, section],
            api_visibility="private",
        )
        pick.change(open_section, [pick, answer_state], section, api_visibility="private")
        up.click(lambda a, c: service.rate("up", a, c), [answer_state, comment], feedback_note, api_visibility="private")
        down.click(lambda a, c: service.rate("down", a, c), [answer_state, comment], feedback_note, api_visibility="private")
        kv_button.click(kamervraag, kv_text, [kv_out, kv_docx, kv_md], api_name="kamervraag", concurrency_limit=1)
        gr.api(ask_api, api_name="ask")
        demo.load(load, None, [status, about, docs], api_visibility="private", show_progress="full", show_progress_on=status)
    demo.queue(max_size=settings.queue_size, default_concurrency_limit=2)
    demo.service = service  # type: ignore[attr-defined]
    return demo


def _chat_text(answer: Answer) -> str:
    parts = [p for p in (answer.message, answer.answer) if p]
    return "\n\n".join(parts) if parts else "Dit staat niet in de beschikbare documenten."


def _period(first: float | None, last: float | None) -> tuple[int, int] | None:
    if not first and not last:
        return None
    start = int(first or last or 0)
    end = int(last or first or 0)
    return (min(start, end), max(start, end))


def main(settings: Settings | None = None) -> None:
    """Launch on 127.0.0.1 (or GRADIO_SERVER_NAME/PORT), never shared, login if configured."""
    settings = settings or Settings()
    demo = build_app(settings)
    auth = list(settings.users.items()) or None
    demo.launch(
        share=False,
        auth=auth,
        auth_message="Log in met uw gebruikersnaam en wachtwoord." if auth else None,
        allowed_paths=[str(demo.service.export_dir)],  # type: ignore[attr-defined]
        footer_links=[],
        css=CSS,
        show_error=False,
    )


if __name__ == "__main__":
    main()
