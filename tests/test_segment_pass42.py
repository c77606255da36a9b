"""Rules of the forty-second pass, each on a text written for the project."""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter


def _answers(t: str) -> set[tuple[str | None, SpeakerRole]]:
    return {(c.speaker, c.role) for c in RuleSegmenter().segment(t).claims if not c.is_question and c.role is not SpeakerRole.EDITOR}


def test_the_outlets_journalist_with_an_initial_is_not_the_guest() -> None:
    # "<guest> talked with <Outlet>'s <First> <Initial>. <Surname>": the journalist asks, the subject answers
    t = ("Mon, 14 Mar 2011\n\n"
         "Neighbours who still do not know each other\n\n"
         "Professor of history at the University of Tartu, Aino Kask talked with The Baltic Courier's Lena M. Oja "
         "about Estonia and Finland. She spoke at a trade fair in Turku last week. This is an excerpt.\n\n"
         "Question How do you see the relationship between the two neighbours?\n\n"
         "Answer: It is not yet a natural relationship. The ties are thinner than people think.\n\n"
         "Question What would change that?\n\n"
         "Answer: More students crossing the gulf, and a ferry that runs in winter.\n")
    assert _answers(t) == {("Aino Kask", SpeakerRole.INTERVIEWEE)}


def test_an_outlets_reporter_told_the_news_is_no_guest() -> None:
    # "He told <Outlet> reporter X": X asked; never named as the one who answers
    t = ("OSLO: The spokesman for the harbour authority said ferries would stop if the strike went on.\n\n"
         "He told Nordic Wire reporter Per Olav Dahl in Oslo that the number of cancelled crossings was rising.\n\n"
         "What will happen to the winter timetable?\n\n"
         "It depends on the unions. We have asked them to meet us on Monday.\n\n"
         "Will the government step in?\n\n"
         "Not yet. The ministry is watching closely.\n")
    assert "Per Olav Dahl" not in {s for s, _ in _answers(t)}


def test_a_colleague_who_is_joining_the_host_is_the_guest() -> None:
    # "My colleague X is joining me live": X answers, not the leader the news line opens with
    t = ("President Ana Mura was honoured with the highest civilian award during her visit to the islands.\n"
         "Transcript\n"
         "00:00My colleague Tomas Reyes is joining me live on the broadcast from the capital.\n"
         "00:04Tomas, what long-term impact do you think this visit could have?\n"
         "00:09Massive impact.\n"
         "00:11The agreements signed today show a commitment to development.\n")
    named = {s for s, _ in _answers(t)}
    assert "Tomas Reyes" in named
    assert "Ana Mura" not in named


def test_a_guest_who_joins_us_is_still_the_guest() -> None:
    # guard: the older cue keeps working
    t = ("Summit notes\n\n"
         "Analyst Ivo Marsh joins us from Vienna to talk about the summit.\n\n"
         "Q: What did the summit decide?\n\n"
         "A: Very little. The leaders agreed to meet again in spring.\n\n"
         "Q: Was anyone pleased?\n\n"
         "A: The hosts were. They wanted the photographs.\n")
    assert ("Ivo Marsh", SpeakerRole.INTERVIEWEE) in _answers(t)


def test_an_interview_with_an_institutes_analyst_names_the_analyst() -> None:
    # guard: "<Institute>'s X" after "interview with" is the guest's employer, not an outlet's journalist
    t = ("Thursday, May 7, 2015\n\n"
         "Analysis Of Latvia's Energy Policy Interview With NORDEN's Karlis Ozols\n\n"
         "Latvia is once again arguing with its neighbours over gas. To help explore the policy is NORDEN's Karlis Ozols.\n\n"
         "1. Do you think Riga wants to leave the common market?\n\n"
         "The government is realistic. It knows it cannot go it alone.\n\n"
         "2. What happens next?\n\n"
         "More talks, and a new pipeline in the end.\n")
    assert _answers(t) == {("Karlis Ozols", SpeakerRole.INTERVIEWEE)}


def test_a_titles_clause_after_a_comma_is_no_name_and_the_author_line_names_the_writer() -> None:
    # "As Iraq Goes to the Polls, Iran Watches" over the author line: the writer is the line's name
    t = ("As Iraq Goes to the Polls, Iran Watches\n\n"
         "Karim Abdul-Karim\n\n"
         "Iraqi politicians might be unaware of it, but this round of elections might prove decisive for the country. "
         "For the first time, Iraqis will vote under the watchful eye of a dozen armed militias.\n\n"
         "The prime minister called for a ban on militia members running for election, but later walked back his comments.\n")
    assert _answers(t) == {("Karim Abdul-Karim", SpeakerRole.AUTHOR)}


def test_a_book_title_before_and_shes_a_director_is_no_name() -> None:
    # ", and she's associate director": a new clause, not the job of the book title's words before the comma
    t = ("The new chancellor has returned to office after a four-year break. He comes with a \"Nation First\" approach, which "
         "critics say often comes at the expense of alliances. One of the alliances that will likely face a test is the Danube "
         "Security Council (DASCO). Mira Kovac, a Hartwell College professor and historian specializing in DASCO, joins us to "
         "discuss the topic. She's the author of Riverguns: The Cannons That Nearly Destroyed DASCO, and she's associate "
         "director of the Hartwell Program in Regional Strategy.\n"
         "Policy 360\nA New Chancellor Considers DASCO\nConversation Highlights\nResponses have been edited for clarity.\n"
         "On the importance of DASCO today\n"
         "DASCO, since its founding, has really come to form a critical cornerstone of the regional order. And so, the world we "
         "know is one where DASCO plays a central organizing function, it helps coordinate countries along the river. It serves "
         "as an actor that helps experts convene, [and] that helps tackle a wide range of topics from floods to smuggling. I think "
         "the republic still has an interest in the same things that drove it to be invested in DASCO 70 years ago.\n"
         "On other countries 'not paying their fair share'\n\n"
         "If we think about the common critiques the chancellor has leveled against the alliance it is often that the allies "
         "are not paying their fair share.\n")
    assert {s for s, _ in _answers(t)} == {"Mira Kovac"}


def test_a_dashed_byline_at_the_end_of_the_third_line_names_the_author() -> None:
    # "Connect with us" / "Africa" / "Title -By Name": the dashed byline ends the title below the kicker
    t = ("Connect with us\n\n"
         "Africa\n\n"
         "Democracy: The Answer To The River Question -By KDA Obi\n\n"
         "Where is the sense in an election whose outcome is already known? The question is asked in every market.\n\n"
         "Published\n\n"
         "on\n\n"
         "The president is the country's main problem, and his first years in office showed it.\n")
    assert ("KDA Obi", SpeakerRole.AUTHOR) in _answers(t)


def test_a_photo_credit_by_a_name_in_the_third_line_is_no_author() -> None:
    # guard: "Photo by X" without a dash does not name the author
    t = ("Connect with us\n\n"
         "Africa\n\n"
         "Harbour workers at dawn. Photo by Kofi Mensah\n\n"
         "The port has grown fast. Its managers say the new cranes doubled the traffic in a year.\n")
    assert "Kofi Mensah" not in {s for s, _ in _answers(t)}


def test_the_one_label_who_introduces_todays_guest_is_the_host() -> None:
    # an excerpt cut before the guest speaks: the one labelled speaker introduces the guest, so his lines are no views
    t = ("Transcript of EP 12 - Lena Park on the River Talks\n\n"
         "The following is a rough transcript which has not been revised by the show or its guest.\n\n"
         "Tom: Today's guest is Lena Park. Lena is the chief correspondent of the Danube Daily. She has covered the river "
         "talks since 2019 and has been working out of Vienna since January. She joined the paper in 2005 and previously "
         "served as its bureau chief in Belgrade.\n\n"
         "Tom: Welcome back to the show, Lena, and thanks for making the time.\n")
    st = RuleSegmenter().segment(t)
    assert not any(c.role in (SpeakerRole.INTERVIEWEE, SpeakerRole.AUTHOR, SpeakerRole.UNKNOWN) for c in st.claims)


def test_a_moderator_who_hands_the_floor_over_keeps_the_answers() -> None:
    # guard: a briefing's one label hands over to an official the page does not label: the run holds answers
    t = ("Background Briefing on the River Talks\n\n"
         "MODERATOR: Good evening, everyone. Joining us today are two senior officials. I'll turn it over to you.\n\n"
         "[Senior Official One]: Thanks. The talks made progress on tolls and on dredging. We expect a text by June.\n\n"
         "The second round opens in Vienna next week, and both delegations have agreed to meet again.\n")
    st = RuleSegmenter().segment(t)
    assert any("progress on tolls" in c.text and c.role is not SpeakerRole.INTERVIEWER for c in st.claims)


def test_a_speaker_who_thanks_the_audience_for_joining_keeps_his_speech() -> None:
    # guard: "thank you all for joining us today" is a welcome, not an introduction of guests
    t = ("Remarks on the River Compact\n\n"
         "MINISTER HALE: I want to begin by thanking you all for joining us today to discuss the river compact. "
         "The compact is working. Tolls are down and traffic is up.\n\n"
         "We will extend it for five years, and we will ask our neighbours to join.\n")
    st = RuleSegmenter().segment(t)
    assert any("Tolls are down" in c.text and c.role is not SpeakerRole.INTERVIEWER for c in st.claims)


def test_a_states_adjective_opens_no_persons_name() -> None:
    # "Japanese Maritime Self-Defense" (cut from "... Force") is no one's name; a title after the adjective still is
    from polisent.segment._person_names import is_person_name, person_part
    assert not is_person_name("Japanese Maritime Self-Defense")
    assert person_part("Ukrainian President Volodymyr Zelenskyy") == "Volodymyr Zelenskyy"
    assert is_person_name("Jordan Peterson") and is_person_name("Israel Katz")  # a state's name may be a given name


def test_a_letters_page_heading_names_no_writer() -> None:
    # "EDITORIAL LETTERS" over the letters: a section's name, not a person's
    from polisent.segment._person_names import is_person_name
    assert not is_person_name("Editorial Letters")
    assert not is_person_name("Letters Editor")


def test_press_remarks_by_an_office_holder_name_the_speaker() -> None:
    # "Council: press remarks by High Representative X upon arrival" over the remarks: X speaks
    t = ("River Council: press remarks by High Representative Ana Lind upon arrival\n"
         "Check against delivery!\n"
         "Good morning, everybody.\n"
         "We have a very long River Council today.\n"
         "We already had a breakfast discussing the dams, and ministers are focused on a diplomatic solution.\n")
    named = {s for s, _ in _answers(t)}
    assert named == {"Ana Lind"}


def test_an_office_label_with_a_surname_takes_the_name_after_the_portfolio() -> None:
    # "ASSISTANT SECRETARY NAGEL:" under "Assistant Secretary for Alpine Affairs Tomas P. Nagel": Tomas Nagel
    t = ("Briefing with Assistant Secretary for Alpine Affairs Tomas P. Nagel on the Situation in the Valley\n\n"
         "MR FROST: Thank you. Good afternoon, everyone. Today I am happy to have with us Assistant Secretary for "
         "Alpine Affairs Tomas Nagel, who will begin with some opening remarks. With that, I turn it over to him.\n\n"
         "ASSISTANT SECRETARY NAGEL: Thanks so much. From the first attacks we have highlighted our concern. "
         "We urge an immediate de-escalation and a return to talks.\n")
    st = RuleSegmenter().segment(t)
    assert {c.speaker for c in st.claims if "de-escalation" in c.text} == {"Tomas Nagel"}


def test_a_possessive_after_a_name_in_the_title_is_no_part_of_it() -> None:
    # guard: "Minister of Foreign Affairs Ivo Marek' interview ..." then "I. MAREK:" turns: Ivo Marek (the
    # portfolio rule above first left the apostrophe on the name, and the turns lost it)
    t = ("Minister of Foreign Affairs Ivo Marek’ interview on the talk show “River Point” with journalist Ana Sol\n\n"
         "JOURNALIST: Good evening. Our guest is Mr. Ivo Marek, Minister of Foreign Affairs. Welcome, Minister.\n\n"
         "I. MAREK: Thank you. It is a pleasure to be here.\n\n"
         "JOURNALIST: What do you expect from the summit?\n\n"
         "I. MAREK: Very little. The neighbours have not changed their position on the river.\n")
    st = RuleSegmenter().segment(t)
    assert {c.speaker for c in st.claims if "neighbours" in c.text} == {"Ivo Marek"}
