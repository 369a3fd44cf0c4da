"""Splitting pasted Kamervragen."""

from __future__ import annotations

from assistant.workbench.kamervraag import split_questions


def test_numbered_questions_in_the_usual_forms():
    text = "1. Hoeveel overvallen\nwaren er in 2024?\n2) Wat doet AJB?\nVraag 3: Wie is voorzitter?\nVraag 4 Wanneer start het?"
    assert split_questions(text) == [
        (1, "Hoeveel overvallen waren er in 2024?"),
        (2, "Wat doet AJB?"),
        (3, "Wie is voorzitter?"),
        (4, "Wanneer start het?"),
    ]


def test_text_without_numbered_questions_yields_none():
    assert split_questions("Graag een reactie op de stijging van straatroven.") == []
    assert split_questions("") == []


def test_numbers_inside_a_question_do_not_split_it():
    assert split_questions("1. Hoeveel straatroven waren er in 2024 en 2025?") == [
        (1, "Hoeveel straatroven waren er in 2024 en 2025?")
    ]
