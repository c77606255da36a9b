"""The batch engine: planning and dedup (no torch), the run loop, OOM back-off, devices, invariance."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from _tiny_scorers import make_tasks, targeted_scorer
from polisent.engine import merge_tasks, plan_batches
from polisent.engine.batching import available_cpus, cpu_has_native_bf16, round_up, shape_ceil, shape_floor
from polisent.errors import ConfigError, InputError, ModelError
from polisent.protocols import ScoringTask


# -- planning (pure) -------------------------------------------------------------------------
def test_plan_batches_covers_every_unit_once_longest_first() -> None:
    rng = np.random.default_rng(0)
    lengths = rng.integers(1, 300, size=1000)
    batches = plan_batches(lengths, max_tokens=4096, max_batch=64)
    flat = np.concatenate(batches)
    assert sorted(flat.tolist()) == list(range(1000))
    firsts = [lengths[b[0]] for b in batches]
    assert firsts == sorted(firsts, reverse=True)
    for b in batches:
        assert len(b) <= 64
        assert len(b) == 1 or len(b) * lengths[b].max() <= 4096
        assert lengths[b[0]] == lengths[b].max()


def test_plan_batches_rounding_oversize_and_stability() -> None:
    assert plan_batches([], max_tokens=10, max_batch=2) == []
    # a unit longer than the budget gets its own batch
    assert [b.tolist() for b in plan_batches([5000, 3], max_tokens=4096, max_batch=8)] == [[0], [1]]
    # equal lengths keep input order (stable sort)
    assert np.concatenate(plan_batches([7] * 10, max_tokens=21, max_batch=64)).tolist() == list(range(10))
    # rounding to 8: 9 tokens count as 16, so 4 per 64-token batch
    assert [len(b) for b in plan_batches([9] * 8, max_tokens=64, max_batch=64, round_to=8)] == [4, 4]
    assert round_up(9, 8) == 16
    with pytest.raises(ConfigError, match="max_tokens"):
        plan_batches([3], max_tokens=0, max_batch=1)


def test_shape_ladder() -> None:
    for n in range(1, 3000):
        lo, hi = shape_floor(n), shape_ceil(n)
        assert lo <= n <= hi and shape_floor(hi) == hi and shape_ceil(lo) == lo
        assert hi <= max(8, n * 1.25) and lo >= n / 1.25 - 1  # steps of at most 25 %
    assert len({shape_floor(n) for n in range(1, 513)}) == 32
    assert shape_floor(50, limit=50) == 50 and shape_floor(70, limit=50) == 50


def test_long_stream_uses_few_batch_shapes() -> None:
    # many runs with arbitrary sizes and lengths: the (rows, padded width) pairs stay few, which
    # bounds oneDNN's per-shape memory on a CPU stream (see benchmarks/bench_memory.py)
    rng = np.random.default_rng(0)
    shapes = set()
    for _ in range(300):
        lengths = rng.integers(5, 120, size=int(rng.integers(1, 400)))
        for b in plan_batches(lengths, max_tokens=4096, max_batch=64, round_to=8):
            shapes.add((len(b), round_up(int(lengths[b].max()), 8)))
    assert {n for n, _ in shapes} <= {shape_floor(n) for n in range(1, 65)}
    assert len(shapes) <= 15 * 20  # widths x ladder rungs; without the ladder this is ~2,000


def test_merge_tasks_dedups_texts_and_targets() -> None:
    a = ScoringTask("Moscow and Kyiv", (((0, 6),),))
    b = ScoringTask("Moscow and Kyiv", (((11, 15),), ((0, 6),)))
    c = ScoringTask("Kyiv", ())
    d = ScoringTask("NATO", (((0, 4),),))
    m = merge_tasks([a, c, b, d, a])
    assert [t.text for t in m.tasks] == ["Moscow and Kyiv", "NATO"]
    assert m.tasks[0].targets == (((0, 6),), ((11, 15),))
    assert m.row_map.tolist() == [0, 1, 0, 2, 0]
    assert m.n_rows == 5 and m.n_unique_rows == 3
    with pytest.raises(InputError, match=r"tasks\[1\]"):
        merge_tasks([a, "Moscow"])  # type: ignore[list-item]


def test_cpu_facts() -> None:
    assert 1 <= available_cpus() <= (len(__import__("os").sched_getaffinity(0)))
    assert isinstance(cpu_has_native_bf16(), bool)


def test_engine_package_import_is_light() -> None:
    code = "import sys, polisent.engine, polisent.models; print('torch' in sys.modules, 'transformers' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


# -- the run loop with a stand-in model ------------------------------------------------------
def _stand_in(engine, sequences, calls):  # type: ignore[no-untyped-def]
    import torch

    def step(units: np.ndarray):  # type: ignore[no-untyped-def]
        batch = engine.collate(sequences, units, 0)
        calls.append((len(units), batch["input_ids"].shape[1]))
        assert torch.is_inference_mode_enabled()
        ids = batch["input_ids"].float()
        # a row's output depends only on its own (unpadded) tokens
        total = (ids * batch["attention_mask"]).sum(1, keepdim=True)
        return units, {"out": torch.cat([total, batch["attention_mask"].sum(1, keepdim=True).float()], 1)}

    return step


def test_engine_run_restores_order_and_checks_rows() -> None:
    from polisent.engine import InferenceEngine

    rng = np.random.default_rng(1)
    sequences = [rng.integers(1, 50, size=rng.integers(1, 40)).tolist() for _ in range(300)]
    engine = InferenceEngine(device="cpu", precision="fp32", max_tokens=256, max_batch=16)
    calls: list[tuple[int, int]] = []
    out = engine.run([len(s) for s in sequences], _stand_in(engine, sequences, calls), n_rows=300, widths={"out": 2})
    assert out["out"].dtype == np.float32
    np.testing.assert_array_equal(out["out"][:, 0], [sum(s) for s in sequences])
    np.testing.assert_array_equal(out["out"][:, 1], [len(s) for s in sequences])
    assert all(n <= 16 and (n == 1 or n * w <= 256) for n, w in calls)
    padded = sum(n * w for n, w in calls)
    rounded = sum(-(-len(s) // engine.round_to) * engine.round_to for s in sequences)
    assert all(w % engine.round_to == 0 for _, w in calls)
    assert padded / rounded < 1.15  # length sorting keeps padding (beyond the length multiple) low

    def bad_step(units: np.ndarray):  # type: ignore[no-untyped-def]
        import torch

        return units[:1], {"out": torch.zeros(1, 2)}

    with pytest.raises(ModelError, match="never written"):
        engine.run([len(s) for s in sequences], bad_step, n_rows=300, widths={"out": 2})


def test_engine_oom_halves_budget_and_retries() -> None:
    import torch

    from polisent.engine import InferenceEngine

    sequences = [[1] * 16 for _ in range(64)]
    engine = InferenceEngine(device="cpu", precision="fp32", max_tokens=1024, max_batch=64)
    sizes: list[int] = []

    def step(units: np.ndarray):  # type: ignore[no-untyped-def]
        sizes.append(len(units))
        if len(units) * 16 > 256:
            raise torch.cuda.OutOfMemoryError("CUDA out of memory (mock)")
        return units, {"out": torch.as_tensor(units, dtype=torch.float32)[:, None]}

    out = engine.run([16] * 64, step, n_rows=64, widths={"out": 1})
    np.testing.assert_array_equal(out["out"][:, 0], np.arange(64))
    assert sizes[:3] == [64, 32, 16]
    assert engine.max_tokens == 256  # the smaller budget is kept for later calls

    def always(units: np.ndarray):  # type: ignore[no-untyped-def]
        raise torch.cuda.OutOfMemoryError("mock")

    with pytest.raises(ModelError, match="single sequence"):
        engine.run([10] * 4, always, n_rows=4, widths={"out": 1})


def test_engine_options_are_validated() -> None:
    from polisent.engine import InferenceEngine

    with pytest.raises(ConfigError, match="'device'"):
        InferenceEngine(device="tpu")
    with pytest.raises(ConfigError, match="precision"):
        InferenceEngine(device="cpu", precision="fp8")
    with pytest.raises(ConfigError, match="GPUs only"):
        InferenceEngine(device="cpu", precision="fp16")
    with pytest.raises(ConfigError, match="max_batch"):
        InferenceEngine(device="cpu", max_batch=0)
    import torch

    if not torch.cuda.is_available():
        with pytest.raises(ConfigError, match="no CUDA device"):
            InferenceEngine(device="cuda:0")
    e = InferenceEngine(device="cpu", precision="auto")
    assert e.precision == ("bf16" if cpu_has_native_bf16() else "fp32")
    assert InferenceEngine(device="auto", precision="fp32").device.type in ("cpu", "cuda", "mps")


def test_threads_option_is_scoped() -> None:
    import torch

    from polisent.engine import InferenceEngine

    before = torch.get_num_threads()
    engine = InferenceEngine(device="cpu", precision="fp32", threads=1)
    seen: list[int] = []

    def step(units: np.ndarray):  # type: ignore[no-untyped-def]
        seen.append(torch.get_num_threads())
        return units, {"out": torch.zeros(len(units), 1)}

    engine.run([3, 4], step, n_rows=2, widths={"out": 1})
    assert seen and set(seen) == {1}
    assert torch.get_num_threads() == before


# -- the real targeted model on a tiny encoder ------------------------------------------------
def test_batch_size_invariance_fp32() -> None:
    tasks = make_tasks(40, seed=3, long_every=13)
    results = {}
    for mb in (1, 7, 64):
        scorer = targeted_scorer(max_batch=mb)
        results[mb] = scorer.score(tasks)
    n = sum(t.n_targets for t in tasks)
    for r in results.values():
        assert r.sentiment.shape == (n, 3) and r.stance.shape == (n, 3)
    spread = results[64].sentiment.max(0) - results[64].sentiment.min(0)
    assert spread.max() > 0.05  # the tiny model's outputs really vary between targets
    for mb in (1, 7):
        np.testing.assert_allclose(results[mb].sentiment, results[64].sentiment, atol=1e-4, rtol=0)
        np.testing.assert_allclose(results[mb].stance, results[64].stance, atol=1e-4, rtol=0)


def test_target_count_is_padded_up_the_ladder() -> None:
    scorer = targeted_scorer(max_batch=7).load()
    seen: list[tuple[int, int]] = []
    forward = scorer.runner.forward

    def spy(**batch):  # type: ignore[no-untyped-def]
        seen.append((int(batch["target_mask"].shape[0]), int(batch["target_index"].shape[0])))
        return forward(**batch)

    scorer.runner.forward = spy
    tasks = make_tasks(23, seed=4)
    r = scorer.score(tasks)
    assert r.sentiment.shape == (sum(t.n_targets for t in tasks), 3)
    assert seen and all(t == i and t == shape_ceil(t) for t, i in seen)
    assert sum(t for t, _ in seen) > merge_tasks(tasks).n_unique_rows  # empty targets were added and dropped


def test_scores_match_one_task_at_a_time() -> None:
    tasks = make_tasks(12, seed=5)
    scorer = targeted_scorer()
    together = scorer.score(tasks)
    alone = [scorer.score([t]) for t in tasks]
    np.testing.assert_allclose(np.concatenate([a.sentiment for a in alone]), together.sentiment, atol=1e-4)
    np.testing.assert_allclose(np.concatenate([a.stance for a in alone]), together.stance, atol=1e-4)


def test_dedup_encodes_repeated_claims_once() -> None:
    scorer = targeted_scorer(max_batch=1)
    t = ScoringTask("Moscow and Kyiv talks failed", (((0, 6),), ((11, 15),)))
    r = scorer.score([t] * 10)
    assert scorer.model_calls == 1
    assert r.sentiment.shape == (20, 3)
    np.testing.assert_array_equal(r.sentiment[0], r.sentiment[18])


def test_long_inputs_are_scored_in_windows() -> None:
    tasks = make_tasks(30, seed=9)
    ref = targeted_scorer().score(tasks)
    scorer = targeted_scorer()
    scorer.window = 4
    got = scorer.score(tasks)
    np.testing.assert_allclose(got.sentiment, ref.sentiment, atol=1e-5)
    np.testing.assert_allclose(got.stance, ref.stance, atol=1e-5)


def test_bf16_and_int8_agree_roughly_with_fp32() -> None:
    tasks = make_tasks(30, seed=7)
    ref = targeted_scorer().score(tasks)
    for precision, tol in (("bf16", 0.05), ("int8", 0.15)):
        got = targeted_scorer(precision=precision).score(tasks)
        assert np.abs(got.sentiment - ref.sentiment).max() < tol, precision
        assert (got.sentiment.argmax(1) == ref.sentiment.argmax(1)).mean() > 0.9, precision
        np.testing.assert_allclose(got.sentiment.sum(1), 1.0, atol=1e-3)


def test_progress_bar_goes_to_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    targeted_scorer().score(make_tasks(5), progress=True)
    captured = capsys.readouterr()
    assert captured.out == ""


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("POLISENT_SLOW") != "1", reason="torch.compile takes ~20 s; set POLISENT_SLOW=1")
def test_compile_matches_eager() -> None:
    tasks = make_tasks(20, seed=11)
    ref = targeted_scorer().score(tasks)
    got = targeted_scorer(compile=True).load().score(tasks)
    np.testing.assert_allclose(got.sentiment, ref.sentiment, atol=1e-4)
