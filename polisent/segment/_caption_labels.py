"""Speaker labels of machine captions written without capitals (pass 82, rule P5): "secretary tillerson: good
morning. ... audience: yes. secretary tillerson: all right." The label machinery reads capitalised names; in a text
:func:`~polisent.segment._units.is_lower_case` finds written in lower case, a label that recurs word for word is
title-cased in the segmenter's analysis view (same length, so every offset holds and the claims' text stays the
original's), and is then read as in any transcript."""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["title_case_labels"]

#: one to three lower-case words (or "speaker" and a number) and a colon, at a line's start or after a sentence's end,
#: a bracket or a ">>" mark
_LABEL = re.compile(r"(?:^|(?<=[.?!\]\)])|>>)[ \t]*(?P<run>[a-z][a-z'\u2019.-]*(?:[ \t]+[a-z][a-z'\u2019.-]*){0,2}"
                    r"(?:[ \t]+\d{1,2})?)[ \t]*:(?=[ \t]|$)", re.MULTILINE)
#: words that open a clause, not a name or a role ("and here is the thing: ...", "note: "; "q:" and "a:" alone are marks)
_NOT_FIRST = frozenset("""and but so the a an this that these those here there which what who whom whose when where why how
note i we you he she they it if or as in on at of for to with from by is are was were my our your his her their its not no
yes also then now well ok okay because just like only even one two three first second last remember look listen
question answer""".split()) - {"question", "answer"}
#: words that end a clause before its colon ("the reason is: ...", "he said: ...")
_NOT_LAST = frozenset("""is are was were be been says said say asks asked reads read following follows include includes including
example means mean meant like as this that these those here there it them him her so thus too""".split())


def _title(run: str) -> str:
    """``run`` with each word's first letter in upper case, where that keeps its length."""
    out = []
    for w in re.split(r"([ \t]+)", run):
        head = w[:1].upper()
        out.append(head + w[1:] if len(head) == 1 else w)
    return "".join(out)


def title_case_labels(t: str) -> str:
    """``t`` with the speaker labels of a lower-case transcript title-cased: runs that recur at least twice as labels.

    >>> title_case_labels("host: why now?\\n\\nsecretary lind: well, we wait. host: and then? secretary lind: we act.")
    'Host: why now?\\n\\nSecretary Lind: well, we wait. Host: and then? Secretary Lind: we act.'
    >>> title_case_labels("the point is: we wait. and the point is: we act.")  # no label
    'the point is: we wait. and the point is: we act.'
    """
    if ":" not in t:
        return t
    found = [(m.start("run"), m.end("run"), " ".join(m.group("run").split())) for m in _LABEL.finditer(t)]
    counts = Counter(run for _, _, run in found)
    keep = {run for run, n in counts.items() if n >= 2 and (run in ("q", "a") or (run.split()[0] not in _NOT_FIRST
                                                                            and run.split()[-1] not in _NOT_LAST))}
    if not keep:
        return t
    parts, last = [], 0
    for s, e, run in found:
        if run in keep:
            parts += [t[last:s], _title(t[s:e])]
            last = e
    parts.append(t[last:])
    out = "".join(parts)
    return out if len(out) == len(t) else t
