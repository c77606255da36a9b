"""Per-actor roll-ups of a corpus, with bootstrap confidence intervals.

Works on the tables a corpus run wrote (no model is run again). For each actor and each
document, speaker, outlet or month it reports the number of claims and the mean signed stance
and sentiment, weighted by the score's confidence times the claim's certainty, with a
percentile bootstrap interval. Claims of one interview are not independent, so a group that
spans several documents is bootstrapped by resampling its documents (all claims of a drawn
document come along); a group of one document resamples its claims (column ``ci_unit``).
Questions, the interviewer's and the editor's lines and clutter are left out. An actor seen
only inside a reported view (NATO in ``"Moscow claims that NATO ..."``) counts with the speaker's
own claims by default (``reported="pool"``, rows with ``view="all"``): the claim still portrays it,
and its stance is the speaker's (usually none); ``reported="apart"`` keeps those claims in rows of
their own (``view="own"`` / ``"reported"``) and ``reported="drop"`` leaves them out. Missing scores stay missing (NaN), never 0.

>>> import pandas as pd
>>> a = pd.DataFrame({"doc_id": ["d1", "d1", "d2"], "claim_index": [0, 1, 0], "actor_id": ["ru"] * 3,
...                   "actor_name": ["Russia"] * 3, "is_question": [False] * 3, "reported": [False] * 3,
...                   "certainty": [1.0, 0.5, 1.0], "p_stance_against": [0.8, 0.1, 0.6], "p_stance_none": [0.1, 0.1, 0.2],
...                   "p_stance_favor": [0.1, 0.8, 0.2]})
>>> docs = pd.DataFrame({"doc_id": ["d1", "d2"], "speaker": ["Ann", "Bo"]})
>>> aggregate({"assessments": a, "documents": docs}, by="speaker", n_boot=200)[["speaker", "n_claims", "stance"]].round(3)
  speaker  n_claims  stance
0     Ann         2  -0.233
1      Bo         1  -0.400
"""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from polisent.errors import ConfigError, DependencyError, OutputError, check_int

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

logger = logging.getLogger(__name__)

__all__ = ["BY", "REPORTED", "aggregate", "export_table", "weighted_bootstrap"]

#: Grouping levels and the column that names the group in the result.
BY = {"document": "doc_id", "speaker": "speaker", "outlet": "outlet", "month": "month", "corpus": "corpus"}

_LABELS = {"stance": ("against", "none", "favor"), "sentiment": ("negative", "neutral", "positive")}
#: Elements of the bootstrap work array held at once (bounds memory: ~8 bytes each, times 4 arrays).
_BUDGET = 2_000_000


def aggregate(
    data: Any,
    *,
    by: str = "document",
    n_boot: int = 1000,
    seed: int = 0,
    reported: str = "pool",
    ci: float = 0.95,
    resample: str = "auto",
) -> pd.DataFrame:
    """Per actor × ``by`` group: claims, weighted mean stance and sentiment, bootstrap CIs.

    Args:
        data: the output directory of a corpus run, the dict :func:`polisent.corpus.load_tables`
            returns (``assessments`` is needed; ``documents``, ``claims`` and ``segments`` are used
            when present), or an iterable of :class:`~polisent.records.DocumentAnalysis`.
        by: ``"document"``, ``"speaker"``, ``"outlet"``, ``"month"`` (from the documents' dates)
            or ``"corpus"`` (one group).
        n_boot: bootstrap resamples; 0 skips the intervals.
        seed: seed of the bootstrap's random generator (same seed, same intervals).
        reported: claims where the actor appears only inside a reported view: ``"pool"`` (counted with
            the rest, ``view="all"``), ``"apart"`` (rows of their own, ``view="reported"``; the rest
            ``view="own"``) or ``"drop"`` (left out, ``view="own"``).
        ci: coverage of the interval.
        resample: ``"auto"`` (documents where a group spans two or more documents, else
            claims), ``"documents"`` (the same) or ``"claims"`` (every claim drawn on its own,
            which understates the uncertainty when claims of one interview agree).

    Returns:
        One row per (actor, group, view) with ``actor_id, actor_name, <group>, view, n_docs,
        n_claims, n_stance, stance, stance_lo, stance_hi, n_sentiment, sentiment, sentiment_lo,
        sentiment_hi, ci_unit`` (``"documents"`` or ``"claims"``: what the bootstrap resampled),
        sorted by actor (most claims first) then group. Means are in [-1, 1]
        (P(favor) - P(against), P(positive) - P(negative)); NaN where nothing was scored.
    """
    import numpy as np
    import pandas as pd

    if by not in BY:
        raise ConfigError(f"The 'by' parameter of aggregate must be one of {', '.join(map(repr, BY))}. Got {by!r} instead.")
    n_boot = check_int(n_boot, "n_boot", "aggregate", low=0, high=1_000_000)
    seed = check_int(seed, "seed", "aggregate", low=0)
    if not isinstance(ci, float) or not 0.0 < ci < 1.0:
        raise ConfigError(f"The 'ci' parameter of aggregate must be a float in (0, 1). Got {ci!r} instead.")
    _check_reported(reported, "aggregate")
    if resample not in ("auto", "documents", "claims"):
        raise ConfigError(f"The 'resample' parameter of aggregate must be 'auto', 'documents' or 'claims'. Got {resample!r} instead.")
    tables = _tables(data)
    key = BY[by]
    a = _eligible(tables, reported)
    a = _attach_group(a, tables.get("documents"), by, key)
    columns = ["actor_id", "actor_name", key, "view", "n_docs", "n_claims"]
    for task in ("stance", "sentiment"):
        columns += [f"n_{task}", task, f"{task}_lo", f"{task}_hi"]
    columns.append("ci_unit")
    if a.empty:
        return pd.DataFrame({c: pd.Series([], dtype="float64" if c.startswith(("stance", "sentiment")) else "object")
                             for c in columns})
    group_cols = ["actor_id", key, "view"]
    codes, uniques = pd.MultiIndex.from_frame(a[group_cols].astype(str)).factorize()
    codes = np.asarray(codes)
    n_groups = len(uniques)
    out = pd.DataFrame(list(uniques), columns=group_cols)
    first = a.groupby(codes, sort=True)
    out["actor_name"] = first["actor_name"].first().to_numpy()
    out["n_docs"] = first["doc_id"].nunique().to_numpy()
    out["n_claims"] = np.bincount(codes, minlength=n_groups)
    rng = np.random.default_rng(seed)
    doc_codes = np.asarray(pd.factorize(a["doc_id"].astype(str))[0])
    by_docs = resample != "claims" and by != "document"
    out["ci_unit"] = np.where(by_docs & (out["n_docs"].to_numpy() >= 2), "documents", "claims")
    for task in ("stance", "sentiment"):
        value, weight = _signed(a, task)
        ok = ~np.isnan(value)
        v, w, c = value[ok], weight[ok], codes[ok]
        if by_docs:
            v, w, c = _documents_as_units(v, w, c, doc_codes[ok], n_groups)
        mean, lo, hi = weighted_bootstrap(v, w, c, n_groups, n_boot=n_boot, rng=rng, ci=ci)
        out[f"n_{task}"] = np.bincount(codes[ok], minlength=n_groups)
        out[task], out[f"{task}_lo"], out[f"{task}_hi"] = mean, lo, hi
    totals = out.groupby("actor_id")["n_claims"].transform("sum")
    out = out.assign(_t=totals).sort_values(["_t", "actor_id", key, "view"], ascending=[False, True, True, True], kind="stable")
    return out.drop(columns="_t")[columns].reset_index(drop=True)


def _tables(data: Any) -> Mapping[str, pd.DataFrame]:
    if isinstance(data, (str, Path)):
        from polisent.corpus import load_tables

        return load_tables(data, tables=("documents", "segments", "claims", "assessments"))
    if isinstance(data, Mapping):
        if "assessments" not in data:
            raise ConfigError(f"aggregate needs an 'assessments' table; got tables {sorted(data)}.")
        return data
    if isinstance(data, Iterable):
        return _tables_from_analyses(data)
    raise ConfigError(f"aggregate takes an output directory, a dict of tables or DocumentAnalysis objects; got {type(data).__name__}.")


def _tables_from_analyses(analyses: Iterable[Any]) -> dict[str, pd.DataFrame]:
    import pandas as pd

    from polisent.corpus.runner import rows_for
    from polisent.corpus.sources import InputItem
    from polisent.corpus.store import cast_table

    rows: dict[str, list[dict[str, Any]]] = {}
    for i, doc in enumerate(analyses):
        if not hasattr(doc, "to_records"):
            raise ConfigError(f"aggregate: item {i} is a {type(doc).__name__}, not a DocumentAnalysis.")
        item = InputItem(i, doc.id if doc.id is not None else str(i), doc.text, dict(doc.meta), error=doc.error)
        for name, r in rows_for(item, doc).items():
            rows.setdefault(name, []).extend(r)
    return {name: cast_table(pd.DataFrame(r)) for name, r in rows.items()}


#: how aggregates treat claims where the actor appears only inside a reported view
REPORTED = ("pool", "apart", "drop")


def _check_reported(reported: str, caller: str) -> None:
    if reported not in REPORTED:
        raise ConfigError(f"The 'reported' parameter of {caller} must be one of {', '.join(map(repr, REPORTED))}. Got {reported!r} instead.")


def _eligible(tables: Mapping[str, pd.DataFrame], reported: str = "pool") -> pd.DataFrame:
    """Assessment rows that carry the speaker's view: no questions, interviewer or editor lines, no clutter;
    reported views pooled (``view="all"``), kept apart (``"own"`` / ``"reported"``) or dropped."""
    import pandas as pd

    a = tables["assessments"].copy()
    if a.empty or "actor_id" not in a.columns:
        return pd.DataFrame(columns=["doc_id", "claim_index", "actor_id", "actor_name", "view"])
    keep = ~_flag(a, "is_question")
    if "role" in a.columns:
        keep &= ~a["role"].fillna("").isin(["interviewer", "editor"])
    claims, segments = tables.get("claims"), tables.get("segments")
    if claims is not None and segments is not None and not claims.empty and not segments.empty and "segment_index" in claims.columns:
        kinds = claims[["doc_id", "claim_index", "segment_index"]].merge(
            segments[["doc_id", "segment_index", "kind"]], on=["doc_id", "segment_index"], how="left")
        a = a.merge(kinds[["doc_id", "claim_index", "kind"]].rename(columns={"kind": "_segment_kind"}),
                    on=["doc_id", "claim_index"], how="left")
        keep = keep.to_numpy() & ~a["_segment_kind"].isin(["clutter", "question", "intro"]).to_numpy()
    a = a[keep]
    is_reported = _flag(a, "reported")
    if reported == "pool":
        a = a.assign(view="all")
    else:
        a = a.assign(view=is_reported.map({True: "reported", False: "own"}))
        if reported == "drop":
            a = a[~is_reported]
    a = a[a["actor_id"].notna()]
    if "actor_name" not in a.columns:
        a = a.assign(actor_name=a["actor_id"])
    return a.reset_index(drop=True)


def _flag(df: pd.DataFrame, col: str) -> pd.Series:
    if col not in df.columns:
        import pandas as pd

        return pd.Series(False, index=df.index)
    return df[col].astype("boolean").fillna(False).astype(bool)


def _attach_group(a: pd.DataFrame, documents: pd.DataFrame | None, by: str, key: str) -> pd.DataFrame:
    if a.empty:
        return a.assign(**{key: []}) if key not in a.columns else a
    if by == "document":
        return a
    if by == "corpus":
        return a.assign(corpus="all")
    a = a.rename(columns={"speaker": "claim_speaker"}) if "speaker" in a.columns else a
    meta_col = "date" if by == "month" else by
    if documents is not None and meta_col in documents.columns:
        a = a.merge(documents[["doc_id", meta_col]].drop_duplicates("doc_id"), on="doc_id", how="left")
    else:
        a = a.assign(**{meta_col: None})
    if by == "speaker":
        fallback = a["claim_speaker"] if "claim_speaker" in a.columns else None
        a["speaker"] = a["speaker"].astype(object).where(a["speaker"].notna(), fallback)
        a["speaker"] = a["speaker"].fillna("unknown").astype(str)
    elif by == "outlet":
        a["outlet"] = a["outlet"].fillna("unknown").astype(str)
    else:
        month = a["date"].map(lambda d: d[:7] if isinstance(d, str) and re.match(r"\d{4}-\d{2}", d) else None)
        missing = sorted(a.loc[month.isna(), "doc_id"].astype(str).unique())
        if missing:
            shown = ", ".join(map(repr, missing[:5])) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
            logger.warning("by='month': %d document(s) left out because their date has no month (missing, a year "
                           "only, or does not parse; see the documents table's date and date_raw columns): %s",
                           len(missing), shown)
        a = a.assign(month=month)
        a = a[a["month"].notna()]
    return a


def _signed(a: pd.DataFrame, task: str) -> tuple[np.ndarray, np.ndarray]:
    """Signed value (P(favor)-P(against) or P(positive)-P(negative)) and weight = confidence × certainty."""
    import numpy as np

    neg, mid, pos = (f"p_{task}_{lab}" for lab in _LABELS[task])
    n = len(a)
    if not all(c in a.columns for c in (neg, mid, pos)):
        return np.full(n, np.nan), np.zeros(n)
    p = np.column_stack([a[c].to_numpy(dtype="float64", na_value=np.nan) for c in (neg, mid, pos)])
    value = p[:, 2] - p[:, 0]
    certainty = a["certainty"].to_numpy(dtype="float64", na_value=np.nan) if "certainty" in a.columns else np.ones(n)
    weight = p.max(axis=1) * np.nan_to_num(certainty, nan=1.0)
    return value, np.where(np.isnan(value), 0.0, weight)


def _documents_as_units(
    values: np.ndarray, weights: np.ndarray, codes: np.ndarray, docs: np.ndarray, n_groups: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Collapse the claims of each (group, document) into one resampling unit.

    A unit's value is its documents' weighted mean and its weight the sum of the claim weights,
    so the weighted mean over units equals the weighted mean over claims, and resampling units
    resamples whole documents. Groups with a single document keep their claims as units.

    >>> import numpy as np
    >>> v, w, c = _documents_as_units(np.array([1., 0, 1, 1]), np.array([1., 1, 2, 1]),
    ...                               np.array([0, 0, 0, 1]), np.array([0, 0, 1, 2]), 2)
    >>> v.tolist(), w.tolist(), c.tolist()
    ([0.5, 1.0, 1.0], [2.0, 2.0, 1.0], [0, 0, 1])
    """
    import numpy as np

    pair = codes.astype(np.int64) * (int(docs.max(initial=0)) + 1) + docs
    units, unit_of = np.unique(pair, return_inverse=True)
    group_of_unit = units // (int(docs.max(initial=0)) + 1)
    docs_per_group = np.bincount(group_of_unit, minlength=n_groups)
    multi = docs_per_group[codes] >= 2
    num = np.bincount(unit_of, weights=weights * values, minlength=len(units))
    den = np.bincount(unit_of, weights=weights, minlength=len(units))
    keep = docs_per_group[group_of_unit] >= 2
    with np.errstate(invalid="ignore", divide="ignore"):
        unit_value = np.where(den > 0, num / np.where(den > 0, den, 1.0), 0.0)
    return (np.concatenate([unit_value[keep], values[~multi]]),
            np.concatenate([den[keep], weights[~multi]]),
            np.concatenate([group_of_unit[keep], codes[~multi]]))


def weighted_bootstrap(
    values: np.ndarray, weights: np.ndarray, codes: np.ndarray, n_groups: int, *, n_boot: int = 1000,
    rng: np.random.Generator | None = None, ci: float = 0.95,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Weighted mean per group and its percentile bootstrap interval, vectorised.

    Items are resampled with replacement within their group (``codes`` in ``[0, n_groups)``).
    Memory stays bounded: groups are processed in blocks of at most ~2M resampled items.
    Groups without items get NaN; a group whose weights sum to 0 gets NaN.

    >>> import numpy as np
    >>> m, lo, hi = weighted_bootstrap(np.array([1., -1, .5]), np.ones(3), np.array([0, 0, 1]), 2, rng=np.random.default_rng(0))
    >>> m.tolist(), bool(lo[0] < 0 < hi[0]), (float(lo[1]), float(hi[1]))
    ([0.0, 0.5], True, (0.5, 0.5))
    """
    import numpy as np

    rng = np.random.default_rng(0) if rng is None else rng
    values = np.asarray(values, dtype="float64")
    weights = np.asarray(weights, dtype="float64")
    codes = np.asarray(codes, dtype="int64")
    num = np.bincount(codes, weights=weights * values, minlength=n_groups)
    den = np.bincount(codes, weights=weights, minlength=n_groups)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)
    lo = np.full(n_groups, np.nan)
    hi = np.full(n_groups, np.nan)
    if n_boot == 0 or len(values) == 0:
        return mean, lo, hi
    order = np.argsort(codes, kind="stable")
    v, w, c = values[order], weights[order], codes[order]
    counts = np.bincount(c, minlength=n_groups)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    present = np.flatnonzero(counts)
    q = (100 * (1 - ci) / 2, 100 * (1 + ci) / 2)
    i = 0
    while i < len(present):  # blocks of whole groups
        j, size = i, 0
        while j < len(present) and (j == i or size + counts[present[j]] <= _BUDGET // max(n_boot, 1) + 1):
            size += counts[present[j]]
            j += 1
        groups = present[i:j]
        n_g = counts[groups]
        slot_start = np.repeat(starts[groups], n_g)
        slot_n = np.repeat(n_g, n_g)
        rel = np.concatenate([[0], np.cumsum(n_g)[:-1]])
        stats = np.empty((n_boot, len(groups)))
        step = max(1, _BUDGET // max(size, 1))
        for b0 in range(0, n_boot, step):
            nb = min(step, n_boot - b0)
            idx = slot_start + np.floor(rng.random((nb, size)) * slot_n).astype(np.int64)
            w_b = w[idx]
            s_num = np.add.reduceat(w_b * v[idx], rel, axis=1)
            s_den = np.add.reduceat(w_b, rel, axis=1)
            with np.errstate(invalid="ignore", divide="ignore"):
                stats[b0:b0 + nb] = np.where(s_den > 0, s_num / np.where(s_den > 0, s_den, 1.0), np.nan)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN columns (zero weights) stay NaN
            lo[groups], hi[groups] = np.nanpercentile(stats, q, axis=0)
        i = j
    return mean, lo, hi


def export_table(df: pd.DataFrame, path: str | Path) -> Path:
    """Write a DataFrame by the file's extension: ``.csv``, ``.parquet``, ``.jsonl`` or ``.json``.

    The file is written to a temporary name first and renamed, so a failure leaves no half file.
    """
    import importlib.util

    from polisent.corpus.store import write_table

    if not hasattr(df, "to_dict") or not hasattr(df, "columns"):
        raise ConfigError(f"export_table needs a pandas.DataFrame (e.g. from aggregate()), got {type(df).__name__}.")
    path = Path(path)
    fmt = {".csv": "csv", ".parquet": "parquet", ".jsonl": "jsonl", ".json": "json"}.get(path.suffix.lower())
    if fmt is None:
        raise ConfigError(f"Cannot tell the format of {str(path)!r} from its extension. Use .csv, .parquet, .jsonl or .json.")
    if fmt == "parquet" and importlib.util.find_spec("pyarrow") is None:
        raise DependencyError("Writing Parquet needs pyarrow: `pip install pyarrow`, or write .csv instead.")
    if not path.parent.exists():
        raise OutputError(f"Cannot write {str(path)!r}: the directory {str(path.parent)!r} does not exist.")
    if fmt == "json":
        from polisent.corpus.store import write_json_atomic

        write_json_atomic(path, df.astype(object).where(df.notna(), None).to_dict(orient="records"))
    else:
        write_table(df, path, fmt)
    return path
