"""HTML reports and plots: structure, escaping, marks, self-containment (no browser needed)."""

from __future__ import annotations

import base64
import re
import sys
from html.parser import HTMLParser

import pytest

from polisent.records import (
    ActorSummary,
    ActorType,
    Assessment,
    Claim,
    Cue,
    CueKind,
    DocumentAnalysis,
    Mention,
    MentionKind,
    Provenance,
    Segment,
    SegmentKind,
    SentimentScore,
    SpeakerRole,
    StanceScore,
)
from polisent.report import corpus_report, document_report, plot_actors, plot_heatmap

pd = pytest.importorskip("pandas")

TEXT = ("Q: Will Moscow <negotiate>?\n"
        "A: My bet is that the Kremlin will stall. NATO is strong & united.\n"
        "Subscribe to our newsletter!")


def span(sub: str, start_at: int = 0) -> tuple[int, int]:
    s = TEXT.index(sub, start_at)
    return s, s + len(sub)


def analysis(doc_id: str = "doc<1>", meta: dict | None = None, scored: bool = True) -> DocumentAnalysis:
    q0, q1 = span("Q: Will Moscow <negotiate>?")
    a0, a1 = span("A: My bet is that the Kremlin will stall. NATO is strong & united.")
    c0, c1 = span("Subscribe to our newsletter!")
    segments = (
        Segment(q0, q1, TEXT[q0:q1], SegmentKind.QUESTION, "Host", SpeakerRole.INTERVIEWER),
        Segment(a0, a1, TEXT[a0:a1], SegmentKind.ANSWER, "Ann <Expert>", SpeakerRole.INTERVIEWEE),
        Segment(c0, c1, TEXT[c0:c1], SegmentKind.CLUTTER, reason="newsletter"),
    )
    k0, k1 = span("Will Moscow <negotiate>?")
    s0, s1 = span("My bet is that the Kremlin will stall.")
    n0, n1 = span("NATO is strong & united.")
    h0, h1 = span("My bet is")
    claims = (
        Claim(0, k0, k1, TEXT[k0:k1], 0, 0, "Host", SpeakerRole.INTERVIEWER, is_question=True),
        Claim(1, s0, s1, TEXT[s0:s1], 1, 1, "Ann <Expert>", SpeakerRole.INTERVIEWEE,
              cues=(Cue(h0, h1, TEXT[h0:h1], CueKind.HEDGE, "my bet is", 0.3),), certainty=0.7),
        Claim(2, n0, n1, TEXT[n0:n1], 1, 2, "Ann <Expert>", SpeakerRole.INTERVIEWEE),
    )
    m = [span("Moscow"), span("Kremlin"), span("NATO")]
    mentions = (
        Mention(*m[0], "Moscow", MentionKind.METONYM, "russia", "Russia", ActorType.STATE, 0),
        Mention(*m[1], "Kremlin", MentionKind.METONYM, "russia", "Russia", ActorType.STATE, 1),
        Mention(*m[2], "NATO", MentionKind.NAME, "nato", "NATO", ActorType.ORGANISATION, 2),
    )
    st = (lambda a, n, f: StanceScore(a, n, f)) if scored else (lambda *_: None)
    se = (lambda a, n, f: SentimentScore(a, n, f)) if scored else (lambda *_: None)
    assessments = (
        Assessment(0, "russia", "Russia", (0,), se(0.2, 0.6, 0.2), st(0.3, 0.5, 0.2)),
        Assessment(1, "russia", "Russia", (1,), se(0.7, 0.2, 0.1), st(0.8, 0.1, 0.1)),
        Assessment(2, "nato", "NATO", (2,), se(0.05, 0.15, 0.8), st(0.1, 0.1, 0.8)),
    )
    actors = (
        ActorSummary("russia", "Russia", ActorType.STATE, 2, 2, 1 if scored else 0, -0.6 if scored else None, -0.7 if scored else None),
        ActorSummary("nato", "NATO", ActorType.ORGANISATION, 1, 1, 1 if scored else 0, 0.75 if scored else None, 0.7 if scored else None),
    )
    return DocumentAnalysis(TEXT, segments, claims, mentions, assessments, actors, (),
                            Provenance("0.1.0", (("sentiment", "m<s>"), ("stance", "m<s>"))), id=doc_id,
                            meta=tuple((meta or {"title": "A <title>", "speaker": "Ann", "outlet": "Daily", "date": "2024-03-05"}).items()))


class Checker(HTMLParser):
    """Collects tags and checks that non-void elements are balanced."""

    VOID = {"meta", "br", "img", "link", "input", "hr"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.errors: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unbalanced </{tag}> with open {self.stack[-3:]}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> Checker:
    c = Checker()
    c.feed(html)
    c.close()
    assert not c.errors and not c.stack, (c.errors, c.stack)
    return c


def test_document_report_structure_and_escaping(tmp_path):
    html = document_report(analysis(), tmp_path / "d.html")
    assert (tmp_path / "d.html").read_text(encoding="utf-8") == html
    c = parse(html)
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html
    assert "<negotiate>" not in html and "&lt;negotiate&gt;" in html and "<title>A &lt;title&gt;</title>" in html
    assert "Ann &lt;Expert&gt;" in html and "m&lt;s&gt;" in html and "<Expert>" not in html
    claim_ids = [a["id"] for t, a in c.tags if t == "span" and "claim" in a.get("class", "").split() and "id" in a]
    assert claim_ids == ["c0", "c1", "c2"]
    marks = [a for t, a in c.tags if t == "mark"]
    assert len([m for m in marks if "actor" in m["class"]]) >= 4  # 3 in the text + legend
    kremlin = next(m for m in marks if "Russia (metonym) · stance -0.70" in m.get("title", ""))
    assert "215, 48, 39" in kremlin["style"]  # against: red
    nato = next(m for m in marks if m.get("title", "").startswith("NATO"))
    assert "33, 102, 172" in nato["style"]  # favour: blue
    assert any(t == "span" and a.get("class") == "cue hedge" for t, a in c.tags)
    clutter = [a for t, a in c.tags if t == "div" and "seg-clutter" in a.get("class", "")]
    assert len(clutter) == 1 and "left out: newsletter" in html
    assert any("seg-question" in a.get("class", "") for t, a in c.tags if t == "div")
    # every character of the text is shown, in order
    shown = "".join(c.text)
    for piece in ("Will Moscow <negotiate>?", "the Kremlin will stall.", "NATO is strong & united.", "Subscribe to our newsletter!"):
        assert piece in shown
    tables = [a.get("class") for t, a in c.tags if t == "table"]
    assert tables == ["actors stack", "claims stack"]
    assert "src=" not in html.replace('src="data:', "") and "http://" not in html and "https://" not in html  # self-contained


def test_document_report_unscored_and_error():
    html = document_report(analysis(scored=False))
    parse(html)
    assert 'class="actor unscored"' in html and "n/a" in html and "not scored" in html
    broken = DocumentAnalysis("", (), (), (), (), (), (), Provenance("0.1.0"), id="x", error="InputError: <bad>")
    html = document_report(broken)
    parse(html)
    assert "could not be analysed: InputError: &lt;bad&gt;" in html


def _tables(tmp_path):
    from polisent.corpus import load_tables, run_corpus

    docs = [analysis("a", {"title": "First", "speaker": "Ann", "outlet": "Daily", "date": "2024-03-05"}),
            analysis("b<2>", {"title": "Second", "speaker": "Bo <b>", "outlet": "Weekly", "date": "2024-05-01"}),
            analysis("c", {"title": "Third", "speaker": "Ann", "outlet": "Daily", "date": "garbage"})]

    class Replay:
        """An analyzer that returns prepared analyses (the report must not care where they came from)."""

        def models(self):
            return {"sentiment": "m<s>", "stance": "m<s>"}

        def pipe(self, items, **kw):
            by_id = {d.id: d for d in docs}
            for item in items:
                yield by_id[item.id]

    from polisent.analyzer import Document

    inputs = [Document(d.text, d.id, dict(d.meta)) for d in docs] + [Document("", "empty", {"title": "Nothing"})]
    run_corpus(inputs, tmp_path / "run", analyzer=Replay(), format="csv")
    return tmp_path / "run", load_tables(tmp_path / "run")


def test_corpus_report_with_documents(tmp_path):
    pytest.importorskip("matplotlib")
    out, _ = _tables(tmp_path)
    html = corpus_report(out, tmp_path / "report.html", documents_dir=tmp_path / "docs", n_boot=200)
    c = parse(html)
    imgs = [a for t, a in c.tags if t == "img"]
    assert len(imgs) == 2 and all(a["src"].startswith("data:image/svg+xml;base64,") and a.get("alt") for a in imgs)
    svg = base64.b64decode(imgs[0]["src"].split(",", 1)[1])
    assert svg.lstrip().startswith(b"<?xml") and b"<svg" in svg
    links = [a["href"] for t, a in c.tags if t == "a" and a["href"].startswith("docs/") and "#" not in a["href"]]
    assert links[:2] == ["docs/a.html", f"docs/{[p.name for p in (tmp_path / 'docs').glob('b_2-*.html')][0]}"]
    assert len(list((tmp_path / "docs").glob("*.html"))) == 4
    assert "Bo &lt;b&gt;" in html and "Bo <b>" not in html
    assert "Stance by speaker" in html and "Stance by outlet" in html
    assert "garbage" in html and "does not parse" in html and "text is empty" in html  # problems section
    assert "m&lt;s&gt;" in html
    back = (tmp_path / "docs" / "a.html").read_text(encoding="utf-8")
    parse(back)
    assert 'href="../report.html"' in back
    assert "matplotlib.pyplot" not in sys.modules  # no global matplotlib state


def test_plots_png_svg(tmp_path):
    pytest.importorskip("matplotlib")
    out, tables = _tables(tmp_path)
    fig = plot_actors(out, path=tmp_path / "actors", n_boot=100)
    assert (tmp_path / "actors.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in (tmp_path / "actors.svg").read_bytes()
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["Russia  (n=3)", "NATO  (n=3)"]  # bottom to top: most claims (then A-Z) on top; 3 documents each
    fig = plot_heatmap(tables, path=tmp_path / "heat.svg")
    assert (tmp_path / "heat.svg").exists() and not (tmp_path / "heat.png").exists()
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == ["2024-03", "2024-04", "2024-05"]  # gap month shown
    assert "matplotlib.pyplot" not in sys.modules


def test_report_without_matplotlib(tmp_path, monkeypatch):
    import importlib.util

    from polisent.errors import DependencyError

    out, _ = _tables(tmp_path)
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "matplotlib" else real(name, *a))
    with pytest.raises(DependencyError, match=r"pip install matplotlib"):
        plot_actors(out)
    html = corpus_report(out, n_boot=50)
    parse(html)
    assert "Plots left out" in html and "<img" not in html and re.search(r"<table class=.overall.", html)
