"""The on-disk layout of a corpus run: chunk files per table, an atomic manifest, a lock.

::

    OUTDIR/manifest.json                 what was run, with what, and which chunks are complete
    OUTDIR/documents/part-000000.parquet one row per input document (errors included)
    OUTDIR/claims/part-000000.parquet    ... and segments, mentions, assessments, actors

A chunk's files are written under temporary names and renamed into place; the manifest is
rewritten (temporary file, fsync, rename) after every chunk and is the only record of which
chunk files belong to the run, so a run killed at any point leaves a consistent output.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import logging
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from polisent._fs import give_default_mode

from polisent.errors import ConfigError, DependencyError, InputError, OutputError

if TYPE_CHECKING:
    import pandas as pd

logger = logging.getLogger(__name__)

__all__ = ["FORMATS", "MANIFEST", "TABLES", "cast_table", "read_manifest", "read_table", "write_json_atomic", "write_table"]

MANIFEST = "manifest.json"
#: Tables written by a corpus run, in the order they are written.
TABLES = ("documents", "segments", "claims", "mentions", "assessments", "actors")
FORMATS = {"parquet": ".parquet", "csv": ".csv", "jsonl": ".jsonl"}
LOCK = ".polisent-run.lock"

_INT = {"claim_index", "start", "end", "sentence_index", "segment_index", "mention_index", "n_mentions", "n_claims",
        "n_scored", "input_index", "n_chars", "n_segments", "n_assessments", "n_actors", "chunk"}
_FLOAT = {"certainty", "confidence", "sentiment_value", "stance_value", "sentiment", "stance",
          *(f"p_sentiment_{k}" for k in ("negative", "neutral", "positive")),
          *(f"p_stance_{k}" for k in ("against", "none", "favor"))}
_BOOL = {"is_question", "hedged", "conditional", "negated", "reported", "scored"}


def cast_table(df: pd.DataFrame) -> pd.DataFrame:
    """Give every column a stable dtype (so chunks concatenate and formats round-trip).

    Integers become ``Int64``, scores ``float64`` (missing = NaN, never 0), flags ``boolean``
    and everything else ``str``.
    """
    import pandas as pd

    out = {}
    for col in df.columns:
        s = df[col]
        if col in _INT:
            out[col] = pd.to_numeric(s, errors="coerce").astype("Int64")
        elif col in _FLOAT:
            out[col] = pd.to_numeric(s, errors="coerce").astype("float64")
        elif col in _BOOL:
            if s.dtype == object or str(s.dtype) == "str":
                s = s.map(lambda v: {"true": True, "false": False}.get(str(v).lower()) if isinstance(v, str) else v)
            out[col] = s.astype("boolean")
        else:
            out[col] = s if str(s.dtype) == "str" else s.astype("str")  # missing stays missing
    return pd.DataFrame(out, index=df.index)


def require_format(fmt: str) -> str:
    """Check the output format (and that pyarrow is there for Parquet); return the suffix."""
    if fmt not in FORMATS:
        raise ConfigError(f"Unknown output format {fmt!r}. Available: 'csv', 'jsonl', 'parquet'.")
    if fmt == "parquet" and importlib.util.find_spec("pyarrow") is None:
        raise DependencyError("Writing Parquet needs pyarrow, which is not installed. Install it with "
                              "`pip install pyarrow`, or pass format='csv' or 'jsonl' (CLI: --format csv).")
    if importlib.util.find_spec("pandas") is None:
        raise DependencyError("Corpus runs need pandas. Install it with `pip install pandas`.")
    return FORMATS[fmt]


@contextlib.contextmanager
def _atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; rename it onto ``path`` if the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        give_default_mode(tmp)  # mkstemp files are 0600; outputs get the usual permissions
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_table(df: pd.DataFrame, path: Path, fmt: str) -> None:
    """Write one table file atomically in ``fmt`` (parquet, csv or jsonl)."""
    try:
        with _atomic_path(path) as tmp:
            if fmt == "parquet":
                df.to_parquet(tmp, index=False)
            elif fmt == "csv":  # CRLF rows, so a field holding a lone \r is quoted (with \n rows it is not, and splits the row)
                df.to_csv(tmp, index=False, lineterminator="\r\n")
            else:
                df.to_json(tmp, orient="records", lines=True, force_ascii=False)
    except OSError as exc:
        raise OutputError(f"Cannot write {path}: {exc.strerror or exc}. Check free space and permissions.") from exc


def read_table(path: Path, fmt: str) -> pd.DataFrame:
    """Read one table file written by :func:`write_table`, with the same dtypes."""
    import pandas as pd

    try:
        if fmt == "parquet":
            df = pd.read_parquet(path)
        elif fmt == "csv":
            try:
                df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
            except pd.errors.EmptyDataError:  # a chunk without rows for this table
                df = pd.DataFrame()
        else:
            with open(path, encoding="utf-8") as fh:
                df = pd.DataFrame.from_records([json.loads(line) for line in fh if line.strip()])
    except FileNotFoundError as exc:
        raise InputError(f"{path} is listed in the manifest but missing; the output was changed by hand. "
                         "Rerun with force=True (CLI: --force) to rebuild it.") from exc
    except (OSError, ValueError) as exc:
        raise InputError(f"Cannot read {path}: {exc}.") from exc
    return cast_table(df)


def write_json_atomic(path: Path, obj: Any) -> None:
    """Write JSON to ``path`` atomically (temporary file, fsync, rename)."""
    try:
        with _atomic_path(path) as tmp:
            tmp.write_text(json.dumps(obj, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"Cannot write {path}: {exc.strerror or exc}. Check free space and permissions.") from exc


def read_manifest(output_dir: Path) -> dict[str, Any] | None:
    """The manifest of the run in ``output_dir``, or None when there is none."""
    path = output_dir / MANIFEST
    if not path.is_file():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path} is not a readable polisent manifest ({exc}). Remove the directory or choose another one.") from exc
    if not isinstance(manifest, dict) or manifest.get("kind") != "polisent-corpus-run":
        raise InputError(f"{path} is not a polisent corpus manifest. Choose another output directory.")
    return manifest


class RunLock:
    """A lock file so two runs never write into the same directory at once (stale locks are taken over)."""

    def __init__(self, output_dir: Path) -> None:
        self.path = output_dir / LOCK
        self.held = False

    def __enter__(self) -> RunLock:
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                try:
                    pid = int(self.path.read_text().strip() or 0)
                except (OSError, ValueError):
                    pid = 0
                if pid and pid != os.getpid() and _alive(pid):
                    raise OutputError(f"{self.path.parent} is being written by another polisent run (process {pid}). "
                                      "Wait for it to finish or choose another output directory.") from None
                logger.info("taking over the stale lock of process %s in %s", pid, self.path.parent)
                with contextlib.suppress(OSError):
                    self.path.unlink()
                continue
            except OSError as exc:
                raise OutputError(f"Cannot write to {self.path.parent}: {exc.strerror or exc}. "
                                  "Check that the output directory is writable and the disk has space.") from exc
            try:
                with os.fdopen(fd, "w") as fh:
                    fh.write(str(os.getpid()))
            except OSError as exc:
                with contextlib.suppress(OSError):
                    self.path.unlink()
                raise OutputError(f"Cannot write {self.path}: {exc.strerror or exc}. Check free space and permissions.") from exc
            self.held = True
            return self
        raise OutputError(f"Cannot lock {self.path.parent}; remove {self.path} if no run is using the directory.")

    def __exit__(self, *exc: Any) -> None:
        if self.held:
            with contextlib.suppress(OSError):
                self.path.unlink()
            self.held = False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie (killed child not yet reaped) holds no lock
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
        return state != "Z"
    except (OSError, IndexError):
        return True
