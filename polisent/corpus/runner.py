"""Resumable corpus runs: many documents in, tidy tables out, chunk by chunk."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import hashlib
import json
import logging
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from polisent._version import __version__
from polisent.corpus.sources import InputItem, InputSource, read_inputs
from polisent.corpus.store import (
    MANIFEST,
    TABLES,
    RunLock,
    cast_table,
    read_manifest,
    read_table,
    require_format,
    write_json_atomic,
    write_table,
)
from polisent.errors import ConfigError, InputError, OutputError, check_int

if TYPE_CHECKING:
    import pandas as pd

    from polisent.records import DocumentAnalysis

logger = logging.getLogger(__name__)

__all__ = ["CorpusRunResult", "load_tables", "rows_for", "run_corpus"]

#: Columns of the documents table before any metadata columns.
DOCUMENT_COLUMNS = ("doc_id", "input_index", "source", "status", "error", "warning", "n_chars", "n_segments", "n_claims",
                    "n_mentions", "n_assessments", "n_actors", "scored", "chunk")


@dataclass(frozen=True, slots=True)
class CorpusRunResult:
    """What a call to :func:`run_corpus` did, and where the output is."""

    output_dir: Path
    n_documents: int  #: documents in the output, from this and earlier calls
    n_errors: int  #: of which could not be read or analysed (error rows)
    n_new: int  #: documents processed by this call
    n_chunks: int
    complete: bool  #: the whole input has been processed
    resumed: bool  #: this call continued an earlier run
    elapsed_s: float
    manifest: Mapping[str, Any]
    n_skipped: int = 0  #: paths in an input directory that are not rows (unreadable, link loops, FIFOs; each logged)

    def tables(self) -> dict[str, pd.DataFrame]:
        """The output tables (see :func:`load_tables`)."""
        return load_tables(self.output_dir)

    def _repr_html_(self) -> str:
        """Jupyter display: the corpus report's summary, per-actor table and the claims behind it."""
        from polisent.report import corpus_html

        return corpus_html(self.output_dir)


def run_corpus(
    inputs: Any,
    output_dir: str | Path,
    *,
    analyzer: Any = None,
    format: str = "parquet",
    chunk_size: int = 64,
    resume: bool = True,
    force: bool = False,
    progress: bool | None = None,
    text_key: str = "text",
    id_key: str = "id",
) -> CorpusRunResult:
    """Analyse a corpus and write documents, segments, claims, mentions, assessments and actors tables.

    Each chunk of ``chunk_size`` documents is written atomically (temporary files, then rename)
    and recorded in ``manifest.json``; a run that is interrupted continues where it stopped
    when called again, with no lost and no duplicated rows. A document that cannot be read or
    analysed becomes a documents row with ``status="error"`` and the reason, and the run goes on.

    Args:
        inputs: a directory of .txt/.md/.html/.vtt/.srt files (optional ``metadata.csv``), a .jsonl or .csv file,
            a ``datasets.Dataset`` or an iterable of ``polisent.Document`` (see :func:`read_inputs`).
        output_dir: directory for the tables; created if missing.
        analyzer: a :class:`polisent.Analyzer` (default: ``Analyzer()`` with the default model).
        format: ``"parquet"`` (needs pyarrow), ``"csv"`` or ``"jsonl"``.
        chunk_size: documents per chunk (the unit of atomic writes and of resuming).
        resume: continue a run found in ``output_dir``; with False such a directory is refused.
        force: discard the run found in ``output_dir`` (its tables and manifest) and start over;
            needed when the input, the models or the format differ from that run's.
        progress: progress bar on stderr; None shows it only when stderr is a terminal.
        text_key: text field of records; id_key: id field of records.

    Raises:
        InputError: the input cannot be read at all. ConfigError: bad option, or ``output_dir``
        holds a run made with other models or options. OutputError: ``output_dir`` holds
        another run or other files, or cannot be written. DependencyError: Parquet without pyarrow.

    Example:
        >>> import tempfile, polisent
        >>> from polisent.testing import FakeScorer
        >>> out = tempfile.mkdtemp()
        >>> docs = [polisent.Document("Moscow failed.", id="a", meta={"speaker": "X"})]
        >>> res = run_corpus(docs, out, analyzer=polisent.Analyzer(scorer=FakeScorer()), format="csv")  # doctest: +SKIP
        >>> res.n_documents, res.complete  # doctest: +SKIP
        (1, True)
    """
    from polisent.analyzer import MAX_BATCH_SIZE

    started = time.perf_counter()
    suffix = require_format(format)
    chunk_size = check_int(chunk_size, "chunk_size", "run_corpus", high=MAX_BATCH_SIZE)
    if not isinstance(output_dir, (str, Path)) or str(output_dir) == "":
        raise ConfigError(f"The 'output_dir' parameter of run_corpus must be a directory path (str or Path). Got {output_dir!r} instead.")
    if analyzer is not None and not all(callable(getattr(analyzer, name, None)) for name in ("pipe", "models")):
        raise ConfigError(f"The 'analyzer' parameter of run_corpus must be a polisent.Analyzer (or None for the default). "
                          f"Got {type(analyzer).__name__} instead.")
    source = read_inputs(inputs, text_key=text_key, id_key=id_key)
    if analyzer is None:
        from polisent.analyzer import Analyzer

        analyzer = Analyzer(progress=False)
    if hasattr(analyzer, "load"):
        analyzer.load()
    models = dict(sorted(analyzer.models().items()))
    out = Path(output_dir)
    if out.exists() and not out.is_dir():
        raise OutputError(f"Output {str(out)!r} exists and is not a directory. Choose a directory path.")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"Cannot create output directory {str(out)!r}: {exc.strerror or exc}.") from exc
    config = {"format": format, "text_key": text_key, "id_key": id_key,
              "analyzer": {k: getattr(analyzer, k) for k in ("device", "precision", "batch_size") if hasattr(analyzer, k)}}
    with RunLock(out):
        manifest, resumed = _open_run(out, source, models, config, suffix, resume=resume, force=force)
        manifest["n_skipped"] = len(source.skipped)
        manifest["skipped"] = [{"path": path, "reason": reason} for path, reason in source.skipped]
        n_new = _process(out, source, analyzer, manifest, chunk_size, suffix, format, progress)
    elapsed = time.perf_counter() - started
    logger.info("corpus run: %d new documents in %.1f s; %d in %s (%d errors, %d paths skipped)", n_new, elapsed,
                manifest["n_documents"], out, manifest["n_errors"], len(source.skipped))
    if source.skipped:
        logger.warning("%d path(s) in the input were skipped (not rows; see the warnings above and 'skipped' in %s)",
                       len(source.skipped), MANIFEST)
    return CorpusRunResult(out, manifest["n_documents"], manifest["n_errors"], n_new, len(manifest["chunks"]),
                           manifest["status"] == "complete", resumed, elapsed, manifest, len(source.skipped))


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


def _open_run(out: Path, source: InputSource, models: dict[str, str], config: dict[str, Any], suffix: str, *,
              resume: bool, force: bool) -> tuple[dict[str, Any], bool]:
    """Decide whether ``out`` gets a fresh run or continues one; return (manifest, resumed)."""
    old = read_manifest(out)
    if old is None:
        others = [p.name for p in out.iterdir() if p.name not in (".polisent-run.lock",)]
        if others and not force:
            raise OutputError(f"Output directory {str(out)!r} is not empty and holds no polisent run "
                              f"(found {', '.join(sorted(others)[:5])}). Choose an empty or new directory, "
                              "or pass force=True (CLI: --force) to write into it anyway.")
    else:
        problems = _differences(old, source, models, config)
        if force:
            logger.warning("discarding the run in %s (%d documents)%s", out, old.get("n_documents", 0),
                           f": {'; '.join(problems)}" if problems else "")
            _discard(out, old)
        elif problems:
            err = ConfigError if any(p.startswith(("models", "format", "text_key", "id_key")) for p in problems) else OutputError
            raise err(f"Output directory {str(out)!r} holds another run ({'; '.join(problems)}). "
                      "Results are never mixed: choose another output directory, or pass force=True "
                      "(CLI: --force) to discard that run and start over.")
        elif not resume:
            raise OutputError(f"Output directory {str(out)!r} already holds this run ({old.get('n_documents', 0)} documents, "
                              f"{old.get('status')}). Pass resume=True (CLI: --resume) to continue it, force=True "
                              "(CLI: --force) to start over, or choose another directory.")
        else:
            if old.get("status") == "complete":
                logger.info("%s already holds the complete run; nothing to do", out)
            else:
                logger.info("resuming the run in %s after %d documents", out, old.get("n_done", 0))
            _sweep(out, old)
            old["resumed_at"] = [*old.get("resumed_at", []), _now()]
            return old, True
    manifest = {
        "kind": "polisent-corpus-run", "layout": 1, "polisent_version": __version__, "models": models, "config": config,
        "input": source.describe(), "python": sys.version.split()[0], "created_at": _now(), "updated_at": _now(),
        "status": "running", "suffix": suffix, "n_done": 0, "n_documents": 0, "n_errors": 0, "chunks": [],
    }
    write_json_atomic(out / MANIFEST, manifest)
    return manifest, False


def _differences(old: Mapping[str, Any], source: InputSource, models: dict[str, str], config: dict[str, Any]) -> list[str]:
    problems = []
    if old.get("models") != models:
        problems.append(f"models {old.get('models')} vs now {models}")
    for key in ("format", "text_key", "id_key"):
        if old.get("config", {}).get(key) != config[key]:
            problems.append(f"{key} {old.get('config', {}).get(key)!r} vs now {config[key]!r}")
    fp_old, fp_new = old.get("input", {}).get("fingerprint"), source.fingerprint
    if fp_old != fp_new and (fp_old is not None or fp_new is not None):
        problems.append(f"input {old.get('input', {}).get('source')!r} with other contents than {source.source!r}")
    return problems


def _sweep(out: Path, manifest: Mapping[str, Any]) -> None:
    """Before resuming, remove what a killed run left half-done: temporary files and chunk files
    the manifest does not list (the chunk being written when the run stopped)."""
    listed = {rel for chunk in manifest.get("chunks", []) for rel in chunk.get("files", {}).values()}
    stale = list(out.glob(f".{MANIFEST}.*.tmp"))
    for table in TABLES:
        d = out / table
        if d.is_dir():
            stale += [p for p in d.glob(".part-*.tmp")]
            stale += [p for p in d.glob("part-*") if f"{table}/{p.name}" not in listed]
    for p in stale:
        logger.info("removing %s, left by the interrupted run", p)
        p.unlink(missing_ok=True)


def _discard(out: Path, manifest: Mapping[str, Any]) -> None:
    """Remove the files of the run described by ``manifest`` (never anything else)."""
    for chunk in manifest.get("chunks", []):
        for rel in chunk.get("files", {}).values():
            (out / rel).unlink(missing_ok=True)
    for table in TABLES:
        d = out / table
        if d.is_dir():
            for p in d.glob("part-*"):
                p.unlink(missing_ok=True)
            for p in d.glob(".part-*.tmp"):
                p.unlink(missing_ok=True)
            if not any(d.iterdir()):
                d.rmdir()
    (out / MANIFEST).unlink(missing_ok=True)


def _process(out: Path, source: InputSource, analyzer: Any, manifest: dict[str, Any], chunk_size: int, suffix: str,
             fmt: str, progress: bool | None) -> int:
    """Skip what the manifest says is done (checking it is the same input), then run chunk by chunk."""
    items = skip_done(out, source, manifest)
    if manifest["status"] == "complete":
        return 0
    show = sys.stderr.isatty() if progress is None else bool(progress)
    bar = None
    if show:
        from tqdm.auto import tqdm

        bar = tqdm(total=source.count, initial=manifest["n_done"], desc="corpus", unit="doc", file=sys.stderr,
                   dynamic_ncols=True, smoothing=0.1)
    n_new = 0
    try:
        while True:
            batch = list(islice(items, chunk_size))
            if not batch:
                break
            index = len(manifest["chunks"])
            tables = analyse_chunk(batch, analyzer, index, bar)
            entry = write_chunk(out, index, batch, tables, suffix, fmt)
            record_chunk(out, manifest, entry)
            n_new += len(batch)
        manifest["status"] = "complete"
        manifest["updated_at"] = _now()
        write_json_atomic(out / MANIFEST, manifest)
    finally:
        if bar is not None:
            bar.close()
    return n_new


def skip_done(out: Path, source: InputSource, manifest: Mapping[str, Any]) -> Iterator[InputItem]:
    """The input items after the chunks ``manifest`` lists, checking that those are the same input.

    For a complete run, also checks that the input has no more documents (and returns an empty iterator).
    Shared by the local runner and ``polisent.integrations.ray``.
    """
    items = iter(source)
    for chunk in manifest["chunks"]:
        done = list(islice(items, chunk["stop"] - chunk["start"]))
        if len(done) != chunk["stop"] - chunk["start"] or _digest(done) != chunk["digest"]:
            raise OutputError(f"The input differs from the one the run in {str(out)!r} was started with "
                              f"(documents {chunk['start']}..{chunk['stop'] - 1} do not match). Choose another output "
                              "directory, or pass force=True (CLI: --force) to discard that run and start over.")
    if manifest["status"] == "complete":
        if next(items, None) is not None:
            raise OutputError(f"The input has more documents than the complete run in {str(out)!r}. Choose another "
                              "output directory, or pass force=True (CLI: --force) to start over.")
        return iter(())
    return items


def write_chunk(out: Path, index: int, batch: list[InputItem], tables: Mapping[str, pd.DataFrame], suffix: str,
                fmt: str) -> dict[str, Any]:
    """Write the table files of chunk ``index`` atomically; return its manifest entry (not yet recorded)."""
    files = {}
    for name in TABLES:
        rel = f"{name}/part-{index:06d}{suffix}"
        write_table(tables[name], out / rel, fmt)
        files[name] = rel
    docs = tables["documents"]
    n_err = int((docs["status"] == "error").sum()) if len(docs) else 0
    return {
        "index": index, "start": batch[0].index, "stop": batch[-1].index + 1, "digest": _digest(batch),
        "n_documents": len(batch), "n_errors": n_err, "rows": {k: len(v) for k, v in tables.items()},
        "files": files, "written_at": _now(),
    }


def record_chunk(out: Path, manifest: dict[str, Any], entry: Mapping[str, Any]) -> None:
    """Add a written chunk to the manifest and rewrite it atomically (the chunk then counts as done)."""
    manifest["chunks"].append(dict(entry))
    manifest["n_done"] = entry["stop"]
    manifest["n_documents"] += entry["n_documents"]
    manifest["n_errors"] += entry["n_errors"]
    manifest["updated_at"] = _now()
    write_json_atomic(out / MANIFEST, manifest)


def _digest(items: list[InputItem]) -> str:
    h = hashlib.sha256()
    for item in items:
        h.update(item.digest().encode())
    return h.hexdigest()[:24]


def analyse_chunk(batch: list[InputItem], analyzer: Any, chunk: int | None, bar: Any) -> dict[str, pd.DataFrame]:
    import pandas as pd

    from polisent.analyzer import Document

    todo = [item for item in batch if item.error is None]
    results: dict[int, DocumentAnalysis] = {}
    docs = (Document(item.text or "", item.id, dict(item.meta)) for item in todo)
    for item, analysis in zip(todo, analyzer.pipe(docs, on_error="return"), strict=True):
        results[item.index] = analysis
        if bar is not None:
            bar.update(1)
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for item in batch:
        analysis = results.get(item.index)
        if analysis is None and bar is not None:
            bar.update(1)
        for name, table_rows in rows_for(item, analysis, chunk).items():
            rows[name].extend(table_rows)
    return {name: cast_table(pd.DataFrame(table_rows, columns=_columns(table_rows))) for name, table_rows in rows.items()}


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    cols: dict[str, None] = {}
    for row in rows:
        cols.update(dict.fromkeys(row))
    return list(cols)


def rows_for(item: InputItem, analysis: DocumentAnalysis | None, chunk: int = 0) -> dict[str, list[dict[str, Any]]]:
    """Table rows for one input item and its analysis (None when the item could not be read)."""
    error = item.error if analysis is None else analysis.error
    doc_row: dict[str, Any] = {
        "doc_id": item.id, "input_index": item.index, "source": item.source, "status": "error" if error else "ok",
        "error": error, "warning": item.warning, "n_chars": len(item.text or ""),
    }
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    if analysis is not None and error is None:
        bare = dataclasses.replace(analysis, id=item.id, meta=())
        for name in ("segments", "claims", "mentions", "assessments", "actors"):
            out[name] = bare.to_records(name)  # type: ignore[arg-type]
        for row, claim in zip(out["claims"], analysis.claims, strict=True):
            row["segment_index"] = claim.segment_index
            row["cues_json"] = json.dumps([{"start": q.start, "end": q.end, "kind": q.kind.value, "cue": q.cue,
                                            "weight": q.weight} for q in claim.cues]) if claim.cues else None
        doc_row.update(n_segments=len(analysis.segments), n_claims=len(analysis.claims), n_mentions=len(analysis.mentions),
                       n_assessments=len(analysis.assessments), n_actors=len(analysis.actors), scored=analysis.scored)
    else:
        doc_row.update(n_segments=0, n_claims=0, n_mentions=0, n_assessments=0, n_actors=0, scored=False)
    doc_row["chunk"] = chunk
    for key, value in item.meta.items():
        doc_row[key if key not in DOCUMENT_COLUMNS and key != "text" else f"meta_{key}"] = value
    doc_row["text"] = item.text
    out["documents"] = [doc_row]
    return out


def load_tables(output_dir: str | Path, *, tables: tuple[str, ...] = TABLES) -> dict[str, pd.DataFrame]:
    """Read the tables of a corpus run (finished or not): only the chunks its manifest lists.

    Returns a dict with ``documents``, ``segments``, ``claims``, ``mentions``, ``assessments``
    and ``actors`` DataFrames. Document metadata (speaker, outlet, date, title, ...) is in
    ``documents``; join the other tables to it on ``doc_id``.

    Raises:
        InputError: ``output_dir`` holds no corpus run, or a listed file is missing.
    """
    import pandas as pd

    out = Path(output_dir)
    manifest = read_manifest(out) if out.is_dir() else None
    if manifest is None:
        raise InputError(f"{str(out)!r} holds no polisent corpus run (no {MANIFEST}). Give the output directory of `polisent corpus run`.")
    unknown = set(tables) - set(TABLES)
    if unknown:
        raise ConfigError(f"Unknown tables {sorted(unknown)}. Available: {', '.join(TABLES)}.")
    fmt = manifest["config"]["format"]
    result = {}
    for name in tables:
        parts = [read_table(out / chunk["files"][name], fmt) for chunk in manifest["chunks"] if name in chunk.get("files", {})]
        parts = [p for p in parts if len(p.columns)]
        result[name] = cast_table(pd.concat(parts, ignore_index=True)) if parts else pd.DataFrame({"doc_id": pd.Series([], dtype="str")})
    return result
