"""Two things compared by their counts, from the running text: "Zijn er meer fte voor
IPTA-mentoren dan voor re-integratieofficieren?". Each side is asked as its own "hoeveel"
question; the number that counts it (in the asked unit, or the thing itself) is taken from
the sentence that answers it, exactly as printed and cited; the difference is computed and
labelled as computed. When either side has no such number, nothing is written (the caller
answers as before).
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.answer.coverage import counted_noun
from assistant.answer.draft import Draft
from assistant.answer.evidence import terms
from assistant.answer.lexicon import alternatives
from assistant.answer.phrasing import COMPUTED
from assistant.answer.prose import ProseFigure, ProseFigures
from assistant.answer.question import Question, analyse
from assistant.answer.retrieve import Hit
from assistant.answer.shape import UNITS, Sides
from assistant.answer.text_answers import TextAnswerer
from index.records import Document
from index.text import format_number


class SideComparer:
    """Answers a comparison of two things by count from the sentences that count each."""

    def __init__(self, documents: dict[str, Document], text: TextAnswerer, prose: ProseFigures) -> None:
        self.documents = documents
        self.text = text
        self.prose = prose
        # (doc id, sentence start) -> the numbers printed in that sentence
        self._in_sentence: dict[tuple[str, int], list[ProseFigure]] = {}
        for figure in prose.figures:
            self._in_sentence.setdefault((figure.sentence.doc_id, figure.sentence.start), []).append(figure)

    def answer(
        self,
        pair: Sides,
        q: Question,
        draft: Draft,
        retrieve: Callable[[Question], list[Hit]],
        named: set[str] | None,
        period: tuple[int, int] | None,
    ) -> bool:
        """Write the comparison into ``draft``; False unless both sides have a number, in
        different sentences of one document (the passages found for either side are then
        offered as related, apart from the answer)."""
        left_words, right_words = pair.left.split(), pair.right.split()
        shared_unit = next((w for w in left_words if w.lower() in UNITS and w in right_words), None)
        when = f" in {' en '.join(str(y) for y in q.years)}" if q.years else ""
        found: list[ProseFigure] = []
        passages: list[tuple[str, int, int]] = []  # offered when no comparison can be made
        for side in (pair.left, pair.right):
            asked = analyse(f"Hoeveel {side}{when}?")
            attempt = Draft(self.documents)
            answered = self.text.answer(asked, attempt, retrieve(asked), named, period, "number", quiet=True)
            passages += [(c.doc_id, c.start, c.end) for c in attempt.citations]
            figure = self._value(attempt, asked, shared_unit) if answered else None
            if figure is None:
                break
            found.append(figure)
        # not comparable: a side without a count, one sentence for both (which number is
        # which is not certain), or counts from two letters (two moments)
        if len(found) < 2 or found[0].sentence == found[1].sentence or found[0].sentence.doc_id != found[1].sentence.doc_id:
            for doc_id, start, end in passages:
                draft.offer(doc_id, start, end)
            return False
        first, second = found
        left_label = " ".join(w for w in left_words if w not in right_words) or pair.left
        right_label = " ".join(w for w in right_words if w not in left_words) or pair.right
        diff = first.number - second.number
        if pair.yes_no:
            more = diff > 0 if pair.direction == "more" else diff < 0
            draft.sentences.append("Ja." if more else "Nee.")
        elif diff:
            draft.sentences.append(f"Meer {left_label if diff > 0 else right_label}.")
        n1 = draft.cite(first.sentence.doc_id, first.sentence.start, first.sentence.end)
        n2 = draft.cite(second.sentence.doc_id, second.sentence.start, second.sentence.end)
        draft.sentences.append(f"{_capital(left_label)}: {first.value} [{n1}]; {right_label}: {second.value} [{n2}].")
        decimals = 0 if diff == int(diff) else 1
        if diff:
            unit = f" {shared_unit}" if shared_unit else ""
            draft.sentences.append(f"Het verschil is {format_number(abs(diff), decimals)}{unit} ({COMPUTED}).")
        else:
            draft.sentences.append(f"Dat is evenveel ({COMPUTED}).")
        return True

    def _value(self, attempt: Draft, asked: Question, unit: str | None) -> ProseFigure | None:
        """The number in the answering sentences that counts what ``asked`` counts: in
        ``unit`` when the question names one, else the thing counted (or its synonym)."""
        if unit:
            wanted = set(terms(unit))
        else:
            noun = counted_noun(asked.text)
            if noun is None:
                return None
            wanted = set(alternatives(noun))
        for citation in attempt.citations:
            for figure in self._in_sentence.get((citation.doc_id, citation.start), []):
                if any(c in wanted for c in figure.counts[:2]):
                    return figure
        return None


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
