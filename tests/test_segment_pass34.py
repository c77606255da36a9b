"""Thirty-fourth pass (issue 11): rules from real pages read in the thirty-fourth pass.
Every text is invented for the project."""

from __future__ import annotations

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment import RuleSegmenter

SEG = RuleSegmenter()


def _speakers(text: str) -> set[tuple[str | None, SpeakerRole]]:
    return {(c.speaker, c.role) for c in SEG.segment(text).claims if not c.is_question}


def test_topic_lines_without_a_colon_over_quoted_answers_are_the_questions() -> None:
    # a "key quotes" page of a broadcast interview: each quoted answer under the topic it was asked on
    text = ("In an exclusive interview with Radio Example host Mia Ross, Foreign Minister Tomas Berg discusses "
            "the truce on the northern border.\n"
            "On whether the truce is expected to hold and the ministry's role in mediating it\n"
            "\u201cWe have been in direct contact with both parties around the clock, urging restraint, an end to the "
            "shelling and a return to the talks.\n"
            "We hope that this truce, where both sides stop firing for a day, will hold and open further doors to a "
            "renewed dialogue.\u201d\n"
            "On the president's support for the army and the position it puts the country in\n"
            "\u201cOur relations with the neighbours are old and close, with every one of the political forces on "
            "the other side of the river.\n"
            "Thereby we maintain impartiality and a total commitment to the best conditions for the people.\u201d\n")
    st = SEG.segment(text)
    asked = [text[s.start:s.end] for s in st.segments if s.kind is SegmentKind.QUESTION]
    assert any(a.startswith("On whether the truce") for a in asked)
    assert any(a.startswith("On the president's support") for a in asked)
    said = [c for c in st.claims if "impartiality" in c.text or "this truce" in c.text]
    assert said and all(c.speaker == "Tomas Berg" and c.role is SpeakerRole.INTERVIEWEE for c in said)


def test_a_heading_over_one_quote_in_a_report_stays_text() -> None:
    # one heading over a quotation in a report is no interview's topic line
    text = ("Ministers met in the capital on Monday to discuss the border.\n"
            "Talks at the border\n"
            "\u201cWe will keep the crossings open,\u201d the minister said after the meeting.\n")
    assert not any(s.kind is SegmentKind.QUESTION for s in SEG.segment(text).segments)


def test_a_transcription_services_timed_labels_are_turns_and_the_one_who_hands_over_asking_is_the_host() -> None:
    # each label seen once, the host's with his first name only; his turn reads the news, then asks the guest
    text = ("Transcript\n\n"
            "Martin (00:00):\n\n"
            "After weeks of fighting, a truce is supposed to have started last night on the river. It was brokered "
            "by two neighbours and signed by the leaders of both factions.\n\n"
            "To understand what is happening now, we turn to Lena Okafor, an analyst at the Delta Institute. Lena, "
            "thank you for being here. Is this truce holding as far as you can tell?\n\n"
            "Lena Okafor (00:41):\n\n"
            "Well, we are getting mixed reports. Overall there is more calm than during the last truces, but we "
            "hear of fighting in some villages.\n")
    st = SEG.segment(text)
    asked = [c for c in st.claims if c.is_question]
    assert asked and all(c.speaker == "Martin" and c.role is SpeakerRole.INTERVIEWER for c in asked)
    assert _speakers(text) == {("Lena Okafor", SpeakerRole.INTERVIEWEE)}  # the host's news is no claim of hers


def test_generic_timed_labels_name_no_one() -> None:
    text = ("S1 (00:02):\nThis is the morning edition. I'm Ana Ruiz. Today, our correspondent Tom Reed on the "
            "border.\n"
            "S2 (00:40):\nSo, Tom, can you tell us what that border region is?\n"
            "S3 (00:52):\nYeah. It is a remote area of jungle, where three borders meet and troops have been stationed "
            "for a very long time.\n")
    assert not any(name in ("S1", "S2", "S3") for name, _ in _speakers(text))
