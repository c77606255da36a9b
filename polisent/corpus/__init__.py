"""Corpus runs: many documents in, tidy tables out, resumable and atomic per chunk.

>>> from polisent.corpus import run_corpus, load_tables  # doctest: +SKIP
>>> run_corpus("examples/corpus", "out/", format="csv")  # doctest: +SKIP
>>> load_tables("out/")["assessments"].head()  # doctest: +SKIP

See :func:`run_corpus` for the layout and the resume rules, :func:`read_inputs` for the inputs.
"""

from __future__ import annotations

from polisent.corpus.rebuild import iter_analyses, load_analysis
from polisent.corpus.runner import CorpusRunResult, load_tables, rows_for, run_corpus
from polisent.corpus.sources import InputItem, InputSource, parse_date, read_inputs
from polisent.corpus.store import FORMATS, TABLES

__all__ = ["FORMATS", "TABLES", "CorpusRunResult", "InputItem", "InputSource", "iter_analyses", "load_analysis", "load_tables", "parse_date", "read_inputs",
           "rows_for", "run_corpus"]
