"""Turn labels whose colon the page lost: the bold name "Luis Arce Catacora" opening each answer,
run into its first sentence ("Luis Arce Catacora We are seeing ...") once the markup is stripped;
a transcript's names in capitals run into each turn ("TONY JONES Good evening ...", "ENELE
SOPOAGA, PRIME MINISTER OF TUVALU Thank you ...")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from polisent.segment._labels import _CAPS_STOP, _NOT_SPEAKERS, _PARTICLES
from polisent.segment._principal import is_person_name

__all__ = ["bare_caps_labels", "bare_name_labels"]

_TOKEN = re.compile(r"\S+")
#: up to five capitalised words at a paragraph's start, then more text
_OPENER = re.compile(r"[ \t]*(?P<words>[A-Z][\w'\u2019.-]*(?:[ \t]+(?:[A-Z][\w'\u2019.-]*|de|da|del|van|von|bin|al)){1,4})"
                     r"[ \t]+(?=[\"\u201c\u2018A-Z])")

#: a name in capitals (two to four words) at a paragraph's start, its job in capitals after a comma,
#: then the turn's first word in mixed case
_CAPS_OPENER = re.compile(r"[ \t]*(?P<name>[A-Z][A-Z'\u2019.-]+(?:[ \t]+[A-Z][A-Z'\u2019.-]+){1,3})"
                          r"(?:,[ \t]+[A-Z0-9][A-Z0-9 ,.'\u2019()&/-]{1,80}?)?[ \t]+(?=[\"\u201c]?[A-Z][a-z\u2019']|I[ \t\u2019'])")


def bare_caps_labels(t: str, spans: Sequence[tuple[int, int]], firsts: Sequence[int]) -> dict[int, tuple[str, str, int]]:
    """Line index -> ("name", label, content start) for paragraphs (first lines ``firsts``) that open
    with a person's name in capitals run into the turn, when at least three paragraphs open so with
    at least two names (a transcript's turns; one capitalised lead is a dateline or a kicker).

    >>> t = "TONY JONES Good evening.\\n\\nANA RUIZ, MINISTER OF TRADE Thank you.\\n\\nTONY JONES Why?"
    >>> spans = [(m.start(), m.end()) for m in re.finditer(r"[^\\n]+", t)]
    >>> [v[1] for v in bare_caps_labels(t, spans, range(len(spans))).values()]
    ['TONY JONES', 'ANA RUIZ', 'TONY JONES']
    """
    out: dict[int, tuple[str, str, int]] = {}
    for i in firsts:
        fs, le = spans[i]
        m = _CAPS_OPENER.match(t, fs, le)
        if m is None:
            continue
        words = m.group("name").split()
        if words[0].lower() in _NOT_SPEAKERS or words[-1].lower() in _NOT_SPEAKERS \
                or not is_person_name(" ".join(w.title() for w in words)):
            continue
        out[i] = ("name", " ".join(words), m.end())
    names = Counter(v[1] for v in out.values())
    return out if len(out) >= 3 and len(names) >= 2 else {}


def bare_name_labels(t: str, spans: Sequence[tuple[int, int]], firsts: Sequence[int]) -> dict[int, tuple[str, str, int]]:
    """Line index -> ("name", label, content start) for paragraphs (first lines ``firsts``) that open
    with one person's name run into a sentence, when at least two paragraphs open so.

    >>> t = "What now?\\n\\nAna Ruiz Soto We are seeing a change.\\n\\nWhy?\\n\\nAna Ruiz Soto The Tribunal is to blame."
    >>> spans = [(m.start(), m.end()) for m in re.finditer(r"[^\\n]+", t)]
    >>> sorted(v[1] for v in bare_name_labels(t, spans, range(len(spans))).values())
    ['Ana Ruiz Soto', 'Ana Ruiz Soto']
    """
    options: dict[int, dict[str, int]] = {}  # line -> name -> where the answer starts
    counts: Counter[str] = Counter()
    for i in firsts:
        fs, le = spans[i]
        m = _OPENER.match(t, fs, le)
        if m is None:
            continue
        n_words = len(m.group("words").split())
        found = list(_TOKEN.finditer(t, m.start("words"), le))[:n_words + 1]  # the name's words, then the answer's first
        words = [w.group() for w in found]
        names: dict[str, int] = {}
        for k in range(2, n_words + 1):
            last, nxt = words[k - 1].lower(), words[k].lower().strip("\"\u201c\u2018,")
            if last in _NOT_SPEAKERS or last in _CAPS_STOP or last in _PARTICLES or not is_person_name(" ".join(words[:k])):
                continue  # "Luis Arce Catacora We": the answer's first word is no part of the name
            if nxt in _NOT_SPEAKERS or nxt in _CAPS_STOP or words[k][:1] in "\"\u201c\u2018":
                names[" ".join(words[:k])] = found[k].start()  # the answer opens "We ...", a quote
        options[i] = names
        counts.update(names.keys())  # (a mapping would add its values)
    out: dict[int, tuple[str, str, int]] = {}
    for i, names in options.items():
        name = max((n for n in names if counts[n] >= 2), key=len, default=None)
        if name is not None:
            out[i] = ("name", name, names[name])
    return out if len({v[1] for v in out.values()}) == 1 else {}
