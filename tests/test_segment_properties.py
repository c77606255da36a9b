"""Property tests: offsets into the original text hold for any input (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from polisent.records import SegmentKind
from polisent.segment import RuleSegmenter, mask

SEG = RuleSegmenter()

# fragments that exercise every rule: markup, labels, clutter, abbreviations, quotes, line endings
FRAGMENTS = [
    "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\u2028", " ", "\t", "# ", "### ", "**", "*", "_", "__", "`", "> ", "- ",
    "1. ", "[", "](", ")", "](#)", "<p>", "</p>", "<h2>", "</h2>", "<br>", "<b>", "</b>", "&amp;", "&nbsp;", "&#x2014;",
    "Q: ", "A: ", "**Why? ** ", "<b>Q?</b> ", "Q. ", "A. ", "Interviewer: ", "Guest: ", "March 3, 2025", "Maria Lopez: ", "David Chen: ", "DC: ", "Note: ", "Photo: ", "By Anna Kowalczyk", "5 min read",
    "Subscribe to our newsletter", "About the author", "Shortened URL: https://bit.ly/x", "https://x.org/a.b",
    "Please read our comments policy before commenting.", "This article gives the views of the author.",
    "Putin said that ", "\"", "\u201c", "\u201d", "'", "(", ")", "U.S. ", "Prof. ", "e.g. ", "3.5 ", "...", "\u2026",
    ". ", "? ", "! ", ", but ", "; ", ": ", ", while ", "if ", "unless ", "Should talks fail, ", "may ", "likely ",
    "my bet is ", "a big if", "whether ", "not ", "n't ", "I think ", "Moscow ", "the Kremlin ", "will win",
    "Zelensky", "Анна ", "习近平。", "\u0301", "\U0001f600", "\x00", "\ufeff",
]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=60).map("".join),
)


def _check(text: str) -> None:
    res = SEG.segment(text)
    prev_end = 0
    for g in res.segments:
        assert text[g.start:g.end] == g.text
        assert g.start >= prev_end and g.end > g.start, "segments are ordered and do not overlap"
        assert g.text.strip()
        prev_end = g.end
        assert (g.kind is SegmentKind.CLUTTER) == (g.reason is not None)
    last_sentence = -1
    for i, c in enumerate(res.claims):
        assert c.index == i
        assert text[c.start:c.end] == c.text
        assert c.text == c.text.strip()
        seg = res.segments[c.segment_index]
        assert seg.kind in (SegmentKind.QUESTION, SegmentKind.ANSWER, SegmentKind.INTRO)
        assert seg.start <= c.start < c.end <= seg.end
        assert c.sentence_index >= last_sentence
        last_sentence = c.sentence_index
        assert 0.0 <= c.certainty <= 1.0
        for q in c.cues:
            assert text[q.start:q.end] == q.text
            assert c.start <= q.start < q.end <= c.end
            assert 0.0 <= q.weight < 1.0
    if not text.strip():
        assert not res.segments and not res.claims


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
@example("**0?** #")  # an inline bold question whose "answer" is markup only
@example("0</P>0")  # a closing tag between two blocks
@example("THIS ARTICLE GIVES THE VIEW OF THE AUTHOR\n0\nA0000000000:\nA0000000000:")  # a paragraph rule cut short before a turn
def test_offsets_hold_on_arbitrary_unicode(text: str) -> None:
    _check(text)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_mask_keeps_length(text: str) -> None:
    assert len(mask(text)) == len(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=40).map("".join))
@example("Prof. : ")  # a label that is an honorific alone: blank once the title goes (an IndexError before)
def test_crlf_equivalence(text: str) -> None:
    """CRLF instead of LF moves offsets but not the claims found."""
    lf = text.replace("\r\n", "\n").replace("\r", "\n")
    crlf = lf.replace("\n", "\r\n")
    a = [c.text.replace("\r\n", "\n") for c in SEG.segment(crlf).claims]
    b = [c.text for c in SEG.segment(lf).claims]
    assert a == b
