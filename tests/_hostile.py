"""Hostile inputs and the properties every run must keep, shared by ``tests/test_fuzz.py`` (bounded,
in CI) and ``benchmarks/soak_fuzz.py`` (long soak).

Strategies generate documents, JSON Lines files, CSV files and directories of files with hostile
names; each ``check_*`` function runs one entry point (``Analyzer.pipe``, ``polisent analyze``,
``polisent corpus run``) on one generated input and asserts:

- no exception escapes, except a :class:`~polisent.PolisentError` where the whole input is refused;
- one output row per input record or file (error rows included), in input order where there is one;
- every span satisfies ``text[start:end] == span.text``;
- exit codes follow the README: ``analyze`` 0, or 1 when some inputs failed; ``corpus run`` 0 with
  error rows; 1 with a one-line message when the input as a whole is refused; 2 for usage errors.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from polisent import Analyzer, Document, PolisentError
from polisent.testing import FakeScorer

ANALYZER = Analyzer(scorer=FakeScorer(), progress=False)

#: Pieces that steer generated text into the segmenter's and linker's rules, and into trouble.
PIECES = ["Moscow", "the Kremlin", "Putin", "he", "NATO", "Biden", "Kyiv", "U.S.", "may", "if", "said", "failed", "strong",
          "Q:", "A:", "Maria Lopez:", "### Is it holding?", "**Could China help?**", "Photo:", "Read more", "http://t.co/x",
          "<p>", "</p>", "&amp;", "\u201c", "\u201d", "...", "?", ".", ",", ";", ": ", "\n", "\n\n", "\r\n", "\r", "\t",
          "\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\ufeff", "\u200b", "\u202e", "\x00", "\x1b[31m", "e\u0301",
          "\U0001F600", "\ud800", "\udfff", "\uffff", "\U0010FFFF", " " * 50, "a" * 300]

any_char = st.characters(exclude_categories=())  # every code point, lone surrogates included
texts = st.one_of(
    st.text(any_char, max_size=200),
    st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(any_char, max_size=4)), max_size=40).map("".join),
)
ids = st.one_of(st.none(), st.integers(-5, 5), st.text(any_char, max_size=20), st.sampled_from(["a", "a", "", " ", "x" * 300]))
meta_values = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(any_char, max_size=20),
                        st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
                        st.sampled_from(["2024-03-05", "5 March 2024", "03/05/2024", "not a date", "2024-13-45"]))


def spans_hold(doc: Any) -> None:
    """Every span of an analysis points into its text."""
    text = doc.text
    for span in (*doc.segments, *doc.claims, *(q for c in doc.claims for q in c.cues), *doc.mentions):
        assert 0 <= span.start <= span.end <= len(text), span
        assert text[span.start:span.end] == span.text, span


def encodable(value: Any) -> None:
    """Output rows must be writable as UTF-8 JSON."""
    json.dumps(value, ensure_ascii=False, allow_nan=True).encode("utf-8")


# -- Analyzer.pipe ------------------------------------------------------------------------------------
@st.composite
def pipe_items(draw: Any) -> list[Any]:
    def item() -> Any:
        kind = draw(st.sampled_from(["str", "doc", "doc", "bad"]))
        if kind == "str":
            return draw(texts)
        if kind == "doc":
            meta = draw(st.one_of(st.none(), st.dictionaries(st.text(max_size=8), meta_values, max_size=3)))
            return Document(draw(texts), id=draw(ids), meta=meta)
        return draw(st.sampled_from([None, 3, b"bytes", ["x"], Document(None, id="n"), Document(5, id="i"),  # type: ignore[arg-type]
                                     Document("x", id="m", meta=7)]))  # type: ignore[arg-type]

    return [item() for _ in range(draw(st.integers(0, 12)))]


def check_pipe(items: list[Any], batch_size: int) -> None:
    out = list(ANALYZER.pipe(items, batch_size=batch_size, on_error="return"))
    assert len(out) == len(items)
    for item, doc in zip(items, out, strict=True):
        if isinstance(item, Document):
            assert doc.id == item.id
        if doc.error is None:
            assert doc.text == (item.text if isinstance(item, Document) else item)
            spans_hold(doc)
        data = doc.to_dict()
        json.dumps(data)  # JSON-ready whatever came in; the id and meta come back as given, so only the rest must be UTF-8
        encodable({k: v for k, v in data.items() if k not in ("id", "meta")})
    for item in items[:3]:  # one document at a time: a result or a PolisentError, nothing else
        try:
            ANALYZER(item)
        except PolisentError:
            pass


# -- JSON Lines ---------------------------------------------------------------------------------------
@dataclass
class JsonlCase:
    data: bytes
    n_records: int
    first_lacks_text: bool  #: the first record is an object without "text" (the whole file is refused by corpus run)


junk_lines = st.one_of(
    st.binary(min_size=1, max_size=40).map(lambda b: b.replace(b"\n", b" ")),
    st.sampled_from([b"{oops", b"[1, 2]", b"null", b'"text"', b"{\"text\": 5}", b"{\"text\": null}", b"{\"id\": \"x\"}",
                     b"[" * 5000 + b"]" * 5000, b'{"text": ' + b"[" * 50_000 + b"]" * 50_000 + b"}", b"1" * 5000,
                     b'{"text": "x\x00y"}', b'{"text": "caf\xe9"}', b'{"text": "\\ud800"}', b'{"id": "\\udc00", "text": "Kyiv."}',
                     b'{"text": "   "}', b'{"text": ""}', b"\xef\xbb\xbf{\"text\": \"bom\"}", b"\x00\x00\x00"]),
).filter(lambda b: b.strip() != b"")


@st.composite
def jsonl_files(draw: Any) -> JsonlCase:
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16"]))
    lines: list[bytes] = []
    first_lacks_text = False
    for n in range(draw(st.integers(1, 10))):
        if encoding == "utf-8" and draw(st.integers(0, 3)) == 0:
            line = draw(junk_lines)
            if n == 0:
                with contextlib.suppress(Exception):
                    first = json.loads(line.decode("utf-8-sig"))
                    first_lacks_text = isinstance(first, dict) and "text" not in first
        else:
            record: dict[str, Any] = {}
            if draw(st.integers(0, 9)) > 0:
                record["text"] = draw(texts)
            if draw(st.booleans()):
                record["id"] = draw(ids)
            for key in draw(st.lists(st.sampled_from(["speaker", "outlet", "date", "title", "text_extra", "\u2028"]), max_size=3)):
                record[key] = draw(meta_values)
            first_lacks_text = first_lacks_text or (n == 0 and "text" not in record)
            ascii_only = encoding == "utf-16" or draw(st.booleans())
            line = json.dumps(record, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
        lines.append(line)
        if draw(st.integers(0, 5)) == 0:
            lines.append(draw(st.sampled_from([b"", b"   ", b"\t", b"\r"])))
    data = b"\n".join(lines) + draw(st.sampled_from([b"", b"\n", b"\r\n"]))
    if encoding == "utf-8-sig":
        data = b"\xef\xbb\xbf" + data
    elif encoding == "utf-16":
        data = data.decode("utf-8").encode("utf-16")
    n_records = sum(1 for line in lines if line.strip())
    return JsonlCase(data, n_records, first_lacks_text)


def _cli(argv: list[str]) -> tuple[int, str, str]:
    from polisent.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def check_analyze_jsonl(case: JsonlCase) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        src.write_bytes(case.data)
        code, _, err = _cli(["analyze", str(src), "--model", "fake", "--no-progress", "-o", str(dst)])
        assert "Traceback" not in err
        rows = [json.loads(line) for line in dst.read_bytes().decode("utf-8").split("\n") if line]
        assert len(rows) == case.n_records, (len(rows), case.n_records, err)
        n_errors = sum(bool(r.get("error")) for r in rows)
        assert code == (1 if n_errors else 0), (code, err)
        for row in rows:
            if not row.get("error"):
                for kind in ("segments", "claims", "mentions"):
                    for span in row[kind]:
                        assert row["text"][span["start"]:span["end"]] == span["text"]
        fmt = ("csv", "table")[len(case.data) % 2]  # the other writers: same exit code, readable UTF-8, no traceback
        other = Path(tmp) / f"out.{fmt}"
        code2, _, err2 = _cli(["analyze", str(src), "--model", "fake", "--no-progress", "-o", str(other), "--format", fmt])
        assert code2 == code and "Traceback" not in err2, (fmt, code2, err2)
        other.read_bytes().decode("utf-8")


def _run_tables(src: Path, out: Path, *extra: str) -> tuple[int, str, dict[str, Any] | None]:
    from polisent.corpus import load_tables

    code, stdout, err = _cli(["corpus", "run", str(src), "-o", str(out), "--format", "csv", "--model", "fake", "--no-progress",
                              *extra])
    assert "Traceback" not in err
    if code != 0:
        assert code == 1 and err.count("polisent: error:") == 1, (code, err)
        return code, err, None
    return code, stdout + err, load_tables(out)


def _corpus_spans_hold(tables: dict[str, Any]) -> None:
    docs = tables["documents"]
    if docs.empty:
        return
    text_of = dict(zip(docs["doc_id"], docs["text"], strict=True))
    for kind in ("segments", "claims", "mentions"):
        df = tables[kind]
        if df.empty:
            continue
        for doc_id, start, end, span in zip(df["doc_id"], df["start"], df["end"], df["text"], strict=True):
            text = text_of[doc_id]
            span = "" if span != span else span  # CSV reads an empty span back as NaN
            assert text[int(start):int(end)] == span, (kind, doc_id, start, end)


def check_corpus_jsonl(case: JsonlCase) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_bytes(case.data)
        code, err, tables = _run_tables(src, Path(tmp) / "out")
        if tables is None:  # the whole input refused: only for a first record without the text field
            assert case.first_lacks_text and "text" in err, err
            return
        docs = tables["documents"]
        assert len(docs) == case.n_records
        if case.n_records:
            assert list(docs["input_index"]) == list(range(case.n_records))
            assert ((docs["status"] == "error") == docs["error"].notna()).all()
        _corpus_spans_hold(tables)


# -- CSV ------------------------------------------------------------------------------------------------
@dataclass
class CsvCase:
    data: bytes
    n_records: int


@st.composite
def csv_files(draw: Any) -> CsvCase:
    extra = draw(st.lists(st.sampled_from(["id", "speaker", "outlet", "date", "title"]), unique=True, max_size=4))
    header = draw(st.permutations(["text", *extra]))
    # a CSV file is bytes: lone surrogates (which no UTF-8 file can hold) become "?" in every cell
    cell = st.one_of(texts, meta_values.map(str)).map(lambda s: s.encode("utf-8", "replace").decode("utf-8"))
    rows = []
    for _ in range(draw(st.integers(0, 8))):
        width = len(header) + draw(st.sampled_from([0, 0, 0, 0, -1, 1]))
        rows.append([draw(cell) for _ in range(max(width, 1))])
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    writer.writerows(rows)
    data = buf.getvalue().encode("utf-8")
    if draw(st.booleans()):
        data = b"\xef\xbb\xbf" + data
    return CsvCase(data, len(rows))


def check_corpus_csv(case: CsvCase) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.csv"
        src.write_bytes(case.data)
        code, err, tables = _run_tables(src, Path(tmp) / "out")
        if tables is None:
            assert case.n_records == 0 or "CSV" in err, err  # a header-only file holds no documents
            return
        docs = tables["documents"]
        assert len(docs) == case.n_records, (len(docs), case.n_records)
        _corpus_spans_hold(tables)


# -- directories with hostile file names -------------------------------------------------------------------
name_stems = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",), exclude_characters="/\x00"), min_size=1, max_size=30),
    st.binary(min_size=1, max_size=20).map(lambda b: b.replace(b"/", b"_").replace(b"\x00", b"_")),
    st.sampled_from(["a", "a", "A", "a.md", "x" * 200, " ", "-", "metadata", "\u2028", "caf\u00e9", "caf\u0065\u0301", "#1", "doc?*"]),
)


@dataclass
class DirCase:
    files: list[tuple[bytes, bytes]]  #: (file name, content)


@st.composite
def directories(draw: Any) -> DirCase:
    files: dict[bytes, bytes] = {}
    for _ in range(draw(st.integers(1, 8))):
        stem = draw(name_stems)
        raw = stem if isinstance(stem, bytes) else stem.encode("utf-8")
        name = raw[:200] + draw(st.sampled_from([b".txt", b".md", b".TXT", b".txt", b".csv.txt", b"", b".json"]))
        if name in (b".", b"..") or name.lower() in (b"metadata.csv", b"metadata.jsonl"):
            continue
        content = draw(st.one_of(texts.map(lambda s: s.encode("utf-8", "surrogatepass")), st.binary(max_size=50),
                                 st.sampled_from([b"", b"\xff\xfeHi there", "Hi".encode("utf-16"), b"\x00\x01"])))
        files[name] = content
    return DirCase(sorted(files.items()))


def _write_dir(root: Path, case: DirCase) -> list[bytes]:
    root.mkdir()
    for name, content in case.files:
        with open(os.fsencode(root) + b"/" + name, "wb") as fh:
            fh.write(content)
    return [name for name, _ in case.files if not name.startswith(b".")]


def check_analyze_directory(case: DirCase) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        visible = _write_dir(Path(tmp) / "in", case)
        dst = Path(tmp) / "out.jsonl"
        code, _, err = _cli(["analyze", str(Path(tmp) / "in"), "--model", "fake", "--no-progress", "-o", str(dst)])
        assert "Traceback" not in err
        if not visible:
            assert code == 1
            return
        rows = [json.loads(line) for line in dst.read_bytes().decode("utf-8").split("\n") if line]
        assert len(rows) == len(visible), (len(rows), len(visible), err)
        assert code == (1 if any(r.get("error") for r in rows) else 0), (code, err)


def check_corpus_directory(case: DirCase) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        visible = _write_dir(Path(tmp) / "in", case)
        docs_in = [n for n in visible if n.lower().endswith((b".txt", b".md"))]
        code, err, tables = _run_tables(Path(tmp) / "in", Path(tmp) / "out")
        if tables is None:
            assert not docs_in and "no .txt, .md, .html, .vtt or .srt files" in err, err
            return
        docs = tables["documents"]
        assert len(docs) == len(docs_in), (len(docs), len(docs_in), err)
        assert docs["doc_id"].is_unique or (docs["status"] == "error").any()
        _corpus_spans_hold(tables)


# -- command-line usage --------------------------------------------------------------------------------------
option_values = st.one_of(st.integers(-3, 3).map(str), st.sampled_from(["10" * 20, "1e3", "", "-", "0x10", "٣", " 4", "64"]),
                          st.text(max_size=5))


def check_batch_size_option(value: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "a.txt"
        src.write_text("Moscow failed. NATO is strong.", encoding="utf-8")
        code, _, err = _cli(["analyze", str(src), "--model", "fake", "--no-progress", "-o", str(Path(tmp) / "o.jsonl"),
                             "--batch-size", value])
        assert "Traceback" not in err
        try:
            valid = 1 <= int(value) <= 1_000_000
        except ValueError:
            valid = False
        assert code == (0 if valid else 2), (value, code, err)
