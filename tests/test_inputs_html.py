"""HTML input (issue 11): web pages through trafilatura when the `html` extra is installed, the
rule-based path (tags masked by the segmenter) without it. Small pages written for the project."""

from __future__ import annotations

import io
import json

import pytest

import polisent.inputs as inputs
from polisent.inputs import html_document, looks_like_html, read_documents
from polisent.segment import RuleSegmenter

PAGE = """<!DOCTYPE html>
<html><head><title>Harbour talks stall | Example Times</title>
<meta name="author" content="Nora Feld">
<meta property="article:published_time" content="2025-03-04">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour talks stall</h1>
<p>The talks on the harbour ended without a deal on Tuesday, and the ministry said it would wait
for the election before it tried again.</p>
<p>Pavel Kos, an analyst at the port institute, said the smugglers gain from every week of delay,
while the port itself loses money and trust.</p>
</article>
<footer><p>Share this article on social media.</p><p>Subscribe to our newsletter for more.</p></footer>
</body></html>
"""



def _has_trafilatura() -> bool:
    return inputs._trafilatura() is not None


def test_looks_like_html() -> None:
    assert looks_like_html(PAGE)
    assert looks_like_html("  <html lang='en'><body><p>x</p></body></html>")
    assert not looks_like_html("Q: Is <b>this</b> a page?\nA: No.")
    assert not looks_like_html("The <html> tag starts a page.")


@pytest.mark.skipif(not _has_trafilatura(), reason="the html extra (trafilatura) is not installed")
def test_trafilatura_main_text_byline_and_date() -> None:
    doc = html_document(PAGE, id="p1", meta={"outlet": "Example Times"})
    assert doc.meta["html_extractor"] == "trafilatura" and doc.meta["format"] == "html"
    assert doc.meta["byline"] == "Nora Feld" and doc.meta["date"] == "2025-03-04" and doc.meta["outlet"] == "Example Times"
    assert "Home" not in doc.text and "Subscribe" not in doc.text and "<p>" not in doc.text
    assert "smugglers gain" in doc.text
    st = RuleSegmenter().segment(doc.text)
    for c in st.claims:  # offsets point into the text polisent analyses
        assert doc.text[c.start:c.end] == c.text
    assert {c.speaker for c in st.claims} == {"Nora Feld"}  # the byline names the op-ed's author
    assert not any("Harbour talks stall" == c.text for c in st.claims)  # the title is a heading


def test_without_trafilatura_the_page_is_read_as_it_is(monkeypatch) -> None:
    monkeypatch.setattr(inputs, "_trafilatura", lambda: None)
    doc = html_document(PAGE, id="p1")
    assert doc.text == PAGE and doc.meta["html_extractor"] == "none"
    st = RuleSegmenter().segment(doc.text)
    texts = [c.text for c in st.claims]
    assert any(t.startswith("Pavel Kos, an analyst") for t in texts)
    assert not any("<" in t or ">" in t for t in texts)
    for c in st.claims:
        assert PAGE[c.start:c.end] == c.text


def test_extractor_failure_falls_back(monkeypatch) -> None:
    class Broken:
        @staticmethod
        def extract(*a, **k):
            raise ValueError("bad page")

        @staticmethod
        def extract_metadata(*a, **k):
            return None

    monkeypatch.setattr(inputs, "_trafilatura", lambda: Broken)
    doc = html_document(PAGE)
    assert doc.text == PAGE and doc.meta["html_extractor"] == "none"


def test_html_files_and_html_on_stdin_are_pages(tmp_path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "note.txt").write_text("The talks ended.", encoding="utf-8")
    docs = {d.id: d for d in read_documents([str(tmp_path)])}
    page = next(d for k, d in docs.items() if k.endswith("page.html"))
    note = next(d for k, d in docs.items() if k.endswith("note.txt"))
    assert page.meta["format"] == "html" and "format" not in note.meta
    (stdin_doc,) = read_documents(["-"], stdin=io.StringIO(PAGE))
    assert stdin_doc.meta["format"] == "html" and stdin_doc.id == "<stdin>"


def test_cli_analyze_html_file(tmp_path, capsys) -> None:
    from polisent.cli import main

    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    assert main(["analyze", str(path), "--model", "none"]) == 0
    rec = json.loads(capsys.readouterr().out.splitlines()[0])
    for c in rec["claims"]:
        assert rec["text"][c["start"]:c["end"]] == c["text"]
    assert any("smugglers gain" in c["text"] for c in rec["claims"])


def test_corpus_reads_html_files(tmp_path) -> None:
    from polisent.corpus.sources import read_inputs

    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (item,) = list(read_inputs(tmp_path))
    assert item.id == "page" and item.error is None and item.meta["format"] == "html"
    assert "smugglers gain" in item.text
