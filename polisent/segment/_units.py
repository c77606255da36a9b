"""Units of a document's structure: blocks of lines with a form, a kind, a speaker and a role.

Shared by :mod:`._structure` (building and classifying units), :mod:`._labels` (speaker turns) and
:mod:`._speakers` (who speaks); offsets are offsets into the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from polisent.records import SegmentKind, SpeakerRole

__all__ = ["INTERROGATIVE", "Layout", "Unit", "asks_unmarked"]

_NEWLINE = re.compile(r"\r\n|[\n\r\u2028\u2029\x85]")
_WORD = re.compile(r"\w")
#: how a question opens once a caption service has turned its "?" into " ." (shared by the
#: transcript test and the per-sentence question test)
ASR_QUESTION_OPENING = (
    r"(?i:(?:(?:and|so|but|now|well|then|okay|ok)\W+)*(?:what|why|how|who|whom|whose|when|where|which|is|are|was|"
    r"were|do|does|did|can|could|would|will|should|shall|have|has|had|isn'?t|aren'?t|don'?t|doesn'?t|didn'?t|"
    r"won'?t|wouldn'?t|couldn'?t)\b)"
)
#: a cue's time code opening a line of talk: glued to the words on a video page ("00:04President-elect
#: Trump, and ..."), or a transcript table's cell ("1:58.0 | Why is that? |")
_GLUED_CUE = re.compile(r"[ \t]*\d{1,2}:\d{2}(?::\d{2})?(?:[^\W\d_\"'\u201c\u2018]|(?:[.,]\d{1,3})?[ \t]*\|[ \t]*[^\W\d_\"'\u201c\u2018])")
_QMARK_END = re.compile(r"\?[\"'\u201d\u2019)\]]*\Z")
#: a sentence that opens as a question does ("Are you ...", "What do ...")
INTERROGATIVE = re.compile(r"\W*" + ASR_QUESTION_OPENING)
#: a question whose "?" an automatic transcript left out: an auxiliary before its subject ("Is it
#: unusual to ...", "What do you make of ...") or a tag at its end ("..., aren't they.")
_UNMARKED_Q = re.compile(
    r"(?i:(?:(?:and|so|but|now|well|okay|ok|just)\W+)*(?:(?:what|why|how|who|where|when|which)(?:[ \t\n]+[a-z]+)?[ \t\n]+)?"
    r"(?:do|does|did|is|are|was|were|can|could|would|will|should|have|has|had)[ \t\n]+"
    r"(?:you|we|they|it|he|she|there|that|this|these|those|the|your|our|their)\b)")
#: ... or a clause after a comma that asks the guest, the sentence opening on the host's set-up ("Okay, so to start
#: off with this might be a loaded question, but can you explain to us what ...")
_YOU_CLAUSE_Q = re.compile(
    r"(?i:[,;][ \t\n]+(?:(?:and|so|but|now|then)[ \t\n]+)?(?:(?:what|why|how|where|when|which)(?:[ \t\n]+[a-z]+)?[ \t\n]+)?"
    r"(?:do|does|did|can|could|would|will|should|are|were|have)[ \t\n]+you\b)")
#: a question tag ending the sentence: a negative one ("..., aren't they."), or a positive one after a negative
#: statement ("It has not changed since Biden was elected, has it.")
_TAG_Q = re.compile(r"(?i:,[ \t\n]*(?:is|are|was|were|do|does|did|will|would|should|can|could|have|has)(?P<neg>n['\u2019]?t)?"
                    r"[ \t\n]+(?:it|they|you|we|he|she|there|that))[ \t]*\.?[\"'\u201d\u2019)\]]*\Z")
_NEGATION = re.compile(r"(?i:\b(?:not|never|no)\b|n['\u2019]t\b)")
_LAST_SENTENCE = re.compile(r"(?:(?<=[.!?])[\"'\u201d\u2019)\]]*\s+)(?=[\"'\u201c\u2018(]?[A-Z])")


@dataclass(slots=True)
class Unit:
    """A block of lines that becomes one segment."""

    start: int
    end: int
    lines: list[int]
    para: int
    form: str  #: heading | subtitle | label | clutter | plain
    content_start: int  #: where claims may start (after a speaker label)
    level: int = 0  #: heading level (1 for '#', 9 for a bold line)
    label: str | None = None
    reason: str | None = None
    following: int = 0
    kind: SegmentKind = SegmentKind.ANSWER
    speaker: str | None = None
    role: SpeakerRole = SpeakerRole.UNKNOWN
    #: the role of the unit's non-question claims where the turn's speaker is unknown but the
    #: document says who talks (its questions stay the interviewer's)
    claim_role: SpeakerRole | None = None
    list_items: list[int] = field(default_factory=list)
    mark: bool = False  #: the unit opens with a caption turn mark (">>")
    asks: bool = False  #: a machine transcript's question without its "?" (see split_answered_prompts)
    sourced: bool = False  #: the speaker is a press review's source, which may be a newspaper ("The Guardian")
    #: a round-up expert's own comment in quotation marks inside the page's paragraph, and whose it is
    quotes: list[tuple[int, int]] = field(default_factory=list)
    quote_speaker: str | None = None
    intro: bool = False  #: the editor's standfirst or introduction, when the roles leave it a heading
    opening: bool = False  #: the host's opening of an unlabelled transcript (see :mod:`polisent.segment._host_opening`)


@dataclass(slots=True)
class Layout:
    units: list[Unit]
    speakers: list[tuple[str | None, SpeakerRole]]


def _lines(t: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in _NEWLINE.finditer(t):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(t)))
    return out
def _plain(t: str, u: Unit) -> str:
    return " ".join(t[u.content_start:u.end].split())


def _is_q(t: str, u: Unit) -> bool:
    if u.asks:
        return True
    m = _QMARK_END.search(t, max(u.content_start, u.end - 12), u.end)
    if m is None:
        return False
    if t[m.end() - 1:m.end()] == ")":  # "... has published a book, X (Revenge or Defense?)": a title in brackets;
        # "... generation. (Are you saying Putin is a radical?)": an interviewer's aside
        opened = t.rfind("(", u.content_start, m.start())
        return opened < 0 or not t[u.content_start:opened].strip() or INTERROGATIVE.match(t, opened + 1, m.start()) is not None
    return True


def asks_unmarked(t: str, start: int, end: int) -> bool:
    """The last sentence of ``t[start:end]`` asks without a question mark, as automatic
    transcripts write questions.

    >>> asks_unmarked("She joins me now. Is it unusual to\\nhave two spats in a week.", 0, 61)
    True
    >>> asks_unmarked("They are part of our country, aren't they.", 0, 42), asks_unmarked("What is clear is this.", 0, 22)
    (True, False)
    >>> asks_unmarked("Collins is with us. Just how concerning are those events.", 0, 57), asks_unmarked("\\nSo how has it\\nchanged.", 0, 23)
    (True, True)
    >>> asks_unmarked("It has not changed since she was elected, has it.", 0, 49), asks_unmarked("It has changed, has it.", 0, 23)
    (True, False)
    >>> asks_unmarked("Okay, so to start, but can you explain what the region is.", 0, 58)
    True
    """
    text = t[start:end].rstrip()
    if not text or "?" in text[-3:]:
        return False
    cuts = [m.end() for m in _LAST_SENTENCE.finditer(text)]
    last = (text[cuts[-1]:] if cuts else text).lstrip()
    if _UNMARKED_Q.match(last) is not None or _YOU_CLAUSE_Q.search(last) is not None:
        return True
    tag = _TAG_Q.search(last)
    return tag is not None and (tag.group("neg") is not None or _NEGATION.search(last, 0, tag.start()) is not None)


def is_lower_case(text: str) -> bool:
    """Machine captions written without capitals ("welcome to hardtalk. i'm stephen sackur."): fewer
    than one letter in 100 is upper case, over a sample of at least 200 letters. The segmenter splits
    such text by its own rules and the linker matches names in lower case there.

    >>> is_lower_case("welcome to hardtalk. i'm stephen sackur. " * 8), is_lower_case("Russia said no. " * 20)
    (True, False)
    """
    step = max(1, len(text) // 20000)
    sample = text[::step] if step > 1 else text
    # the ASCII letters counted as bytes (what str.isalpha and str.isupper say of ASCII: A-Z, a-z), the rest one by one
    ascii_ = sample.encode("ascii", "ignore")
    letters = len(ascii_) - len(ascii_.translate(None, _ASCII_LETTERS))
    upper = len(ascii_) - len(ascii_.translate(None, _ASCII_UPPER))
    if len(ascii_) != len(sample):
        rest = "".join(_NON_ASCII.findall(sample))
        letters += sum(map(str.isalpha, rest))  # map over C methods: several times faster than a loop
        upper += sum(map(str.isupper, rest))
    return letters >= 200 and upper * 100 < letters


_ASCII_UPPER = bytes(range(65, 91))
_ASCII_LETTERS = _ASCII_UPPER + bytes(range(97, 123))
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


#: a line of a broadcast script's slug ("TRT: 2:53", "VID APPROVED BY: MAS", "CONTRIBUTOR:"): a key
#: in capitals and a short value
_SLUG_LINE = re.compile(r"[ \t]*(?P<key>[A-Z][A-Za-z0-9 ()/&.'-]{1,30}?)[ \t]*:[ \t]*(?P<value>[^\r\n]*)")
#: slug keys also written in lower case ("Byline: ...", "Script editors: KE, MAS", "Vid approved by: mia")
_SLUG_KEYS = frozenset(
    ["headline", "published", "published at", "byline", "contributor", "contributors", "dateline", "videographer",
     "videographers", "producer", "producers", "script editor", "script editors", "editor", "editors",
     "video source", "video sources", "video source(s)", "platform", "platforms", "platform(s)", "trt",
     "vid approved by", "video approved by", "type", "slug", "camera", "graphics", "courtesy", "reporter",
     "correspondent", "location", "date"])
#: an instruction in brackets inside a slug key ("PLATFORMS (mark with X): WEB _X_ TV _X_")
_KEY_NOTE = re.compile(r"[ \t]*\([^()]*\)")
#: last words of a podcast's credits keys ("Craft Editor: ...", "Executive Producer: ...", "Host: ...")
_CREDIT_JOBS = frozenset("host hosts guest guests producer producers editor editors engineer engineers director directors "
                         "music mixing sound production presenter writer writers designer researcher researchers".split())


def slug_lines(t: str, spans: list[tuple[int, int]], paras: list[list[int]], *, min_run: int = 5) -> set[int]:
    """Lines of a script's metadata block: at least ``min_run`` consecutive lines of one paragraph (or of one-line paragraphs with no blank line between),
    each a key in capitals with a value of at most twelve words, no key twice. Not turns (a
    transcript's labels come back; these keys do not) but the editor's notes.

    >>> t = "TRT: 2:53\\nTYPE: TVR\\nDATELINE: Istanbul\\nPRODUCER:\\nSCRIPT EDITORS: LR\\nErdogan goes to Washington."
    >>> spans = [(0, 9), (10, 19), (20, 38), (39, 48), (49, 67), (68, 94)]
    >>> sorted(slug_lines(t, spans, [list(range(6))]))
    [0, 1, 2, 3, 4]
    >>> t = "TRT: 2:53\\nTYPE: TVR\\nPLATFORMS (mark with X): WEB _X_\\nPRODUCER:\\nSCRIPT EDITORS: LR\\nErdogan goes."
    >>> sorted(slug_lines(t, [(0, 9), (10, 19), (20, 52), (53, 62), (63, 81), (82, 95)], [list(range(6))]))
    [0, 1, 2, 3, 4]
    >>> t = "Host: Ann Lee\\nGuest: Bo Kim\\nProducer: Ann Lee\\nCraft Editor: Cy Fox\\nSupervising Editor: Di Ng\\nBO: Hi."
    >>> spans = [(0, 13), (14, 27), (28, 45), (46, 66), (67, 91), (92, 98)]
    >>> sorted(slug_lines(t, spans, [[i] for i in range(6)]))
    [0, 1, 2, 3, 4]
    """
    out: set[int] = set()
    # paragraphs of one line each (a page with no blank lines) that follow each other directly form one block
    blocks: list[list[int]] = []
    for p in paras:
        if blocks and p and blocks[-1] and p[0] == blocks[-1][-1] + 1 and t.count("\n", spans[blocks[-1][-1]][1], spans[p[0]][0]) == 1:
            blocks[-1] = blocks[-1] + p
        else:
            blocks.append(list(p))
    for p in blocks:
        run: list[int] = []
        keys: set[str] = set()
        for i in [*p, -1]:  # -1: the paragraph's end closes the last run
            m = _SLUG_LINE.fullmatch(t, *spans[i]) if i >= 0 else None
            key = m.group("key").strip() if m is not None and len(m.group("value").split()) <= 12 else None
            bare = _KEY_NOTE.sub("", key) if key is not None else ""  # "PLATFORMS (mark with X)": the key is PLATFORMS
            if key is not None and not (bare.isupper() or bare.lower() in _SLUG_KEYS
                                        or (bare.split() and bare.lower().split()[-1] in _CREDIT_JOBS)):
                key = None
            if key is None or key in keys or (run and i != run[-1] + 1):
                if len(run) >= min_run:
                    out.update(run)
                run, keys = [], set()
            if key is not None:
                run.append(i)
                keys.add(key)
    return out
