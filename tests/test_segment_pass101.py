"""Pass 101 (issue 11): a headline "X interview: full transcript" names the guest (R1); the journalists an interview
was "conducted by" ask (R2), as does the one an interview is given "to" or held "with" for an outlet (R3); "X to
<Outlet>: ..." names the outlet's guest (R4); an Arabic article joined to a surname stays in the guest's name (R5); a
surname label seen once under "President X" is a turn (R6); ", writes X about ..." (R7); "X is researching ..." as the
writer's note (R8); the writer before or after a title's dash (R9); "His Majesty King X:" labels a turn (R10); "Source
Link" is no name (S1); a byline that repeats the title's name is no report on him (B1); a moderator who "has the
pleasure to introduce" or hands over "over to you" asks (R13); a Title Case "Minister For Foreign Affairs X" names
the "Minister:" labels (R11); an office label whose brackets name its holder is a turn once (R12); named questions over
unlabelled answers leave them to the title's guest (R14); the subject before "in an interview with" a host is the guest
(R15).

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from _segment_helpers import answer_speakers, claims

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter
from polisent.segment._labels import _label_of
from polisent.segment._person_names import is_person_name
from polisent.segment._press_names import press_surnames


def _speakers(text: str) -> dict[str | None, SpeakerRole]:
    return {s.name: s.role for s in RuleSegmenter().segment(text).speakers}


_QA = ("Q: Minister, thank you for seeing us. How long can the coalition stay in the north?\n\n"
       "A: As long as it takes. The transition has difficulties, but the army is ready and the people want peace.\n\n"
       "Q: What about the talks with the insurgents?\n\n"
       "A: We have offered them a place at the table many times, and the offer stands for all who lay down arms.\n")


def test_a_headline_name_before_interview_names_the_guest_not_the_journalists_who_conducted_it() -> None:
    text = ("Rustam Nazarov interview: full transcript\n\n"
            "Transcript of the interview with the minister conducted by the Ledger's Ina Berg and the TV9 "
            "correspondent Paul Weller\n\n" + _QA)
    assert answer_speakers(text) == {"Rustam Nazarov"}
    assert {"berg", "weller"} <= press_surnames(text)


def test_the_one_an_interview_is_given_to_or_held_with_for_an_outlet_asks() -> None:
    text = ("In an interview with Ravi Malhotra for The Courier, the former envoy said the border talks had stalled.\n\n"
            "These are the issues that former ambassador Anil Desai addresses in his long interview to Ravi Malhotra.\n\n"
            + _QA)
    assert "malhotra" in press_surnames(text)
    assert "Ravi Malhotra" not in answer_speakers(text)
    # a title in some writers' English gives the guest after "Interview to"
    assert press_surnames("Interview to Tomas Varga, Vice-Minister of Foreign Affairs.\n\nWhy now?") == frozenset()


def test_a_name_to_an_outlet_heading_names_its_guest_even_when_the_report_names_him_again() -> None:
    text = ("Karim Haddad to Al Jazeera: The World Needs a New Approach\n\n"
            "Karim Haddad. (Reuters)\n\n"
            "Former minister and United Nations envoy Karim Haddad said the crisis had exposed the weakness of the big powers and their "
            "institutions, and he called for a new compact between the rich and the poor countries of the world.\n\n"
            "Haddad said the pandemic had only sped up what was already under way in trade and in finance.\n")
    assert answer_speakers(text) == {"Karim Haddad"}


def test_an_interview_with_titles_run_into_an_arabic_article_surname_names_the_whole_guest() -> None:
    text = ("Full transcript of the agency's interview with the prime minister\n\n"
            "BAGHDAD \u2014 Following is a full transcript of the agency's interview with Iraqi Prime Minister Salim "
            "al-Rawi in Baghdad:\n\n" + _QA)
    assert answer_speakers(text) == {"Salim al-Rawi"}


def test_a_surname_label_seen_once_under_president_surname_is_the_guests_turn() -> None:
    text = ("President Okello Talks To The Courier \u2013 Full Interview Below\n\n"
            "What do you think of the attack in the capital?\n\n"
            "Okello: That attack was horrible. However, it was not surprising to any of us who follow the region.\n\n"
            "What needs to happen on the ground?\n\n"
            "We have cleared the towns. We need more troops to clear the countryside.\n")
    assert "Okello" in answer_speakers(text)


def test_writes_name_about_in_a_dek_names_the_writer_in_title_case() -> None:
    text = ("Landmines on the road to a coalition\n\n"
            "Landmines on the road to a coalition\n\n"
            "Landmines on the road to a coalition\n\n"
            "Be careful what you wish for, writes PIET VAN ZYL about the hope that the party loses its majority.\n\n"
            "The uprisings of a decade ago led to great instability. They began in one country and quickly spread "
            "to its neighbours, and stability has not yet been restored in most of them.\n")
    assert {n.lower() for n in answer_speakers(text) if n} == {"piet van zyl"}


def test_a_note_that_says_what_the_writer_researches_names_the_writer() -> None:
    text = ("Op-ed | Europe must tie the knot with the Caucasus\n\n"
            "From the day the country filed its membership bid we have heard that this is a unique window of "
            "opportunity, a chance not to be missed.\n\n"
            "Nino Beridze is researching democratization in the Caucasus. She works at a watchdog in Tbilisi.\n\n"
            "Earlier this year two students stood up against the water cannon with flags in their hands, and their "
            "photos made the rounds in the newspapers of the continent.\n")
    assert answer_speakers(text) == {"Nino Beridze"}


def test_the_writer_before_a_title_dash_or_after_its_closing_dash() -> None:
    before = ("Dr. Ketevan Lomidze - The future of the region is in Europe\n\n"
              "Three factors, historical, internal and external, need to be analysed to clarify why integration "
              "matters so much for a small state on the edge of the continent.\n")
    assert answer_speakers(before) == {"Ketevan Lomidze"}
    after = ("Saturday, June 18, 2005\n\nIs militarism irreversible?\n\nThe Daily - Site Edition\n\nSunday, June 19, 2005\n\n"
             "VIEW: Is militarism irreversible? \u2014Tariq Qureshi\n\n"
             "The general believes the country needs the big stick of the army to survive, and deep down one senses "
             "an authoritarian conviction that the people cannot be trusted to choose their leader.\n")
    assert answer_speakers(after) == {"Tariq Qureshi"}
    # (a host's name over "Interview with" his guest is no writer, nor a show's name before its episode's title)
    assert not _label_free_writer("Lena Park \u2013 Interview with Omar Haddad\n\nThe commander of the army, under "
                                  "the direction of the marshal, has begun a new offensive on the capital this spring.\n")


def _label_free_writer(text: str) -> bool:
    return "Lena Park" in answer_speakers(text)


def test_his_majesty_king_labels_a_turn() -> None:
    line = "His Majesty King Faisal II: In the psyche of our people I think it has gotten to a boiling point."
    assert _label_of(line, 0, len(line)) == ("name", "Faisal II", 27)
    text = ("Lena Park: You've said for years that the kingdom cannot take any more refugees. Why now?\n\n"
            "His Majesty King Faisal II: In the psyche of our people I think it has gotten to a boiling point.\n\n"
            "Lena Park: So is this the week of the red line?\n\n"
            "His Majesty King Faisal II: This is a red line, but also how can we sustain ourselves?\n")
    roles = _speakers(text)
    assert roles.get("Faisal II") is SpeakerRole.INTERVIEWEE
    assert roles.get("Lena Park") is SpeakerRole.INTERVIEWER


def test_source_link_is_no_writer() -> None:
    assert not is_person_name("Source Link")
    text = ("19 June 2022\n\nThe Collapse of a Policy\n\nOmar Haddad\nSource Link\n\nIntroduction\n\n"
            "The web of policies and norms that has kept the peace in the strait for four decades is stretched to "
            "the breaking point, and each generation finds the old accommodation less appealing.\n")
    assert answer_speakers(text) == {"Omar Haddad"}


def test_a_byline_repeating_the_titles_name_does_not_make_the_title_a_report() -> None:
    text = ("Politics\n\nJohn Tate: The threats to the island are threats to the alliance\n\n"
            "John Tate, The Northern Tribune on\n\nPublished in Op Eds\n\n"
            "Since the alliance was founded, its rivals have sought to counter it. Remarkably, their objective may "
            "finally be in reach, and not because of pressure from them but from inside the alliance itself.\n")
    assert answer_speakers(text) == {"John Tate"}


def test_a_moderator_who_has_the_pleasure_to_introduce_the_guest_asks() -> None:
    text = ("Conversation with the Secretary General at the Forum\n\n"
            "Kevin Moss [Daily Defense]: It's my pleasure to introduce the Secretary General, Ana Lind. Welcome.\n\n"
            "Ana Lind [Secretary General]: Thank you.\n\n"
            "Kevin Moss [Daily Defense]: So, again, my name is Kevin Moss. Let's start with the treaty. Why did it fail?\n\n"
            "Ana Lind [Secretary General]: It failed because one side violated it for years, and everyone knew it.\n")
    roles = _speakers(text)
    assert roles.get("Kevin Moss") is SpeakerRole.INTERVIEWER
    assert roles.get("Ana Lind") is SpeakerRole.INTERVIEWEE
    briefing = ("Transcript: Post-Cabinet media briefing\n\n"
                "Kabelo Dube: Good afternoon. Let me take the opportunity to welcome you all to the briefing and to "
                "welcome the President. President, over to you.\n\n"
                "President Thabo Ndlovu: We do this every year at the end of the cabinet meeting, to give you a broad "
                "picture of the matters that the cabinet considered and decided this week.\n\n"
                "Kabelo Dube: Thank you, President. We will now take a few questions from the floor.\n\n"
                "President Thabo Ndlovu: Before that, let me add that the ministers will brief you on the details.\n")
    assert _speakers(briefing).get("Kabelo Dube") is SpeakerRole.INTERVIEWER
    assert all(c for c in claims(briefing))


def test_a_title_case_office_with_for_names_its_holder_for_the_office_label() -> None:
    text = ("Transcript Of Minister For Foreign Affairs Tomas Varga's Interview With The Courier On 16 July\n\n"
            "Q: What can we expect from this meeting this year? Any deliverables?\n\n"
            "Minister: There will be two interesting events. One is the release of the joint assessment of the storm.\n\n"
            "Q: And the other one?\n\n"
            "Minister: The second is the signing of the treaty by the last of the ten members, which we expect soon.\n")
    assert answer_speakers(text) == {"Tomas Varga"}


def test_an_office_label_whose_brackets_name_its_holder_is_a_turn_even_once() -> None:
    text = ("Briefing by the Foreign Minister on Completing One Year in Government\n\n"
            "External Affairs Minister (Shrimati Anjali Rao): Namaskar friends.\n\n"
            "As you are aware, this Government has completed one year, and every day since then we have worked on "
            "our relations with the neighbours and the great powers alike.\n\n"
            "I am of the view that three parameters decide the success of a foreign policy.\n")
    assert "Anjali Rao" in answer_speakers(text) | {s.name for s in RuleSegmenter().segment(text).speakers}


def test_named_questions_over_unlabelled_answers_leave_the_answers_to_the_titles_guest() -> None:
    text = ("Prime Minister Istvan Kovacs\u2019s answers to questions at the jubilee event for the weekly magazine\n\n"
            "22 November 2023, Zurich\n\n"
            "Lena Park: You said you are the oldest acting prime minister in the region, a great survivor. You have a "
            "history of opponents who attacked you and have now disappeared. What is your recipe for survival?\n\n"
            "First of all, you should know that I belong to the old-fashioned political leaders. In the modern world "
            "many switch from politics to business. When I started in politics, that was not the fashion. We serve "
            "the nation, in opposition or in government, and I spent sixteen years in opposition.\n")
    assert answer_speakers(text) == {"Istvan Kovacs"}


def test_the_subject_before_in_an_interview_with_a_host_is_the_guest() -> None:
    text = ("Interview\n\nThe bloc can use the war's lessons to deter aggression, commissioner says\n\n"
            "EU Commissioner for Defense and Space Marta Kowalczyk, in an interview with Tom Weiss, host of the "
            "program West Studio, spoke about the rearmament plan.\n\n"
            "I would like to begin with the rearmament programme. What is the strategy behind it?\n\n"
            "The programme is very important not only for Europe but also for our support to our neighbours, and "
            "we are working to make it bigger.\n")
    assert answer_speakers(text) == {"Marta Kowalczyk"}
