"""Helpers shared by the segmenter's pass tests: the claims of a text and the speakers of its answers."""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter


def claims(text: str) -> list[tuple[bool, str | None, SpeakerRole, str]]:
    """(is_question, speaker, role, text) of every claim, checking that offsets point into ``text``."""
    st = RuleSegmenter().segment(text)
    assert all(text[c.start:c.end] == c.text for c in st.claims)
    return [(c.is_question, c.speaker, c.role, c.text) for c in st.claims]


def answer_speakers(text: str) -> set[str | None]:
    """The speakers of the interviewee's and the author's claims."""
    return {sp for q, sp, role, _ in claims(text) if not q and role in (SpeakerRole.INTERVIEWEE, SpeakerRole.AUTHOR)}


def speakers(text: str) -> dict[str | None, SpeakerRole]:
    """Each speaker the segmenter lists for ``text``, with its role."""
    return {s.name: s.role for s in RuleSegmenter().segment(text).speakers}
