"""A photographer's name, credited with a picture and nowhere else: never a speaker (:func:`_credited_only`). Split out
of :mod:`polisent.segment._unnamed_answers`, whose principal and late-ranker steps ask it."""

from __future__ import annotations

import re

from polisent.records import SegmentKind
from polisent.segment._prefilter import bounded_spans
from polisent.segment._units import Unit

__all__ = ["_credited_only"]


def _credited_only(t: str, units: list[Unit], name: str) -> bool:
    """Whether every mention of ``name``'s surname is a photo credit's, right after it, in a caption the rules dropped.

    >>> from polisent.segment import RuleSegmenter
    >>> text = ("The office opens\\n\\n25.11.2021\\n\\nThe republic's consent to the office is an expression of its policy "
    ...         "towards the neighbour.\\n\\nFot. ANN WANG/Reuters/Forum\\n\\nWhy did the republic allow the office?\\n\\n"
    ...         "On 18 November the office opened. It angered the neighbour.\\n\\nWhat comes next?\\n\\nMore pressure.\\n")
    >>> {c.speaker for c in RuleSegmenter(speaker_model=False).segment(text).claims}
    {None}
    """
    spots = list(bounded_spans(t, name.split()[-1]))
    return bool(spots) and all(_CREDIT_AFTER.match(t, b) is not None
                               or any(u.start <= a < u.end and u.kind is SegmentKind.CLUTTER and u.reason == "caption"
                                      and _CREDIT_BEFORE.search(t, max(u.start, a - 60), a) is not None for u in units)
                               for a, b in spots)


#: the credit right before a photographer's name ("Fot. ", "Photo: AP – ", "Photo by "); not a caption's
#: subject named before it ("Ana Ruiz, foreign minister. Photo: AP")
_CREDIT_BEFORE = re.compile(r"(?i:\b(?:fot|foto|photo(?:graph)?s?|image|picture|credit|courtesy)\b)\.?[ \t]*(?:by|:|/)?[ \t]*"
                            r"(?:[A-Z][\w&.-]*[ \t]*[/\u2013\u2014-][ \t]*)?(?:\w+[ \t]+){0,3}\Z")


#: ... or an agency right after it, as a picture's credit line writes it ("Aditya Aji\u2014AFP/Getty Images", "Ann Wang/Reuters")
_CREDIT_AFTER = re.compile(r"[ \t]*[\u2014\u2013/|][ \t]*(?:AFP|AP|Reuters|EPA|Getty|Bloomberg|Xinhua|Anadolu|Sipa|Shutterstock|"
                           r"[A-Z][\w&.-]+[ \t]*(?:/|via)[ \t]*Getty)\b")
