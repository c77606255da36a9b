"""Shared fixtures. Tests never touch the network: HF_HUB_OFFLINE is set before anything loads."""

from __future__ import annotations

import os
import re
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import pytest

from polisent.protocols import DocumentStructure
from polisent.records import ActorType, Claim, Mention, MentionKind, Segment, SegmentKind, SpeakerRole

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
DATASETS = Path(os.environ.get("POLISENT_DATASETS", ROOT.parent / "shared" / "datasets"))


def said_by(text: str, words: str) -> set[tuple[str | None, str, bool]]:
    """(speaker, role, is_question) of the rule segmenter's claims that contain ``words``."""
    from polisent.segment import RuleSegmenter

    return {(c.speaker, c.role.value, c.is_question) for c in RuleSegmenter().segment(text).claims if words in c.text}


def by_role(text: str) -> dict[str, set[str | None]]:
    """The speakers of the rule segmenter's answer-side claims (no questions), by role value."""
    from polisent.segment import RuleSegmenter

    out: dict[str, set[str | None]] = {}
    for c in RuleSegmenter().segment(text).claims:
        if not c.is_question:
            out.setdefault(c.role.value, set()).add(c.speaker)
    return out


def views(text: str) -> list[str]:
    """Claims a roll-up reads as a speaker's own view: no questions, nothing the interviewer or the editor says."""
    from polisent.segment import RuleSegmenter

    return [c.text for c in RuleSegmenter().segment(text).claims
            if not c.is_question and c.role not in (SpeakerRole.INTERVIEWER, SpeakerRole.EDITOR)]


class SentenceSegmenter:
    """Minimal segmenter for analyzer tests: one ANSWER segment, one claim per sentence."""

    name = "test-sentences"

    def segment(self, text: str) -> DocumentStructure:
        claims = []
        for m in re.finditer(r"[^.!?\n]+[.!?]?", text):
            s, e = m.start(), m.end()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                claims.append(Claim(len(claims), s, e, text[s:e], 0, len(claims), "Expert", SpeakerRole.INTERVIEWEE,
                                    is_question=text[e - 1] == "?"))
        seg = (Segment(0, len(text), text, SegmentKind.ANSWER, "Expert", SpeakerRole.INTERVIEWEE),) if text else ()
        return DocumentStructure(seg, tuple(claims))


class WordLinker:
    """Minimal linker for analyzer tests: a fixed word list."""

    name = "test-words"
    ACTORS = {"moscow": ("russia", "Russia", ActorType.STATE, MentionKind.METONYM),
              "russia": ("russia", "Russia", ActorType.STATE, MentionKind.NAME),
              "kyiv": ("ukraine", "Ukraine", ActorType.STATE, MentionKind.METONYM),
              "nato": ("nato", "NATO", ActorType.ORGANISATION, MentionKind.NAME)}

    def link(self, text: str, structure: DocumentStructure) -> tuple[Mention, ...]:
        out = []
        for m in re.finditer(r"\w+", text):
            hit = self.ACTORS.get(m.group().lower())
            if hit is None:
                continue
            ci = next((c.index for c in structure.claims if c.start <= m.start() and m.end() <= c.end), None)
            out.append(Mention(m.start(), m.end(), m.group(), hit[3], hit[0], hit[1], hit[2], ci))
        return tuple(out)


@pytest.fixture
def simple_stages() -> dict[str, object]:
    return {"segmenter": SentenceSegmenter(), "linker": WordLinker()}


@pytest.fixture
def fake_scorer():
    from polisent.testing import FakeScorer

    return FakeScorer()
