"""Property tests over the whole default pipeline (real segmenter and linker, fake scorer)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polisent import Analyzer
from polisent.testing import FakeScorer

ANALYZER = Analyzer(scorer=FakeScorer())

WORDS = ["Moscow", "the Kremlin", "said", "Putin", "he", "his", "Washington", "NATO", "may", "if", "Q:", "A:",
         "Photo:", "US", "us", "Biden", "Zelensky", "Ukrainian President Volodymyr Zelensky", "Western", "it", "?", ".",
         ",", "\n", "\n\n", "\r\n", "### ", "*", "[link](http://x.y)", "<b>", "&amp;", "\"", "'", "(", ")", "...", "U.S."]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=5)), max_size=60).map("".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_every_span_points_into_the_original_text(text: str) -> None:
    doc = ANALYZER(text)
    for span in (*doc.segments, *doc.claims, *(c for claim in doc.claims for c in claim.cues), *doc.mentions):
        assert text[span.start:span.end] == span.text
        assert 0 <= span.start <= span.end <= len(text)
    for i, claim in enumerate(doc.claims):
        assert claim.index == i and 0.0 <= claim.certainty <= 1.0
        assert 0 <= claim.segment_index < len(doc.segments)
    for m in doc.mentions:
        if m.claim_index is not None:
            claim = doc.claims[m.claim_index]
            assert claim.start <= m.start and m.end <= claim.end
    seen = set()
    for a in doc.assessments:
        assert (a.claim_index, a.actor_id) not in seen
        seen.add((a.claim_index, a.actor_id))
        assert all(doc.mentions[i].actor_id == a.actor_id and doc.mentions[i].claim_index == a.claim_index
                   for i in a.mention_indices)
        assert abs(sum(a.sentiment.probabilities.values()) - 1) < 1e-4


def test_example_texts_have_claims_actors_and_clutter() -> None:
    from tests.conftest import EXAMPLES

    for name in ("interview.md", "roundtable.txt"):
        text = (EXAMPLES / name).read_text(encoding="utf-8")
        doc = ANALYZER(text)
        assert sum(not c.is_question for c in doc.claims) >= 15
        assert any(c.is_question for c in doc.claims)
        assert any(s.kind.value == "clutter" for s in doc.segments)
        assert len(doc.actors) >= 5
