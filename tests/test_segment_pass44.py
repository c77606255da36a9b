"""Forty-fourth pass: a byline never carries on a wrapped sentence (texts written for these tests)."""

from __future__ import annotations

from polisent.records import SegmentKind
from polisent.segment import RuleSegmenter


def test_a_wrapped_line_that_opens_on_a_name_is_no_byline() -> None:
    # prose wrapped at a fixed width with no blank lines: the name opens a line in mid-sentence
    t = ("Ministers in Oslo spent the spring arguing over the budget. The talks collapsed\n"
         "last week, just as a detailed report published in May by the respected researcher\n"
         "Anna Berg, of the Institute for Fiscal Studies, had warned they would in its\n"
         "spring edition. The coalition will now try again after the summer recess, and\n"
         "few expect a different result.")
    st = RuleSegmenter().segment(t)
    assert not [g for g in st.segments if g.kind is SegmentKind.CLUTTER]
    assert any("Anna Berg, of the Institute" in c.text and c.text.endswith("spring edition.") for c in st.claims)


def test_a_byline_under_a_long_title_stays_one() -> None:
    t = ("Lebanon's cabinet welcomes the army's confidential plan to disarm the militias\n"
         "by Jana Haddad\n"
         "BEIRUT, Sep 5, 2025\n\n"
         "The cabinet on Friday embraced a plan prepared by the army, but decided to keep its details secret. "
         "Ministers said the army would begin work within weeks.")
    st = RuleSegmenter().segment(t)
    assert any(g.kind is SegmentKind.CLUTTER and g.reason == "byline" for g in st.segments)
    assert {c.speaker for c in st.claims if not c.is_question} == {"Jana Haddad"}
