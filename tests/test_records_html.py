"""Jupyter display: DocumentAnalysis and corpus results render as escaped, self-styled HTML fragments.

The fragments reuse the report's rendering (the same annotated text and tables) and carry only
stylesheet rules scoped under ``.polisent``, so they never restyle the notebook around them.
"""

from __future__ import annotations

import re

import pytest

pytest.importorskip("pandas")

from test_report import _tables, analysis, parse  # noqa: E402

from polisent.records import DocumentAnalysis, Provenance  # noqa: E402
from polisent.report import document_report  # noqa: E402


def selectors(css: str) -> list[str]:
    """Top-level and @media-nested selectors of a stylesheet (comments removed)."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    out = []
    for m in re.finditer(r"([^{}]+)\{", css):
        sel = m.group(1).strip()
        if sel.startswith("@"):
            continue
        out += [s.strip() for s in sel.split(",")]
    return out


def check_fragment(html: str) -> str:
    assert html.startswith('<div class="polisent"><style>') and html.endswith("</div>")
    for tag in ("<!DOCTYPE", "<html", "<head", "<body", "<main"):
        assert tag not in html
    parse(html)
    css = html[html.index("<style>") + 7:html.index("</style>")]
    sels = selectors(css)
    assert len(sels) > 40
    assert all(s.startswith(".polisent") for s in sels), [s for s in sels if not s.startswith(".polisent")]
    return html


def test_document_repr_html_marks_text_and_reuses_the_report():
    doc = analysis()
    html = check_fragment(doc._repr_html_())
    # the text with claims, speakers and actor mentions marked
    assert 'id="c1"' in html and '<sup class="cn">1</sup>' in html
    assert "answer · Ann &lt;Expert&gt;" in html and "question · Host" in html
    assert re.search(r'<mark class="actor" style="background:rgba\(215, 48, 39[^"]*" title="Russia \(metonym\)[^"]*">Kremlin</mark>', html)
    assert '<span class="cue hedge">My bet is</span>' in html
    assert "left out: newsletter" in html
    # the per-actor table, and the claims folded away
    assert '<table class="actors stack">' in html and "<details><summary>Claims table (2 claims, 1 question)</summary>" in html
    # escaped: nothing of the text or metadata becomes markup
    assert "<negotiate>" not in html and "&lt;negotiate&gt;" in html and "<Expert>" not in html
    assert "<h3>A &lt;title&gt;</h3>" in html
    # one rendering: the annotated text is the report's
    article = re.search(r'<article class="doc">.*?</article>', html, re.S).group(0)
    assert article in document_report(doc)


def test_document_repr_html_error_and_empty():
    broken = DocumentAnalysis("", (), (), (), (), (), (), Provenance("0.1.0"), id="<x>", error="InputError: <bad>")
    html = check_fragment(broken._repr_html_())
    assert "could not be analysed: InputError: &lt;bad&gt;" in html and "<h3>&lt;x&gt;</h3>" in html
    empty = DocumentAnalysis("", (), (), (), (), (), (), Provenance("0.1.0"))
    html = check_fragment(empty._repr_html_())
    assert "No actors found." in html


def test_corpus_result_repr_html(tmp_path):
    from polisent.corpus import CorpusRunResult
    from polisent.corpus.store import read_manifest

    out, tables = _tables(tmp_path)
    result = CorpusRunResult(output_dir=out, n_documents=4, n_errors=1, n_new=4, n_chunks=1, complete=True, resumed=False,
                             elapsed_s=0.1, manifest=read_manifest(out) or {})
    html = check_fragment(result._repr_html_())
    assert '<table class="overall stack">' in html and 'id="ev-russia"' in html  # per-actor table and its claims
    assert 'href="#ev-russia"' in html
    assert "Bo &lt;b&gt;" in html and "Bo <b>" not in html
    assert "<img" not in html  # no plots by default in a notebook
