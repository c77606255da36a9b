"""Reading a corpus: a directory of text files, a JSON Lines or CSV file, a ``datasets.Dataset``
or an iterable of documents, turned into numbered :class:`InputItem` objects.

An input that cannot be read as a whole (missing path, empty file, wrong text column) raises a
clear :class:`~polisent.errors.InputError`; a single bad record (malformed line, empty text, a
file that is not UTF-8, a duplicate id) becomes an item with ``error`` set, so a corpus run
writes an error row for it and goes on.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.jsonl").write_text('{"id": "x", "text": "Kyiv agreed.", "date": "5 March 2024"}\\n{oops\\n')
>>> [(i.id, i.meta.get("date"), i.error is None) for i in read_inputs(d / "a.jsonl")]
[('x', '2024-03-05', True), ('a:2', None, False)]
"""

from __future__ import annotations

import codecs
import csv
import datetime as _dt
import hashlib
import io
import json
import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from polisent.corpus.dates import parse_date
from polisent.errors import ConfigError, InputDecodeError, InputError
from polisent.inputs import display_path, escape_surrogates, jsonl_lines, parse_json_line, surrogate_problem, walk_files

logger = logging.getLogger(__name__)

__all__ = ["InputItem", "InputSource", "parse_date", "read_inputs"]

#: Suffixes of the text files read from a directory (one document per file).
#: documents read as text (subtitles too: cue timings and voice tags are handled by the segmenter);
#: web pages go through polisent.inputs.html_document
TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".vtt", ".srt")
#: Sidecar files in an input directory that carry metadata (id, speaker, outlet, date, title).
METADATA_FILES = ("metadata.csv", "metadata.jsonl")



@dataclass(frozen=True, slots=True)
class InputItem:
    """One input document (or the reason it could not be read), numbered in input order."""

    index: int
    id: str
    text: str | None
    meta: Mapping[str, Any] = field(default_factory=dict)
    source: str = ""
    error: str | None = None  #: set when the record could not be read; ``text`` is then None
    warning: str | None = None  #: a problem that does not stop analysis, e.g. a date that does not parse

    def digest(self) -> str:
        """Short hash of id and text, used to check that a resumed run sees the same input."""
        h = hashlib.sha256(self.id.encode("utf-8", "surrogatepass"))
        h.update(b"\0" + (self.text or "").encode("utf-8", "surrogatepass"))
        return h.hexdigest()[:16]


class InputSource:
    """A readable corpus input: iterate it for :class:`InputItem` objects in input order.

    Attributes:
        kind: ``"directory"``, ``"text"``, ``"jsonl"``, ``"csv"``, ``"dataset"`` or ``"iterable"``.
        source: the path or a description of the input.
        fingerprint: a hash of the whole input (None for a one-pass iterator).
        count: number of documents, when known before reading them.
        skipped: (path, reason) of paths in an input directory that are not rows (logged when read).
    """

    def __init__(self, kind: str, source: str, items: Any, *, fingerprint: str | None, count: int | None,
                 skipped: list[tuple[str, str]] | None = None) -> None:
        self.kind = kind
        self.source = source
        self.fingerprint = fingerprint
        self.count = count
        #: (path, reason) of every path under an input directory that could not be read as a file
        #: (a directory that cannot be listed, a symbolic-link loop, a dangling link, a FIFO); each is logged
        self.skipped: list[tuple[str, str]] = list(skipped or [])
        self._items = items

    def __iter__(self) -> Iterator[InputItem]:
        seen: dict[str, int] = {}
        for index, item in enumerate(self._items()):
            item = _finish(item, index)
            if item.id in seen:
                item = InputItem(index, f"{item.id}#{index}", None, item.meta, item.source,
                                 error=f"duplicate id {item.id!r} (first used by input {seen[item.id]}); give every document a unique id")
            else:
                seen[item.id] = index
            yield item

    def describe(self) -> dict[str, Any]:
        return {"kind": self.kind, "source": self.source, "fingerprint": self.fingerprint, "count": self.count,
                "n_skipped": len(self.skipped)}


def _finish(raw: tuple[str, str | None, dict[str, Any], str, str | None], index: int) -> InputItem:
    """Turn a raw (id, text, meta, source, error) tuple into an item: ids, empty texts, dates."""
    rid, text, meta, source, error = raw
    rid = str(index) if rid is None or str(rid).strip() == "" else escape_surrogates(str(rid))
    source = escape_surrogates(source)
    warning = None
    meta = {escape_surrogates(str(k)): _scalar(v) for k, v in meta.items()}
    if "date" in meta and meta["date"] is not None:
        raw_date = meta["date"]
        iso = parse_date(raw_date)
        meta["date_raw"] = str(raw_date)
        meta["date"] = iso
        if iso is None:
            warning = (f"date {str(raw_date)!r} does not parse; use ISO format such as 2024-03-05 "
                       "(the document is analysed but left out of per-month roll-ups)")
            logger.warning("%s: %s", source or rid, warning)
    if error is None and text is not None and not text.strip():
        error = "text is empty"
    if error is None and text is not None:
        error = surrogate_problem(text)
    if error is not None:
        text = None
    return InputItem(index, rid, text, meta, source, error, warning)


def _scalar(v: Any) -> Any:
    if isinstance(v, str):
        return escape_surrogates(v)
    if v is None or isinstance(v, (bool, int, float)):
        return None if isinstance(v, float) and v != v else v
    if isinstance(v, (_dt.date, _dt.datetime)) or hasattr(v, "to_pydatetime"):
        return parse_date(v)
    if hasattr(v, "item") and callable(v.item):  # numpy scalar
        try:
            return _scalar(v.item())
        except (TypeError, ValueError):
            pass
    try:
        return escape_surrogates(json.dumps(v, ensure_ascii=False, default=str))
    except (TypeError, ValueError, RecursionError) as exc:
        return f"<unreadable value: {type(exc).__name__}>"


def read_inputs(inputs: Any, *, text_key: str = "text", id_key: str = "id") -> InputSource:
    """Open a corpus input for reading; checks what can be checked before anything is analysed.

    Args:
        inputs: a directory of ``.txt``/``.md``/``.html``/``.vtt``/``.srt`` files (with an optional ``metadata.csv`` or
            ``metadata.jsonl`` whose ``id`` column names the file's path without suffix, or a
            ``file`` column with it), a ``.jsonl`` or ``.csv`` file with a text column and
            metadata columns, one text file, a ``datasets.Dataset``, or an iterable of
            ``polisent.Document``, dicts or strs. In a directory a document's id is its relative
            path without the suffix (with it where ``a.txt`` and ``a.md`` share a name); paths
            that are not readable files (a directory that cannot be listed, a symbolic-link loop,
            a dangling link, a FIFO) are logged and listed in ``InputSource.skipped``.
        text_key: name of the text field in records.
        id_key: name of the id field in records.

    Raises:
        InputError: the path does not exist, cannot be read, is empty or holds no documents.
        InputDecodeError: a CSV file is not UTF-8.
        ConfigError: records have no ``text_key`` field.
    """
    for name, value in (("text_key", text_key), ("id_key", id_key)):
        if not isinstance(value, str) or not value:
            raise ConfigError(f"The {name!r} parameter of read_inputs must be a non-empty str. Got {value!r} instead.")
    if isinstance(inputs, (str, Path)):
        path = Path(inputs)
        if not path.exists():
            raise InputError(f"Input {display_path(path)!r} does not exist. Give a directory of .txt/.md/.html/.vtt/.srt files, a .jsonl or a .csv file.")
        if path.is_dir():
            return _directory(path, id_key)
        if not path.is_file():
            raise InputError(f"Input {display_path(path)!r} is not a regular file (a FIFO, socket or device?). "
                             "Give a directory of .txt/.md/.html/.vtt/.srt files, a .jsonl or a .csv file.")
        suffix = path.suffix.lower()
        if suffix in (".jsonl", ".ndjson"):
            return _jsonl(path, text_key, id_key)
        if suffix == ".csv":
            return _csv(path, text_key, id_key)
        if suffix in TEXT_SUFFIXES:
            data = _read_bytes(path)
            fp = hashlib.sha256(data).hexdigest()
            return InputSource("text", display_path(path), lambda: iter([_text_file(path, path.stem, {}, data)]), fingerprint=fp, count=1)
        raise InputError(f"Cannot read {display_path(path)!r}: unknown file type {suffix or '(none)'!r}. "
                         "Give a directory of .txt/.md/.html/.vtt/.srt files, a .jsonl or a .csv file.")
    if type(inputs).__name__ in ("Dataset", "IterableDataset") and hasattr(inputs, "column_names"):
        return _dataset(inputs, text_key, id_key)
    if isinstance(inputs, (bytes, bytearray, Mapping)) or not isinstance(inputs, Iterable):
        raise InputError(f"read_inputs cannot read a {type(inputs).__name__}. Give a path, a datasets.Dataset "
                         "or an iterable of polisent.Document, dicts or strs.")
    return _iterable(inputs, text_key, id_key)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"Cannot read {display_path(path)!r}: {exc.strerror or exc}. Check the path and its permissions.") from exc


def _decode(data: bytes, source: str) -> str:
    from polisent.inputs import decode_bytes

    return decode_bytes(data, source=display_path(source))


def _text_file(path: Path, rid: str, meta: dict[str, Any], data: bytes | None = None) -> tuple[str, str | None, dict[str, Any], str, str | None]:
    source = display_path(path)
    try:
        raw = path.read_bytes() if data is None else data
    except OSError as exc:
        return rid, None, meta, source, f"cannot read file: {exc.strerror or exc}"
    if not raw:
        return rid, None, meta, source, "file is empty"
    try:
        text = _decode(raw, source)
    except InputDecodeError as exc:
        return rid, None, meta, source, str(exc)
    if path.suffix.lower() in (".html", ".htm"):
        from polisent.inputs import html_document

        doc = html_document(text, id=rid, meta=dict(meta))
        return rid, doc.text, dict(doc.meta), source, None
    return rid, text, meta, source, None


# -- directory --------------------------------------------------------------------------------
def _directory(root: Path, id_key: str) -> InputSource:
    files: list[Path] = []
    skipped: list[tuple[str, str]] = []
    for walked in walk_files(root, suffixes=TEXT_SUFFIXES):
        if walked.skip is None:
            files.append(walked.path)
        else:
            skipped.append((display_path(walked.path), walked.skip))
            logger.warning("skipped %s: %s", skipped[-1][0], walked.skip)
    meta_rows, meta_name, meta_bytes = _sidecar(root, id_key)
    if not files and not meta_rows:
        raise InputError(f"Directory {display_path(root)!r} holds no .txt, .md, .html, .vtt or .srt files. Put one document per file there."
                         + (f" ({len(skipped)} paths skipped: {skipped[0][0]}: {skipped[0][1]})" if skipped else ""))
    # A document's id is its path without the suffix; files that share it (a.txt beside a.md) keep the suffix.
    rels = [display_path(p.relative_to(root).as_posix()) for p in files]
    stems = [rel.rsplit(".", 1)[0] for rel in rels]
    shared = {stem for stem in stems if stems.count(stem) > 1} if len(set(stems)) < len(stems) else set()
    by_id: dict[str, tuple[Path, dict[str, Any]]] = {}
    used: set[str] = set()
    rids = [rel if stem in shared else stem for rel, stem in zip(rels, stems, strict=True)]
    # (a stem may still equal another file's full name: "a.md.txt" beside "a.md" and "a.txt"; both keep their suffix)
    clash = {rid for rid in rids if rids.count(rid) > 1} if len(set(rids)) < len(rids) else set()
    for p, rel, stem, rid in zip(files, rels, stems, rids, strict=True):
        rid = rel if rid in clash else rid
        key = next((k for k in (rid, rel, stem) if k in meta_rows and (k != stem or stem not in shared)), None)
        if key is not None:
            used.add(key)
        by_id[rid] = (p, dict(meta_rows.get(key, {})) if key is not None else {})
    for stem in sorted(shared & set(meta_rows)):
        logger.warning("%s: id %r matches %s; name the file with its suffix (e.g. %r) to say which document it describes",
                       meta_name, stem, " and ".join(r for r, s_ in zip(rels, stems, strict=True) if s_ == stem), f"{stem}.txt")
        used.add(stem)
    h = hashlib.sha256(meta_bytes)
    for rid, (p, _) in by_id.items():
        h.update(f"\0{rid}\0".encode("utf-8", "surrogatepass"))
        try:
            h.update(hashlib.sha256(p.read_bytes()).digest())
        except OSError:
            h.update(b"<unreadable>")
    missing = [rid for rid in meta_rows if rid not in used]

    def items() -> Iterator[tuple[str, str | None, dict[str, Any], str, str | None]]:
        for rid, (p, meta) in by_id.items():
            yield _text_file(p, rid, meta)
        for rid in missing:
            yield rid, None, dict(meta_rows[rid]), f"{root / meta_name}", f"listed in {meta_name} but no file {rid}.txt or {rid}.md found"

    return InputSource("directory", display_path(root), items, fingerprint=h.hexdigest(), count=len(by_id) + len(missing),
                       skipped=skipped)


def _sidecar(root: Path, id_key: str) -> tuple[dict[str, dict[str, Any]], str, bytes]:
    for name in METADATA_FILES:
        path = root / name
        if not path.is_file():
            continue
        data = _read_bytes(path)
        text = _decode(data, display_path(path))
        if name.endswith(".csv"):
            rows = list(csv.DictReader(io.StringIO(text)))
        else:
            rows = []
            for n, line in enumerate(text.split("\n"), start=1):
                if line.strip():
                    record, problem = parse_json_line(line)
                    if problem is not None:
                        raise InputError(f"{display_path(path)}:{n} is not valid JSON ({problem}); fix the metadata file.")
                    rows.append(record)
        out: dict[str, dict[str, Any]] = {}
        for n, row in enumerate(rows, start=2 if name.endswith(".csv") else 1):
            if not isinstance(row, dict) or None in row:
                raise InputError(f"{path}: row {n} is malformed (more fields than the header?); fix the metadata file.")
            key = row.get(id_key) or (Path(str(row["file"])).as_posix() if row.get("file") else None)
            if not key:
                raise InputError(f"{path}: row {n} has no {id_key!r} (or 'file') value naming the document; "
                                 f"columns are {', '.join(map(str, row))}.")
            key = str(key)
            if key in out:
                raise InputError(f"{path}: id {key!r} appears twice (row {n}); ids must be unique.")
            out[key] = {k: (v if v != "" else None) for k, v in row.items() if k not in (id_key, "file")}
        return out, name, data
    return {}, "", b""


# -- JSON Lines -------------------------------------------------------------------------------
def _jsonl(path: Path, text_key: str, id_key: str) -> InputSource:
    data = _read_bytes(path)
    if not data.strip():
        raise InputError(f"Input file {display_path(path)!r} is empty. It should hold one JSON object per line with a {text_key!r} field.")
    source = display_path(path)
    lines = jsonl_lines(data, source=source)  # counted here, decoded again when read: never all held as str
    head = next(lines, None)
    count = (head is not None) + sum(1 for _ in lines)
    first = parse_json_line(head[1])[0] if head is not None and head[1] is not None else None
    if isinstance(first, dict) and text_key not in first:
        raise ConfigError(f"The first record of {source!r} has no {text_key!r} field (fields: {', '.join(map(str, first))}). "
                          "Name the text field with text_key= (CLI: --text-key).")
    stem = display_path(path.stem)

    def items() -> Iterator[tuple[str, str | None, dict[str, Any], str, str | None]]:
        for n, line, problem in jsonl_lines(data, source=source):
            where = f"{source}:{n}"
            rid = f"{stem}:{n}"
            if line is None:
                yield rid, None, {}, where, problem
                continue
            record, problem = parse_json_line(line)
            if problem is not None:
                yield rid, None, {}, where, f"line {n} is not valid JSON ({problem})"
                continue
            yield _record(record, rid, where, text_key, id_key, f"line {n}")

    return InputSource("jsonl", source, items, fingerprint=hashlib.sha256(data).hexdigest(), count=count)


def _record(record: Any, rid: str, where: str, text_key: str, id_key: str, what: str) -> tuple[str, str | None, dict[str, Any], str, str | None]:
    if not isinstance(record, Mapping):
        return rid, None, {}, where, f"{what} is a JSON {type(record).__name__}, not an object"
    if record.get(id_key) not in (None, ""):
        rid = str(record[id_key])
    meta = {k: v for k, v in record.items() if k not in (text_key, id_key)}
    if text_key not in record:
        return rid, None, meta, where, f"{what} has no {text_key!r} field (fields: {', '.join(map(str, record)) or 'none'})"
    text = record[text_key]
    if not isinstance(text, str):
        return rid, None, meta, where, f"{what}: {text_key!r} must be a string, got {type(text).__name__}"
    return rid, text, meta, where, None


# -- CSV ----------------------------------------------------------------------------------------
def _csv(path: Path, text_key: str, id_key: str) -> InputSource:
    data = _read_bytes(path)
    if not data.strip():
        raise InputError(f"Input file {display_path(path)!r} is empty. It should hold a header row with a {text_key!r} column and one row per document.")
    try:
        text = _decode(data, display_path(path)) if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputDecodeError(f"{display_path(path)} is not valid UTF-8 (byte 0x{data[exc.start]:02x} on line {line}); "
                               "convert it first, e.g. `iconv -f latin1 -t utf-8`.") from None
    rows = _csv_rows(text)
    header = next(rows, None)
    if not isinstance(header, list):
        raise InputError(f"Cannot read the header of {display_path(path)!r}: {header or 'no rows'}.")
    if text_key not in header:
        raise ConfigError(f"{display_path(path)!r} has no {text_key!r} column (columns: {', '.join(header)}). "
                          "Name the text column with text_key= (CLI: --text-key).")
    count = sum(1 for _ in rows)
    stem = display_path(path.stem)
    where_path = display_path(path)

    def items() -> Iterator[tuple[str, str | None, dict[str, Any], str, str | None]]:
        body = _csv_rows(text)
        next(body)
        for n, row in enumerate(body, start=1):
            where, rid = f"{where_path}:row {n}", f"{stem}:{n}"
            if not isinstance(row, list):
                yield rid, None, {}, where, f"row {n} cannot be read as CSV ({row})"
                continue
            if len(row) != len(header):
                known = dict(zip(header, row))
                yield (str(known.get(id_key) or rid) if len(row) < len(header) else rid, None, {}, where,
                       f"row {n} has {len(row)} fields, the header has {len(header)}")
                continue
            yield _record({k: (None if v == "" and k != text_key else v) for k, v in zip(header, row)}, rid, where, text_key,
                          id_key, f"row {n}")

    return InputSource("csv", display_path(path), items, fingerprint=hashlib.sha256(data).hexdigest(), count=max(count, 0))


#: Largest CSV field read (the csv module's default, 128 KiB, is shorter than a long transcript).
_CSV_FIELD_LIMIT = 1 << 30


def _csv_rows(text: str) -> Iterator[list[str] | csv.Error]:
    """Rows of CSV text, blank lines left out; a row the csv module refuses comes back as the error,
    so it costs one record. The field-size limit is raised only while a row is read: the
    process-wide setting is left as it was."""
    reader = csv.reader(io.StringIO(text))
    last_error_line = -1
    while True:
        old = csv.field_size_limit(_CSV_FIELD_LIMIT)
        try:
            row: list[str] | csv.Error = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if reader.line_num == last_error_line:  # no progress past the bad row: stop rather than loop
                return
            last_error_line = reader.line_num
            row = exc
        finally:
            csv.field_size_limit(old)
        if row != []:
            yield row


# -- datasets and iterables ----------------------------------------------------------------------
def _dataset(ds: Any, text_key: str, id_key: str) -> InputSource:
    columns = list(ds.column_names or [])
    if text_key not in columns:
        raise ConfigError(f"The dataset has no {text_key!r} column (columns: {', '.join(columns)}). Pass text_key=.")
    count = len(ds) if hasattr(ds, "__len__") else None
    fingerprint = getattr(ds, "_fingerprint", None)

    def items() -> Iterator[tuple[str, str | None, dict[str, Any], str, str | None]]:
        for n, row in enumerate(ds):
            yield _record(row, str(n), f"dataset row {n}", text_key, id_key, f"row {n}")

    return InputSource("dataset", f"datasets.Dataset({count} rows)", items, fingerprint=fingerprint, count=count)


def _iterable(inputs: Iterable[Any], text_key: str, id_key: str) -> InputSource:
    materialised = isinstance(inputs, (list, tuple))
    count = len(inputs) if materialised else None  # type: ignore[arg-type]

    def convert(n: int, item: Any) -> tuple[str, str | None, dict[str, Any], str, str | None]:
        where = f"items[{n}]"
        if isinstance(item, str):
            return str(n), item, {}, where, None
        if isinstance(item, Mapping):
            return _record(item, str(n), where, text_key, id_key, where)
        if hasattr(item, "text"):
            meta = getattr(item, "meta", None) or {}
            rid = getattr(item, "id", None)
            if not isinstance(meta, Mapping):
                return (str(rid if rid is not None else n), None, {}, where,
                        f"{where}.meta must be a mapping (dict) or None, got {type(meta).__name__}")
            meta = dict(meta)
            text = item.text
            if not isinstance(text, str):
                return str(rid if rid is not None else n), None, meta, where, f"{where}.text must be a str, got {type(text).__name__}"
            return (str(n) if rid is None else str(rid)), text, meta, where, None
        return str(n), None, {}, where, f"{where} must be a str, a dict or a polisent.Document, got {type(item).__name__}"

    fingerprint = None
    if materialised:
        h = hashlib.sha256()
        for n, item in enumerate(inputs):
            rid, text, meta, *_ = convert(n, item)
            h.update(json.dumps([rid, text, sorted(map(str, meta.items()))], default=str).encode("utf-8", "surrogatepass"))
        fingerprint = h.hexdigest()

    def items() -> Iterator[tuple[str, str | None, dict[str, Any], str, str | None]]:
        for n, item in enumerate(inputs):
            yield convert(n, item)

    return InputSource("iterable", f"{type(inputs).__name__}", items, fingerprint=fingerprint, count=count)
