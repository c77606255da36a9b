"""Pass 99 (issue 11): an interview "with" an outlet names the side that asks (O2); more outlets are known as the
press (O1, ``polisent/data/outlets.txt``); a bracketed surname label is a speaker's when the text gives the name in
full with an Arabic article ("[Karimi]" under "Omar Hadi al-Karimi") (B1).

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from _segment_helpers import answer_speakers, claims

from polisent.records import SpeakerRole
from polisent.segment._person_names import is_outlet, is_person_name

_TURNS = ("Harbour Review: Minister, the fighting has cost many lives and caused great suffering. Was it worth the price?\n\n"
          "Omar Haddad: The losses have been enormous. But anyone who knew the regime knows what could have come "
          "instead. We see our struggle as an effort to avoid other wars.\n\n"
          "Review: The country's assets abroad remain frozen. What will happen to that money next year?\n\n"
          "Haddad: We have hired several law firms to deal with these assets. We consider the claims against them "
          "unjustified.\n\n"
          "Review: Some say the troops should leave now, and that the timetable is only a promise.\n")


def test_an_interview_given_to_an_outlet_names_the_outlet_as_the_one_who_asks() -> None:
    text = ("Prime minister backs the withdrawal timetable\n\n"
            "Read the interview with Der Spiegel in which Omar Haddad backs the timetable for leaving.\n\n"
            + _TURNS.replace("Harbour Review:", "Der Spiegel:").replace("Review:", "Spiegel:"))
    cl = claims(text)
    asked = [(sp, role) for q, sp, role, _ in cl if q]
    assert asked and all(role is SpeakerRole.INTERVIEWER for _, role in asked)
    assert {sp for sp, _ in asked} == {"Der Spiegel"}
    assert answer_speakers(text) == {"Omar Haddad"}


def test_an_interview_with_a_person_still_names_the_guest() -> None:
    # the guard: "the interview with X" names X as the guest when X is no outlet
    text = ("Prime minister backs the withdrawal timetable\n\n"
            "Read the interview with Omar Haddad in which he backs the timetable for leaving.\n\n" + _TURNS)
    assert answer_speakers(text) == {"Omar Haddad"}


def test_outlets_are_the_press_and_no_person() -> None:
    assert is_outlet("Der Spiegel") and is_outlet("DER SPIEGEL") and is_outlet("Winnipeg Sun")
    assert is_person_name("Spiegel")  # a surname alone stays a name: "Spiegel:" may label Evan Spiegel
    assert not is_person_name("Der Spiegel") and not is_person_name("Toronto Sun")
    # a person whose surname is an outlet's word stays a person
    assert not is_outlet("Peter Spiegel") and is_person_name("Peter Spiegel")


def test_an_outlet_line_under_the_title_is_no_byline() -> None:
    text = ("Canada pulls its weight but could still spend more\n\n"
            "Winnipeg Sun - - COMMENT -\n\n"
            "The president is within his right to complain about the allies that are not paying what they promised. "
            "This includes Canada, which has been hovering around one and a quarter per cent for decades.\n\n"
            "He has a point. We made this promise for a reason, and there are still many unstable situations in the "
            "world that call for us to remain ready.\n")
    assert "Winnipeg Sun" not in answer_speakers(text)


def test_a_bracketed_surname_with_an_arabic_article_is_a_turn_label() -> None:
    text = ("Harbour Daily talks to the prime minister's adviser, Omar Hadi al-Karimi\n\n"
            "Cairo - Omar Hadi al-Karimi, the prime minister's media adviser, expressed his country's wish for a strong "
            "regional presence. He said the elections will move politics away from sectarianism.\n\n"
            "Following is the text of the interview:\n\n"
            "[Harbour Daily]You said the situation is changing for the better. What is it that the neighbours do not know?\n\n"
            "[Karimi] The picture of the country at war with itself is no longer correct. Political participation has "
            "become a main pillar of the new state instead of factionalism.\n\n"
            "[Harbour Daily] Does one neighbour dominate the country's politics?\n\n"
            "[Karimi] The country is not a village to be monopolised by anyone. We have our own views and our own "
            "institutions.\n")
    cl = claims(text)
    assert {sp for q, sp, _, _ in cl if q} == {"Harbour Daily"}
    assert answer_speakers(text) == {"Omar Hadi al-Karimi"}


def test_an_office_to_be_taken_up_is_no_part_of_the_name() -> None:
    # "President-elect Park Min-jun": the family name first, and "-elect" makes the word before it an office (E1)
    text = ("Harbour Radio interviews President-Elect Park Min-jun - Transcript\n\n"
            "In late April the station's chief correspondent spoke with President-elect Park Min-jun in Park's office.\n\n"
            "Harbour Radio: This year marks the anniversary of the alliance. How do you see its direction?\n\n"
            "Park: The treaty was signed during the war. Now military security is not the only important part of the "
            "alliance; economic and technology security matter as much.\n\n"
            "Harbour Radio: What outcomes would you like from the summit?\n\n"
            "Park: I would like to add what was missing from the last agreement. We need to widen the scope of our "
            "cooperation.\n")
    assert answer_speakers(text) == {"Park Min-jun"}


def test_an_office_initials_label_read_as_a_name_in_capitals_is_the_office_holder() -> None:
    # "FM:" once, under "I'm joined by Foreign Minister Ana Ruiz": the office's initials, not a person called "Fm" (I1)
    text = ("Lee: All this week leaders are gathered in New York. Tom Berg gets a view from the region's capital.\n\n"
            "Berg: The summits have shown little so far. For that, I'm joined by Foreign Minister Ana Ruiz. "
            "Foreign Minister, thank you for being here. Do you think the other side wants a deal?\n\n"
            "FM: First of all, thank you for having me. I think the commitment to continue the dialogue is there, and we "
            "expect the working-level talks to resume soon. A freeze on testing would be a good start, and we have said "
            "so to both sides.\n")
    assert answer_speakers(text) == {"Ana Ruiz"}


def test_interviewed_on_a_weekday_is_no_one_interviewed() -> None:
    # "X was interviewed Saturday": the day is no interviewee, X is (C1)
    text = ("Prime Minister Ana Ruiz was interviewed Saturday.\n\n"
            "Translated by the Harbour Times.\n\n"
            "I would like to thank the two of you for coming all the way here. Next week I will visit the capital, and "
            "a meeting with the president is scheduled for the 22nd.\n\n"
            "In particular, the sluggish economy has been the country's biggest problem. We must restore growth before "
            "anything else, and we will do so with a bold monetary policy.\n")
    assert answer_speakers(text) == {"Ana Ruiz"}
