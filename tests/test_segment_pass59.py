"""Pass 59 structure, from the failure classes of two spent real-page judges: a byline under a page's menu
whose items read like names, a byline glued to a PDF's title with a credit after a bar, a name run into the
first sentence, a repost's credit ("X in <Outlet>, <date>"), a title naming the piece's subject over an
interview's answerer, and "said <job> X in an interview with Y" in a standfirst. Texts written for these
tests."""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter
from polisent.segment._person_names import is_person_name

_BODY = ("When the new president won the election, observers framed the result as a pivot to China. That reading is "
         "too simple.\n\nThe recent labelling of the relationship has been drawn from concerns about debt. It ignores "
         "what the capital wants.\n\nEurope has a role to play here, and it should not wait for Washington to act.\n")


def _answers(text: str) -> set[tuple[str | None, str]]:
    return {(c.speaker, c.role.value) for c in RuleSegmenter().segment(text).claims
            if not c.is_question and c.role in (SpeakerRole.AUTHOR, SpeakerRole.INTERVIEWEE, SpeakerRole.UNKNOWN)}


def test_a_byline_under_a_menu_of_name_like_items_names_the_writer() -> None:
    menu = "\n".join(["Harbour Herald", "Peru Overview", "Government Links", "Crude Oil", "Natural Gas", "Canada Dollar",
                      "Mexico Peso", "India Rupee", "Cayman Islands", "Costa Rica", "Follow Us On Twitter"])
    text = (menu + "\n\nLena Haugen: Two Dialogues in the Andes\nFormer chief of staff Lena Haugen reports on the "
            "dialogues that worked in the past.\n\nBy Lena O. Haugen\n\n" + _BODY)
    assert _answers(text) == {("Lena O. Haugen", "author")}


def test_a_columns_name_is_no_person() -> None:
    assert not is_person_name("Dateline Colombo")
    assert not is_person_name("Venezuela Overview")
    assert is_person_name("Timothy Less")


def test_a_byline_glued_to_a_pdf_title_with_a_credit_after_a_bar_names_the_writer() -> None:
    text = ("Download - Japan Needs Options 05-07-14\n\nPage 1: Japan Needs Options 05-07-14\n\n\n"
            "Japan needs new optionsBy Ana Ruiz | G L O BE C O L U MN IS T MA Y 0 7 , 2 0 1 4\n\n\n" + _BODY)
    assert _answers(text) == {("Ana Ruiz", "author")}


def test_a_name_run_into_the_first_sentence_names_the_writer() -> None:
    text = ("A year since the border standoff\n\nRohan Mehta What were the soldiers intending to convey by crossing "
            "the line in May last year remains a mystery. Its intentions could have varied from claims to warnings. "
            "There is no doubt that the move was planned.")
    assert _answers(text) == {("Rohan Mehta", "author")}


def test_a_reposts_credit_names_the_writer() -> None:
    text = ("Between Two Giants: Little Island\n\nKMA Kofi Asante in Harbour Review, 6 June 2021, where the title is "
            "\u201cThe Port and the Highway\u201d \u2026 the highlighting is the editor's\n\n" + _BODY)
    assert _answers(text) == {("KMA Kofi Asante", "author")}


def test_a_title_naming_the_pieces_subject_is_no_section_of_a_round_up() -> None:
    text = ("Viktor Orlov, Defender of the Republic\u2019s Interests\n\n"
            "President Viktor Orlov, at a wreath laying ceremony in the capital on June 22, 2020 (Source: Herald)\n\n"
            "In a couple of hours the capital will vibrate to the sound of military music. President Viktor Orlov will "
            "be the host of the ceremony. Since he has been at the helm for 20 years, I thought it might be interesting "
            "to conduct an interview about him with a leading expert. Dr. Ilya Gorin, author of many books on the "
            "subject, has generously accepted to answer my questions. Here is the content of our exchange.\n\n"
            "Orlov has broken the monopoly in world affairs.\n\n"
            "Entire forests have been used to print op-eds condemning President Orlov. Your book presents him as a "
            "leader who wants his country respected. What is his worldview and agenda?\n\n"
            "Dr. Ilya Gorin\n\n"
            "What you say depends on where you sit. For those who defend the old order, he is a disruptor. For the "
            "rest, he is a leader who restored the state.")
    speakers = {s for s, _ in _answers(text)}
    assert "Viktor Orlov" not in speakers
    assert "Ilya Gorin" in speakers


def test_said_job_and_name_in_an_interview_with_the_journalist_names_the_guest() -> None:
    from polisent.segment._speakers import _said_in_interview
    lead = ("\u201cWe have not charted any alliance as yet, but foreign policy will have to adapt,\u201d said former "
            "Ambassador to Jordan and Malta, Anil Varma in an exclusive interview with Ravi Menon. Excerpts:")
    assert _said_in_interview(lead, lead.index("interview with")) == "Anil Varma"
    text = ("\u201cRelations with the north are independent of the west\u201d\n\nBy Ravi Menon\nUpdated: July 30, 2020\n\n"
            + lead + "\n\nHow do you see the foreign policy under Prime Minister Narendra Modi?\n\n"
            "The policy continues to serve national interests. Under PM Narendra Modi it has acquired depth and a broad "
            "expanse in outreach.\n")
    assert _answers(text) == {("Anil Varma", "interviewee")}


def test_a_chapter_lists_entry_is_no_byline() -> None:
    text = ("Ana Ruiz: Borders, Empires and War | The Long Podcast #12\n\n\nChapters\n\n0:0 Introduction\n"
            "1:18 Collapse of the union\n17:27 Origins of the two states\n38:13 Marek Kowal\n67:13 Secret police\n"
            "82:11 The war\n\nTranscript\n\n"
            "What happened during the war was that once the army ran out of men, it created foreign legions. Those "
            "legions were never trusted. - The following is a conversation with Ana Ruiz, a historian at the "
            "university. And now, dear friends, here's Ana Ruiz.\n\n"
            "- Very often, people confuse three different processes that were taking place at the time.\n")
    assert "Marek Kowal" not in {s for s, _ in _answers(text)}
    assert {s for s, _ in _answers(text)} == {"Ana Ruiz"}


def test_a_shows_title_over_its_guest_names_the_speaker_of_an_unlabelled_transcript() -> None:
    text = ("Face the Nation: Sen. Ana Ruiz\n\nInterview\n\nDate: Sept. 24, 2023\n\nBREAK IN TRANSCRIPT\n\n"
            "Well, Margaret, thank you for having me on.\n\nBREAK IN TRANSCRIPT\n\n"
            "This was my second trip to the front. The aid that we are giving them is critical. If this was the stop, "
            "they would lose.\n\nSo I am motivated to get this done in the Senate, and there is support for it.\n")
    assert {s for s, _ in _answers(text)} == {"Ana Ruiz"}


def test_a_talks_title_names_the_speaker_of_a_caption_transcript() -> None:
    text = ("Ana Ruiz at Manthan on The Restless Border [Subtitles in Hindi]\n\n"
            "so thank you so much for that extremely generous introduction and the rest of the people in the audience "
            "who have given up this morning to deal with this very depressing question that we are facing right now "
            "i am doing this presentation from a place where the electricity supply is not too great")
    assert {s for s, _ in _answers(text)} == {"Ana Ruiz"}


def _questions(text: str) -> list[str]:
    return [c.text for c in RuleSegmenter().segment(text).claims if c.is_question]


def test_one_bare_question_after_a_guests_bio_that_announces_the_interview_is_asked() -> None:
    text = ("Energy Markets and the Blockade\n\n"
            "The review was honored to cover the annual conference on economic warfare hosted by the school in "
            "September. The event brought together scholars and policymakers to discuss sanctions.\n\n"
            "Ana Ruiz is a Professor of International Affairs at the university and a Senior Fellow at the council. As "
            "a member of the planning staff, she has played a central role in sanctions policy. In our exclusive "
            "interview, she unpacks energy markets and the sanctions regime.\n\n\n"
            "To what extent is the unraveling of economic ties between the two blocs irreversible?\n\n"
            "It depends on the time scale you are using. In the very long run, I would hope that the ties come back. "
            "After the collapse of the union, policymakers invested a huge amount in those ties.\n")
    assert _questions(text) == ["To what extent is the unraveling of economic ties between the two blocs irreversible?"]
    assert {s for s, _ in _answers(text)} == {"Ana Ruiz"}


def test_one_bare_question_under_an_exclusive_interview_title_and_a_greeting_is_asked() -> None:
    text = ("Exclusive interview with former president Ana Ruiz about the negotiation process\n"
            "Good evening. Former President Ana Ruiz has kindly accepted my invitation and we will talk about the talks.\n"
            "Hello, Madam President. Thank you for accepting my invitation and for this opportunity.\n"
            "A few days ago the Prime Minister said that there was no information on the settlement which you would "
            "know and he would not.\n"
            "How could that be the case?\n"
            "You know, I could skip all those speeches, which were full of fabrications. But two things made me accept "
            "your invitation. First among them is the truth about the talks.\n")
    assert _questions(text) == ["How could that be the case?"]
    assert {s for s, _ in _answers(text)} == {"Ana Ruiz"}


def test_answer_my_questions_announces_a_bloggers_interview() -> None:
    text = ("The Long Winter\n\nIn a couple of hours the capital will celebrate. I thought it might be interesting to "
            "talk about the president with a leading expert. Dr. Ilya Gorin, author of many books on the subject, has "
            "generously accepted to answer my questions.\n\n"
            "Entire forests have been used to print op-eds condemning the president. Others present him as a leader "
            "who wants his country respected. What is his worldview and agenda?\n\n"
            "Dr. Ilya Gorin\n\n"
            "What you say depends on where you sit. For those who defend the old order, he is a disruptor. For the "
            "rest, he is a leader who restored the state.")
    assert len(_questions(text)) == 1 and _questions(text)[0].endswith("What is his worldview and agenda?")


def test_an_outlets_name_before_an_interview_title_is_no_turn_label() -> None:
    text = ("NPR: Interview with Ambassador Ruiz/ The Relationship Between Two Capitals\n\n\n"
            "Last week, the president made news again. This time, announcing that foreign critics will be expelled.\n\n"
            "Joining us here in our studios is Ana Ruiz, ambassador of the republic. Ambassador Ruiz, welcome to the "
            "program.\n\n"
            "Ms. ANA RUIZ (Ambassador to the United States): Thank you very much, it is a pleasure to be here.\n\n"
            "ROBERTS: You have something of a tough job. How do you explain the president's words?\n\n"
            "Ms. RUIZ: The president speaks for a people who have been ignored for decades, and he is heard.\n")
    st = RuleSegmenter().segment(text)
    assert "NPR" not in {c.speaker for c in st.claims}
    assert st.segments[0].kind.value == "heading"
    assert "Ana Ruiz" in {s for s, _ in _answers(text)}


def test_an_interview_heading_naming_its_guest_names_the_answerer() -> None:
    text = ("field radio\n\nBroadcast Journalist and Multimedia Producer based in Paris, France\n\n"
            "Border offensive, government interview\n\nwith one comment\n\n"
            "Soldiers reportedly crossed the border on Sunday in pursuit of the militant group, backed by planes.\n\n"
            "Interview: Omar Haddad, Information Secretary, national government\n\nRadio Internationale\n\n"
            "Could you tell us more about the offensive across the border?\n\n"
            "The militant group has attacked our country and held several foreigners. We had to act to protect our "
            "people and our economy.\n\n"
            "Do you have any information on the number of troops?\n\n"
            "I cannot give numbers. The operation is going on and it will go on until the threat is removed.\n")
    assert {s for s, _ in _answers(text)} == {"Omar Haddad"}


def test_a_writers_name_over_a_protected_address_is_a_byline() -> None:
    text = "As the Ice Melts, Politics Heats Up\nAna Maria Ruiz [email protected]\nIntroduction\n" + _BODY
    assert _answers(text) == {("Ana Maria Ruiz", "author")}


def test_a_dash_glued_to_the_writers_name_closes_the_title() -> None:
    text = ("Refugee Crisis: The Geopolitics behind the Delayed Repatriation -Kamal Hossain\n\nCover Story\n\n" + _BODY)
    assert _answers(text) == {("Kamal Hossain", "author")}
    assert not is_person_name("Cover Story")


def test_the_guests_own_interview_with_an_outlet_names_the_guest() -> None:
    text = ("  Ambassador Ruiz's Interview with China Central Television-4\n    (telecast on 06 June 2018)\n"
            "    Q: Hello, your Excellency Mr Ambassador, what do you expect from this summit?\n\n"
            "    A: We are very happy to be a member, and our Prime Minister will attend the summit. We are confident "
            "that it will be very successful.\n\n"
            "    Q: What kind of benefits will the organisation bring to its members?\n\n"
            "     A: You are right that the spirit of the organisation is very important, and it brings trade.\n")
    assert {s for s, _ in _answers(text)} == {"Ruiz"}


def test_a_writers_handle_before_the_title_names_the_writer_over_a_press_job_line() -> None:
    text = ("Ana Ruiz @AnaRuizWrites | The president has been mostly silent on the region\n"
            " Deputy Editorial Page Editor \u2013 January 7, 2018\n\nThat\u2019s probably a good thing\n\n" + _BODY)
    assert _answers(text) == {("Ana Ruiz", "author")}


def test_one_labelled_exchange_then_bare_questions_between_the_answers() -> None:
    text = ("University expert available to discuss the conflict\n\n"
            "Media contact:\nLena Berg\nlena.berg@example.edu\nCell: 720-849-1907\n\n"
            "Ana Ruiz, an associate professor of political science, is available for interviews to offer insight into "
            "the escalating tensions. Her research encompasses everything from foreign policy to\n\n"
            "She responded to some common questions below. \n\n"
            "Question: How is the state likely to respond to the attack? \n\n"
            "Ruiz: What occurred was unprecedented. The response will be measured, and it will come.\n\n"
            "Are other regional powers likely to be drawn in?\n\n"
            "Two neighbours assisted in the downing of the missiles. They will not go further than that.\n\n"
            "What are the great powers' interests in all this? \n\n"
            "They have a strong interest in avoiding a gener")
    assert [q.strip() for q in _questions(text)] == ["How is the state likely to respond to the attack?",
                                                     "Are other regional powers likely to be drawn in?",
                                                     "What are the great powers' interests in all this?"]
