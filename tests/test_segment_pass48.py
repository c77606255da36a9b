"""Forty-eighth pass: author lines the rules missed (a dated byline with a glued "Amb." title, a dashed
byline in capitals with two writers, a name over a spaced colon, "Name for the X Network", "Op-ed by
..." opening the title) and a bracketed "(From 15:40)" time mark; the forty-ninth pass's author lines (an
outlet's web address after the name, writers in capitals after a dash or a bullet) join them (texts written for the
project)."""

from __future__ import annotations

import pytest

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment import RuleSegmenter

BODY = ("The assembly adopted the resolution by a wide margin on Wednesday. It demands that the invading army "
        "withdraws from the neighbouring state.\n\nOur country has long promoted peace and non-alignment, and "
        "it should say so at the next summit.\n")

CASES = {
    "dated byline, glued title": ("The vote in New York\n\n date 2024-03-04 By Amb.Tomas Verbeek\n\n" + BODY, "Tomas Verbeek"),
    "dashed byline in capitals": ("Leaders seek to reassure the allies\n\nSpeaking to the allies, the president notes a change\n\n"
                                  "- BY ANA RUIZ AND TOM WEISS\n\n" + BODY, "Ana Ruiz"),
    "name over a spaced colon": ("Foreign relations and the economy\n\nMohammad Karim Uddin :\n" + BODY, "Mohammad Karim Uddin"),
    "written for a network": ("Opinion\nThe capital's protests and the ruling party's paradox\nLena Park for the Caucasus Security Network\n" + BODY,
                              "Lena Park"),
    "op-ed by in the title": ("Op-ed by Ambassador Kaja Lind: helping our neighbour is right\n\nOp-ed by Ambassador Kaja Lind in "
                              "the city newspaper The Daily Ledger\n\n" + BODY, "Kaja Lind"),
    # forty-ninth pass: the outlet's web address after the name; writers in capitals after a dash or a bullet
    "byline with the outlet's web address": ("Portal.Az » Politics » Talks stall again\n\n3 May 2024 [10:12] - Portal.Az\n"
                                             "By Aylin Mammadli, Day.az\n" + BODY, "Aylin Mammadli"),
    "writers in capitals after a dash": ("City Gazette\n\nTariff fight reaches the trade court\n\n- LENA PARK AND TOM WEISS\n\n"
                                         + BODY, "Lena Park and Tom Weiss"),
    "writer in capitals after a bullet": ("Border talks: a further risk\n\nThe region watches the talks closely.\n\n"
                                          "\u2022  NADIA K OSEI\n\n" + BODY, "Nadia K Osei"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_author_lines_name_the_writer(name: str) -> None:
    text, writer = CASES[name]
    segs = RuleSegmenter().segment(text).segments
    answers = [s for s in segs if s.kind is SegmentKind.ANSWER and "assembly adopted" in s.text]
    assert answers and answers[0].speaker == writer and answers[0].role is SpeakerRole.AUTHOR


def test_author_line_is_dropped_as_a_byline() -> None:
    segs = RuleSegmenter().segment(CASES["name over a spaced colon"][0]).segments
    assert [s.reason for s in segs if "Uddin" in s.text] == ["byline"]


def test_a_headline_with_for_is_no_author_line() -> None:
    text = "Breaking news\nMinisters Call for the Release of Prisoners\n" + BODY
    segs = RuleSegmenter().segment(text).segments
    assert all(s.reason != "byline" for s in segs)
    assert all(s.speaker is None for s in segs if s.kind is SegmentKind.ANSWER)


def test_a_turn_label_without_space_stays_a_turn() -> None:
    text = ("Interview\n\nHOST: What does the vote change for your country?\n\nMohammad Karim Uddin: It changes the tone "
            "of our diplomacy and the way the capital talks to the region.\n\nHOST: And the economy?\n\n"
            "Mohammad Karim Uddin: Trade will follow, slowly.\n")
    segs = RuleSegmenter().segment(text).segments
    assert [s.speaker for s in segs if s.kind is SegmentKind.ANSWER] == ["Mohammad Karim Uddin"] * 2


def test_a_bracketed_time_mark_is_a_timestamp() -> None:
    segs = RuleSegmenter().segment("The envoy said the talks would resume next week in the capital.\n\n(From 15:40)\n").segments
    assert [(s.kind, s.reason) for s in segs if "15:40" in s.text] == [(SegmentKind.CLUTTER, "timestamp")]


OUTLET_CASES = {
    "outlet in one word": ("Attacks resume at sea\nThe attacks show a wish for chaos, one analyst said.\nBy Al-Naba |\n" + BODY, "Al-Naba"),
    "agency with the date": ("The emir makes his first trip abroad\n\nAFP , Tuesday 30 Jan 2024\n\n" + BODY, "AFP"),
    "capitals with the month": ("Normalization can shape a new reality\n\nBy ANA RUIZ JANUARY 22, 2025 05:14 Updated: JANUARY 22, 2025 05:16\n\n"
                                + BODY, "Ana Ruiz"),
}


@pytest.mark.parametrize("name", sorted(OUTLET_CASES))
def test_outlet_and_agency_bylines_name_the_author(name: str) -> None:
    text, writer = OUTLET_CASES[name]
    segs = RuleSegmenter().segment(text).segments
    answers = [s for s in segs if s.kind is SegmentKind.ANSWER and "assembly adopted" in s.text]
    assert answers and answers[0].speaker == writer


def test_a_column_name_after_by_is_no_outlet() -> None:
    text = "By Invitation | War and peace\n\nA former prime minister wants a new kind of peace deal\n\n" + BODY
    segs = RuleSegmenter().segment(text).segments
    assert all(s.speaker != "Invitation" for s in segs)


def test_a_title_led_by_the_writers_name_names_the_author() -> None:
    text = "Lena Park: The republic and its ghosts\n\n" + BODY
    segs = RuleSegmenter().segment(text).segments
    assert {s.speaker for s in segs if s.kind is SegmentKind.ANSWER} == {"Lena Park"}


def test_a_headline_quoting_its_source_or_a_widget_names_no_writer() -> None:
    from polisent.segment._bylines import title_writer
    from polisent.segment._units import Unit

    t = "Tomas Verbeek: our allies will be defended\nThe allies will be defended, Verbeek said on Monday."
    units = [Unit(0, 42, [0], 0, "plain", 0), Unit(43, len(t), [1], 1, "plain", 0)]
    assert title_writer(t, units, units[1:]) == []
    segs = RuleSegmenter().segment("Reading Time: 2 minutes\n\n" + BODY).segments
    assert all(s.speaker is None for s in segs if s.kind is SegmentKind.ANSWER)


BYLINE_LINES = {
    # a credit under a dek that stops mid-sentence
    "Written by": ("ANALYSIS: The annexation talk is over? Someone should tell the president\n\n"
                   "The ambassador says the annexation plans are history. I wish\nWritten by Lena Park\n"
                   "The prime minister and the president meet at the White House. (Agency photo)\n\n" + BODY),
    # an author line with the date after a comma
    "Lena Park": ("The Biggest Investment in Energy\nSea gas means billions for the country, says the minister\n\n"
                  "Lena Park, 11.04.2025, 13:00\n" + BODY),
}


@pytest.mark.parametrize("line", sorted(BYLINE_LINES))
def test_an_author_line_is_a_byline_that_names_the_writer(line: str) -> None:
    segs = RuleSegmenter().segment(BYLINE_LINES[line]).segments
    assert [s.reason for s in segs if s.text.startswith(line)] == ["byline"]
    assert {s.speaker for s in segs if s.kind is SegmentKind.ANSWER and "assembly" in s.text} == {"Lena Park"}


def test_the_journalist_who_interviewed_is_not_the_interviewee() -> None:
    text = ("Friendship forms the core of regional peace\n\nThe Daily Ledger's Special Correspondent Omar Haddad "
            "interviewed Dr Lena Park, Director of the Regional Study Centre.\n\nExcerpts from the interview:\n\n"
            "Q: How do you assess relations now?\n\nA: They are at their best in years, and trade follows.\n\n"
            "Q: And the corridor?\n\nA: It is slow, but it will be finished.\n")
    segs = RuleSegmenter().segment(text).segments
    assert "Omar Haddad" not in {s.speaker for s in segs}  # (no name line here: the answers stay unnamed)


def test_spaced_dotted_initials_label_the_speaker_named_before() -> None:
    text = ("Without leadership, Europe will not move forward\n\nThe paper: How important is the treaty now?\n\n"
            "Lena Park: It remains an indispensable key element of our foreign policy.\n\n"
            "The paper: Where should the capitals start?\n\nL. P. : In three areas. Defence comes first.\n")
    segs = RuleSegmenter().segment(text).segments
    assert {s.speaker for s in segs if s.kind is SegmentKind.ANSWER} == {"Lena Park"}


@pytest.mark.parametrize("masthead", ["Belfast Telegraph", "Former Trump Aide says"])
def test_a_masthead_or_an_aide_is_no_persons_name(masthead: str) -> None:
    from polisent.segment._principal import is_person_name

    assert not is_person_name(masthead.replace("Former ", "").replace(" says", ""))


def test_a_title_byline_closed_by_a_credit_in_brackets_names_the_writer() -> None:
    text = ("INSIGHT: Watching the Investment Push in the Region \u2013 by Lena M. Park (Example Law \u2013 December 23, 2019)\n\n"
            + BODY)
    segs = RuleSegmenter().segment(text).segments
    assert {s.speaker for s in segs if s.kind is SegmentKind.ANSWER and "assembly" in s.text} == {"Lena M. Park"}
