"""Evaluation on polisent's own labelled data: the commentary corpus (``data/commentary/``).

``load_commentary`` returns the corpus tables as ``datasets.Dataset`` objects;
``evaluate_commentary`` scores an :class:`~polisent.Analyzer` against them (structure, actor
linking, sentiment and stance). Nothing here imports torch until a model is used.
"""

from polisent.evaluation.commentary import (
    SPLITS,
    TABLES,
    commentary_dir,
    load_commentary,
    read_table,
)

__all__ = ["SPLITS", "TABLES", "commentary_dir", "evaluate_commentary", "load_commentary", "read_table"]


def __getattr__(name: str):  # lazy: the evaluation pulls in numpy/sklearn
    if name == "evaluate_commentary":
        from polisent.evaluation.commentary_eval import evaluate_commentary

        return evaluate_commentary
    raise AttributeError(f"module 'polisent.evaluation' has no attribute {name!r}")
