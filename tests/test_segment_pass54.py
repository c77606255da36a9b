"""Pass 54 structure: author photos' captions printed twice between an op-ed's paragraphs. Texts written for these tests."""

from __future__ import annotations

from polisent.records import SegmentKind
from polisent.segment import RuleSegmenter

_BODY = ("With their support for the armed groups in the east, the government has broken the treaties and the norms "
         "that have held the region together for three decades, and the neighbours, who signed those treaties in good faith and kept them through two wars, have noticed it.")


def test_names_printed_twice_under_the_body_are_captions_not_turns() -> None:
    text = ("Opinion: The union must tighten its sanctions\n\n"
            f"{_BODY}\n\n"
            "In response, the capital imposed travel bans on the group's leaders; the union followed within a week.\n\n"
            "Anna Virtanen\nAnna Virtanen\nOmar Haddad\nOmar Haddad\n\n"
            "These sanctions show that the allies can act together.\n\n"
            "They have not yet changed the government's course.")
    st = RuleSegmenter().segment(text)
    captions = [s for s in st.segments if s.kind is SegmentKind.CLUTTER and s.reason == "caption"]
    assert [s.text.split("\n") for s in captions] == [["Anna Virtanen", "Anna Virtanen", "Omar Haddad", "Omar Haddad"]]
    assert {c.speaker for c in st.claims} <= {None}  # no claim is a caption name's turn


def test_a_name_twice_above_the_body_is_not_a_caption() -> None:
    text = ("The union must tighten its sanctions\n\nAnna Virtanen\nAnna Virtanen\n\n" + _BODY + "\n\n" + _BODY)
    st = RuleSegmenter().segment(text)
    assert not [s for s in st.segments if s.reason == "caption"]
