"""Two things compared by count: numbers taken from the sentence answering each side, and
only compared when both come from one document (no model, no index: the real documents and
a stand-in for the text answerer that quotes a given sentence per side)."""

from __future__ import annotations

import pytest

from assistant.answer.draft import Draft
from assistant.answer.evidence import SentenceIndex
from assistant.answer.prose import ProseFigures
from assistant.answer.question import analyse
from assistant.answer.shape import sides
from assistant.answer.sides_answer import SideComparer


class QuotingAnswerer:
    """Answers a side's "hoeveel" question by citing the sentence that starts with the text
    mapped to the side's last word."""

    def __init__(self, index: SentenceIndex, quotes: dict[str, str]) -> None:
        self.index = index
        self.quotes = quotes

    def answer(self, asked, draft, hits, named, period, expected, quiet=False):  # noqa: ANN001, ANN201
        side = asked.text.rstrip("?").split()[-1].lower()
        opening = self.quotes.get(side)
        sentence = next((s for s in self.index.sentences if opening and s.text.startswith(opening)), None)
        if sentence is None:
            return False
        draft.cite(sentence.doc_id, sentence.start, sentence.end)
        return True


@pytest.fixture(scope="module")
def index(documents):
    return SentenceIndex(documents)


def _compare(documents, index, quotes, question):
    comparer = SideComparer(documents, QuotingAnswerer(index, quotes), ProseFigures(index))  # type: ignore[arg-type]
    draft = Draft(documents)
    pair = sides(question)
    assert pair is not None
    return comparer.answer(pair, analyse(question), draft, lambda q: [], None, None), draft


def test_two_counts_of_one_letter_are_compared_and_the_difference_labelled(documents, index):
    quotes = {"ipta-mentoren": "Momenteel zijn 48 mentoren actief", "re-integratieofficieren": "In totaal gaat het om 32,2 fte"}
    ok, draft = _compare(documents, index, quotes, "Zijn er meer fte ipta-mentoren dan fte re-integratieofficieren?")
    assert ok
    assert draft.sentences[0] == "Ja."
    assert draft.sentences[1] == "Ipta-mentoren: 35,9 fte [1]; re-integratieofficieren: 32,2 fte [2]."
    assert "berekend uit deze cijfers, niet in de bron vermeld" in draft.sentences[2]


def test_counts_from_two_letters_are_not_compared_and_what_was_found_is_offered(documents, index):
    # the RIO's fte of the 2022 letter ("van 4 fte. naar 28 fte") against the mentors of 2026
    quotes = {"ipta-mentoren": "Momenteel zijn 48 mentoren actief", "re-integratieofficieren": "Met steun van de motie"}
    assert any(s.text.startswith("Met steun van de motie") and "fte" in s.text for s in index.sentences)
    ok, draft = _compare(documents, index, quotes, "Zijn er meer fte ipta-mentoren dan fte re-integratieofficieren?")
    assert not ok
    assert not draft.sentences and not draft.citations
    assert len(draft.related) == 2
