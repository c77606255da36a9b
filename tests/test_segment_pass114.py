"""Pass 114 (issue 11): the speaker a speech's or a press conference's title names.

- S1: titles the speech-title patterns left out name the monologue's speaker: the name before the event ("Ana Ruiz
  Opening Press Conference Remarks Following ...", "Tom Adler's Mansion House speech", "President Malek's Full Speech"),
  after the event's "by" with offices and styles before it ("Text of news conference by Nordland Prime Minister Piotr
  Malek", "Remarks by His Excellency Sheikh ..."), or a joint event's first guest after "with". The text under the title
  must be the speaker's own (first-person words outside quotations, never "Surname said"), so a report on a speech, a
  reaction to one, the Secretary's "Remarks With President X" and a headline's "Premier Holds News Conference" name no one.

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

import pytest

from polisent.segment import RuleSegmenter
from polisent.segment._person_names import is_person_name
from polisent.segment._speech_titles import title_speaker

_BODY = ("\n\nGood afternoon. I want to thank our hosts for their welcome. We have just concluded two days of talks on "
         "the security of the Arctic, and I am glad to say that our partners share our view. My government will keep "
         "its promises to the people of the north, and we will work with every neighbour who wants calm.\n\n"
         "The talks were frank. We agreed to meet again in the spring, and I expect progress on the fisheries file.\n")


def _answer_speakers(text: str) -> set[str | None]:
    st = RuleSegmenter().segment(text)
    return {c.speaker for c in st.claims if not c.is_question}


def _interviewees(text: str) -> set[str | None]:
    st = RuleSegmenter().segment(text)
    return {c.speaker for c in st.claims if not c.is_question and c.role.value == "interviewee"}


@pytest.mark.parametrize("title, name", [
    ("Ana Ruiz Opening Press Conference Remarks Following the Nordic Leaders' Summit, 2 March, Oslo", "Ana Ruiz"),
    ("In full: Tom Adler's speech on the future of Arctic cooperation", "Tom Adler"),
    ("Here is the full text of Tom Adler's Harbour Hall speech setting out his plan for the north", "Tom Adler"),
    ("Text of news conference by Nordland Prime Minister Piotr Malek\nwith correspondents in Tromso at the end of the summit",
     "Piotr Malek"),
    ("Remarks by His Excellency Sheikh Khalid bin Hamad Al-Rashid, Minister of Foreign Affairs, during the Press "
     "Conference with the Secretary of State", "Khalid bin Hamad Al-Rashid"),
    ("Joint press point\n\nwith Alliance Secretary General Ines Varga and the Prime Minister of Nordland", "Ines Varga"),
    ("Northern Lights and Old Rivalries - Ambassador Ines Varga's Address at the Press Club", "Ines Varga"),
])
def test_s1_a_speech_title_names_its_speaker(title: str, name: str) -> None:
    assert title_speaker(title + _BODY) == [name]
    assert _answer_speakers(title + _BODY) == {name}


def test_s1_an_office_and_surname_take_the_full_name_the_text_gives() -> None:
    text = ("President Malek's Full Speech at the Nordic Summit" + _BODY
            + "\nIssued by the office of President Piotr Malek.\n")
    assert _answer_speakers(text) == {"Piotr Malek"}


@pytest.mark.parametrize("title", [
    "Malek's speech alarms Brussels",  # a report: "Malek said"
    "Reaction to Ines Varga's speech on the Arctic",
    "Remarks With President Ines Varga of Nordland Before Their Meeting",  # the Secretary's remarks, not Varga's
    "Nordland Premier Holds News Conference",  # a headline's verb is no surname
])
def test_s1_titles_that_name_no_speaker(title: str) -> None:
    body = _BODY if "alarms" not in title else ("\n\nPiotr Malek said on Monday that the north would stay calm. \"We will "
                                                "keep our promises, I assure you, and our partners know it,\" he said.\n")
    assert title_speaker(title + body) == []


def test_s1_a_report_on_a_speech_keeps_its_byline() -> None:
    text = ("Malek's speech alarms Brussels\nBy Tom Adler\n\nPiotr Malek said on Monday that the north would stay calm. "
            "\"We will keep our promises, I assure you, and our partners know it,\" he said. Diplomats in Brussels were "
            "less sure. One of them called the speech a warning to the alliance and its members.\n")
    assert "Piotr Malek" not in _answer_speakers(text)


# G1: a speech's salutation is no name ("Distinguished Ladies and Gentlemen" had been read as the speaker)
@pytest.mark.parametrize("phrase", ["Distinguished Ladies", "Distinguished Guests", "Esteemed Colleagues", "Excellencies Ladies"])
def test_g1_a_salutation_is_no_name(phrase: str) -> None:
    assert not is_person_name(phrase)


def test_g1_a_speech_opening_on_its_salutation_keeps_its_titled_speaker() -> None:
    text = ("President Malek's Full Speech at the Nordic Summit\n"
            "Your Excellency, the Chair of the Council,\nInvited Guests, Distinguished Ladies and Gentlemen,\n" + _BODY
            + "\nIssued by the office of President Piotr Malek.\n")
    assert _answer_speakers(text) == {"Piotr Malek"}


# S2: a standfirst over a speech's text that says whose it is ("..., Foreign Minister X said in her address.")
@pytest.mark.parametrize("head, name", [
    ("Main address at the Northern Forum\n'Cooperation works when we make it work', Minister of Foreign Affairs Ines "
     "Varga said in her address.", "Ines Varga"),
    ("The relevant statement was made by Nordland's President Piotr Malek in his video address, our correspondent "
     "reports.\nThe full text of the speech is provided below:", "Piotr Malek"),
])
def test_s2_a_standfirst_names_the_speech_under_it(head: str, name: str) -> None:
    assert title_speaker(head + _BODY) == [name]
    assert _answer_speakers(head + _BODY) == {name}


def test_s2_a_report_on_an_address_names_no_speaker() -> None:
    text = ("Nordland's President Piotr Malek said in his address to the assembly that the north would stay calm. He "
            "added that we all share the burden, and I think our partners agree, he said.\n\nDiplomats were less sure.\n")
    assert title_speaker(text) == []


# F1: a page's script and loading notices are no names ("No Script", "Please Wait...")
@pytest.mark.parametrize("phrase", ["No Script", "Please Wait", "Enable Javascript", "Loading Now", "Foto Reuters"])
def test_f1_a_script_notice_is_no_name(phrase: str) -> None:
    assert not is_person_name(phrase)


def test_f1_a_surname_that_is_a_notice_word_stays_a_name() -> None:
    assert is_person_name("Tom Wait")  # (a reporter's name: "wait" stays out of the notice words)


def test_f1_a_script_notice_over_a_speech_title_leaves_the_speaker_to_the_title() -> None:
    text = "No Script\n\nPlease Wait...\n\nIn full: Tom Adler's speech on the future of Arctic cooperation" + _BODY
    assert _answer_speakers(text) == {"Tom Adler"}


# P3: an interview's standfirst names the guest in apposition, a comma on each side, where the verb says the guest
# talks to the outlet ("The new foreign minister, X, speaks in the Herald interview about ..."); the page spells the
# name another way in a caption, so no cue adds up over both spellings
def test_p3_an_appositive_standfirst_names_the_interviewee() -> None:
    text = ("The new Nordland foreign minister, Ana Ruíz, speaks in the Herald interview about the talks with Ankara on "
            "NATO accession - and defends her break with her predecessor's course.\n\n"
            "Sure that the talks can end well: the new Nordland foreign minister Ana Ruiz from the liberal party Image: "
            "Tom Bell\n\n"
            "Madam Minister, your Prime Minister Lindqvist was in Ankara last week to promote the bid. What did the visit "
            "bring?\n\n"
            "We are working through a clearly defined plan agreed in the memorandum ahead of the summit in Madrid. If all "
            "the conditions are met, the parliament in Ankara will approve. The meeting between President Erdogan and the "
            "Prime Minister showed that we are making progress, and this was clearly stated by President Erdogan himself: "
            "there is a very positive atmosphere. Joining NATO presupposes trust between those who are to become allies. "
            "We are working in this direction.\n\n"
            "Do you expect a decision this year?\n\nI hope so, but it is not in our hands alone.\n")
    assert _interviewees(text) == {"Ana Ruíz"}


def _caption(intro: str) -> str:
    return ("00:00It's been a dramatic few months in Nordland since the ruling party won the parliamentary\n"
            "00:13elections amid accusations of unfair voting.\n" + intro +
            "00:29the new administration in Washington makes waves in the region.\n"
            "00:37Prime Minister, great to see you again. If Brussels were to call tomorrow, would you go\n"
            "00:58and would you restart those negotiations?\n"
            "01:04Thank you for your interest and it's great to see you again and to have this opportunity to\n"
            "01:08speak to your audience. Yes, we have a very strong foreign policy priority and that is\n"
            "01:15membership of the European Union. We are facing some significant challenges with\n"
            "01:24the European bureaucracy, but our people want this path and we will follow it.\n")


# C2: a caption's cue time glued to the next line cuts the guest's name ("Ana\n00:23Ruiz"): the name is whole for the
# speaker search (offsets unchanged)
def test_c2_a_name_cut_by_a_cue_time_is_whole() -> None:
    text = _caption("00:18In this episode of the Nordic Conversation, I speak with Nordland's Prime Minister Ana\n"
                    "00:23Ruiz about whether Nordland is still on its European path and\n")
    assert "Ana Ruiz" in _answer_speakers(text)


# C3: "I sit down with X" introduces the guest as "sat down with" and "sits down with" did
def test_c3_sit_down_with_introduces_the_guest() -> None:
    text = _caption("00:18In this episode of the Nordic Conversation, I sit down with Nordland's Prime Minister Ana Ruiz\n"
                    "00:23to find out whether Nordland is still on its European path and\n")
    assert "Ana Ruiz" in _answer_speakers(text)


# O1: a sentence that opens on the conversation with the journalist ("In this conversation with X, Editor-in-Chief,
# ...") names the one who asks, as "In an interview with X, ..." did; so does one with three words before "interview"
def test_o1_in_this_conversation_with_names_the_interviewer() -> None:
    text = ("Nordland Foreign Minister Ana Ruiz is known in Oslo for her commitment to closer ties. In an interview with "
            "the Nordic Review magazine, Ms Ruiz underlines that nothing can change the status of Norway as a special "
            "friend. In this conversation with Tom Bell, Editor-in-Chief, Nordic Review, Ms Ruiz criticised the policies "
            "of the previous government and stressed that her government will never play one neighbour against another."
            "\n\n(Excerpts from the interview)\n\n"
            "How do you look at the current state of the relationship?\n\n"
            "There has been an intensification in relations. We have met more often in the last year than in the ten "
            "before.\n\nWhat about the previous government's policies?\n\n"
            "They were a mistake, and we have corrected them. Our people wanted a change.\n")
    assert _interviewees(text) == {"Ana Ruiz"}


# D1: a doctrine, an accord or a protocol named for a person or a place is no person ("Monroe Doctrine")
@pytest.mark.parametrize("phrase", ["Monroe Doctrine", "Abraham Accords", "Kyoto Protocol", "Camp David Accords"])
def test_d1_a_doctrine_or_treaty_is_no_name(phrase: str) -> None:
    assert not is_person_name(phrase)


# M1: honours after an author's name are no part of it ("The Rt Hon Tom Adler MP" alone on a line under the title)
def test_m1_an_author_line_drops_the_honours() -> None:
    text = ("The Prime Minister's closing press conference at the Nordic Summit. This is a transcript of the speech, "
            "exactly as it was delivered.\n\nThe Rt Hon Tom Adler MP\n" + _BODY)
    assert _answer_speakers(text) == {"Tom Adler"}


# O3: a turn label that gives the journalist's outlet after the name ("Tom Bell, Euronews:") is the interviewer's, even
# where the page's title puts the guest's name first; O2: "speaks to Euronews' Tom Bell" (an outlet's possessive with
# the apostrophe alone) names the journalist, not the guest
def test_o3_a_label_with_an_outlet_is_the_interviewers() -> None:
    text = ("Nordland's Ana Ruiz: \"The regime is completely disconnected from reality\"\n\n"
            "Nordland's Ana Ruiz speaks to Euronews' Tom Bell about aid, the army and the future of her country.\n\n"
            "Wherever she goes, the scenes are the same. The opposition leader has become a national hero of sorts.\n\n"
            "Tom Bell, Euronews: \"Madam President, thank you for speaking to us. The government says your movement is a "
            "coup. What do you say to that?\"\n\n"
            "Ana Ruiz: \"Nordland has spent years building a majority. Today, most of the country wants to get out of "
            "this crisis, and we will get out of it together.\"\n")
    st = RuleSegmenter().segment(text)
    roles = {(c.speaker, c.role.value) for c in st.claims if c.speaker}
    assert roles == {("Ana Ruiz", "interviewee"), ("Tom Bell", "interviewer")}


# P2: the main speaker the prose introduces must read as a person's name: a caption's "I am Ana RuizWashington Bureau
# chief ..." (a name glued to the next word) named every answer of a broadcast
def test_p2_a_glued_run_is_no_main_speaker() -> None:
    text = ("nordic military readiness. Are we all set. Okay. Good morning. I am Ana RuizWashington Bureau chief of the "
            "nordic monitor and we are pleased to welcome our guest this morning. she has served four terms in the "
            "legislature and she likes to call herself a cap warrior. thank you for coming. what do you make of the "
            "drills. well, the drills are a message to us and to our friends. we will not be intimidated and we will "
            "keep our defences ready.\n")
    assert "Ana RuizWashington" not in _answer_speakers(text)
