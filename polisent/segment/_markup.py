"""A same-length, markup-free view of a text, so every offset found in it is an offset into
the original.

Markup characters become spaces (HTML tags, markdown link targets, emphasis marks, heading
hashes, list markers, quote markers, the outer pipes of table rows, transcript timings such as
``00:00:01.000 --> 00:00:04.000``, ``[00:12:31]`` or ``00:05`` glued to the start of a line);
block-level HTML tags become line breaks; entities become the character they stand for followed
by spaces. ``len(mask(t)) == len(t)`` always.

>>> mask("**Why?** See [the plan](https://x.org/a.b).")
'  Why?   See  the plan                    .'
>>> mask("| Anna Berg, Senior Contributor |")
'  Anna Berg, Senior Contributor  '
"""

from __future__ import annotations

import html
import logging
import re

__all__ = ["STARTING_POINT", "Masked", "mask", "scoring_text"]

logger = logging.getLogger(__name__)

_COMMENT = re.compile(r"<!--(?:[^-]|-(?!->)){0,5000}-->")
_BLOCK_TAG = re.compile(
    r"</?(?:p|br|div|h[1-6]|li|ul|ol|blockquote|tr|table|section|article|header|footer|figure|figcaption|hr)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
_PARA_TAG = re.compile(r"</(?:p|div|h[1-6]|blockquote|ul|ol|table|section|article|header|footer|figure|figcaption)\s*>|<hr\b[^<>]{0,500}>", re.IGNORECASE)
_HEADING_OPEN = re.compile(r"<h([1-6])\b[^<>]{0,500}>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]{0,30}(?:\s[^<>]{0,500})?/?>")
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_IMAGE = re.compile(r"(!\[)([^\[\]\r\n]{0,1000})(\]\()([^()\s]{0,2000})(\))")
_LINK = re.compile(r"(\[)([^\[\]\r\n]{0,1000})(\]\()([^()\s]{0,2000})(\))")
_BOL = r"(?:^|(?<=[\n\r\u2028\u2029\x85]))"
_EOL = r"(?=[\n\r\u2028\u2029\x85]|\Z)"
_MARKS = r"([ \t]{0,3})(#{1,6}(?=[ \t\n\r\u2028\u2029\x85]|\Z)|(?:>[ \t]?)+|[-*+\u2022\u25aa\u2023\u2013\u2014][ \t]+|\d{1,3}[.)][ \t]+)"
_LINE_MARK_FAST = re.compile(r"^" + _MARKS, re.MULTILINE)  # lines ending in \n only
_LINE_MARK = re.compile(_BOL + _MARKS)  # any line break (\r alone, U+2028, ...)
_TRAILING_HASH = re.compile(r"#(?<=[ \t]#)#*[ \t]*" + _EOL)
_TS = r"[\[(]?:?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?\.?"
#: a cue timing line ("00:00:01.000 --> 00:00:04.000 align:start"), and the SRT cue number above it
_CUE_TIMING = re.compile(r"(?m)^(?:[ \t]*\d{1,6}[ \t]*\n)?[ \t]*" + _TS + r"[ \t]*(?:-->|->|\u2192)[ \t]*" + _TS
                         + r"[\d:.,]*(?:[ \t]+[A-Za-z-]+:[^\s:]+){0,8}[ \t]*$")  # (a timing cut off at a page's end: "0:01:1")
#: a cue's timing inside a line of text, as a flattened page writes the cues ("00:00:08.000 --> 00:00:11.000 So today
#: we have ..."): the timing goes, the words stay (before pass 119 a short such line was blanked whole, the claim with it)
_INLINE_CUE = re.compile(_TS + r"[ \t]*(?:-->|\u2192)[ \t]*" + _TS + r"(?:[ \t]+(?:align|position|line|size|region|vertical):[^\s:]+){0,6}")
#: a timestamp that starts a line of text ("00:05I think ...", "[00:12:31] We ...", ":00:17. > :00:21.Welcome",
#: a transcript table's "0:07.8 | distinguished fellow ... |", a podcast site's "Starting point is 00:00:54 And ...")
#: a podcast site's lead-in to a line's time ("Starting point is 00:00:54 And ..."); the line may open on a sum
#: (":01:22. > :01:25.$8 or $9 billion to help ..."; rule T1 of pass 115)
STARTING_POINT = r"Starting[ \t]+point[ \t]+is[ \t]+"
_LEAD_TS = re.compile(r"(?m)^[ \t]*(?:\|[ \t]*)?(?:" + STARTING_POINT + r")?" + _TS + r"(?:[ \t]*>[ \t]*" + _TS + r")?(?:[ \t]*\|)?"
                      # (not a clock's time, "10:00 am" alone: a caption archive's minute mark, a timestamp line; pass 120)
                      r"(?![ \t]*(?i:[ap]\.?m)\b\.?[ \t]*$)"
                      r"(?=[ \t]*[^\W\d_\s]|[ \t]*[\"'\u201c\u2018(\u2014-][ \t]*\w|[ \t]*[$\u00a3\u20ac\u00a5]\d)")  # (or a sum: "$8 billion")
#: a subtitle table's cue times ending a row ("up by two search vessels earlier | 0:00:00 | 0:00:02 | |"),
#: and its header ("Line | From | To | |" over "---|---|---|---|")
_TRAIL_TS = re.compile(r"(?m)[ \t]*\|[ \t]*" + _TS + r"[ \t]*\|[ \t]*" + _TS + r"[ \t]*(?:\|[ \t]*)*$"
                       r"|^[ \t]*Line[ \t]*\|[ \t]*From[ \t]*\|[ \t]*To[ \t]*(?:\|[ \t]*)*$|^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|){2,}[ \t]*-*[ \t]*$")
_TRAIL_HINT = re.compile(r"\|[ \t]*(?:\d{1,2}:\d{2}|From[ \t]*\|)")
#: a line :data:`_TRAIL_TS` may change holds one of these (it is tried on those lines only: its patterns are line-bound)
_TRAIL_LINE = re.compile(r"\|[ \t]*(?:[\[(]?:?\d{1,2}:\d{2}|From[ \t]*\||:?-{3,})")
#: a bracketed timestamp inside a line ("... he said. [00:12:31] And ...")
_BRACKET_TS = re.compile(r"\[\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]")
#: a footnote's reference run into the word that ends a line ("R. Evan Ellis[1]" under a title: a byline);
#: a sentence keeps its marks ("... on March 25.[3] In November ...")
_FOOTNOTE_REF = re.compile(r"\[(?<=[^\W\d_]\[)\d{1,3}\](?=[ \t]*(?:\n|\Z))")  # (the "[" first: scanned for, not tried everywhere)
#: a page archive's date stamp run into a document's first line (" date 2022-06-13 Q: You refer ...")
_DATE_STAMP = re.compile(r"\A\s*date[ \t]+\d{4}-\d{2}-\d{2}[ \t]+")
#: a WebVTT file's signature line with the episode's title after it ("WEBVTT - Is Ethiopia On the Brink of War?"): the
#: signature is markup, the title a heading (not the interviewer's first question); a cue's timing run onto the same line
#: by a flattened page ("WEBVTT 00:01.300 --> 00:03.366 ...") is no title
_VTT_TITLE = re.compile(r"\A[ \t\r\n]*WEBVTT(?:[ \t]+[-\u2013\u2014:|][ \t]*|[ \t]+)(?=[^\s\d]|\d(?!\d?:\d\d))")
_STARS = re.compile(r"[*`~]+")
#: the outer pipes of a table row ("| Dionis Cenuşa, Senior Contributor |", a "|" alone on its line)
_TABLE_PIPES = re.compile(r"(?m)^[ \t]*+\|++|\|(?<!\|\|)\|*+[ \t]*+$")  # (a run of pipes not after a pipe)
_UNDERSCORES = re.compile(r"_+")


class Masked:
    """The masked view plus what the masking learnt about line-level markup."""

    __slots__ = ("headings", "list_items", "text")

    def __init__(self, text: str, headings: dict[int, int], list_items: set[int]) -> None:
        self.text = text
        self.headings = headings  #: masked position of a heading's start -> level (markdown or HTML)
        self.list_items = list_items  #: positions where a bullet or numbered item begins


def _spaces(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def _spaces_keep_lines(m: re.Match[str]) -> str:
    return "".join(c if c == "\n" else " " for c in m.group())


def _block(m: re.Match[str]) -> str:
    n = m.end() - m.start()
    if _PARA_TAG.fullmatch(m.group()):
        return ("\n\n" + " " * n)[:n] if n >= 2 else "\n"
    return ("\n" + " " * n)[:n]


def _entity(m: re.Match[str]) -> str:
    n = m.end() - m.start()
    ch = html.unescape(m.group())
    if len(ch) != 1 or ch.isspace():
        return " " * n
    return ch + " " * (n - 1)


def _stars(m: re.Match[str]) -> str:
    g = m.group()
    if g == "~":
        return g  # a single tilde is text ("~5 km"); "~~" is strike-through
    return " " * len(g)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _underscores(m: re.Match[str]) -> str:
    s, (a, b) = m.string, m.span()
    if a > 0 and b < len(s) and _is_word(s[a - 1]) and _is_word(s[b]):
        return m.group()  # inside a word: snake_case, URLs
    return " " * (b - a)


def _odd_breaks(t: str) -> bool:
    return "\u2028" in t or "\u2029" in t or "\x85" in t or t.count("\r") != t.count("\r\n")


def _link(m: re.Match[str]) -> str:
    return " " * len(m.group(1)) + m.group(2) + " " * (len(m.group(3)) + len(m.group(4)) + len(m.group(5)))


def _sub_lines(rx: re.Pattern[str], hint: re.Pattern[str], t: str) -> str:
    r"""``rx.sub(_spaces, t)`` for a line-bound ``rx`` (``(?m)``, no match across a line break), tried only
    on the lines where ``hint`` matches (every line ``rx`` can change has one): the same text, faster.

    >>> _sub_lines(_TRAIL_TS, _TRAIL_LINE, "Hi | 0:01 | 0:04\nno pipe\n|---|---|")
    'Hi              \nno pipe\n         '
    """
    out: list[str] = []
    last = 0
    for m in hint.finditer(t):
        s = t.rfind("\n", 0, m.start()) + 1
        if s < last:
            continue  # (a second hint on a line already done)
        e = t.find("\n", m.end())
        e = len(t) if e < 0 else e
        out += (t[last:s], rx.sub(_spaces, t[s:e]))
        last = e
    out.append(t[last:])
    return "".join(out)


#: the Unicode hyphen and non-breaking hyphen, one character each like the ASCII one
_HYPHENS = {0x2010: "-", 0x2011: "-"}


def mask(text: str) -> str:
    """Return the masked view of ``text`` (same length)."""
    from polisent.errors import check_text

    return mask_full(check_text(text, "mask() text")).text


#: a news site's name card glued inside a sentence after the linked surname: the full name, the person's latest headlines,
#: then "MORE" ("And President TrumpDonald TrumpKushner lands book deal, ... Progressives rave over ... MORE has indicated
#: ..."; pass 120): blanked, so no sentence breaks there and no headline's actor enters the claim
_NAME_CARD = re.compile(r"(?P<sur>[A-Z][a-z][\w'\u2019-]*)[A-Z][a-z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,3}?[ \t]+(?P=sur)"
                        r"(?=[A-Z])[^\n]{5,400}?[ \t]MORE(?=[ \t])")


def mask_full(text: str) -> Masked:
    """Mask ``text`` and record headings and list items found on the way."""
    headings: dict[int, int] = {}
    list_items: set[int] = set()
    t = text
    if t.lstrip()[:5] == "date ":
        t = _DATE_STAMP.sub(_spaces, t)
    if "WEBVTT" in t[:64] and (vtt := _VTT_TITLE.match(t)) is not None and t[vtt.end():vtt.end() + 1] not in ("\n", "\r", ""):
        line = t.rfind("\n", 0, vtt.end()) + 1
        headings[line] = 1
        t = t[:line] + " " * (vtt.end() - line) + t[vtt.end():]
    if "<" in t:
        t = _COMMENT.sub(_spaces, t)
        for m in _HEADING_OPEN.finditer(t):
            headings[m.start() + 1] = int(m.group(1))
        t = _BLOCK_TAG.sub(_block, t)
        t = _TAG.sub(_spaces, t)
    if "&" in t:
        t = _ENTITY.sub(_entity, t)
    if ":" in t:
        if "-->" in t or "->" in t or "\u2192" in t:
            t = _CUE_TIMING.sub(_spaces_keep_lines, t)
            t = _INLINE_CUE.sub(_spaces, t)
        if "[" in t:
            t = _BRACKET_TS.sub(_spaces, t)
        t = _LEAD_TS.sub(_spaces, t)
        if "|" in t and _TRAIL_HINT.search(t):
            t = _sub_lines(_TRAIL_TS, _TRAIL_LINE, t)
    if "[" in t:
        t = _FOOTNOTE_REF.sub(_spaces, t)
    if "](" in t:
        if "![" in t:
            t = _IMAGE.sub(_link, t)
        t = _LINK.sub(_link, t)

    def line_mark(m: re.Match[str]) -> str:
        mark = m.group(2)
        pos = m.start()
        if mark.startswith("#"):
            headings[pos] = len(mark)
        elif not mark.startswith(">"):
            list_items.add(pos)
        return m.group(1) + " " * len(mark)

    t = (_LINE_MARK if _odd_breaks(t) else _LINE_MARK_FAST).sub(line_mark, t)
    if " #" in t or "\t#" in t:
        t = _TRAILING_HASH.sub(_spaces, t)
    if "*" in t or "`" in t or "~~" in t:
        t = _STARS.sub(_stars, t)
    if "_" in t:
        t = _UNDERSCORES.sub(_underscores, t)
    if "|" in t:
        t = _TABLE_PIPES.sub(_spaces, t)
    if " MORE" in t:  # a news site's inline name card ("President TrumpDonald TrumpKushner lands book deal ... MORE has ...")
        t = _NAME_CARD.sub(lambda m: m.group("sur") + " " * (m.end() - m.end("sur")), t)
    if "\u2010" in t or "\u2011" in t:
        t = t.translate(_HYPHENS)  # typographic hyphens read as "-" by every rule ("Al\u2010Mulhim" is "Al-Mulhim")
    if len(t) != len(text):  # pragma: no cover - every substitution keeps length
        raise RuntimeError("internal error: masking changed the text length")
    return Masked(t, headings, list_items)


#: markup a claim can carry inside its span: cue timings and voice tags of a sentence that runs
#: across subtitle cues, HTML tags, Markdown emphasis and links
_MARKUP_HINT = re.compile(r"-->|<[A-Za-z/]|\*\*|__|\]\(|\n[ \t]*:?\d{1,2}:\d{2}|\|[ \t]*(?:\n|\Z)| MORE ")


def scoring_text(text: str) -> str:
    """The claim text the models read: markup inside the claim blanked to spaces, same length, so
    target offsets still hold ("...violation\\n\\n00:26.5 --> 00:29.1\\n<v Ann>of law." reads as one
    sentence).

    >>> scoring_text("It is a violation\\n00:00:26.560 --> 00:00:29.120\\n<v Ann>of law.").split()
    ['It', 'is', 'a', 'violation', 'of', 'law.']

    A timestamp alone on its line inside the claim goes too: a podcast app's or a video page's transcript puts
    one over every few words ("had less than a month to\\n0:11\\nget used to ...").

    >>> scoring_text("It is a\\n0:11\\nviolation of\\n[01:02:03]\\nlaw.").split()
    ['It', 'is', 'a', 'violation', 'of', 'law.']
    >>> scoring_text("the mediators are\\n\\n4\\n00:00:15.000 --> 00:00:19.000\\nTom Weiss: running out.").split()
    ['the', 'mediators', 'are', 'running', 'out.']
    """
    if not _MARKUP_HINT.search(text):
        return text
    t = mask_full(text).text
    if "-->" in text:  # a sentence cut across cues under its speaker's name: "Tom Weiss:" after the cue's timing goes
        for m in _CUE_LABEL.finditer(text):
            t = t[:m.start(1)] + " " * (m.end(1) - m.start(1)) + t[m.end(1):]
    return _TS_ALONE.sub(_spaces, t) if "\n" in t else t


#: a speaker's label opening a cue's text, on the line after the cue's timing ("00:00:15.000 --> 00:00:19.000\nTom Weiss: ...")
_CUE_LABEL = re.compile(r"-->[^\n]*\n[ \t]*([A-Z][\w'\u2019.\-]*(?:[ \t]+[A-Z][\w'\u2019.\-]*){0,3}:)(?=[ \t])")


#: a timestamp alone on its line (a timed transcript's "0:11" or "[01:02:03]" between the words of one sentence)
_TS_ALONE = re.compile(r"(?m)^[ \t]*(?:" + _TS + r"){1,2}[ \t]*$")  # (a flattened subtitle table's ":00:20.:00:23." too)
