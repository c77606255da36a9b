"""Reading documents from files, directories, JSON Lines and stdin.

Each input becomes a :class:`~polisent.Document`, or an :class:`InputFailure` that says why
it could not be read, so a bad file becomes an error record instead of stopping a run.

>>> from pathlib import Path; import tempfile
>>> d = Path(tempfile.mkdtemp()); _ = (d / "a.jsonl").write_text('{"id": "x", "text": "Hi."}\\nnot json\\n')
>>> [type(r).__name__ for r in read_documents([str(d / "a.jsonl")])]
['Document', 'InputFailure']
"""

from __future__ import annotations

import codecs
import json
import logging
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from polisent.analyzer import Document
from polisent.errors import InputDecodeError, InputError

logger = logging.getLogger(__name__)

__all__ = ["InputFailure", "decode_bytes", "iter_jsonl", "read_documents"]

#: File suffixes read as JSON Lines (one record per line) rather than as one document.
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})


@dataclass(frozen=True, slots=True)
class InputFailure:
    """An input that could not be turned into a document: where, and why."""

    source: str
    reason: str
    id: str | None = None


def decode_bytes(data: bytes, *, source: str = "input") -> str:
    """Decode text bytes: UTF-8 (a BOM is dropped) or UTF-16 with a BOM. Binary data and text in
    another encoding raise :class:`InputDecodeError` naming ``source`` and what to do; nothing is
    guessed, so no text is silently garbled.

    >>> decode_bytes(b"\\xef\\xbb\\xbfKyiv")
    'Kyiv'
    >>> decode_bytes(b"\\x89PNG\\x00\\x00", source="x.png")
    Traceback (most recent call last):
    ...
    polisent.errors.InputDecodeError: x.png looks like a binary file (it contains NUL bytes); give a UTF-8 text file.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InputError(f"decode_bytes() needs bytes, got {type(data).__name__}.")
    raw = bytes(data)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputDecodeError(f"{source} starts with a UTF-16 byte-order mark but is not valid UTF-16 ({exc.reason}).") from None
    if b"\x00" in raw[:65536]:
        raise InputDecodeError(f"{source} looks like a binary file (it contains NUL bytes); give a UTF-8 text file.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputDecodeError(
            f"{source} is not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "convert it first, e.g. `iconv -f cp1252 -t utf-8`."
        ) from None


def iter_jsonl(lines: Iterable[str], *, source: str, text_key: str = "text", id_key: str = "id") -> Iterator[Document | InputFailure]:
    """Parse JSON Lines records into documents; other keys (scalars) become ``meta``."""
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputFailure(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield InputFailure(where, f"expected a JSON object, got {type(record).__name__}")
            continue
        rid = record.get(id_key)
        rid = where if rid is None else str(rid)
        if text_key not in record:
            keys = ", ".join(sorted(map(str, record))[:10]) or "none"
            yield InputFailure(where, f"no {text_key!r} key (keys: {keys}); name the text field with --text-key", rid)
            continue
        text = record[text_key]
        if not isinstance(text, str):
            yield InputFailure(where, f"{text_key!r} must be a string, got {type(text).__name__}", rid)
            continue
        meta = {k: v for k, v in record.items() if k not in (text_key, id_key) and isinstance(v, (str, int, float, bool))}
        yield Document(text, rid, meta)


def _read_file(path: Path, *, text_key: str, id_key: str) -> Iterator[Document | InputFailure]:
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputFailure(source, f"cannot read file ({exc.strerror or exc})")
        return
    try:
        text = decode_bytes(data, source=source)
    except InputDecodeError as exc:
        yield InputFailure(source, str(exc))
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from iter_jsonl(text.splitlines(), source=source, text_key=text_key, id_key=id_key)
    elif not text.strip():
        yield InputFailure(source, "file is empty", source)
    else:
        yield Document(text, source, {"source": source})


def _walk(directory: Path) -> Iterator[Path]:
    for path in sorted(directory.rglob("*")):
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(directory).parts):
            yield path


def read_documents(
    sources: Iterable[str], *, text_key: str = "text", id_key: str = "id", stdin: IO[str] | None = None,
    stdin_format: str = "text",
) -> Iterator[Document | InputFailure]:
    """Yield documents from paths (files, directories, ``.jsonl`` files) and ``-`` for stdin.

    Raises:
        InputError: a path does not exist (checked for all paths before anything is read).
    """
    sources = list(sources)
    missing = [s for s in sources if s != "-" and not Path(s).exists()]
    if missing:
        raise InputError(f"No such file or directory: {missing[0]}" + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""))
    for source in sources:
        if source == "-":
            stream = stdin if stdin is not None else sys.stdin
            if stdin_format == "jsonl":
                yield from iter_jsonl(stream, source="<stdin>", text_key=text_key, id_key=id_key)
            else:
                text = stream.read()
                if not text.strip():
                    yield InputFailure("<stdin>", "standard input is empty", "<stdin>")
                else:
                    yield Document(text, "<stdin>", {"source": "<stdin>"})
            continue
        path = Path(source)
        if path.is_dir():
            found = False
            for file in _walk(path):
                found = True
                yield from _read_file(file, text_key=text_key, id_key=id_key)
            if not found:
                yield InputFailure(source, "directory has no files")
        else:
            yield from _read_file(path, text_key=text_key, id_key=id_key)


def as_error_record(failure: InputFailure) -> dict[str, Any]:
    """The JSON record written for an input that could not be read."""
    return {"id": failure.id or failure.source, "source": failure.source, "error": failure.reason}
