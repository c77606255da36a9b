"""Fiftieth pass: an expert's comment under the page's own questions, bylines with a beat or a title and a full
stop, a standfirst that hails the guest by honorific and surname, a speaker who "spoke about" or "holds a press
briefing" over a transcript, and a title whose colon is no turn label (texts written for the project)."""

from __future__ import annotations

import pytest

from polisent.records import SegmentKind
from polisent.segment import RuleSegmenter

BODY = ("The bank has lent the island a great deal of money over the past decade. The debt is now a worry for the "
        "government in the capital.\nThe neighbours have been slow to respond to the shift, and officials admit it.\n")


def _answer_speakers(text: str) -> set[str | None]:
    return {s.speaker for s in RuleSegmenter().segment(text).segments if s.kind is SegmentKind.ANSWER}


def test_one_expert_answers_the_pages_questions() -> None:
    text = ("Senator Ana Ruiz won the runoff election on Sunday, defeating the former president by ten points. What "
            "decided the race? What will her presidency mean for the region's trade?\n"
            "Tomas Berg, managing director of Berg Advisory and former coordinator at the development agency: \u201cThe "
            "victory marks a break with two decades of populism. Voters chose stability over ideology. Expect early "
            "moves on subsidies.")
    segs = RuleSegmenter().segment(text).segments
    assert {s.speaker for s in segs if "Voters" in s.text or "subsidies" in s.text} == {"Tomas Berg"}
    assert all(s.speaker != "Tomas Berg" for s in segs if "runoff" in s.text)


def test_without_the_pages_questions_the_text_above_stays_text() -> None:
    text = ("The runoff was held on Sunday. Turnout was high across the country.\n"
            "Tomas Berg, managing director of Berg Advisory: \u201cThe victory marks a break with populism.\u201d\n"
            "The new president takes office next month.\n")
    # (no question above the comment: the page's own text stays text, not an editor's introduction)
    assert [s.kind for s in RuleSegmenter().segment(text).segments if "runoff" in s.text] == [SegmentKind.ANSWER]


@pytest.mark.parametrize(("line", "name"), [
    ("Story and photographs by Nina Kusuma", "Nina Kusuma"),
    ("By Pacific affairs reporter Tomas Berg", "Tomas Berg"),
    ("By chief political correspondent Ana Ruiz", "Ana Ruiz"),
    ("By Dr. Omar Haddad, International Economist, Expert in Trade and Value Chains, Geneva, Switzerland.", "Omar Haddad"),
    ("By Ana Ruiz, senior fellow at the Institute for Island Studies.", "Ana Ruiz"),
])
def test_byline_forms(line: str, name: str) -> None:
    text = f"The island's debt trap\n{line}\n{BODY}"
    segs = RuleSegmenter().segment(text).segments
    assert [s.reason for s in segs if s.text.strip() == line.strip()] == ["byline"]
    assert _answer_speakers(text) == {name}


def test_a_sentence_that_opens_with_by_is_no_byline() -> None:
    line = "By Friday, the neighbours had withdrawn most of their troops from the region."
    segs = RuleSegmenter().segment(f"The island's debt trap\n{line}\n{BODY}").segments
    assert [s.kind for s in segs if s.text.startswith("By Friday")] == [SegmentKind.ANSWER]


def test_standfirst_hails_the_guest_by_honorific_and_surname() -> None:
    text = ("Mr. Kowalczyk, four days after the attack, peace talks began.\n\nYou are the government's negotiator.\n\n"
            "How are the talks going?\n\nNina Kusuma\n\nPolitical correspondent for the region based in Warsaw.\n\n"
            "We are making very difficult progress.\n\nIn the beginning, the other side spoke the language of "
            "ultimatums.\n\nWhy is it so difficult?\n\nBecause they have not yet realised how far they have fallen.\n")
    segs = RuleSegmenter().segment(text).segments
    assert {s.speaker for s in segs if s.kind is SegmentKind.ANSWER and ("progress" in s.text or "fallen" in s.text)} \
        == {"Kowalczyk"}


@pytest.mark.parametrize("intro", [
    "During a press briefing with the visiting prime minister on Wednesday, Foreign Minister Tomas Berg spoke about "
    "the ceasefire negotiations.",
    "Foreign Minister Tomas Berg holds a press briefing at the summit in the capital.",
])
def test_transcript_under_a_standfirst_that_names_its_speaker(intro: str) -> None:
    text = (f"\u2022 2 days ago\n{intro}\nTranscript\n00:00Well, look, I think our negotiators are en route\n00:04or "
            "perhaps they have already arrived.\n00:07What we have here is an agreement in principle\n00:10on a "
            "ceasefire at sea.\n00:12So we are going to evaluate that.\n")
    speakers = {s.speaker for s in RuleSegmenter().segment(text).segments
                if s.kind is SegmentKind.ANSWER and ("principle" in s.text or "evaluate" in s.text)}
    assert speakers == {"Tomas Berg"}


def test_joint_press_conference_by_on_its_own_line_names_the_speaker() -> None:
    # (an office holder the registry knows: in a text that is no talk, the rules would not name him)
    text = ("Joint press conference\nby NATO Secretary General Mark Rutte with the President of Finland Alexander Stubb\n"
            "(As delivered)\nFinland is a valued ally. You contribute to our consensus on all our policies.\n"
            "The time has come to welcome the new member as our thirty-third ally.\n")
    assert {s.speaker for s in RuleSegmenter().segment(text).segments if "valued" in s.text or "thirty" in s.text} \
        == {"Mark Rutte"}


def test_a_title_with_a_colon_is_no_turn_label() -> None:
    title = "Kiribati Crisis: Impoverished nation weeps as no one shows interest"
    assert _answer_speakers(f"{title}\n\n{title}\nPublished on\n\nBy Nina Kusuma\n\n{BODY}") == {"Nina Kusuma"}


@pytest.mark.parametrize(("line", "name"), [
    ("By Ana Ruiz et Jo Bell, Island Security Network (ISN)", "Ana Ruiz"),
    ("Tomas Berg, senior consultant for Development Strategy and Social Policy", "Tomas Berg"),
])
def test_more_author_lines(line: str, name: str) -> None:
    assert _answer_speakers(f"The island's debt trap\n\n{line}\n\n{BODY}") == {name}


@pytest.mark.parametrize("intro", [
    "Interview to Tomas Berg, Vice-Minister of Foreign Affairs of the Republic. The republic is in a difficult spot.",
    "Tomas Berg is the Vice-Minister of Foreign Affairs. In our interview, the position of his country on the war.",
])
def test_one_bare_question_under_an_interview_standfirst(intro: str) -> None:
    text = (f"{intro}\n\nDid the other capitals understand that the president was dangerous for the region?\n\n"
            "\u201cUnfortunately, we are dealing with a leader who thinks only of power, at the expense of his people.\u201d\n\n"
            "\u201cThe goal of the republic is to stop the war and to prevent more suffering, together with our allies.\u201d\n")
    segs = RuleSegmenter().segment(text).segments
    assert [s.kind for s in segs if s.text.startswith("Did")] == [SegmentKind.QUESTION]
    assert {s.speaker for s in segs if s.kind is SegmentKind.ANSWER and "goal" in s.text} == {"Tomas Berg"}


@pytest.mark.parametrize("note", ["Responses have been edited for clarity.", "Read the Full Transcript Notice",
                                  "Transcripts are machine and human generated and lightly edited for accuracy."])
def test_editors_notes_on_their_own_line(note: str) -> None:
    text = (f"Talks stall over the border\n\n{note}\n\nWhy have the talks stalled?\n\nBecause neither side trusts the "
            "other, and the mediators have lost interest.\n\nWhat comes next?\n\nMore fighting, most likely.\n")
    assert [(s.kind, s.reason) for s in RuleSegmenter().segment(text).segments if s.text.strip() == note] \
        == [(SegmentKind.CLUTTER, "editor_note")]


def test_editors_note_glued_to_the_standfirst_is_cut_out() -> None:
    text = ("The island rearms\n\nIs the economy ready for a larger defence bill? I spoke with Ana Ruiz, senior fellow at "
            "the Council. The conversation has been edited for clarity and length.\n\nTom Bell: How has the island "
            "changed?\n\nAna Ruiz: A great deal, and fast.\n")
    segs = RuleSegmenter().segment(text).segments
    assert [s.reason for s in segs if s.text.startswith("The conversation")] == ["editor_note"]
    assert any(s.text.startswith("Is the economy") and s.kind is not SegmentKind.CLUTTER for s in segs)


def test_a_guest_who_has_shared_his_views() -> None:
    text = ("The president will travel to the region next week. The political scientist Tomas Berg has shared "
            "his views about the visit.\nThe relations have worsened in recent years. What do you think the priority issues "
            "will be?"
            "\nFirstly, the visit marks an anniversary of the treaty. Secondly, gas is on the agenda again.\n")
    assert {s.speaker for s in RuleSegmenter().segment(text).segments if s.text.startswith("Firstly")} == {"Tomas Berg"}


@pytest.mark.parametrize(("line", "name"), [
    ("Essay by Ana Ruiz, Middlebury College", "Ana Ruiz"),
    ("Tomas Berg writes:", "Tomas Berg"),
    ("Ana Ruiz | 23 July 2024", "Ana Ruiz"),
])
def test_author_lines_of_essays_and_blogs(line: str, name: str) -> None:
    assert _answer_speakers(f"The island's debt trap\n\n{line}\n\n{BODY}") == {name}


def test_this_interview_with_two_outlets_names_the_subject_after_the_comma() -> None:
    text = ("Ana Ruiz: The island's economy cannot finance the succession\n\nThe political scientist Ana Ruiz described the "
            "regime's economic model in an essay last month.\n\nIn this interview with Esta Semana and THE LEDGER, Ruiz "
            "explains that the model is not sustainable.\n\nIn your analysis you state that remittances will grow this "
            "year. What is the data?\n\nIt is a big change. The projection is five billion, a third of the economy.\n\n"
            "Why is that not sustainable?\n\nBecause the migrants will stop sending money once their families leave.\n")
    assert {s.speaker for s in RuleSegmenter().segment(text).segments
            if s.kind is SegmentKind.ANSWER and ("projection" in s.text or "migrants" in s.text)} == {"Ana Ruiz"}


def test_an_outlets_journalist_is_no_guest() -> None:
    text = ("Prime Minister Ana Ruiz vowed to lower the debt in an interview with Ledger Television\u2019s Tom Bell.\n"
            "Below is a transcript of the interview.\nQ: Your political journey has been long. Why now?\n"
            "A: Because the country needed a change, and I was ready.\nQ: Will the coalition hold?\n"
            "A: It will, because all its parties want reform.\n")
    speakers = {s.speaker for s in RuleSegmenter().segment(text).segments if s.kind is SegmentKind.ANSWER and s.role.value != "editor"}
    assert "Tom Bell" not in speakers


def test_a_bio_in_brackets_at_the_end_names_and_leaves_the_writers() -> None:
    text = ("The island's debt trap\n\n" + BODY + "\n[Ana Ruiz is the former foreign secretary of the Republic. Tom Bell is "
            "the former chief of its foreign intelligence agency.]\n")
    segs = RuleSegmenter().segment(text).segments
    assert [s.reason for s in segs if s.text.startswith("[Ana")] == ["author_bio"]


def test_a_press_stakeouts_opening_statement_is_the_principals() -> None:
    text = ("New York\n10 April 2024\nTranscript of the Secretary-General's remarks at the Security Council press stakeout\n"
            "Ana Ruiz, Secretary-General\nToday I had the opportunity to brief the Council on the situation in the region.\n"
            "It is still time to stop. It is still time for a ceasefire to take place.\n"
            "Q: Thank you, Secretary-General. What did the Council say?\n")
    segs = RuleSegmenter().segment(text).segments
    assert {(s.speaker, s.kind) for s in segs if s.text.startswith(("Today", "It is still"))} == {("Ana Ruiz", SegmentKind.ANSWER)}


def test_a_marked_question_that_hails_the_guest_without_a_question_mark() -> None:
    # (another person named in full later must not win: the hailed guest is the one answering)
    text = ("The republic has a strong say in Europe\n\nQ: Mr. Kowalczyk, please highlight the republic's European "
            "integration policy.\nA: I think that this process is being carried out in a very logical, well-thought out "
            "manner, with the core aim of ensuring the republic's interests.\nQ: President of the European Commission Jose "
            "Manuel Barroso has recently paid an official visit to the republic. What came of it?\nA: A great deal: two "
            "agreements on energy and one on transport.\n")
    assert {s.speaker for s in RuleSegmenter().segment(text).segments if s.kind is SegmentKind.ANSWER} == {"Kowalczyk"}


def test_a_question_run_put_to_you_in_one_paragraph_of_a_transcript() -> None:
    text = ("00:00\n\nLet's start with the big question the markets are asking. What is the thinking in the capital and with "
            "your counterparts? How seriously is that threat being taken? Well, I think the most important thing is the "
            "credibility of deterrence. And that is what the meetings were about. Are you at all worried about how the "
            "meetings will be received? Well, what am I worried about? I was born worried. But the alliance is strong.\n")
    segs = RuleSegmenter().segment(text).segments
    assert [s.kind for s in segs if "How seriously" in s.text] == [SegmentKind.QUESTION]
    assert [s.kind for s in segs if s.text.startswith("Well, I think")] == [SegmentKind.ANSWER]
