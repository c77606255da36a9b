"""Analyse the example interview with the Python API and print what polisent found.

Run from the repository root:  .venv/bin/python examples/analyze_example.py
"""

from __future__ import annotations

from pathlib import Path

import polisent

HERE = Path(__file__).parent


def main() -> None:
    analyzer = polisent.Analyzer()  # shipped default model, best device; keep and reuse it
    texts = [(HERE / "interview.md").read_text(encoding="utf-8"), (HERE / "roundtable.txt").read_text(encoding="utf-8")]
    docs = analyzer.pipe(polisent.Document(t, id=name) for t, name in zip(texts, ["interview", "roundtable"], strict=True))
    for doc in docs:
        print(f"\n== {doc.id}: {len(doc.claims)} claims, speakers: {[s.name for s in doc.speakers]}")
        hedged = [c for c in doc.claims if c.is_hedged or c.is_conditional][:3]
        for claim in hedged:
            cues = ", ".join(f"{q.kind.value}:{q.text!r}" for q in claim.cues)
            print(f"  certainty {claim.certainty:.2f}  {claim.text[:80]!r}  [{cues}]")
        print(f"  {'actor':<24}{'mentions':>9}{'sentiment':>11}{'stance':>9}")
        for actor in doc.actors[:10]:
            sent = "n/a" if actor.sentiment is None else f"{actor.sentiment:+.2f}"
            stance = "n/a" if actor.stance is None else f"{actor.stance:+.2f}"
            print(f"  {actor.name:<24}{actor.n_mentions:>9}{sent:>11}{stance:>9}")
    try:
        import pandas as pd
    except ImportError:
        return
    table = pd.DataFrame(doc.to_records("assessments"))  # flat rows, one per (claim, actor)
    print("\n", table[["actor_name", "sentiment_label", "stance_label", "claim"]].head())


if __name__ == "__main__":
    main()
