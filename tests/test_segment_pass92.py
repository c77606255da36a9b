"""Pass 92 (issue 11): a column's name over its title (R1), "X talked to <outlet>" over labelled turns (H4), a
parliamentary style of address in a label (L2), a short form closing a label's job (L3), a label word run into a name
(N1), "he speaks to X" (G1), a journalist after "interview with" (P7) and "X, in an exclusive interview with" (C1).

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from _segment_helpers import answer_speakers as _answer_speakers
from _segment_helpers import claims as _claims

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter


def test_a_columns_name_over_its_title_is_no_expert() -> None:
    text = ("Harbour politics\nOpinion\nMarta Lindqvist\n\n"
            "Shades Off | Why I still write about the port, whatever happens next\n\n"
            "I have been asked why I keep writing this column when the council no longer reads it. "
            "The answer is simple: the port belongs to everyone who lives beside it.\n\n"
            "The new rules on the harbour board are vague, and vague rules invite abuse.\n")
    st = RuleSegmenter().segment(text)
    assert {s.name for s in st.speakers} == {"Marta Lindqvist"}


def test_a_column_bar_keeps_an_experts_job_after_it() -> None:
    text = ("Experts react to the harbour vote\n\n"
            "Ana Ruiz | Senior fellow at the Nordic Policy Institute\n\n"
            "The vote was closer than the council expected. It will be contested in court.\n\n"
            "Tom Weiss | Professor of law at Lund University\n\n"
            "The court will probably side with the council. Appeals rarely succeed in such cases.\n")
    assert _answer_speakers(text) == {"Ana Ruiz", "Tom Weiss"}


LABELLED = ("Home minister Jonas Varga has said the border talks will not succeed without outside pressure.\n\n"
            "Jonas Varga talked to Harbour Daily in detail at his office on Thursday evening.\n\n"
            "Here is the full text of the interview:\n\n"
            "Harbour Daily (HD): How was your visit to the border?\n\n"
            "Jonas Varga (JV): During the meeting, I noticed they call the refugees migrants. Are all of them "
            "migrants? We said clearly that they are not. The people of the valley have a long history there.\n\n"
            "HD: Will they take them back?\n\n"
            "JV: They promised to, but promises are cheap. We will see in the spring.\n")


def test_the_one_who_talked_to_an_outlet_answers_its_labelled_questions() -> None:
    claims = _claims(LABELLED)
    asked = {sp for q, sp, role, _ in claims if role is SpeakerRole.INTERVIEWER}
    answered = {sp for q, sp, role, _ in claims if role is SpeakerRole.INTERVIEWEE}
    assert asked == {"Harbour Daily"} and answered == {"Jonas Varga"}
    assert any(text.startswith("We said clearly") for _, sp, _, text in claims if sp == "Jonas Varga")


def test_a_hosts_talk_with_a_guest_still_names_the_host() -> None:
    text = ("The Harbour Hour's host Lena Berg spoke with Omar Haddad, editor of the Port Gazette, who joined from Oslo.\n\n"
            "Lena Berg: Omar, what happened in the port this week?\n\n"
            "Omar Haddad: The workers walked out on Monday. Nobody expected it.\n\n"
            "Lena Berg: Will they go back?\n\n"
            "Omar Haddad: Not before the council meets them.\n")
    claims = _claims(text)
    assert {sp for q, sp, role, _ in claims if role is SpeakerRole.INTERVIEWEE} == {"Omar Haddad"}


def test_a_parliamentary_style_and_a_short_form_after_the_job_name_the_turns() -> None:
    text = ("Interview with the Prime Minister\n\n"
            "Island Reports (IR): What are the results of your first year in office?\n\n"
            "The Most Honourable Daniel Marsh Holloway, Prime Minister (PM): There are many results. Stability matters most.\n\n"
            "IR: Why should an investor come to the island now?\n\n"
            "PM: The island has a stable currency and a skilled workforce.\n")
    claims = _claims(text)
    answered = [(sp, t) for q, sp, role, t in claims if role is SpeakerRole.INTERVIEWEE]
    assert {sp for sp, _ in answered} == {"Daniel Marsh Holloway"}
    assert any(t.startswith("The island has a stable currency") for _, t in answered)
    assert {sp for q, sp, role, _ in claims if role is SpeakerRole.INTERVIEWER} == {"Island Reports"}


def test_a_turn_label_run_into_the_name_before_it_is_no_part_of_the_name() -> None:
    text = ("Harbour Daily Monday March 26, 2018\n\n"
            "8 Monday, March 26 2018 | FEATURE An interview with Valley President Tomas Arvidsson Question: Do you still "
            "speak to the former president? Answer: We spoke just before he left for the coast. He wanted to go, and I "
            "said he was welcome. Question: Will he come back? Answer: I think he will, in the spring.\n")
    assert not any(sp and sp.endswith("Question") for _, sp, _, _ in _claims(text))


def test_she_speaks_to_a_journalist_names_the_one_who_speaks() -> None:
    text = ("Ana Ruiz, a key architect of the harbour authority's port reform under two successive governments, served "
            "on the harbour board in 2019-22. Author of a book on the reform, she speaks to Tom Weiss on the port and the "
            "unions. Edited excerpts:\n\n"
            "How do you view the strike?\n\n"
            "First, the strike was expected. The unions had warned the board for months.\n\n"
            "What will the council do next?\n\n"
            "It will negotiate, because it has no other choice.\n")
    assert _answer_speakers(text) == {"Ana Ruiz"}


def test_a_correspondent_after_interview_with_asks() -> None:
    text = ("President Daniel Holloway, in an exclusive interview with Harbour TV's chief diplomatic correspondent Tom "
            "Weiss in Perth, said that the island will always put its neighbours' security first.\n\n"
            "Here is the full transcript of the interview:\n\n"
            "Q: How do you see the relationship with your neighbours?\n\n"
            "A: The relationship is improving and we are looking at closer economic ties.\n\n"
            "Q: What about the port deal?\n\n"
            "A: The port deal will be signed next year.\n")
    assert _answer_speakers(text) == {"Daniel Holloway"}
