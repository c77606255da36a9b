"""Pass 110 (issue 11): who spoke to whom in a standfirst, and bylines with a nickname or a lower-case given name.

"Anna Berg spoke to Tom Hale." names its subject in full right before the verb: she is the guest, he asks (S1; before
this pass only a subject named in full earlier, or "talks", counted). The one spoken to stays the guest where the text
marks him so: a job after his name, an office or a country's possessive before it, or several journalists (or an
outlet's) as the subject. "Anna Berg in conversation with Tom Hale" is hers too (the cue of the 103rd pass's rule C1,
now a candidate); "Tom Hale in conversation with Anna Berg, former ambassador ..." is still hers. A byline may carry a
quoted nickname ("By Louis 'Barok' C. Biraogo", B1) or a given name the page left in lower case ("By solomon Dawit",
B2): the writer is named.

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

import pytest
from _segment_helpers import answer_speakers

from polisent.records import SegmentKind
from polisent.segment import RuleSegmenter

_QA = ("\n\nWhat is at stake in the talks?\n\nThe talks decide whether the ceasefire holds. Both sides need a deal "
       "before winter.\n\nWill Russia accept the terms?\n\nMoscow has signalled it might, but only if sanctions are "
       "eased first.\n")

_OPED = ("\n\nSanctions on the regime have failed to change its behaviour. The government has adapted and found new "
         "partners in Asia.\n\nEurope should rethink its approach before the next round of talks. A new strategy needs "
         "patience and allies.\n")


@pytest.mark.parametrize("intro", [
    "Anna Berg spoke to Tom Hale.",
    "Anna Berg talked to Tom Hale about the talks.",
    "Anna Berg spoke with Tom Hale about the ceasefire.",
    "Anna Berg, former ambassador to Russia, spoke to Tom Hale.",
    "Anna Berg in conversation with Tom Hale",
])
def test_the_subject_who_spoke_to_someone_is_the_guest(intro: str) -> None:
    assert answer_speakers("The ceasefire talks\n\n" + intro + _QA) == {"Anna Berg"}


@pytest.mark.parametrize("intro", [
    "Tom Hale speaks to Anna Berg, former ambassador to Russia.",
    "Tom Hale spoke with Finland's Ambassador Anna Berg about the talks.",
    "Example Weekly's Tom Hale spoke to Anna Berg about the talks.",
    "Lena Park and Tom Hale spoke to Anna Berg about the talks.",
    "Tom Hale in conversation with Anna Berg, former ambassador to Russia",
])
def test_the_one_spoken_to_stays_the_guest_where_the_text_marks_him(intro: str) -> None:
    assert answer_speakers("The ceasefire talks\n\n" + intro + _QA) == {"Anna Berg"}


@pytest.mark.parametrize(("line", "writer"), [
    ("By Louis 'Barok' C. Biraogo \u2014 February 4, 2025", "Louis C. Biraogo"),
    ("By Ferdinand \u201cBongbong\u201d Santos", "Ferdinand Santos"),
    ("By solomon Dawit", "Solomon Dawit"),
])
def test_a_byline_with_a_nickname_or_a_lower_case_given_name_names_the_writer(line: str, writer: str) -> None:
    text = "Why the sanctions on Iran have failed\n" + line + _OPED
    assert answer_speakers(text) == {writer}
    st = RuleSegmenter().segment(text)
    byline = next(s for s in st.segments if s.text.startswith("By"))
    assert byline.kind is SegmentKind.CLUTTER and byline.reason == "byline"
    assert all(text[c.start:c.end] == c.text for c in st.claims)


def test_a_proclamations_by_line_names_no_one() -> None:
    text = "A proclamation on the national day\nBy the President" + _OPED
    assert answer_speakers(text) != {"The President"} and answer_speakers(text) != {"the President"}
