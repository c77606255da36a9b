"""One contract suite run over every scorer: the default model (when trained), polisent's targeted
model on a tiny encoder, both Hugging Face backends on tiny random models, and a combination.

Contract: one row per target in input order, rows that sum to one, results independent of batch
size and of the other tasks in the call, no model call for an empty list of tasks, provenance.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from _tiny_scorers import make_tasks, targeted_scorer, tiny_nli_path, tiny_sentiment_path
from polisent.protocols import ScoreArrays, Scorer, ScoringTask

FP32 = {"device": "cpu", "precision": "fp32", "threads": 1}  # one thread: robust on a busy 2-core machine


def _hf_sentiment(fmt: str) -> Callable[..., Any]:
    def make(**o: Any) -> Any:
        from polisent.models import HFSentimentScorer

        return HFSentimentScorer(tiny_sentiment_path(), target_format=fmt, **FP32, **o)

    return make


def _hf_stance(**o: Any) -> Any:
    from polisent.models import load_scorer

    return load_scorer(str(tiny_nli_path()), task="stance", **FP32, **o)


def _combined(**o: Any) -> Any:
    from polisent.models import CombinedScorer

    return CombinedScorer(sentiment=_hf_sentiment("pair")(**o), stance=targeted_scorer(**o))


def _default(**o: Any) -> Any:
    from polisent.models import load_scorer
    from polisent.models.artifact import DEFAULT_ARTIFACT, is_artifact

    if not is_artifact(DEFAULT_ARTIFACT):
        pytest.skip("the default model has not been trained and shipped yet")
    return load_scorer("default", **FP32, **o)


FACTORIES: dict[str, Callable[..., Any]] = {
    "default": _default,
    "targeted-tiny": targeted_scorer,
    "hf-sentiment-pair": _hf_sentiment("pair"),
    "hf-sentiment-markers": _hf_sentiment("markers"),
    "hf-stance-nli": _hf_stance,
    "combined": _combined,
}


@pytest.fixture(params=sorted(FACTORIES))
def factory(request: pytest.FixtureRequest) -> Callable[..., Any]:
    return FACTORIES[request.param]


def _rows(tasks: list[ScoringTask]) -> list[tuple[int, int]]:
    return [(i, j) for i, t in enumerate(tasks) for j in range(t.n_targets)]


def _arrays(r: ScoreArrays) -> dict[str, np.ndarray]:
    return {k: v for k, v in (("sentiment", r.sentiment), ("stance", r.stance)) if v is not None}


def test_protocol_and_provenance(factory: Callable[..., Any]) -> None:
    scorer = factory()
    assert isinstance(scorer, Scorer)
    assert isinstance(scorer.name, str) and scorer.name
    models = scorer.models()
    assert set(models) == {"sentiment", "stance"} and all(isinstance(v, str) for v in models.values())
    assert scorer.load() is scorer
    assert scorer.to("cpu") is scorer


def test_empty_input_makes_no_model_call(factory: Callable[..., Any]) -> None:
    scorer = factory()
    for tasks in ([], [ScoringTask("No actors.", ())]):
        r = scorer.score(tasks)
        arrays = _arrays(r)
        assert arrays, "a scorer produces at least one kind of score"
        for arr in arrays.values():
            assert arr.shape == (0, 3)
    inner = [s for s in (scorer, getattr(scorer, "sentiment", None), getattr(scorer, "stance", None)) if s is not None]
    for s in inner:
        if hasattr(s, "model_calls"):
            assert s.model_calls == 0 and not s.loaded


def test_one_row_per_target_probabilities(factory: Callable[..., Any]) -> None:
    tasks = make_tasks(30, seed=21, long_every=9)
    r = factory().score(tasks)
    n = len(_rows(tasks))
    for name, arr in _arrays(r).items():
        assert arr.shape == (n, 3), name
        assert arr.dtype == np.float32
        assert np.all(arr >= 0) and np.all(arr <= 1)
        np.testing.assert_allclose(arr.sum(1), 1.0, atol=1e-5)
        assert (arr.max(0) - arr.min(0)).max() > 1e-3, f"{name}: every row is the same"


def test_input_order_is_kept(factory: Callable[..., Any]) -> None:
    tasks = make_tasks(20, seed=22)
    scorer = factory()
    forward = _arrays(scorer.score(tasks))
    backward_tasks = tasks[::-1]
    backward = _arrays(scorer.score(backward_tasks))
    index = {row: k for k, row in enumerate(_rows(tasks))}
    perm = [index[(len(tasks) - 1 - i, j)] for i, j in _rows(backward_tasks)]
    for name in forward:
        np.testing.assert_allclose(backward[name], forward[name][perm], atol=1e-4)


def test_independent_of_batch_size(factory: Callable[..., Any]) -> None:
    tasks = make_tasks(25, seed=23, long_every=11)
    ref = _arrays(factory(max_batch=64).score(tasks))
    for mb in (1, 7):
        got = _arrays(factory(max_batch=mb).score(tasks))
        for name in ref:
            np.testing.assert_allclose(got[name], ref[name], atol=1e-4, rtol=0, err_msg=f"{name} max_batch={mb}")


def test_bad_tasks_are_refused(factory: Callable[..., Any]) -> None:
    from polisent.errors import InputError

    scorer = factory()
    with pytest.raises(InputError, match="outside the text"):
        scorer.score([ScoringTask("Moscow", (((0, 60),),))])
    with pytest.raises(InputError):
        scorer.score(["Moscow"])  # type: ignore[list-item]
