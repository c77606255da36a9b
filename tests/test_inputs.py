"""Reading inputs: decoding, JSON Lines, directories."""

from __future__ import annotations

import io

import pytest

from polisent.analyzer import Document
from polisent.errors import InputDecodeError, InputError
from polisent.inputs import InputFailure, decode_bytes, read_documents


def test_decode_bytes_handles_bom_and_refuses_binary_and_latin1() -> None:
    assert decode_bytes("\ufeffKyiv".encode()) == "Kyiv"
    with pytest.raises(InputDecodeError, match="binary"):
        decode_bytes(b"ab\x00cd")
    with pytest.raises(InputDecodeError, match="not valid UTF-8"):
        decode_bytes("café".encode("latin-1"))


def test_missing_paths_fail_before_reading(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("x")
    with pytest.raises(InputError, match="No such file"):
        list(read_documents([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]))


def test_jsonl_meta_and_ids(tmp_path) -> None:
    f = tmp_path / "c.jsonl"
    f.write_text('{"doc": 7, "text": "Moscow.", "outlet": "X", "tags": [1]}\n{"text": 5}\n')
    out = list(read_documents([str(f)], id_key="doc"))
    assert isinstance(out[0], Document) and out[0].id == "7" and dict(out[0].meta) == {"outlet": "X"}
    assert isinstance(out[1], InputFailure) and "must be a string" in out[1].reason


def test_stdin_text_and_jsonl() -> None:
    (doc,) = read_documents(["-"], stdin=io.StringIO("Kyiv.\r\nMoscow."))
    assert isinstance(doc, Document) and doc.text == "Kyiv.\r\nMoscow."
    docs = list(read_documents(["-"], stdin=io.StringIO('{"text": "a"}\n{"text": "b"}\n'), stdin_format="jsonl"))
    assert [d.text for d in docs] == ["a", "b"]
    (empty,) = read_documents(["-"], stdin=io.StringIO("  \n"))
    assert isinstance(empty, InputFailure)


def test_directory_walk_is_sorted_and_skips_hidden(tmp_path) -> None:
    (tmp_path / "b.txt").write_text("B")
    (tmp_path / "a.md").write_text("A")
    (tmp_path / ".hidden").write_text("H")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("C")
    assert [d.text for d in read_documents([str(tmp_path)])] == ["A", "B", "C"]


@pytest.mark.parametrize("data,kind,advice", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document", "pdftotext"),
    (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml", "a Word document", "pandoc"),
    (b"PK\x03\x04\x14\x00\x00\x00\x08\x00data.csv", "a ZIP archive (a .docx, .odt, .epub or .zip)", "unpack it"),
    (b"{\\rtf1\\ansi\\deff0 {\\fonttbl}", "an RTF document", "pandoc"),
])
def test_a_document_format_given_as_text_says_what_to_do(data: bytes, kind: str, advice: str) -> None:
    with pytest.raises(InputDecodeError) as err:
        decode_bytes(data, source="transcript")
    assert f"transcript is {kind}, not text" in str(err.value) and advice in str(err.value)
