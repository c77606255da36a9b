"""Bounded fuzz campaign (issue 13): hostile documents, JSON Lines records, CSV rows and file names
through ``Analyzer.pipe``, ``polisent analyze`` and ``polisent corpus run``.

Properties (see ``tests/_hostile.py``): no exception escapes except a ``PolisentError`` where a
whole input is refused, one row per input record or file, spans point into the text, exit codes
follow the README. Sized to run in well under 60 s on two cores; ``POLISENT_FUZZ_EXAMPLES``
scales every test (``benchmarks/soak_fuzz.py`` runs the same properties for longer).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import _hostile as h

SCALE = float(os.environ.get("POLISENT_FUZZ_SCALE", "1"))


def bounded(n: int):
    return settings(max_examples=max(1, int(n * SCALE)), deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])


@bounded(150)
@given(h.pipe_items(), st.integers(1, 5))
def test_pipe_returns_one_result_per_item_with_spans_that_hold(items, batch_size) -> None:
    h.check_pipe(items, batch_size)


@bounded(100)
@given(h.jsonl_files())
def test_analyze_jsonl_one_row_per_record_and_exit_code(case) -> None:
    h.check_analyze_jsonl(case)


@bounded(60)
@given(h.jsonl_files())
def test_corpus_run_jsonl_one_row_per_record(case) -> None:
    h.check_corpus_jsonl(case)


@bounded(60)
@given(h.csv_files())
def test_corpus_run_csv_one_row_per_record(case) -> None:
    h.check_corpus_csv(case)


@bounded(40)
@given(h.directories())
def test_analyze_directory_one_row_per_file(case) -> None:
    h.check_analyze_directory(case)


@bounded(40)
@given(h.directories())
def test_corpus_run_directory_one_row_per_text_file(case) -> None:
    h.check_corpus_directory(case)


@bounded(40)
@given(h.option_values)
def test_batch_size_option_is_used_or_a_usage_error(value) -> None:
    h.check_batch_size_option(value)
