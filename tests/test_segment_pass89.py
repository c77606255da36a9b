"""Pass 89 (issue 11): one "Question: ...?" line that asks, answered under a name label seen once ("Ambassador
Ruiz:" alone on its line), is the interviewer's question (rule L1). Before the pass the name label was accepted but
the lone question mark was not, so the question and the standfirst were read as the ambassador's answer.

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter

INTRO = "Ambassador to India Ana Ruiz answered readers' questions on trade and security.\n\n"
ANSWER = ("Ambassador Ruiz:\n\nThank you for that question. I think the history of our ties explains a great deal.\n\n"
          "And it was only in 1991 that India began to open its economy.\n")


def _claims(text: str) -> list[tuple[bool, str | None, SpeakerRole, str]]:
    st = RuleSegmenter().segment(text)
    assert all(text[c.start:c.end] == c.text for c in st.claims)
    return [(c.is_question, c.speaker, c.role, c.text) for c in st.claims]


def test_one_question_mark_answered_under_a_name_label_seen_once() -> None:
    claims = _claims(INTRO + "Question: Why has it taken so long to embrace India as a partner?\n\n" + ANSWER)
    asked = [c for c in claims if c[0]]
    assert [c[3] for c in asked] == ["Why has it taken so long to embrace India as a partner?"]
    assert asked[0][2] is SpeakerRole.INTERVIEWER
    answers = [c for c in claims if c[2] is SpeakerRole.INTERVIEWEE]
    assert [c[3][:14] for c in answers] == ["Thank you for ", "I think the hi", "And it was onl"]
    assert {c[1] for c in answers} == {"Ana Ruiz"}  # the label's surname, named in full by the standfirst
    assert not any(c[1] == "Ana Ruiz" for c in claims if c[3].startswith("Ambassador to India"))  # the standfirst is no answer


def test_a_question_mark_that_does_not_ask_is_not_taken_for_a_question() -> None:
    claims = _claims(INTRO + "Question: The trade talks and the border.\n\n" + ANSWER)
    assert not any(c[0] for c in claims)  # (rule L1 needs a line that asks)


def test_timestamps_alone_on_their_lines_leave_the_claims_plain_text() -> None:
    # a podcast app's transcript: a timestamp over every few words, one sentence running across several
    text = ("0:01\nThe foreign minister said on Monday that\n0:04\nthe talks on the rail corridor would resume\n0:07\n"
            "next month in Geneva. Both sides want\n0:10\nthe money settled first.\n0:13\nThat will take a while.\n")
    st = RuleSegmenter().segment(text)
    joined = [c for c in st.claims if c.text.startswith("The foreign minister")]
    assert joined and "0:04" in joined[0].text  # text stays the exact slice of the document ...
    assert joined[0].plain_text == "The foreign minister said on Monday that the talks on the rail corridor would resume next month in Geneva."
    assert not any(ch.isdigit() for c in st.claims for ch in c.plain_text)  # ... plain_text (what the models read) has no timing


def test_a_byline_whose_first_writer_has_a_generational_suffix_keeps_its_co_authors() -> None:
    body = ("\n\nThe region is closer to a large war than at any time in a generation. If the talks fail, there will be only "
            "losers.\n\nThe sanctions would hurt both sides. The markets would not escape damage either.\n")
    for byline, writers in [("By Jon Hale Jr., Ana Ruiz, and Tom Weiss, The Courier", "Jon Hale Jr., Ana Ruiz and Tom Weiss"),
                            ("By Jon Hale Jr.", "Jon Hale Jr.")]:
        st = RuleSegmenter().segment("An avoidable war\n\n" + byline + body)
        assert {c.speaker for c in st.claims} == {writers}  # (before: "Jon Hale Jr", the co-authors lost)


def test_a_ministry_transcripts_office_mark_with_a_dash_is_the_answers_mark() -> None:
    # "Q. \u2013 ...?" answered by "THE MINISTER \u2013 ...", as a foreign ministry's English transcripts write them (rules D1, D2)
    text = ("Interview given by Ana Ruiz, Minister for Foreign Affairs, to the Courier\n\nParis, 3 May 2016\n\n"
            "Q. \u2013 Does it mean that you have the same interests here in the region?\n\n"
            "THE MINISTER \u2013 I would not say it is a matter of interests. We must think as Europeans.\n\n"
            "Q. \u2013 Can Europe do better on equipment?\n\nTHE MINISTER \u2013 Europe is doing a lot. It may spend its funds better.\n")
    claims = _claims(text)
    assert [c[3] for c in claims if c[0]] == ["Does it mean that you have the same interests here in the region?",
                                              "Can Europe do better on equipment?"]  # (before: "\u2013 Does it ...")
    answers = [c for c in claims if not c[0] and c[2] is SpeakerRole.INTERVIEWEE]
    assert [c[3] for c in answers] == ["I would not say it is a matter of interests.", "We must think as Europeans.",
                                       "Europe is doing a lot.", "It may spend its funds better."]  # (before: "THE MINISTER \u2013 I ...")
    assert {c[1] for c in answers} == {"Ana Ruiz"}


def test_a_capitals_line_with_a_dash_seen_once_is_no_answer_mark() -> None:
    # a dateline in capitals ("PARIS \u2013 ...") or an office written once is text, not a mark
    text = ("Q. \u2013 Does it mean that you have the same interests here in the region?\n\n"
            "THE MINISTER \u2013 I would not say it is a matter of interests.\n\nQ. \u2013 Can Europe do better?\n\n"
            "Europe is doing a lot.\n")
    assert any(c[3].startswith("THE MINISTER") for c in _claims(text))


STANDFIRST = ("On a visit to Berlin, the Courier spoke with Foreign Minister Ana Ruiz about the transition in the "
              "neighbouring country and her government's part in it.\n\n")


def test_one_labelled_exchange_whose_prompt_is_no_question_then_bare_questions() -> None:
    # the outlet's first prompt is a statement, the guest answers under her name once, the later questions stand bare
    text = (STANDFIRST + "Courier: A summit was held in the capital last week to discuss the transition.\n\n"
            "Ana Ruiz: The transition has been hard, but the region stood together and the talks went well.\n\n"
            "What is the support group doing now?\n\nIt helps the interim government keep to its timetable. The money comes next.\n\n"
            "Will there be elections this year?\n\nNot this year. The register has to be rebuilt first.\n")
    claims = _claims(text)
    assert [c[3] for c in claims if c[0]] == ["What is the support group doing now?", "Will there be elections this year?"]
    assert all(c[2] is SpeakerRole.INTERVIEWER and c[1] is None for c in claims if c[0])  # (before: Ana Ruiz's, role unknown)
    answers = [c for c in claims if c[3].startswith(("The transition", "It helps", "Not this year"))]
    assert len(answers) == 3 and all(c[1] == "Ana Ruiz" and c[2] is SpeakerRole.INTERVIEWEE for c in answers)


def test_a_labelled_speakers_lone_rhetorical_question_stays_his() -> None:
    text = (STANDFIRST + "Ana Ruiz: The transition has been hard, but the region stood together and the talks went well.\n\n"
            "What is the alternative?\n\nThere is none. We keep to the timetable and the money comes next.\n")
    assert not any(c[2] is SpeakerRole.INTERVIEWER for c in _claims(text))  # one bare question: no exchange (rule X2)


def test_a_name_colon_headline_over_the_standfirst_is_the_title() -> None:
    # "Ana Ruiz: <headline>" as the page's first line, then a standfirst that speaks of her (rule T2)
    body = ("Ana Ruiz, a former UN envoy to Mali, spoke to The Courier about the junta, Russia and the region's future.\n\n"
            "The Courier: Has France lost the Sahel?\n\nAna Ruiz: France lost the argument long before it lost the bases. "
            "The juntas sold sovereignty.\n\nWhat role does Russia play now?\n\nMoscow offers regime security, not development.\n")
    st = RuleSegmenter().segment("Ana Ruiz: The Sahel needs more than soldiers\n\nBy Tom Weiss\n\n" + body)
    first = st.segments[0]
    assert first.kind.value == "heading" and first.text.startswith("Ana Ruiz: The Sahel")
    standfirst = [c for c in st.claims if c.text.startswith("Ana Ruiz, a former")]
    assert standfirst and standfirst[0].role is SpeakerRole.EDITOR and standfirst[0].speaker is None  # (before: her answer)
    assert {c.speaker for c in st.claims if c.role is SpeakerRole.INTERVIEWEE} == {"Ana Ruiz"}


def test_a_first_turn_that_talks_is_no_title() -> None:
    text = ("Ana Ruiz: France lost the argument long before it lost the bases. The juntas sold sovereignty.\n\n"
            "Ana Ruiz, a former envoy, said Paris had no answer.\n\nWhat role does Russia play now?\n\n"
            "Ana Ruiz: Moscow offers regime security, not development.\n")
    st = RuleSegmenter().segment(text)
    assert st.segments[0].kind.value != "heading"  # two sentences on the line: talk, not a headline


def test_bold_questions_and_one_labelled_answer_are_an_interview() -> None:
    # an HTML page's bold questions (as the extractor writes them) and the guest's name on her first answer only (rule B1)
    text = ("Ana Ruiz, a former UN envoy to Mali, spoke to The Courier about the junta and Russia.\n\n"
            "**The Courier: Has France lost the Sahel?**\n\nAna Ruiz: France lost the argument long before it lost the "
            "bases. The juntas sold sovereignty.\n\n**What role does Russia play now?**\n\nMoscow offers regime security, "
            "not development. That bargain will sour.\n")
    answers = [c for c in _claims(text) if not c[0] and not c[3].startswith("Ana Ruiz, a former")]
    assert [c[3][:12] for c in answers] == ["France lost ", "The juntas s", "Moscow offer", "That bargain"]
    assert {(c[1], c[2]) for c in answers} == {("Ana Ruiz", SpeakerRole.INTERVIEWEE)}  # (before: unknown, then unnamed)


def test_a_full_name_label_once_under_a_bold_question_is_a_turn() -> None:
    # rule L2: the label is a turn, so "Ana Ruiz:" is no part of her claim
    text = ("Ana Ruiz, a former UN envoy to Mali, spoke to The Courier about the junta and Russia.\n\n"
            "**Has France lost the Sahel?**\n\nAna Ruiz: France lost the argument long before it lost the bases.\n\n"
            "**What role does Russia play now?**\n\nMoscow offers regime security, not development.\n")
    claims = _claims(text)
    assert "France lost the argument long before it lost the bases." in [c[3] for c in claims]  # (before: "Ana Ruiz: France ...")
    assert not any(c[3].startswith("Ana Ruiz:") for c in claims)


def test_a_clocks_time_zone_is_no_part_of_the_first_inline_label() -> None:
    # a briefing whose turns a page ran into one line, the first label right after the clock (rule T3)
    text = ("Daily Briefing, May 2 12:46 p.m. EST MS RUIZ: Good afternoon, everyone. QUESTION: Good afternoon. "
            "MS RUIZ: I have nothing to start with. QUESTION: What about the talks in Geneva? "
            "MS RUIZ: They go on tomorrow. We expect progress.\n")
    speakers = {c[1] for c in _claims(text) if c[2] is SpeakerRole.INTERVIEWEE}
    assert speakers == {"Ruiz"}  # (before: "Est Ms Ruiz"; "Ms Ruiz" until pass 121 took the honorific off)


def test_a_flattened_subtitle_tables_time_pairs_are_timing_lines() -> None:
    # each cue's text above its from and to times run together, under the table's header run together (rule S1)
    text = ("Ana Ruiz, former envoy HARDtalk\n\nTranscript\n\nLineFromTo\n\nThe talks on the corridor have stalled\n\n"
            ":00:00.:00:04.\n\nfor a third month in a row.\n\n:00:05.:00:08.\n\nWhy did they fail?\n\n:00:09.:00:10.\n\n"
            "Because neither side wanted a deal.\n\n:00:11.:00:14.\n")
    st = RuleSegmenter().segment(text)
    assert ("timestamp", "LineFromTo") in [(s.reason, s.text) for s in st.segments]
    plain = [c.plain_text for c in st.claims]
    assert "The talks on the corridor have stalled for a third month in a row." in plain  # one sentence across cues
    assert not any(":00:" in p for p in plain)  # (before: every time pair a claim of its own)
