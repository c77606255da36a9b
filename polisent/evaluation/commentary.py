"""Loader for the commentary corpus: real public commentary labelled for structure and scores.

The corpus lives in ``data/commentary/`` of a polisent checkout (it is not part of the installed
package); ``POLISENT_COMMENTARY`` or the ``root`` argument point elsewhere. Tables:

- ``documents``: one row per document (``id``, ``url``, ``outlet``, ``format``, ``split``, ``text``, ...);
- ``units``: one row per unit (line or sentence) with its structure label (``kind``, ``reason``,
  ``role``, ``speaker``) and character offsets into the document text;
- ``pairs``: one row per (claim, actor) with ``sentiment``, ``stance``, ``tags``, the actor id and
  the mention offsets.

The guideline is ``docs/annotation.md``; the data card is ``data/commentary/DATA_CARD.md``.

>>> from polisent.evaluation import TABLES, SPLITS
>>> TABLES, SPLITS
(('documents', 'units', 'pairs'), ('train', 'dev', 'test'))
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from polisent.errors import ConfigError, DataError

logger = logging.getLogger(__name__)

TABLES = ("documents", "units", "pairs")
SPLITS = ("train", "dev", "test")
_ENV = "POLISENT_COMMENTARY"


def commentary_dir(root: str | Path | None = None) -> Path:
    """The corpus folder: ``root``, else ``$POLISENT_COMMENTARY``, else ``data/commentary`` of the checkout.

    Raises :class:`~polisent.errors.DataError` when the folder or its ``documents.jsonl`` is missing.
    """
    if root is None:
        root = os.environ.get(_ENV) or Path(__file__).resolve().parents[2] / "data" / "commentary"
    path = Path(root)
    if not (path / "documents.jsonl").is_file():
        raise DataError(
            f"No commentary corpus at {path} (documents.jsonl missing). It ships with the polisent "
            f"repository, not the installed package: pass root= or set {_ENV}."
        )
    return path


def dev_set_dirs(root: str | Path | None = None, table: str = "pairs", last: int | None = None) -> list[Path]:
    """The structure dev sets beside the corpus (``<corpus>_dev2``, ``<corpus>_dev3`` ...) that hold
    ``<table>.jsonl``, in number order; up to ``<corpus>_dev{last}`` when ``last`` is given (newer
    sets stay unread)."""
    base = commentary_dir(root)

    def number(p: Path) -> int:
        tail = p.name[len(base.name) + 4:]
        return int(tail) if tail.isdigit() else 10**9

    found = [p for p in base.parent.glob(f"{base.name}_dev*") if (p / f"{table}.jsonl").is_file()
             and (last is None or number(p) <= last)]
    return sorted(found, key=lambda p: (number(p), p.name))


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise DataError(f"{path}:{n}: invalid JSON ({exc.msg})") from exc
    return rows


def read_table(table: str = "pairs", split: str | None = None, root: str | Path | None = None,
               annotation: str = "adjudicated") -> list[dict[str, Any]]:
    """Rows of one table as dicts, optionally restricted to one split.

    ``annotation``: ``"adjudicated"`` (the corpus labels: the first annotation, with the
    disagreements of the double-annotated part resolved) or ``"second"`` (the independent second
    annotation of the agreement sample).
    """
    if table not in TABLES:
        raise ConfigError(f"table must be one of {TABLES}, got {table!r}")
    if split is not None and split not in SPLITS:
        raise ConfigError(f"split must be one of {SPLITS} or None, got {split!r}")
    if annotation not in ("adjudicated", "second"):
        raise ConfigError(f"annotation must be 'adjudicated' or 'second', got {annotation!r}")
    base = commentary_dir(root)
    splits = json.loads((base / "splits.json").read_text(encoding="utf-8"))
    if table == "documents":
        rows = _read_jsonl(base / "documents.jsonl")
        for r in rows:
            r["split"] = splits.get(r["id"])
            r.pop("units", None)
    else:
        folder = base / "second" if annotation == "second" else base
        path = folder / f"{table}.jsonl"
        if not path.is_file():
            raise DataError(f"{path} is missing: run 'python scripts/commentary_corpus.py build'")
        rows = _read_jsonl(path)
        for r in rows:
            r["split"] = splits.get(r["doc_id"])
    if split is not None:
        rows = [r for r in rows if r["split"] == split]
    return rows


def load_commentary(table: str = "pairs", split: str | None = None, root: str | Path | None = None,
                    annotation: str = "adjudicated") -> Any:
    """One table of the commentary corpus as a ``datasets.Dataset``.

    Example (needs the corpus, so not run here)::

        from polisent.evaluation import load_commentary
        dev = load_commentary("pairs", split="dev")
        dev.to_pandas().groupby("stance").size()
    """
    import datasets

    rows = read_table(table, split, root, annotation)
    if table == "pairs":
        for r in rows:  # datasets needs uniform nested types
            r["mentions"] = [{"start": int(m["start"]), "end": int(m["end"]), "text": str(m["text"])} for m in r["mentions"]]
            r["tags"] = list(r.get("tags") or [])
    return datasets.Dataset.from_list(rows)
