"""The writer a page's address names after "by" at its slug's end (rule A1 of the 119th pass).

Some outlets write no byline into the page's text but put the writer in the address: Project Syndicate's
commentaries end their slugs on "-by-daniel-gros-2025-03". Where no rule and no ranker named the speaker of an
op-ed or a report, that name is the author (docs/annotation.md: the writer of an op-ed, the byline of a report).
"""

from __future__ import annotations

from polisent.segment._person_names import common_words, is_person_name, is_place
from polisent.segment._speaker_model import _URL_TAIL

__all__ = ["slug_writer"]

#: an office or a style a slug may put before the surname ("remarks-by-president-kagame-kigali-...")
_TITLES = frozenset("president prime minister foreign secretary general ambassador dr prof professor mr mrs ms h e his "
                    "excellency chancellor premier king queen emir sheikh senator spokesperson spokesman pm fm sg".split())
#: single letters that are a family name's particle in a slug ("jim-o-neill")
_PARTICLES = frozenset({"o"})


def slug_writer(address: tuple[str, ...] | None) -> str | None:
    """The writer named by the last path segment's "by <first> <last>" (two or three words, then only numbers or a
    file type up to the segment's end), title-cased; None where the address names no one so.

    ``address`` is :func:`polisent.segment._speaker_model.address_words` of the page's address.

    >>> from polisent.segment._speaker_model import address_words
    >>> slug_writer(address_words("https://www.project-syndicate.org/commentary/europe-can-defend-ukraine-by-daniel-gros-2025-03"))
    'Daniel Gros'
    >>> slug_writer(address_words("https://x.com/commentary/europe-can-defend-ukraine-by-anna-berg-2025-03?page=2"))
    'Anna Berg'
    >>> slug_writer(address_words("https://www.paulkagame.com/europe-africa-relations-remarks-by-president-kagame-kigali-2-december-2020/"))
    'Kagame'
    >>> slug_writer(address_words("https://x.org/commentary/why-the-west-is-failing-by-jeffrey-d-sachs-2024-05"))
    'Jeffrey Sachs'
    >>> slug_writer(address_words("https://x.org/commentary/does-the-g20-still-matter-by-jim-o-neill-2019-07?barrier=x"))
    "Jim O'Neill"
    >>> slug_writer(address_words("https://x.com/statement-by-the-president-on-the-summit"))
    >>> slug_writer(address_words("https://x.com/news/village-hit-by-russian-drone-strike"))
    >>> slug_writer(address_words("https://x.com/news/ukraine-by-the-numbers")), slug_writer(address_words("https://x.com/by-anna-berg/"))
    (None, None)
    """
    if not address or "by" not in address:
        return None
    segments: list[list[str]] = []
    for w in address:
        if w == "/":
            segments.append([])
        elif segments:
            segments[-1].append(w)
    # (the piece's slug: a segment with words before its "by"; a slug that is only "by-anna-berg" is an author page)
    seg = next((x for x in reversed(segments) if "by" in x[1:]), None)
    if seg is None:
        return None
    words = seg[len(seg) - seg[::-1].index("by"):]
    common = common_words()
    titled = 0
    while titled < len(words) and words[titled] in _TITLES:
        titled += 1
    if titled:  # "remarks-by-president-kagame-kigali-2-december-2020": an office, the surname, then anything
        name = []
        for w in words[titled:]:
            if not w.isalpha() or len(w) < 2 or w in common or is_place(w.title()) or len(name) == 3:
                break
            name.append(w)
        words = name
    else:  # "...-by-daniel-gros-2025-03": two or three words up to the slug's end, but for numbers
        while words and (words[-1].isdigit() or words[-1] in _URL_TAIL):
            words.pop()
        if words and (len(words[0]) == 1 or len(words[-1]) == 1):
            return None
        # (an "o" before the family name is its particle, "jim-o-neill" is Jim O'Neill; another single letter is a middle
        # initial: "jeffrey-d-sachs" is Jeffrey Sachs)
        words = [w for w in words if len(w) > 1 or w in _PARTICLES]
        merged: list[str] = []
        for w in words:
            if merged and merged[-1] in _PARTICLES:
                merged[-1] = merged[-1] + "'" + w
            else:
                merged.append(w)
        words = merged
        if len(words) < 2:
            return None
    if not 1 <= len(words) <= 3 or not all(w.replace("'", "").isalpha() and len(w) >= 2 for w in words):
        return None
    if any(w in common or is_place(w.title()) for w in words):
        return None
    name = " ".join(w.title() for w in words)
    return name if is_person_name(name) and not is_place(name) else None
