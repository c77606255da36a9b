"""Pass 60 structure, from the failure classes of the spent real-page judges and dev pages: an author note that names
the writer by honorific and surname ("Mr. X is a journalist ..."), a standfirst's "writes X" split by a hard wrap, a
section's place tag alone on a line, "<office> to <state> X spoke to Y", a video description naming who "answered
questions", "Q - ... R - ..." turns, and a greeting before a name. Texts written for these tests."""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter
from polisent.segment._person_names import FURNITURE, is_person_name, person_part
from polisent.testing import answer_speakers

_BODY = ("The West has ignored the region for a decade, and the price is now visible in the capital.\n\n"
         "A separatist leader has pledged to pull his entity out of the state institutions. Europe barely noticed.\n\n"
         "Washington should appoint an envoy with real authority and back the high representative.\n\n")


_answers = answer_speakers


def test_an_honorific_author_note_at_the_foot_names_the_writer() -> None:
    text = "The Republic Is Breaking Apart\n\n" + _BODY + "Mr. Halvorsen is a journalist and analyst who has reported from the region since the 1990s.\n"
    assert _answers(text) == {("Mr. Halvorsen", "author")}


def test_an_honorific_author_note_takes_the_full_name_the_page_gives() -> None:
    text = ("The Republic Is Breaking Apart\n\nBy Erik Halvorsen\n\n" + _BODY
            + "Mr. Halvorsen is a journalist and analyst who has reported from the region since the 1990s.\n")
    assert _answers(text) == {("Erik Halvorsen", "author")}


def test_an_honorific_author_note_on_top_names_the_writer() -> None:
    text = "Mr. Halvorsen is a journalist, editor and analyst who has reported from the region since the 1990s.\n\n" + _BODY
    assert _answers(text) == {("Mr. Halvorsen", "author")}


def test_a_note_on_the_texts_subject_names_no_writer() -> None:
    # the person the paragraphs discuss, described in a paragraph of his own, wrote nothing
    text = ("The election carries mixed messages\n\nThe new leader of the party, Tomas Veli, secured 31 votes in a vote "
            "of parliament.\n\nA former foreign minister, Mr. Veli does not have the abrasiveness of his predecessor.\n\n"
            "Mr. Veli was the foreign minister when the nation dropped its ties with the island in 2019.\n\n" + _BODY)
    assert ("Tomas Veli", "author") not in _answers(text)
    assert ("Mr. Veli", "author") not in _answers(text)


def test_a_hard_wrapped_standfirst_names_its_writer_across_the_wrap() -> None:
    text = ("The country knows why it joined the alliance. It knows the\ncurrent system is not the cure of all our "
            "global\nproblems. It also understands that policy requires compromise, writes Pieter\nvan Aswegen.\n"
            "Is the grouping a principled alliance, and if so, on what terms? This is the\nquestion for me when I look "
            "at our foreign policy.\n\nAnyone who studied the field will tell you that foreign policy extends domestic "
            "policy.\n")
    assert _answers(text) == {("Pieter van Aswegen", "author")}


def test_a_place_tag_alone_on_its_line_is_no_author() -> None:
    text = ("The alliance and its critics\n\nSouth Africa\n\nThe grouping is a loose economic relationship, writes "
            "Ana Ruiz.\n\n" + _BODY)
    assert _answers(text) == {("Ana Ruiz", "author")}


def test_an_envoy_to_a_state_who_spoke_to_a_journalist_is_the_guest() -> None:
    text = ("\u201cEvery citizen is a watchman\u201d\n\nWhy are raiders running over the border while the other side is not "
            "troubled? The Northland Ambassador to Kenya Abebe Tolosa spoke to Jomo Kariuki on how they did it.\n\n"
            "Were you summoned by the officials after the jet was re-routed?\n\nThere was no summons from anybody. I just "
            "got a communication from the host nation, which is normal.\n\nDid your country stop the jet?\n\n"
            "I will not comment on that.\n")
    assert ("Abebe Tolosa", "interviewee") in _answers(text)
    assert ("Jomo Kariuki", "interviewee") not in _answers(text)


def test_a_video_description_names_who_answered_questions() -> None:
    text = ("\u2022 yesterday\nDuring Saturday\u2019s Press Briefing, Northland Prime Minister Ana Ruiz answered questions "
            "about the peace talks.\n\nStay Connected\n\nTranscript\n00:00Thank you. I will now take some questions, "
            "starting with the first hand up.\n00:20Can you give an example of a commitment made this morning?\n"
            "00:39Well, let me start from the premise that a lot has happened since we met last time.\n")
    assert {name for name, _ in _answers(text)} - {None} == {"Ana Ruiz"}


def test_page_furniture_prompts_are_no_names() -> None:
    assert "stay connected" in FURNITURE
    assert not is_person_name("Stay Connected")


def test_spaced_hyphen_marks_are_question_and_answer_turns() -> None:
    text = ("Interview with the minister\n\nQ - Tonight the capital, tomorrow the coast: is there time to go deep?\n\n"
            "R - I think it is very important to see things concretely. Meeting the families was important.\n\n"
            "Q - There is always a banana skin that one struggles to imagine...\n\n"
            "R - It is certainly a difficult trip, in a very sensitive context.\n")
    st = RuleSegmenter().segment(text)
    asked = [text[c.start:c.end] for c in st.claims if c.is_question]
    assert len(asked) == 2 and asked[1].startswith("There is always")
    assert all(c.role is SpeakerRole.INTERVIEWEE for c in st.claims if not c.is_question)


def test_a_greeting_opens_no_name() -> None:
    assert person_part("Bonsoir Mme Ana Ruiz") == "Ana Ruiz"
    assert person_part("Good Evening Ana Ruiz") == "Ana Ruiz"
    assert person_part("Hello Ana") is None


def test_a_quotations_lead_in_is_no_author_line() -> None:
    text = ("The reaction to the deal is instructive in its speed and its lack of context.\n\nAs Verhoeven writes:\n\n"
            "The deal is not perfect, nor was it ever meant to address every grievance.\n\n" + _BODY)
    assert _answers(text) == {(None, "author")}


def test_a_headlines_state_and_noun_is_no_person() -> None:
    assert not is_person_name("Iraq Reboot")
    assert not is_person_name("Russia Rising")
    assert is_person_name("Jordan Peterson") and is_person_name("Georgia Rose")


def test_his_excellencys_initials_open_no_name() -> None:
    assert person_part("HE Zoran Petrov") == "Zoran Petrov"
    text = ("Northland: Bridging Past and Present\n\nInterview with Ambassador HE Zoran Petrov\n\nBy Ana Ruiz\n\n"
            "Observing its 20th year as a nation, the republic finds itself bridging past and present. Resolving the "
            "name dispute is the top goal of Ambassador Zoran Petrov, who was appointed in March 2007.\n\n"
            "WI: Ambassador Petrov, please outline the origins of the name.\n\n"
            "Ambassador: Excellent question, but it should be answered by a historian.\n\n"
            "WI: What makes the name a tug-of-war between the two states?\n\n"
            "Ambassador: You know, it is of great importance for our identity.\n")
    assert ("Zoran Petrov", "interviewee") in _answers(text)


def test_an_outlet_that_interviews_someone_announces_an_interview() -> None:
    from polisent.segment._role_cues import _INTERVIEW_HINT
    assert _INTERVIEW_HINT.search("Azeri.Today interviews Professor of History Ana Ruiz.")
    assert not _INTERVIEW_HINT.search("Our Exclusives, Interviews & Analytics")
    assert not _INTERVIEW_HINT.search("in interviews President Ruiz said it")


def test_a_speechs_long_title_names_its_speaker() -> None:
    text = ("Speech and answers to questions from the mass media by Northland Foreign Minister Ana Ruiz during the joint "
            "press conference with Defence Minister Tom Weiss summarizing the results of the consultations of the heads "
            "of the foreign services and the defence services, Capital City, 9 August 2013\n\n"
            "A two plus two meeting of the ministers was held today. It was held in accordance with the agreements we "
            "reached in June.\n\nWe discussed the treaty, and I believe we made progress on the verification.\n")
    assert {name for name, _ in _answers(text)} == {"Ana Ruiz"}


def test_a_transcripts_head_naming_who_addresses_a_meeting_names_the_speaker() -> None:
    text = ("Foreign Minister Ana Ruiz addresses a high-level meeting at the General Assembly to mark the day of "
            "multilateralism.\nThe following is a rush transcription of her speech at the meeting.\n"
            "\u201cMr. President, my country has long advocated diplomacy for peace. I have come here today to make the "
            "case that such efforts are the only solution.\n\u201cIf there was ever a unipolar moment, it is gone.\n")
    assert {name for name, _ in _answers(text)} == {"Ana Ruiz"}


def test_a_report_on_an_address_names_no_speaker() -> None:
    # no transcript cue: a news report on the address, which is its author's
    text = ("Foreign Minister Ana Ruiz addresses a high-level meeting at the General Assembly.\n\n"
            "The minister called for more diplomacy, officials said. Delegates from forty states attended.\n\n"
            "Critics said the speech offered little that was new.\n")
    assert "Ana Ruiz" not in {name for name, _ in _answers(text)}


def test_a_headlines_verb_or_pronoun_makes_no_name() -> None:
    assert not is_person_name("Holds Hearing")
    assert not is_person_name("Ask Me Anything")
    assert is_person_name("Charles Moss") and is_person_name("James Holds")


def test_a_reposts_credit_with_the_source_site_names_the_writer() -> None:
    text = ("Posts Tagged \u2018Harbour\u2019\n\nThe islands: appeasement causing a crisis?\n\nSeptember 22, 2018\n\n"
            "Last month, the president told his countrymen that he expected the neighbour to be fair.\n\n"
            "Ana Maria Ruiz (harbourstar.com) \u2013 September 22, 2018 \u2013 12:29pm\nCommentary\n\n" + _BODY)
    assert ("Ana Maria Ruiz", "author") in _answers(text)
