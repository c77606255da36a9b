"""Thirty-sixth pass (issue 11): rules from real pages read in the thirty-sixth pass.
Every text is invented for the project."""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter

SEG = RuleSegmenter()


def _answers(text: str) -> set[str | None]:
    return {c.speaker for c in SEG.segment(text).claims if not c.is_question and c.role is not SpeakerRole.EDITOR}


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


def test_an_outlet_named_in_another_language_is_no_guest() -> None:
    text = ("As long as the prosecution is under political control, the leak of EU money will go on, says Clara Weiss, "
            "a Dutch Liberal MEP and a vocal critic of the government in the EU.\n"
            "In a long interview with Kávéház Média at the EU Parliament in Strasbourg, the politician said she believes "
            "the country is no longer a democracy.\n"
            "We asked MEP Weiss to speak to readers who reject foreign interference.\n"
            "She also touched on the school law, which she said was an attack on teachers.\n"
            "Support our work with a one-off donation:\n"
            "Contents\n"
            "Sweden, NATO, vetoes\n"
            "\u2013 Have you been following the government's policy on Sweden's NATO membership?\n"
            "\u2013 What we have seen for a long time is that the prime minister misuses his veto to get concessions. "
            "We have seen it on the sanctions too.\n")
    assert "Kávéház Média" not in _answers(text)


def test_a_standfirst_that_says_who_writes_the_op_ed_names_its_author() -> None:
    text = ("The foreign minister's visit last week was meant as a celebration, but there was little to celebrate. "
            "\"Our ties rest on balance\", writes Omar Haddad in this op-ed for commonview.eu. The capital keeps its "
            "balanced course, he argues.\n"
            "On March 2, the minister paid a visit to mark the anniversary of a declaration signed a year ago.\n"
            "The document vowed that the sides would respect each other's borders.\n")
    assert _answers(text) == {"Omar Haddad"}


def test_an_office_s_initials_over_a_statement_name_the_person_the_title_names() -> None:
    text = ("Home / Featured / Transcript of SRSG Moreau Press Conference before the talks in Vienna\n\n"
            "Transcript of SRSG Moreau Press Conference before the talks in Vienna\n\n"
            "SRSG: Thank you very much. Good morning. It is a pleasure to be back in Vienna. We are starting a long and "
            "difficult process, but I hope we will meet often and that this work will satisfy everyone. We have spent "
            "two months consulting the parties and have agreed to start this new round of talks this week.\n")
    assert _answers(text) == {"Moreau"}
