"""Property tests: every mention's offsets match its text, whatever the input."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from polisent.actors import RegistryLinker
from polisent.protocols import DocumentStructure
from polisent.records import Claim, Segment, SegmentKind

WORDS = [
    "Russia", "Russian", "Moscow", "the Kremlin", "Kremlin's", "US", "us", "U.S.", "EU", "NATO", "Nato", "the West",
    "Western", "Turkey", "turkey", "Türkiye", "Erdoğan’s", "Putin's", "President", "president", "the", "Ukrainian",
    "Volodymyr Zelensky", "Zelensky", "Mrs", "May", "Mr.", "Johnson", "he", "He", "his", "she", "her", "it", "its",
    "Berlin Wall", "George Washington", "Paris", "agreement", "Li", "Li Qiang", "Foreign Minister", "Sergei Lavrov",
    "chancellor", "Angela Merkel", "of", "France", "LET", "US", "GO", "İstanbul", "ß", "Ⅻ", "e\u0301", "\u00a0", "-",
    "WASHINGTON", "—", "1.", "Georgia", "Atlanta", "Arizona and", "Apple", "him", "Mr",
    "Secretary of State", "The", "foreign minister", "for its part", "itself", "Kim", "Li Keqiang", "Jordan", "Bardella",
]
SEPS = [" ", " ", " ", ", ", ". ", "! ", "? ", "\n", "\n\n", "'s ", "’", "-", "", "\t", ".", "  "]

docs = st.lists(st.tuples(st.sampled_from(WORDS) | st.text(max_size=4), st.sampled_from(SEPS)), max_size=40).map(
    lambda parts: "".join(w + s for w, s in parts)
)


def sentence_structure(text: str, n_cuts: list[int]) -> DocumentStructure:
    """Claims at arbitrary cut points (not necessarily sentence ends): the linker must cope."""
    cuts = sorted({0, len(text), *(c % (len(text) + 1) for c in n_cuts)})
    claims = tuple(Claim(i, s, e, text[s:e], 0, i // 2) for i, (s, e) in enumerate(zip(cuts, cuts[1:], strict=False)) if e > s)
    claims = tuple(Claim(i, c.start, c.end, c.text, 0, c.sentence_index) for i, c in enumerate(claims))
    return DocumentStructure((Segment(0, len(text), text, SegmentKind.ANSWER),) if text else (), claims)


LINKER = RegistryLinker(report_unresolved=True)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs, st.lists(st.integers(min_value=0, max_value=10_000), max_size=6), st.booleans())
@example("The Russian president and the president of France. He left.", [], False)
@example("Mrs May met Mr. Johnson. She and he left; it is late.", [5, 30], True)
def test_offsets_match_text(text, cuts, with_structure):
    struct = sentence_structure(text, cuts) if with_structure else DocumentStructure((), ())
    mentions = LINKER.link(text, struct)
    starts = [m.start for m in mentions]
    assert starts == sorted(starts)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert 0.0 <= m.confidence <= 1.0
        assert (m.actor_id is None) == (m.link == "unresolved")
        if m.claim_index is not None:
            claim = struct.claims[m.claim_index]
            assert claim.start <= m.start < claim.end
    for a, b in zip(mentions, mentions[1:], strict=False):
        assert a.end <= b.start, (a, b)  # mentions never overlap
