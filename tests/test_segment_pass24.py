"""Layouts from the twenty-fourth pass's dev sets (texts written for the project)."""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter


def _answers(text: str) -> list[tuple[str, str | None, SpeakerRole]]:
    st = RuleSegmenter().segment(text)
    return [(c.text, c.speaker, c.role) for c in st.claims if not c.is_question]


def _questions(text: str) -> list[str]:
    return [c.text for c in RuleSegmenter().segment(text).claims if c.is_question]


_PANEL = ("Maria Lindqvist:    Well thank you very much. You have done a fine job of laying out the history, "
          "so I do not need to go through it again. It is good to be here with so many friends in the room. "
          "The question before us today is one of context, and it is easy in this city to be caught up in the "
          "crisis of the week.\n\n"
          "Those of us who have watched the region for a long time get restless when people ask who lost it. "
          "And so the real question is, is there something that has fundamentally changed in the region? "
          "I think the answer is yes, and the change needs to be understood here.\n\n"
          "Our report argues that the old map of alliances no longer fits, and that the neighbours now set "
          "their own course.\n")


def test_a_long_first_turn_names_a_panellists_talk() -> None:
    answers = _answers(_PANEL)
    assert len(answers) >= 5
    assert {s for _, s, _ in answers} == {"Maria Lindqvist"}
    assert _questions(_PANEL) == []


def test_a_hosts_long_opening_is_no_turn_when_the_text_asks_later() -> None:
    text = ("Tomas Varga: This is the Evening Talk channel. I'm Tomas Varga. Before we start today's show, I'd "
            "like to ask you to subscribe to our channel and to read the articles on our site. We put together a "
            "strong lineup this season, from the opposition and from the government. My guest today is Foreign "
            "Minister Anna Kovacs. We have known each other for a very long time.\n"
            "That is why I came: an invitation arrived, and I like to go where there is a sensible conversation.\n"
            "Will you also visit the other independent channels?\n"
            "If they invite me, I will go. I have nothing to hide from anyone.\n"
            "Can we take this to mean that the government has changed its view of the press?\n"
            "No. We have always respected the press, even the part of it that attacks us every day.\n")
    assert len(_questions(text)) == 2
    answers = _answers(text)
    assert not any(s == "Tomas Varga" and "nothing to hide" in a for a, s, _ in answers)


def test_a_bio_under_an_op_eds_title_outweighs_a_section_line() -> None:
    text = ("Defend Truth\n\n\n"
            "Is the bloc falling apart, brick by brick?\n\n\n"
            "Pieter van Aswegen is a scholar of International Relations, where he focuses on political economy. "
            "He completed his studies at the University of Leeds and writes in his personal capacity.\n\n"
            "As nations try to position themselves for a changed world, the shifts in geopolitics need to be "
            "taken into account. In our case, the partnership with the bloc needs to be reassessed.\n\n"
            "While we are preoccupied with the pandemic, we must also remain vigilant about the changes that "
            "are happening on the geopolitical front.\n")
    answers = _answers(text)
    assert len(answers) >= 3
    assert {s for _, s, _ in answers} == {"Pieter van Aswegen"}


def test_an_author_line_with_an_email_address_names_the_writer() -> None:
    text = ("Manila Morning Herald\n\n"
            "The president drives the region's power shift\n\n"
            "- RAMON DELA PAZ SANTOS rdsantos@example.com\n\n"
            "The recently concluded summit between the three leaders is a milestone in recasting the balance of "
            "power in maritime East Asia.\n\n"
            "This milestone further clarifies the political dynamics in the sea lanes and around the islands.\n")
    answers = _answers(text)
    assert len(answers) >= 2
    assert {s for _, s, _ in answers} == {"Ramon Dela Paz Santos"}


def test_a_signature_ending_an_op_ed_names_its_writer() -> None:
    text = ("The President Makes Nonsense of Our Non-Aligned Posture\n\n"
            "Since independence, our country has kept a non-aligned posture between the East and the West. Our "
            "decision not to take sides has earned us respect from both sides.\n\n"
            "It is demeaning for the President to report to a foreign minister on a group that has never "
            "threatened us.\n\n"
            "Our relations with our neighbours will be gravely affected by the statement.\n\n"
            "Kwame Asante\n"
            "Security Analyst\n"
            "Centre for Human Security and Peace Building\n")
    answers = _answers(text)
    assert len(answers) >= 3
    assert {s for _, s, _ in answers} == {"Kwame Asante"}


def test_a_name_with_its_outlet_in_brackets_is_a_byline_under_page_furniture() -> None:
    text = ("date 2024-12-02 TheDailyPost\n\n"
            "Please Update your browser\n\n"
            "Your browser is out of date, and may not be compatible with our website.\n\n"
            "Daily Post\n\n"
            "press enter to search\n\n"
            "LOG IN / REGISTER\n\n"
            "The president should brief his neighbours on his meeting in Beijing\n\n"
            "Our neighbours have the right to hear about the talks from the president himself.\n\n"
            "Hendra Wibowo (The Daily Post)\n"
            "Premium\n"
            "Jakarta\n"
            "Mon, December 2, 2024\n\n"
            "As a president focused on foreign policy, the president has made it clear that the country will "
            "stand out in the region for the next five years.\n\n"
            "The ten members must adjust to the military buildup of the great powers and their allies.\n")
    answers = _answers(text)
    body = [s for a, s, _ in answers if a.startswith(("As a president", "The ten members"))]
    assert body and set(body) == {"Hendra Wibowo"}


def test_a_title_ending_with_a_dash_and_by_names_the_writer_under_a_kicker() -> None:
    text = ("Global Issues\n"
            "Navigating The Quandary: The Bloc And The Junta Conundrum -By Samuel Okonkwo\n"
            "As the bloc grapples with its decision, the potential ramifications loom large. The hope remains "
            "that whatever path is chosen, success will be achieved with minimal loss of life.\n"
            "The bloc, a coalition of fifteen member countries, finds itself entangled in a complex web of "
            "tensions with the junta.\n")
    answers = _answers(text)
    assert len(answers) >= 2
    assert {s for _, s, _ in answers} == {"Samuel Okonkwo"}


def test_em_dash_questions_glued_to_their_first_word_are_an_interviewers() -> None:
    text = ("Insight into the Country's Fraught Elections: Analysis and Perspectives\n\n"
            "Insight into the Country's Fraught Elections: Analysis and Perspectives\n\n"
            "2024-03-31 22:11:00\n\n"
            "LOOK: Opposition says the president is alone after his neighbour's statements on the elections\n\n"
            "\u2014How would you define the elections that are going to be held soon in your country?\n\n"
            "The way we are going, they are fraudulent elections. The candidates are chosen by the government, "
            "and the electoral registry has not been reviewed.\n\n"
            "\u2014 So, is it the announced chronicle of a new triumph for the president?\n\n"
            "Yes of course. All this is done so that he repeats his government. There are no independent media.\n")
    questions = _questions(text)
    assert any(q.startswith("\u2014How would you define") for q in questions)
    assert any("announced chronicle" in q for q in questions)
    answers = _answers(text)
    fraud = [(s, r) for a, s, r in answers if "fraudulent elections" in a]
    assert fraud == [(None, SpeakerRole.INTERVIEWEE)]  # "Fraught Elections" is no one


def test_a_guest_who_tells_the_journalist_and_outlet_is_the_interviewee() -> None:
    text = ("'Whatever comes into the generals' minds, they just go for it.'\n"
            "When the factions bickered over forming a government, General Imran Qadir, director-general of the "
            "intelligence agency, flew to the capital and made sure an interim government was in place.\n"
            "The mission confirmed yet again the hold his agency has over the movement.\n"
            "Farid Khattak, a member of the national assembly and chairman of a small party in that country, "
            "is wary about the patronage of the movement.\n"
            "\"There is no doubt that the military was involved in the takeover,\" Khattak tells Anil "
            "Sharma/Example.com.\n"
            "What does the rise of the movement mean for your country?\n"
            "Our rulers are celebrating it as a victory. I believe it is a kind of victory which will very soon "
            "turn into a disaster.\n"
            "Why did the prime minister describe it as breaking the chains of slavery?\n"
            "He did not think for a second that he is the prime minister of a country when he said it.\n")
    questions = _questions(text)
    assert len(questions) == 2
    answers = [(s, r) for a, s, r in _answers(text) if a.startswith(("Our rulers", "He did not think"))]
    assert answers and {s for s, _ in answers} == {"Farid Khattak"}


def test_a_minister_welcoming_a_colleague_to_a_joint_press_conference_is_no_interviewer() -> None:
    text = ("Joint press availability\n\n"
            "FOREIGN MINISTER LINDGREN:  (Via interpreter)  Ladies and gentlemen, dear Paul, a very warm welcome "
            "to Stockholm.\n\n"
            "Can you hear the interpreter?  Can anyone hear the interpreter?\n\n"
            "(In English.)  Now we have both languages.\n\n"
            "SECRETARY MORGAN:  Thank you very much.  Please.\n\n"
            "FOREIGN MINISTER LINDGREN:  So I repeat what I said at the start. We met this week in several "
            "formats, and the coordination among the allies could not be closer than it is. We agreed that any "
            "further aggression would carry a high price.\n\n"
            "SECRETARY MORGAN:  Thank you, Anna. We are united on this, and we will say so in Geneva tomorrow.\n")
    st = RuleSegmenter().segment(text)
    assert not [c for c in st.claims if c.is_question and "aggression" in c.text]
    speakers = {c.speaker for c in st.claims if "aggression" in c.text or "Geneva" in c.text}
    assert speakers == {"Lindgren", "Morgan"}


def test_an_office_label_takes_the_office_holder_the_host_introduced() -> None:
    text = ("Maya Reyes, Global News Network\n\n"
            "Transcript, E&OE\n\n"
            "Maya Reyes: The prime minister has left after his meeting with President Ana Duarte. The two leaders "
            "discussed energy, visas and a new trade corridor, and agreed to meet again next year.\n\n"
            "Ana Duarte: Our countries continue to draw closer together, as economic partners and as security "
            "partners in the region.\n\n"
            "Maya Reyes: Joining now is foreign affairs Assistant Minister Leo Brandt. Thank you for your time. "
            "Is this the most under-done relationship we have?\n\n"
            "Assistant Minister for Foreign Affairs: Well, Maya, I think it is impossible to overstate the "
            "importance of our neighbour to our economic prospects and to our security prospects.\n\n"
            "We know that the president made this her first bilateral visit, and that says a great deal.\n")
    answers = _answers(text)
    brandt = {s for a, s, _ in answers if "overstate" in a or "first bilateral visit" in a}
    assert brandt == {"Leo Brandt"}


def test_a_capitals_caption_names_the_guest_it_greets() -> None:
    text = ("CAPTIONS BY AN EXAMPLE CAPTIONING SERVICE. WELCOME TO THE SUNDAY PROGRAMME. I'M TOM REID. THE GOVERNMENT "
            "HAS PUBLISHED ITS NEW DEFENCE PLAN, WHICH LAYS OUT A FRAMEWORK FOR SPENDING ON SHIPS AND DRONES. "
            "DEFENCE MINISTER MARGARET HOLLIS, KIA ORA. GOOD MORNING, TOM. HOW DOES THIS PLAN CHANGE WHAT THE "
            "FORCE CAN DO? IT IS A HUGE STEP UP, AND IT MEANS THAT OUR FORCE WILL BE ABLE TO RESPOND BETTER. "
            "WHENEVER THERE IS A CYCLONE, WE CALL ON DEFENCE. WHENEVER THERE IS ILLEGAL FISHING, WE CALL ON "
            "DEFENCE. THEY NEED TO BE ABLE TO RESPOND.\n")
    names = {c.speaker for c in RuleSegmenter().segment(text).claims if "ILLEGAL FISHING" in c.text}
    assert names == {"Margaret Hollis"}


def test_misheard_caption_words_name_no_guest() -> None:
    text = ("tv Cross Talk February 21 11:00pm\n11:00 pm\nhello and welcome to cross talk where all things are "
            "considered. i'm peter vale. both sides appear committed to ending the conflict. i'm joined by my "
            "guest, got rid of,\n11:01 pm\nand del mar, he's a former intelligence officer. what would be wrong "
            "with a ceasefire now? go ahead\nwell, peter, the fighting has to stop first, and everyone knows it.\n")
    assert "Got Rid Of" not in {c.speaker for c in RuleSegmenter().segment(text).claims}


def test_joined_once_again_by_names_the_guest() -> None:
    text = ("Special programme on the day after the inauguration.\n"
            "00:00Hello and welcome to our special programme in the framework of the beginning\n"
            "00:17of a new mandate of the president. I'm your host Lucia Moreno and I invite\n"
            "00:22you to stay with us for all the details on this event.\n"
            "01:51And to go deep into the relevance of this event I'm joined once again by Daniel Ferris,\n"
            "02:01Professor of Political Studies at the National University. Hello and welcome\n"
            "02:06Professor. Thank you for joining us once again.\n"
            "02:09Happy to be here.\n"
            "02:11Why is a reform called at this moment? Do you believe that this reform could\n"
            "02:32be a step in that direction?\n"
            "02:35For sure. In fact, the president said that would be one of the\n"
            "02:40main aims of the reform, and the communes are at its heart.\n")
    names = {c.speaker for c in RuleSegmenter().segment(text).claims if "communes" in c.text}
    assert names == {"Daniel Ferris"}


def test_the_guest_the_host_puts_the_question_to_beats_a_colleague_described_by_job() -> None:
    text = ("- 2 days ago\n"
            "In this episode the focus is on the army chief's threats against the country.\n"
            "NewsTranscript\n"
            "00:00So let's try and make sense of his remarks.\n"
            "00:02Joining me today, Ambassador Ravi Menon,\n"
            "00:05former Secretary of the Ministry of External Affairs.\n"
            "00:27Also with me is my colleague and senior journalist, Arjun Pillai.\n"
            "00:33Ambassador Menon, our strategic partner has said nothing\n"
            "00:40while its soil was used for these threats.\n"
            "00:49What does this indicate, sir?\n"
            "00:50Well, I would think that we should lodge a very strong diplomatic protest\n"
            "01:02about the remarks made by the field marshal\n"
            "01:10and say that we expect the administration to condemn these remarks.\n")
    names = {c.speaker for c in RuleSegmenter().segment(text).claims if "condemn these remarks" in c.text}
    assert names == {"Ravi Menon"}


def test_the_one_who_spoke_with_an_outlets_board_is_the_interviewee() -> None:
    text = ("For peace and order, the movement and world leaders must learn from past mistakes\n\n"
            "Just days after the takeover, the evacuations go on. On Wednesday, Kenyan Ambassador Omar Farouk "
            "spoke with DAILY COURIER's Editorial Board about his country's view of its neighbour. Questions "
            "and answers have been edited for length and clarity:\n\n"
            "Q. What are you doing to help the journalists there?\n\n"
            "A. We have already issued visas even after hours, and we set up a crisis centre in the ministry.\n\n"
            "Q. Can you tell us what else you have done?\n\n"
            "A. We have done everything we could, and we will go on doing it.\n")
    answers = _answers(text)
    assert {s for a, s, _ in answers if "visas" in a or "everything we could" in a} == {"Omar Farouk"}


def test_a_guest_who_in_this_interview_speaks_on_a_topic_is_the_interviewee() -> None:
    text = ("Professor of International Relations, Kofi Mensah Boateng in this interview speaks on the exit of three "
            "states from the bloc and what it means for the region.\n"
            "What is your perspective on the exit of the three states?\n"
            "The bloc was formed to promote the economic integration of the region, by a gradual method.\n"
            "- Hundreds find help in a one-bed health centre\n"
            "- Steel plant suffering from bad political decisions \u2013 Dayo Adeyemi\n"
            "Talking about the exit, I made my point very clear from the start, and I still hold it.\n")
    answers = _answers(text)
    assert {s for a, s, _ in answers if "gradual method" in a or "made my point" in a} == {"Kofi Mensah Boateng"}


def test_the_host_named_second_who_asks_is_the_interviewer() -> None:
    text = ('Transcript: Lena Marsh talks with Victor Hale on "World Matters"\n'
            "PRODUCER: SAM ROSS\n"
            "VICTOR HALE:\nLena, welcome to World Matters, it is great to have you on the show.\n"
            "LENA MARSH:\nThank you, I'm so happy to be here.\n"
            "VICTOR HALE:\nSo your book was published last week. Why that title?\n"
            "LENA MARSH:\nWell, those are words the leadership has used about itself at one stage or another.\n"
            "VICTOR HALE:\nAnd what drew you to writing about him?\n"
            "LENA MARSH:\nI had been covering the country for some years, and I did not think he would last.\n")
    answers = _answers(text)
    assert {s for a, s, _ in answers if "covering the country" in a or "those are words" in a} == {"Lena Marsh"}
    assert all(r is not SpeakerRole.INTERVIEWER for a, _, r in answers if "covering the country" in a)
