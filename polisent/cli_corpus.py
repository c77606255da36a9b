"""``polisent corpus run|aggregate`` and ``polisent report``: the corpus part of the command line.

    polisent corpus run examples/corpus -o out/ --format csv
    polisent corpus aggregate out/ --by speaker -o by_speaker.csv
    polisent report out/ -o report.html --documents docs/ --plots plots/

Results go to stdout, logs and progress to stderr; errors are raised as ``polisent.errors``
exceptions for the main CLI to print in one line (exit 1). ``--model fake`` (from the shared
model options) is for tests and demos only: a deterministic word-counting scorer, not a model.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from polisent._cli_common import add_model_options, make_analyzer, nonneg_int, positive_int
from polisent.aggregate import REPORTED

logger = logging.getLogger(__name__)

__all__ = ["add_parsers"]


def add_parsers(subparsers: Any) -> None:
    """Register ``corpus`` (with ``run`` and ``aggregate``) and ``report`` on the main CLI's sub-parsers."""
    corpus = subparsers.add_parser("corpus", help="analyse a corpus into tables; aggregate per actor",
                                   description="Resumable corpus runs and per-actor roll-ups.")
    sub = corpus.add_subparsers(dest="corpus_command", metavar="SUBCOMMAND")
    sub.required = True

    p = sub.add_parser("run", help="analyse a corpus and write documents, claims, mentions and assessments tables",
                       description="Analyse a directory of .txt/.md/.html/.vtt/.srt files (optional metadata.csv), a .jsonl or a .csv file. "
                                   "Writes are atomic per chunk; rerun the same command to resume a run that stopped. "
                                   "Documents that fail become error rows and the run exits 0, printing the error count.")
    p.add_argument("input", metavar="INPUT", help="directory of .txt/.md/.html/.vtt/.srt files, or a .jsonl or .csv file")
    p.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="output directory (created if missing)")
    p.add_argument("--format", choices=("parquet", "csv", "jsonl"), default="parquet", help="table format (default: parquet)")
    p.add_argument("--resume", action=argparse.BooleanOptionalAction, default=True,
                   help="continue a run found in OUTDIR (default); --no-resume refuses such a directory")
    p.add_argument("--force", action="store_true", help="discard the run found in OUTDIR (other input, models or format) and start over")
    p.add_argument("--text-key", default="text", help="text field or column of records (default: text)")
    p.add_argument("--id-key", default="id", help="id field or column of records (default: id)")
    p.add_argument("--chunk-size", type=_positive_int, default=64, metavar="N", help="documents per atomic chunk (default: 64)")
    g = p.add_argument_group("engine")
    g.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="'local' (this process, default) or 'ray': a pool of Ray workers, one Analyzer each, "
                   "same tables and layout (needs pip install \"polisent[ray]\")")
    g.add_argument("--address", metavar="ADDRESS",
                   help="Ray cluster to join, e.g. 'auto' or ray://head:10001 (default: a local cluster on this machine)")
    g.add_argument("--workers", type=_positive_int, metavar="N", help="Ray workers, one Analyzer each (default: one per free CPU, or per GPU with --gpus-per-worker)")
    g.add_argument("--cpus-per-worker", type=float, default=1.0, metavar="N", help="CPUs reserved per Ray worker; also its torch threads (default: 1)")
    g.add_argument("--gpus-per-worker", type=float, default=0.0, metavar="N", help="GPUs per Ray worker, e.g. 1 or 0.5 (default: 0)")
    add_model_options(p)
    p.set_defaults(func=_cmd_run)

    p = sub.add_parser("aggregate", help="per-actor stance and sentiment by document, speaker, outlet or month",
                       description="Weighted means with bootstrap 95 %% intervals, from the tables of a run (no model is run).")
    p.add_argument("outdir", metavar="OUTDIR", help="output directory of `polisent corpus run`")
    p.add_argument("--by", choices=("document", "speaker", "outlet", "month", "corpus"), default="speaker",
                   help="grouping (default: speaker)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (.csv, .parquet, .jsonl or .json) instead of stdout")
    p.add_argument("--format", choices=("table", "csv", "jsonl"), default="table", help="stdout format (default: table)")
    p.add_argument("--n-boot", type=_nonneg_int, default=1000, metavar="N", help="bootstrap resamples; 0 for none (default: 1000)")
    p.add_argument("--seed", type=int, default=0, help="bootstrap seed (default: 0)")
    p.add_argument("--reported", choices=REPORTED, default="pool",
                   help="claims where an actor appears only inside a reported view: counted with the rest (pool, the "
                   "default), in rows of their own (apart: view=reported) or left out (drop)")
    p.add_argument("--resample", choices=("auto", "documents", "claims"), default="auto",
                   help="bootstrap unit: documents where a group spans several documents (auto, the default), "
                   "or every claim on its own (claims: narrower intervals that ignore within-interview correlation)")
    p.set_defaults(func=_cmd_aggregate)

    p = subparsers.add_parser("report", help="self-contained HTML report of a corpus run (and of each document)",
                              description="Render the corpus report; --documents adds one report per document.")
    p.add_argument("outdir", metavar="OUTDIR", help="output directory of `polisent corpus run`")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="HTML file to write (the corpus report, or with --doc that document's)")
    p.add_argument("--documents", metavar="DIR", help="also write one HTML report per document into DIR, linked from the corpus report")
    p.add_argument("--doc", metavar="ID", help="write only the report of document ID")
    p.add_argument("--plots", metavar="DIR", help="also save the plots as PNG and SVG into DIR")
    p.add_argument("--title", default="Corpus report", help="report title")
    p.add_argument("--top", type=_positive_int, default=15, metavar="N", help="actors in plots and pivots (default: 15)")
    p.add_argument("--n-boot", type=_nonneg_int, default=1000, metavar="N", help="bootstrap resamples (default: 1000)")
    p.add_argument("--seed", type=int, default=0, help="bootstrap seed (default: 0)")
    p.add_argument("--reported", choices=REPORTED, default="pool",
                   help="claims where an actor appears only inside a reported view: pool (default), apart or drop")
    p.add_argument("--no-plots", action="store_true", help="leave the plots out (no matplotlib needed)")
    p.set_defaults(func=_cmd_report)


_positive_int = positive_int
_nonneg_int = nonneg_int


def _cmd_run(args: argparse.Namespace) -> int:
    from polisent.corpus import run_corpus
    from polisent.corpus.store import require_format
    from polisent.errors import InputError

    require_format(args.format)  # fail fast, before a model is loaded
    if not Path(args.input).exists():
        raise InputError(f"Input {args.input!r} does not exist. Give a directory of .txt/.md/.html/.vtt/.srt files, a .jsonl or a .csv file.")
    quiet = argparse.Namespace(**{**vars(args), "no_progress": True})  # one progress bar: the corpus's
    if args.engine == "ray":
        result = _run_ray(args, quiet)
    else:
        if args.address is not None or args.workers is not None:
            logger.warning("--address and --workers apply to --engine ray only; ignored")
        analyzer = make_analyzer(quiet)
        result = run_corpus(args.input, args.output, analyzer=analyzer, format=args.format, chunk_size=args.chunk_size,
                            resume=args.resume, force=args.force, progress=False if args.no_progress else None,
                            text_key=args.text_key, id_key=args.id_key)
    state = "complete" if result.complete else "incomplete"
    verb = "resumed" if result.resumed else "new run"
    skipped = getattr(result, "n_skipped", 0)  # paths in an input directory that are not rows (each logged)
    print(f"{result.output_dir}: {result.n_documents} documents ({result.n_errors} errors"
          f"{f', {skipped} skipped paths' if skipped else ''}), {result.n_new} processed now "
          f"in {result.elapsed_s:.1f} s ({verb}, {state}); tables: {', '.join(_tables(result.output_dir))}")
    if result.n_errors:
        print(f"polisent: {result.n_errors} document(s) could not be read or analysed; see status/error in the documents table",
              file=sys.stderr)
    return 0


def _run_ray(args: argparse.Namespace, quiet: argparse.Namespace) -> Any:
    """``corpus run --engine ray``: every worker builds the Analyzer with ``make_analyzer(quiet)``."""
    import functools

    from polisent.integrations.ray import _require_ray, run_corpus_ray

    ray = _require_ray()
    started = False
    if not ray.is_initialized():
        if args.verbose == 0:  # Ray Data's per-dataset INFO lines; warnings still show
            logging.getLogger("ray.data").setLevel(logging.WARNING)
        ray.init(address=args.address, logging_level=logging.WARNING if args.verbose == 0 else logging.INFO,
                 log_to_driver=args.verbose > 0)
        started = True
    elif args.address is not None:
        logger.warning("Ray is already initialised in this process; --address %s ignored", args.address)
    try:
        return run_corpus_ray(args.input, args.output, analyzer=functools.partial(make_analyzer, quiet), format=args.format,
                              chunk_size=args.chunk_size, resume=args.resume, force=args.force,
                              progress=False if args.no_progress else None, text_key=args.text_key, id_key=args.id_key,
                              concurrency=args.workers, num_cpus=args.cpus_per_worker, num_gpus=args.gpus_per_worker)
    finally:
        if started:
            ray.shutdown()


def _tables(out: Path) -> list[str]:
    from polisent.corpus.store import TABLES

    return [t for t in TABLES if (out / t).is_dir()]


def _cmd_aggregate(args: argparse.Namespace) -> int:
    from polisent.aggregate import aggregate, export_table

    df = aggregate(args.outdir, by=args.by, n_boot=args.n_boot, seed=args.seed, reported=args.reported,
                   resample=args.resample)
    if args.output:
        path = export_table(df, args.output)
        print(f"{path}: {len(df)} rows")
        return 0
    if args.format == "csv":
        df.to_csv(sys.stdout, index=False)
    elif args.format == "jsonl":
        df.to_json(sys.stdout, orient="records", lines=True, force_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_aggregate(df) + "\n")
    return 0


def format_aggregate(df: Any) -> str:
    """A readable fixed-width table of :func:`polisent.aggregate.aggregate` output."""
    if df.empty:
        return "(no actors in the speakers' own claims)"
    key = next(c for c in df.columns[2:4] if c != "view")

    def ci(row: Any, task: str) -> str:
        m, lo, hi = row[task], row[f"{task}_lo"], row[f"{task}_hi"]
        if m != m:
            return "n/a"
        return f"{m:+.2f}" + ("" if lo != lo else f" [{lo:+.2f}, {hi:+.2f}]")

    header = ("actor", key, "view", "docs", "claims", "stance [95% CI]", "sentiment [95% CI]", "CI over")
    rows = [header] + [(str(r["actor_name"]), str(r[key]), str(r["view"]), str(r["n_docs"]), str(r["n_claims"]),
                        ci(r, "stance"), ci(r, "sentiment"), str(r.get("ci_unit", ""))) for _, r in df.iterrows()]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = []
    for k, r in enumerate(rows):
        lines.append("  ".join(c.ljust(w) if i < 3 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _cmd_report(args: argparse.Namespace) -> int:
    from polisent.corpus import load_analysis
    from polisent.report import (
        corpus_report,
        document_report,
        plot_actors,
        plot_heatmap,
    )

    out = Path(args.output)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from polisent.errors import OutputError

        raise OutputError(f"Cannot create {str(out.parent)!r}: {exc.strerror or exc}.") from exc
    if args.doc is not None:
        document_report(load_analysis(args.outdir, args.doc), out)
        print(out)
        return 0
    corpus_report(args.outdir, out, title=args.title, documents_dir=args.documents, top=args.top, n_boot=args.n_boot,
                  seed=args.seed, reported=args.reported, plots=not args.no_plots)
    written = [str(out)]
    if args.documents:
        written.append(f"{args.documents}/ (one report per document)")
    if args.plots:
        from polisent.errors import OutputError

        plots = Path(args.plots)
        try:
            plots.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"Cannot create {str(plots)!r}: {exc.strerror or exc}.") from exc
        plot_actors(args.outdir, top=args.top, n_boot=args.n_boot, seed=args.seed, path=plots / "actors")
        plot_heatmap(args.outdir, top=args.top, path=plots / "heatmap")
        written.append(f"{plots}/actors.png|svg, {plots}/heatmap.png|svg")
    print("\n".join(written))
    return 0
