"""How a text's lines group into paragraphs and units: a line that ends a sentence
(:data:`_SENT_END`), a heading-like line that a cue gap after it breaks off
(:func:`_heading_like`), a question that runs on over a caption's next cues
(:func:`_asks_over_lines`) and a page copied with one paragraph per line (:func:`_line_paragraphs`,
a turn label alone on its line staying with its talk). Split out of
:mod:`polisent.segment._structure`, whose :func:`~polisent.segment._structure.build_units` applies them."""

from __future__ import annotations

import re

from polisent.segment._labels import _label_of
from polisent.segment._units import _QMARK_END, _WORD

__all__ = ["_SENT_END", "_asks_over_lines", "_heading_like", "_join_wrapped", "_line_paragraphs"]

_SENT_END = re.compile(r"[.?!\u2026][\"'\u201d\u2019)\]]?\Z")


def _heading_like(t: str, fs: int, le: int) -> bool:
    """A line that ends a sentence or reads as a heading (Title Case or CAPS words): a cue gap after it is a break."""
    line = t[fs:le].rstrip()
    if not line or line[-1] in ".!?:\u2026\"\u201d'\u2019)":
        return True
    words = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
    return bool(words) and len(line.split()) <= 12 and all(w[0].isupper() for w in words)


def _asks_over_lines(t: str, spans: list[tuple[int, int]], p: list[int], k: int, reach: int = 3) -> bool:
    """The sentence that starts on line ``p[k]`` runs on over at most ``reach`` lines and ends with
    a question mark there (a caption's question cut across cues): each line it runs on to opens in
    lower case, or with a capital right after a line that stopped mid-phrase, on a word ("... the
    ship that the |" / "Philippines ran aground ...?")."""
    for j in range(k + 1, min(len(p), k + 1 + reach)):
        fs, le = spans[p[j]]
        pfs, ple = spans[p[j - 1]]
        if le <= fs or not (t[fs].islower() or (t[fs].isupper() and ple > pfs and t[ple - 1].isalpha()
                                                   and t[ple - 1].islower())):
            return False
        if _SENT_END.search(t, max(fs, le - 3), le):
            return _QMARK_END.search(t, max(fs, le - 12), le) is not None
    return False


#: a guest's reply to the host's welcome opening a line ("Thanks, Jim. Great to be here.")
_REPLY_OPENS = re.compile(r"[ \t]*(?:(?:Thanks?(?:[ \t]+you)?(?:[ \t]+(?:so|very)[ \t]+much)?(?:[ \t]+for[ \t]+(?:having|inviting)[ \t]+me)?"
                          r"(?:,[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?[.!])|(?:Great|Good|Nice|Glad|Happy)[ \t]+to[ \t]+be[ \t]+"
                          r"(?:here|with[ \t]+you|on))")

#: the host's welcome ending a line
_WELCOME_END = re.compile(r"(?i)(?:\bwelcome\b|\bthanks?(?:\s+you)?(?:\s+(?:so|very)\s+much)?\s+for\s+(?:joining|being\s+(?:here|with))\b)[^.!?]*[.!]\W*\Z")


def _replies_to_welcome(t: str, spans: list[tuple[int, int]], p: list[int], k: int) -> bool:
    """Line ``p[k]`` opens with a reply to a welcome that the line before it ends with ("...
    Derek, thank you for joining me on the President's inbox." / "Thanks, Jim. Great to be here."):
    the guest's first words in a transcript that labels no one.

    >>> t = "Derek, thank you for joining me.\\nThanks, Jim. Great to be here."
    >>> _replies_to_welcome(t, [(0, 32), (33, 63)], [0, 1], 1)
    True
    """
    if k == 0:
        return False
    fs, le = spans[p[k]]
    pfs, ple = spans[p[k - 1]]
    return (_REPLY_OPENS.match(t, fs, le) is not None and _SENT_END.search(t, max(pfs, ple - 3), ple) is not None
            and _WELCOME_END.search(t, max(pfs, ple - 120), ple) is not None)


def _line_paragraphs(t: str, spans: list[tuple[int, int]], paras: list[list[int]], sub_from: int) -> list[list[int]]:
    """A page copied with single line breaks writes one paragraph per line: a block of three lines
    or more with at least two paragraph-long lines (120 characters or more, a third of its lines,
    most of them ending a sentence) is one paragraph per line. Hard-wrapped text (lines of 60-90
    characters) and captions stay blocks."""
    out: list[list[int]] = []
    for p in paras:
        if len(p) >= 3 and p[0] < sub_from:
            long = [i for i in p if spans[i][1] - spans[i][0] >= 120]
            ends = sum(_SENT_END.search(t, max(spans[i][0], spans[i][1] - 3), spans[i][1]) is not None for i in long)
            if len(long) >= 2 and len(long) * 3 >= len(p) and ends * 2 >= len(long):
                for i in p:  # a turn label alone on its line ("John Milewski:") stays with its talk
                    if out and out[-1] and out[-1][-1] == i - 1 and _alone_label(t, *spans[i - 1]):
                        out[-1].append(i)
                    else:
                        out.append([i])
                continue
        out.append(p)
    return out


def _alone_label(t: str, fs: int, le: int) -> bool:
    """A turn label alone on its line: "John Milewski:", "JM:"."""
    if le - fs > 60 or not t[fs:le].rstrip().endswith(":"):
        return False
    lab = _label_of(t, fs, le)
    return lab is not None and not _WORD.search(t, lab[2], le)


#: words a sentence does not end on: a line that stops on one was cut mid-sentence ("... departure of the")
_RUN_ON_WORDS = frozenset("the a an of to and or but in on at for with from by as that which who whose is are was were be "
                          "been has have had not its their his her our your my this these those than into about".split())
#: a line that carries on a sentence: it opens on a word, not on a slug ("liselotte_odgaard") or a caption's
#: label ("photo: ...")
#: (not a credit's capitalised opening, "Written by Ana Ruiz" under a dek that stops mid-sentence)
_RUN_ON_START = re.compile(r"(?!(?:Written|Words|Reported|Story|Text)[ \t]+by\b)[^\W\d_]+(?![\w:])(?![ \t]*:)")


_SENT_INSIDE = re.compile(r"[a-z][.!?][\"'\u201d\u2019)]?[ \t]+[\"'\u201c\u2018(]?[A-Z]")


def continues_line(t: str, prev: tuple[int, int], fs: int, le: int) -> bool:
    """Whether the line ``fs:le`` carries on the sentence of the long line ``prev`` before it in the same
    paragraph (prose wrapped at a fixed width with no blank lines: "... to that of U.S. President" /
    "Donald Trump, asking why ..."): part of that prose, never a page's furniture of its own.

    >>> t = "now compare their government's approach to domestic and foreign policy to that of U.S. President\\nDonald Trump, asking why."
    >>> continues_line(t, (0, 96), 97, len(t))
    True
    >>> t = "Lebanese Cabinet welcomes the Army's confidential plan to disarm Hezbollah today\\nby Dalal Saoud"
    >>> continues_line(t, (0, 80), 81, len(t))
    False
    """
    pfs, ple = prev
    if ple - pfs < 70 or not (t[ple - 1].isalpha() or t[ple - 1] == ",") or _RUN_ON_START.match(t, fs, le) is None:
        return False
    # the line before is prose itself, not a title over a byline ("... to Disarm Hezbollah" / "by Dalal Saoud"):
    # it carries on a sentence (opens in lower case) or holds a sentence's end
    return t[pfs].islower() or _SENT_INSIDE.search(t, pfs, ple) is not None


def _join_wrapped(t: str, spans: list[tuple[int, int]], paras: list[list[int]], sub_from: int) -> list[list[int]]:
    """A transcript page that wraps its long lines and puts a blank line after each (CNN's: "... It is not
    a voluntary departure of the" / "President, so there is no reason ..."): a paragraph whose last
    line is long (70 characters or more) and stops mid-sentence runs on into the next one when that
    one opens in lower case, or opens on a word after a line that stopped on "the", "of", "and" ...
    (the line stops on a word or a comma; never the title, never onto a turn label, never in subtitles,
    whose cues join already).

    >>> t = "A: This is a seizure of power by force. It is not a voluntary departure of the\\n\\nPresident, so no."
    >>> _join_wrapped("Title\\n\\n" + t, [(0, 5), (6, 6), (7, 85), (86, 86), (87, 104)], [[0], [2], [4]], 5)
    [[0], [2, 4]]
    """
    out: list[list[int]] = []
    for p in paras:
        if out and p[0] < sub_from:
            pfs, ple = spans[out[-1][-1]]
            fs, le = spans[p[0]]
            line = t[pfs:ple].rstrip()
            last = line.rsplit(None, 1)[-1].lower() if line else ""
            if len(out) > 1 and ple - pfs >= 70 and (line[-1].isalpha() or line[-1] == ",") and _RUN_ON_START.match(t, fs, le) \
                    and (t[fs].islower() or last in _RUN_ON_WORDS) and _label_of(t, fs, le) is None:
                out[-1] = out[-1] + p
                continue
        out.append(p)
    return out


def cue_runs_on(t: str, prev: tuple[int, int], fs: int, le: int) -> bool:
    """Whether a subtitle cue's text (``t[fs:le]``, after its speaker's label) carries on the sentence of the
    same speaker's cue before it (``prev``, a line span): that line stops on a word or a comma, as a video call's
    subtitles cut one sentence across cues, each under the speaker's name ("Tom Weiss: ... and the mediators are"
    / "Tom Weiss: running out of patience ..."; rule V1 of the 119th pass).

    >>> t = "Tom Weiss: the mediators are\\nTom Weiss: running out of patience."
    >>> cue_runs_on(t, (0, 28), 40, len(t)), cue_runs_on("Tom Weiss: It fails.\\nTom Weiss: Yes.", (0, 20), 32, 36)
    (True, False)
    """
    line = t[prev[0]:prev[1]].rstrip()
    return bool(line) and (line[-1].isalpha() or line[-1] == ",") and _WORD_START.match(t, fs, le) is not None


#: a cue's text opens on a word (not a bracketed sound, "[laughs]", or a quote)
_WORD_START = re.compile(r"[ \t]*[^\W\d_]")

