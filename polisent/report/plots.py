"""Plots of per-actor stance and sentiment (matplotlib, a dependency of polisent).

Figures are built with ``matplotlib.figure.Figure`` directly: no pyplot, no backend switch,
no change to matplotlib's global state. ``plot_actors`` writes ``actors.png`` and ``actors.svg``:

>>> from polisent.report import plot_actors  # doctest: +SKIP
>>> fig = plot_actors("out/", path="actors")  # doctest: +SKIP
"""

from __future__ import annotations

import io
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from polisent.errors import ConfigError, DependencyError, OutputError, check_int
from polisent.report.document import FEW_MARK, MIN_DOCS

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

logger = logging.getLogger(__name__)

__all__ = ["figure_bytes", "plot_actors", "plot_heatmap", "save_figure"]

AGAINST = "#d7301f"
FAVOR = "#2166ac"
NEUTRAL = "#6b7785"
STANCE_CMAP = ("#b2182b", "#ef8a62", "#fddbc7", "#f7f7f7", "#d1e5f0", "#67a9cf", "#2166ac")


def _require_matplotlib() -> None:
    import importlib.util

    if importlib.util.find_spec("matplotlib") is None:
        raise DependencyError("Plots need matplotlib, a dependency of polisent that is missing here. Install it with "
                              "`pip install matplotlib`.")


def _aggregate(data: Any, by: str, **kwargs: Any) -> pd.DataFrame:
    import pandas as pd

    if isinstance(data, pd.DataFrame):
        return data
    from polisent.aggregate import aggregate

    return aggregate(data, by=by, **kwargs)


def plot_actors(
    data: Any, *, top: int = 15, path: str | Path | None = None, title: str | None = None, n_boot: int = 1000, seed: int = 0,
) -> Figure:
    """Per-actor mean stance and sentiment with their confidence intervals (two panels).

    Args:
        data: an output directory, a dict of tables, or a DataFrame from
            ``aggregate(..., by="corpus")`` (one row per actor).
        top: show the ``top`` actors with the most claims.
        path: save the figure: a ``.png``/``.svg``/``.pdf`` path, or a path without suffix
            for both ``.png`` and ``.svg``.
        title: figure title.
        n_boot, seed: bootstrap settings when ``data`` is not already aggregated.
    """
    _require_matplotlib()
    from matplotlib.figure import Figure

    top = check_int(top, "top", "plot_actors")
    df = _aggregate(data, "corpus", n_boot=n_boot, seed=seed)
    if "view" in df.columns:
        df = df[df["view"] != "reported"]
    if df["actor_id"].duplicated().any():
        raise ConfigError("plot_actors needs one row per actor: pass aggregate(..., by='corpus') or the output directory.")
    df = df.sort_values(["n_claims", "actor_name"], ascending=[False, True]).head(top).iloc[::-1]
    n = max(len(df), 1)
    fig = Figure(figsize=(9.0, 1.3 + 0.36 * n), layout="constrained")
    axes = fig.subplots(1, 2, sharey=True)
    few = (df["n_docs"] < MIN_DOCS).to_numpy() if "n_docs" in df.columns else [False] * len(df)
    labels = [f"{name}  (n={k}{', ' + str(int(d)) + ' doc' + ('s' if d != 1 else '') + ' ' + FEW_MARK if f else ''})"
              for name, k, d, f in zip(df["actor_name"], df["n_claims"], df.get("n_docs", df["n_claims"]), few, strict=True)]
    y = list(range(len(df)))
    for ax, task, caption in ((axes[0], "stance", "stance: against ← → favour"),
                              (axes[1], "sentiment", "sentiment: negative ← → positive")):
        ax.axvline(0, color="#888888", lw=0.8, zorder=1)
        ax.set_xlim(-1.05, 1.05)
        ax.set_xticks([-1, -0.5, 0, 0.5, 1], ["−1", "−0.5", "0", "+0.5", "+1"])
        ax.set_xlabel(caption)
        ax.grid(axis="x", color="#e5e5e5", lw=0.6)
        ax.set_axisbelow(True)
        for spine in ("top", "right"):
            ax.spines[spine].set_visible(False)
        for yi, (_, row), f in zip(y, df.iterrows(), few, strict=True):
            m, lo, hi = row[task], row[f"{task}_lo"], row[f"{task}_hi"]
            if m != m:  # NaN: nothing scored
                ax.text(0, yi, "not scored", ha="center", va="center", fontsize=8, color="#777777", zorder=4,
                        bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none"})
                continue
            color = NEUTRAL if abs(m) < 0.05 else FAVOR if m > 0 else AGAINST
            if lo == lo and hi == hi:
                ax.plot([lo, hi], [yi, yi], color=color, lw=2.2, alpha=0.45, solid_capstyle="butt", zorder=2,
                        linestyle=(0, (1.5, 1.5)) if f else "-")
                ax.plot([lo, lo], [yi - 0.18, yi + 0.18], color=color, lw=1, alpha=0.7, zorder=2)
                ax.plot([hi, hi], [yi - 0.18, yi + 0.18], color=color, lw=1, alpha=0.7, zorder=2)
            ax.plot([m], [yi], "o", color=color, ms=6, zorder=3)
    axes[0].set_yticks(y, labels)
    axes[0].set_ylim(-0.7, len(df) - 0.3)
    if df.empty:
        axes[0].text(0, 0, "no scored actors", ha="center", va="center", color="#888888")
    fig.suptitle(title or "Mean stance and sentiment per actor (95 % bootstrap intervals)", fontsize=11)
    if any(few):
        fig.supxlabel(f"{FEW_MARK} dotted: interval from fewer than {MIN_DOCS} documents (understates the uncertainty)",
                      fontsize=8, color="#555555")
    if path is not None:
        save_figure(fig, path)
    return fig


def plot_heatmap(
    data: Any, *, value: str = "stance", top: int = 15, path: str | Path | None = None, title: str | None = None,
    annotate: bool | None = None,
) -> Figure:
    """Actor × month heat map of mean stance (or sentiment); blank cells had no scored claims.

    Args:
        data: an output directory, a dict of tables, or a DataFrame from ``aggregate(..., by="month")``.
        value: ``"stance"`` or ``"sentiment"``.
        top: the ``top`` actors with the most claims.
        path: as in :func:`plot_actors`.
        annotate: print values in the cells (default: when the grid is small).
    """
    _require_matplotlib()
    import numpy as np
    from matplotlib.colors import LinearSegmentedColormap
    from matplotlib.figure import Figure

    if value not in ("stance", "sentiment"):
        raise ConfigError(f"The 'value' parameter of plot_heatmap must be 'stance' or 'sentiment'. Got {value!r} instead.")
    top = check_int(top, "top", "plot_heatmap")
    df = _aggregate(data, "month", n_boot=0)
    if "view" in df.columns:
        df = df[df["view"] != "reported"]
    if "month" not in df.columns:
        raise ConfigError("plot_heatmap needs aggregate(..., by='month') output (a 'month' column), or the output directory.")
    order = df.groupby("actor_id")["n_claims"].sum().sort_values(ascending=False, kind="stable").head(top).index.tolist()
    names = df.drop_duplicates("actor_id").set_index("actor_id")["actor_name"]
    months = _month_range(df["month"].dropna().tolist())
    grid = df.pivot_table(index="actor_id", columns="month", values=value, aggfunc="first").reindex(index=order, columns=months)
    counts = df.pivot_table(index="actor_id", columns="month", values="n_claims", aggfunc="sum").reindex(index=order, columns=months)
    z = grid.to_numpy(dtype="float64") if len(order) and len(months) else np.full((1, 1), np.nan)
    width = min(max(3.2 + 0.7 * max(len(months), 1), 7.5), 16)
    fig = Figure(figsize=(width, max(2.8, 1.5 + 0.42 * max(len(order), 1))), layout="constrained")
    ax = fig.subplots()
    cmap = LinearSegmentedColormap.from_list("polisent_stance", STANCE_CMAP).with_extremes(bad=(0, 0, 0, 0))
    ax.patch.set_facecolor("white")
    ax.patch.set_hatch("///")  # cells without scored claims show the hatched background
    ax.patch.set_edgecolor("#c9ced4")
    im = ax.imshow(np.ma.masked_invalid(z), cmap=cmap, vmin=-1, vmax=1, aspect="auto", interpolation="nearest")
    ax.set_yticks(range(len(order)), [str(names.get(a, a)) for a in order])
    ax.set_xticks(range(len(months)), months, rotation=45 if len(months) > 6 else 0, ha="right" if len(months) > 6 else "center")
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    if annotate is None:
        annotate = z.size <= 240
    if annotate and len(order) and len(months):
        for i in range(z.shape[0]):
            for j in range(z.shape[1]):
                if z[i, j] == z[i, j]:
                    n = counts.iat[i, j]
                    ax.text(j, i, f"{z[i, j]:+.2f}\nn={int(n)}", ha="center", va="center", fontsize=7,
                            color="white" if abs(z[i, j]) > 0.6 else "#222222")
    cb = fig.colorbar(im, ax=ax, shrink=0.85, pad=0.02)
    cb.set_label(f"mean {value}")
    cb.set_ticks([-1, -0.5, 0, 0.5, 1], labels=["−1 " + ("against" if value == "stance" else "negative"), "−0.5", "0",
                                               "+0.5", "+1 " + ("favour" if value == "stance" else "positive")])
    if not order:
        ax.text(0, 0, "no dated, scored claims", ha="center", va="center", color="#888888")
    fig.suptitle(title or f"Mean {value} per actor and month (hatched: no scored claims)", fontsize=10)
    if path is not None:
        save_figure(fig, path)
    return fig


def _month_range(months: list[str]) -> list[str]:
    """All months from the first to the last (so gaps show as blank columns); at most 120."""
    if not months:
        return []
    lo, hi = min(months), max(months)
    y, m = int(lo[:4]), int(lo[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= hi and len(out) < 120:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out if len(out) < 120 else sorted(set(months))


def save_figure(fig: Figure, path: str | Path, *, dpi: int = 150) -> list[Path]:
    """Save ``fig`` to ``path``: its suffix's format, or PNG and SVG when it has none. Returns the paths."""
    path = Path(path)
    targets = [path] if path.suffix.lower() in (".png", ".svg", ".pdf") else [path.with_suffix(".png"), path.with_suffix(".svg")]
    for target in targets:
        if not target.parent.exists():
            raise OutputError(f"Cannot save {str(target)!r}: the directory {str(target.parent)!r} does not exist.")
        try:
            target.write_bytes(figure_bytes(fig, target.suffix[1:], dpi=dpi))
        except OSError as exc:
            raise OutputError(f"Cannot save {str(target)!r}: {exc.strerror or exc}.") from exc
    logger.info("saved %s", ", ".join(map(str, targets)))
    return targets


def figure_bytes(fig: Figure, fmt: str = "svg", *, dpi: int = 150) -> bytes:
    """The figure rendered as ``svg``, ``png`` or ``pdf`` bytes (reproducible: no date metadata)."""
    buf = io.BytesIO()
    metadata: Mapping[str, Any] = {"Date": None} if fmt in ("svg", "pdf") else {}
    fig.savefig(buf, format=fmt, dpi=dpi, metadata=dict(metadata), facecolor="white")
    return buf.getvalue()
