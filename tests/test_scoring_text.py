"""Issue 11: cue timings, voice tags and other markup inside a claim's span never reach the models."""

from __future__ import annotations

from polisent import Analyzer
from polisent.analyzer import scoring_text
from polisent.testing import FakeScorer


class Recording(FakeScorer):
    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def score(self, tasks, *, progress=False):  # type: ignore[no-untyped-def]
        self.texts.extend(t.text for t in tasks)
        return super().score(tasks, progress=progress)


VTT = ("WEBVTT\n\n"
       "00:00:01.000 --> 00:00:04.000\n<v Ann Lee>Russia has broken the ceasefire, and it is a violation\n\n"
       "00:00:04.500 --> 00:00:07.000\n<v Ann Lee>of the deal that China brokered.\n")


def test_a_sentence_across_cues_is_scored_without_its_timings() -> None:
    rec = Recording()
    a = next(iter(Analyzer(scorer=rec, progress=False).pipe([VTT])))
    assert a.error is None and rec.texts
    joined = " ".join(rec.texts)
    assert "-->" not in joined and "<v" not in joined
    assert any("violation of the deal" in " ".join(t.split()) for t in rec.texts)
    # the claim itself still points into the original text
    for c in a.claims:
        assert VTT[c.start:c.end] == c.text


def test_scoring_text_keeps_length_and_plain_text() -> None:
    s = "Talks **failed** in [Doha](https://x.org)."
    assert len(scoring_text(s)) == len(s) and "**" not in scoring_text(s) and "](" not in scoring_text(s)
    assert scoring_text("Plain text.") == "Plain text."


def test_exports_show_claims_without_cue_timings() -> None:
    a = next(iter(Analyzer(scorer=FakeScorer(), progress=False).pipe([VTT])))
    rows = list(a.to_records("assessments"))
    assert rows and all("-->" not in r["claim"] and "<v" not in r["claim"] for r in rows)
    claim = a.claims[rows[0]["claim_index"]]
    assert len(rows[0]["claim"]) == len(claim.text)  # same length: mention offsets into it still hold
    assert "-->" not in claim.plain_text and "  " not in claim.plain_text
    assert list(a.to_records("claims"))[rows[0]["claim_index"]]["text"] == claim.text  # the exact slice stays
