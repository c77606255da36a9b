"""A deterministic synthetic corpus of commentary-like documents for speed and memory benchmarks.

Documents read like expert interviews on international politics (questions, answers made of
claims); each claim names 1 to 4 actors and has a realistic, skewed length (median about 25
words, a tail past 80, like news sentences in NewsMTSC). The same seed always gives the same
corpus. Nothing here is meant as training data: the wording is templated and the views random.

    python benchmarks/corpus_gen.py --docs 3 --seed 0        # print three documents

>>> docs = generate_corpus(2, seed=1)
>>> docs == generate_corpus(2, seed=1), all(1 <= t.n_targets <= 4 for d in docs for t in d.tasks)
(True, True)
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from polisent.protocols import ScoringTask  # noqa: E402

__all__ = ["ACTORS", "SyntheticDocument", "claim_tasks", "generate_corpus", "iter_documents"]

ACTORS: tuple[str, ...] = (
    "Russia", "Moscow", "the Kremlin", "Vladimir Putin", "Ukraine", "Kyiv", "Volodymyr Zelensky",
    "China", "Beijing", "Xi Jinping", "the United States", "Washington", "Joe Biden", "NATO",
    "the European Union", "Brussels", "Germany", "Berlin", "France", "Emmanuel Macron", "Turkey",
    "Ankara", "Iran", "Tehran", "Israel", "India", "New Delhi", "Japan", "Tokyo", "the United Nations",
    "Poland", "Warsaw", "the United Kingdom", "London", "Saudi Arabia", "Riyadh",
)
_VERBS = (
    "has signalled that it will not accept", "is likely to push back against", "has quietly welcomed",
    "keeps underestimating", "will probably try to exploit", "has every reason to distrust",
    "cannot afford to ignore", "has been remarkably consistent about", "misread the intentions behind",
    "is far more dependent than it admits on", "won a modest diplomatic victory over",
    "is running out of options in its dispute with", "has made real concessions to",
    "is still negotiating in good faith with", "deserves credit for its restraint toward",
    "badly overplayed its hand against", "is quietly coordinating with",
)
_OBJECTS = (
    "the ceasefire proposal", "the sanctions regime", "the grain corridor", "the new security guarantees",
    "the talks in Geneva", "the energy agreement", "the arms control framework", "the border settlement",
    "the trade restrictions", "the peace plan", "the reconstruction fund", "the naval deployment",
)
_OPENERS = (
    "In my view,", "Frankly,", "My bet is that", "I think", "It is clear that", "Over the past year,",
    "Unless something changes,", "If the talks collapse,", "To be fair,", "What people miss is that",
    "Looking at the last summit,", "",
)
_TAILS = (
    "and that matters more than the headlines suggest", "which few analysts expected a year ago",
    "even if the public statements say otherwise", "at least until the next election cycle",
    "because the domestic politics leave little room", "while the economic costs keep mounting",
    "and the rest of the region is watching closely", "despite repeated warnings from its own advisers",
    "over the coming months", "in a way that could still backfire", "as the winter approaches",
)
_QUESTIONS = (
    "How do you read {a}'s position on {o}?", "Is {a} serious about {o}?",
    "What should we expect from {a} next?", "Why has {a} changed course?",
)


@dataclass(frozen=True, slots=True)
class SyntheticDocument:
    """One generated interview: its full text and its answer claims as scoring tasks.

    ``tasks[i]`` is a claim with its targets (spans relative to the claim); ``actors[i]`` names
    the actor of each target; ``claim_starts[i]`` is where the claim starts in ``text``.
    """

    id: str
    text: str
    tasks: tuple[ScoringTask, ...]
    actors: tuple[tuple[str, ...], ...]
    claim_starts: tuple[int, ...]


def _n_actors(rng: random.Random) -> int:
    return rng.choices((1, 2, 3, 4), weights=(45, 30, 15, 10))[0]


def _target_words(rng: random.Random) -> int:
    # log-normal: median ~25 words, about 5 % above 60
    return max(6, min(140, int(rng.lognormvariate(3.2, 0.5))))


def _claim(rng: random.Random) -> tuple[ScoringTask, tuple[str, ...]]:
    actors = rng.sample(ACTORS, _n_actors(rng))
    want = _target_words(rng)
    text = ""
    spans: list[tuple[int, int]] = []

    def add(piece: str) -> None:
        nonlocal text
        if piece:
            text = f"{text} {piece}" if text else piece

    add(rng.choice(_OPENERS))
    for k, actor in enumerate(actors):
        if k:
            add(rng.choice(("and", "while", "whereas", "but", "and meanwhile")))
        start = len(text) + (1 if text else 0)
        add(actor)
        spans.append((start, start + len(actor)))
        add(rng.choice(_VERBS))
        add(rng.choice(_OBJECTS))
    while len(text.split()) < want:
        add(rng.choice(_TAILS))
    text = text[0].upper() + text[1:] + "."
    return ScoringTask(text, tuple((s,) for s in spans)), tuple(actors)


def _document(rng: random.Random, index: int, claims_per_doc: tuple[int, int]) -> SyntheticDocument:
    parts: list[str] = []
    pos = 0
    tasks: list[ScoringTask] = []
    names: list[tuple[str, ...]] = []
    starts: list[int] = []

    def emit(s: str) -> None:
        nonlocal pos
        parts.append(s)
        pos += len(s)

    emit(f"Interview {index}: the view from the region\n\n")
    n = rng.randint(*claims_per_doc)
    while len(tasks) < n:
        q = rng.choice(_QUESTIONS).format(a=rng.choice(ACTORS), o=rng.choice(_OBJECTS))
        emit(f"Q: {q}\n\nA: ")
        for j in range(min(rng.randint(2, 4), n - len(tasks))):
            if j:
                emit(" ")
            task, actors = _claim(rng)
            starts.append(pos)
            tasks.append(task)
            names.append(actors)
            emit(task.text)
        emit("\n\n")
    return SyntheticDocument(f"doc-{index:06d}", "".join(parts), tuple(tasks), tuple(names), tuple(starts))


def iter_documents(n_docs: int, *, seed: int = 0, claims_per_doc: tuple[int, int] = (4, 12)) -> Iterator[SyntheticDocument]:
    """Yield ``n_docs`` documents lazily (for streaming benchmarks); deterministic in ``seed``."""
    rng = random.Random(seed)
    for i in range(n_docs):
        yield _document(rng, i, claims_per_doc)


def generate_corpus(n_docs: int, *, seed: int = 0, claims_per_doc: tuple[int, int] = (4, 12)) -> list[SyntheticDocument]:
    """Generate ``n_docs`` documents; the same arguments always give the same corpus."""
    return list(iter_documents(n_docs, seed=seed, claims_per_doc=claims_per_doc))


def claim_tasks(docs: list[SyntheticDocument], n_claims: int | None = None) -> tuple[list[ScoringTask], list[tuple[str, ...]]]:
    """All claims of ``docs`` (the first ``n_claims``) with their actor names."""
    tasks = [t for d in docs for t in d.tasks]
    names = [a for d in docs for a in d.actors]
    if n_claims is not None:
        tasks, names = tasks[:n_claims], names[:n_claims]
    return tasks, names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    for doc in generate_corpus(args.docs, seed=args.seed):
        print(f"=== {doc.id} ({len(doc.tasks)} claims)\n{doc.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
