"""Pass 62, phase 3 structure (rules written from the J10 judge's pages, texts written for these tests): a write-up
that opens "In an interview, X, the minister, ..." and hands over to X's first-person answers, a press conference's
principal ("X today addressed the media", "X held a press conference"), an opinion dek that argues ("X contends
..."), a paper's head run into its first paragraph by a PDF's extraction, a title that closes with its writer over a
photo caption's name, a journalist's press job inside an interview cue, "Remarks by President X" with a surname
alone, and an honorific that ends no name."""

from __future__ import annotations

from polisent.segment._headlines import _headline
from polisent.segment._person_names import person_part
from polisent.testing import answer_speakers

_BODY = ("The region's leaders met again this week, and the results were thin. The ceasefire holds in name only and "
         "aid convoys still wait at the border.\n\n"
         "Diplomats expect another round of talks before the end of the month, though few expect progress.\n")


def test_a_write_up_that_hands_over_to_the_ministers_answers() -> None:
    text = ("Since the rebels took the city in January, there has been wide condemnation of the neighbour's role.\n\n"
            "In an interview, Olivier Mutesi, Ruvania's minister of foreign affairs, justifies his country's positions "
            "as talks open in Luanda.\n\n"
            "We have always said that direct negotiations are needed to tackle the root causes of the crisis. The "
            "movement took up arms again to oppose persecution.\n\n"
            "Our troops are there to protect our border, nothing more.\n")
    assert answer_speakers(text) == {("Olivier Mutesi", "author")}


def test_a_report_quoting_an_exclusive_interview_stays_the_reports() -> None:
    text = ("JOHANNESBURG: Prominent analyst Nyasha Moyo said the opposition has no chance.\n\n"
            "Speaking to this publication in an exclusive interview, Moyo said the party would win outright.\n\n"
            "\u201cAll he is trying to do is to incite the people,\u201d Moyo said.\n")
    assert ("Nyasha Moyo", "author") not in answer_speakers(text)


def test_a_press_conferences_principal() -> None:
    text = ("Weekly Press Conference on the Progress of the Government\n\n"
            "The Minister for Information, Abdi Farah, today addressed the media in Mogadishu, providing an update on the "
            "work of the government over the last week.\n\n"
            "The Minister began by speaking on the consultation process in Baidoa and the drought.\n")
    assert answer_speakers(text) == {("Abdi Farah", "author")}


def test_an_opinion_dek_that_argues_names_the_writer() -> None:
    text = "THE COUP NEXT DOOR\n\nAda Okonkwo contends military intervention contradicts the country's foreign policy\n\n" + _BODY
    assert answer_speakers(text) == {("Ada Okonkwo", "author")}


def test_a_papers_head_run_into_its_first_paragraph() -> None:
    text = ("27 The Dilemma of Small States: Mongolia and its Neighbours Saran K. Boldoo Professor of Asian Studies, "
            "Example University E-mail: saran@example.org Introduction " + "Small states matter in world politics. " * 12)
    assert answer_speakers(text) == {("Saran K. Boldoo", "author")}


def test_a_title_closing_with_its_writer_beats_a_photo_caption_name() -> None:
    text = ("Horn Analysis | Research Articles\n\nEritrea: Coming In from the Cold \u2013 by Lena Brook\n\n1 min read\n\n"
            "Isaias Tesfay\nEritrea: Coming In from the Cold\n" + _BODY)
    assert answer_speakers(text) == {("Lena Brook", "author")}
    assert _headline("Coming In from the Cold", 0, 23, min_words=2)


def test_a_journalists_press_job_in_an_interview_cue() -> None:
    text = ("President Ravi Mendis says talks on the debt have begun.\n\n"
            "The President stated this during an exclusive interview with Ledger Global Editor-in-Chief Tom Bell.\n\n"
            "He said the decision on the port had been a difficult one.\n")
    assert ("Tom Bell", "author") not in answer_speakers(text)
    assert not any(s and "Ledger" in s for s, _ in answer_speakers(text))


def test_remarks_by_an_office_and_a_surname() -> None:
    text = ("Remarks by President Halvorsen on the Situation in the Middle East\n\n"
            "Good afternoon. Today I want to speak about the war and the hostages.\n\n"
            "We will not rest until every hostage is home. President Erik Halvorsen has spoken with the leaders of Egypt.\n")
    assert answer_speakers(text) == {("Erik Halvorsen", "author")}


def test_an_honorific_ends_no_name() -> None:
    assert person_part("Broadcasting Mr") is None
    assert person_part("Ana Ruiz") == "Ana Ruiz"
