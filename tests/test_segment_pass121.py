"""Pass 121 (issue 11): layouts of fresh real pages that the rules read wrongly.

- L1: an op-ed's lead-ins by aspect ("Politically: ...", "Economically: ...") are no speaker labels, even twice.
- S1: a speech's title may name its venue before "by": "Remarks at the <event> by Secretary of Defense <name>".
- B1: the rest of the US government's site banner ("Here's how you know", ".gov website belongs to ...") is navigation.
- M1: a press transcript whose only labels are one "Media:" question and one "Minister:" answer has turns, though the
  title writes "media" in lower case; the minister is the one the title names, also with an initial without its stop
  ("Minister for Law K Shanmugam").
- J1: "<Outlet> sat down with <office> S. <Name> during his visit ..., where he met ... <another name>": the guest is the
  one the outlet sat down with, not the other person the standfirst names.
- R1: a role label with a press job ("EU Reporter:") stays the interviewer's label; it is never read as a text name
  that shares its first word ("EU Presidency").
- D1: a hyphen-marked dialogue under a longer introduction asks, where one of its questions is answered by a hyphen
  turn and the last ends the excerpt.

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter


def _named(text: str) -> set[str | None]:
    """The speakers of the answers and the op-ed's text (no editor's introduction, no interviewer)."""
    return {c.speaker for c in RuleSegmenter().segment(text).claims
            if c.role in (SpeakerRole.INTERVIEWEE, SpeakerRole.AUTHOR)}


def test_aspect_lead_ins_are_no_speaker_labels() -> None:
    text = ("By Omar Haddad..\nAnalysts differ on the quarrel between the Gulf states. I see three reasons for it.\n"
            "The first reason is the rivalry over Iran, which the neighbours see as a threat. It is not new.\n"
            "Politically: Recently the rivals have competed for the favour of Washington, and each courts a different "
            "faction in Libya and in Yemen.\n"
            "Economically: Both want the same gas fields and the same ports, and neither will yield them to the other.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims} == {"Omar Haddad"}
    assert any(c.text.startswith("Politically:") for c in st.claims)


def test_a_name_ending_like_an_adverb_is_still_a_label() -> None:
    text = ("Kelly: Welcome to the programme. What went wrong at the summit?\n\nRuiz: The talks broke down over the "
            "border, and neither side would give way on it.\n\nKelly: Will they meet again?\n\nRuiz: I expect so, "
            "because both need the trade deal more than they admit.\n")
    assert {"Kelly", "Ruiz"} <= {c.speaker for c in RuleSegmenter().segment(text).claims}


def test_a_speech_title_with_its_venue_before_by_names_the_speaker() -> None:
    text = ("Remarks at the Harbour Dialogue by Secretary of Defense Thomas K. Hale III (As Delivered)\n\nGood morning, "
            "everybody. It is great to be back here. I want to thank our hosts for their welcome, and I am glad to have "
            "the chance to discuss our policies. We will keep working with our partners in the region.\n")
    assert _named(text) == {"Thomas K. Hale III"}


def test_the_us_government_banner_is_dropped_as_navigation() -> None:
    text = ("An official website of the United States Government\nHere's how you know\n\nOfficial websites use .gov\n\n"
            ".gov website belongs to an official government organization in the United States.\n\nThe talks resumed on "
            "Monday. Both sides said that progress was possible, and the mediators agreed to meet again next week.\n")
    st = RuleSegmenter().segment(text)
    assert not any(".gov" in c.text or "how you know" in c.text for c in st.claims)
    assert {s.reason for s in st.segments if "how you know" in s.text or ".gov website" in s.text} == {"navigation"}


def test_a_media_question_and_a_ministers_answer_are_turns_once_each() -> None:
    text = ("Transcript of Minister for Foreign Affairs and Minister for Law K Tanaram's media wrap-up at the summit\n\n"
            "Media: Yesterday the Secretary General said the reclamation work was eroding trust. Can you comment on that?\n\n"
            "Minister: I don't quite know what the Secretary General said. But our position has been that we need to focus "
            "on the code of conduct. There is an erosion of trust, and the claimants must ask themselves why.\n")
    st = RuleSegmenter().segment(text)
    asked = [c for c in st.claims if c.is_question]
    assert [c.role for c in asked] == [SpeakerRole.INTERVIEWER]
    assert _named(text) == {"K Tanaram"}


def test_the_guest_is_the_one_the_outlet_sat_down_with() -> None:
    text = ("The Ledger sat down with Indian External Affairs Minister S. Raghunathan during his visit this week to "
            "Brussels \u2013 where he met the EU\u2019s foreign affairs chief, Maria Lindqvist.\n\nThe EU is halfway through "
            "talks on a trade deal with India. What follows is an edited transcript.\n\nYou are here weeks after an "
            "attack in Kashmir. Why is India\u2019s message not cutting through?\n\n\u201cLet me remind you of something. "
            "We have said for years that terrorism will come back to haunt those who shelter it.\u201d\n")
    assert _named(text) == {"S. Raghunathan"}


def test_a_press_role_label_keeps_its_name() -> None:
    text = ("Interview: Foreign Minister Tomas Berg\n\nTomas Berg is the foreign minister. On Monday he held talks with "
            "the EU Presidency holder and the Commission.\n\nThe Ledger caught up with Berg for a brief interview.\n\n"
            "EU Reporter: Foreign Minister Berg, the Commission says relations are flourishing. Would you agree?\n"
            "Tomas Berg:\nYes, certainly. We are enjoying a very healthy relationship, and we cherish it.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims if c.is_question} == {"EU Reporter"}
    assert _named(text) == {"Tomas Berg"}


def test_a_hyphen_dialogue_under_a_long_introduction_asks() -> None:
    text = ("Foreign Minister Tomas Berg:\nWIN-WIN IDEAS MAKE THE CORE OF OUR FOREIGN POLICY\n\nForeign Minister Tomas Berg "
            "summed up the results of the chairmanship, highlighted the benefits of the expo and shared the dream of a "
            "floor for dialogue.\n\nTHE CHAIRMANSHIP REVIEW\n\n- The chair passes to the neighbours. How do you assess "
            "the contribution of your country?\n\n- When we came in office, we had a specific agenda of five priorities. "
            "I believe that we have made progress in all five, and our presidency has been effective.\n\n- What are the "
            "odds that the board may suspend a member?\n")
    st = RuleSegmenter().segment(text)
    asked = [c.text for c in st.claims if c.is_question]
    assert asked[0].startswith("How do you assess")
    assert _named(text) == {"Tomas Berg"}


# Rules from the fresh dev judge sets J175a/J175b (pages found with the search tool; these texts are written for the project).


def test_an_interview_granted_to_a_named_outlet_is_announced() -> None:
    # G2: "he granted Czech Radio an exclusive interview" announces the bare questions under it
    text = ("Berg: both our nations have a bill to settle\n\nTomas Berg\n\nThe foreign minister, Tomas Berg, paid a brief "
            "working visit to Prague on Monday for talks on further assistance. During his visit, he granted Example Radio "
            "an exclusive interview.\n\nHow important is the Czech Republic among the country\u2019s supporters?\n\n\u201cTop of the top. "
            "There is a group of countries that support us more than anyone else, and we are extremely grateful.\u201d\n\n"
            "So you say that is the reason why the government is so determined to help\u2026\n\n\u201cYes, I think the "
            "reason is the future. Without our victory you will be facing much bigger problems.\u201d\n\nWhy do you think "
            "some nations do not see this danger?\n\n\u201cBecause every country is special and has its own history and "
            "its own perceptions in society.\u201d\n")
    st = RuleSegmenter().segment(text)
    asked = [c.text for c in st.claims if c.is_question]
    assert asked and asked[0].startswith("How important")
    assert {c.role for c in st.claims if c.text.startswith("\u201cTop of the top")} == {SpeakerRole.INTERVIEWEE}


def test_a_republished_op_eds_bio_at_the_time_of_publishing_names_the_writer() -> None:
    # B2: "At the time of publishing, X was ..." at the foot; "Originally published in The Ledger." is a source note
    text = ("Freedom is up for a vote\n\nThe organisation will hold an election next week. The incumbent has rejuvenated "
            "it and is among the boldest voices in the region. His rivals are quietly mobilizing their allies.\n\nThe "
            "secretary general has earned this opposition through his principled leadership.\n\nAt the time of "
            "publishing, Ana Ruiz was executive director of the Example Foundation.\nOriginally published in The Ledger.\n")
    st = RuleSegmenter().segment(text)
    assert _named(text) == {"Ana Ruiz"}
    assert not any(c.text.startswith("Originally published") for c in st.claims)


def test_the_only_label_greeting_the_room_opens_a_statement() -> None:
    # T1: "Legal Counsel Ana Ruiz: Good morning and thank you for coming." over a briefing, no other label
    text = ("Legal Counsel Ana Ruiz: Good morning and thank you for coming.\n\nOn behalf of the Foreign Ministry, I would "
            "like to explain some aspects of the press release we published this morning. As you know, the government "
            "next door made an announcement that was communicated to us at 8 a.m.\n\nWe would like to be clear: this "
            "measure is based on a sovereign right, and we have been paying close attention to it.\n")
    assert _named(text) == {"Ana Ruiz"}


def test_a_from_line_over_the_piece_names_its_writer() -> None:
    # F2: "from Ana Ruiz" alone on the first line of a contributor's post
    text = ("from Ana Ruiz\nThese past few weeks have presented the administration with its first real foreign policy "
            "tests. Yet the southern neighbour has skirted below the radar, and relations are improving in tone.\n")
    st = RuleSegmenter().segment(text)
    assert _named(text) == {"Ana Ruiz"}
    assert any(s.reason == "byline" and s.text == "from Ana Ruiz" for s in st.segments)


def test_a_columnists_path_segment_names_the_writer_the_text_does_not() -> None:
    # U1: "/the-ledger/tom-halvorsen/<slug>/<id>": with the address given, the unnamed op-ed is his
    text = ("America and China\u2019s futile trade war\n\nThe latest round of tariff escalations reads like a script from "
            "a tragedy. The announcement of additional tariffs represents not strategic brilliance but strategic "
            "bankruptcy, and both capitals will return to square one.\n")
    url = "https://example.net/the-ledger/tom-halvorsen/america-and-china-s-futile-trade-war/184368939"
    st = RuleSegmenter().segment(text, url=url)
    assert {c.speaker for c in st.claims} == {"Tom Halvorsen"}
    assert {c.speaker for c in RuleSegmenter().segment(text, url="https://example.net/opinion/op-eds/why-it-fails-1.8612").claims} == {None}
    assert {c.speaker for c in RuleSegmenter().segment(text).claims} == {None}


def test_names_lose_a_hyphenated_office_and_a_labels_honorific() -> None:
    # N2: "NATO Secretary-General Ana Ruiz gave an interview" names Ana Ruiz; "MS BERG:" alone is Berg
    text = ("Brussels, 30 March 2020 (Ledger) \u2013 NATO Secretary-General Ana Ruiz gave an interview to the Ledger after "
            "the ceremony at the headquarters.\n\nMadam Secretary-General, your feelings on today\u2019s ceremony?\n\nThis "
            "is a historic day and I personally felt real happiness seeing the flag flying with all the others.\n")
    assert _named(text) == {"Ana Ruiz"}
    text = ("Press Briefing (Excerpts)\n\nAugust 7, 2018\n\nMS BERG: Good afternoon, everybody. I will start with a few "
            "announcements today, and first I would like to recognise an anniversary.\n\nThe sanctions went into effect "
            "this morning, and the United States is fully committed to enforcing them.\n")
    assert "Berg" in {c.speaker for c in RuleSegmenter().segment(text).claims}


def test_an_outlets_interview_is_not_its_guest() -> None:
    # O1: "The Ledger's interview with Chinese Ambassador to Kenya Zhou Ming": the outlet is no guest
    text = ("The Ledger\u2019s interview with Chinese Ambassador to Kenya Zhou Ming\n2022-08-10 01:57\n\nOn 9 August 2022, the "
            "Ledger publishes its interview with Chinese Ambassador to Kenya Zhou Ming. Following is the full text of the "
            "interview:\n\nHow would you describe the status of Kenya and China relations?\n\nChina and Kenya are "
            "comprehensive strategic and cooperative partners. Our practical cooperation stands out in the region.\n\nThere "
            "have been concerns about the secrecy of the contracts. Will they be published?\n\nThe contracts follow the "
            "law of both countries, and we respect the decisions of the government on what to publish.\n")
    assert "Ledger" not in _named(text)


def test_a_columns_kicker_is_no_label_and_a_wrote_line_names_the_writer() -> None:
    # K2: "Spotlight: <headline>" printed twice is no speaker; "Amb. Ana Ruiz wrote:" over the piece names her
    text = ("Spotlight: Summit in St Petersburg as the host notches up a charm offensive - Amb. Ana Ruiz\n\n0\n\nSpotlight: "
            "Summit in St Petersburg as the host notches up a charm offensive\n\n30.07.23\n\nAmb. Ana Ruiz wrote:\n\nIt has "
            "been an interesting week for those that follow geopolitics, as the glare of the media focused on the city.\n\n"
            "At the centre of it was the host, who received some 17 heads of state out of an invited list of 49.\n")
    assert _named(text) == {"Ana Ruiz"}


def test_a_leaders_statement_under_an_office_and_a_long_address() -> None:
    # T2: the only label, "President of Chile Ana Ruiz:", over a statement that opens on a long address to the room
    text = ("Summit of the Two Continents\n\nJuly 28, 2023\n\nAna Ruiz took part in the plenary session of the summit.\n\n"
            "* * *\n\nPresident of Chile Ana Ruiz: Mr Bello, heads of state and government, heads of delegations, "
            "friends and colleagues,\n\nI am delighted to welcome you to the plenary session of the second summit. "
            "Delegates from most of the states have come here, which is proof of our striving to cooperate.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims if c.text.startswith("I am delighted")} == {"Ana Ruiz"}


def test_initials_labels_spelled_out_by_the_address() -> None:
    # I1: "TB:" turns under ".../The_Peace_Processor_Tomas_Berglund": with the address given, TB is Tomas Berglund
    text = ("FP: What is the most important thing your neighbours do not understand about you?\nTB: That we are not going "
            "anywhere. As simple as that.\nFP: What do you expect from the next government?\nTB: I do not think there is "
            "room for optimism, but our position has not changed.\n")
    url = "http://www.example.com/articles/2013/02/05/The_Peace_Processor_Tomas_Berglund?page=0,1"
    st = RuleSegmenter().segment(text, url=url)
    assert {c.speaker for c in st.claims if not c.is_question} == {"Tomas Berglund"}
    assert {c.speaker for c in RuleSegmenter().segment(text).claims if not c.is_question} == {"TB"}


def test_a_lists_numbers_are_no_speaker_labels() -> None:
    # L2: "One: ..." / "Two: ..." twice over in a columnist's account are the writer's lists, not two speakers
    text = ("By Omar Haddad\nI met the prime minister with other journalists in the capital. We had two questions.\n"
            "One: What did he think of the parties that had not joined a coalition?\nTwo: Why was he not willing to "
            "negotiate over the disputed city?\nHis answers were short, and they left two things unsaid.\nOne: The "
            "coalition talks have stalled since the spring, and nobody expects them to resume soon.\nTwo: The city will "
            "stay under the control of the capital whatever the parties decide.\n")
    assert not {"One", "Two"} & {c.speaker for c in RuleSegmenter().segment(text).claims}


def test_a_columnists_segment_with_initials_or_a_particle() -> None:
    # U2: "/blitz/m-a-halvorsen/<slug>/<id>" and "/abdul-rahman-al-halvorsen/opinion/<slug>"
    text = ("Why we fear the region's arms race\n\nThe arms race in the region has a logic of its own. Every new missile "
            "invites another, and no capital trusts its neighbours to stop first.\n")
    for url, name in (("https://example.net/blitz/m-a-halvorsen/why-we-fear-the-arms-race/186163597", "M. A. Halvorsen"),
                      ("https://example.com/abdul-rahman-al-halvorsen/opinion/why-we-fear-the-arms-race", "Abdul Rahman al-Halvorsen")):
        assert {c.speaker for c in RuleSegmenter().segment(text, url=url).claims} == {name}


def test_a_prompt_that_trails_off_is_the_interviewers() -> None:
    # Q2: "Could you explain ... participation…" between two answers of an interview that asks elsewhere
    text = ("Brussels (Ledger) \u2013 The secretary-general Ana Ruiz gave an interview to the Ledger after the ceremony.\n\n"
            "Madam Secretary-General, what are your feelings on today\u2019s ceremony?\n\nThis is a historic day and I "
            "personally felt real happiness seeing the flag flying together with all the others.\n\nCould you explain to "
            "the wider audience what this means concretely, in terms of meetings, councils, participation\u2026\n\nIt "
            "means that the alliance now has thirty members, and we all sit around the same table and decide together.\n"
            "\n[To read the original article, click here.]\n")
    st = RuleSegmenter().segment(text)
    asked = [c.text for c in st.claims if c.is_question]
    assert any(x.startswith("Could you explain") for x in asked)
    assert not any("original article" in c.text for c in st.claims)


def test_the_one_a_correspondent_interviewed_under_a_long_description() -> None:
    # J2: "The Ledger's correspondent in Addis Ababa, Tom Bell, interviewed the new chair of the Commission, former
    # foreign minister Ana Ruiz, about ..." over bare questions: Ana Ruiz answers
    text = ("/ 12 August 2008\n\nA chair for peace\n\nThe Ledger\u2019s correspondent in Addis Ababa, Tom Bell, interviewed "
            "the new chair of the Commission, former foreign minister and deputy prime minister Ana Ruiz, about the "
            "challenges that lie ahead.\n\nCan the union change life for its people?\nThe union has a noble goal: to make "
            "our continent a shelter from fear and a shelter from need.\n\nIf this is the vision, what can it do?\nWe "
            "have to fight against violence, war and crime, and we have built an architecture for peace.\n")
    assert _named(text) == {"Ana Ruiz"}
