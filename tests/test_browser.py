"""A real browser (Debian's chromium through Playwright) uses the app as staff would."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import PROJECT_ROOT
from assistant.workbench.export import read_footnotes

pytestmark = [pytest.mark.browser, pytest.mark.real_model]

CHROMIUM = Path("/usr/bin/chromium")
# Flags for a closed network: no background calls home, no sandbox as root.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = PROJECT_ROOT / "test-output" / "screenshots"


def _browser(playwright):
    assert CHROMIUM.exists(), "Debian's chromium is missing: `make test` installs it (apt-get install chromium)"
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)


@pytest.fixture(scope="module")
def playwright_session():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = _browser(playwright)
        yield browser
        browser.close()


def _open(browser, app_url, **context):
    # an English browser: the page is Dutch all the same
    context = browser.new_context(locale="en-US", accept_downloads=True, **context)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app_url.rstrip("/"))
    page = context.new_page()
    page.goto(app_url, wait_until="load")
    page.locator("#vraag textarea").wait_for(timeout=60_000)
    page.get_by_text("Klaar: 5 documenten doorzoekbaar.").wait_for(timeout=60_000)
    return page


def _ask(page, question):
    before = page.locator("#gesprek .message-row, #gesprek [data-testid='bot']").count()
    page.locator("#vraag textarea").fill(question)
    page.locator("#verstuur").click()
    page.wait_for_function(
        "n => document.querySelectorAll(\"#gesprek .message-row, #gesprek [data-testid='bot']\").length > n",
        arg=before,
        timeout=60_000,
    )
    page.wait_for_timeout(500)


# the part of an element that can be seen: its box clipped by every scrolling ancestor
_SEEN = """el => {
  const r = el.getBoundingClientRect();
  let [x1, y1, x2, y2] = [r.left, r.top, r.right, r.bottom];
  for (let p = el.parentElement; p; p = p.parentElement) {
    const s = getComputedStyle(p);
    if (s.overflowY !== "visible" || s.overflowX !== "visible") {
      const q = p.getBoundingClientRect();
      [x1, y1, x2, y2] = [Math.max(x1, q.left), Math.max(y1, q.top), Math.min(x2, q.right), Math.min(y2, q.bottom)];
    }
  }
  return {x: x1, y: y1 + window.scrollY, width: Math.max(0, x2 - x1), height: Math.max(0, y2 - y1)};
}"""


def _download(page, selector, target):
    """Click the download link at ``selector`` and save the file as ``target``."""
    link = page.locator(selector).first
    link.wait_for(timeout=30_000)
    with page.expect_download() as info:
        link.click()
    info.value.save_as(target)
    return target


def _boxes(page, selectors):
    boxes = {}
    for selector in selectors:
        locator = page.locator(selector).first
        if locator.count() and locator.is_visible():
            box = locator.evaluate(_SEEN)
            if box["width"] > 0 and box["height"] > 0:
                boxes[selector] = box
    return boxes


def _overlap(a, b):
    return not (
        a["x"] + a["width"] <= b["x"] + 1
        or b["x"] + b["width"] <= a["x"] + 1
        or a["y"] + a["height"] <= b["y"] + 1
        or b["y"] + b["height"] <= a["y"] + 1
    )


PANELS = ["#gesprek", "#bronnen", "#bron-kiezen", "#sectie", "#cijfers", "#grafiek", "#vraag", "#verstuur"]


def test_citations_link_to_sources_nothing_overlaps_and_the_answer_copies_with_its_sources(playwright_session, app_url):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = _open(playwright_session, app_url, viewport={"width": 1400, "height": 1000})
    assert page.evaluate("document.documentElement.lang") == "nl"
    _ask(page, "Hoe ontwikkelde het aantal straatroven zich sinds 2015?")
    page.locator("#bronnen .bron").nth(5).wait_for(timeout=30_000)  # more than six sources
    assert "2.915" in page.locator("#gesprek").inner_text()
    # [3] in the answer is a link: clicking it highlights source card 3 and brings it into view
    page.locator("#gesprek a.cite", has_text="[3]").first.click()
    card = page.locator("#bron-3")
    page.wait_for_function("document.querySelector('#bron-3').classList.contains('actief')", timeout=5_000)
    assert page.locator(".bron.actief").count() == 1
    list_box, card_box = page.locator(".bronnen-lijst").bounding_box(), card.bounding_box()
    assert list_box["y"] - 1 <= card_box["y"] <= list_box["y"] + list_box["height"]
    # the card opens its section in context, the quoted row marked
    card.get_by_text("Toon in context").click()
    assert card.locator("details.context strong.citaat").first.is_visible()
    # open a section: still no component overlaps another
    page.locator("#bron-kiezen input").click()
    page.get_by_role("option").first.click()
    page.locator("#sectie h4").first.wait_for(timeout=15_000)
    page.locator("#grafiek .js-plotly-plot").first.wait_for(timeout=30_000)
    boxes = _boxes(page, PANELS)
    assert {"#gesprek", "#bronnen", "#sectie", "#vraag"} <= set(boxes)
    # the question box sits right under the conversation, not under the sources
    chat = page.locator("#gesprek").bounding_box()
    assert 0 <= boxes["#vraag"]["y"] - (chat["y"] + chat["height"]) < 250
    overlapping = [(a, b) for i, a in enumerate(boxes) for b in list(boxes)[i + 1 :] if _overlap(boxes[a], boxes[b])]
    assert not overlapping, overlapping
    assert "\n" not in page.locator("#cijfers").get_by_text("2.915").first.inner_text()  # numbers do not wrap
    page.screenshot(path=str(SCREENSHOTS / "desktop-antwoord-bronnen-sectie.png"), full_page=True)
    # "Kopieer met bronnen": the answer with its references as footnotes on the clipboard
    page.locator("#kopieer").click()
    page.get_by_text("Gekopieerd").wait_for(timeout=10_000)
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Het aantal straatroven") or "[1]" in copied.split("Bronnen:")[0]
    assert "\n\nBronnen:\n[1] Voortgangsrapportage High Impact Crimes 2024-2025" in copied


def test_phone_layout_puts_the_sources_right_after_the_answer(playwright_session, app_url):
    page = _open(playwright_session, app_url, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    _ask(page, "Hoeveel straatroven waren er in 2024?")
    page.locator("#bronnen .bron").first.wait_for(timeout=30_000)
    chat, sources = page.locator("#gesprek").bounding_box(), page.locator("#bronnen").bounding_box()
    assert 0 <= sources["y"] - (chat["y"] + chat["height"]) < 250  # directly below the answer
    boxes = _boxes(page, PANELS)
    overlapping = [(a, b) for i, a in enumerate(boxes) for b in list(boxes)[i + 1 :] if _overlap(boxes[a], boxes[b])]
    assert not overlapping, overlapping
    # a figure is on one line, its column under its header (a phone scrolls the table instead)
    page.wait_for_function(
        "() => [...document.querySelectorAll('#cijfers [role=gridcell]')]"
        ".some(e => e.getBoundingClientRect().height > 0 && e.innerText.trim() === '2.813')",
        timeout=30_000,
    )
    lines, header, cell = page.evaluate(
        """() => {
          const shown = e => e.getBoundingClientRect().height > 0;
          const cell = [...document.querySelectorAll('#cijfers [role=gridcell]')].find(e => shown(e) && e.innerText.trim() === '2.813');
          const range = document.createRange();
          const walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          let text = walk.nextNode();
          while (text && !text.nodeValue.trim()) text = walk.nextNode();
          range.selectNodeContents(text);  // the figure's own line boxes
          const rows = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
          const header = [...document.querySelectorAll('#cijfers thead th')].find(e => shown(e) && e.innerText.trim() === 'Waarde');
          const box = e => { const r = e.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.width)]; };
          return [rows.size, box(header), box(cell)];
        }"""
    )
    assert lines == 1 and header == cell
    page.screenshot(path=str(SCREENSHOTS / "telefoon-antwoord-bronnen.png"), full_page=True)


def test_feedback_is_one_changeable_rating_per_answer_and_html_in_a_question_shows_as_text(playwright_session, app_url, app_data):
    import sqlite3

    page = _open(playwright_session, app_url, viewport={"width": 1400, "height": 1000})
    page.evaluate("window.__geraakt = 0")
    _ask(page, '<img src=x onerror="window.__geraakt=1"> [klik hier](http://example.org) hoeveel straatroven in 2024')
    chat = page.locator("#gesprek")
    assert "<img src=x" in chat.inner_text() and "[klik hier](http://example.org)" in chat.inner_text()
    assert chat.locator("img[src='x']").count() == 0 and chat.locator("a[href='http://example.org']").count() == 0
    assert page.evaluate("window.__geraakt") == 0
    # the rating sits on the answer; rating it again changes the one rating
    # (Gradio's own labels, in Dutch)
    like = chat.locator("button[aria-label='Vind ik leuk']").last
    dislike = chat.locator("button[aria-label='Vind ik niet leuk']").last
    like.click()
    page.get_by_text("Dank u, uw beoordeling is opgeslagen.").wait_for(timeout=15_000)
    dislike.click()
    page.wait_for_timeout(1_500)
    page.locator("#toelichting textarea").fill("de bron klopt")
    page.locator("#toelichting-opslaan").click()
    page.get_by_text("Dank u, de toelichting is opgeslagen.").wait_for(timeout=15_000)
    assert page.locator("#toelichting textarea").input_value() == ""
    with sqlite3.connect(app_data / "feedback.sqlite") as db:
        rows = db.execute("SELECT answer_id, rating, comment FROM feedback WHERE question LIKE '%klik hier%'").fetchall()
    assert len(rows) == 1 and rows[0][0] and rows[0][1:] == ("down", "de bron klopt")
    # Enter sends; arrow-up in the empty box brings the last question back
    page.locator("#vraag textarea").fill("Wat doet AJB?")
    page.locator("#vraag textarea").press("Enter")
    page.get_by_text("12 en 18 jaar").first.wait_for(timeout=30_000)
    page.wait_for_function("document.querySelector('#vraag textarea').value === ''", timeout=10_000)
    page.locator("#vraag textarea").press("ArrowUp")
    assert page.locator("#vraag textarea").input_value() == "Wat doet AJB?"
    # bad input keeps what was typed, with the message that fits
    page.locator("#vraag textarea").fill("🙂")
    page.locator("#verstuur").click()
    page.get_by_text("Stel een vraag in woorden").wait_for(timeout=15_000)
    assert page.locator("#vraag textarea").input_value() == "🙂"


def test_no_serious_accessibility_violations_on_any_tab(playwright_session, app_url):
    from axe_playwright_python.sync_playwright import Axe

    page = _open(playwright_session, app_url, viewport={"width": 1400, "height": 1000})
    _ask(page, "Hoeveel straatroven waren er in 2024?")
    page.locator("#bronnen .bron").first.wait_for(timeout=30_000)
    assert page.locator("h1").count() == 1
    found = {}
    for tab in ("Vraag", "Kamervragen", "Over"):
        page.get_by_role("tab", name=tab).click()
        page.wait_for_timeout(500)
        results = Axe().run(page)
        found[tab] = [
            (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
            for v in results.response["violations"]
            if v["impact"] in ("critical", "serious")
        ]
    assert not any(found.values()), found


def test_ask_rate_and_download_a_kamervraag_docx(playwright_session, app_url, tmp_path):
    page = _open(playwright_session, app_url, viewport={"width": 1400, "height": 1000})
    page.get_by_role("tab", name="Kamervragen").click()
    page.locator("#kamervragen textarea").fill(
        "1. Hoeveel straatroven waren er in 2024?\n2. Wat doet AJB?\n3. Hoeveel straatroven waren er in 2024, en hoeveel fietsdiefstallen?"
    )
    page.locator("#kamervraag-knop").click()
    page.get_by_text("Antwoord op vraag 3.").wait_for(timeout=60_000)
    concept = page.locator("#kamervraag-concept").inner_text()
    assert "niet in de documenten: deelvraag 2" in concept  # the unanswered part is marked
    target = _download(page, "#download-docx a", tmp_path / "concept.docx")
    notes = read_footnotes(target)
    assert notes and "kolom Straatroven" in notes[0] and "2.813" in notes[0]
    assert sum("kolom Straatroven" in n and "2.813" in n for n in notes) == 1  # cited twice, one footnote
    page.screenshot(path=str(SCREENSHOTS / "kamervragen.png"), full_page=True)
    # the draft can be edited before it is downloaded
    page.locator("#concept-bewerken").get_by_text("Concept bewerken voor u het downloadt").click()
    editor = page.locator("#kamervraag-bewerk textarea")
    editor.wait_for(timeout=10_000)
    draft = editor.input_value()
    assert "In 2024 zijn 2.813 straatroven geregistreerd [^1]." in draft
    editor.fill(draft.replace("In 2024 zijn 2.813", "Volgens de politie zijn in 2024 2.813"))
    page.locator("#kamervraag-bijwerken").click()
    page.get_by_text("De bestanden zijn bijgewerkt met uw wijzigingen.").wait_for(timeout=30_000)
    page.wait_for_function(
        "document.querySelector('#download-docx a') && document.querySelector('#download-docx a').href.includes('bewerkt')",
        timeout=15_000,
    )
    edited = _download(page, "#download-docx a", tmp_path / "bewerkt.docx")
    from docx import Document

    body = "\n".join(p.text for p in Document(str(edited)).paragraphs)
    assert "Volgens de politie zijn in 2024 2.813 straatroven geregistreerd." in body
    assert read_footnotes(edited)[0] == notes[0]


def test_a_conversation_exports_survives_a_reload_and_an_earlier_one_can_be_reopened(playwright_session, app_url, tmp_path):
    page = _open(playwright_session, app_url, viewport={"width": 1400, "height": 1000})
    _ask(page, "Wat doet AJB?")
    assert "12 en 18 jaar" in page.locator("#gesprek").inner_text()
    # the whole conversation as a Word file
    page.get_by_text("Gesprek exporteren").click()
    page.locator("#exporteer").click()
    target = _download(page, "#gesprek-docx a", tmp_path / "gesprek.docx")
    assert read_footnotes(target) and "12 en 18 jaar" in read_footnotes(target)[0]
    page.reload(wait_until="load")
    page.get_by_text("12 en 18 jaar").first.wait_for(timeout=30_000)  # back after the reload
    page.locator("#bronnen .bron").first.wait_for(timeout=10_000)  # with its sources
    page.locator("#nieuw-gesprek").click()
    page.wait_for_function("!document.querySelector('#gesprek').innerText.includes('12 en 18 jaar')", timeout=10_000)
    _ask(page, "Hoeveel straatroven waren er in 2024?")
    page.get_by_text("Eerdere gesprekken").click()
    page.locator("#eerdere-gesprekken input").click()
    options = page.get_by_role("option")
    assert options.count() == 2  # the new conversation and the one before it
    page.get_by_role("option", name="Wat doet AJB?").click()
    page.get_by_text("12 en 18 jaar").first.wait_for(timeout=15_000)
    assert "2.813" not in page.locator("#gesprek").inner_text()


def test_a_full_queue_tells_the_user_in_dutch(playwright_session, real_settings, tmp_path):
    from tests.conftest import launch_app

    process, url = launch_app(
        {
            "HIC_INDEX_DIR": str(real_settings.index_dir),
            "HIC_FEEDBACK_DB": str(tmp_path / "feedback.sqlite"),
            "HIC_QUEUE_SIZE": "0",  # every request finds the queue full
        },
        tmp_path / "serve.log",
    )
    try:
        context = playwright_session.new_context(locale="en-US")
        page = context.new_page()
        page.goto(url, wait_until="load")
        page.locator("#vraag textarea").wait_for(timeout=60_000)
        page.locator("#vraag textarea").fill("Hoeveel straatroven waren er in 2024?")
        page.locator("#verstuur").click()
        page.locator(".toast-wrap").get_by_text("erg druk").first.wait_for(timeout=30_000)
        page.wait_for_timeout(500)
        toasts = page.locator(".toast-wrap").inner_text()
        assert "currently busy" not in toasts and "Error" not in toasts and "Fout" in toasts
        page.screenshot(path=str(SCREENSHOTS / "wachtrij-vol.png"))
        context.close()
    finally:
        process.terminate()
        process.wait(timeout=20)
