"""Pass 66 (issue 11): the page's address as evidence for the speaker ranker.

Texts written for the project; none is a copy of a corpus document.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from polisent import Analyzer, Document
from polisent.inputs import read_documents
from polisent.protocols import DocumentStructure
from polisent.segment import RuleSegmenter, load_speaker_model
from polisent.segment._speaker_model import URL_FEATURES, address_words, candidates

_MODEL = Path(__file__).resolve().parents[1] / "polisent" / "data" / "speaker_model.json"

# a Q&A that no rule names: the guest is named once, in the standfirst, with no cue the rules read
QA = "\n\n".join([
    "Estonia's quiet turn",
    "Maren Olsby has followed Baltic defence for twenty years at the Nordic Policy Centre.",
    "The budget grew again this year. Where is Estonian defence policy heading?",
    "It is heading north, frankly. The public backs a larger reserve and more air defence.",
    "Does the alliance share that view?", "Largely it does, and the exercises show it.",
    "Recommended Posts", "No comment yet, add your voice below!",
]) + "\n"
LEAD = "https://example.org/news/2026/maren-olsby-estonia-has-changed-course/"
OTHER = "https://example.org/news/2026/estonia-has-changed-course-12345"


def _toy_model() -> dict:
    """A ranker that only trusts the address: a name that leads the slug reaches the threshold, nothing else does."""
    return {"name": "toy", "weights": {"url_lead": 4.0}, "bias": -2.0, "threshold": 0.7, "margin": 0.05, "late_threshold": 0.7}


def _answers(seg: RuleSegmenter, text: str, url: str | None = None) -> set[str | None]:
    return _spoken(seg.segment(text, url=url).claims)


def _spoken(claims: Iterable[Any]) -> set[str | None]:
    """The speakers of the answers (not the questions, not the editor's standfirst)."""
    return {c.speaker for c in claims if not c.is_question and c.role.value != "editor"}


def test_address_words_keep_path_and_query_not_host_or_tracking() -> None:
    words = address_words("https://www.maren-olsby.example.com/Opinion/Maren-Ols%C3%B8by/?utm_source=feed&id=7")
    assert words == ("/", "opinion", "/", "maren", "olsoby", "/", "id", "7")
    assert address_words("") is None and address_words(None) is None


def test_address_flags_where_the_slug_names_someone() -> None:
    cands = candidates(QA, talk=True, has_q=True, address=address_words(LEAD))
    feats = cands["olsby"].feats
    assert {"url", "url_surname", "url_full", "url_lead"} <= set(feats)
    other = candidates(QA, talk=True, has_q=True, address=address_words(OTHER))["olsby"].feats
    assert "url" in other and not any(k in other for k in URL_FEATURES if k != "url")
    assert not any(k in URL_FEATURES for k in candidates(QA, talk=True, has_q=True)["olsby"].feats)


def test_a_slug_that_names_the_guest_names_the_unnamed_answers() -> None:
    seg = RuleSegmenter(speaker_model=_toy_model())
    assert _answers(seg, QA) == {None}
    assert _answers(seg, QA, OTHER) == {None}
    assert _answers(seg, QA, LEAD) == {"Maren Olsby"}


def test_without_an_address_the_shipped_ranker_is_unchanged() -> None:
    """The address weights are a second stage: a text without an address is ranked by the text weights alone."""
    data = json.loads(_MODEL.read_text(encoding="utf-8"))
    assert set(URL_FEATURES) <= set(data["weights"]), "the shipped ranker has the address stage"
    text_only = {**data, "weights": {k: v for k, v in data["weights"].items() if k not in URL_FEATURES}}
    full, bare = load_speaker_model(data), load_speaker_model(text_only)
    for ev in candidates(QA, talk=True, has_q=True).values():
        assert full.probability(ev.feats) == bare.probability(ev.feats)
    seg = RuleSegmenter()
    assert seg.segment(QA) == seg.segment(QA, url=None)


def test_analyzer_passes_the_documents_address_to_the_segmenter() -> None:
    an = Analyzer(segmenter=RuleSegmenter(speaker_model=_toy_model()), scorer="none", progress=False)
    named = an(Document(QA, id="d", meta={"url": LEAD}))
    bare = an(Document(QA, id="d"))
    assert _spoken(named.claims) == {"Maren Olsby"}
    assert _spoken(bare.claims) == {None}


def test_a_jsonl_records_url_reaches_the_segmenter(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"id": "p1", "url": LEAD, "text": QA}) + "\n", encoding="utf-8")
    doc = next(iter(read_documents([str(path)])))
    assert doc.meta["url"] == LEAD
    an = Analyzer(segmenter=RuleSegmenter(speaker_model=_toy_model()), scorer="none", progress=False)
    assert _spoken(an(doc).claims) == {"Maren Olsby"}


class _TextOnly:
    """A user's segmenter written before addresses: ``segment(text)`` only."""

    name = "text-only"

    def __init__(self) -> None:
        self.inner = RuleSegmenter()

    def segment(self, text: str) -> DocumentStructure:
        return self.inner.segment(text)


def test_a_segmenter_without_url_still_works_on_documents_with_one() -> None:
    an = Analyzer(segmenter=_TextOnly(), scorer="none", progress=False)
    result = an(Document(QA, id="d", meta={"url": LEAD}))
    assert result.claims


def test_odd_addresses_are_no_evidence_and_no_error() -> None:
    seg = RuleSegmenter()
    plain = seg.segment(QA)
    for url in ("", "not a url", "http://[::1", "https://example.org/" + "maren-olsby-" * 50_000, "mailto:x@y.z"):
        assert seg.segment(QA, url=url).claims == plain.claims or url.startswith("https://example.org/")
    assert address_words("http://[::1") is None
    assert len(address_words("https://example.org/" + "a-" * 50_000) or ()) < 2048
    an = Analyzer(segmenter=seg, scorer="none", progress=False)
    assert an(Document(QA, id="d", meta={"url": 42})).claims == an(Document(QA, id="d")).claims


def test_a_metadata_csv_url_column_reaches_the_speaker_in_a_corpus_run(tmp_path: Path) -> None:
    from polisent.corpus import load_tables, run_corpus

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "olsby.txt").write_text(QA, encoding="utf-8")
    (pages / "metadata.csv").write_text(f"id,url\nolsby,{LEAD}\n", encoding="utf-8")
    an = Analyzer(segmenter=RuleSegmenter(speaker_model=_toy_model()), scorer="none", progress=False)
    run_corpus(pages, tmp_path / "run", analyzer=an, format="csv")
    claims = load_tables(tmp_path / "run")["claims"]
    spoken = claims[(~claims["is_question"].astype(bool)) & (claims["role"] != "editor")]
    assert set(spoken["speaker"]) == {"Maren Olsby"}
