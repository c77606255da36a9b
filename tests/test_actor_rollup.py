"""Per-document actor roll-ups against the gold views (polisent.evaluation.actor_rollup)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from polisent.evaluation.actor_rollup import (
    agreement,
    document_actor_metrics,
    gold_views,
    oracle_document_actor_metrics,
)


def _pair(doc: str, actor: str, sentiment: str, stance: str = "none", kind: str = "answer") -> dict:
    return {"doc_id": doc, "actor": actor, "kind": kind, "sentiment": sentiment, "stance": stance}


PAIRS = [
    _pair("d1", "russia", "negative", "against"), _pair("d1", "russia", "negative", "none"),
    _pair("d1", "china", "neutral"), _pair("d1", "china", "neutral"),
    _pair("d1", "x:hts", "neutral"),
    _pair("d1", "nato", "positive", kind="intro"),  # the editor's intro is not the speaker's view
    _pair("d2", "ukraine", "positive", "favor"), _pair("d2", "ukraine", "neutral"),
]


def test_gold_views_are_means_over_the_expert_claims() -> None:
    g = gold_views(PAIRS, "sentiment")
    assert g == {("d1", "russia"): -1.0, ("d1", "china"): 0.0, ("d1", "hts"): 0.0, ("d2", "ukraine"): 0.5}
    assert gold_views(PAIRS, "stance")[("d1", "russia")] == -0.5


def test_agreement_counts_polarised_neutral_views_and_opposite_signs() -> None:
    a = agreement([-1.0, 0.0, 0.0, 0.5], [-0.6, 0.3, 0.1, -0.4])
    assert a["n"] == 4 and a["polarised"] == 0.5 and a["opposite_sign"] == 0.25
    assert a["gold_non_neutral"] == 0.5 and a["pred_non_neutral"] == 0.75
    assert a["mean_abs_diff"] == pytest.approx((0.4 + 0.3 + 0.1 + 0.9) / 4, abs=1e-4)
    perfect = agreement([-1.0, 0.0, 0.5], [-0.9, 0.1, 0.6])
    assert perfect["macro_f1"] == 100.0 and perfect["all_neutral_macro_f1"] < 100.0
    assert agreement([], []) == {"n": 0}


def _summary(actor: str, sentiment: float | None, stance: float | None = 0.0) -> SimpleNamespace:
    return SimpleNamespace(actor_id=actor, sentiment=sentiment, stance=stance)


def test_document_actor_metrics_match_views_and_report_coverage() -> None:
    analyses = {
        "d1": SimpleNamespace(error=None, actors=(_summary("russia", -0.7), _summary("china", 0.4),
                                                   _summary("hts", 0.0), _summary("germany", -0.5))),
        "d2": SimpleNamespace(error="boom", actors=()),  # a failed document scores nothing
    }
    m = document_actor_metrics(analyses, PAIRS)["sentiment"]
    assert m["gold_views"] == 4 and m["scored_views"] == 4
    assert m["coverage"] == 0.75  # ukraine (d2) is missing
    assert m["spurious"] == 0.25  # germany has no gold pair
    assert m["n"] == 3 and m["polarised"] == 0.5  # china read as positive, hts neutral


def test_oracle_rolls_up_the_probabilities_of_the_gold_pairs() -> None:
    neg, neu, pos = [0.8, 0.1, 0.1], [0.1, 0.8, 0.1], [0.1, 0.1, 0.8]
    probs = {"sentiment": [neg, neg, neu, neu, neu, pos, pos, neu], "stance": None}
    m = oracle_document_actor_metrics(PAIRS, probs)
    assert m["stance"] is None
    assert m["sentiment"]["n"] == 4 and m["sentiment"]["macro_f1"] == 100.0 and m["sentiment"]["polarised"] == 0.0
