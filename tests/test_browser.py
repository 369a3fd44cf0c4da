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


@pytest.fixture(scope="module")
def page(app_url):
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.exists(), "Debian's chromium is missing: `make test` installs it (apt-get install chromium)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1400, "height": 1100}, accept_downloads=True)
        page = context.new_page()
        page.goto(app_url, wait_until="load")
        page.locator("#vraag textarea").wait_for(timeout=60_000)
        yield page
        browser.close()


def test_ask_see_sources_and_chart_rate_and_download_a_kamervraag_docx(page, tmp_path):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.get_by_text("Klaar: 5 documenten doorzoekbaar.").wait_for(timeout=60_000)
    page.locator("#vraag textarea").fill("Hoe ontwikkelde het aantal straatroven zich sinds 2015?")
    page.locator("#verstuur").click()
    first_source = page.locator("#bronnen .bron").first
    first_source.wait_for(timeout=60_000)
    assert "Voortgangsrapportage High Impact Crimes 2024-2025" in first_source.inner_text()
    assert page.locator("#bronnen mark").count() > 0  # the answering words are highlighted
    page.locator("#grafiek .js-plotly-plot").first.wait_for(timeout=30_000)
    assert "2.915" in page.locator("#gesprek").inner_text()
    page.screenshot(path=str(SCREENSHOTS / "vraag-bronnen-grafiek.png"), full_page=True)

    page.locator("#duim-op").click()
    page.get_by_text("Dank u, uw beoordeling is opgeslagen.").wait_for(timeout=15_000)

    page.get_by_role("tab", name="Kamervragen").click()
    page.locator("#kamervragen textarea").fill("1. Hoeveel straatroven waren er in 2024?\n2. Wat doet AJB?")
    page.locator("#kamervraag-knop").click()
    page.get_by_text("Antwoord op vraag 2.").wait_for(timeout=60_000)
    link = page.locator("#download-docx a").first
    link.wait_for(timeout=30_000)
    with page.expect_download() as info:
        link.click()
    target = tmp_path / "concept.docx"
    info.value.save_as(target)
    notes = read_footnotes(target)
    assert notes and "kolom Straatroven" in notes[0] and "2.813" in notes[0]
    page.screenshot(path=str(SCREENSHOTS / "kamervragen.png"), full_page=True)
