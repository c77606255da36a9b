"""Linker rules of the thirty-ninth pass, each on a text written for the project."""

from __future__ import annotations

from polisent.actors import RegistryLinker
from polisent.protocols import DocumentStructure
from polisent.records import Claim


def _we(text: str, speaker: str) -> list[tuple[str, str | None]]:
    doc = DocumentStructure((), (Claim(0, 0, len(text), text, 0, 0, speaker=speaker),))
    return [(m.text, m.actor_id) for m in RegistryLinker().link(text, doc) if m.text.lower() in ("we", "our")]


def test_we_is_the_speakers_state_only_when_the_speaker_is_the_office_holder() -> None:
    text = "We will defend our interests."
    assert _we(text, "Penny Wong") == [("We", "australia"), ("our", "australia")]
    assert _we(text, "KISHIDA Fumio") == [("We", "japan"), ("our", "japan")]
    # a first name or a surname shared with an office holder is someone else
    assert _we(text, "Roger Diwan") == []  # not Michel Roger of Monaco
    assert _we(text, "Paul Taylor") == []


def _pronouns(text: str) -> list[tuple[str, str | None]]:
    from polisent.records import MentionKind, Segment, SegmentKind

    segs, claims = [], []
    for k, para in enumerate(text.split("\n\n")):
        start = text.index(para)
        segs.append(Segment(start, start + len(para), para, SegmentKind.ANSWER))
        claims.append(Claim(len(claims), start, start + len(para), para, k, k))
    doc = DocumentStructure(tuple(segs), tuple(claims))
    return [(m.text, m.actor_id) for m in RegistryLinker().link(text, doc) if m.kind is MentionKind.PRONOUN]


def test_a_paragraph_may_open_on_the_person_the_last_one_ended_on() -> None:
    text = "Recep Tayyip Erdogan relishes his role as a power broker.\n\nHe has confounded the analysts."
    assert _pronouns(text) == [("his", "recep_tayyip_erdogan"), ("He", "recep_tayyip_erdogan")]
    # two men in the last sentence: no one
    assert _pronouns("Joe Biden met Vladimir Putin in Geneva.\n\nHe left early.") == []
