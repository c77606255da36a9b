"""Forty-seventh pass: a briefing excerpt's two labels, a column's "Analysis by:" line, honours after a
byline's name and an office's portfolio before a name (texts written for the project)."""

from __future__ import annotations

import pytest

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment import RuleSegmenter

BRIEFING = """Press briefing

  In this briefing, the Council's Coordinator for Strategic Communications Maria Holm previews the ministers' meeting.

MODERATOR:  Good morning, and welcome to the press centre. I am pleased to welcome back Coordinator Maria Holm. She will preview the meeting and then take questions. With that, over to Maria.

MS HOLM:  Thank you, and good morning to all of you.

The ministers meet on Friday to agree a common line on the blockade. We expect a statement on shipping lanes.

That statement matters because the insurers have been waiting for it since the spring.
"""

COLUMN = """Enlargement - from Promise to Patience

The small republic and the bloc - What can we expect?

Agency photo

Analysis by: Ivana Marek

I doubt every member state wants the republic inside by the end of the decade - or should we share the prime minister's confidence?

The prime minister says accession by 2028 is within reach. Three chapters closed this autumn after years of standstill.

The Commission's president praised the speed of the reforms during her tour of the region.

Yet several capitals still link enlargement to a reform of the bloc's own voting rules, and they say so openly.
"""


def test_a_briefing_excerpt_with_each_label_once_has_its_host_and_guest():
    # "MODERATOR:" and "MS HOLM:" once each (a briefing cut after the opening remarks): the host's role in
    # capitals is a turn label there; the name comes from the intro, without the portfolio before it
    st = RuleSegmenter().segment(BRIEFING)
    answers = {(s.speaker, s.role) for s in st.segments if s.kind is SegmentKind.ANSWER}
    assert answers == {("Maria Holm", SpeakerRole.INTERVIEWEE)}, answers
    host = [s for s in st.segments if BRIEFING[s.start:s.end].startswith("MODERATOR")]
    assert host and host[0].role is SpeakerRole.INTERVIEWER


def test_a_recurring_asker_keeps_a_once_seen_moderator_as_introduction():
    # beside labels that recur, "MODERATOR:" once stays the page's introduction (the askers are the hosts)
    text = BRIEFING.replace("MS HOLM:  Thank you", "ANNA:  Is the statement ready?\n\nMS HOLM:  Thank you") \
        + "\nANNA:  Will the insurers accept it?\n\nMS HOLM:  They have told us they will.\n"
    st = RuleSegmenter().segment(text)
    assert {s.speaker for s in st.segments if s.kind is SegmentKind.ANSWER} == {"Maria Holm"}
    assert {(s.speaker or "").title() for s in st.segments if s.kind is SegmentKind.QUESTION} >= {"Anna"}


def test_a_column_byline_with_a_colon_names_the_writer():
    # "Analysis by: X" is a column's byline as "Analysis by X" is (clutter_rules.json)
    text = COLUMN.replace(" - What can we expect?", "").replace(" - or should we share the prime minister's confidence?", ".")
    st = RuleSegmenter().segment(text)
    assert {s.speaker for s in st.segments if s.kind is SegmentKind.ANSWER} == {"Ivana Marek"}
    assert any(s.kind is SegmentKind.CLUTTER and s.reason == "byline" and "Ivana Marek" in text[s.start:s.end]
               for s in st.segments)


@pytest.mark.parametrize("byline, writer", [
    ("By Lena Ortiz;", "Lena Ortiz"),  # a semicolon after the name
    # "FAAL" after the first of two writers: the byline is read whole (seven words) and the honours dropped; both
    # writers are the speaker (pass 57)
    ("Written by Carl B Hewitt FAAL and Mia Stone", "Carl B Hewitt and Mia Stone"),
])
def test_bylines_with_a_semicolon_or_honours(byline, writer):
    text = (f"The Island Pact: A Model for the Region?\n\n{byline}\n\n"
            "At the forum last year the two states announced a union. Reception has been divided on the island.\n\n"
            "The union was negotiated at the island's request and meets its needs on climate resilience.\n")
    st = RuleSegmenter().segment(text)
    assert {s.speaker for s in st.segments if s.kind is SegmentKind.ANSWER} == {writer}


def test_the_writers_bio_line_with_an_apposition_is_furniture():
    text = ("Why the talks stalled\n\nThe two delegations left the capital without a date for the next round. "
            "Both blamed the other for the delay.\n\nThe mediators should now publish their draft, because secrecy "
            "helps neither side.\n\nThe writer, a former ambassador, is adjunct professor at a university in the capital.\n")
    st = RuleSegmenter().segment(text)
    bio = [s for s in st.segments if text[s.start:s.end].startswith("The writer,")]
    assert bio and bio[0].kind is SegmentKind.CLUTTER and bio[0].reason == "author_bio"


def test_a_trial_button_is_no_writer():
    # "Try Free" over a transcript page: a button (clutter_rules.json), never a person's name
    from polisent.segment._person_names import is_person_name

    text = ("Try Free\n\nThe president says the island will resist: Full interview\n\n"
            "\"President, welcome to the programme. Thank you for having us.\"\n\n"
            "Do you take the threats from Washington seriously?\n\n"
            "We take every threat seriously. We have prepared for decades, and our people know what is at stake.\n")
    st = RuleSegmenter().segment(text)
    assert "Try Free" not in {s.speaker for s in st.segments}
    assert st.segments[0].kind is SegmentKind.CLUTTER and st.segments[0].reason == "subscribe"
    assert not is_person_name("Try Free") and is_person_name("Ana Lind")


@pytest.mark.parametrize("line, reason", [
    ("The conversation has been edited for clarity and length.", "editor_note"),
    ("This is an opinion piece.", "editor_note"),
    ("FILE - A satellite image shows the area around the reactor in the north of the country.", "caption"),
    ("We\u2019re sorry, this feature is currently unavailable.", "other"),
])
def test_page_notes_and_agency_captions_are_furniture(line, reason):
    text = ("Why the talks stalled\n\nThe two delegations left the capital without a date for the next round. "
            f"Both blamed the other for the delay.\n\n{line}\n\nThe mediators should now publish their draft, "
            "because secrecy helps neither side.\n")
    st = RuleSegmenter().segment(text)
    seg = [s for s in st.segments if text[s.start:s.end].strip() == line]
    assert seg and seg[0].kind is SegmentKind.CLUTTER and seg[0].reason == reason, [(s.kind, s.reason) for s in seg]


def test_a_university_line_under_the_writer_is_no_second_writer():
    # "Jamia Hamdard, New Delhi" under the writer's name and post: a university (Jamia = university), not a person
    from polisent.segment._person_names import is_person_name

    text = ("Youth protests and the region\n\nDr. Ana Lind\nAssistant Professor\nInstitute of International Studies\n"
            "Jamia Hamdard, New Delhi\n\nIn the volatility of international relations, youth-led movements have emerged "
            "as decisive agents of change. The region watches closely.\n\nBy the second week of September the capital "
            "was on the brink of disorder, and the army stayed in its barracks.\n")
    st = RuleSegmenter().segment(text)
    assert {s.speaker for s in st.segments if s.kind is SegmentKind.ANSWER} == {"Ana Lind"}
    assert not is_person_name("Jamia Hamdard") and not is_person_name("Universidad Nacional")


def test_a_bylined_writer_whose_surname_is_a_state():
    # "By: Ricardo Israel": the surname is also a state's name, which alone reads as a crosshead ("Beyond Russia");
    # the byline says it is a writer
    text = ("Chile: the new cabinet\n\nBy: Carlos Israel - 25/01/2026\n\n"
            "The president's achievements in a short time were remarkable. Expectations for his government are high.\n\n"
            "In this regard, I believe he made a mistake with his cabinet that could cost him dearly.\n")
    st = RuleSegmenter().segment(text)
    assert {s.speaker for s in st.segments if s.kind is SegmentKind.ANSWER} == {"Carlos Israel"}
