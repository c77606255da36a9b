"""Hugging Face ``datasets`` and pandas in, tables of results out, on top of :meth:`Analyzer.pipe`.

The text column is read in chunks and streamed through the analyzer (all claims of a chunk of
documents are scored in one engine call, length-sorted); the model is never wrapped in
``Dataset.map``, which would hash the closure and run rows in storage order. Results come back
as one table of the requested kind, with ``row`` (the input row number) and ``doc_id`` columns
to join them back to the input. For Ray clusters see :mod:`polisent.integrations.ray`.

>>> import pandas as pd
>>> from polisent import Analyzer
>>> from polisent.testing import FakeScorer
>>> df = pd.DataFrame({"text": ["Moscow failed badly.", "NATO is strong."], "id": ["a", "b"]})
>>> out = analyze_dataframe(df, Analyzer(scorer=FakeScorer()), id_column="id")
>>> out[["row", "doc_id", "actor_id"]].values.tolist()
[[0, 'a', 'russia'], [1, 'b', 'nato']]
"""

from __future__ import annotations

import logging
from collections.abc import Hashable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from polisent.errors import ConfigError, DependencyError

if TYPE_CHECKING:
    import datasets
    import pandas as pd

    from polisent.analyzer import Analyzer
    from polisent.records import DocumentAnalysis

__all__ = ["TABLES", "analyze_dataframe", "analyze_dataset", "analysis_rows"]

logger = logging.getLogger(__name__)

#: Kinds of result table: one row per assessment, claim, mention, actor summary, segment, or document.
TABLES: tuple[str, ...] = ("assessments", "claims", "mentions", "actors", "segments", "documents")


def _check_table(table: object, owner: str) -> str:
    if table not in TABLES:
        raise ConfigError(f"The 'table' parameter of {owner} must be one of {', '.join(map(repr, TABLES))}. Got {table!r} instead.")
    return str(table)


def _check_columns(available: Sequence[Any], owner: str, **columns: Any) -> None:
    for param, name in columns.items():
        if name is not None and name not in available:
            raise ConfigError(
                f"The {param!r} parameter of {owner} names the column {name!r}, which the input does not have. "
                f"Available columns: {', '.join(map(repr, available))}."
            )


def _document_row(doc: DocumentAnalysis) -> dict[str, Any]:
    import json

    return {
        "doc_id": doc.id, **{k: v for k, v in doc.meta}, "error": doc.error,
        "n_claims": len(doc.claims), "n_mentions": len(doc.mentions), "n_assessments": len(doc.assessments),
        "n_actors": len(doc.actors), "scored": doc.scored, "analysis_json": json.dumps(doc.to_dict(), ensure_ascii=False),
    }


def analysis_rows(doc: DocumentAnalysis, table: str, row: int) -> list[dict[str, Any]]:
    """The rows of one document's analysis for ``table``, each with the input ``row`` number."""
    if table == "documents":
        return [{"row": row, **_document_row(doc)}]
    return [{"row": row, **r} for r in doc.to_records(table)]  # type: ignore[arg-type]


def _iter_documents(columns: Iterator[dict[Any, list[Any]]], text_column: Any, id_column: Any,
                    speaker_column: Any, date_column: Any) -> Iterator[Any]:
    from polisent.analyzer import Document

    for chunk in columns:
        texts = chunk[text_column]
        for i, text in enumerate(texts):
            meta: dict[str, Any] = {}
            if speaker_column is not None:
                meta["speaker"] = chunk[speaker_column][i]
            if date_column is not None:
                value = chunk[date_column][i]
                meta["date"] = value.isoformat() if hasattr(value, "isoformat") else value
            doc_id = None if id_column is None else chunk[id_column][i]
            yield Document(text, None if doc_id is None else str(doc_id), meta)


def _run(analyzer: Analyzer | None, docs: Iterator[Any], table: str, batch_size: int | None) -> list[dict[str, Any]]:
    if analyzer is None:
        from polisent.analyzer import Analyzer

        analyzer = Analyzer()
    rows: list[dict[str, Any]] = []
    failed: list[str] = []
    for index, result in enumerate(analyzer.pipe(docs, batch_size=batch_size, on_error="return")):
        if result.error is not None:  # one bad row costs its own rows only; the documents table shows why
            failed.append(f"row {index}: {result.error}")
            logger.warning("row %d (doc_id %s) could not be analysed: %s", index, result.id, result.error)
        rows.extend(analysis_rows(result, table, index))
    if failed:
        logger.warning("%d input row(s) could not be analysed and have no %s rows (first: %s); table='documents' lists "
                       "every row with its error", len(failed), table, failed[0])
    return rows


def analyze_dataset(
    dataset: datasets.Dataset,
    analyzer: Analyzer | None = None,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    speaker_column: str | None = None,
    date_column: str | None = None,
    table: str = "assessments",
    batch_size: int | None = None,
) -> datasets.Dataset:
    """Analyse the text column of a ``datasets.Dataset``; return a ``Dataset`` of results.

    Args:
        dataset: the input; read in chunks of 1,000 rows, never mapped.
        analyzer: the :class:`~polisent.Analyzer` to use (default: ``Analyzer()``).
        text_column: column with the document texts.
        id_column, speaker_column, date_column: optional columns carried into every result row
            as ``doc_id``, ``speaker`` and ``date`` (document metadata; in claim and assessment
            rows ``speaker`` is the claim's speaker when the segmenter found one).
        table: ``"assessments"`` (default), ``"claims"``, ``"mentions"``, ``"actors"``,
            ``"segments"`` or ``"documents"`` (one row per input, with the full analysis as JSON).
        batch_size: documents per analyzer chunk (default: the analyzer's).

    Returns:
        A ``Dataset`` with a ``row`` column (input row number) plus the table's columns. A row that
        cannot be analysed (a missing or non-str text, a document over ``max_chars``) does not stop
        the call: it has no rows in the other tables, is logged, and its ``documents`` row has
        ``error`` set.

    >>> import datasets
    >>> from polisent import Analyzer
    >>> from polisent.testing import FakeScorer
    >>> ds = datasets.Dataset.from_dict({"text": ["Moscow failed badly."]})
    >>> list(analyze_dataset(ds, Analyzer(scorer=FakeScorer()))["actor_id"])
    ['russia']
    """
    try:
        import datasets as hf_datasets
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise DependencyError("analyze_dataset needs the 'datasets' package: pip install datasets") from exc
    if not isinstance(dataset, hf_datasets.Dataset):
        raise ConfigError(
            f"analyze_dataset needs a datasets.Dataset, got {type(dataset).__name__}. For pandas use analyze_dataframe; "
            "for an IterableDataset, pass analyzer.pipe(row['text'] for row in ds)."
        )
    table = _check_table(table, "analyze_dataset")
    _check_columns(dataset.column_names, "analyze_dataset", text_column=text_column, id_column=id_column,
                   speaker_column=speaker_column, date_column=date_column)
    wanted = [c for c in dict.fromkeys((text_column, id_column, speaker_column, date_column)) if c is not None]
    chunks = dataset.select_columns(wanted).iter(batch_size=1000)
    rows = _run(analyzer, _iter_documents(chunks, text_column, id_column, speaker_column, date_column), table, batch_size)
    if not rows:
        return hf_datasets.Dataset.from_dict({"row": []})
    return hf_datasets.Dataset.from_list(rows)


def analyze_dataframe(
    df: pd.DataFrame,
    analyzer: Analyzer | None = None,
    *,
    text_column: Hashable = "text",
    id_column: Hashable | None = None,
    speaker_column: Hashable | None = None,
    date_column: Hashable | None = None,
    table: str = "assessments",
    batch_size: int | None = None,
) -> pd.DataFrame:
    """Analyse the text column of a pandas DataFrame; return a DataFrame of results.

    Same arguments as :func:`analyze_dataset` (column names may be any label, e.g. ``0``); ``row`` is the input's positional row number
    (``df.iloc[row]``), so ``out.merge(df.reset_index(drop=True), left_on="row", right_index=True)``
    joins results to the input.
    """
    try:
        import pandas as pd
    except ImportError as exc:
        raise DependencyError("analyze_dataframe needs pandas: pip install pandas") from exc
    if not isinstance(df, pd.DataFrame):
        raise ConfigError(f"analyze_dataframe needs a pandas.DataFrame, got {type(df).__name__}.")
    table = _check_table(table, "analyze_dataframe")
    _check_columns(list(df.columns), "analyze_dataframe", text_column=text_column, id_column=id_column,
                   speaker_column=speaker_column, date_column=date_column)

    def chunks() -> Iterator[dict[Any, list[Any]]]:
        wanted = [c for c in dict.fromkeys((text_column, id_column, speaker_column, date_column)) if c is not None]
        for start in range(0, len(df), 1000):
            part = df.iloc[start : start + 1000]
            yield {c: [None if _isna(v) else v for v in part[c].tolist()] if c != text_column else part[c].tolist()
                   for c in wanted}

    rows = _run(analyzer, _iter_documents(chunks(), text_column, id_column, speaker_column, date_column), table, batch_size)
    return pd.DataFrame(rows) if rows else pd.DataFrame({"row": pd.Series([], dtype="int64")})


def _isna(value: Any) -> bool:
    try:
        import pandas as pd

        return bool(pd.isna(value)) if not isinstance(value, (list, tuple, dict)) else False
    except (TypeError, ValueError):
        return False
