"""Speakers on real-page layouts found in the fresh dev sets of the seventh pass (issue 11).
Texts written for the project."""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter

SEG = RuleSegmenter()


def _answer_speakers(text: str) -> set[str | None]:
    return {c.speaker for c in SEG.segment(text).claims if not c.is_question and c.role is not SpeakerRole.EDITOR}


def test_a_copy_link_widget_is_clutter_not_an_author_line():
    text = ("Harbour and the World\n\nWe will never agree on the port, but we can share it.\n\n"
            "01/10/2022 06:09 PM EST\n\nLink Copied\n\n"
            "Anna Berg, a fellow at the Example Institute, studies ports.\n\n"
            "The talks on the port are under way. Both sides want a deal.\n")
    st = SEG.segment(text)
    widget = next(s for s in st.segments if s.text == "Link Copied")
    assert widget.kind.value == "clutter" and widget.reason == "share"
    assert "Link Copied" not in {c.speaker for c in st.claims}


def test_a_list_of_lead_ins_is_not_a_set_of_speaker_labels():
    text = ("Opinion\n\nWhat the Port War Costs\n\nBy Omar Saleh\n\n"
            "The port war has many backers. There are two economic interests and military aims at play.\n\n"
            "Economic Interests: These relate to gold, fuel and the harbour fees.\n\n"
            "Military Aims: The backers want a fighting force for later use.\n\n"
            "Both motives will outlast the war.\n")
    assert _answer_speakers(text) == {"Omar Saleh"}


def test_the_outlet_an_interview_is_with_is_not_the_interviewee():
    text = ("Marta Ruiz has been the harbour minister since May. In an interview with Le Port, she defends the "
            "strike law and calls for patience.\n\n"
            "Is the port at an impasse?\n\n"
            "Our policy is simple. We condemn any blockade, and we support the talks.\n\n"
            "Is the strike law risky?\n\n"
            "No. It protects the workers and the trade.\n")
    speakers = _answer_speakers(text)
    assert "Le Port" not in speakers


def test_a_country_before_says_is_not_the_speaker():
    text = ("Ending the harbour crisis is not easy: Murphy\n"
            "TEHRAN - Richard W. Murphy, the former U.S. ambassador to Syria and Saudi Arabia, says \u201cthe talks "
            "will take time.\u201d\n"
            "Murphy says \u201cits offer to mediate has had no response so far.\u201d\n"
            "Following is the text of the interview:\n"
            "Q: Can the new initiative solve the crisis?\n"
            "A: One can only hope so, but it is impossible to predict.\n"
            "Q: Who should mediate?\n"
            "A: Kuwait has the best record.\n")
    assert _answer_speakers(text) == {"Richard W. Murphy"}


def test_about_the_author_with_a_degree_names_the_author():
    text = ("Two issues block the harbour talks. The first is the guarantee; the second is the timetable.\n\n"
            "Neither side will move first, and the mediators have little leverage.\n\n"
            "About the Author \u2013\nOmar T. Saleh, Ph.D., is a senior analyst at Example Analytics.\n")
    assert _answer_speakers(text) == {"Omar T. Saleh"}


def test_a_spokesman_with_an_arabic_particle_in_his_name_is_the_interviewee():
    text = ("He was involved from the first minute in the harbour talks. As negotiators try to extend the truce, "
            "Foreign Ministry spokesman Majed al-Harbi reveals some of the issues discussed.\n\n"
            "Question: At what stage are the negotiations?\n\n"
            "Answer: Negotiations are ongoing. We have secured two more days.\n\n"
            "Question: How long will the extension be?\n\n"
            "Answer: That depends on both sides.\n")
    assert _answer_speakers(text) == {"Majed al-Harbi"}


def test_a_job_with_its_place_before_the_name_introduces_the_guest():
    from polisent.segment._principal import principal

    text = ("[00:00:00]\n\nWell, the harbour protests went on last night. With us on the program tonight, the former "
            "US ambassador to Egypt, Frank Weller, who served for years at the State Department. Ambassador, you're "
            "very welcome. How difficult is this?\n\n[00:00:54]\n\nIt is a terrible situation, however you look at it.\n")
    p = principal(text, conversation=True)
    assert p is not None and p.name == "Frank Weller"


def test_with_us_now_introduces_the_guest():
    from polisent.segment._principal import principal

    text = ("Good evening. With us now Anna Berg. What happens next at the port?\n\n"
            "Nobody knows. The union is divided and the owners are waiting.\n")
    p = principal(text, conversation=True)
    assert p is not None and p.name == "Anna Berg" and p.kind == "interview"


def test_an_office_label_takes_the_person_introduced_with_that_office():
    text = ("Full transcript of the Special Envoy's press stakeout on the harbour\n"
            "Spokesperson: We are joined by our new Envoy for the Harbour, Hans Berglund, who just briefed the "
            "Council. He will say a few words and take questions.\n"
            "Harbour Special Envoy: Good morning everyone. I took up my duties last week and I have met both sides.\n"
            "Spokesperson: Questions?\n"
            "Harbour Special Envoy: The talks will resume on Monday in Geneva.\n")
    assert "Hans Berglund" in _answer_speakers(text)


def test_an_office_before_a_surname_names_the_minister_label():
    text = ("Press Conference by Defense Minister Iwaki (08:35-08:39 February 5, 2019)\n\n"
            "Question:\nWhat is the state of the talks with the harbour union?\n\n"
            "Minister:\nThere is no sign yet of a concrete proposal. We will keep talking.\n\n"
            "Question:\nWill the navy help?\n\n"
            "Minister:\nThe navy will stay out of it.\n")
    assert _answer_speakers(text) == {"Iwaki"}


def test_numbered_generic_labels_take_the_guest_the_host_introduces():
    text = ("Russia's Next Target?\n\n"
            "S1: Welcome to the show. Today we go to a place caught between two worlds, the harbour enclave.\n\n"
            "S2: Well, the enclave is an odd place that feels like a piece of the old empire.\n\n"
            "S1: Monika Prost has been reporting about the enclave for The Daily Paper. How do people live there?\n\n"
            "S2: They live on trade across the river, and on subsidies from abroad.\n")
    assert "Monika Prost" in _answer_speakers(text)


def test_an_excellency_interviewed_is_the_interviewee_and_an_office_is_no_name():
    from polisent.segment._principal import person_part, principal

    assert person_part("Permanent Representative") is None and person_part("Ambassador David Moran") == "David Moran"
    text = ("Our reporter had a rare privilege to interview His Excellency, Audu A. Kanu, the Ambassador and "
            "Permanent Representative of the Republic to the United Nations office in Geneva.\n\n"
            "What does the mission do?\n\nThe mission never sleeps. We work on trade, security and human rights.\n")
    p = principal(text, conversation=True, interview=True)
    assert p is not None and p.name == "Audu A. Kanu"  # "A." is an initial, not the article


def test_a_timed_turn_that_ends_by_asking_is_the_hosts():
    text = ("Harbour Elections with Professor Kurt Weller\n"
            "26:18\n"
            "This is all very depressing. I have to say, Kurt, the regime looks coup-proof. So is there a breaking "
            "point? Where do you see this going?\n"
            "27:08\n"
            "I do not see a breaking point. The opposition is courageous, but it lacks the means to force a change.\n")
    st = SEG.segment(text)
    qs = [c.text for c in st.claims if c.is_question]
    assert qs == ["So is there a breaking point?", "Where do you see this going?"]
    assert {c.speaker for c in st.claims if not c.is_question and c.role is not SpeakerRole.EDITOR} == {"Kurt Weller"}


def test_a_bio_line_ending_an_op_ed_names_its_author():
    text = ("The harbour deal will change the region\n\n"
            "Some capitals are terrified by the idea of the two ports getting along. Their interests lie in rivalry.\n\n"
            "But the region is changing, and deals like this will pave the way for trade and calm.\n\n"
            "Kevin Alma is an award-winning political commentator from the coast. He is the founder of Harbour Analysis.")
    assert _answer_speakers(text) == {"Kevin Alma"}


def test_a_surname_alone_after_an_interview_cue_names_the_interviewee():
    text = ("Ananth Krishnan first moved to the harbour city in 2008 as a journalist and spent a decade there. "
            "In his new book, Krishnan says he resolved not to write a tome.\n\n"
            "The result is a book about the port. Scroll.in spoke to Krishnan about this summer's tensions.\n\n"
            "Are the two ports going to war?\n\n"
            "You know, I cannot give you an answer with full certainty. But both sides want to avoid it.\n\n"
            "What changed after the strike?\n\n"
            "The strike showed how fragile the trade is.\n")
    assert _answer_speakers(text) == {"Ananth Krishnan"}


def test_a_label_that_gives_its_office_names_the_later_office_labels():
    text = ("Interview with Jack Tane, TVNZ\n"
            "Jack Tane, Host: Minister, welcome and thank you for your company.\n"
            "Penny Wang, Foreign Minister: Good to be here.\n"
            "Jack Tane: Your neighbour has ruled out joining the pact. What do you make of that?\n"
            "Foreign Minister: These are decisions for the government of the day. The region is being reshaped.\n"
            "Jack Tane: What will the consequences be?\n"
            "Foreign Minister: That is for them to judge. We will keep working with them.\n")
    assert _answer_speakers(text) == {"Penny Wang"}


def test_a_page_reference_is_no_name():
    from polisent.segment._principal import is_person_name

    assert not is_person_name("Page E324") and is_person_name("Speaker 2") and is_person_name("Paul Gosar")


def test_caps_labels_resolve_to_a_leader_named_with_nationality_and_office():
    text = ("TRANSCRIPT: Harbour News interview with Ukrainian President Volodymyr Zelenskyy\n"
            "Harbour News' Martha Radd interviewed Ukrainian President Volodymyr Zelenskyy on Friday.\n"
            "RADD: President Zelenskyy, thank you for doing this. I want to start with what happened in the last few days.\n"
            "ZELENSKYY: Thank you for being here. What the Kremlin said is not true, and you saw it yourself.\n"
            "RADD: Tell us how the operation started.\n"
            "ZELENSKYY: It started a year and a half ago, with a small team.\n")
    st = SEG.segment(text)
    assert {c.speaker for c in st.claims if not c.is_question and c.role is not SpeakerRole.EDITOR} == {"Volodymyr Zelenskyy"}
    qs = [c.text for c in st.claims if c.is_question]
    assert "I want to start with what happened in the last few days." in qs and "Tell us how the operation started." in qs


def test_an_officials_label_answers_at_a_briefing():
    text = ("Briefing with Senior Officials on the Harbour\n\n"
            "MODERATOR: Good evening, everyone, and welcome to today's background call on the harbour. With that, "
            "I'll turn it over to our first official.\n\n"
            "SENIOR OFFICIAL ONE: Thanks very much. The situation in the harbour is grim, and the blockade goes on.\n\n"
            "We are working with both sides to reopen the port.\n")
    roles = {c.role.value for c in SEG.segment(text).claims if not c.is_question and c.role is not SpeakerRole.EDITOR and "harbour is grim" in c.text}
    assert roles == {"interviewee"}


def test_first_names_alone_on_their_lines_are_turn_labels():
    text = ("Transcript: Mike Hosk and Jacinda Arden on the port\n\n"
            "Mike\n\nThe prime minister, Jacinda Arden, is with us. Good morning.\n\n"
            "Jacinda\n\nGood morning.\n\n"
            "Mike\n\nLet's start with the port. Is the strike over?\n\n"
            "Jacinda\n\nNot yet. Our relationship with the union is important, and we keep talking.\n\n"
            "Mike\n\nWhat are the challenges you face?\n\n"
            "Jacinda\n\nThe fees and the fuel, mainly.\n")
    st = SEG.segment(text)
    assert {c.speaker for c in st.claims if not c.is_question and c.role is not SpeakerRole.EDITOR} == {"Jacinda Arden"}
    assert [c.text for c in st.claims if c.is_question] == ["Is the strike over?", "What are the challenges you face?"]


def test_a_title_that_says_who_speaks_names_the_columnist():
    text = ("Arne O. Helm says When the Harbour Talk is Replaced By Loaded Weapons\n\n"
            "Longyearbyen 10.10.22\nFall is turning to winter in the north, but the cold is different this time.\n\n"
            "We who live in the north are used to ice, but how do we protect ourselves from despots?\n\n"
            "Principles are not for sale. The harbour must stay open.\n")
    assert _answer_speakers(text) == {"Arne O. Helm"}


def test_a_titled_surname_label_takes_the_full_name():
    text = ("Here is the transcript of the interview of Paco Palmer: Interviewer: We speak with Francisco Palmer, "
            "the head of the harbour office. Thank you, Ambassador, for being here.\n"
            "Ambassador Palmer: It is a great pleasure to be with you today.\n"
            "Interviewer: What has the office done to keep the port open?\n"
            "Ambassador Palmer: We met more than fifty partners last week, and we agreed on a plan.\n")
    speakers = _answer_speakers(text)
    assert len(speakers) == 1 and next(iter(speakers)).endswith("Palmer") and next(iter(speakers)) != "Ambassador Palmer"


def test_the_label_that_always_asks_is_the_interviewer_even_when_the_talk_is_with_it():
    text = ("Harbour Enlargement and the Future of the Union\n\nConversation with Harbour TV\n\n"
            "Harbour TV: Why have some countries opposed the accession talks?\n\n"
            "Valona Pllan: Some members are giving in to irrational fears about migration. Leaders fear the voters.\n\n"
            "Harbour TV: Did the two candidates deserve to be refused?\n\n"
            "Pllan: No. The talks do not guarantee membership, but they must start.\n")
    st = SEG.segment(text)
    assert {c.speaker for c in st.claims if not c.is_question and c.role is not SpeakerRole.EDITOR} == {"Valona Pllan"}
    assert len([c for c in st.claims if c.is_question]) == 2


def test_numbered_questions_a_guest_answered_are_an_interview():
    text = ("March 30, 2022\n\nDear Colleague:\n\nWe are pleased to share with you the record of the discussion below.\n\n"
            "Thank you.\n\n* Kim Song answered each of the submitted questions\nTwo colleagues are credited for translation\n\n"
            "1. To what extent does the leader rule alone?\n\n"
            "The system is a one-man dictatorship, and everything is decided by the ruler.\n\n"
            "2. How closely has the country worked with its neighbour? Can you give us an example?\n\n"
            "The two share an old alliance, but each puts its own interests first.\n")
    st = SEG.segment(text)
    assert len([c for c in st.claims if c.is_question]) == 3
    assert {c.role.value for c in st.claims if not c.is_question and c.role is not SpeakerRole.EDITOR} == {"interviewee"}


def test_numbered_q_and_a_glued_to_the_text():
    text = ("The port's interview: everything went wrong\n\n"
            "Q1. What is the union?\nA1. The union was founded in 1979 and grew with the port.\n"
            "Q2.What mistakes did the owners make?\nA2. They ignored the union for ten years.\n"
            "Q3.Is a strike good for the workers?\nA3. Only a settlement is good for them.\n")
    st = SEG.segment(text)
    assert [c.text for c in st.claims if c.is_question] == [
        "What is the union?", "What mistakes did the owners make?", "Is a strike good for the workers?"]


def test_an_excerpt_that_opens_mid_answer_before_a_dash_marked_question():
    text = ("It's important that the administration understands the other side's position. I know there is some "
            "concern about it in the capital as well, and I think it should be welcomed there.\n"
            "We always negotiate better when each side understands what the other is saying, what the motives are and "
            "where the red lines lie, and we should keep that in mind now that the talks have begun in earnest.\n"
            "\u2014 At the talks in the harbour, both sides agreed to a 30-day truce as a way to start peace talks. What "
            "dangers might there be in a truce, and could either side use the pause to rearm its units?\n"
            "First of all, a truce has not been agreed yet. As we know, the mayor said that they agree with it.\n")
    st = SEG.segment(text)
    assert len([c for c in st.claims if c.is_question]) == 1
    assert {c.role.value for c in st.claims if not c.is_question and c.role is not SpeakerRole.EDITOR} == {"interviewee"}


def test_a_section_heading_in_capitals_is_no_author():
    from polisent.segment._principal import is_person_name

    assert not is_person_name("KEY FINDINGS") and not is_person_name("Executive Summary") and is_person_name("John Key")
    text = ("6 MAY 2021\nThe border crisis may end in war or peace, or it may never end.\nARZAN TARAPO\nKEY FINDINGS\n"
            "- The unresolved crisis has created a new strategic reality for the harbour.\n"
            "- This new reality imposes unequal costs on both sides.\n")
    assert "KEY FINDINGS" not in _answer_speakers(text)


def test_an_author_line_with_a_note_and_a_date():
    text = ("The Port and the Union's Policy\n\n\nMarta Fernandes (First published in Harbour Review) 7 November 2023\n\n"
            "The union has been one of the central platforms of the government. It seeks a greater say for the workers.\n\n"
            "The invitation to six new members should be understood within that movement.\n")
    assert _answer_speakers(text) == {"Marta Fernandes"}


def test_names_display_without_an_outlets_plural_possessive_or_capitals():
    from polisent.segment._principal import person_part

    assert person_part("ABC News' Martha Raddatz") == "Martha Raddatz"
    text = ("TRANSCRIPT: Harbour News interview with the mayor\n"
            "Harbour News' Martha Radd interviewed Mayor Jonas Berg on Friday.\n"
            "RADD: Mayor, what happened last night?\n"
            "BERG: The port was closed for six hours, and nobody was hurt.\n"
            "RADD: Will it reopen?\n"
            "BERG: It reopens on Monday.\n")
    asked = {c.speaker for c in SEG.segment(text).claims if c.is_question}
    assert asked == {"Martha Radd"}
    from polisent.segment._principal import principal

    op_ed = "The border crisis\nARZAN TARAPO\n\nThe crisis has created a new strategic reality for the harbour.\n"
    p = principal(op_ed, [(18, 30)], conversation=False)
    assert p is not None and p.name == "Arzan Tarapo"  # a name line in capitals, shown in title case


def test_country_codes_on_one_exchange_are_not_initials_labels():
    text = ("Where the powers stand on the port\n\n"
            "UK: Will the talks resume before the summer, and who will chair them?\n\n"
            "UN: Brussels expects the talks to resume in June, and it will send an envoy to chair them.\n\n"
            "Both sides say the port must reopen. The union is divided.\n")
    st = SEG.segment(text)
    assert not any((c.speaker or "").upper() in ("UK", "UN") for c in st.claims)
    with_people = text.replace("UK:", "AB:").replace("UN:", "CD:")
    assert "cd" in {(c.speaker or "").lower() for c in SEG.segment(with_people).claims if not c.is_question and c.role is not SpeakerRole.EDITOR}


def test_the_one_q_label_of_an_excerpt_that_asks():
    text = ("Economist Francisco Rodrigo is the founder of Oil for the Harbour, a non-profit.\n"
            "Francisco Rodrigo is a renowned economist, now a professor at the Example School. We discuss his "
            "initiative at length in the interview.\n"
            "Q: I want to refer to the Oil for Food programme. It eased the crisis in another country. What lessons "
            "do you draw for the harbour?\n"
            "The programme is very relevant. It shows that trade and relief can go together.\n")
    st = SEG.segment(text)
    assert [c.text for c in st.claims if c.is_question] == ["What lessons do you draw for the harbour?"]
    assert {c.speaker for c in st.claims if not c.is_question and c.role is not SpeakerRole.EDITOR} == {"Francisco Rodrigo"}
