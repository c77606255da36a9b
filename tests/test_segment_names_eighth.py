"""Speakers and questions on real-page layouts found in the dev sets of the eighth pass (issue 11).
Texts written for the project."""

from __future__ import annotations

from polisent.segment import RuleSegmenter

SEG = RuleSegmenter()


def _claims(text: str) -> list[tuple[bool, str | None, str]]:
    return [(c.is_question, c.speaker, str(c.role)) for c in SEG.segment(text).claims]


def test_a_ministers_transcript_names_the_radio_host_it_is_an_interview_with():
    text = ("Interview with Tom Reid, 3AW\n\nTranscript, E&OE\n\nSubject: Port deal\n\n"
            "TOM REID: I want to bring in the Trade Minister, Ana Silva, because the port deal is signed. "
            "Minister, welcome back to the program.\n\n"
            "REID: They signed it anyway. Why did they not listen?\n\n"
            "SILVA: Well, Tom, we talked with them for months. We respect their choice.\n\n"
            "We remain their largest partner and we will keep working with them.\n\n"
            "REID: Will you still visit in May?\n\n"
            "SILVA: I will, and I look forward to it.\n")
    claims = _claims(text)
    answers = {sp for q, sp, _ in claims if not q}
    assert answers == {"Ana Silva"}
    assert {sp for q, sp, _ in claims if q} == {"Tom Reid"}


def test_a_guest_who_spoke_with_an_outlet_is_not_its_host():
    text = ("Port authority chief Mara Lind spoke with Coast Energy to discuss the strait and the sanctions.\n\n"
            "Shipping through the strait has fallen by a third since the spring.\n\n"
            "Piet Haas: Why does the strait matter for world fuel markets?\n\n"
            "Mara Lind: I think it matters because a fifth of the world's fuel passes through it. "
            "The sanctions have not changed that.\n\n"
            "The insurers are the ones who decide now.\n")
    claims = _claims(text)
    assert {sp for q, sp, _ in claims if not q} == {"Mara Lind"}
    assert [sp for q, sp, _ in claims if q] == ["Piet Haas"]
