"""Fifty-second pass: writers' names that page furniture hid. A title printed twice (once with its
byline) is no turn label, a date over the title does not hide the title's byline, a byline in brackets
closing the title, a kicker before "By", and ", writes X." inside the standfirst. Texts written for these tests."""

from __future__ import annotations

import pytest

from polisent.segment import RuleSegmenter
from polisent.segment._bylines import one_title, title_end, title_key

_BODY = ("The new port has become the subject of an increasingly heated discussion in the capital. Among the aspects "
         "debated are its cost and its implications for the old treaty.\n\n"
         "Until now, the Government has remained silent on this last issue. Only recently, President Ilves said the treaty would stand.\n")

_TITLE_TWICE = ("Monday, March 3, 2025\n\n"
                "The Baltic Treaty: Estonia's Perspective by Mart Kask (Rtd. Ambassador)\n\n\n"
                "The Baltic Treaty: Estonia\u2019s Perspective\n\n"
                "March 3, 2025\n" + _BODY)


def _authors(text: str) -> set[tuple[str | None, str]]:
    st = RuleSegmenter().segment(text)
    return {(c.speaker, c.role.value) for c in st.claims if not c.is_question and c.role.value != "editor"}


def test_a_title_printed_twice_is_no_turn_label_and_its_byline_names_the_writer() -> None:
    assert _authors(_TITLE_TWICE) == {("Mart Kask", "author")}


def test_a_turn_label_that_comes_back_with_other_speech_stays_a_turn() -> None:
    text = ("Lena Berg: Welcome to the programme. Today we talk about the treaty and the port.\n\n"
            "Omar Haddad: Thank you. The treaty will stand, whatever the government says about the port.\n\n"
            "Lena Berg: Will the port be built before the election, or after it?\n\n"
            "Omar Haddad: After it. Nobody in the coalition wants that fight before the vote.\n")
    speakers = {c.speaker for c in RuleSegmenter().segment(text).claims}
    assert {"Lena Berg", "Omar Haddad"} <= speakers


@pytest.mark.parametrize("head", [
    "Baltic Defence Pact Revived (By Anna K. Lind)\n",
    "Fiji votes\n\nANALYSIS: By Anna Lind of the University of the Baltic States\n\n",
])
def test_bylines_in_brackets_or_after_a_kicker(head: str) -> None:
    assert _authors(head + _BODY) == {("Anna Lind" if "K." not in head else "Anna K. Lind", "author")}


def test_writes_inside_the_standfirst_names_the_writer() -> None:
    text = ("Estonia and Latvia meet\n\nThe visit is part of attempts at detente after years of quarrels over the port, "
            "writes Mart Kask.   While the thaw is welcome, analysts warn of the risks. Tallinn wants more.\n\n" + _BODY)
    assert _authors(text) == {("Mart Kask", "author")}


def test_a_passive_title_names_no_writer() -> None:
    assert _authors("A Port Plan Backed by Kaja Kallas\n\n" + _BODY) == {(None, "author")}


def test_title_helpers() -> None:
    assert title_key("The Treaty:  Estonia\u2019s View ") == "the treaty: estonia's view"
    assert one_title({"the treaty: a view", "the treaty: a view by ana ruiz"})
    assert not one_title({"ruiz: yes, we will.", "ruiz: no, we will not."})
    assert not one_title({"the treaty: a view", "the treaty: a viewpoint"})  # a prefix that cuts a word is another line
    t = "Estonia's View by Mart Kask (Rtd. Ambassador)"
    assert t[:title_end(t, 0, len(t))] == "Estonia's View"
    assert title_end("A Plan Backed by Kaja Kallas", 0, 28) == 28


_BRIEFING = """And with that in mind, I'm ready to answer your questions.

Lina Berg, {role} of the Alliance:

Tom Weiss, Nordic Wire:

Secretary General, Tom Weiss from Nordic Wire. As you know, the Union has set itself the goal of defending itself by 2030. Is this a realistic goal?

Kari Lund, Secretary General of the Alliance:

Well, we are working very closely with the Union on the white paper. This means increased costs and more production.

And I think that's a very good thing.

LINA Berg:

The gentleman in the fourth row, please.
"""


@pytest.mark.parametrize("role", ["Acting Official Representative", "Spokesperson"])
def test_a_briefing_with_every_label_alone_on_its_line_gives_each_speaker_his_turn(role: str) -> None:
    # (a spokesperson who only moderates, in short turns, does not make the Secretary General an asker)
    st = RuleSegmenter().segment(_BRIEFING.format(role=role))
    by_text = {c.text: c.speaker for c in st.claims}
    assert by_text["This means increased costs and more production."] == "Kari Lund"  # not the journalist before him
    assert by_text["And I think that's a very good thing."] == "Kari Lund"
    assert by_text["Is this a realistic goal?"] == "Tom Weiss"


def test_a_description_line_seen_once_is_still_no_turn() -> None:
    text = ("The Summit in Brief\n\nKey Outcomes of the Meeting:\n\n"
            "The leaders agreed to raise spending. They also agreed on a new fund for the region.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims} == {None}


@pytest.mark.parametrize("credit", ["/VCG Photo", "| Reuters", "/AP Photo", "/ Sputnik"])
def test_a_caption_ending_with_an_agency_photo_credit_is_clutter(credit: str) -> None:
    caption = f"President Ilves talks to reporters as he leaves Tallinn for the summit, July 19, 2019. {credit}"
    st = RuleSegmenter().segment(_BODY + "\n" + caption + "\n")
    kinds = {s.text.strip(): (s.kind.value, s.reason) for s in st.segments}
    assert kinds[caption] == ("clutter", "caption")
    assert not any(credit in c.text for c in st.claims)


_SPEAKER_N = """Show notes: the host talks to a Baltic defence analyst about the treaty.

Speaker 1:

Hi everyone, and welcome to the show. Today we look at the port and the treaty. What do you make of the government's plan?

Speaker 2:

The plan is a serious mistake. The government has not explained who pays for the port, and the treaty does not allow it.

Speaker 1:

And what happens next?

Speaker 2:

A long fight in parliament. Nobody in the coalition wants that before the vote.
"""


@pytest.mark.parametrize("colon", [":", ""])
def test_speaker_n_labels_are_turns(colon: str) -> None:
    # (with a colon, or alone on their line without one, as transcription pages print them)
    st = RuleSegmenter().segment(_SPEAKER_N.replace("Speaker 1:", "Speaker 1" + colon).replace("Speaker 2:", "Speaker 2" + colon))
    answers = [c for c in st.claims if c.role.value == "interviewee"]
    questions = [c for c in st.claims if c.is_question]
    assert [c.text for c in questions] == ["What do you make of the government's plan?", "And what happens next?"]
    assert any(c.text == "The plan is a serious mistake." for c in answers)
    assert not any(c.text.startswith("Speaker") for c in st.claims)


@pytest.mark.parametrize("title", [
    "FM Kari Lund\u2019s remarks and answers to questions at the news conference following the summit (Tallinn, May 4, 2025)",
    "Remarks by Foreign Minister Kari Lund at the Baltic summit",
])
def test_a_speech_title_names_the_speaker(title: str) -> None:
    text = title + "\n\nThe summit is over. The President took part by video link. I was asked to represent our country here.\n\n" \
        "On the expansion of the union\n\nI believe that it stems from the fact that countries want closer ties with us.\n"
    assert {(c.speaker, c.role.value) for c in RuleSegmenter().segment(text).claims} == {("Kari Lund", "author")}


@pytest.mark.parametrize(("line", "writer"), [
    ("By Mart Kask and Lina Berg 7 Nov 2022", "Mart Kask and Lina Berg"),  # both writers (pass 57)
    ("An article by: Mart Kask", "Mart Kask"),
    ("ET Bureau September 28, 2024 09:21 AM", "ET Bureau"),  # a desk's byline with the date
    ("FP Explainers August 5, 2025, 17:34:25 IST", "FP Explainers"),
])
def test_more_byline_forms(line: str, writer: str) -> None:
    text = "Estonia Has to Strike a Balance\n\n" + line + "\n\n" + _BODY
    st = RuleSegmenter().segment(text)
    assert {(c.speaker, c.role.value) for c in st.claims} == {(writer, "author")}
    assert not any(line in c.text for c in st.claims)
