"""Issue 11: page furniture that named the wrong speaker (texts written for the project)."""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter


def test_a_headline_printed_twice_is_no_turn_label_and_a_desk_line_signs_the_piece() -> None:
    text = ("Danube Shipping: The Quiet Test for River Diplomacy\n\n"
            "River policy analyst Ines Varga says the new toll will test both capitals.\n\n"
            "Example News Desk | Updated: 10-12-2024 12:33 IST | Created: 10-12-2024 12:33 IST\n"
            "Danube Shipping: The Quiet Test for River Diplomacy\n\n"
            "Ines Varga, a river policy analyst, said the toll would test relations between the two capitals. "
            "She told reporters that the talks would resume in May.\n\n"
            "The ministry did not comment on the toll.\n")
    st = RuleSegmenter().segment(text)
    assert all(c.speaker != "Danube Shipping" for c in st.claims)
    body = [c for c in st.claims if c.text.startswith("The ministry did not comment")]
    assert body and (body[0].speaker, body[0].role) == ("Example News Desk", SpeakerRole.AUTHOR)
    assert any(s.kind.value == "clutter" and s.reason == "byline" and s.text.startswith("Example News Desk") for s in st.segments)


def test_a_label_said_twice_with_different_words_is_still_a_turn() -> None:
    text = ("Lena Kurz speaks with analyst Omar Haddad about the port deal.\n\n"
            "Lena Kurz: Is the deal done?\n\n"
            "Omar Haddad: Almost. The lawyers are still reading it.\n\n"
            "Lena Kurz: And the opposition?\n\n"
            "Omar Haddad: It will challenge the deal in court.\n")
    st = RuleSegmenter().segment(text)
    by_text = {c.text: c for c in st.claims}
    assert by_text["Almost."].speaker == "Omar Haddad" and by_text["Is the deal done?"].is_question


def test_an_expert_contact_card_is_clutter_and_its_field_names_are_no_speakers() -> None:
    text = ("River experts on the new toll\n\n"
            "We asked two experts how worried shippers should be about the toll.\n\n"
            "\u201cThe toll is small, but it sets a precedent that both capitals will regret.\u201d\n\n"
            "phone: 604-555-0142\n\n"
            "Email: someone@example.org\n\n"
            "Expertise:\n\n"
            "  \u2022 river law\n"
            "  \u2022 shipping\n\n"
            "\u201cShippers will pay, and the farmers downstream will pay more.\u201d\n\n"
            "mobile: 604-555-0199\n")
    st = RuleSegmenter().segment(text)
    assert not any(c.text.startswith(("phone:", "Email:", "mobile:")) for c in st.claims)
    assert all(c.speaker != "Expertise" for c in st.claims)
    assert sum(s.kind.value == "clutter" and s.text.startswith(("phone", "Email", "mobile")) for s in st.segments) == 3


def test_a_programme_named_after_a_region_is_no_speaker() -> None:
    text = ("The director of the Baltic Institute's Pacific Islands Program speaks to Example TV about the pact.\n\n"
            "Transcript\n"
            "00:00What could the pact mean for the region?\n"
            "00:06The pact could deepen trade and, possibly, security ties across the region.\n"
            "00:11And security is the issue that the neighbours have raised most often.\n")
    st = RuleSegmenter().segment(text)
    assert all(c.speaker != "Pacific Islands" for c in st.claims)


def test_a_transcript_tables_time_column_is_no_part_of_a_claim() -> None:
    text = ("Click on a timestamp to play from that location\n"
            "0:00.0 | Welcome to the show. This week's topic is the river treaty. |\n"
            "0:07.8 | The treaty was always vague about the dry months. |\n"
            "0:13.0 | Both sides know it, and both sides have a point. |\n")
    st = RuleSegmenter().segment(text)
    assert st.claims and not any(c.text.startswith(("0:", "|")) for c in st.claims)
    assert any(c.text.startswith("The treaty was always vague") for c in st.claims)


def test_an_announced_interview_asks_in_a_set_up_paragraph_without_you() -> None:
    text = ("River talks stall\n\n"
            "The river summit ended last week without a deal, and the two capitals traded statements about the dam.\n\n"
            "Marta Kowalczyk, a water law expert from Gdansk, answered Example Agency's questions.\n\n"
            "- It seems from the statements that relations are tense. Is it so?\n\n"
            "- Relations are tense, but both sides still need the treaty. Neither can afford a long quarrel.\n")
    st = RuleSegmenter().segment(text)
    assert [c.text for c in st.claims if c.is_question] == ["Is it so?"]
    expert = [c for c in st.claims if not c.is_question and c.role is SpeakerRole.INTERVIEWEE]
    assert [c.text for c in expert][-1] == "Neither can afford a long quarrel."
    assert not any(c.text.startswith("The river summit ended") for c in expert)  # the editor's standfirst


def test_a_rhetorical_paragraph_in_an_unannounced_op_ed_stays_the_authors() -> None:
    text = ("River talks stall\n\nBy Marta Kowalczyk\n\n"
            "The river summit ended last week without a deal.\n\n"
            "It seems from the statements that relations are tense. Is it so?\n\n"
            "Relations are tense, but both sides still need the treaty.\n")
    st = RuleSegmenter().segment(text)
    assert not any(c.is_question for c in st.claims)
    assert {c.role for c in st.claims} == {SpeakerRole.AUTHOR}


def test_a_book_title_in_brackets_and_an_announcement_ending_in_a_question_mark_are_no_questions() -> None:
    text = ("Marta Kowalczyk, a water law expert and dean of the Baltic Institute's law school, has published a book, "
            "Rzeka (The River: Treaty or Truce?)\n"
            "The book traces the dispute over the river between the two capitals from the 1990s to the end of the last "
            "treaty's second term.\n"
            "Dr. Marta Kowalczyk is a lecturer at the Baltic Institute. Her research covers river law and the security of "
            "the region. She worked at the ministry before she joined the institute, and she advised two governments.\n"
            "In this interview, Marta Kowalczyk talks about the treaty and the dam, and about the question everyone "
            "asks: what comes next?\n"
            "Why did you write this book? How is your view different from that of other scholars in the region?\n"
            "I have wanted to write it for years. The treaty is older than most people think, and its authors "
            "knew the river better than today's negotiators do.\n")
    st = RuleSegmenter().segment(text)
    qs = [c.text for c in st.claims if c.is_question]
    assert qs == ["Why did you write this book?", "How is your view different from that of other scholars in the region?"]
    answers = [c for c in st.claims if c.role is SpeakerRole.INTERVIEWEE and not c.is_question]
    assert answers and answers[0].text == "I have wanted to write it for years."


def test_a_question_mark_in_brackets_asks_only_as_an_aside_that_asks() -> None:
    from polisent.segment._units import Unit, _is_q

    def unit(x: str) -> Unit:
        return Unit(0, len(x), [0], 0, "plain", 0)

    title = "She has published a book, Rzeka (The River: Treaty or Truce?)"
    aside = "We paid a huge price in the past. (Are you saying the neighbours are radical?)"
    assert not _is_q(title, unit(title))
    assert _is_q(aside, unit(aside))
    assert _is_q("(Which costs?)", unit("(Which costs?)"))
