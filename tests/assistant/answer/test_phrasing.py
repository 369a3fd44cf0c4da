"""Phrasing: where a citation marker goes."""

from __future__ import annotations

from assistant.answer.phrasing import with_marker


def test_a_list_item_that_runs_on_keeps_its_marker_before_the_joining_word():
    assert with_marker("de verplaatsing van geldautomaten; en", 4) == "de verplaatsing van geldautomaten [4]; en"
    assert with_marker("De maatregelen zien op:", 2) == "De maatregelen zien op [2]:"
    assert with_marker("Het aantal daalde", 1) == "Het aantal daalde [1]."
