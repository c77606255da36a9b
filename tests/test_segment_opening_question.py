"""An excerpt that opens with the interviewer's question, no title above it (a text written for
the project)."""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter

_OPENS_ASKING = (
    "How do you judge the state of the Baltic grid after the cable cuts?\n"
    "It is better than two years ago. We doubled the links to Poland and the storage is in place. "
    "Still, a cable can be cut again, and the repairs take weeks.\n"
    "The operators now share their data every hour.\n"
    "Which of your neighbours has helped most, given that your country relied on imports for so long?\n"
    "Finland, without a doubt. Its engineers came within a day.\n"
)


def test_a_first_line_put_to_you_is_a_question_not_a_title() -> None:
    claims = RuleSegmenter().segment(_OPENS_ASKING).claims
    questions = [c for c in claims if c.is_question]
    assert [c.text.split()[0] for c in questions] == ["How", "Which"]
    assert all(c.role is SpeakerRole.INTERVIEWEE for c in claims if not c.is_question)


def test_a_title_case_question_headline_stays_a_title() -> None:
    text = ("Can You Trust The Grid Again?\n"
            "The cable cuts last winter showed how thin the links are. Operators now share their data "
            "every hour, and storage is in place.\n"
            "Engineers say a cut cable still takes weeks to repair.\n")
    claims = RuleSegmenter().segment(text).claims
    assert not any(c.is_question for c in claims)
    assert all(c.role is SpeakerRole.AUTHOR for c in claims)


def test_a_short_teaser_put_to_you_above_a_headline_is_no_question() -> None:
    text = ("We know we must change, but are you helping?\n"
            "Subscribe: It costs less than you think\n\n"
            "The grid after the cable cuts\n\n"
            "The cable cuts last winter showed how thin the links are. Operators now share their data "
            "every hour, and storage is in place. Which neighbour will help next time?\n")
    claims = RuleSegmenter().segment(text).claims
    assert not any(c.is_question and "helping" in c.text for c in claims)
