"""Forty-fifth pass: one leader's statement under a turn label seen once (texts written for these tests)."""

from __future__ import annotations

from polisent.records import SegmentKind
from polisent.segment import RuleSegmenter


def _speakers(t: str) -> set[str | None]:
    return {c.speaker for c in RuleSegmenter().segment(t).claims if not c.is_question}


def test_a_statement_that_opens_by_addressing_the_room_is_its_speakers() -> None:
    t = ("Prime Minister of Norway Ingrid Dahl: Madam President, colleagues and friends,\n"
         "We met today for the second time this year, and our talks were open and useful.\n"
         "We agreed to extend the fisheries accord for five more years and to meet again in spring.\n"
         "I thank our hosts for their hospitality and the delegations for their hard work.\n")
    assert _speakers(t) == {"Ingrid Dahl"}


def test_a_headline_label_seen_once_is_still_no_turn() -> None:
    # the label's line is a headline, not an address: a heading, and no turn of an interviewee
    t = ("Ingrid Dahl: Norway is buying time\n"
         "Oslo has spent the year hedging between its partners, and the fisheries talks show it.\n"
         "The government agreed to extend the accord for five more years without a vote in parliament.\n"
         "Few in the capital expect the spring meeting to change that.\n")
    st = RuleSegmenter().segment(t)
    assert st.segments[0].kind is SegmentKind.HEADING
    assert all(str(c.role) != "interviewee" for c in st.claims)
