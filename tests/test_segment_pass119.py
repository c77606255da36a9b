"""Pass 119 (issue 11): user files in formats the corpus lacks.

- M1: a statement's one label, an office or a style of address before the surname ("Mr. Berg:", "Ambassador Berg:",
  "MR. BERG:") opening running speech, names its speaker, as a full name did (the label had been kept in the first
  claim and the speaker left unnamed).
- Q2: "Q (Sarah Miles):" / "A (Omar Haddad):" are the turns of the people they name (the answers had no speaker).
- T1: a transcription service's label with a dash or a bar before the time ("Anna Berg - 00:05"), or a meeting or chat
  transcript's clock time ("Anna Berg  10:02 AM"), is a turn label (the labels had been kept inside the claims).
- V1: a sentence cut across subtitle cues, each cue under the speaker's name ("Tom Weiss: ... and the mediators are" /
  "Tom Weiss: running out of patience ...", as video calls write WebVTT), is one claim again; the repeated name is
  blanked where the models read the claim, and neither it nor a voice tag inside a claim is an actor mention.
- H1: a parliament's record, the party after the seat ("Mrs Kemi Badenoch (North West Essex) (Con):"), is a turn label.
- E1: numbered questions on a page that says above them it is an interview ("Interview: ...") are the interviewer's,
  their answers the interviewee's, not an explainer's own questions and the author's answers.

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

import pytest

from polisent.actors import RegistryLinker
from polisent.segment import RuleSegmenter

_GRAIN = ("Press briefing on the grain deal\n\n{label} Good afternoon. I want to start with the grain corridor. Russia's "
          "withdrawal from the deal has pushed up prices across Africa and the Middle East. We call on Moscow to return to "
          "the agreement.\n")


@pytest.mark.parametrize("label", ["Mr. Berg:", "Ambassador Berg:", "MR. BERG:"])
def test_a_statements_one_office_or_style_label_names_its_speaker(label: str) -> None:
    st = RuleSegmenter().segment(_GRAIN.format(label=label))
    assert {c.speaker for c in st.claims} == {"Berg"}
    assert not any("Berg" in c.text or "BERG" in c.text for c in st.claims)


def test_a_label_in_a_headline_over_a_report_is_no_statement() -> None:
    text = ("Mr. Berg: the quiet envoy\n\nThe envoy arrived in Kyiv on Monday. He met the foreign minister and "
            "discussed the grain corridor. Officials said the talks would resume next week.\n")
    st = RuleSegmenter().segment(text)
    assert all(c.speaker != "Berg" for c in st.claims)


def test_q_and_a_labels_that_name_their_people() -> None:
    text = ("Interview: the minister on trade\n\nQ (Sarah Miles): Minister, thank you for joining us. What do you "
            "expect from the summit?\n\nA (Omar Haddad): A clear commitment on tariffs. The Gulf states have waited long "
            "enough.\n\nQ (Sarah Miles): Will you meet the Iranian delegation?\n\nA (Omar Haddad): Yes, we will. Dialogue "
            "with Tehran is necessary.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims if c.is_question} == {"Sarah Miles"}
    assert {c.speaker for c in st.claims if not c.is_question} == {"Omar Haddad"}
    assert not any("(" in c.text for c in st.claims)


def test_q_and_a_labels_with_an_outlet_in_brackets_stay_q_and_a() -> None:
    text = ("Q (CNN): What do you expect from the summit?\n\nA: A clear commitment on tariffs. The Gulf states have "
            "waited long enough.\n\nQ (CNN): Will you meet the Iranian delegation?\n\nA: Yes, we will.\n")
    st = RuleSegmenter().segment(text)
    assert [c.is_question for c in st.claims][:2] == [True, False]
    assert all(c.speaker is None for c in st.claims)


@pytest.mark.parametrize("sep", [" - ", " | ", "  "])
@pytest.mark.parametrize("times", [("00:05", "00:21", "01:02", "01:10"), ("10:02 AM", "10:03 AM", "10:05 AM", "10:06 AM")])
def test_timed_labels_with_a_dash_a_bar_or_a_clock_time(sep: str, times: tuple[str, ...]) -> None:
    a, b, c, d = times
    text = (f"Anna Berg{sep}{a}\nWelcome. Today I am joined by Colonel Idris Musa. Colonel, how bad is it in Mali?\n\n"
            f"Idris Musa{sep}{b}\nIt is very serious. The juntas have pushed out the French troops.\n\n"
            f"Anna Berg{sep}{c}\nWhat should Europe do now?\n\nIdris Musa{sep}{d}\nEurope should work with ECOWAS.\n")
    st = RuleSegmenter().segment(text)
    assert {cl.speaker for cl in st.claims if not cl.is_question} == {"Idris Musa"}
    assert {cl.speaker for cl in st.claims if cl.is_question} == {"Anna Berg"}
    assert not any(":" in cl.text for cl in st.claims)


_VTT = ("WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.500\n{a}Welcome to the show. Our guest is the former envoy Tom Weiss.\n\n"
        "2\n00:00:04.500 --> 00:00:09.000\n{a}Tom, will the ceasefire in Gaza hold?\n\n"
        "3\n00:00:09.000 --> 00:00:15.000\n{b}I fear it will not. Neither side has what it needs to keep it, and the "
        "mediators are\n\n4\n00:00:15.000 --> 00:00:19.000\n{b}running out of patience with both of them.\n")


def test_a_sentence_cut_across_named_cues_is_one_claim() -> None:
    text = _VTT.format(a="Anna Berg: ", b="Tom Weiss: ")
    st = RuleSegmenter().segment(text)
    last = st.claims[-1]
    assert last.speaker == "Tom Weiss" and last.text.startswith("Neither side") and last.text.endswith("both of them.")
    assert last.plain_text == ("Neither side has what it needs to keep it, and the mediators are running out of patience "
                               "with both of them.")


def test_a_cue_that_ends_its_sentence_starts_a_new_claim() -> None:
    text = _VTT.format(a="Anna Berg: ", b="Tom Weiss: ").replace("mediators are\n", "mediators are tired.\n")
    st = RuleSegmenter().segment(text)
    assert st.claims[-1].text == "running out of patience with both of them."


@pytest.mark.parametrize("a,b", [("Anna Berg: ", "Tom Weiss: "), ("<v Anna Berg>", "<v Tom Weiss>")])
def test_a_speakers_name_inside_a_claim_cut_across_cues_is_no_mention(a: str, b: str) -> None:
    text = _VTT.format(a=a, b=b)
    st = RuleSegmenter().segment(text)
    last = len(st.claims) - 1
    mentions = RegistryLinker().link(text, st)
    assert not any(m.claim_index == last and "Weiss" in m.text for m in mentions)


def test_a_parliaments_label_with_seat_and_party() -> None:
    text = ("Oral answers to questions: Ukraine\n\nThe Prime Minister (Keir Starmer): I thank my honourable friend for her "
            "question. We stand with Ukraine, and we will keep our support for as long as it takes.\n\n"
            "Mrs Kemi Badenoch (North West Essex) (Con): Will the Prime Minister confirm that the funding is secure?\n\n"
            "The Prime Minister: Yes, I can confirm that. The funding is secure.\n")
    st = RuleSegmenter().segment(text)
    asked = [c for c in st.claims if c.is_question]
    assert [c.speaker for c in asked] == ["Kemi Badenoch"] and asked[0].text.startswith("Will the Prime Minister")
    assert {c.speaker for c in st.claims if not c.is_question} == {"Keir Starmer"}


_NUMBERED = ("1. What is at stake in the Taiwan Strait?\nA great deal. If Beijing moves against Taiwan, the order in Asia "
             "changes and allies will lose faith.\n\n2. Is a blockade more likely than an invasion?\nI think so. A blockade "
             "is cheaper, and it gives Beijing a way to back down.\n\n3. What should Japan do?\nJapan should keep building "
             "its defences and keep talking to Beijing at the same time.\n")


def test_numbered_questions_under_an_interview_title_are_the_interviewers() -> None:
    st = RuleSegmenter().segment("Interview: Tom Weiss on Asia\n\n" + _NUMBERED)
    answers = [c for c in st.claims if not c.is_question]
    assert {c.role.value for c in answers} == {"interviewee"} and {c.speaker for c in answers} == {"Tom Weiss"}


def test_numbered_questions_of_an_explainer_stay_the_authors() -> None:
    st = RuleSegmenter().segment(_NUMBERED)  # (its answers say "talking to": no word of an interview above the questions)
    assert {c.role.value for c in st.claims if not c.is_question} == {"author"}


def test_a_un_records_label_with_the_language_spoken() -> None:
    text = ("The situation in the Middle East\n\nThe President: I now give the floor to the representative of the Russian "
            "Federation.\n\nMr. Nebenzia (Russian Federation) (spoke in Russian): We are deeply concerned by the "
            "escalation. The strikes on civilian infrastructure must stop.\n\nThe President: I thank the representative "
            "of the Russian Federation.\n\nMs. Rao (India): India supports a ceasefire. Aid must reach the people of Gaza.\n")
    st = RuleSegmenter().segment(text)
    concerned = next(c for c in st.claims if c.text.startswith("We are deeply concerned"))
    assert concerned.speaker == "Nebenzia"
    assert not any("spoke in" in c.text for c in st.claims)


_HEARING = ("HEARING ON THE FUTURE OF NATO\n\nChairman MCCAUL. The committee will come to order. We meet today to discuss "
            "the future of the alliance.\n\nAmbassador SMITH. Thank you, Mr. Chairman. NATO is stronger today than at any "
            "time since the Cold War.\n\nChairman MCCAUL. Is the alliance ready for a long war?\n\nAmbassador SMITH. It is "
            "getting there. Our industries must produce more ammunition.\n")


def test_a_printed_hearings_labels_in_capitals_with_a_full_stop() -> None:
    st = RuleSegmenter().segment(_HEARING)
    assert {c.speaker for c in st.claims if not c.is_question} == {"Smith"}
    assert [c.text for c in st.claims if c.is_question] == ["Is the alliance ready for a long war?"]
    assert not any("SMITH" in c.text or "MCCAUL" in c.text for c in st.claims)


def test_a_line_that_opens_on_a_word_in_capitals_is_no_hearing_label() -> None:
    text = ("Ask NATO. The alliance has answers for those who doubt it.\n\nJoin CNN. Our reporters are in Kyiv and in "
            "Moscow.\n\nThe talks resumed on Monday in Geneva. Officials said progress was slow.\n")
    st = RuleSegmenter().segment(text)
    assert all(c.speaker is None for c in st.claims)


def test_a_flattened_cue_line_keeps_its_words_where_the_models_read_it() -> None:
    from polisent.segment._markup import scoring_text

    claim = "A Forum Discussion 00:00:11.000 --> 00:00:14.000 So today we have two speakers here joining us."
    assert scoring_text(claim).split() == "A Forum Discussion So today we have two speakers here joining us.".split()
    claim = "00:00:08.000 --> 00:00:11.000 The war on Ukraine has changed Europe."
    assert scoring_text(claim).split() == "The war on Ukraine has changed Europe.".split()
    timing = "1\n00:00:01.000 --> 00:00:04.500 align:start position:10%\nIt is a violation."
    assert scoring_text(timing).split() == ["It", "is", "a", "violation."]


_PRINTED = ("                 THE FUTURE OF THE ALLIANCE\n\n    The committee met, pursuant to notice, at 10:02 a.m.\n\n"
            "    The Chairman. The committee will come to order. We thank our \nwitnesses for being here today.\n"
            "    Senator Lind. Thank you, Mr. Chairman. The war has reminded us \nwhy the alliance matters.\n"
            "    Mr. Halvorsen. Thank you, Mr. Chairman. The alliance remains \nstrong, but some allies spend too little.\n"
            "    Senator Lind. Is Turkey still a reliable ally?\n"
            "    Mr. Halvorsen. Turkey is a difficult ally. It has blocked the \nalliance on several occasions.\n")


def test_a_printed_hearings_indented_labels_in_mixed_case() -> None:
    st = RuleSegmenter().segment(_PRINTED)
    assert [c.text for c in st.claims if c.is_question] == ["Is Turkey still a reliable ally?"]
    witness = [c for c in st.claims if c.speaker == "Halvorsen"]
    assert len(witness) >= 4 and not any("Halvorsen" in c.text or "Senator Lind." in c.text for c in st.claims)


def test_an_unindented_line_that_opens_on_an_office_and_a_name_is_no_label() -> None:
    text = ("The envoy's week\n\nSenator Lind. The name still opens doors in Oslo, where she served for a decade. She "
            "returned this week to talk about the alliance.\n\nOfficials said the talks would resume next week.\n")
    st = RuleSegmenter().segment(text)
    assert all(c.speaker != "Lind" for c in st.claims)


_OPED = ("Europe can defend Ukraine on its own\n\nEurope has enough money and weapons to keep Ukraine in the fight, even "
         "without American support. The European Union, Britain and Norway can guarantee its security.\n\nBRUSSELS - The "
         "divide between the two sides of the Atlantic is now wider than at any point since the war. It is up to Europe to "
         "stand up for the rule of law, and that means defending Ukraine.\n")


def test_an_op_eds_writer_named_only_by_its_address() -> None:
    url = "https://www.example-syndicate.org/commentary/europe-can-defend-ukraine-by-anna-berg-2025-03"
    st = RuleSegmenter().segment(_OPED, url=url)
    assert {(c.speaker, c.role.value) for c in st.claims} == {("Anna Berg", "author")}


@pytest.mark.parametrize("url", ["https://x.com/news/village-hit-by-russian-drone-strike", "https://x.com/ukraine-by-the-numbers",
                                 "https://x.com/by-anna-berg/"])
def test_an_address_that_names_no_writer_after_by(url: str) -> None:
    st = RuleSegmenter().segment(_OPED, url=url)
    assert {c.speaker for c in st.claims} == {None}


def test_a_speech_named_by_its_address_office_and_surname() -> None:
    text = ("Thank you for the invitation to join you today. Europeans and Africans need to understand each other "
            "better.\n\nThat is why a dialogue like this one is very important. We are engaging with Europe to take the "
            "relationship to a higher level.\n")
    st = RuleSegmenter().segment(text, url="https://example.org/europe-africa-remarks-by-president-ruiz-kigali-2-december-2020/")
    assert {c.speaker for c in st.claims} == {"Ruiz"}


def test_the_person_a_standfirst_says_was_asked_answers() -> None:
    text = ("'Are They Not Stalled?': Reporter Presses Foreign Ministry Spokesperson For Update On Ceasefire Deal\n\n"
            "  \u2022 last month\nDuring a Foreign Ministry press briefing, Spokesperson Anna Berg was asked to provide an "
            "update on ceasefire negotiations.\n\nFuel your success with Example News. Gain unlimited access to premium "
            "journalism, including breaking news and daily digests.\n\nStay Connected\nExample News on Facebook: "
            "http://fb.com/examplenews\nTranscript\n00:00And on prospects for a ceasefire deal, which this ministry has been "
            "stressing is a crucial step\n00:05it appears notable that the talks in Cairo were hours long.\n00:13Isn't that "
            "an indication that there's nowhere to go right now?\n00:24Are they not stalled?\n00:25So I wouldn't characterize "
            "them as stalled.\n00:27I would characterize them the way we have said before.\n00:31That agreement still stands.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims if c.text.startswith(("So I", "That agreement"))} == {"Anna Berg"}


def test_a_speech_title_with_its_name_before_a_spaced_hyphen() -> None:
    text = ("Sorbonne speech of Anna Berg - Full text / English version / 26 September 2017\n"
            "Ministers, Members of Parliament, Ladies and gentlemen,\nI have come to talk to you about Europe. I will not "
            "stop talking about it, because this is where our battle lies.\nWe have all got used to not saying what we "
            "think. Experience shows that this gets us nowhere.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims} == {"Anna Berg"}


def test_a_minister_welcomed_by_his_hosts_in_his_opening_remarks_is_no_host() -> None:
    text = ("Press Conference by Foreign Minister Anna Berg\n\nOpening Remarks\nMs. Anna Berg, Minister for Foreign "
            "Affairs: This morning, after being welcomed by the Prime Minister of Viet Nam, I attended the opening session "
            "of the forum. In the afternoon, I met officials from Myanmar and Cambodia. That is all from me.\n"
            "Question-and-Answer Session\nReporter: Regarding your meeting with the State Counsellor, did she refer to the "
            "refugees?\nMinister Berg: I raised various issues, including the United Nations and the independent commission "
            "of inquiry. I asked for cooperation on the return of the refugees, and I hope this leads to specific steps.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims if c.is_question} == {"Reporter"}
    assert {c.speaker for c in st.claims if not c.is_question} == {"Anna Berg"}


def test_an_op_eds_narrated_question_keeps_it_the_writers() -> None:
    text = ("Hither and Yon\n\nTalking peace has paid off for the talkers, but not for peace\n\nApril 27, 2017\nSpecial to "
            "Example Tribune\n\nBy Anna Berg\n\nAn interviewer for a radio station in Boston, winding up one of those Q&A\u2019s "
            "to which journalists are subjected, asked, What would you do to resolve the \u201cproblem?\u201d\n\n"
            "I answered, \u201cI have no solution, no idea, no clue.\u201d While that response might seem like ignorance, I have "
            "yet to read any column by anyone else who has the answer either.\n\nOh yes, the consensus among the commentariat "
            "is that we need to engage in \u201cdialogue.\u201d Everyone from the think tanks to the former envoys says so.\n\n"
            "Any number of progressives say that dialogue is needed. A professor once told me that he knew I was against "
            "negotiations.\n")
    st = RuleSegmenter().segment(text)
    assert {(c.speaker, c.role.value) for c in st.claims} == {("Anna Berg", "author")}


def test_a_peers_label_in_the_lords_record() -> None:
    text = ("Ukraine: Humanitarian Support\nQuestion\n\nBaroness Berg of Basildon (Lab): To ask His Majesty's Government "
            "what further support they will provide to Ukraine this winter.\n\nLord Weiss of Wimbledon (Con): My Lords, the "
            "United Kingdom has provided more than 400 million pounds of support. We will continue to stand with the "
            "Ukrainian people.\n\nBaroness Berg of Basildon (Lab): My Lords, I thank the Minister. Will he confirm that this "
            "funding will be sustained next year?\n\nLord Weiss of Wimbledon (Con): My Lords, I can confirm that our support "
            "will continue.\n")
    st = RuleSegmenter().segment(text)
    assert [c.text for c in st.claims if c.is_question] == ["Will he confirm that this funding will be sustained next year?"]
    assert all(c.speaker.startswith("Lord Weiss") for c in st.claims if not c.is_question)
    assert not any("(Con)" in c.text or "(Lab)" in c.text for c in st.claims)


def test_a_union_offices_long_title_in_the_european_parliaments_record() -> None:
    text = ("Situation in the Middle East (debate)\n\nPresident. \u2013 The next item is the statements on the Middle East.\n\n"
            "Anna Berg, Vice-President of the Commission / High Representative of the Union for Foreign Affairs and Security "
            "Policy. \u2013 Madam President, honourable Members, the situation in Gaza is catastrophic. We need a humanitarian "
            "pause now.\n\nTom Weiss, on behalf of the PPE Group. \u2013 Madam President, the High Representative is right. "
            "The hostages must be released.\n")
    st = RuleSegmenter().segment(text)
    assert [c.speaker for c in st.claims if c.text.startswith("Madam President, honourable")] == ["Anna Berg"]
    assert not any("Vice-President of the Commission" in c.text for c in st.claims)


def test_a_senators_label_with_seat_office_and_time() -> None:
    text = ("QUESTIONS WITHOUT NOTICE\nChina\n\nSenator WEISS (South Australia\u2014Leader of the Opposition in the Senate) "
            "(14:05): My question is to the Minister for Foreign Affairs. Will the minister raise the detention of "
            "Australians when she meets her counterpart?\n\nSenator BERG (South Australia\u2014Minister for Foreign Affairs) "
            "(14:06): I thank the senator for his question. I have raised these cases at every opportunity, and I will do "
            "so again.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims if not c.is_question} == {"Berg"}
    assert not any("(14:0" in c.text for c in st.claims)


def test_an_office_label_in_capitals_whose_brackets_name_the_holder() -> None:
    text = ("Situation in West Asia\n\nSHRI TOM WEISS: Sir, I would like to ask the hon. Minister what steps the Government "
            "has taken to evacuate Indian nationals?\n\nTHE MINISTER OF EXTERNAL AFFAIRS (DR. A. BERG): Sir, we brought more "
            "than four thousand Indian nationals home. We remain in close touch with all the parties.\n\nSHRI TOM WEISS: Sir, "
            "what is the Government's position on the strikes?\n\nDR. A. BERG: Sir, we have urged restraint and dialogue.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims if not c.is_question} == {"A. Berg"}


@pytest.mark.parametrize("asker,answerer", [("I", "R"), ("INT", "RESP"), ("Int", "Resp")])
def test_a_research_interviews_interviewer_and_respondent_marks(asker: str, answerer: str) -> None:
    text = (f"Interview 7, former diplomat, Brussels\n\n{asker}: Thank you for talking to me. How did the policy on Russia "
            f"change after 2014?\n\n{answerer}: It changed slowly. Many member states still believed that trade would "
            f"moderate Moscow.\n\n{asker}: Which member states resisted the change?\n\n{answerer}: Hungary, and for a long "
            f"time Germany and Italy.\n")
    st = RuleSegmenter().segment(text)
    assert [c.text for c in st.claims if c.is_question] == ["How did the policy on Russia change after 2014?",
                                                           "Which member states resisted the change?"]
    assert {(c.speaker, c.role.value) for c in st.claims if not c.is_question} == {(None, "interviewee")}


def test_dotted_q_and_a_marks_run_together_in_one_paragraph() -> None:
    text = ("Q. Why did the talks fail? A. Because neither side wanted a deal. The generals believed they could win on the "
            "battlefield. Q. What happens now? A. More fighting, I am afraid, and more refugees crossing into Chad.\n")
    st = RuleSegmenter().segment(text)
    assert [c.text for c in st.claims if c.is_question] == ["Why did the talks fail?", "What happens now?"]
    assert all(c.role.value == "interviewee" and not c.text.startswith("A.") for c in st.claims if not c.is_question)


def test_an_honorific_before_a_hyphenated_surname_is_no_part_of_the_name() -> None:
    text = ("The President: I give the floor to the representative of Russia.\n\nMr. Nebenzia (Russian Federation): We are "
            "concerned by the escalation in the region.\n\nThe President: I give the floor to the next speaker.\n\n"
            "Ms. Berg-Weiss (United States of America): The United States supports a durable ceasefire.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims if c.text.startswith("The United States")} == {"Berg-Weiss"}
