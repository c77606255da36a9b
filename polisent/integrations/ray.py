"""polisent on Ray Data: the local engine run inside Ray's, the same tables out.

Install with ``pip install "polisent[ray]"``. Ray is imported only when one of these functions
is called (``import polisent`` stays light). Two entry points:

* :func:`analyze_ray` takes a ``ray.data.Dataset`` with a text column (plus id and metadata
  columns) and returns one ``ray.data.Dataset`` per table of a local corpus run (documents,
  segments, claims, mentions, assessments, actors).
* :func:`run_corpus_ray` reads the inputs the local runner reads and writes the same on-disk
  layout (``manifest.json`` plus ``TABLE/part-NNNNNN.parquet``), resumable; it is what
  ``polisent corpus run --engine ray`` calls.

Both follow Ray Data's batch-inference pattern: ``map_batches`` over a fixed pool of actors, each
of which builds and loads one :class:`~polisent.Analyzer` in ``__init__`` (the model is loaded
once per actor, never per batch) and analyses a batch of documents per call with the code of the
local runner (:func:`polisent.corpus.runner.analyse_chunk`, :func:`~polisent.corpus.rows_for`),
so both engines produce the same rows. Scheduling, retries of failed or killed actors and
back-pressure are Ray's.

>>> import ray  # doctest: +SKIP
>>> from polisent.integrations.ray import analyze_ray  # doctest: +SKIP
>>> ds = ray.data.read_parquet("s3://bucket/interviews/")  # doctest: +SKIP
>>> tables = analyze_ray(ds, id_column="id", num_gpus=1, concurrency=4)  # doctest: +SKIP
>>> tables["assessments"].write_parquet("s3://bucket/polisent/assessments/")  # doctest: +SKIP
"""

from __future__ import annotations

import functools
import hashlib
import logging
import pickle
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from polisent.errors import ConfigError, DependencyError, OutputError, check_int

if TYPE_CHECKING:
    import pandas as pd
    import ray.data

    from polisent.analyzer import Analyzer
    from polisent.corpus.runner import CorpusRunResult
    from polisent.corpus.sources import InputItem

logger = logging.getLogger(__name__)

__all__ = ["AnalyzerWorker", "analyze_ray", "run_corpus_ray"]

#: Defaults of the Analyzer options passed through to every worker.
_ANALYZER_DEFAULTS: dict[str, Any] = {"model": "default", "device": "auto", "precision": "auto", "analyzer_batch_size": 64,
                                      "registry": None, "ner": None}


def _require_ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise DependencyError('The Ray engine needs Ray Data, which is not installed. Install it with '
                              '`pip install "polisent[ray]"` (or `pip install "ray[data]"`).') from exc
    return ray


def build_analyzer(options: Mapping[str, Any]) -> Analyzer:
    """The Analyzer a worker runs, from the options of :func:`analyze_ray` (progress bars off)."""
    from polisent.analyzer import Analyzer

    return Analyzer(scorer=options["model"], device=options["device"], precision=options["precision"],
                    batch_size=options["analyzer_batch_size"], registry=options["registry"], ner=options["ner"],
                    progress=False)


def _factory(analyzer: Callable[[], Any] | None, options: Mapping[str, Any], owner: str) -> Callable[[], Any]:
    """A picklable zero-argument callable that builds the workers' Analyzer."""
    changed = [k for k, v in options.items() if v != _ANALYZER_DEFAULTS[k]]
    if analyzer is not None:
        if not callable(analyzer) or hasattr(analyzer, "pipe"):
            raise ConfigError(f"The 'analyzer' parameter of {owner} must be a function that returns an Analyzer (it runs "
                              f"once in every worker), not {type(analyzer).__name__}. Pass e.g. "
                              "functools.partial(polisent.Analyzer, scorer='default'), or the options model=, device=, ...")
        if changed:
            raise ConfigError(f"Pass either 'analyzer' or the Analyzer options ({', '.join(changed)}) to {owner}, not both.")
        return analyzer
    return functools.partial(build_analyzer, dict(options))


def _compute(ray: Any, concurrency: int | tuple[int, int] | None, num_cpus: float, num_gpus: float, owner: str,
             n_tasks: int | None = None, *, grow: bool = False) -> Any:
    """The actor pool: ``concurrency`` actors (default: one per free CPU or GPU share), or a
    ``(min, max)`` range; never more actors than ``n_tasks`` when that is known (each loads the model).

    With ``grow`` an int or the default is a pool that starts with one actor and grows up to that
    size while input is queued: the tasks that read a dataset (``ray.data.read_*``) need CPUs too,
    and a fixed pool that takes every CPU first would leave them none (a deadlock on one machine).
    """
    cap = n_tasks if n_tasks else 1 << 30
    if isinstance(concurrency, tuple) and len(concurrency) == 2:
        lo = check_int(concurrency[0], "concurrency[0]", owner)
        hi = check_int(concurrency[1], "concurrency[1]", owner, low=lo)
        return ray.data.ActorPoolStrategy(min_size=lo, max_size=hi)
    if concurrency is None:
        res = ray.cluster_resources()
        size = int(res.get("GPU", 0) // num_gpus) if num_gpus else int(res.get("CPU", 1) // max(num_cpus, 1e-9))
    else:
        size = check_int(concurrency, "concurrency", owner)
    size = max(1, min(size, cap))
    if grow and size > 1:
        return ray.data.ActorPoolStrategy(min_size=1, max_size=size)
    return ray.data.ActorPoolStrategy(size=size)


def _check_resources(num_cpus: Any, num_gpus: Any, owner: str) -> tuple[float, float]:
    for name, value, low in (("num_cpus", num_cpus, 0.0), ("num_gpus", num_gpus, 0.0)):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < low:
            raise ConfigError(f"The {name!r} parameter of {owner} must be a number >= 0. Got {value!r} instead.")
    if num_cpus == 0 and num_gpus == 0:
        raise ConfigError(f"{owner}: num_cpus and num_gpus are both 0; every worker needs a CPU or a GPU.")
    return float(num_cpus), float(num_gpus)


# -- the worker ---------------------------------------------------------------------------------------
def _pack(tables: Mapping[str, pd.DataFrame], chunk: int | None) -> dict[str, list[Any]]:
    """One output row per table: (chunk, table, n_rows, pickled DataFrame)."""
    names = list(tables)
    return {"chunk": [chunk] * len(names), "table": names, "n_rows": [len(tables[n]) for n in names],
            "payload": [pickle.dumps(tables[n], protocol=5) for n in names]}


class AnalyzerWorker:
    """The callable class Ray Data runs in every actor of the pool.

    ``__init__`` builds one Analyzer with ``factory()`` and loads its models; ``__call__`` analyses
    one batch and returns the table rows, packed as one row per table (``chunk``, ``table``,
    ``n_rows`` and ``payload``, the pickled DataFrame of those rows).

    Args:
        factory: zero-argument callable returning an Analyzer (pickled to the workers).
        mode: ``"items"``: each input row is a chunk of :class:`~polisent.corpus.InputItem` read by
            the driver (``chunk``, ``items``), as :func:`run_corpus_ray` sends them; ``"records"``:
            each input row is one document record (text, id and metadata columns).
        text_key, id_key, index_key: column names of records (``"records"`` mode).
    """

    def __init__(self, factory: Callable[[], Any], mode: str = "records", *, text_key: str = "text", id_key: str = "id",
                 index_key: str | None = None) -> None:
        if mode not in ("items", "records"):
            raise ConfigError(f"The 'mode' parameter of AnalyzerWorker must be 'items' or 'records'. Got {mode!r} instead.")
        analyzer = factory()
        if hasattr(analyzer, "load"):
            analyzer.load()
        self.analyzer = analyzer
        self.mode = mode
        self.text_key, self.id_key, self.index_key = text_key, id_key, index_key

    def __call__(self, batch: Any) -> dict[str, list[Any]]:
        from polisent.corpus.runner import analyse_chunk

        rows = batch.to_pylist() if hasattr(batch, "to_pylist") else list(batch)
        out: dict[str, list[Any]] = {"chunk": [], "table": [], "n_rows": [], "payload": []}
        if self.mode == "items":
            for row in rows:
                items = pickle.loads(row["items"])
                for key, values in _pack(analyse_chunk(items, self.analyzer, row["chunk"], None), row["chunk"]).items():
                    out[key].extend(values)
            return out
        items, indexes = zip(*(self._item(n, row) for n, row in enumerate(rows)), strict=True) if rows else ((), ())
        tables = analyse_chunk(list(items), self.analyzer, None, None)
        docs = tables["documents"]
        if len(docs):
            import pandas as pd

            docs["input_index"] = pd.array(list(indexes), dtype="Int64")
        for key, values in _pack(tables, None).items():
            out[key].extend(values)
        return out

    def _item(self, n: int, record: dict[str, Any]) -> tuple[InputItem, int | None]:
        """A record as the local runner's readers would turn it into an item (same checks, same errors)."""
        from polisent.corpus.sources import _finish, _record

        index = record.pop(self.index_key, None) if self.index_key else None
        where = "ray.data" if index is None else f"ray.data row {index}"
        text = record.get(self.text_key)
        fallback = str(index) if index is not None else "row-" + hashlib.sha256(
            str(text).encode("utf-8", "surrogatepass")).hexdigest()[:12]
        raw = _record(record, fallback, where, self.text_key, self.id_key, where)
        return _finish(raw, n), index


# -- a ray.data.Dataset in, ray.data.Datasets out -------------------------------------------------------
def analyze_ray(
    dataset: ray.data.Dataset,
    *,
    text_column: str = "text",
    id_column: str = "id",
    index_column: str | None = None,
    model: str = "default",
    device: str = "auto",
    precision: str = "auto",
    analyzer_batch_size: int = 64,
    registry: Any = None,
    ner: Any = None,
    analyzer: Callable[[], Analyzer] | None = None,
    batch_size: int = 64,
    concurrency: int | tuple[int, int] | None = None,
    num_cpus: float = 1,
    num_gpus: float = 0,
    ray_remote_args: Mapping[str, Any] | None = None,
) -> dict[str, ray.data.Dataset]:
    """Analyse the documents of a Ray dataset; return one dataset per table of a local corpus run.

    The analysis runs once, when this function is called; its results stay in Ray's object store
    (which spills to disk when it fills), and each returned dataset reads its table from them,
    to ``write_parquet``, ``to_pandas`` or transform further.

    Args:
        dataset: one row per document: the text column, an id column and any metadata columns
            (speaker, outlet, date, title, ...; every other column becomes document metadata).
        text_column, id_column: the text and id columns. Rows without an id get ``row-<hash of the
            text>`` (or the ``index_column`` value). Ids are not checked for duplicates across
            batches (that needs the whole input in one place; :func:`run_corpus_ray` checks them).
        index_column: optional column with each row's position in the input, written as
            ``input_index`` (otherwise missing: Ray datasets have no global row number).
        model, device, precision, analyzer_batch_size, registry, ner: the Analyzer options
            (``scorer``, ``device``, ``precision``, ``batch_size``, ``registry``, ``ner``), used by
            every worker; a registry path must be readable on every node.
        analyzer: instead of those options, a zero-argument function returning an Analyzer, for
            custom stages; it is pickled and called once per worker.
        batch_size: documents per ``map_batches`` call (all claims of a call are scored together).
        concurrency: the most workers (actors); the pool starts with one and grows while input
            is queued, so the tasks reading the dataset keep CPUs (a fixed pool taking every CPU
            first would starve them). ``(min, max)`` sets both ends. Default: as many as the
            cluster's CPUs (``num_gpus=0``) or GPUs allow.
        num_cpus, num_gpus: resources reserved per worker. On GPU nodes pass ``num_gpus=1`` (or a
            fraction to share a GPU) and ``device="cuda"`` or ``"auto"``.
        ray_remote_args: further arguments for ``map_batches`` (``memory=``, ``accelerator_type=``,
            ``runtime_env=``, ...).

    Returns:
        ``{"documents": ds, "segments": ds, "claims": ds, "mentions": ds, "assessments": ds,
        "actors": ds}``. The columns are the local run's; ``chunk`` is missing (Ray's batches are
        not the local runner's chunks) and ``source`` says ``ray.data``.

    Raises:
        DependencyError: Ray is not installed. ConfigError: bad options or columns.
    """
    ray = _require_ray()
    owner = "analyze_ray"
    if not isinstance(dataset, ray.data.Dataset):
        raise ConfigError(f"analyze_ray needs a ray.data.Dataset, got {type(dataset).__name__}. For files on one machine "
                          "use run_corpus_ray or polisent.corpus.run_corpus.")
    for name, value in (("text_column", text_column), ("id_column", id_column)):
        if not isinstance(value, str) or not value:
            raise ConfigError(f"The {name!r} parameter of {owner} must be a non-empty str. Got {value!r} instead.")
    columns = dataset.columns(fetch_if_missing=True) or []
    if text_column not in columns:
        raise ConfigError(f"The dataset has no {text_column!r} column (columns: {', '.join(map(str, columns))}). Pass text_column=.")
    if index_column is not None and index_column not in columns:
        raise ConfigError(f"The dataset has no {index_column!r} column (index_column). Columns: {', '.join(map(str, columns))}.")
    batch_size = check_int(batch_size, "batch_size", owner)
    num_cpus, num_gpus = _check_resources(num_cpus, num_gpus, owner)
    factory = _factory(analyzer, {"model": model, "device": device, "precision": precision,
                                  "analyzer_batch_size": analyzer_batch_size, "registry": registry, "ner": ner}, owner)
    if not ray.is_initialized():
        ray.init()
    packed = dataset.map_batches(
        AnalyzerWorker,
        fn_constructor_args=(factory, "records"),
        fn_constructor_kwargs={"text_key": text_column, "id_key": id_column, "index_key": index_column},
        batch_size=batch_size, batch_format="pyarrow", compute=_compute(ray, concurrency, num_cpus, num_gpus, owner, grow=True),
        num_cpus=num_cpus, num_gpus=num_gpus, **dict(ray_remote_args or {}),
    ).to_arrow_refs()  # runs the analysis; the packed blocks stay in the object store
    from polisent.corpus.store import TABLES

    split = ray.remote(_split_block).options(num_returns=len(TABLES), num_cpus=0.25)
    parts = [split.remote(ref) for ref in packed]  # one small task per block: every table in one pass
    return {name: ray.data.from_arrow_refs([p[i] for p in parts]) for i, name in enumerate(TABLES)}


def _split_block(block: Any) -> tuple[Any, ...]:
    """A block of packed results as one Arrow table per table name (in ``TABLES`` order)."""
    import pandas as pd
    import pyarrow as pa

    from polisent.corpus.store import TABLES

    frames: dict[str, list[pd.DataFrame]] = {name: [] for name in TABLES}
    for row in block.to_pylist():
        if row["n_rows"]:
            frames[row["table"]].append(pickle.loads(row["payload"]))
    out = []
    for name in TABLES:
        if frames[name]:
            df = pd.concat(frames[name], ignore_index=True).drop(columns=["chunk"], errors="ignore")
            out.append(pa.Table.from_pandas(df, preserve_index=False))
        else:
            out.append(pa.table({"doc_id": pa.array([], pa.string())}))
    return tuple(out)


# -- files in, the local run's layout out -------------------------------------------------------------
def run_corpus_ray(
    inputs: Any,
    output_dir: str | Path,
    *,
    model: str = "default",
    device: str = "auto",
    precision: str = "auto",
    analyzer_batch_size: int = 64,
    registry: Any = None,
    ner: Any = None,
    analyzer: Callable[[], Analyzer] | None = None,
    format: str = "parquet",
    chunk_size: int = 64,
    resume: bool = True,
    force: bool = False,
    progress: bool | None = None,
    text_key: str = "text",
    id_key: str = "id",
    concurrency: int | tuple[int, int] | None = None,
    num_cpus: float = 1,
    num_gpus: float = 0,
    ray_remote_args: Mapping[str, Any] | None = None,
) -> CorpusRunResult:
    """:func:`polisent.corpus.run_corpus` on a Ray cluster: same inputs, same output layout, same rows.

    The driver (this process) reads the input as the local runner does (a directory of .txt/.md
    files, a .jsonl or .csv file, a ``datasets.Dataset`` or an iterable of documents; ids, dates,
    duplicate ids and unreadable records are handled there, so error rows are the local ones) and
    cuts it into the local runner's chunks of ``chunk_size`` documents. Each chunk is one row of a
    Ray dataset; a pool of workers analyses them (one Analyzer per worker) and sends the tables
    back; the driver writes every chunk's files atomically under deterministic names
    (``TABLE/part-{chunk:06d}.parquet``) and lists it in ``manifest.json`` once all chunks before
    it are listed too. So the output is the local layout, readable by ``load_tables``,
    ``polisent corpus aggregate`` and ``polisent report``, and identical to a local run with the
    same ``chunk_size`` and model (row for row; ``chunk`` included).

    Resuming: rerunning the same call (or command) skips every chunk the manifest lists and
    analyses the rest; chunks finished out of order after the first missing one are recomputed
    (at most a few per worker). A killed or restarted worker is Ray's business: its chunk is
    retried, and a chunk that arrives twice is written once. Either engine can resume a run the
    other started.

    Args:
        inputs, output_dir, format, chunk_size, resume, force, progress, text_key, id_key: as for
            :func:`polisent.corpus.run_corpus`.
        concurrency: workers (actors), a fixed pool (the driver sends the chunks, no read tasks
            compete for CPUs); ``(min, max)`` for an autoscaling one. Default: one per free CPU,
            or per GPU share with ``num_gpus``; never more than there are chunks.
        model, device, precision, analyzer_batch_size, registry, ner, analyzer, num_cpus, num_gpus,
            ray_remote_args: as for :func:`analyze_ray`. The driver also loads
            the Analyzer once (on the CPU when built from the options), to fail before the cluster
            starts on a wrong model name and to record the model names in the manifest.

    Returns:
        A :class:`~polisent.corpus.CorpusRunResult`.
    """
    from polisent.corpus.runner import CorpusRunResult, _now, _open_run, record_chunk, skip_done, write_chunk
    from polisent.corpus.sources import read_inputs
    from polisent.corpus.store import MANIFEST, RunLock, require_format, write_json_atomic

    started = time.perf_counter()
    ray = _require_ray()
    owner = "run_corpus_ray"
    suffix = require_format(format)
    from polisent.analyzer import MAX_BATCH_SIZE

    chunk_size = check_int(chunk_size, "chunk_size", owner, high=MAX_BATCH_SIZE)
    num_cpus, num_gpus = _check_resources(num_cpus, num_gpus, owner)
    options = {"model": model, "device": device, "precision": precision, "analyzer_batch_size": analyzer_batch_size,
               "registry": registry, "ner": ner}
    factory = _factory(analyzer, options, owner)
    source = read_inputs(inputs, text_key=text_key, id_key=id_key)
    local = factory() if analyzer is not None else build_analyzer({**options, "device": "cpu"})
    if hasattr(local, "load"):
        local.load()
    models = dict(sorted(local.models().items()))
    config = {"format": format, "text_key": text_key, "id_key": id_key, "engine": "ray",
              "analyzer": {k: getattr(local, k) for k in ("precision", "batch_size") if hasattr(local, k)}
              | {"device": device if analyzer is None else getattr(local, "device", None)},
              "ray": {"chunk_size": chunk_size, "num_cpus": num_cpus, "num_gpus": num_gpus}}
    del local
    out = Path(output_dir)
    if out.exists() and not out.is_dir():
        raise OutputError(f"Output {str(out)!r} exists and is not a directory. Choose a directory path.")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"Cannot create output directory {str(out)!r}: {exc.strerror or exc}.") from exc
    with RunLock(out):
        manifest, resumed = _open_run(out, source, models, config, suffix, resume=resume, force=force)
        skipped = list(getattr(source, "skipped", ()))
        manifest["n_skipped"] = len(skipped)
        manifest["skipped"] = [{"path": path, "reason": reason} for path, reason in skipped]
        n_new = 0
        if manifest["status"] != "complete":
            items = skip_done(out, source, manifest)
            chunks = _chunks(items, chunk_size, len(manifest["chunks"]))
            if chunks:
                if not ray.is_initialized():
                    ray.init()
                n_new = _run_chunks(ray, out, manifest, chunks, factory, suffix, format, progress, concurrency,
                                    num_cpus, num_gpus, ray_remote_args, record_chunk, write_chunk)
            manifest["status"] = "complete"
            manifest["updated_at"] = _now()
            write_json_atomic(out / MANIFEST, manifest)
    elapsed = time.perf_counter() - started
    logger.info("corpus run (ray): %d new documents in %.1f s; %d in %s (%d errors, %d paths skipped)", n_new, elapsed,
                manifest["n_documents"], out, manifest["n_errors"], len(skipped))
    if skipped:
        logger.warning("%d path(s) in the input were skipped (not rows; see the warnings above and 'skipped' in %s)",
                       len(skipped), MANIFEST)
    return CorpusRunResult(out, manifest["n_documents"], manifest["n_errors"], n_new, len(manifest["chunks"]),
                           manifest["status"] == "complete", resumed, elapsed, manifest, len(skipped))


def _chunks(items: Iterator[InputItem], chunk_size: int, first: int) -> list[tuple[int, list[InputItem]]]:
    """The remaining items in the local runner's chunks, numbered from ``first``."""
    out: list[tuple[int, list[InputItem]]] = []
    batch: list[InputItem] = []
    for item in items:
        batch.append(item)
        if len(batch) == chunk_size:
            out.append((first + len(out), batch))
            batch = []
    if batch:
        out.append((first + len(out), batch))
    return out


def _run_chunks(ray: Any, out: Path, manifest: dict[str, Any], chunks: list[tuple[int, list[InputItem]]],
                factory: Callable[[], Any], suffix: str, fmt: str, progress: bool | None,
                concurrency: int | tuple[int, int] | None, num_cpus: float, num_gpus: float,
                ray_remote_args: Mapping[str, Any] | None, record_chunk: Callable[..., None],
                write_chunk: Callable[..., dict[str, Any]]) -> int:
    """Send the chunks through the worker pool; write each as it comes back; list them in order."""
    from polisent.corpus.store import TABLES

    batches = dict(chunks)
    ds = ray.data.from_items([{"chunk": k, "items": pickle.dumps(batch, protocol=5)} for k, batch in chunks],
                             override_num_blocks=len(chunks))
    show = sys.stderr.isatty() if progress is None else bool(progress)
    ds.context.enable_progress_bars = False  # this dataset only; the corpus bar below is the progress
    results = ds.map_batches(AnalyzerWorker, fn_constructor_args=(factory, "items"), batch_size=1, batch_format="pyarrow",
                             compute=_compute(ray, concurrency, num_cpus, num_gpus, "run_corpus_ray", len(chunks)),
                             num_cpus=num_cpus, num_gpus=num_gpus, **dict(ray_remote_args or {}))
    bar = None
    if show:
        from tqdm.auto import tqdm

        bar = tqdm(total=manifest["n_done"] + sum(len(b) for b in batches.values()), initial=manifest["n_done"],
                   desc="corpus (ray)", unit="doc", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)
    parts: dict[int, dict[str, Any]] = {}
    written: dict[int, dict[str, Any]] = {}
    next_index = chunks[0][0]
    n_new = 0
    try:
        for row in results.iter_rows():
            k = int(row["chunk"])
            if k in written or k < next_index:  # a retried chunk that came back twice
                continue
            parts.setdefault(k, {})[row["table"]] = row["payload"]
            if len(parts[k]) < len(TABLES):
                continue
            tables = {name: pickle.loads(payload) for name, payload in parts.pop(k).items()}
            written[k] = write_chunk(out, k, batches[k], tables, suffix, fmt)
            n_new += len(batches[k])
            if bar is not None:
                bar.update(len(batches[k]))
            while next_index in written:
                record_chunk(out, manifest, written.pop(next_index))
                del batches[next_index]
                next_index += 1
    finally:
        if bar is not None:
            bar.close()
    if batches:
        raise OutputError(f"The Ray run ended with chunks {sorted(batches)[:5]} missing from {str(out)!r}; rerun the "
                          "same command to resume.")
    return n_new
