"""Pass 82 (issue 11): machine captions written without capitals keep their speaker labels in lower case; a label that
recurs word for word is read as in any transcript (rule P5), in the analysis view only: offsets and claim text stay
the original's.

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from polisent.segment import RuleSegmenter
from polisent.segment._caption_labels import title_case_labels

CAPTIONS = ("host: what do you make of the talks in geneva this week?\n\n"
            "minister lindqvist: well, russia and china are working closely. the pressure on the sides is real, and "
            "we think a ceasefire can hold if the monitors go in.\n\n"
            "host: and the european union, what can it do now?\n\n"
            "minister lindqvist: the european union has been helpful. we thank germany and france for their support, "
            "and we expect more of it in the coming weeks.\n")


def test_lower_case_labels_name_the_speakers() -> None:
    st = RuleSegmenter().segment(CAPTIONS)
    answers = [c for c in st.claims if not c.is_question]
    questions = [c for c in st.claims if c.is_question]
    assert answers and {c.speaker for c in answers} == {"Lindqvist"}  # (before the pass: unnamed)
    assert questions and all(c.role.value == "interviewer" for c in questions)
    # the label is no part of a claim, and every claim's text is the original's slice
    assert not any("lindqvist:" in c.text for c in st.claims)
    assert all(CAPTIONS[c.start:c.end] == c.text for c in st.claims)


def test_a_label_seen_once_or_a_clause_before_a_colon_is_left_alone() -> None:
    t = "the point is: we wait. and the point is: we act. note: this is a test. speaker one: hello."
    assert title_case_labels(t) == t
    assert title_case_labels("q: why? a: because. q: when? a: now.") == "Q: why? A: because. Q: when? A: now."


def test_capitalised_text_is_untouched() -> None:
    text = CAPTIONS.replace("host:", "Host:").replace("minister lindqvist:", "Minister Lindqvist:")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims if not c.is_question} == {"Lindqvist"}
