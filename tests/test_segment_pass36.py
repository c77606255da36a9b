"""Thirty-sixth pass (issue 11): rules from real pages read in the thirty-sixth pass.
Every text is invented for the project."""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter

SEG = RuleSegmenter()


def test_an_office_label_is_its_holder_even_when_the_host_names_him_at_a_sentence_end() -> None:
    text = ("Full Transcript: Prime Minister Lena Varga's Interview at the Harbour Forum 2025\n"
            "HARBOURTOWN (Ledger) - On the sidelines of the Harbour Forum, Prime Minister Lena Varga of the Northern "
            "Republic sat down for a wide-ranging discussion with Ms. Tara Reyes, a former Ledger journalist.\n"
            "Here is the full interview transcript:\n"
            "Ms. Tara Reyes: Distinguished guests, welcome to the forum. Thank you so much, Prime Minister Lena Varga. "
            "Thank you for joining us today.\n"
            "Prime Minister: Well, thank you for having me. The talks with our neighbours have entered a hard phase, "
            "and we will need patience.\n"
            "Ms. Tara Reyes: Will the border deal hold after the elections?\n"
            "Prime Minister: It will hold if both parliaments ratify it this year.\n")
    st = SEG.segment(text)
    answers = {c.speaker for c in st.claims if not c.is_question and c.role is SpeakerRole.INTERVIEWEE}
    assert answers == {"Lena Varga"}


def test_a_label_over_a_date_alone_is_no_turn() -> None:
    text = ("{{page.title}}\n"
            "March 4, 2025\n"
            "Sahel Brief Special Edition: The Junta Turns East\n"
            "Data Cutoff: March 4, 2025, at 9 a.m.\n"
            "To get the Sahel Brief by email, please sign up here.\n"
            "The Sahel Brief gives regular analysis of developments in the Sahel that threaten regional stability.\n"
            "Key Takeaway: The junta ended its defence pact with Washington and courted Moscow instead. Russian instructors "
            "will likely replace the departing American trainers within months. The shift leaves Western counter-terrorism "
            "efforts in the region without a base.\n"
            "Assessment:\n")
    speakers = {c.speaker for c in SEG.segment(text).claims}
    assert "Data Cutoff" not in speakers and speakers <= {None}
