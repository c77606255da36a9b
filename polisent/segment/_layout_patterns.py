"""The layout's patterns and small helpers: slug and caption rules, time codes, voices, bold questions, a byline's
second line, a site title; names printed twice. Split out of :mod:`polisent.segment._structure` (pass 112)."""

from __future__ import annotations

import re

from polisent.segment._lexicon import ClutterRule
from polisent.segment._markup import STARTING_POINT

#: a first line "Name: ..." longer than this is the first turn of an excerpt, not a title
_TITLE_MAX_WORDS = 40

#: the reason a script's slug lines get (see :func:`slug_lines`)
_SLUG_NOTE = ClutterRule("note", re.compile(""), description="A broadcast script's slug: 'TRT: 2:53', 'TYPE: TVR'.")
_SLUG_BYLINE = ClutterRule("byline", re.compile(r"[ \t]*(?i:BYLINE|BY|AUTHOR|REPORTER|CORRESPONDENT)[ \t]*:"),
                           description="A script slug's author line: 'BYLINE: Dorian Jones'.")
#: a line printed twice in a row that opens its paragraph (past the first), perhaps over a short credit: an
#: image's alt text over its caption ("Members of a gang in Haiti ..." twice), or a teaser's title the page
#: repeats; never a claim
_TWICE = ClutterRule("caption", re.compile(""), scope="paragraph", max_words=120,
                     description="A line printed twice in a row that opens its paragraph: an image's alt text and its caption.")
_BOLD_Q_INLINE = re.compile(r"[ \t]*(\*\*|__|<b>|<strong>)([^*_<>\r\n]{1,300}?\?)[ \t]*(?:\*\*|__|</b>|</strong>)[ \t]+(?=\S)",
                            re.IGNORECASE)
_BOLD_LINE = re.compile(r"[ \t]*(?:(\*\*|__)[^*_\r\n]{1,400}?\1|<(b|strong)>[^<\r\n]{1,400}</\2>)[ \t]*[.:?]?[ \t]*\Z", re.IGNORECASE)
_TIMED_LINE = re.compile(r"[ \t]*(?:\|[ \t]*(?=\d{1,2}:\d{2}))?(?:\d{1,6}[ \t]*$|[\[(]?:?\d{1,2}:\d{2}|WEBVTT|" + STARTING_POINT + r"\d)", re.MULTILINE)
#: a subtitle table's row, its cue times last ("did not come from the submarine. | 0:00:00 | 0:00:02 | |")
_TABLE_ROW = re.compile(r"[^|\n]{1,200}\|[ \t]*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[ \t]*\|[ \t]*\d{1,2}:\d{2}")
#: an office or honorific before a surname ("President Museveni", "Dr. Tedros"; not a journalist's job)
_OFFICE_SURNAME = (r"(?:President|Prime[ \t]+Minister|Minister|Premier|Chancellor|Ambassador|Secretary|Senator|Governor|General|"
                   r"King|Queen|Prince|Emir|Sultan|Sheikh|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)")
#: a time code in brackets right before a turn label's colon ("Lars Lokke Rasmussen (00:26):")
_BRACKET_TIME_LABEL = re.compile(r"[ \t]\(\d{1,2}:\d{2}(?::\d{2})?\)[ \t]*:")
#: a timed label that names someone ("S1 (00:02):" and "Speaker 2 (01:02):" name no one), lower-case particles
#: included ("Mohammed bin Abdulrahman Al Thani (00:00):", "Luiz Inacio Lula da Silva (00:12):"; rule F2 of the 118th pass)
_TIMED_NAME = re.compile(r"(?!Speaker\b)[A-Z][a-z'\u2019-]+(?:[ \t]+(?:(?:bin|ibn|bint|al|el|de|da|di|du|del|della|van|von|der|den|dos|das)"
                         r"[ \t]+){0,2}[A-Z][\w'\u2019-]+){0,3}")
#: a player widget's zero times ("0:00", "0:00 0:00"): no cue of a transcript
_PLAYER_ZERO = re.compile(r"[ \t]*(?:0?0:00(?::00)?[ \t]*){1,3}")
#: a time code opening a line ("38:13 ", "(1:02:10) "; not a clock's "11:20 PM")
_TIME_LEAD = re.compile(r"[ \t]*\(?\d{1,3}:\d{2}(?::\d{2})?\)?[ \t]+(?![AaPp]\.?[Mm]\b)")
#: a cue's from and to times run together, as a flattened subtitle table writes them under the cue's text
_TIME_PAIR = re.compile(r":?\d{1,2}:\d{2}(?::\d{2})?\.?:\d{1,2}:\d{2}(?::\d{2})?\.?")
_TS_ONLY = re.compile(r"(?:\d{1,6}|(?:[\[(]?:?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[.,]\d{1,3})?[\])]?[.:]?){1,2})")  # ":00:20.:00:23." too
_VOICE = re.compile(r"[ \t]*<v(?:\.[^\s>]{1,40})?[ \t]+([^<>\r\n]{1,60})>")
#: a transcription service's numbered voice ("Speaker 3"), a label that opens a turn even alone on its line, and
#: never a list's lead-in whose words the text writes in lower case ("add Add new speaker" on the page)
_NUMBERED_VOICE = re.compile(r"Speaker \d{1,2}")


#: a byline's second line: "and co-workers", "and Anna Berg", "& staff"
_BYLINE_MORE = re.compile(r"[ \t]*(?:and|&)[ \t]+(?:co-?workers|colleagues|others|staff|(?:[A-Z][\w'\u2019.-]*[ \t]*){1,4})[ \t]*")




#: a page's title line ending in the site's name after a bar, as a browser's title shows it ("... soon | ASHARQ
#: AL-AWSAT English Archive 2005 -2017"): no sentence end after the bar; or, right after a label's colon, the title of
#: a talk's record ("Press Releases Ukraine: Press remarks by High Representative X ahead of ..."; rule P2 of pass 117)
_SITE_TITLE = re.compile(r"[ \t]\|[ \t]+[A-Z][^\n|.!?]{0,80}\Z|(?:(?<=:)|(?<=:[ \t]))(?:[Pp]ress[ \t]+)?(?:[Rr]emarks|[Cc]onference|"
                         r"[Ss]tatement|[Ss]peech|[Aa]ddress|[Bb]riefing)[ \t]+(?:by|of)[ \t]+[A-Z]")

def _pairs_twice(t: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the lines at ``spans`` come in identical pairs of at most six words ("A" / "A" / "B" / "B")."""
    lines = [" ".join(t[s:e].split()) for s, e in spans]
    return all(a and a == b and len(a.split()) <= 6 for a, b in zip(lines[::2], lines[1::2]))


_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_DIGIT = re.compile(r"\d")


def _once(name: str | None) -> str | None:
    """``name`` printed twice in a row, once (``"Kira Kay Kira Kay"`` -> ``"Kira Kay"``); else unchanged.

    >>> _once("Kira Kay Kira Kay"), _once("Ana Ruiz"), _once(None)
    ('Kira Kay', 'Ana Ruiz', None)
    """
    words = name.split() if name else []
    half = len(words) // 2
    return " ".join(words[:half]) if half >= 2 and len(words) % 2 == 0 and words[:half] == words[half:] else name
