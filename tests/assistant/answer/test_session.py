"""Follow-up questions in a conversation."""

from __future__ import annotations

import pytest

from assistant.answer.session import Session

pytestmark = pytest.mark.real_model


def test_en_in_2022_after_an_overvallen_question_answers_670_from_the_latest_letter(assistant):
    session = Session(assistant)
    session.ask("Hoeveel overvallen waren er in 2021?")
    answer = session.ask("En in 2022?")
    assert answer.message == "Opgevat als: Hoeveel overvallen waren er in 2022?"
    assert answer.answer.startswith("In 2022 zijn 670 overvallen geregistreerd [1].")
    assert answer.citations[0].doc_id == "hic-2025"


def test_a_follow_up_can_change_the_metric(assistant):
    session = Session(assistant)
    session.ask("Hoeveel straatroven waren er in 2024?")
    assert "22.305 woninginbraken" in session.ask("En woninginbraken?").answer


def test_waar_staat_dat_points_at_the_source_of_the_previous_answer(assistant):
    session = Session(assistant)
    first = session.ask("Hoeveel straatroven waren er in 2024?")
    answer = session.ask("Waar staat dat?")
    assert not answer.refused
    assert answer.answer.startswith("Dat staat in Voortgangsrapportage High Impact Crimes 2024-2025")
    assert first.citations[0].quote in answer.answer


def test_a_follow_up_without_a_previous_question_asks_for_clarification(assistant):
    answer = Session(assistant).ask("En in 2022?")
    assert answer.refused and "nog geen eerdere vraag" in answer.message
    assert Session(assistant).ask("Waar staat dat?").refused


def test_an_unclear_follow_up_is_not_guessed(assistant):
    session = Session(assistant)
    session.ask("Hoeveel overvallen waren er in 2021?")
    answer = session.ask("En daarna?")
    assert answer.refused and "niet duidelijk" in answer.message


def test_a_follow_up_to_a_narrower_count_is_not_answered_with_the_total(assistant):
    session = Session(assistant)
    session.ask("Hoeveel overvallen waren er in 2021?")
    answer = session.ask("En overvallen op woningen?")
    assert answer.message == "Opgevat als: Hoeveel overvallen op woningen waren er in 2021?"
    assert "676" not in answer.answer


def test_a_period_follow_up_replaces_both_years(assistant):
    session = Session(assistant)
    session.ask("Hoe ontwikkelde het aantal woninginbraken zich tussen 2015 en 2020?")
    answer = session.ask("En tussen 2020 en 2025?")
    assert "30.531 in 2020" in answer.answer and "21.560 in 2025" in answer.answer


def test_bad_input_in_a_conversation_gets_the_same_messages(assistant):
    session = Session(assistant)
    assert "te lang" in session.ask("x" * 10_000).message
    assert "leeg" in session.ask("   ").message
    session.ask("Hoeveel overvallen waren er in 2021?")
    session.ask("")
    assert "670" in session.ask("En in 2022?").answer  # bad input does not break the thread
