"""Regression check against the hand-labelled gold set (benchmarks/gold/segment)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "gold" / "segment"

pytestmark = pytest.mark.skipif(not GOLD.is_dir(), reason="gold set not present")


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_segment", ROOT / "benchmarks" / "eval_segment.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("split, floor", [("dev", 0.97), ("heldout", 0.9)])
def test_gold_scores_do_not_regress(split: str, floor: float) -> None:
    ev = _eval_module()
    files = sorted((GOLD if split == "dev" else GOLD / "heldout").glob("*.json"))
    assert files
    seg = ev.RuleSegmenter()
    pooled = ev.pool({f.stem: ev.evaluate_doc(seg, f, False) for f in files})
    for key in ("claims_exact", "claim_boundaries", "questions", "clutter"):
        assert pooled[key]["f1"] >= floor, (key, pooled[key])
    assert pooled["speaker_accuracy"]["accuracy"] >= floor
    for key in ("flag_hedge", "flag_condition", "flag_negation", "flag_reported"):
        assert pooled[key]["f1"] >= floor - 0.15, (key, pooled[key])
