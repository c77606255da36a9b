"""The writer a page's address names after "by" at its slug's end (rule A1 of the 119th pass).

Some outlets write no byline into the page's text but put the writer in the address: Project Syndicate's
commentaries end their slugs on "-by-daniel-gros-2025-03". Where no rule and no ranker named the speaker of an
op-ed or a report, that name is the author (docs/annotation.md: the writer of an op-ed, the byline of a report).
"""

from __future__ import annotations

from polisent.segment._person_names import common_words, is_person_name, is_place
from polisent.segment._person_registry import registry_person
from polisent.segment._speaker_model import _URL_TAIL

__all__ = ["address_initials", "slug_writer"]

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

    A segment of its own that is a person's name, before the piece's slug, is the writer's too (:func:`_segment_writer`).
    """
    if not address:
        return None
    segments: list[list[str]] = []
    for w in address:
        if w == "/":
            segments.append([])
        elif segments:
            segments[-1].append(w)
    if "by" not in address:
        return _segment_writer(segments)
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


#: a path segment after which a name is a subject's tag, no writer ("/topics/vladimir-putin/...")
_TAG_SEGMENTS = frozenset("tag tags topic topics category categories subject subjects keyword keywords search people person "
                          "profile profiles who".split())


#: words of a site's own path segments that read as capitalised names ("index.php", "edicion-impresa")
_NOT_NAME_WORDS = _URL_TAIL | frozenset("php spip eds edicion impresa english".split())


#: particles a slug keeps inside a name ("abdul-rahman-al-rashed")
_SLUG_PARTICLES = frozenset("al el bin ibn de da van von der del".split())


def _segment_writer(segments: list[list[str]]) -> str | None:
    """The writer an address gives as a path segment of its own, before the piece's slug ("/the-national-interest/leon-hadar/
    america-and-china-s-futile-trade-war/184368939"; pass 121): two or three words that are no common words nor a place,
    a person's name, not one the actor registry knows (a politician in a path is the piece's subject), and not under a
    tag's segment; then a slug of three words or more.

    >>> from polisent.segment._speaker_model import address_words
    >>> _segment_writer([["the", "ledger"], ["tom", "halvorsen"], ["why", "the", "trade", "war", "fails"], ["184368939"]])
    'Tom Halvorsen'
    >>> _segment_writer([["topics"], ["tom", "halvorsen"], ["why", "the", "trade", "war", "fails"]])
    >>> _segment_writer([["world"], ["south", "africa"], ["why", "the", "trade", "war", "fails"]])
    >>> _segment_writer([["tom", "halvorsen"]])
    >>> _segment_writer([["blitz"], ["m", "a", "halvorsen"], ["why", "the", "trade", "war", "fails"], ["186163597"]])
    'M. A. Halvorsen'
    >>> _segment_writer([["abdul", "rahman", "al", "halvorsen"], ["opinion"], ["why", "we", "fear", "it"]])
    'Abdul Rahman al-Halvorsen'
    """
    common = common_words()
    for k, seg in enumerate(segments[:-1]):
        # (initials before the surname, "/m-a-hossain/", and a particle inside, "/abdul-rahman-al-rashed/")
        lead = 0
        while lead < len(seg) - 1 and len(seg[lead]) == 1 and seg[lead].isalpha():
            lead += 1
        rest = seg[lead:]
        inside = {i for i, w in enumerate(rest) if 0 < i < len(rest) - 1 and w in _SLUG_PARTICLES}  # "al" of "abdul-rahman-al-rashed"
        core = [w for i, w in enumerate(rest) if i not in inside]
        if not 1 <= len(core) <= 3 or len(core) + lead < 2 or lead > 2 or not all(
                w.isalpha() and len(w) >= 3 and w not in common and w not in _NOT_NAME_WORDS for w in core):
            continue  # ("/index.php/", "/op-eds/", "/edicion-impresa/": a site's own words)
        if k and any(w in _TAG_SEGMENTS for w in segments[k - 1]):
            continue
        if not any(len(later) >= 3 for later in segments[k + 1:]):
            continue
        name = " ".join([w.upper() + "." for w in seg[:lead]] + [w + "-" if i in inside else w.title() for i, w in enumerate(rest)]
                        ).replace("- ", "-")
        if is_person_name(name) and not is_place(name) and not any(is_place(w.title()) for w in core) and not registry_person(name):
            return name
    return None


def address_initials(names: list[str | None], address: tuple[str, ...] | None) -> dict[str, str]:
    """The speakers known only by a label of initials ("SE:") that the page's address spells out: two or three words in a
    row whose initials they are, a person's name, none a common word (".../The_Peace_Processor_Palestine_Saeb_Erekat":
    "SE" is Saeb Erekat; pass 121). Only one match counts.

    >>> from polisent.segment._speaker_model import address_words
    >>> address_initials(["FP", "SE", None], address_words("https://x.com/articles/2013/02/05/The_Peace_Processor_Tomas_Berglund"))
    {}
    >>> address_initials(["FP", "TB"], address_words("https://x.com/articles/2013/02/05/The_Peace_Processor_Tomas_Berglund"))
    {'TB': 'Tomas Berglund'}
    """
    if not address:
        return {}
    common = common_words()
    out: dict[str, str] = {}
    for n in set(names):
        if not n or not 2 <= len(n) <= 3 or not n.isalpha() or not n.isupper():
            continue
        k = len(n)
        found = {" ".join(w.title() for w in address[i:i + k]) for i in range(len(address) - k + 1)
                 if "".join(w[0] for w in address[i:i + k]) == n.lower()
                 and all(w.isalpha() and len(w) >= 2 and w not in common and w not in _NOT_NAME_WORDS for w in address[i:i + k])}
        found = {x for x in found if is_person_name(x) and not is_place(x)}
        if len(found) == 1:
            out[n] = found.pop()
    return out
