"""Training and evaluation data: NewsMTSC (targeted sentiment) and P-Stance (stance), as targets.

Both corpora become :class:`Example` rows: a text, its targets (each the character spans of all
mentions of one actor), and per target a sentiment label and a stance label, ``-1`` where the
source does not have that label (the loss is masked there).

How "none" stance is learned: P-Stance has only FAVOR and AGAINST. A NewsMTSC target annotated
*neutral* (the sentence portrays the person neither well nor badly) is taken as stance **none**:
the sentence expresses no approval or disapproval of that actor. Non-neutral NewsMTSC targets get
no stance label (a news sentence can portray someone badly without the writer taking a side).
So "none" means "no evaluative stance toward the actor is expressed", learned from news
sentences; it is not "the speaker is undecided".

P-Stance tweets do not always name the candidate in the same way: mentions are found with
aliases (names, handles, hashtags such as #NeverTrump or #Bernie2020). For the few tweets with
none (about 0.5 %), the target is the whole tweet (every token is pooled), which is said in the
model card.

>>> ex = pstance_example("Vote @JoeBiden! Joe will win.", "Joe Biden", "FAVOR")
>>> [ex.text[s:e] for s, e in ex.targets[0]], ex.stance
(['JoeBiden', 'Joe'], (2,))
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from polisent.errors import ConfigError, InputError
from polisent.protocols import ScoringTask

__all__ = [
    "Example",
    "PSTANCE_ALIASES",
    "default_data_dir",
    "load_newsmtsc",
    "load_pstance",
    "newsmtsc_example",
    "pstance_example",
    "to_tasks",
]

logger = logging.getLogger(__name__)

NEWSMTSC_POLARITY = {2.0: 0, 4.0: 1, 6.0: 2}  # negative, neutral, positive
PSTANCE_STANCE = {"AGAINST": 0, "NONE": 1, "FAVOR": 2}

#: Regular expressions (case-insensitive) that find a P-Stance candidate in a tweet.
PSTANCE_ALIASES: dict[str, str] = {
    "Donald Trump": r"realdonaldtrump|donald\s+j\.?\s+trump|donald\s+trump|trump|\bdonald\b|\bdjt\b",
    "Joe Biden": r"joebiden|joe\s+biden|biden|\bjoe\b|teamjoe|joe2020",
    "Bernie Sanders": r"berniesanders|bernie\s+sanders|bernie|sanders|feelthebern|\bbern\b",
}


@dataclass(frozen=True, slots=True)
class Example:
    """A text with targets and, per target, a sentiment and a stance label (-1: not labelled)."""

    text: str
    targets: tuple[tuple[tuple[int, int], ...], ...]
    sentiment: tuple[int, ...]
    stance: tuple[int, ...]
    source: str  #: "newsmtsc" or "pstance"
    group: str = ""  #: P-Stance candidate, for per-target metrics


def default_data_dir() -> Path:
    """``../shared/datasets`` relative to the repository root (the checkout that holds polisent)."""
    return Path(__file__).resolve().parents[2].parent / "shared" / "datasets"


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise InputError(
            f"Dataset file {str(path)!r} does not exist. Pass --data-dir (data_dir=) the datasets "
            "directory with newsmtsc/ and pstance/ (see ../shared/datasets/README.md)."
        )
    from datasets import load_dataset

    ds = load_dataset("json", data_files={"split": str(path)}, split="split", keep_in_memory=True)
    return ds.to_list()


def newsmtsc_example(row: dict[str, Any], *, neutral_as_none: bool = True) -> Example:
    """One NewsMTSC sentence with all its targets (``further_mentions`` join their target)."""
    text = row["sentence_normalized"]
    targets, sent, stance = [], [], []
    for t in row["targets"]:
        spans = [(int(t["from"]), int(t["to"]))]
        spans += [(int(m["from"]), int(m["to"])) for m in (t.get("further_mentions") or [])]
        spans = sorted({(s, e) for s, e in spans if 0 <= s < e <= len(text)})
        if not spans:
            continue
        label = NEWSMTSC_POLARITY.get(float(t["polarity"]))
        if label is None:
            raise InputError(f"NewsMTSC polarity {t['polarity']!r} is not one of 2.0, 4.0, 6.0.")
        targets.append(tuple(spans))
        sent.append(label)
        stance.append(1 if (neutral_as_none and label == 1) else -1)
    return Example(text, tuple(targets), tuple(sent), tuple(stance), "newsmtsc")


def pstance_example(text: str, target: str, stance: str) -> Example:
    """One P-Stance tweet: the candidate's mentions found by alias, the whole tweet when none."""
    pattern = PSTANCE_ALIASES.get(target)
    if pattern is None:
        raise InputError(f"Unknown P-Stance target {target!r}. Known: {sorted(PSTANCE_ALIASES)}.")
    label = PSTANCE_STANCE.get(str(stance).upper())
    if label is None:
        raise InputError(f"P-Stance stance {stance!r} is not FAVOR or AGAINST.")
    spans = tuple((m.start(), m.end()) for m in re.finditer(pattern, text, flags=re.IGNORECASE))
    if not spans:
        spans = ((0, len(text)),)
    return Example(text, (spans,), (-1,), (label,), "pstance", target)


def load_newsmtsc(data_dir: str | Path | None, split: str, *, neutral_as_none: bool = True) -> list[Example]:
    """NewsMTSC ``train``, ``dev_rw`` or ``dev_mt`` as examples (one per sentence)."""
    if split not in ("train", "dev_rw", "dev_mt"):
        raise ConfigError(f"Unknown NewsMTSC split {split!r}. Available: 'dev_mt', 'dev_rw', 'train'.")
    rows = _read_jsonl(Path(data_dir or default_data_dir()) / "newsmtsc" / f"{split}.jsonl")
    out = [newsmtsc_example(r, neutral_as_none=neutral_as_none) for r in rows]
    return [e for e in out if e.targets]


def load_pstance(data_dir: str | Path | None, split: str, *, limit: int | None = None, seed: int = 0) -> list[Example]:
    """P-Stance ``train`` or ``val`` as examples; ``limit`` keeps a seeded random subsample."""
    if split not in ("train", "val"):
        raise ConfigError(f"Unknown P-Stance split {split!r}. Available: 'train', 'val'.")
    rows = _read_jsonl(Path(data_dir or default_data_dir()) / "pstance" / f"{split}.jsonl")
    out = [pstance_example(r["text"], r["target"], r["stance"]) for r in rows]
    if limit is not None and limit < len(out):
        import random

        rng = random.Random(seed)
        out = rng.sample(out, limit)
    return out


def to_tasks(examples: Sequence[Example]) -> list[ScoringTask]:
    """The examples as scoring tasks (labels dropped)."""
    return [ScoringTask(e.text, e.targets) for e in examples]
