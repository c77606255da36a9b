"""Numbered questions with ANSWER labels, lower-case outlet labels, headline labels and cited
sources (texts written for the project)."""

from __future__ import annotations

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment import RuleSegmenter
from polisent.segment._intro_person import intro_person
from polisent.segment._principal import person_part


def _claims(text: str):
    return RuleSegmenter().segment(text).claims


def test_numbered_questions_answered_under_answer_labels() -> None:
    text = ("Lindqvist on Arctic shipping\n"
            "Q1. How busy will the Northern Sea Route be by 2030? Will Russia\n"
            "let foreign ships use it?\n"
            "ANSWER: Busier than now, but not by much. The ice is thinning, yet insurers still\n"
            "price the route as an exception and the escorts are expensive.\n"
            "Q2. Does China have a role there?\n"
            "ANSWER: A commercial one for now. Its shipping lines test the route each summer.\n")
    claims = _claims(text)
    questions = [c for c in claims if c.is_question]
    answers = [c for c in claims if not c.is_question]
    assert len(questions) >= 2 and all(c.role is SpeakerRole.INTERVIEWER for c in questions)
    assert answers and all(c.role is SpeakerRole.INTERVIEWEE for c in answers)
    assert any("insurers" in c.text for c in answers) and not any("insurers" in c.text for c in questions)


def test_a_source_cited_by_name_in_an_answer_is_not_the_guest() -> None:
    text = ("Q1. Where does the term come from?\n"
            "ANSWER: According to Danish scholar Mette Holm, the author of the standard history, the term\n"
            "was first used by diplomats in the 1950s.\n"
            "Q2. Is it still useful?\n"
            "ANSWER: Only as a slogan. Policy is made of ends and means, not of images.\n")
    answers = [c for c in _claims(text) if not c.is_question]
    assert answers and all(c.speaker != "Mette Holm" for c in answers)


def test_an_outlet_name_is_not_a_person_and_office_holders_are_not_the_guest() -> None:
    assert person_part("Wall Street Journal") is None and person_part("The Kyiv Post") is None
    text = ("The Daily Herald reports that US President Donald Trump urged Prime Minister Ishiba to calm "
            "the dispute. Professor Lin Wei-ting of Chengchi University weighs in.\n"
            "00:00So Prime Minister Ishiba Shigeru has changed his tone somewhat.\n"
            "00:06What does that tell you?\n")
    found = intro_person(text, text.find("00:06"))
    assert found is not None and found.name == "Lin Wei-ting"


def test_a_lower_case_outlet_label_that_recurs_between_named_turns_is_the_interviewer() -> None:
    text = ("Moldova's president on the neutrality debate.\n"
            "eurovista:\n"
            "Madam President, thank you for your time. Will Moldova stay neutral?\n"
            "President Ana Rusu:\n"
            "Neutrality is written in our constitution and I will not change it. But neutral\n"
            "does not mean defenceless, and we are buying air defence.\n"
            "eurovista:\n"
            "Does Russia still have leverage through gas?\n"
            "President Ana Rusu:\n"
            "Much less than two years ago. We now buy on the European market.\n")
    claims = _claims(text)
    answers = [c for c in claims if "constitution" in c.text or "European market" in c.text]
    assert answers and all(c.speaker == "Ana Rusu" and not c.is_question for c in answers)
    asks = [c for c in claims if "leverage" in c.text]
    assert asks and asks[0].is_question and asks[0].speaker == "eurovista"


def test_a_headline_that_quotes_the_guest_under_her_label_is_no_turn() -> None:
    text = ("Skip to content\n\n"
            "Mariam Diallo: on Mali, \u201cthe junta will not hold elections soon\u201d\n\n"
            "After the coup, will the junta keep its word? That is what everyone asks since the transition "
            "was extended again. Interview with researcher Mariam Diallo.\n\n"
            "RFA: Will the junta keep its promise to hold elections?\n\n"
            "Mariam Diallo: Probably not. The security argument is too convenient for them, and nobody "
            "in the region is pressing hard.\n\n"
            "Does ECOWAS still matter?\n\n"
            "Less and less. Its sanctions did not work and the three juntas have left it.\n")
    st = RuleSegmenter().segment(text)
    assert not [c for c in st.claims if "everyone asks" in c.text and c.role is SpeakerRole.INTERVIEWEE]
    asks = [c for c in st.claims if "keep its promise" in c.text or "still matter" in c.text]
    assert len(asks) == 2 and all(c.is_question for c in asks)
    answers = [c for c in st.claims if "convenient" in c.text or "sanctions did not work" in c.text]
    assert answers and all(c.speaker == "Mariam Diallo" and not c.is_question for c in answers)


def test_in_dialogue_with_an_outlet_then_a_long_job_names_the_guest() -> None:
    from polisent.segment._principal import principal

    text = ("Chile votes on Sunday in a runoff between two candidates with opposite programmes.\n"
            "In dialogue with Radio Andes, the analyst in international relations and director of the "
            "Institute of Regional Trade of the Catholic University of Chile (UCC), Marta Quiroga, analysed "
            "what the result means for the neighbours.\n"
            "What are the scenarios for the region?\n"
            "\u2013 Two very different ones. One candidate promises continuity, the other a break with the bloc.\n")
    p = principal(text, conversation=False)
    assert p is not None and p.name == "Marta Quiroga"
