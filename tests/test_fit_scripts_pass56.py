"""scripts/fit_speaker_model.py's folds and decisions, and scripts/build_common_words.py's counts (data written here)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

_ROOT = Path(__file__).resolve().parents[1]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, _ROOT / "scripts" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


fit = _load("fit_speaker_model")
words = _load("build_common_words")


def _doc(corpus: str, gold: str | None, cands: list[tuple[str, dict, bool]]) -> dict:
    return {"corpus": corpus, "doc": "d", "gold": gold, "weight": 3, "rules_named": False, "talk": False, "cands": cands}


def test_fold_of_keeps_neighbouring_corpora_together() -> None:
    docs = [_doc(f"c{i}", None, []) for i in range(6)]
    assert fit.fold_of(docs, 3) == {"c0": 0, "c1": 0, "c2": 1, "c3": 1, "c4": 2, "c5": 2}
    assert fit.fold_of(docs, None) == {f"c{i}": i for i in range(6)}  # one corpus per fold


def test_decide_and_gives_agree_on_threshold_and_margin() -> None:
    weights, bias = {"line_by": 4.0}, -2.0  # P = 0.88 with the feature, 0.12 without
    right = _doc("c", "Ana Ruiz", [("Ana Ruiz", {"line_by": 1.0}, True), ("Omar Said", {}, False)])
    assert fit.decide(right, weights, bias, 0.5, 0.05) == 1.0 and fit._gives(right, weights, bias, 0.5, 0.05)
    assert fit.decide(right, weights, bias, 0.95, 0.05) == 0.0 and not fit._gives(right, weights, bias, 0.95, 0.05)
    nobody = _doc("c", None, [("Omar Said", {"line_by": 1.0}, False)])
    assert fit.decide(nobody, weights, bias, 1.01, 0.05) == 1.0  # never naming: right where the gold names nobody
    assert fit.decide(nobody, weights, bias, 0.5, 0.05, wrong_cost=0.5) == -0.5


def test_common_words_counts_inside_sentences_only() -> None:
    low, cap = words.count(["Strategic shifts matter. The strategic plan is strategic, said Mark Brown.",
                            "Brown said the plan was strategic and Strategic Review agreed."])
    assert low["strategic"] == 3 and cap["strategic"] == 1 and cap["brown"] == 1
    assert words.common(low, cap, min_lower=2, share=0.7) == ["plan", "said", "strategic"]  # "the" once inside a sentence
    with pytest.raises(SystemExit):
        words.main(["--help"])
