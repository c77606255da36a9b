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
