"""benchmarks/speed_breakdown.py: the stage timers of a corpus run add up and leave polisent as it was."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_breakdown_on_a_tiny_model():
    pytest.importorskip("torch")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from _tiny_scorers import targeted_scorer
    from corpus_gen import generate_corpus
    from speed_breakdown import STAGES, corpus_breakdown, format_breakdown

    import polisent
    import polisent.analyzer as analyzer_mod
    import polisent.models.features as features

    before = (features.encode_tasks, analyzer_mod.build_analysis)
    analyzer = polisent.Analyzer(scorer=targeted_scorer(), progress=False)
    docs = generate_corpus(3, seed=1)
    b = corpus_breakdown(analyzer, docs)
    assert b["documents"] == 3 and b["pairs"] > 0 and b["model_calls"] > 0
    assert set(b["seconds"]) == set(STAGES)
    assert sum(b["seconds"].values()) == pytest.approx(b["wall_seconds"], abs=0.01)
    assert b["calls"]["segmentation"] == 3 and b["calls"]["encoder"] == b["model_calls"]
    assert b["seconds"]["encoder"] > 0 and b["seconds"]["heads"] > 0
    assert "encoder" in format_breakdown(b)
    # everything unpatched afterwards: the same results as a plain run
    assert (features.encode_tasks, analyzer_mod.build_analysis) == before
    assert "segment" not in vars(analyzer.segmenter) and "_prepare" not in vars(analyzer)
    plain = [a.to_dict() for a in polisent.Analyzer(scorer=targeted_scorer(), progress=False).pipe(d.text for d in docs)]
    again = [a.to_dict() for a in analyzer.pipe(d.text for d in docs)]
    assert plain == again
