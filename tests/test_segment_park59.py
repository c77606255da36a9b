"""Written in pass 59 and parked (branch park59) until pass 60 landed it under its real-page judge: a "By X" anywhere
in a page's head, whatever its case, names the writer when no rule does; a structure's or a place's name ("... Dam")
is never the learned ranker's speaker. Texts written for these tests."""

from __future__ import annotations

from polisent.segment._author_lines import head_by_writer
from polisent.testing import answer_speakers

_BODY = ("When the new president won the election, observers framed the result as a pivot to China. That reading is "
         "too simple.\n\nThe recent labelling of the relationship has been drawn from concerns about debt. It ignores "
         "what the capital wants.\n\nEurope has a role to play here, and it should not wait for Washington to act.\n")


_answers = answer_speakers


def test_a_capitals_byline_run_into_the_first_sentence_names_the_writer() -> None:
    assert _answers("BY ANA M. RUIZ | IN-DEPTH PIECE " + _BODY) == {("Ana M. Ruiz", "author")}


def test_a_byline_inside_a_metadata_line_names_the_writer() -> None:
    text = ("HomeNewsAnalysisThe Changing Face of Cooperation\nANALYSIS\n\nThe Changing Face of Cooperation\n\n"
            "DRUG POLICY / 11 APR 2011 BY ANA RUIZ EN\n\n" + _BODY)
    assert _answers(text) == {("Ana Ruiz", "author")}


def test_credits_and_passives_are_no_byline() -> None:
    assert head_by_writer("A protest in the capital. (Photo by Jo Bell/Agency)", 0, 52) == []
    assert head_by_writer("INTERVIEW BY ANA RUIZ", 0, 21) == []
    assert head_by_writer("a force backed by Ana Ruiz and her allies", 0, 41) == []
