"""Pass 100 (issue 11): a journalist's card inside an interview is furniture, and its name asks (C1); an op-ed's name
line inside a block printed without blank lines is its writer (N1); a host who welcomes and names herself owns the
question that ends her turn (W1); months are no names (M1); a press conference's title names its minister (P1); an
outlet of several words before "host X" names the host (K1); "Well, thanks, Peter." shows who asked (T1); an office
before a label's name is no lead-in's word (A1); "JAI:" is "JoongAng Ilbo:" (J1).

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from _segment_helpers import answer_speakers, claims

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter
from polisent.segment._person_names import is_person_name


def _speakers(text: str) -> dict[str | None, SpeakerRole]:
    return {s.name: s.role for s in RuleSegmenter().segment(text).speakers}


def test_a_journalist_card_between_question_and_answer_is_dropped_and_names_no_guest() -> None:
    text = ("\u201cWe will not be neutral,\u201d says the foreign minister\n\n"
            "In the interview, the minister explains why the bloc backs the neighbouring state.\n\n"
            "Your government says the war must end on the victim's terms. What does that mean?\n\n"
            "Lena Hartwig\n\n"
            "Political correspondent for Austria, Hungary and Slovenia based in Vienna.\n\n"
            "It means no annexation, no imposed neutrality and real guarantees for the future.\n\n"
            "What will the bloc do next?\n\n"
            "More of the same. Arms, sanctions and diplomacy, for as long as it takes.\n")
    texts = [c for _, _, _, c in claims(text)]
    assert not any("correspondent" in c for c in texts)
    assert "Lena Hartwig" not in answer_speakers(text)
    reasons = {s.reason for s in RuleSegmenter().segment(text).segments if s.reason}
    assert "author_bio" in reasons


def test_a_verbless_card_line_alone_is_clutter_but_a_sentence_about_an_editor_is_kept() -> None:
    card = "Opening lines of the column on trade.\n\nSenior International Editor\n\nThe tariffs hurt exporters most.\n"
    assert not any(c == "Senior International Editor" for _, _, _, c in claims(card))
    prose = ("Opening lines of the column on trade.\n\n"
             "Editor for a decade, she has seen three trade wars come and go in that time.\n")
    assert any(c.startswith("Editor for a decade") for _, _, _, c in claims(prose))


def test_an_op_ed_name_line_inside_a_block_without_blank_lines_is_its_writer() -> None:
    text = ("Image: stock photo\n"
            "Tariffs: A Substitute for Policy\n"
            "Marta Kowalczyk\n"
            "Marta Kowalczyk served as trade envoy to the bloc and advises firms on export controls.\n"
            "***\n"
            "In recent years the government has reached for tariffs whenever a partner misbehaves. The habit is "
            "costly, rarely changes behaviour and leaves allies unsure of what comes next in the dispute.\n\n"
            "There are better tools, and they are cheaper.\n")
    assert answer_speakers(text) == {"Marta Kowalczyk"}


def test_a_host_who_welcomes_and_names_herself_asks_the_question_ending_her_turn() -> None:
    text = ("BRANDT: Good morning, everyone. Welcome to today's meeting with Omar Haddad. I'm Clara Brandt, and I'll "
            "be presiding over the discussion today.\n\n"
            "Mr. Haddad has served in the cabinet for a decade, and we are lucky to have him here.\n\n"
            "HADDAD: Thank you very much.\n\n"
            "BRANDT: Welcome. Let us start with the big picture. The region has changed a great deal since the "
            "revolts, and your country has become a central player in it.\n\n"
            "So how does that square with the old strategy of staying out of other people's wars?\n\n"
            "HADDAD: Well, it squares better than you think. We never stayed out; we chose where to stand.\n")
    roles = _speakers(text)
    assert roles.get("Clara Brandt") is SpeakerRole.INTERVIEWER
    assert roles.get("Omar Haddad") is SpeakerRole.INTERVIEWEE


def test_months_and_weekdays_are_no_names() -> None:
    assert not is_person_name("P.M. November")
    assert not is_person_name("Sunday Morning")
    assert is_person_name("April Ryan") and is_person_name("June Kim")


def test_a_press_conference_title_names_the_minister_by_surname() -> None:
    # the title's time glued to the surname, and a date after "A.M." that is no name
    text = ("Press Conference\n\n"
            "Extra Press Conference by the Defense Minister Okada(10:02-10:10 A.M. March 3, 2016 (Japan time))\n\n"
            "Press Conference by the Defense Minister\n"
            "Time & Date: 10:02-10:10 A.M. March 3, 2016 (Japan time)\n"
            "Place: (Ground floor lobby) Harbour Hotel\n"
            "(This is a provisional translation of an announcement by the Defense Minister and the Q&A session at the "
            "subsequent press conference for reference purposes only)\n"
            "The original text is in Japanese.\n\n"
            "1.Announcements\nNone.\n\n"
            "2.Questions and Answers\n\n"
            "Question:\nYou just had lunch with your counterpart. Could you tell us what was discussed?\n\n"
            "Minister: This was the second time we met. She asked me about my impression of the shipyard, which I "
            "toured yesterday. I told her that it has excellent capabilities. We also exchanged views on the situation "
            "at sea and on the summit held a few days ago.\n")
    assert answer_speakers(text) == {"Okada"}


def test_an_outlet_of_several_words_before_host_names_the_journalist() -> None:
    text = ("Full transcript of Prime Minister Ana Ruiz's year-end interview\n\n"
            "Prime Minister Ana Ruiz sat down with North Shore News Network's Power & Politics host Tom Bell for a "
            "year-end interview.\n\n"
            "Tom Bell (TB): Hi Prime Minister.\n\n"
            "Prime Minister Ana Ruiz (PMAR): Hello Tom.\n\n"
            "TB: Great to see you. Thank you for doing this.\n\n"
            "PMAR: No. Glad to. It is a good place for lunch.\n\n"
            "TB: Last time we ate at the market, and I asked you what kept you awake. So this time is different. "
            "What keeps you up at night now?\n\n"
            "PMAR: Honestly, the economy. Families are worried about prices and we have to answer that.\n\n"
            "TB: The trade dispute drags on, though.\n\n"
            "PMAR: We will keep talking to our neighbours, calmly and firmly.\n")
    roles = _speakers(text)
    assert roles.get("Tom Bell") is SpeakerRole.INTERVIEWER
    assert roles.get("Ana Ruiz") is SpeakerRole.INTERVIEWEE


def test_an_answer_that_thanks_the_asker_by_his_first_name_shows_who_asked() -> None:
    text = ("Wednesday, 1 March 2023\n\n"
            "Prof. Peter Lund: Thank you so much, Senator, for that speech. It ranged widely, over democracy, markets "
            "and innovation, and I want to draw on your time as education minister. So what do you think the second "
            "pillar of the pact offers? The real opportunities may lie in research, in industry and in skills, and I "
            "would like your sense of where they are largest and what stands in the way of them today.\n\n"
            "Ana Ruiz: Well, thanks, Peter. I think the two are deeply related, and building the boats needs the same "
            "skills.\n")
    roles = _speakers(text)
    assert roles.get("Peter Lund") is SpeakerRole.INTERVIEWER
    assert roles.get("Ana Ruiz") is SpeakerRole.INTERVIEWEE


def test_an_office_label_seen_once_is_a_turn_though_the_text_writes_the_office_in_lower_case() -> None:
    text = ("What the Island States Want\n\nBy Tom Weiss\n\n"
            "Fiji's ambassador to the United Nations, Dr. Satish Ramlal, is hopeful. I spoke with Ramlal during the "
            "summit.\n\n"
            "Tom Weiss: Everyone speaks of a polycrisis this year. How is it felt on the small islands?\n\n"
            "Ambassador Ramlal: You're absolutely right that the crises interlock, and on the islands we feel all of "
            "them at once, with debt rising fast and the sea rising faster.\n")
    assert answer_speakers(text) == {"Satish Ramlal"}


def test_initials_with_a_capital_inside_a_word_name_the_outlet_and_a_surname_label_the_titled_one() -> None:
    text = ("[INTERVIEW] Envoy: Moves will ease frictions\n\n"
            "The following are excerpts from an interview with the U.S. ambassador, Thomas C. Marsh.\n\n"
            "NorthStar Daily: Last week's talks ended without agreement. Could you tell us why?\n\n"
            "Ambassador Marsh: I think the meeting did end without a formal agreement, but we made a great deal of "
            "progress on the remaining issues.\n\n"
            "NSD: What has the alliance achieved in fifty years? How will it change?\n\n"
            "Marsh: I think first and foremost the alliance has kept the peace, and it will keep doing so.\n")
    cl = claims(text)
    assert {sp for q, sp, _, _ in cl if q} == {"NorthStar Daily"}
    assert answer_speakers(text) == {"Thomas C. Marsh"}


def test_a_first_question_that_hails_the_guest_by_full_name_names_him() -> None:
    text = ("Transcribe your podcast\n[00:00:00]\n\n"
            "Pat Morgan, if you win the majority this Thursday, are you going to express your gratitude to Nigel Hale "
            "for dividing the right so successfully?\n\n[00:00:11]\n\n"
            "I'm assuming nothing about the result on Thursday. Change will only come if people vote for it, and the "
            "polls still differ a great deal.\n\n[00:00:55]\n\n"
            "I understand that is the proper answer. But you are in this position because Nigel Hale split the "
            "Conservatives, aren't you?\n\n[00:01:20]\n\n"
            "We have worked hard for four years to earn it.\n")
    assert answer_speakers(text) == {"Pat Morgan"}


def test_a_title_hailed_in_a_question_is_no_name() -> None:
    # the guard: "Field Marshal, Sir, ..." hails an office, not a person
    text = ("The marshal speaks\n\n"
            "I turned to him and said:\n\n"
            "Q: Field Marshal, Sir, let us start with this report. Are you counting on a serious European position?\n\n"
            "First and foremost, we count on ourselves. Europe has been divided on this for years.\n\n"
            "Q: And the talks?\n\nThey will go on.\n")
    assert "Field Marshal" not in answer_speakers(text)


def test_a_label_over_a_title_that_opens_with_a_number_is_no_turn() -> None:
    text = ("Ana Ruiz: 20 people, 20 questions\n\n"
            "The party leader answers 20 questions from readers on policy and culture.\n\n"
            "1. Tom Bell, farmer\n\n"
            "What will you do to stop the concreting-over of farmland?\n\n"
            "Ana Ruiz: We live in one of the most urbanised nations on the planet, and the pressure on farmers to sell "
            "their land keeps growing. We will protect the best soils in law.\n")
    cl = claims(text)
    assert [c for q, _, _, c in cl if q] == ["What will you do to stop the concreting-over of farmland?"]
    assert answer_speakers(text) == {"Ana Ruiz"}


def test_a_byline_of_three_writers_with_footnote_marks_is_one_speaker() -> None:
    text = ("Still in Paris\n\n"
            "By Ana Ruiz,[1] Tom Bell,[2] and Li Wei[3]\n\n"
            "There is a growing realization among cities and states that climate change is a serious issue, and that "
            "leaving the agreement was a mistake.\n\n"
            "The agreement is necessary for us to come to grips with the problem.\n")
    assert answer_speakers(text) == {"Ana Ruiz, Tom Bell and Li Wei"}


def test_a_transcript_title_in_capitals_names_the_minister_of_a_wrap_up_interview() -> None:
    text = ("TRANSCRIPT OF MINISTER ANA RUIZ'S WRAP-UP INTERVIEW WITH NORDIC MEDIA IN OSLO\n"
            "Q: How would you assess this trip?\n"
            "A: Well, it has been a very good visit, to meet old friends and to strengthen the relationship.\n"
            "Q: And the new government?\n"
            "A: It appears committed to addressing the issues.\n")
    assert answer_speakers(text) == {"Ana Ruiz"}


def test_here_with_me_now_announces_the_guest_after_his_office() -> None:
    text = ("00:00Here with me now is Commerce Secretary Ana Ruiz. Thank you so much for being here. I want to start "
            "with what was agreed on Saturday. What were some of the things they agreed on?\n"
            "00:20Well, first, the team is meeting their counterparts and they are hard at it. There is a lot to "
            "accomplish, and at the end of the day they felt good.\n"
            "00:56Well, the president said there was a total reset. So did something fundamentally change?\n"
            "01:10Yes, I think the tone changed.\n")
    assert answer_speakers(text) == {"Ana Ruiz"}


def test_a_standfirst_that_hands_over_to_the_transcript_keeps_an_office_holder_as_its_speaker() -> None:
    text = ("We Will Deal with the Next Government in Good Faith: Iraqi PM Mustafa Al-Kadhimi\n\n"
            "06 June 2021 | 17:25 Code : 2003031 General category\n\n"
            "In an in-depth interview with four news agencies, Iraq Prime Minister Mustafa al-Kadhimi lays out his views "
            "on a wide range of topics. The full transcript of the interview is provided below.\n\n"
            "I would like to brief you first on the circumstances that led to the formation of this government, which "
            "was not the result of elections but of an exceptional sequence of events.\n\n"
            "There were protests all over the streets that led to the resignation of my predecessor.\n")
    assert answer_speakers(text) == {"Mustafa Al-Kadhimi"}


def test_an_interview_given_by_a_president_to_a_daily_names_him() -> None:
    text = ("Transcript of an interview given by President Omar Haddad to the London-based daily The Harbour\n\n"
            "posted on 20/11/2006\n\n"
            "Q: Two years after the death of your predecessor, one senses an overlap between the two eras. Does it help?\n\n"
            "It is not just a feeling, but a reality. Activity in any society is not undertaken in isolated circles.\n\n"
            "Q: And the reforms?\n\nThey will go on.\n")
    assert answer_speakers(text) == {"Omar Haddad"}
