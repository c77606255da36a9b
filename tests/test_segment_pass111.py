"""Pass 111 (issue 11): a label that answers bare questions, a nationality before a name, a name line over an
interview's title, the press named in a standfirst, and a news channel's hand-over to its guest.

- A1: bare question lines, each answered by the one label ("What is your reaction ...?" / "Ruiz: ... Now I ask you:
  how can we ...?"): the label answers, even where its turns end asking; before this pass the label was read as the
  interviewer (its turns "ended asking") and its answers scored as questions.
- N1: "an interview with Chilean Ana Ruiz" names Ana Ruiz, not "Chilean Ana Ruiz": the "President Ruiz:" turns were
  left unnamed.
- H1: a name alone over an interview's title ("Tom Hale" / "Interview: ...") loses to the guest the standfirst names
  ("..., says Dr Ana Ruiz. She shared her views with ..."), as a byline's name already did; not a writer's card ("Tom
  Hale" over "Chilean journalist and writer, ...").
- P1: an excerpt cut before the first question, whose standfirst marks one label as the press ("she told Example
  Times Editor-in-Chief Tom Hale"): that label asks and the other answers; where someone asks, the turns decide
  ("a conversation with Congolese journalist X" names the guest).
- L1: a page's title as a browser shows it ("Interior Minister: We hope for talks soon | EXAMPLE TIMES Archive") opens
  no turn; L2: nor does a field whose value is an identifier ("Media ID: 55338914"): before this pass either one's
  "turn" ran over the standfirst, which was scored as an unnamed guest's answers.
- I1: "Chile's President Ana Ruiz dismisses it as nonsense in an exclusive interview with Tom Hale": the sentence's
  subject gave the interview, the one it is "with" asks (before this pass Tom Hale was read as the guest).
- R1: a speech's one label opening with a long address ("Ana Ruiz: Participants in the plenary session, colleagues,
  ladies and gentlemen,") is a turn even where the standfirst names her: the speech was left unnamed.
- O2: an office holder a caption names ("Former Prime Minister Ana Ruiz ...") whom the standfirst has sit down for the
  interview by her surname ("Ruiz sat down for an exclusive interview with ...") is the guest; C1: "during his talks
  with President Tom Hale" (a noun) is no interview cue naming Tom Hale over an op-ed's column line.
- A2: "In a wide-ranging interview, Ms Ana Ruiz told ..." announces an interview (no "with" needed), so its bare
  questions after a pulled quote are questions; P2: "Ambassador Ruiz joined Ledger's Tom Hale for a conversation":
  Tom Hale is the press and asks; E1: the page's editor note ("a transcript of an interview with Chilean Ambassador
  to the U.S. Ana Ruiz") names the guest after her office; F1: a short follow-up that puts nothing to "you" ("What role
  has China been playing?") is a question where another follow-up on the page does.
- D1: a title's "Interview of H.E. Mr. Mevl\u00fct \u00c7elik to ..." names the guest in full (a capital outside ASCII
  cut him to "H.E. Mr. Mevl\u00fct"); T3: a Q&A's title "...: Ruiz on Her Own" names the guest the standfirst names as an
  office holder; Q2: "Questions." marks a question as "Question." does; S2: the guest who thanks for the invitation
  is never the short turn the questions end; T4: "Article by Foreign Minister Ana Ruiz, ..." under a section's kicker
  names the writer.
- L3: "Tom Hale from Example TV:" beside "President Ruiz:" (each seen once) are turns; P3: the page's one label is
  the press the standfirst names ("TH:" under "Tom Hale, Example Weekly's foreign editor, ... interviewed ..."): it
  asks, and the unlabelled paragraph after each of its questions answers.
- O2 (wider) and O3: "Former Chilean President Ana Ruiz, second from left, conducts an exclusive interview with ..."
  names the guest, and "the 2020 Tokyo Olympics" (a capital's event) names no one; V2: a numbered voice that names
  itself ("Speaker 2: Hi everyone. I'm Tom Hale and welcome to ...") takes that name.
- B3/B4: "August 30, 2004|By Ana Ruiz, Sentinel Columnist" and "ByAna Ruiz" are bylines; T5: a weather widget
  ("20.3 C") is no title, and "Ana Ruiz, Minister of Foreign Affairs: ..." over a statement in the first person names
  its author; N6: "By H.E. Mohammad Javad Zarif, ..." is a byline though an organisation ("Jaish-e-Mohammad") holds
  the given name.
- P3 (wider): the one label whose every line asks ("The Politic: Why did you join ...?") is the interviewer; G2: a
  caption's name run into the bio's ("Ana RuizAna Ruiz is ...") is split; O4: "Foreign Minister Ana Ruiz on unity
  within the government ..." over bare questions names the guest.
- H2: "Interview with Tom Hale, Bloomberg" names the journalist, who asks; O2 (widest): "Foreign Secretary Ana Ruiz
  in a blitz interview with Example TV ..." names the guest over another person the standfirst names.
- B5/B6: "Ana Ruiz / The Nation \u2013 2017-09-13 19:19:00" and a column's "Ana Ruiz on" are author lines; W1: "View
  Comments" (a widget) is no writer's name, so the bio under it names her.
- B7/N7: "By Ana Ki-moon ( Updated: ..." is a byline; "Following is a transcript of UN Secretary-General-designate Ana
  Ruiz' remarks ..." names the speaker.
- W2: a top bio that ends in an empty contact field ("... for the Example Post. Email:") names the columnist; L5: a
  surname alone on its line ("Hale:", "Ruiz:") is a turn label where the text named its bearer in full before it.
- L6: "S Ruiz in Conversation with C Tom Hale": the subject is the guest, the host's name may open with a bare initial.
- N8: "Latin American" and "Brian Winter Details Latin" name no one; H3: the guest the host hails by surname
  ("Ruiz, is Chile still interested ...?") beats a leader the standfirst names once.
- N7 (wider), N9, N10: "This is a translation of Prime Minister Ana Ruiz's interview ...", a name and office alone
  on a line under a remarks title ("Ana Ruiz, Former Secretary-General"), and "Here are excerpts from President Ana
  Ruiz's speech ..." name the speaker.
- O5: the outlet of a journalist who talks to the guest ("Ledger Businessworld's Tom Hale Jha engages with ...") names
  no speaker, as a section's head nor as the principal.
- G1: "We can get more analysis on this now with Ana Ruiz", "Let's bring in Ana Ruiz", "Ana Ruiz joins me now": a
  news channel hands over to its guest.

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

import pytest
from _segment_helpers import answer_speakers, claims

from polisent.records import SpeakerRole

_BARE = ("Spain's Foreign Minister Ana Ruiz visited Brussels last week and sat down with Example Weekly to discuss trade "
         "and the war.\n\n"
         "What is your reaction to the Moroccan prime minister's article in which he offers talks on the border?\n\n"
         "Ruiz: Look, frankly, Spain wants normal relations with Morocco, like every country does. Now here is the "
         "problem: for many years the border has been closed. Now, I ask you: how can you have normal relations with a "
         "neighbour that keeps its border shut?\n\n"
         "Is there anything he could do in the short term that would change your mind?\n\n"
         "Ruiz: Why does he not begin by opening the border? Trade is no abstract idea for the people who live there. "
         "They need it every day.\n")


def test_a_label_answering_bare_questions_is_the_guest_even_when_it_ends_asking() -> None:
    got = claims(_BARE)
    asked = [c for q, _, role, c in got if q and role is SpeakerRole.INTERVIEWER]
    assert len(asked) == 2 and asked[0].startswith("What is your reaction")
    assert answer_speakers(_BARE) == {"Ana Ruiz"}
    assert not any(sp == "Ana Ruiz" and role is SpeakerRole.INTERVIEWER for _, sp, role, _ in got)


def test_a_repeated_title_over_the_first_turn_is_no_bare_question() -> None:
    text = ("Is the coast guard's campaign working?\n\n"
            "An interview with Commodore Ana Ruiz, who leads the coast guard's campaign at sea.\n\n"
            "Q&A: Is the coast guard's campaign working?\n\n"
            "Example Wonk: The campaign keeps drawing attention abroad. Could you tell our readers how its effect is "
            "measured?\n\n"
            "The first measure is what other states say about it in public. The second is what the other side does "
            "at sea.\n\n"
            "What comes next?\n\n"
            "More patrols, and more reporters on board.\n")
    asked = [c for q, _, role, c in claims(text) if q and role is SpeakerRole.INTERVIEWER]
    assert any(c.startswith("Could you tell our readers") for c in asked)


@pytest.mark.parametrize("intro", ["Chilean Ana Ruiz", "the Chilean president, Ana Ruiz"])
def test_a_nationality_before_the_name_is_no_part_of_it(intro: str) -> None:
    text = ("Chile\n"
            "Chile was elected last week as a non-permanent member of the UN Security Council.\n"
            f"Our sister channel Example News held an exclusive interview with {intro} on what Santiago hopes to do.\n"
            "Example News: What does this election mean for Chile?\n"
            "President Ruiz: The agenda of the Council is mostly about other regions. We carry a message for the "
            "continent.\n"
            "So it is a lot of responsibility because the expectations are high.\n"
            "Example News: Is the weak representation of the continent a problem?\n"
            "President Ruiz: Certainly yes, but we would rather call it a challenge.\n")
    assert answer_speakers(text) == {"Ana Ruiz"}


_SAYS = ("Tom Hale\n\n"
         "Interview: five years on, the guns still sound\n\n"
         "With the deadline looming to end the wars, obstacles persist, says Dr Ana Ruiz.\n\n"
         "She shared her views with the Example Report in her capacity as the union's envoy for the Sahel.\n\n"
         "How would you sum up the agenda so far?\n\n"
         "Achieving the goal requires redoubled efforts. The situation in the east has escalated and remains "
         "unresolved.\n\n"
         "What should the union do next?\n\n"
         "It must fund its missions itself and stop waiting for donors.\n")


def test_a_name_line_over_an_interview_loses_to_the_guest_the_standfirst_names() -> None:
    assert answer_speakers(_SAYS) == {"Ana Ruiz"}


def test_a_writer_card_over_an_essay_with_questions_keeps_its_writer() -> None:
    text = ("Tom Hale\n"
            "Chilean journalist and writer, and former editor-in-chief of Example Times\n\n"
            "Stop Shouting and Listen!\n\n"
            "Anyone who follows the news will notice an increase in shouting and a decline in the language of "
            "dialogue. So why all this?\n\n"
            "The story is clear, but it requires concentration and a cold reading of the events.\n\n"
            "What will happen to the truce if the talks fail? Will the government respond to pressure now?\n\n"
            "The answer depends on the next election, and on who wins it.\n")
    assert answer_speakers(text) == {"Tom Hale"}


def test_the_press_a_standfirst_names_asks_in_an_excerpt_cut_before_any_question() -> None:
    text = ("Chile is a key mediator in conflicts: envoy\n"
            "Chile plays a key role in mediation around the world, Ana Ruiz, the government's special envoy, told "
            "Example Times in an exclusive interview.\n"
            "\"We saw the visit of the special envoy for Africa, who held important meetings,\" she told Example Times "
            "Editor-in-Chief Tom Hale.\n"
            "Ruiz and Hale discussed a wide range of topics. Here is the full interview:\n"
            "Tom Hale: For a start we would like to welcome you to Example Times. This is our first meeting in a "
            "festive atmosphere, and there is a general state of optimism in the country after the visit.\n"
            "Ana Ruiz: I would like to thank you, Mr Hale, and all the media for this opportunity. The visit was a "
            "success for both countries.\n")
    got = claims(text)
    assert {sp for _, sp, role, _ in got if role is SpeakerRole.INTERVIEWEE} == {"Ana Ruiz"}
    assert not any(sp == "Tom Hale" and role is SpeakerRole.INTERVIEWEE for _, sp, role, _ in got)


def test_a_journalist_who_answers_stays_the_guest() -> None:
    text = ("It is time to stop negotiating\n\n"
            "Tom Hale | Example Report\n\n"
            "The militia has been advancing on the city. I had a video conversation with Congolese journalist Ana "
            "Ruiz, who is based there.\n\n"
            "Tom Hale: Ana, do you feel safe talking about the security situation there?\n\n"
            "Ana Ruiz: I do not feel safe as a journalist, but I have the duty to tell what is going on here.\n\n"
            "Tom Hale: Could you describe the situation where you are?\n\n"
            "Ana Ruiz: The province is in the worst situation, because the militia holds most of its territory.\n")
    assert answer_speakers(text) == {"Ana Ruiz"}


@pytest.mark.parametrize("handover", [
    "We can get more analysis on this now with Ana Ruiz, who's in The Hague.",
    "Let's bring in Ana Ruiz, who's in The Hague.",
    "Ana Ruiz joins me now from The Hague.",
])
def test_a_news_channel_hands_over_to_its_guest(handover: str) -> None:
    text = ("Transcript\n"
            "00:00Alliance leaders are meeting for a summit this Wednesday and are expected to approve a pledge to\n"
            "00:04raise defence spending. The secretary general Tom Hale has praised the decision.\n"
            f"00:10{handover}\n"
            "00:15She's the director of the Example Centre. Thank you very much for speaking to us. Is this summit a\n"
            "00:21victory lap for the president?\n"
            "00:25This, of course, has been very carefully stage-managed. The host city scaled it down to a very short\n"
            "00:31meeting, and the allies avoided a row. Nevertheless, some member states said they could not meet the\n"
            "00:37target.\n")
    assert answer_speakers(text) - {None} == {"Ana Ruiz"}



def test_a_site_title_opens_no_turn() -> None:
    text = ("Example News Opinion | Example Times\n"
            "National Guard Minister: We hope for reconciliation with Peru soon | EXAMPLE TIMES English Archive 2005 "
            "-2017\n"
            "File photo of National Guard Minister Ana Ruiz. (Example Times)\n"
            "Santiago, Example Times\u2014Chile's National Guard Minister Ana Ruiz blamed the rise of armed groups on the "
            "failure of the international community to support the people.\n\n"
            "Ana Ruiz: The visit included a number of meetings with officials. These meetings reflect the depth of our "
            "relations.\n")
    got = claims(text)
    standfirst = [role for _, _, role, c in got if "blamed" in c]
    assert standfirst and all(role is SpeakerRole.EDITOR for role in standfirst)


def test_an_identifier_field_opens_no_turn() -> None:
    text = ("Example Times Opinion | Example Times\n\nWe hope for reconciliation soon\nSelect Page\nMedia ID: 55338914\n\n"
            "File photo of Interior Minister Ana Ruiz. (Example Times)\n\n"
            "Washington, Example Times\u2014Chile's Interior Minister Ana Ruiz blamed the rise of armed groups on the "
            "failure of the international community, warning that the problem can only be solved by talks.\n\n"
            "In a broad-ranging interview with Example Times after a visit to Washington, the minister hailed "
            "relations between the two countries.\n\n"
            "Example Times: You met the president and senior officials. Can you tell us what you discussed?\n\n"
            "Ana Ruiz: The visit included a number of meetings with officials. These meetings reflect the depth of "
            "our relations.\n")
    got = claims(text)
    assert {sp for _, sp, role, _ in got if role is SpeakerRole.INTERVIEWEE} == {"Ana Ruiz"}
    assert sum(role is SpeakerRole.EDITOR for _, _, role, _ in got) == 2


def test_the_subject_who_gave_an_interview_with_the_host_is_the_guest() -> None:
    text = ("Ana Ruiz on the peace plan\n\n"
            "As the White House unveils a package for peace, Chile's President Ana Ruiz dismisses it as nonsense in an "
            "exclusive interview with Tom Hale.\n\n"
            "TOM HALE: Why would you boycott an event that is designed simply to explore the opportunity to give "
            "billions of dollars to your people?\n\n"
            "ANA RUIZ, PRESIDENT OF CHILE: The figures are so exaggerated that we do not believe them. Secondly, this "
            "workshop is divorced from any political dimension, and the crisis we are in has other causes.\n")
    assert answer_speakers(text) == {"Ana Ruiz"}


@pytest.mark.parametrize("label", ["President of Chile Ana Ruiz", "Ana Ruiz"])
def test_a_speech_under_its_speaker_label_opening_with_a_long_address_is_hers(label: str) -> None:
    text = ("Ruiz's speech to the forum\n\n"
            "Chilean President Ana Ruiz took part in the plenary session of the annual forum in Santiago.\n\n"
            "In her keynote speech, Ruiz addressed a number of key issues, including the war and sanctions.\n\n"
            "Watch and read the full speech below.\n\n"
            f"{label}: Participants in the plenary session, colleagues, ladies and gentlemen,\n\n"
            "I am glad to welcome you all in Santiago at the anniversary meeting of the forum. The moderator has "
            "already mentioned that this is the twentieth annual meeting.\n\n"
            "In keeping with its traditions, our forum has brought together political leaders and researchers from "
            "many countries.\n")
    got = claims(text)
    assert {sp for q, sp, role, _ in got if not q and role is not SpeakerRole.EDITOR} == {"Ana Ruiz"}


def test_an_office_holder_who_sat_down_for_the_interview_is_the_guest() -> None:
    text = ("Above: Former Prime Minister Ana Ruiz on October 16, 2020, in an exclusive interview with The Example Times "
            "and CHILE Forward\n"
            "(First of 2 parts)\n"
            "On October 16, one month after she resigned, Ruiz sat down for an exclusive interview with three reporters "
            "of The Example Times and CHILE Forward.\n"
            "In 2015 you issued a statement on the anniversary of the end of the war, which marked a turning point. How "
            "did that change our foreign policy?\n"
            "One hundred years ago, there were only a few independent nations and many colonies in the world, and "
            "amid those conditions our country was struggling to keep its independence.\n")
    assert answer_speakers(text) == {"Ana Ruiz"}


def test_talks_as_a_noun_name_no_guest_in_an_op_ed() -> None:
    text = ("Opinion\n\nKeeping him up at night\n\nTHAT DOES IT - Ana Ruiz - The Example Times\n\n"
            "According to the president, the dispute at sea keeps him up at night. He went on an official trip to the "
            "capital where he discussed the issue. A consensus was supposedly reached during his talks with President "
            "Tom Hale. In my opinion, what happened was only lip service. And I was right.\n\n"
            "Based on a report from the coast guard, a foreign ship drove away a fishing boat from the shoal.\n")
    assert answer_speakers(text) == {"Ana Ruiz"}


def test_a_wide_ranging_interview_without_with_announces_the_questions() -> None:
    text = ("As the summit in Vilnius draws closer, Chile expects it will deliver concrete commitments instead of open "
            "doors statements, the head of Chile's mission to the Alliance says.\n\n"
            "In a wide-ranging interview, Ms Ana Ruiz told about Chile's push for membership, its current assistance and "
            "sceptics within the Alliance.\n\n"
            "\u2018Not a single country questions Chile should be a member\u2019\n\n"
            "What is the air at headquarters on the eve of the summit? Is there a set agenda?\n\n"
            "The intensity of the various meetings is starting to pick up.\n\n"
            "Is it already confirmed that the president will attend in person?\n\n"
            "The president has accepted the invitation from the secretary general.\n")
    got = claims(text)
    assert sum(q for q, _, _, _ in got) == 3
    assert answer_speakers(text) == {"Ana Ruiz"}


def test_the_outlets_journalist_the_guest_joined_asks() -> None:
    text = ("Trade ambassador sees a lot of accomplishments\n\n"
            "Trade Representative Ana Ruiz has had her work cut out for her this year.\n\n"
            "Ambassador Ruiz joined Ledger's Tom Hale for a conversation on trade. An edited transcript of their "
            "conversation is below.\n\n"
            "Tom Hale: So just because so much of the news has been inflation, do me a favor and give us your sense of "
            "our place in global trade.\n\n"
            "Ana Ruiz: Well, we have been incredibly busy. This year we launched a new framework with our partners.\n\n"
            "Hale: So those are the goods, and there are some challenges, and I want to get to them.\n\n"
            "Ruiz: There are, and the first of them is steel.\n")
    got = claims(text)
    assert {sp for _, sp, role, _ in got if role is SpeakerRole.INTERVIEWEE} == {"Ana Ruiz"}
    assert {sp for _, sp, role, _ in got if role is SpeakerRole.INTERVIEWER} == {"Tom Hale"}


def test_an_editor_note_naming_the_holder_after_the_office_names_the_guest() -> None:
    text = ("Transcript: Chile's Ambassador Ana Ruiz on \"Example Nation\"\n\n"
            "The following is a transcript of an interview with Chilean Ambassador to the U.S. Ana Ruiz that aired "
            "Sunday on \"Example Nation.\"\n\n"
            "TOM HALE: And we're back with Chile's Ambassador to the United States, Ana Ruiz. Good morning to you.\n\n"
            "ANA RUIZ: Good morning. Good to be with you.\n\n"
            "TOM HALE: Your president has said that the war is a distraction for everyone.\n\n"
            "ANA RUIZ: Well, the war still continues the way it was going before, and we need help.\n")
    got = claims(text)
    assert {sp for _, sp, role, _ in got if role is SpeakerRole.INTERVIEWEE} == {"Ana Ruiz"}


def test_a_short_follow_up_beside_one_put_to_you_is_a_question() -> None:
    text = ("The Nation: Tom Hale interviews Ana Ruiz\n\n"
            "On Example Nation: Tom Hale interviews Foreign Affairs Minister Ana Ruiz\n\n"
            "Tom Hale: The two leaders will soon sit down for talks, but will anything come of them? Foreign Minister Ana "
            "Ruiz joins me now. Good morning, Minister.\n\n"
            "Ana Ruiz: Good morning.\n\n"
            "How significant do you think these talks are?\n\n"
            "Well, it does not get any more important than this engagement that is coming up.\n\n"
            "So the other side does not have a good track record for keeping promises.\n\n"
            "How likely do you think it is that the meeting will go ahead?\n\n"
            "Well, I think a lot of things have led to this moment.\n\n"
            "What role has China been playing?\n\n"
            "I think they have been doing what the rest of the world asked them to do.\n\n")
    asked = [c for q, _, role, c in claims(text) if q and role is SpeakerRole.INTERVIEWER]
    assert "What role has China been playing?" in asked


def test_a_title_naming_the_guest_with_a_non_ascii_surname_names_him_in_full() -> None:
    text = ("Peace at home, peace in the world\n\nFollow the ministry:\n\n"
            "Interview of H.E. Mr. Mevl\u00fct \u00c7elik to Example World, 15 January 2016, Ankara\n\n"
            "Question \u2013 Mr. \u00c7elik, thank you very much on this busy day. Can you tell us what you achieved at "
            "the conference?\n\n"
            "H.E. MEVL\u00dcT \u00c7EL\u0130K - First of all, this is my first time speaking to Example World. I wish "
            "you all the best.\n\n"
            "Regarding the conference, this is the eighth one. It became our ministry's tradition.\n")
    assert answer_speakers(text) == {"Mevl\u00fct \u00c7elik"}


def test_a_qa_title_giving_the_guests_surname_and_on_names_him() -> None:
    text = ("The Loneliness of the President: Ruiz on Her Own\n\n"
            "Pressure on Chilean President Ana Ruiz will increase as the troops leave her country.\n\n"
            "There are many who say one of your failings as president is bringing the old warlords back. What is your "
            "response?\n\n"
            "Is that true? I was not in the capital when they made that arrangement. I was in the mountains, so I had "
            "no hand in forming the government.\n\n"
            "What will you do after you leave office?\n\n"
            "I will stay in the country and help the next government.\n")
    assert answer_speakers(text) == {"Ana Ruiz"}


def test_plural_questions_mark_opens_a_question() -> None:
    text = ("Ana Ruiz, the 65-year-old foreign minister, has served as interim head of government since the coup.\n\n"
            "Ruiz attended this Thursday as a guest the informal meeting of foreign ministers.\n\n"
            "Questions. What impact could the sanctions against the coup plotters have?\n\n"
            "Answer. It is about putting pressure on the junta. The sanctions must be targeted.\n\n"
            "The president and his family are held in their home. They have no electricity.\n")
    got = claims(text)
    assert [c for q, _, _, c in got if q] == ["What impact could the sanctions against the coup plotters have?"]
    assert answer_speakers(text) == {"Ana Ruiz"}


def test_the_guest_who_thanks_for_the_invitation_does_not_ask() -> None:
    text = ("Editor, Example.news: Today, we have the chance to delve into Chile's approach to international relations, "
            "often dubbed \u201cbamboo diplomacy.\u201d Joining us is Dr. Ana Ruiz, a foreign policy expert with long "
            "experience. Welcome, Dr. Ruiz.\n"
            "Dr. Ruiz: Thank you for having me. It is great to discuss a subject as dynamic as our foreign relations.\n"
            "Editor: At the heart of this discussion is the concept itself. In your view, what does this phrase mean "
            "for our strategy, especially in light of the war?\n"
            "Dr. Ruiz: It reflects our resilience in navigating complex international landscapes. It allows us to keep "
            "balanced relationships with both sides.\n")
    got = claims(text)
    assert not any(sp and "Ruiz" in sp and role is SpeakerRole.INTERVIEWER for _, sp, role, _ in got)
    assert any(sp and "Ruiz" in sp and role is SpeakerRole.INTERVIEWEE for _, sp, role, _ in got)


def test_an_article_by_a_minister_under_a_section_kicker_is_his() -> None:
    text = ("Government\n\n"
            "Article by Foreign Minister Ana Ruiz, in the Chilean edition of Example magazine (28.01.2023)\n\n"
            "\u201cThe wager of stability in the Pacific\u201d\n\n"
            "The Pacific is a field where a complex network of bilateral and regional relations is developing. Stability "
            "has always been the primary concern of regional actors.\n\n"
            "For Chile, the policy of disputes and claims against our sovereign rights remains at the core of the "
            "challenges we face.\n")
    assert answer_speakers(text) == {"Ana Ruiz"}


def test_a_label_naming_the_journalists_outlet_counts_as_a_turn() -> None:
    text = ("Chile's President Ruiz speaks to Example TV at press conference\n\n"
            "At a press conference in Santiago President Ana Ruiz responds to Example TV's question about the economy.\n\n"
            "TRANSCRIPT:\n\n"
            "Tom Hale from Example TV:\n"
            "Do you feel Chile is now on the path to recovery after the election? What are your next steps?\n\n"
            "President Ruiz:\n"
            "Excellent question. I think the harm that has been inflicted upon our country has a human toll.\n\n"
            "Recovery will take time, but the new assembly has already started its work.\n")
    assert answer_speakers(text) == {"Ana Ruiz"}


def test_the_one_label_of_the_press_asks_and_the_unlabelled_paragraphs_answer() -> None:
    text = ("A transcript of an interview with Ana Ruiz\n\n"
            "On October 13th Tom Hale, Example Weekly's foreign editor, and Lena Park, the Africa correspondent, "
            "interviewed Chile's president\n\n"
            "The transcript below has been lightly edited for clarity.\n\n"
            "TH: Madam President, last time I asked you for an interview was twenty years ago. So thanks for that.\n\n"
            "TH: Let's talk about Chile. Many developing countries have achieved very high growth rates. What do you "
            "think it would take to get very high growth here?\n\n"
            "A number of things. Firstly, the structure of our economy is an impediment. It is highly concentrated.\n\n"
            "And you can see it in a number of sectors, in banking for instance.\n\n"
            "TH: What about the unions?\n\n"
            "They are partners, and they will stay partners.\n")
    got = claims(text)
    assert answer_speakers(text) == {"Ana Ruiz"}
    assert {c for q, _, role, c in got if q and role is SpeakerRole.INTERVIEWER} >= {"What about the unions?"}


def test_a_former_office_holder_who_conducts_an_interview_is_the_guest_not_an_event() -> None:
    text = ("Former Chilean President Ana Ruiz, second from left, conducts an exclusive interview with Example Times at "
            "the newspaper's headquarters in Santiago, Thursday. Example Times photo by Tom Hale |\n"
            "The government has tried to convince the world that the dangers are under control ahead of the 2020 Tokyo "
            "Olympics. The following are edited questions and answers from the Example Times interview with the former "
            "president.\n"
            "Q. Relations between our countries have deteriorated. How do you see them?\n"
            "I am very worried. The government should apologise and start talks at once.\n"
            "Q. What should the next government do?\n"
            "It should rebuild trust, step by step.\n")
    assert answer_speakers(text) == {"Ana Ruiz"}


def test_a_numbered_voice_that_names_itself_takes_the_name() -> None:
    text = ("Episode Transcript\n"
            "Speaker 1 (00:00):\n"
            "Covert and overt, part of the plan was to form new organisations to continue the work.\n"
            "Speaker 2 (00:32):\n"
            "Hi everyone. I'm Tom Hale and welcome to another edition of Backstory. That was the prime minister in "
            "2018, talking about the scientist who was killed last week.\n"
            "(00:53):\n"
            "He headed the nuclear programme, and the prime minister has always argued for military action.\n")
    assert "Tom Hale" in {sp for _, sp, _, _ in claims(text)}
    assert "Speaker 2" not in {sp for _, sp, _, _ in claims(text)}


_OPED_BODY = ("\n\nThe unfortunate reality about the crisis is that a deadline for the government will come and go with no "
              "progress.\n\nIndeed, the crisis has worsened, with many more people at risk. The militias still have free "
              "rein.\n")


@pytest.mark.parametrize("head", [
    "Chile Must Act Now\n\nForeign Affairs\n\nAugust 30, 2004|By Ana Ruiz, Sentinel Columnist",
    "Chile Must Act Now\n\nByAna Ruiz\nSep 27, 2023 02:14 PM IST",
])
def test_a_dated_or_glued_byline_names_the_writer(head: str) -> None:
    assert answer_speakers(head + _OPED_BODY) == {"Ana Ruiz"}


def test_a_statement_under_name_and_office_past_a_weather_widget_is_hers() -> None:
    text = ("20.3 C\nMay 20, 2022\n\n"
            "Ana Ruiz, Minister of Foreign Affairs: The 4th of July represents a turning point in history.We are proud "
            "to call the U.S. a close friend\n\n"
            "The 4th of July represents a turning point for all who embrace the values of liberty.\n\n"
            "It is a privileged moment to extend my warmest congratulations to the American nation!\n\n"
            "We are proud to call the US a close friend and ally, as the exhibit we launched a few days ago shows. I "
            "had the privilege to negotiate our partnership.\n")
    assert answer_speakers(text) - {None} == {"Ana Ruiz"}


def test_a_byline_whose_given_name_an_organisation_holds_is_still_a_byline() -> None:
    text = ("In the Name of God, the Compassionate the Merciful\n\n0\n"
            "  By H.E. Mohammad Javad Zarif, Foreign Minister of the Islamic Republic of Iran. Following the two "
            "agreements, the plan is the third agreement that the administration has withdrawn from. The "
            "administration has also put other arrangements in jeopardy.\n")
    assert answer_speakers(text) == {"Mohammad Javad Zarif"}


def test_an_outlet_label_whose_every_line_asks_is_the_interviewer_and_a_glued_caption_name_is_split() -> None:
    text = ("An Interview with Ana M. Ruiz, former Chilean Ambassador to Estonia\n\n"
            "Estonia 1. Former Ambassador Ana M. RuizAna M. Ruiz is the Senior Director of the Example Institute. "
            "Previously, Ruiz served for 35 years in the foreign service.\n\n"
            "The Politic: Why did you join the Foreign Service?\n\n"
            "I came here as a fourteen-year-old, and I wanted to give something back to the country.\n\n"
            "The Politic: What was the hardest part of your job? You travelled a lot. Was that difficult?\n\n"
            "It was, but my family travelled with me.\n")
    got = claims(text)
    assert answer_speakers(text) == {"Ana M. Ruiz"}
    assert [c for q, _, _, c in got if q][:1] == ["Why did you join the Foreign Service?"]


def test_an_office_holder_on_a_topic_over_bare_questions_is_the_guest() -> None:
    text = ("\u201cI am taking Russia at its word.\u201d\n\n24.11.2014 - Interview\n\n"
            "Foreign Minister Ana Ruiz on unity within the government and her impressions from the Kremlin. Published in "
            "Example Weekly on 24 November 2014.\n\n"
            "Your call for moderate language was seen as a criticism of the chancellor. What parts of her speech did you "
            "disagree with?\n\n"
            "That is far-fetched! It does not do justice to the seriousness of the crisis.\n\n"
            "Are you also willing to tighten the sanctions?\n\n"
            "We have always said that sanctions are no end in themselves.\n")
    assert answer_speakers(text) == {"Ana Ruiz"}


def test_interview_with_a_journalist_credited_to_her_outlet_names_the_host() -> None:
    text = ("PM Transcripts\n\nTranscripts from the Prime Ministers of Chile\n\nRuiz, Ana\n\n"
            "Interview with Tom Hale, Bloomberg\n\n"
            "TOM HALE:\n\nPrime Minister, I know you are off to Singapore soon to deliver the keynote address.\n\n"
            "PRIME MINISTER:\n\nWell, we maintain and exercise our right to freedom of navigation throughout the region.\n\n"
            "TOM HALE:\n\nDo you agree with the senator's call?\n\n"
            "PRIME MINISTER:\n\nWe have a very strong relationship with our partners, and we will keep it.\n")
    got = claims(text)
    assert {role for q, sp, role, _ in got if sp == "Tom Hale"} == {SpeakerRole.INTERVIEWER}


def test_an_office_holder_in_a_blitz_interview_beats_the_one_she_met() -> None:
    text = ("Chilean Foreign Secretary Ana Ruiz - Example TV: \"We do not want to impose sanctions\"\n\n"
            "Chilean Foreign Secretary Ana Ruiz in a blitz interview with Example TV assessed the negotiations with "
            "Tom Hale and named the condition for new sanctions.\n\n"
            "On Thursday, talks were held in the capital between Chilean Foreign Secretary Ana Ruiz and Tom Hale.\n\n"
            "- After your press conference, it became clear that you could not agree on a single point. Was the visit a "
            "failure?\n\n"
            "- The reason for my visit was the need to call for calm. We did that, and we will keep doing it.\n\n"
            "- Will there be new sanctions?\n\n"
            "- Only if the troops cross the border.\n")
    assert answer_speakers(text) == {"Ana Ruiz"}


_COLUMN_BODY = ("\n\nThe confrontation is nearing another tense point, with the North signalling it could be ready for talks "
                "soon.\n\nWhen such standoffs get resolved, it is often by allowing each country to claim victory. In this "
                "case the North would assert its status.\n")


@pytest.mark.parametrize("head", [
    "Politics, Moderate\n\n\n\nCan the U.S. stop North Korea from becoming a nuclear power?\n\nAna Ruiz on\n\nWASHINGTON -- The talks",
    "Diplomacy Has Worked Before\n\nSeptember 13th, 2017 - by admin\n\nAna Ruiz / The Nation \u2013 2017-09-13 19:19:00\n\n"
    "https://www.thenation.com/article/diplomacy/\n\nDiplomacy Has Worked Before,\nAnd It Can Work Again\n\nAna Ruiz / The Nation",
    "Ruiz: US needs effort to engage allies\n\nView Comments\n\nAna Ruiz is a columnist for the Washington Post. Email:\n\n\n\n"
    "WASHINGTON \u2013 The talks",
])
def test_a_columns_author_line_names_the_writer(head: str) -> None:
    assert answer_speakers(head + _COLUMN_BODY) == {"Ana Ruiz"}


def test_a_byline_run_into_its_time_stamp_and_a_transcript_note_of_someones_remarks_name_the_speaker() -> None:
    body = ("\n\nOur world faces formidable challenges. Gulfs of mistrust divide citizens from their leaders.\n\nYet after "
            "ten years I remain hopeful, and I believe we can do better.\n")
    assert answer_speakers("Opinion / Op-Ed Contributors\n\nA decade of tests\n\nBy Ana Ki-moon ( Updated: 2016-09-27 "
                           "15:40\n\nA decade of tests" + body) == {"Ana Ki-moon"}
    assert answer_speakers("In progress at UNHQ\n\nSG/2236\n\nRemarks by United Nations Secretary-General-designate at "
                           "Press Encounter\n\nFollowing is a transcript of UN Secretary-General-designate Ana Ruiz\u2019 "
                           "remarks at a press encounter, in New York today:" + body) == {"Ana Ruiz"}


def test_a_top_bio_with_an_empty_contact_field_names_the_columnist() -> None:
    text = ("Ruiz: US needs effort to engage allies\n\nView Comments\n\n"
            "Ana Ruiz is a columnist for the Example Post. Email:\n\n\n\n"
            "WASHINGTON \u2013 \u201cBecause of unsure leadership in foreign policy, questions are being raised on all "
            "sides,\u201d the writer declared.\n\nIs this one of the many recent critics of the president?\n\n"
            "Actually, it is a senator, writing in 1961 about another president.\n\n"
            "Criticizing presidents for weakness is a standard trope in Washington.\n")
    assert answer_speakers(text) == {"Ana Ruiz"}


def test_surname_labels_alone_on_their_lines_under_full_names_are_turns() -> None:
    text = ("Ana Ruiz gave a long interview to American journalist Tom Hale on Example TV\n\n"
            "Part nine.\n\n"
            "Hale:\n\n"
            "Our conversation could go on indefinitely, but you are a very busy person. So I will conclude with a question "
            "about the election and what you expect from it. What do you expect?\n\n"
            "Ruiz:\n\n"
            "I am nobody to give advice to the voters. I think they will choose calm over noise, and that is good for all "
            "of us. We will see in November what they decide.\n")
    got = claims(text)
    assert {sp for q, sp, _, _ in got if q} == {"Tom Hale"}
    assert answer_speakers(text) == {"Ana Ruiz"}


def test_a_subject_in_conversation_with_a_bare_initialled_host_is_the_guest() -> None:
    text = ("Media Center\n\nS Ruiz in Conversation with C Tom Hale at the Annual Lecture 2019\n\nNovember 17, 2019\n\n"
            "C Tom Hale: You gave us a different way of thinking about the country's role in a changing world. There are a "
            "lot of issues to take up with you, so let me cover some broad areas, starting with non-alignment.\n\n"
            "External Affairs Minister, Dr. S Ruiz: I think there are a number of things to say about that. Non-alignment "
            "was a product of its time.\n\n"
            "And mind you, that was not an exception. We have always kept our options open.\n")
    got = claims(text)
    assert {sp for _, sp, role, _ in got if role is SpeakerRole.INTERVIEWEE} == {"S Ruiz"}


def test_region_adjectives_and_headline_verbs_name_no_one() -> None:
    from polisent.segment._person_names import is_person_name

    assert not is_person_name("Latin American") and not is_person_name("Brian Winter Details Latin")
    assert is_person_name("Ana Ruiz") and is_person_name("Charles Mills")


def test_the_guest_the_host_hails_by_surname_beats_a_leader_the_standfirst_names() -> None:
    text = ("Chile's bid to reform the Council is not new. Early in the nineties, Foreign Minister Ana Ruiz headed those "
            "negotiations. Today, Chile's charismatic leader, Tom Hale, trusts the same diplomat to make the old dreams "
            "come true.\n\n"
            "Ruiz is a woman of convictions, and she is still committed to those principles.\n\n"
            "Ruiz, is Chile still interested in restructuring the Council to obtain a permanent seat?\n\n"
            "Yes, and we are not alone. Many countries want the Council to reflect the world of today.\n\n"
            "Will the big powers agree?\n\n"
            "Some of them already do.\n")
    assert answer_speakers(text) - {None} <= {"Ruiz", "Ana Ruiz"} and answer_speakers(text) - {None}


@pytest.mark.parametrize("head, name", [
    ("Ruiz to \"Paris Match\": we have chosen dialogue\n\nThu 30 Nov 2017 at 15:09 Politics\n\n"
     "NNA - This is a translation of Prime Minister Ana Ruiz's interview to the French weekly \"Paris Match\", "
     "published this morning:\n\n"
     "Paris Match - The announcement of your resignation seemed forced. Were you detained?\n\n"
     "Ruiz - No, that is not true. I resigned with the intention of creating a positive shock. I was free.\n\n"
     "Paris Match - What happens now?\n\n"
     "Ruiz - We talk, and we keep the country stable.\n", "Ana Ruiz"),
    ("Cairo\n\n25 July 2014\n\nSecretary-General's remarks at press conference with the Foreign Minister of Egypt\n\n"
     "Ana Ruiz, Former Secretary-General\n\n"
     "Thank you, Foreign Minister; Ladies and Gentlemen -- \n\nGood evening. Let me begin by commending all the "
     "leaders here today. I would like to thank the host of this initiative.\n", "Ana Ruiz"),
    ("Transcript of Ruiz's speech to the people\n\n\nHere are excerpts from President Ana Ruiz's speech to the nation on "
     "Thursday.\n\n\u201cI speak to the youth from the depth of my heart. I cherish you as a new generation.\n\n"
     "\u201cThe blood of your martyrs will not be lost and I will not be lenient with those responsible.\u201d\n", "Ana Ruiz"),
])
def test_a_translation_note_an_office_line_or_excerpts_from_a_speech_name_the_speaker(head: str, name: str) -> None:
    assert answer_speakers(head) - {None} == {name}


def test_the_outlet_of_a_journalist_and_a_city_name_no_speaker() -> None:
    text = ("\u2022 News\n  \u2022 Columns\n  \u2022 Interviews\nLedger Businessworld\n\n"
            "We Are Determined To Protect Our Sovereignty At Sea: Chilean Ambassador Ana Ruiz\n\n"
            "Chile is always at the centre of geopolitics. Ledger Businessworld's Tom Hale Jha engages with Chilean "
            "Ambassador Ana Ruiz on a comprehensive range of issues. The ambassador speaks her mind on the sea and on "
            "security partnerships.\n\n"
            "Chile and its partners held the 17th meeting of their joint commission last month in the capital.\n\n"
            "The two sides agreed to expand defence cooperation and to hold regular talks on maritime security.\n")
    assert "Ledger Businessworld" not in answer_speakers(text)
