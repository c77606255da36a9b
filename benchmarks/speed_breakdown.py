"""Where the time of a corpus run goes: Python stages, tokenization, encoder, heads, engine.

:func:`corpus_breakdown` runs ``Analyzer.pipe`` over synthetic interviews
(benchmarks/corpus_gen.py) with time accumulators wrapped around each stage, from the outside:
nothing in polisent changes and nothing costs anything when this module is not used. Stages:

- ``segmentation``: ``analyzer.segmenter.segment`` (structure, claims, cues);
- ``linking``: ``analyzer.linker.link`` (actor mentions);
- ``task_building``: the rest of ``Analyzer._prepare`` (claims x actors -> scoring tasks);
- ``scoring``: ``scorer.score``, split into ``tokenization`` (``polisent.models.features.encode_tasks``),
  ``encoder`` (forward of the transformer), ``heads`` (the sentiment and stance MLPs),
  ``pooling`` (the rest of the model's forward: mention/claim pooling, features, calibration)
  and ``engine`` (the rest of ``score``: de-duplication, batch planning, padding and collation,
  softmax, scattering rows back);
- ``records``: ``build_analysis`` without ``aggregation`` (result records, assessments);
- ``aggregation``: ``summarise`` (per-document actor roll-ups);
- ``other``: everything else in the run (document checks, chunking, the generator).

The model timers use forward hooks on the module the engine runs (``scorer.runner``) and on its
``encoder``, ``sentiment_head`` and ``stance_head``; on CUDA each hook synchronises the device
(so GPU time lands in the stage that launched it). The hooks do not fire inside a
``torch.compile``d module: run the breakdown without ``compile``.

    .venv/bin/python benchmarks/speed_breakdown.py --interviews 20 --model default   # standalone
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import logging
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

logger = logging.getLogger("speed_breakdown")

STAGES = ("segmentation", "linking", "task_building", "tokenization", "encoder", "pooling", "heads", "engine",
          "records", "aggregation", "other")


class Timers:
    """Seconds and calls per stage."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)  # keeps the signature (the analyzer inspects linker.link's)
        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[name] += time.perf_counter() - t0
                self.calls[name] += 1

        return timed


@contextlib.contextmanager
def _patched(obj: Any, attr: str, timers: Timers, name: str) -> Iterator[None]:
    had = attr in vars(obj)  # a module's function, or an attribute set on the instance
    old = getattr(obj, attr)
    setattr(obj, attr, timers.wrap(name, old))
    try:
        yield
    finally:
        if had:
            setattr(obj, attr, old)
        else:
            delattr(obj, attr)  # back to the class's method


@contextlib.contextmanager
def _module_hooks(modules: dict[str, Any], timers: Timers, cuda: bool) -> Iterator[None]:
    import torch

    starts: dict[str, list[float]] = defaultdict(list)
    handles = []

    def now() -> float:
        if cuda:
            torch.cuda.synchronize()
        return time.perf_counter()

    for name, module in modules.items():
        if module is None:
            continue

        def pre(_m: Any, _a: Any, _name: str = name) -> None:
            starts[_name].append(now())

        def post(_m: Any, _a: Any, _o: Any, _name: str = name) -> None:
            timers.seconds[_name] += now() - starts[_name].pop()
            timers.calls[_name] += 1

        handles += [module.register_forward_pre_hook(pre), module.register_forward_hook(post)]
    try:
        yield
    finally:
        for h in handles:
            h.remove()


def corpus_breakdown(analyzer: Any, docs: list[Any]) -> dict[str, Any]:
    """Run ``analyzer.pipe`` over ``docs`` (SyntheticDocument) with stage timers; return the breakdown."""
    import polisent._assemble as assemble
    import polisent.analyzer as analyzer_mod
    import polisent.models.features as features
    from polisent.analyzer import Document

    analyzer.load()
    scorer = analyzer.scorer
    runner = getattr(scorer, "runner", None)
    if runner is None or getattr(scorer, "engine", None) is None:
        raise SystemExit("the breakdown needs a torch scorer of polisent's engine (TargetedScorer)")
    if scorer.engine.compile:
        raise SystemExit("the breakdown cannot see inside a compiled model: run it without compile")
    cuda = scorer.engine.device.type == "cuda"
    scorer.warm_up()  # first-call costs (allocations, kernel selection) stay out of the breakdown
    t = Timers()
    hooked = {"forward": runner, "encoder": getattr(runner, "encoder", None),
              "heads_sentiment": getattr(runner, "sentiment_head", None), "heads_stance": getattr(runner, "stance_head", None)}
    calls0 = scorer.model_calls
    with contextlib.ExitStack() as stack:
        stack.enter_context(_patched(analyzer.segmenter, "segment", t, "segmentation"))
        stack.enter_context(_patched(analyzer.linker, "link", t, "linking"))
        stack.enter_context(_patched(analyzer, "_prepare", t, "prepare"))
        stack.enter_context(_patched(scorer, "score", t, "scoring"))
        stack.enter_context(_patched(features, "encode_tasks", t, "tokenization"))
        stack.enter_context(_patched(analyzer_mod, "build_analysis", t, "build_analysis"))
        stack.enter_context(_patched(assemble, "summarise", t, "aggregation"))
        stack.enter_context(_module_hooks(hooked, t, cuda))
        t0 = time.perf_counter()
        n_claims = n_pairs = 0
        for a in analyzer.pipe(Document(d.text, id=d.id) for d in docs):
            n_claims += len(a.claims)
            n_pairs += len(a.assessments)
        wall = time.perf_counter() - t0
    s = t.seconds
    heads = s["heads_sentiment"] + s["heads_stance"]
    stages = {
        "segmentation": s["segmentation"],
        "linking": s["linking"],
        "task_building": s["prepare"] - s["segmentation"] - s["linking"],
        "tokenization": s["tokenization"],
        "encoder": s["encoder"],
        "pooling": s["forward"] - s["encoder"] - heads,
        "heads": heads,
        "engine": s["scoring"] - s["tokenization"] - s["forward"],
        "records": s["build_analysis"] - s["aggregation"],
        "aggregation": s["aggregation"],
    }
    stages["other"] = wall - sum(stages.values())
    groups = {
        "python_stages": stages["segmentation"] + stages["linking"] + stages["task_building"] + stages["records"]
        + stages["aggregation"],
        "tokenization": stages["tokenization"],
        "model_forward": s["forward"],
        "engine_overhead": stages["engine"],
    }
    return {
        "documents": len(docs), "claims": n_claims, "pairs": n_pairs, "wall_seconds": wall,
        "docs_per_s": len(docs) / wall, "pairs_per_s": n_pairs / wall,
        "model_calls": scorer.model_calls - calls0, "precision": scorer.precision, "device": str(scorer.engine.device),
        "seconds": {k: round(v, 4) for k, v in stages.items()},
        "share": {k: round(v / wall, 4) for k, v in stages.items()},
        "groups_seconds": {k: round(v, 4) for k, v in groups.items()},
        "groups_share": {k: round(v / wall, 4) for k, v in groups.items()},
        "calls": dict(t.calls),
    }


def format_breakdown(b: dict[str, Any]) -> str:
    lines = [f"corpus run: {b['documents']} interviews, {b['claims']} claims, {b['pairs']} pairs in "
             f"{b['wall_seconds']:.1f} s ({b['docs_per_s']:.1f} docs/s, {b['pairs_per_s']:.0f} pairs/s, "
             f"{b['precision']} on {b['device']}, {b['model_calls']} batches)"]
    for k in STAGES:
        lines.append(f"  {k:14s} {b['seconds'][k]:9.2f} s {100 * b['share'][k]:6.1f} %")
    g = b["groups_share"]
    lines.append("  = Python stages {:.1f} %, tokenization {:.1f} %, model forward {:.1f} %, engine {:.1f} %".format(
        100 * g["python_stages"], 100 * g["tokenization"], 100 * g["model_forward"], 100 * g["engine_overhead"]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--interviews", type=int, default=1000)
    parser.add_argument("--model", default="default", help="default, accurate or an artifact path")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--precision", default="auto")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    import polisent
    from corpus_gen import generate_corpus

    analyzer = polisent.Analyzer(scorer=args.model, device=args.device, precision=args.precision, progress=False)
    b = corpus_breakdown(analyzer, generate_corpus(args.interviews, seed=args.seed))
    print(format_breakdown(b))
    print(json.dumps(b, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
