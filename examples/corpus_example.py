"""Run the example corpus end to end: tables, per-speaker aggregate, plots and HTML report.

    python examples/corpus_example.py                      # the default model
    python examples/corpus_example.py --model fake         # a word-counting stand-in (demo/testing only)
    python examples/corpus_example.py --out /tmp/polisent-corpus --format csv

The same from the command line:

    polisent corpus run examples/corpus -o out/
    polisent corpus aggregate out/ --by speaker -o out/by_speaker.csv
    polisent report out/ -o out/report.html --documents out/docs --plots out/plots

Rerunning resumes (a finished run is left as it is); pass --force to start over.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="default", help="'default', 'fake' (word counts, not a model) or a model path/id")
    parser.add_argument("--out", default="corpus_example_out", help="output directory (default: ./corpus_example_out)")
    parser.add_argument("--format", default="parquet", choices=("parquet", "csv", "jsonl"))
    parser.add_argument("--force", action="store_true", help="discard an earlier run in --out and start over")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(levelname)s: %(message)s", stream=sys.stderr)

    from polisent import Analyzer
    from polisent.aggregate import aggregate, export_table
    from polisent.cli_corpus import format_aggregate
    from polisent.corpus import run_corpus
    from polisent.report import corpus_report, plot_actors, plot_heatmap

    scorer = args.model
    if scorer == "fake":
        from polisent.testing import FakeScorer

        scorer = FakeScorer()
    analyzer = Analyzer(scorer=scorer, progress=False).load()
    out = Path(args.out)
    result = run_corpus(HERE / "corpus", out, analyzer=analyzer, format=args.format, force=args.force)
    print(f"{result.n_documents} documents ({result.n_errors} errors) in {out}; models: {result.manifest['models']}")

    by_speaker = aggregate(out, by="speaker", n_boot=1000, seed=0)
    export_table(by_speaker, out / "by_speaker.csv")
    top = by_speaker.groupby("actor_id")["n_claims"].transform("sum").rank(method="dense", ascending=False) <= 6
    print(format_aggregate(by_speaker[top]))

    (out / "plots").mkdir(exist_ok=True)
    plot_actors(out, path=out / "plots" / "actors")
    plot_heatmap(out, path=out / "plots" / "heatmap")
    corpus_report(out, out / "report.html", title="polisent example corpus", documents_dir=out / "docs")
    print(f"report: {out / 'report.html'} (documents in {out / 'docs'}); plots: {out / 'plots'}; table: {out / 'by_speaker.csv'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
