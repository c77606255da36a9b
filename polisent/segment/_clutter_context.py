"""Clutter told by its neighbour: a caption over its photo credit, a bio under its byline, a
podcast's chapter list (three or more timed titles in a row).

>>> from polisent.segment import RuleSegmenter
>>> st = RuleSegmenter().segment("Truce talks resume\\n\\nAnna Berg\\n\\nAnna Berg is the founding editor of The North. "
...     "She writes on the region.\\n\\nThe talks resume today in Geneva. Nobody expects much.\\n\\n"
...     "Delegates arrive at the talks in Geneva on Monday.\\n\\nPhoto credit: Jo Tan\\n\\nThe mood is grim.\\n")
>>> sorted({g.reason for g in st.segments if g.reason in ("author_bio", "caption")})
['author_bio', 'caption']
"""

from __future__ import annotations

import re

from polisent.segment._principal import is_person_name, is_place
from polisent.segment._sentences import split_sentences
from polisent.segment._units import Unit, _plain

__all__ = ["neighbour_clutter"]

#: a writer's job in the first words of a bio under the byline ("David Horovitz is the founding editor of ...")
_BIO_JOB = re.compile(r"(?i)\b(?:editor|author|journalist|professor|fellow|correspondent|columnist|analyst|director|"
                      r"researcher|writer|founder|lecturer|commentator|reporter)\b")
#: a verb of a bio's sentence, which a journalist's card line under the name lacks
_BIO_VERB = re.compile(r"\b(?:is|was|has|have|are|were|writes|wrote|covers|covered|joined|serves|served)\b")
#: a photo credit alone: "Photo credit: PCS", "Image Credit: ANI", "Photo: AP", "Photo by A. Kenare/AFP via Getty
#: Images", "Photograph: Jo Tan/Reuters", "(Photo: AP)"
_CREDIT = re.compile(r"[ \t]*\(?(?i:photo(?:graph)?|image|picture)(?:[ \t]+(?i:credit))?[ \t]*(?::|[ \t]+(?i:by)\b)")


#: a table of contents' lead-in: "Click to jump to an expert analysis:", "Jump to:", "Jump to a section:" (pass 120)
_JUMP_TO = re.compile(r"(?i)\bjump[ \t]+to\b[^\n]{0,40}:[ \t]*$")
#: the entries of a table of contents: one line each, at most this many words ("Ana Ruiz: The region's balance has shifted")
_TOC_WORDS = 25
#: a writer's alias in brackets after the name ("Dwayne Wong (Omowale)")
_ALIAS = re.compile(r"[ \t]*\([^()\n]{1,40}\)[ \t]*$")
#: a chapter of a podcast's show notes: "03:24 - \"I had to go into hiding\"", "(12:05) Venezuela after Maduro"
_CHAPTER = re.compile(r"[ \t]*\(?\d{1,2}:\d{2}(?::\d{2})?\)?(?:[ \t]*[-\u2013\u2014|:][ \t]*|[ \t]+)(?P<title>[^\n]{2,90}?)[ \t]*")

#: the time that opens a timed line: "03:24", "(12:05)", "1:02:03"
_TIME = re.compile(r"[ \t]*\(?(\d{1,2}):(\d{2})(?::(\d{2}))?")


def _chapter(text: str, u: Unit) -> bool:
    """Whether ``u`` is a timed title alone on its line (read in the raw text: the masked one has
    lost the time of a timed line)."""
    line = text.rfind("\n", 0, u.start) + 1
    m = _CHAPTER.fullmatch(text, line, u.end) if u.form in ("plain", "heading") and "\n" not in text[u.start:u.end] else None
    return m is not None and len(m.group("title").split()) <= 12 and not m.group("title").endswith(".")


def _chapter_block(text: str, u: Unit) -> bool:
    """Whether every line of ``u`` is a timed title ("02:26\u2014Sources of Ukraine's resilience."), a
    chapter list written as one block."""
    lines = [ln for ln in text[text.rfind("\n", 0, u.start) + 1:u.end].split("\n") if ln.strip()]  # (the time may be masked)
    if len(lines) < 3 or not all((m := _CHAPTER.fullmatch(ln.rstrip())) is not None and len(m.group("title").split()) <= 14
                                 and m.group("title")[:1].isupper() for ln in lines):
        return False
    return _minutes_apart(lines)


def _minutes_apart(lines: list[str]) -> bool:
    """Whether the timed lines lie a minute or more apart on average, as chapters do; a transcript's cues lie seconds
    apart ("00:00 Just a few days ago," / "00:04 the party went")."""
    secs = [sum(int(x) * 60 ** k for k, x in enumerate(reversed([g for g in m.groups() if g is not None])))
            for ln in lines if (m := _TIME.match(ln))]
    return len(secs) == len(lines) and (secs[-1] - secs[0]) >= 60 * (len(secs) - 1)


#: a line that credits the piece to its writer, which a photo credit under it leaves a byline, not a caption
_CREDITED_PIECE = re.compile(r"(?i)\b(?:commentary|op-?ed|essay|column|opinion\s+piece|analysis)\b[^.!?\n]{0,120}?\sby\s+[A-Z]")


def _name_alone(line: str) -> bool:
    """A person's name of two to four words, alone on its line."""
    return "\n" not in line and 2 <= len(line.split()) <= 4 and is_person_name(line) and not is_place(line)


def neighbour_clutter(text: str, t: str, units: list[Unit]) -> None:
    """Mark the units their neighbour shows to be furniture (in place; ``t`` is the masked ``text``): a short one-sentence
    paragraph right above a photo credit alone on its line is that photo's caption; a paragraph
    opening with the byline's name and a writer's job ("X is the founding editor of ...") right
    under the byline is the author's bio; three or more timed titles in a row are a chapter list; a name over
    "/" over an agency's credit is a photo credit, not a byline; a caption printed on both sides of its credit is
    a caption twice; a name alone over the reading time is the writer's byline; the one-line entries under a table of
    contents' lead-in ("Click to jump to an expert analysis:") are navigation. Timed lines seconds apart are a
    transcript's cues, not chapters ("00:25 What is your reading of the region?" / "00:30 What worries you?")."""
    run: list[Unit] = []
    for u in units + [None]:  # type: ignore[list-item]
        if u is not None and _chapter(text, u):
            run.append(u)
            continue
        if len(run) >= 3 and _minutes_apart([text[text.rfind("\n", 0, v.start) + 1:v.end] for v in run]):
            for v in run:
                v.form, v.reason = "clutter", "navigation"
        run = []
        if u is not None and u.form in ("plain", "heading") and len(u.lines) >= 3 \
                and text[text.rfind("\n", 0, u.start) + 1:u.start + 1].lstrip()[:1].isdigit() and _chapter_block(text, u):
            u.form, u.reason = "clutter", "navigation"  # the chapter list as one block of lines
    for i, u in enumerate(units):  # a table of contents under its lead-in ("Click to jump to an expert analysis:")
        if u.form in ("clutter", "plain") and len(t[u.start:u.end].split()) <= 12 and _JUMP_TO.search(t, u.start, u.end):
            k = i + 1
            entries: set[str] = set()  # (the body's first section under its title, again: the list has ended)
            while k < len(units) and units[k].form in ("plain", "label", "heading") and "\n" not in t[units[k].start:units[k].end].strip() \
                    and len(t[units[k].start:units[k].end].split()) <= _TOC_WORDS and _plain(t, units[k]) not in entries:
                entries.add(_plain(t, units[k]))
                k += 1
            for v in units[i:k] if k - i > 2 else ():
                v.form, v.reason = "clutter", "navigation"
    for a, b, c in zip(units, units[1:], units[2:]):
        # a photo credit over three lines: the photographer's name, "/", the agency ("Daniel Slim" / "/" /
        # "AFP via Getty Images"): the name is no byline
        if a.form == "clutter" and a.reason == "byline" and b.form == "clutter" and t[b.start:b.end].strip() in ("/", "|") \
                and c.form == "clutter" and c.reason == "caption":
            a.reason = "caption"
    # a photo's caption printed on both sides of its credit ("The UN building in New York. ..." / "Daniel
    # Slim" / "/" / "AFP via Getty Images" / "The UN building in New York. ..."): both copies are the caption
    for i, u in enumerate(units if any(v.reason == "caption" for v in units) else ()):
        if u.form != "plain" or len(t[u.start:u.end].split()) < 6:
            continue
        j = i + 1
        while j < len(units) and units[j].form == "clutter" and units[j].reason in ("caption", "byline", "markup"):
            j += 1
        if j > i + 1 and j < len(units) and any(v.reason == "caption" for v in units[i + 1:j]) and units[j].form == "plain" \
                and " ".join(t[units[j].start:units[j].end].split()) == " ".join(t[u.start:u.end].split()):
            u.form = units[j].form = "clutter"
            u.reason = units[j].reason = "caption"
    for prev, u in zip(units, units[1:]):  # a writer's name alone over the reading time ("Ali Alfoneh" / "4 min read")
        if u.reason != "reading_time" or u.form != "clutter" or prev.form not in ("plain", "heading"):
            continue
        if _name_alone(_ALIAS.sub("", t[prev.start:prev.end].strip())):  # "Dwayne Wong (Omowale)"
            prev.form, prev.reason = "clutter", "byline"
    for prev, u in zip(units, units[1:]):  # a writer's name alone over a card line ("Matthias Rub" / "Political correspondent for Italy ...")
        if u.reason != "author_bio" or u.form != "clutter" or prev.form not in ("plain", "heading") or "\n" in t[u.start:u.end].strip() \
                or _BIO_VERB.search(t, u.start, u.end):
            continue  # (a card has no verb: not "The author is the Washington bureau chief of ...")
        if _name_alone(t[prev.start:prev.end].strip()):
            prev.form, prev.reason = "clutter", "byline"
    for prev, u in zip(units, units[1:]):  # a caption, then its credit in a line of its own
        if u.form == "clutter" and u.reason == "caption" and _CREDIT.match(t, u.start, u.end) and prev.form == "plain" \
                and len(_plain(t, prev).split()) <= 25 and "?" not in t[prev.start:prev.end] \
                and len(split_sentences(t, prev.content_start, prev.end)) == 1 and not _CREDITED_PIECE.search(t, prev.start, prev.end):
            prev.form, prev.reason = "clutter", "caption"  # (not a line that credits the piece: "A first commentary ... by X.")
        elif u.form == "plain" and prev.form == "clutter" and prev.reason == "byline" and u.para != prev.para:
            name = t[prev.start:prev.end].strip()  # "David Horovitz" / "David Horovitz is the founding editor of ..."
            if is_person_name(name) and not is_place(name) \
                    and re.match(re.escape(name) + r"[ \t]+(?:is|was|has[ \t]+been)\b", t[u.start:u.end]) \
                    and _BIO_JOB.search(t, u.start, min(u.end, u.start + len(name) + 120)):
                u.form, u.reason = "clutter", "author_bio"
