"""Tiny NewsMTSC / P-Stance look-alike files for the training and refit tests (no real data)."""

from __future__ import annotations

import json
from pathlib import Path

NEWS_ROWS = [
    {"sentence_normalized": "Putin said the war was a success, but Biden said it failed.",
     "targets": [{"from": 0, "to": 5, "mention": "Putin", "polarity": 6.0},
                 {"from": 38, "to": 43, "mention": "Biden", "polarity": 4.0}]},
    {"sentence_normalized": "Xi is weak and his deal failed.",
     "targets": [{"from": 0, "to": 2, "mention": "Xi", "polarity": 2.0,
                  "further_mentions": [{"from": 15, "to": 18, "mention": "his"}]}]},
    {"sentence_normalized": "Macron will hold talks in Kyiv.",
     "targets": [{"from": 0, "to": 6, "mention": "Macron", "polarity": 4.0}]},
    {"sentence_normalized": "Zelensky is strong and the talks are good.",
     "targets": [{"from": 0, "to": 8, "mention": "Zelensky", "polarity": 6.0}]},
]
PSTANCE_ROWS = [
    {"text": "I support @JoeBiden and Biden will win", "target": "Joe Biden", "stance": "FAVOR"},
    {"text": "Trump is a threat, oppose him", "target": "Donald Trump", "stance": "AGAINST"},
    {"text": "#FeelTheBern Bernie is good", "target": "Bernie Sanders", "stance": "FAVOR"},
    {"text": "Biden is weak and bad", "target": "Joe Biden", "stance": "AGAINST"},
    {"text": "Sanders has a bad deal", "target": "Bernie Sanders", "stance": "AGAINST"},
    {"text": "Trump is strong, support Trump", "target": "Donald Trump", "stance": "FAVOR"},
]


def _write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def write_tiny_datasets(d: Path) -> Path:
    """Write train/dev files of both data sets under ``d`` (the layout of ../shared/datasets)."""
    for split in ("train", "dev_rw", "dev_mt"):
        _write(d / "newsmtsc" / f"{split}.jsonl", NEWS_ROWS * (3 if split == "train" else 1))
    for split in ("train", "val"):
        _write(d / "pstance" / f"{split}.jsonl", PSTANCE_ROWS * (3 if split == "train" else 1))
    return d
