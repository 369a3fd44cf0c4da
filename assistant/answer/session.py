"""Conversation: follow-up questions that lean on the previous one.

    >>> session = Session(assistant)
    >>> session.ask("Hoeveel overvallen waren er in 2021?")   # 676
    >>> session.ask("En in 2022?")                             # read as: ... overvallen ... 2022
    >>> session.ask("Waar staat dat?")                         # the source of the last answer

A follow-up is rewritten into a full question (shown to the user as "Opgevat als: ..."), so
what is answered is always a question that could have been asked on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant.answer.engine import input_problem
from assistant.answer.question import ELLIPTIC, normalise, only_slots, rewrite_follow_up
from assistant.records import Answer

_SOURCE_REQUEST = re.compile(
    r"^(waar staat (dat|dit|het)|wat is de bron|welke bron|waar komt (dat|dit) vandaan|bron\??$|uit welk document)", re.I
)
_NO_CONTEXT = (
    "Waar verwijst uw vraag naar? Er is nog geen eerdere vraag in dit gesprek. "
    "Stel de volledige vraag, bijvoorbeeld: 'Hoeveel overvallen waren er in 2022?'"
)
_UNCLEAR = "Het is niet duidelijk waar deze vervolgvraag naar vraagt. Noem het jaar of het onderwerp, bijvoorbeeld: 'En in 2022?'"


@dataclass
class Turn:
    question: str  # as typed
    asked: str | None  # the full question answered; None for source requests and unclear turns
    answer: Answer


@dataclass
class Session:
    """One conversation with the assistant; the same object serves ``hic chat`` and the app."""

    assistant: object  # assistant.answer.Assistant; typed loosely to keep this module light
    turns: list[Turn] = field(default_factory=list)

    def ask(self, text: str, docs: set[str] | None = None, period: tuple[int, int] | None = None) -> Answer:
        """Answer ``text`` in the context of the conversation so far."""
        cleaned = normalise(text or "")
        problem = input_problem(cleaned)
        if problem:
            answer = Answer(cleaned[:200], "", True, message=problem)
            self.turns.append(Turn(cleaned[:200], None, answer))
            return answer
        if _SOURCE_REQUEST.match(cleaned):
            return self._source_of_last(cleaned)
        asked, problem = self.resolve(cleaned)
        if asked is None:
            answer = Answer(cleaned, "", True, message=problem)
        else:
            answer = self.assistant.ask(asked, docs=docs, period=period)  # type: ignore[attr-defined]
            if asked != cleaned and not answer.message:
                answer = replace(answer, message=f"Opgevat als: {asked}")
        # remember what was asked, unless it was no question at all (empty, English, unclear)
        usable = asked and (not answer.message or answer.message.startswith("Opgevat als"))
        self.turns.append(Turn(cleaned, asked if usable else None, answer))
        return answer

    def resolve(self, text: str) -> tuple[str | None, str | None]:
        """The full question ``text`` stands for.

        Returns:
            (question, None) for a complete question or a follow-up that could be read as
            one; (None, reason) for a follow-up without a previous question or without
            anything to change in it.
        """
        if not text:
            return text, None
        question_word = re.match(r"(?i)(hoeveel|wat|welke|welk|wie|wanneer|hoe|waarom|waar|is|zijn|noem)\b", text)
        marked = bool(ELLIPTIC.match(text))
        # a short text without a question word is a follow-up only when it holds nothing
        # but a year or a metric ("2022?", "straatroven?"); "aantal plofkraken 2024" is a
        # terse question of its own
        if not marked and not (len(text.split()) <= 4 and not question_word and only_slots(text)):
            return text, None
        previous = next((t.asked for t in reversed(self.turns) if t.asked), None)
        if previous is None:
            return None, _NO_CONTEXT
        rewritten = rewrite_follow_up(text, previous)
        if rewritten is None:
            return None, _UNCLEAR
        return rewritten, None

    def _source_of_last(self, text: str) -> Answer:
        last = next((t.answer for t in reversed(self.turns) if t.answer.citations), None)
        if last is None:
            answer = Answer(text, "", True, message="Er is nog geen antwoord met een bron in dit gesprek. Stel eerst een vraag.")
            self.turns.append(Turn(text, None, answer))
            return answer
        first = last.citations[0]
        sentences = [f"Dat staat in {first.reference}: \u201c{first.quote}\u201d [{first.n}]."]
        if len(last.citations) > 1:
            others = "; ".join(f"[{c.n}] {c.reference}" for c in last.citations[1:4])
            sentences.append(f"Verder aangehaald: {others}.")
        answer = Answer(text, " ".join(sentences), False, last.citations, last.figures, last.conflicts, mode=last.mode)
        self.turns.append(Turn(text, None, answer))
        return answer
