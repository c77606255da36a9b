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
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from polisent.analyzer import Document
from polisent.errors import InputDecodeError, InputError

logger = logging.getLogger(__name__)

__all__ = ["InputFailure", "decode_bytes", "escape_surrogates", "html_document", "iter_jsonl", "jsonl_lines", "looks_like_html",
           "parse_json_line", "read_documents", "walk_files"]

#: File suffixes read as JSON Lines (one record per line) rather than as one document.
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
#: File suffixes read as web pages (main text through trafilatura when it is installed).
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])",
                         re.IGNORECASE | re.DOTALL)


def looks_like_html(text: str) -> bool:
    """True when ``text`` is a web page (starts with a doctype or an ``<html>``, ``<head>`` or ``<body>`` tag).

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi.</p></body></html>"), looks_like_html("Q: <b>Why?</b>")
    (True, False)
    """
    return _HTML_START.match(text[:4096]) is not None


def _trafilatura() -> Any | None:
    try:
        import trafilatura
    except ImportError:  # the optional `html` extra is not installed (or broken): the rule-based path reads the page
        return None
    return trafilatura


def html_document(html: str, *, id: str | None = None, meta: dict[str, Any] | None = None) -> Document:
    """A :class:`~polisent.Document` from a web page.

    With the ``html`` extra (``pip install "polisent[html]"``) the page's main text is extracted by
    trafilatura as light markdown (headings, bold questions, paragraphs; navigation, share rows and
    comments left out), and the page's byline, date and title become ``meta["byline"]``,
    ``meta["date"]`` and ``meta["title"]``; the byline is also written under the title as a
    ``By ...`` line, so op-ed text gets its author. Every offset of the analysis then points into
    this extracted text (``Document.text``, written as ``text`` in the output records), which is
    the text polisent analyses. Without trafilatura, or when it finds no main text, the page is
    analysed as it is: the segmenter masks the tags, and offsets point into the HTML.
    ``meta["html_extractor"]`` says which path was taken.

    >>> doc = html_document("<html><body><article><h1>Talks stall</h1><p>The talks ended without a deal, "
    ...                     "and the ministry said it would wait for the election.</p></article></body></html>")
    >>> doc.meta["format"], doc.meta["html_extractor"] in ("none", "trafilatura")
    ('html', True)
    """
    meta = dict(meta or {})
    meta["format"] = "html"
    traf = _trafilatura()
    text = None
    if traf is not None:
        try:
            text = traf.extract(html, output_format="markdown", include_formatting=True, include_comments=False,
                                include_tables=True, favor_precision=True, with_metadata=False)
            info = traf.extract_metadata(html)
        except Exception as exc:  # noqa: BLE001 - a page the extractor cannot parse is read by the rule-based path
            logger.warning("trafilatura could not read %s (%s: %s); reading the page as it is", id or "an HTML page",
                           type(exc).__name__, exc)
            text, info = None, None
    if not text or not text.strip():
        meta["html_extractor"] = "none"
        return Document(html, id, meta)
    meta["html_extractor"] = "trafilatura"
    for key in ("title", "author", "date", "sitename", "url"):
        value = getattr(info, key, None) if info is not None else None
        if value and key not in meta:
            meta["byline" if key == "author" else key] = value
    byline = meta.get("byline")
    if byline and byline.lower() not in text[:400].lower():
        lines = text.split("\n", 1)
        if lines[0].startswith("#") and len(lines) > 1:  # under the title heading
            text = f"{lines[0]}\n\nBy {byline}\n{lines[1]}"
        else:
            text = f"By {byline}\n\n{text}"
    return Document(text, id, meta)


@dataclass(frozen=True, slots=True)
class InputFailure:
    """An input that could not be turned into a document: where, and why."""

    source: str
    reason: str
    id: str | None = None


def decode_bytes(data: bytes, *, source: str = "input") -> str:
    """Decode text bytes: UTF-8 (a BOM is dropped), or UTF-16 / UTF-32 with a BOM. Binary data and
    text in another encoding raise :class:`InputDecodeError` naming ``source`` and what to do;
    nothing is guessed, and text decoded after a byte-order mark is checked, so no text is
    silently garbled (``ff fe`` before plain text is refused, not read as UTF-16 noise).

    >>> decode_bytes(b"\\xef\\xbb\\xbfKyiv")
    'Kyiv'
    >>> decode_bytes(b"\\x89PNG\\x00\\x00", source="x.png")
    Traceback (most recent call last):
    ...
    polisent.errors.InputDecodeError: x.png looks like a binary file (it contains NUL bytes); give a UTF-8 text file.
    >>> decode_bytes(b"%PDF-1.7\\n%\\xe2\\xe3", source="report.pdf")
    Traceback (most recent call last):
    ...
    polisent.errors.InputDecodeError: report.pdf is a PDF document, not text; extract its text first, e.g. `pdftotext -layout FILE.pdf FILE.txt` (poppler-utils).
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InputError(f"decode_bytes() needs bytes, got {type(data).__name__}.")
    raw = bytes(data)
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return _decode_with_bom(raw, bom, codec, source)
    for magic, kind, how in _KNOWN_FORMATS:
        if raw.startswith(magic) and (magic != b"PK\x03\x04" or how is _ZIP_HOW or b"word/" in raw[:4096]):
            raise InputDecodeError(f"{source} is {kind}, not text; {how}")
    if b"\x00" in raw[:65536]:
        raise InputDecodeError(f"{source} looks like a binary file (it contains NUL bytes); give a UTF-8 text file.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputDecodeError(
            f"{source} is not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "convert it first, e.g. `iconv -f cp1252 -t utf-8`."
        ) from None


_ZIP_HOW = "unpack it and give its text files."
#: Document formats a user may hand over as they are (a think tank's PDF, a Word transcript): what to do instead.
#: (Extracting them is left to dedicated tools: a PDF's reading order, columns and footnotes need a layout-aware
#: extractor that polisent does not bundle.)
_KNOWN_FORMATS = (
    (b"%PDF", "a PDF document", "extract its text first, e.g. `pdftotext -layout FILE.pdf FILE.txt` (poppler-utils)."),
    (b"PK\x03\x04", "a Word document", "save it as plain text, e.g. `pandoc -t plain FILE.docx -o FILE.txt`."),
    (b"PK\x03\x04", "a ZIP archive (a .docx, .odt, .epub or .zip)", _ZIP_HOW),
    (b"{\\rtf", "an RTF document", "save it as plain text, e.g. `pandoc -t plain FILE.rtf -o FILE.txt`."),
    (b"\xd0\xcf\x11\xe0", "a legacy Office document (.doc)", "save it as plain text from the office program."),
)
#: Byte-order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _decode_with_bom(raw: bytes, bom: bytes, codec: str, source: str) -> str:
    name = codec.upper()
    advice = "give a UTF-8 text file (and remove any stray bytes at its start)"
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputDecodeError(f"{source} starts with a {name} byte-order mark but is not valid {name} "
                               f"({exc.reason} at byte {exc.start}); {advice}.") from None
    body = raw[len(bom):]
    # Text in UTF-16 has zero bytes (every ASCII character, space and newline has one); bytes
    # ff fe before plain UTF-8 text have none and would decode into CJK-looking noise.
    if codec == "utf-16" and body and b"\x00" not in body:
        raise InputDecodeError(f"{source} starts with the bytes {bom.hex(' ')} (a UTF-16 byte-order mark), but what "
                               f"follows is not UTF-16 text; {advice}.")
    m = _CONTROL.search(text)
    bad = f"the control character U+{ord(m.group()):04X} at offset {m.start()}" if m else None
    if bad is None:
        unassigned = sorted(c for c in set(text) if unicodedata.category(c) == "Cn")
        if unassigned:
            bad = f"the unassigned code point U+{ord(unassigned[0]):04X}"
    if bad is not None:
        raise InputDecodeError(f"{source} starts with a {name} byte-order mark but decodes to {bad}, so it is not "
                               f"{name} text; {advice}.")
    return text


def escape_surrogates(value: str) -> str:
    """``value`` with lone surrogates (and undecodable bytes of file names) written as ``\\udc00``
    escapes, so it can be encoded as UTF-8; other text is unchanged.

    >>> escape_surrogates("caf\\udce9.txt")
    'caf\\\\udce9.txt'
    """
    if _SURROGATE.search(value) is None:
        return value
    return value.encode("utf-8", "backslashreplace").decode("utf-8")


def display_path(path: Path | str) -> str:
    """A path as text that encodes as UTF-8: bytes of a non-UTF-8 file name become ``\\xe9`` escapes.

    >>> display_path(Path("caf\\udce9.txt"))
    'caf\\\\xe9.txt'
    """
    s = str(path)
    if _SURROGATE.search(s) is None:
        return s
    return os.fsencode(s).decode("utf-8", "backslashreplace")


def surrogate_problem(text: str, what: str = "text") -> str | None:
    """Why ``text`` cannot be analysed or stored as UTF-8 (a lone surrogate), or None.

    >>> surrogate_problem("ok"), surrogate_problem("x\\ud800")
    (None, 'text has a lone surrogate U+D800 at offset 1 (not valid Unicode); fix the encoding of the source')
    """
    m = _SURROGATE.search(text)
    if m is None:
        return None
    return (f"{what} has a lone surrogate U+{ord(m.group()):04X} at offset {m.start()} (not valid Unicode); "
            "fix the encoding of the source")


def parse_json_line(line: str) -> tuple[Any, str | None]:
    """``(record, None)`` for a JSON line, or ``(None, what is wrong)``: never raises, whatever the
    line holds (malformed, nested thousands deep, an integer too long to convert).

    >>> parse_json_line('{"a": 1}'), parse_json_line("[" * 100_000)
    (({'a': 1}, None), (None, 'nested too deeply to read'))
    """
    try:
        return json.loads(line), None
    except json.JSONDecodeError as exc:
        return None, f"{exc.msg} at column {exc.colno}"
    except RecursionError:
        return None, "nested too deeply to read"
    except ValueError as exc:
        return None, str(exc)


def jsonl_lines(data: bytes, *, source: str) -> Iterator[tuple[int, str | None, str | None]]:
    """``(line number, line, None)`` for each non-blank line of a JSON Lines file, or
    ``(line number, None, reason)`` for a line that is not text.

    Records are split at ``\\n`` only (U+2028, U+2029 and U+0085 may stand raw inside JSON
    strings); each line is decoded on its own, so one bad byte costs one record, not the file.
    A file with a UTF-16 or UTF-32 byte-order mark is decoded as a whole first.

    >>> list(jsonl_lines(b'{"a": 1}\\n\\n{"b": "x\\xe2\\x80\\xa8y"}\\n\\xff\\n', source="f"))
    [(1, '{"a": 1}', None), (3, '{"b": "x\\u2028y"}', None), (4, None, 'line 4 is not valid UTF-8 (byte 0xff at column 1)')]
    """
    if data.startswith(tuple(bom for bom, _ in _BOMS)):
        try:
            text = decode_bytes(data, source=source)
        except InputDecodeError as exc:
            yield 1, None, str(exc)
            return
        for n, line in enumerate(text.split("\n"), start=1):
            line = line.removesuffix("\r")
            if line.strip(" \t\r\n\f\v"):
                yield n, line, None
        return
    for n, raw in enumerate(data.split(b"\n"), start=1):
        if n == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        if not raw.strip():
            continue
        try:
            yield n, raw.decode("utf-8").removesuffix("\r"), None
        except UnicodeDecodeError as exc:
            yield n, None, f"line {n} is not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})"


def iter_jsonl(lines: Iterable[str], *, source: str, text_key: str = "text", id_key: str = "id") -> Iterator[Document | InputFailure]:
    """Parse JSON Lines records into documents; other keys (scalars) become ``meta``."""
    for lineno, line in enumerate(lines, start=1):
        if not line.strip(" \t\r\n\f\v"):
            continue
        yield _record(line, f"{source}:{lineno}", text_key, id_key)


def _record(line: str, where: str, text_key: str, id_key: str) -> Document | InputFailure:
    record, problem = parse_json_line(line)
    if problem is not None:
        return InputFailure(where, f"invalid JSON ({problem})")
    if not isinstance(record, dict):
        return InputFailure(where, f"expected a JSON object, got {type(record).__name__}")
    rid = record.get(id_key)
    rid = where if rid is None else escape_surrogates(str(rid))
    if text_key not in record:
        keys = ", ".join(sorted(escape_surrogates(str(k)) for k in record)[:10]) or "none"
        return InputFailure(where, f"no {text_key!r} key (keys: {keys}); name the text field with --text-key", rid)
    text = record[text_key]
    if not isinstance(text, str):
        return InputFailure(where, f"{text_key!r} must be a string, got {type(text).__name__}", rid)
    problem = surrogate_problem(text)
    if problem is not None:
        return InputFailure(where, problem, rid)
    meta = {escape_surrogates(k): escape_surrogates(v) if isinstance(v, str) else v
            for k, v in record.items() if k not in (text_key, id_key) and isinstance(v, (str, int, float, bool))}
    return Document(text, rid, meta)


def _not_regular(path: Path) -> str | None:
    """Why ``path`` is not a regular file that can be read without blocking, or None."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return f"cannot read file ({exc.strerror or exc})"
    if stat.S_ISREG(mode):
        return None
    kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a directory" if stat.S_ISDIR(mode) else "special")
    return f"not a regular file ({kind}); give a file, or '-' to read a pipe from standard input"


def _read_file(path: Path, *, text_key: str, id_key: str) -> Iterator[Document | InputFailure]:
    source = display_path(path)
    problem = _not_regular(path)
    if problem is not None:
        yield InputFailure(source, problem, source)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputFailure(source, f"cannot read file ({exc.strerror or exc})")
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        for lineno, line, problem in jsonl_lines(data, source=source):
            where = f"{source}:{lineno}"
            yield InputFailure(where, problem) if line is None else _record(line, where, text_key, id_key)
        return
    try:
        text = decode_bytes(data, source=source)
    except InputDecodeError as exc:
        yield InputFailure(source, str(exc))
        return
    if not text.strip():
        yield InputFailure(source, "file is empty", source)
    elif path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        yield html_document(text, id=source, meta={"source": source})
    else:
        yield Document(text, source, {"source": source})


@dataclass(frozen=True, slots=True)
class Walked:
    """A file found under a directory (``skip`` is None) or a path skipped, with the reason."""

    path: Path
    skip: str | None = None


def walk_files(root: Path, *, suffixes: Iterable[str] | None = None) -> Iterator[Walked]:
    """Every regular file under ``root`` (sorted, hidden names left out), and every path that had to
    be skipped with the reason: a directory that cannot be listed, a symbolic-link loop, a dangling
    link, a FIFO, socket or device. Symbolic links to directories are followed once.

    ``suffixes`` (lower case, with the dot) limits the files to those names; skips are reported
    only for paths that could have held such files.
    """
    wanted = None if suffixes is None else frozenset(suffixes)
    seen: set[tuple[int, int]] = set()

    def key(p: Path) -> tuple[int, int] | None:
        try:
            st = p.stat()
        except OSError:
            return None
        return st.st_dev, st.st_ino

    def listing(directory: Path) -> Iterator[os.DirEntry[str]] | str:
        k = key(directory)
        if k is not None:
            seen.add(k)
        try:
            with os.scandir(directory) as it:
                return iter(sorted(it, key=lambda e: e.name))
        except OSError as exc:
            return f"cannot list directory ({exc.strerror or exc})"

    first = listing(root)
    if isinstance(first, str):
        yield Walked(root, first)
        return
    stack = [first]  # depth first with an explicit stack: any depth of nesting, sorted like sorted(rglob())
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_link = entry.is_symlink()
            is_dir = entry.is_dir()
        except OSError as exc:
            yield Walked(path, f"cannot read ({exc.strerror or exc})")
            continue
        if is_dir:
            if is_link and key(path) in seen:
                yield Walked(path, "symbolic link to a directory already read (a loop, or a second path to it); not followed")
                continue
            sub = listing(path)
            if isinstance(sub, str):
                yield Walked(path, sub)
            else:
                stack.append(sub)
            continue
        if wanted is not None and path.suffix.lower() not in wanted:
            continue
        if is_link and not path.exists():
            yield Walked(path, f"dangling symbolic link (to {display_path(os.readlink(path))})")
            continue
        problem = _not_regular(path)
        yield Walked(path, problem) if problem is not None else Walked(path)


def read_documents(
    sources: Iterable[str], *, text_key: str = "text", id_key: str = "id", stdin: IO[str] | None = None,
    stdin_format: str = "text", skipped: list[InputFailure] | None = None,
) -> Iterator[Document | InputFailure]:
    """Yield documents from paths (files, directories, ``.jsonl`` files) and ``-`` for stdin.

    Paths under a directory that cannot be read as files (unreadable directories, symbolic-link
    loops, dangling links, FIFOs) are skipped with a warning on the log and appended to
    ``skipped`` when a list is given, so a caller can count them.

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
                yield from iter_jsonl(_split_records(stream), source="<stdin>", text_key=text_key, id_key=id_key)
            else:
                text = stream.read()
                if not text.strip():
                    yield InputFailure("<stdin>", "standard input is empty", "<stdin>")
                elif looks_like_html(text):
                    yield html_document(text, id="<stdin>", meta={"source": "<stdin>"})
                else:
                    yield Document(text, "<stdin>", {"source": "<stdin>"})
            continue
        path = Path(source)
        if path.is_dir():
            found = False
            for walked in walk_files(path):
                if walked.skip is not None:
                    failure = InputFailure(display_path(walked.path), walked.skip)
                    logger.warning("skipped %s: %s", failure.source, failure.reason)
                    if skipped is not None:
                        skipped.append(failure)
                    continue
                found = True
                yield from _read_file(walked.path, text_key=text_key, id_key=id_key)
            if not found:
                yield InputFailure(display_path(source), "directory has no files")
        else:
            yield from _read_file(path, text_key=text_key, id_key=id_key)


def _split_records(stream: IO[str]) -> Iterator[str]:
    """Lines of a text stream split at ``\\n`` only (not at U+2028 and the like)."""
    buffer = ""
    while chunk := stream.read(1 << 16):
        buffer += chunk
        *lines, buffer = buffer.split("\n")
        yield from lines
    if buffer:
        yield buffer


def as_error_record(failure: InputFailure) -> dict[str, Any]:
    """The JSON record written for an input that could not be read."""
    return {"id": failure.id or failure.source, "source": failure.source, "error": failure.reason}
