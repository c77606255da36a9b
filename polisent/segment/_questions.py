"""Questions an interview or an explainer asks: who asks them and which paragraphs they span."""

from __future__ import annotations

import re

from polisent.segment._units import Unit, _is_q

__all__ = ["explainer_question", "question_run"]


def question_run(t: str, content: list[Unit], k: int) -> set[int]:
    """The units after a bare question mark-up ("Q1." alone on its line) that belong to the
    question: up to the last one ending in "?" before the answer starts (at most four)."""
    run: list[Unit] = []
    last_q = -1
    for v in content[k + 1:k + 5]:
        if v.form in ("label", "heading"):
            break
        if last_q >= 0 and not _is_q(t, v):
            break
        run.append(v)
        if _is_q(t, v):
            last_q = len(run) - 1
    return {id(v) for v in run[:last_q + 1]}


_YOU = re.compile(r"(?i)\byou(?:rs?|rself)?\b")
_NUMBERED = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+\S")
_NUMBER_BEFORE = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[.)][ \t]*\Z")


def explainer_question(text: str, t: str, u: Unit) -> bool:
    """A question an explainer asks itself: numbered or Title Case, and not to "you"."""
    if _YOU.search(t, u.content_start, u.end):
        return False
    if _NUMBERED.match(t, u.content_start, u.end) or _NUMBER_BEFORE.search(text, max(0, u.start - 8), u.start):
        return True  # "1. What's the pact about?" (the list number may be masked as markup)
    words = [w for w in t[u.content_start:u.end].split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)
