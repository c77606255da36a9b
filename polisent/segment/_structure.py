"""Document structure: lines, paragraphs, units (headings, turns, clutter) and their kinds.

Works on the masked view (see :mod:`._markup`); every offset is an offset into the original.
"""

from __future__ import annotations

import logging
import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment._lexicon import ClutterRule
from polisent.segment._markup import Masked
from polisent.segment._sentences import trim

__all__ = ["Unit", "build_units"]

logger = logging.getLogger(__name__)

_NEWLINE = re.compile(r"\r\n|[\n\r\u2028\u2029\x85]")
_LABEL = re.compile(
    r"(?P<label>[^\W\d_][\w'\u2019.\-]*(?:[ \t]+[^\W\d_][\w'\u2019.\-]*){0,4}(?:[ \t]+\d{1,2}(?![\d:]))?)[ \t]*"
    r"(?P<desc>(?:,[ \t]*[^:,\r\n]{1,40}?){1,3})?[ \t]*(?:\([^()\r\n]{0,60}\))?[ \t]*:(?=\s|\Z|[A-Z])"
)
_QA_DOT = re.compile(r"(Q|A|Question|Answer)[.)\u2013\u2014][ \t]+(?=\S)")
_BOLD_Q_INLINE = re.compile(r"[ \t]*(\*\*|__|<b>|<strong>)([^*_<>\r\n]{1,300}?\?)[ \t]*(?:\*\*|__|</b>|</strong>)[ \t]+(?=\S)",
                            re.IGNORECASE)
_BOLD_LINE = re.compile(r"[ \t]*(?:(\*\*|__)[^*_\r\n]{1,400}?\1|<(b|strong)>[^<\r\n]{1,400}</\2>)[ \t]*[.:?]?[ \t]*\Z", re.IGNORECASE)
_PARTICLES = frozenset("de da di du del der van von la le al el bin ibn ben st. jr. jr sr. sr".split())
_NOT_SPEAKERS = frozenset(
    """note notes photo image picture credit credits source sources update updated correction caption disclaimer
    warning summary background context example conclusion read watch listen published posted tags topics
    title subject date location keywords related share editor editors nb ps re fw fwd see also translation
    transcript part chapter section step question answer q a objective objectives result results
    bottom line key takeaways takeaway why how what when where who lesson next previous up more home menu listen
    download trending latest popular breaking live now also however yes no well so but and or then meanwhile
    today tomorrow yesterday here there this that these those it its they he she we i you our my his her
    sponsored advertisement episode episodes podcast video audio tag archive archives category""".split()
)
_QA = {"q": "Q", "question": "Q", "a": "A", "answer": "A"}
#: labels that name a role, not a person ("Interviewer:", "Guest:")
_ROLE_LABELS = {
    "Interviewer": SpeakerRole.INTERVIEWER, "Host": SpeakerRole.INTERVIEWER, "Moderator": SpeakerRole.INTERVIEWER,
    "Presenter": SpeakerRole.INTERVIEWER, "Anchor": SpeakerRole.INTERVIEWER,
    "Interviewee": SpeakerRole.INTERVIEWEE, "Guest": SpeakerRole.INTERVIEWEE, "Expert": SpeakerRole.INTERVIEWEE,
    "Respondent": SpeakerRole.INTERVIEWEE,
}
_TITLES = (r"(?:Professor|Prof\.|Dr\.?|Ambassador|General|Gen\.|Admiral|Adm\.|Colonel|Col\.|Senator|Sen\.|"
           r"Mr\.?|Ms\.?|Mrs\.?|Sir|Dame|Lord|Lady|Rev\.)")
_NOT_NAME_WORD = r"(?!(?:Of|The|And|For|To|On|At|In|With|From|By|About|After|Over|Under|Is|Are|Was|Has|Says|Said)\b)"
_NAME = (r"[A-Z][\w'\u2019-]+(?:[ \t]+" + _NOT_NAME_WORD +
         r"(?:[A-Z]\.|[A-Z](?=[ \t]+[A-Z][\w'\u2019-])|[A-Z][\w'\u2019-]+|de|van|von|der|al|bin|da|di|du|del|la|le|in[ \t]+['\u2019]t)){1,3}")
_NAME_RX = re.compile(_NAME)
_PARTICLE_HYPHEN = re.compile(r"(?:al|el|bin|ibn|abu|ul|ud|ad|as|ar|an|at)-[A-Z]")
_STANDFIRST = re.compile(
    rf"(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})(?:,[^,.;\r\n]{{1,160}},)?\s+(?:reviews|discusses|explains|talks|speaks|"
    r"assesses|analyses|analyzes|answers|considers|examines|looks|reflects|shares|weighs|outlines|describes|gives|"
    r"offers|argues|tells|warns|unpacks|breaks|sat|joins|joined|says)\b"
)
_GUEST = re.compile(
    rf"(?i:interview(?:ed)?\s+with|(?:spoke|speaking|talked|talking)\s+(?:to|with)|(?:our|my)\s+guest\s+(?:today\s+)?is|"
    rf"joined\s+by|conversation\s+with|interlocutor\s+is|(?:our|my|the)\s+guest\s+is)\s+(?:{_TITLES}\s+)?(?P<name>{_NAME})"
)
_HOST_RX = re.compile(
    rf"(?i:(?:interview(?:ed)?|conducted|hosted|moderated|presented|questions\s+asked)\s+by)\s+(?:{_TITLES}\s+)?(?P<host>{_NAME})"
    rf"|(?P<host2>{_NAME})(?:,[^,.;\r\n]{{1,80}},)?\s+(?:(?:speaks|spoke|talks|talked|sits\s+down|sat\s+down|chats|chatted|"
    rf"catches\s+up)\s+with|interviews|interviewed|asks|asked)\s+(?:{_TITLES}\s+)?(?P<guest>{_NAME})?"
    rf"|(?i:\b(?:host|anchor|presenter|moderator)),?\s+(?P<host3>{_NAME})"
)
_GUEST_RX = re.compile(
    rf"(?P<name>{_NAME})(?:,[^,.;\r\n]{{1,80}},)?\s+(?:joins|joined)\s+(?:us|me|the\s+program(?:me)?|the\s+show|the\s+podcast)"
    rf"|(?i:(?:our|my)\s+(?:next\s+)?guests?\s+(?:today\s+|now\s+|tonight\s+)?(?:is|are)|joining\s+(?:us|me)\s+(?:now\s+|today\s+)?(?:is|are)|"
    rf"interview(?:ed)?\s+with|(?:spoke|speaking|talked|talking|speaks|talks)\s+(?:to|with)|conversation\s+with|joined\s+by|welcome)\s*,?\s+"
    rf"(?:[^,.;\r\n]{{0,80}},\s+)?(?:{_TITLES}\s+)?(?P<name2>{_NAME})"
)
_BIO = re.compile(rf"(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})\s+(?:is|was|has\s+been)\b")
_AUTHOR_LINE = re.compile(rf"(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})[ \t]*")
_AUTHOR_LEAD = re.compile(rf"(?:(?i:writer['\u2019]?s\s+picture|author['\u2019]?s\s+picture)\s*)?(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})(?=\s*(?:,|$|\n))")
_WRITES = re.compile(rf"(?:\bwrites|\bargues|\bsays)\s+(?:{_TITLES}\s+)?(?P<name>{_NAME})\s*[.:]?\s*\Z")
_APPOSITIVE = re.compile(
    rf"(?:{_TITLES}[ \t]+)?(?P<name>{_NAME})[ \t]*(?:,|--|\u2014|\u2013)[ \t]*(?:an?[ \t]+|the[ \t]+)?(?:[\w-]+[ \t]+){{0,3}}"
    r"(?:research(?:er)?|fellow|professor|director|analyst|expert|scholar|scientist|ambassador|envoy|advis[eo]r|specialist|"
    r"economist|historian|lecturer|chair(?:man|woman)?|spokes(?:man|woman|person))\b"
)
_BYLINE = re.compile(rf"(?:by|written\s+by|interview\s+by|words\s+by)\s+(?P<name>{_NAME})", re.IGNORECASE)
_INTERVIEW_BY = re.compile(rf"(?:interview(?:ed)?|questions|conducted)\s+by\s+(?P<name>{_NAME})", re.IGNORECASE)
_WORD = re.compile(r"\w")
_SENT_END = re.compile(r"[.?!\u2026][\"'\u201d\u2019)\]]?\Z")
_TIMED_LINE = re.compile(r"[ \t]*(?:\d{1,6}[ \t]*$|[\[(]?:?\d{1,2}:\d{2}|WEBVTT)", re.MULTILINE)
_TS_ONLY = re.compile(r"(?:\d{1,6}|[\[(]?:?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[.,]\d{1,3})?[\])]?[.:]?)")
_VOICE = re.compile(r"[ \t]*<v(?:\.[^\s>]{1,40})?[ \t]+([^<>\r\n]{1,60})>")
_INLINE_TURN = re.compile(
    r"(?<=[.?!\u2026\"'\u201d\u2019)\]\u2013\u2014-])[ \t]+(?=(?:[A-Z][\w'\u2019.\-]*(?:[ \t]+[A-Za-z][\w'\u2019.\-]*){0,4})"
    r"[ \t]*(?:,[ \t]*[^:,\r\n]{1,40}?)?[ \t]*(?:\([^()\r\n]{0,40}\))?[ \t]*:[ \t])"
)
_DASH_LABEL = re.compile(
    r"(?:(?P<initials>(?:[A-Z]\.[ \t]?){2,5})|(?P<name>[A-Z][\w'\u2019.\-]+(?:[ \t]+(?:[A-Z][\w'\u2019.\-]+|da|de|do|dos|van|von|al|bin)){1,4}))"
    r"[ \t]+[\u2014\u2013][ \t]+(?=\S)"
)
_WELCOME = re.compile(
    r"(?i)\b(?:welcome(?:\s+(?:back|to))?|(?:we(?:'re|\s+are)\s+)?(?:very\s+)?(?:lucky|pleased|delighted|glad)\s+to\s+(?:be\s+joined|have|welcome)|"
    r"joined\s+(?:this\s+\w+\s+)?by|joining\s+(?:us|me)|(?:great|good|nice)\s+to\s+(?:see|have)\s+you|thanks?(?:\s+you)?\s+(?:so\s+much\s+)?for\s+(?:joining|coming|being\s+(?:here|with))|"
    r"(?:my|our)\s+guests?\b)"
)
_INTERVIEW_HINT = re.compile(
    r"(?i)\b(?:an?\s+interview\s+with|interview(?:ed)?\s+by|(?:in\s+)?conversation\s+with|q\s*&\s*a\b|"
    r"(?:spoke|speaks|talked|talks|sat\s+down)\s+(?:to|with)|this\s+interview\b|the\s+interview\b)"
)
_QMARK_END = re.compile(r"\?[\"'\u201d\u2019)\]]*\Z")


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
    list_items: list[int] = field(default_factory=list)


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


def _label_of(t: str, fs: int, le: int) -> tuple[str, str, int] | None:
    """(kind, label, content_start) for a line starting with 'Name:' / 'Q:' / 'JL:'."""
    m = _LABEL.match(t, fs, le)
    if m is None:
        d = _QA_DOT.match(t, fs, le)
        if d is not None:
            return "qa", _QA[d.group(1).lower()], d.end()
        if t.find("\u2014", fs, min(le, fs + 60)) < 0 and t.find("\u2013", fs, min(le, fs + 60)) < 0:
            return None
        d = _DASH_LABEL.match(t, fs, le)  # "Gaspard Estrada — Since ...", "G. E. — Have ..."
        if d is None:
            return None
        if d.group("initials"):
            return "initials", d.group("initials").replace(".", "").replace(" ", ""), d.end()
        label = " ".join(d.group("name").split())
        if label.lower().split()[0] in _NOT_SPEAKERS or label.lower().split()[-1] in _NOT_SPEAKERS:
            return None
        return "name", label, d.end()
    label = " ".join(m.group("label").split())
    desc = m.group("desc")
    if desc and not (label.isupper() and len(label) >= 2) \
            and not (" " in label and all(w[0].isupper() or w.lower() in _PARTICLES for w in desc.replace(",", " ").split())):
        return None  # "However, the point is: ..." is a sentence; "NAME, ROLE:" / "Full Name, Host, CNN:" take a description
    low = label.lower()
    if low in _QA:
        return "qa", _QA[low], m.end()
    if len(low) <= 3 and low[0] in "qa" and low[1:].isdigit():  # "Q1:", "A12:"
        return "qa", _QA[low[0]], m.end()
    words = label.split(" ")
    if low in _NOT_SPEAKERS or words[0].lower() in _NOT_SPEAKERS or words[-1].lower() in _NOT_SPEAKERS \
            or not words[0][0].isupper():
        return None
    if len(words) == 1 and 2 <= len(label) <= 4 and label.isalpha() and label.isupper():
        return "initials", label, m.end()
    if any(w.endswith(("'s", "\u2019s", "'S", "\u2019S")) for w in words):
        return None
    if not all(w[0].isupper() or w.lower() in _PARTICLES or _PARTICLE_HYPHEN.match(w) or w.isdigit() for w in words):
        # "President of Russia Dmitry Medvedev:": a title before the name; kept only when the
        # name is a speaker label elsewhere in the text (see _resolve_labels)
        if len(words) >= 4 and all(w[0].isupper() and w.isalpha() for w in words[-2:]):
            return "titled", " ".join(words[-2:]), m.end()
        return None
    return "name", label, m.end()


_HOST_DESC = re.compile(r"(?i)\b(?:host|anchor|presenter|moderator|interviewer|chair)\b")


def _label_desc(t: str, fs: int, le: int) -> str:
    """The description after a speaker label's name ("Host, CNN GPS"), or ''."""
    m = _LABEL.match(t, fs, le)
    return (m.group("desc") or "") if m else ""


def _heading_like(t: str, fs: int, le: int) -> bool:
    """A line that ends a sentence or reads as a heading (Title Case or CAPS words): a cue gap after it is a break."""
    line = t[fs:le].rstrip()
    if not line or line[-1] in ".!?:\u2026\"\u201d'\u2019)":
        return True
    words = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
    return bool(words) and len(line.split()) <= 12 and all(w[0].isupper() for w in words)


def _split_inline_turns(t: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut lines where a speaker turn starts inside them, as PDF-to-text extraction leaves turns
    ("Anna Berg: Will it hold? Omar Said: It may."): after a sentence end, a label that recurs in
    the text or names one of at least three turns starts a new (virtual) line."""
    if ":" not in t:
        return lines
    counts: Counter[str] = Counter()
    cands: list[tuple[int, int, str]] = []
    for i, (s, e) in enumerate(lines):
        if t.find(":", s, e) < 0:
            continue
        fs, le = trim(t, s, e)
        lab = _label_of(t, fs, le) if fs < le else None
        if lab is not None:
            counts[lab[1]] += 1
        for m in _INLINE_TURN.finditer(t, s, e):
            lab = _label_of(t, m.end(), le)
            if lab is not None:
                cands.append((i, m.end(), lab[1]))
                counts[lab[1]] += 1
    if not cands:
        return lines
    n_turns = sum(counts.values())
    ok = {lab for lab, n in counts.items() if n >= 2 or (" " in lab and n_turns >= 3)}
    if len(counts) < 2 or (("Q" in ok) != ("A" in ok) and ok <= {"Q", "A"}):
        return lines
    cuts: dict[int, list[int]] = {}
    for i, p, lab in cands:
        if lab in ok:
            cuts.setdefault(i, []).append(p)
    if not cuts:
        return lines
    out: list[tuple[int, int]] = []
    for i, (s, e) in enumerate(lines):
        for p in cuts.get(i, ()):
            out.append((s, p))
            s = p
        out.append((s, e))
    return out


def _title_like(t: str, fs: int, le: int, next_char: str) -> bool:
    """A short first line without final punctuation, followed by a line that starts a new
    sentence (a subtitle, a byline, a date), not by the rest of a wrapped sentence."""
    line = t[fs:le].rstrip()
    return 0 < len(line.split()) <= 20 and line[-1] not in ".,;:-" and not next_char.islower()


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _display(label: str) -> str:
    """'ELISE HU' -> 'Elise Hu'; other labels unchanged."""
    if label.isupper() and any(len(w) > 1 for w in label.split()):
        return " ".join(w if len(w) <= 1 else w[0] + w[1:].lower() for w in label.split())
    return label


def _text_names(t: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """Full names (two to four capitalised words) written in ``spans`` (the standfirst, the first
    turns), with a leading possessive dropped ("NPR's Scott Simon" -> "Scott Simon")."""
    out: list[str] = []
    for s, e in spans:
        for m in _NAME_RX.finditer(t, s, e):
            words = m.group().split()
            while words and words[0].endswith(("'s", "\u2019s", "'", "\u2019")):
                words = words[1:]
            if len(words) >= 2 and words[0].lower() not in _NOT_SPEAKERS and words[-1].lower() not in _NOT_SPEAKERS:
                out.append(" ".join(words))
    return out


def _resolve_labels(cands: Counter[tuple[str, str]], text_names: Sequence[str] = ()) -> dict[str, str]:
    """Accepted speaker labels -> canonical speaker name.

    A label seen once is enough when the text has other turns ("Bashar al-Assad:" once after
    "Charlie Rose:" twice); a surname or CAPS label is linked to the full name given by another
    label or by the standfirst ("SIMON:" -> "Scott Simon" from "NPR's Scott Simon speaks with ...").
    """
    n_turns = sum(n for (k, _), n in cands.items() if k in ("name", "initials"))
    full_by_surname: dict[str, set[str]] = {}
    for x in sorted(text_names, key=str.isupper):  # 'Ann Curry' before 'ANN CURRY'
        if x.isupper() and any(y.lower() == x.lower() for y in text_names if not y.isupper()):
            continue
        full_by_surname.setdefault(x.split()[-1].lower(), set()).add(x)
    names = {lab for (k, lab), n in cands.items() if k == "name" and n >= 2}
    if n_turns + cands[("qa", "Q")] + cands[("qa", "A")] >= 2:
        for (k, lab), n in cands.items():
            if k == "name" and n == 1 and (" " in lab or lab.lower() in full_by_surname
                                           or any(x.split()[-1] == lab for x in names if " " in x)):
                names.add(lab)
    multi = [x for x in names if " " in x]
    by_surname: dict[str, set[str]] = {}
    by_initials: dict[str, list[str]] = {}
    for x in multi:
        by_surname.setdefault(x.split()[-1].lower(), set()).add(x)
        by_initials.setdefault(_initials(x), []).append(x)

    def canonical(lab: str) -> str:
        low = lab.lower()
        if " " in lab:
            same = [x for x in text_names if x.lower() == low and not x.isupper()]
            return same[0] if same else _display(lab)
        full = by_surname.get(low) or full_by_surname.get(low) or set()
        full = {_display(x) if x.isupper() else x for x in full}
        return next(iter(full)) if len(full) == 1 else _display(lab)

    out = {lab: canonical(lab) for lab in names}
    for (k, lab), n in cands.items():
        if k == "titled" and lab not in out:
            same = [x for x in names if x.lower() == lab.lower() or (" " in x and x.split()[-1].lower() == lab.split()[-1].lower())]
            if len(same) == 1:
                out[lab] = canonical(same[0])
    for (k, lab), n in cands.items():
        if k == "initials":
            full = by_initials.get(lab, [])
            if len(full) == 1:
                out[lab] = canonical(full[0])
            elif lab.lower() in by_surname or lab.lower() in full_by_surname:
                out[lab] = canonical(lab)  # "HU:" is Elise Hu's surname, not initials
            elif n >= 2 or (n_turns >= 3 and len(lab) >= 3):
                out[lab] = lab
    if cands[("qa", "Q")] >= 1 and cands[("qa", "A")] >= 1 and cands[("qa", "Q")] + cands[("qa", "A")] >= 2:
        out["Q"], out["A"] = "Q", "A"
    elif cands[("qa", "Q")] >= 1 and any(lab != "Q" for lab in out) and cands[("qa", "Q")] + n_turns >= 3:
        out["Q"] = "Q"  # "Q1: ...?" questions answered in named turns ("Stephen Nagy: ...")
    return out


def _clutter(rules: Sequence[ClutterRule], plain: str, para: int, n_paras: int, first: bool = False) -> ClutterRule | None:
    n_words = plain.count(" ") + 1
    low: str | None = None
    for r in rules:
        if n_words > r.max_words or (first and r.not_first):
            continue
        if r.where == "head" and para >= 5 or r.where == "tail" and para < n_paras - 5:
            continue
        if r.keywords:
            low = plain.lower() if low is None else low
            if not any(k in low for k in r.keywords):
                continue
        if r.pattern.search(plain):
            return r
    return None


def build_units(text: str, mk: Masked, rules: Sequence[ClutterRule], *, transcript: bool = False) -> Layout:
    """Split ``text`` into units and decide their kind, speaker and role."""
    t = mk.text
    lines = _split_inline_turns(t, _lines(t))
    spans = [trim(t, s, e) for s, e in lines]
    heads = sorted(mk.headings)
    items = sorted(mk.list_items)

    def marker(sorted_pos: list[int], s: int, fs: int) -> int | None:
        i = bisect.bisect_left(sorted_pos, s)
        return sorted_pos[i] if i < len(sorted_pos) and sorted_pos[i] <= fs else None

    # subtitles and timestamped transcripts: from the first timing on, blank lines and timing-only
    # lines do not end a paragraph, so a sentence that runs across cues is one sentence again
    timed = [i for i, (s0, e0) in enumerate(lines) if _TIMED_LINE.match(text, s0, e0)]
    sub_from = timed[0] if len(timed) >= 3 and len(timed) * 7 >= sum(le > fs for fs, le in spans) else len(lines)
    skip = {i for i in timed if i >= sub_from and _TS_ONLY.fullmatch(t, *spans[i])}
    timed_set = set(timed)
    paras: list[list[int]] = []
    cur: list[int] = []
    gap, gap_timed = False, False
    for i, (fs, le) in enumerate(spans):
        if i in skip or (i >= sub_from and le <= fs and i in timed_set):
            gap = gap_timed = True
            continue
        if le > fs:
            if gap and cur and (i < sub_from or not gap_timed or _heading_like(t, *spans[cur[-1]])):
                paras.append(cur)
                cur = []
            gap = gap_timed = False
            cur.append(i)
        elif i < sub_from:
            if cur:
                paras.append(cur)
                cur = []
        else:
            gap = True
    if cur:
        paras.append(cur)

    labels: list[tuple[str, str, int] | None] = [None] * len(lines)
    voiced: set[int] = set()
    cands: Counter[tuple[str, str]] = Counter()
    for p in paras:
        for i in p:
            lab = _label_of(t, *spans[i])
            if lab is None and "<v" in text[lines[i][0]:spans[i][0]]:
                v = _VOICE.match(text, lines[i][0], lines[i][1])
                if v is not None:  # a WebVTT voice tag: <v Anna Kovacs>
                    lab = ("name", " ".join(v.group(1).split()), trim(t, v.end(), spans[i][1])[0])
                    voiced.add(i)
            labels[i] = lab
            if lab is not None:
                cands[(lab[0], lab[1])] += 1
    first_label = next((spans[i][0] for i, lab in enumerate(labels) if lab is not None and lab[0] != "qa"), len(t))
    intro_end = first_label
    for _ in range(2):  # the first two turns often name the guest and the host ("My guest is ...")
        nxt = next((spans[i][0] for i, lab in enumerate(labels) if lab is not None and spans[i][0] > intro_end), len(t))
        intro_end = nxt
    text_names = _text_names(t, [(0, min(intro_end, 6000))]) if cands else []
    accepted = _resolve_labels(cands, text_names)

    units: list[Unit] = []
    n_paras = len(paras)
    for pi, p in enumerate(paras):
        cur_u: Unit | None = None
        k = 0
        while k < len(p):
            i = p[k]
            s, e = lines[i]
            fs, le = spans[i]
            plain = " ".join(t[fs:le].split())
            rule = _clutter(rules, plain, pi, n_paras, first=not units and k == 0 and pi == 0)
            lab = labels[i]
            hd = marker(heads, s, fs)
            if rule is not None:
                last = p[-1] if rule.scope == "paragraph" else i
                units.append(Unit(fs, spans[last][1], list(range(i, last + 1)), pi, "clutter", fs,
                                  reason=rule.name, following=rule.following))
                cur_u = None
                if rule.scope == "paragraph":
                    break
                k += 1
                continue
            if lab is not None and lab[1] in accepted and i in voiced and cur_u is not None \
                    and cur_u.form == "label" and cur_u.label == accepted[lab[1]]:
                cur_u.end = le  # the same voice in the next cue: one turn
                cur_u.lines.append(i)
            elif lab is not None and lab[1] in accepted:
                cur_u = Unit(fs, le, [i], pi, "label", lab[2], label=accepted[lab[1]])
                units.append(cur_u)
            elif hd is not None or _BOLD_LINE.match(text, s, e):
                units.append(Unit(fs, le, [i], pi, "heading", fs, level=mk.headings[hd] if hd is not None else 9))
                cur_u = None
            elif (bq := _BOLD_Q_INLINE.match(text, s, e)) is not None and bq.end() < le \
                    and _WORD.search(t, bq.end(), le) and _WORD.search(t, s, bq.end(2)):
                # "**Why now?** Because ..." : the question and the start of its answer on one line
                qs, qe = trim(t, s, bq.end(2))
                units.append(Unit(qs, qe, [i], pi, "heading", qs, level=9))
                a_start = trim(t, bq.end(), le)[0]
                cur_u = Unit(a_start, le, [i], pi, "plain", a_start)
                units.append(cur_u)
            elif cur_u is None:
                nxt_char = t[spans[p[k + 1]][0]] if k + 1 < len(p) else ""
                if pi == 0 and k > 0 and units and units[0].form == "plain" and len(units[0].lines) == 1 \
                        and i < sub_from and _title_like(t, fs, le, nxt_char or "A"):
                    units.append(Unit(fs, le, [i], pi, "subtitle", fs))  # a subtitle under the title
                else:
                    cur_u = Unit(fs, le, [i], pi, "plain", fs)
                    units.append(cur_u)
                    if len(units) == 1 and nxt_char and i < sub_from and _title_like(t, fs, le, nxt_char):
                        cur_u = None  # a title line with a subtitle, byline or date under it
            elif _SENT_END.search(t, max(cur_u.start, cur_u.end - 3), cur_u.end) and not t[fs].islower() \
                    and (_QMARK_END.search(t, max(fs, le - 12), le) or _QMARK_END.search(t, max(cur_u.start, cur_u.end - 12), cur_u.end)):
                # one line per paragraph (pages copied with single line breaks): a question line and
                # the line after it are units of their own
                cur_u = Unit(fs, le, [i], pi, "plain", fs)
                units.append(cur_u)
            else:
                cur_u.end = le
                cur_u.lines.append(i)
            it = marker(items, s, fs)
            if it is not None and cur_u is not None and cur_u.lines[0] != i:
                cur_u.list_items.append(fs)
            k += 1
    for u in units:
        if u.form != "clutter" and not _WORD.search(t, u.content_start, u.end):
            u.form, u.reason = "clutter", "markup"
    _assign(text, t, units, accepted, 0 if transcript else lines[sub_from][0] if sub_from < len(lines) else len(t))
    speakers = _speakers(text, t, units)
    return Layout(units, speakers)


def _plain(t: str, u: Unit) -> str:
    return " ".join(t[u.content_start:u.end].split())


def _is_q(t: str, u: Unit) -> bool:
    return _QMARK_END.search(t, max(u.content_start, u.end - 12), u.end) is not None


def _assign(text: str, t: str, units: list[Unit], accepted: dict[str, str], timed_from: int | None = None) -> None:
    """Decide kind / role for every unit (speakers are filled in by :func:`_speakers`)."""
    # clutter that swallows the paragraphs after it ("About the author" + bio)
    for i, u in enumerate(units):
        if u.form == "clutter" and u.following:
            paras_seen: set[int] = set()
            for v in units[i + 1:]:
                if v.form in ("label", "heading") and not (v.form == "heading" and v.para == u.para):
                    break
                if v.para != u.para:
                    paras_seen.add(v.para)
                if len(paras_seen) > u.following:
                    break
                v.form, v.reason = "clutter", u.reason
    content = [u for u in units if u.form != "clutter"]
    head_q = [u for u in content if u.form == "heading" and _is_q(t, u)]
    plain_q = [u for u in content if u.form == "plain" and len(u.lines) == 1 and _is_q(t, u)
               and len(_plain(t, u).split()) <= 80]
    turns = [u for u in content if u.form == "label" and u.label not in ("Q", "A") and u.label not in _ROLE_LABELS]
    qa = [u for u in content if u.form == "label" and u.label in ("Q", "A")]
    # the title: the first content unit, when it looks like one
    title: Unit | None = None
    if content:
        f = content[0]
        nxt = content[1] if len(content) > 1 else None
        if f.form == "heading" and nxt is not None:
            others = [u.level for u in head_q if u is not f]
            if not _is_q(t, f) or f.level == 1 or (others and f.level < min(others)) or not others:
                title = f
        elif f.form == "plain" and nxt is not None and len(f.lines) == 1 and len(_plain(t, f).split()) <= 25 \
                and (timed_from is None or f.start < timed_from) \
                and not re.search(r"[.;,]\s*\Z|[.!?]\s+[A-Z]", _plain(t, f)) and not (_is_q(t, f) and len([u for u in plain_q if u is not f]) >= 2):
            title = f
    if title is not None:
        title.kind = SegmentKind.HEADING
    questions = {id(u) for u in head_q if u is not title}
    # a question heading followed straight by another heading is a title or dek, not a question
    for a, b in zip(content, content[1:]):
        if id(a) in questions and b.form in ("heading", "subtitle"):
            questions.discard(id(a))
    n_plain_q = len([u for u in plain_q if u is not title])
    # the title or standfirst says it is an interview: one bare question line is enough
    hinted = n_plain_q == 1 and any(_INTERVIEW_HINT.search(t, u.start, u.end) for u in content[:3] if u.form != "label")
    if hinted:  # ... and the question comes right after a short standfirst
        pq_ids = {id(u) for u in plain_q if u is not title}
        q1 = next(i for i, u in enumerate(content) if id(u) in pq_ids)
        hinted = sum(len(_plain(t, u).split()) for u in content[:q1] if u.form == "plain" and u is not title) <= 80
    if (n_plain_q >= 2 or hinted) and not turns and not qa:
        questions |= {id(u) for u in plain_q if u is not title}
    if questions and not turns and not qa:
        # an op-ed whose section headings are questions: several body paragraphs come before
        # the first question (an interview has at most a short standfirst there)
        first_q = next(i for i, u in enumerate(content) if id(u) in questions)
        body_before = [u for u in content[:first_q] if u.form == "plain" and u is not title]
        if len(body_before) >= 3:
            questions = set()
    roles = [u for u in content if u.form == "label" and u.label in _ROLE_LABELS]
    interview = bool(questions or turns or qa or roles)
    logger.debug("structure: %d units, interview=%s (questions=%d, turns=%d, Q/A=%d, role labels=%d), title=%s",
                 len(units), interview, len(questions), len(turns), len(qa), len(roles), title is not None)
    role_host = any(_ROLE_LABELS[u.label] is SpeakerRole.INTERVIEWER for u in roles) or any(u.label == "Q" for u in qa)
    interviewer = _interviewer(t, content, turns) if turns and not role_host else None
    has_a = any(u.label == "A" for u in qa)
    state: tuple[SegmentKind, str | None, SpeakerRole] | None = None
    for u in units:
        if u.form == "clutter":
            u.kind = SegmentKind.CLUTTER
            continue
        if u is title:
            continue
        if u.form == "subtitle":
            u.kind = SegmentKind.HEADING
            continue
        if u.form == "label":
            if u.label == "Q":
                u.kind, u.role = SegmentKind.QUESTION, SpeakerRole.INTERVIEWER
                state = (SegmentKind.QUESTION if has_a else SegmentKind.ANSWER, None,
                         SpeakerRole.INTERVIEWER if has_a else SpeakerRole.INTERVIEWEE)
            elif u.label == "A":
                u.kind, u.role = SegmentKind.ANSWER, SpeakerRole.INTERVIEWEE
                state = (u.kind, None, u.role)
            elif u.label in _ROLE_LABELS:
                u.role = _ROLE_LABELS[u.label]
                u.kind = SegmentKind.QUESTION if u.role is SpeakerRole.INTERVIEWER else SegmentKind.ANSWER
                state = (u.kind, None, u.role)
            else:
                u.speaker = u.label
                if interviewer is None:  # named turns beside a "Host:" label are the guests'
                    u.kind, u.role = SegmentKind.ANSWER, (SpeakerRole.INTERVIEWEE if role_host else SpeakerRole.UNKNOWN)
                elif u.label == interviewer:
                    u.kind, u.role = SegmentKind.QUESTION, SpeakerRole.INTERVIEWER
                else:
                    u.kind, u.role = SegmentKind.ANSWER, SpeakerRole.INTERVIEWEE
                state = (u.kind, u.speaker, u.role)
            continue
        if id(u) in questions:
            u.kind, u.role = SegmentKind.QUESTION, SpeakerRole.INTERVIEWER
            state = (SegmentKind.ANSWER, None, SpeakerRole.INTERVIEWEE)
            continue
        if u.form == "heading":
            u.kind = SegmentKind.HEADING
            continue
        if not interview:
            # a timestamped transcript without turns is a conversation whose speakers are unknown,
            # not an author's text: its questions stay questions
            transcript = timed_from is not None and timed_from < len(t)
            u.kind, u.role = SegmentKind.ANSWER, (SpeakerRole.UNKNOWN if transcript else SpeakerRole.AUTHOR)
        elif state is None:
            u.kind = SegmentKind.HEADING  # standfirst / intro before the first question
        else:
            u.kind, u.speaker, u.role = state


def _same_person(a: str, b: str) -> bool:
    return a.split()[-1].lower() == b.split()[-1].lower()


def _interviewer(t: str, content: list[Unit], turns: list[Unit]) -> str | None:
    """The speaker label of the interviewer (host) in a text with speaker turns.

    In order: the standfirst or the first turns name the host ("interviewed by X", "X speaks with
    Y", "host X") or the guest ("X joins us", "my guest is X", "an interview with X", leaving one
    other speaker); else the speaker whose turns end in a question most often, when clearly so.
    """
    labels: list[str] = []
    for u in turns:
        if u.label and u.label not in labels:
            labels.append(u.label)
    for u in turns:  # "Fareed Zakaria, Host, CNN GPS:" says it outright
        if u.label and _HOST_DESC.search(_label_desc(t, u.start, u.content_start)):
            return u.label
    turn_ids = {id(u) for u in turns}
    first_turn = next(i for i, u in enumerate(content) if id(u) in turn_ids)
    head = content[:first_turn] + [u for u in content[first_turn:first_turn + 8] if u.form == "label"][:3]
    hosts: list[str] = []
    guests: list[str] = []
    for u in head:
        for m in _HOST_RX.finditer(t, u.start, u.end):
            hosts.append(m.group("host") or m.group("host2") or m.group("host3"))
            if m.group("guest"):
                guests.append(m.group("guest"))
        for m in _GUEST_RX.finditer(t, u.start, u.end):
            if t[max(u.start, m.start() - 3):m.start()].rstrip().endswith(("'s", "\u2019s")):
                continue  # "Modi's interview with Zakaria": the name after 'with' is the host here
            guests.append(m.group("name") or m.group("name2"))
    for h in hosts:
        match = [lab for lab in labels if _same_person(lab, h)]
        if len(match) == 1 and not any(_same_person(match[0], g) for g in guests):
            return match[0]
    if guests:
        others = [lab for lab in labels if not any(_same_person(lab, g) for g in guests)]
        if len(others) == 1 and len(labels) >= 2:
            return others[0]
    # the speaker who opens with a welcome ("great to see you", "thanks for joining us") is the host
    opener = content[first_turn]
    if opener.label in labels and len(labels) >= 2 and opener.form == "label":
        end = next((u.start for u in content[first_turn + 1:] if u.form == "label"), opener.end)
        if _WELCOME.search(t, opener.content_start, max(end, opener.end)):
            return opener.label
    # turns: a label unit and the unlabelled units after it
    stats: dict[str, list[int]] = {lab: [0, 0, 0] for lab in labels}  # turns, turns ending in '?', turns with '?'
    cur: str | None = None
    last: Unit | None = None
    has_q = False

    def close() -> None:
        if cur is not None and last is not None:
            st = stats[cur]
            st[0] += 1
            st[1] += _is_q(t, last)
            st[2] += has_q

    for u in content[first_turn:]:
        if u.form == "label":
            close()
            cur, last, has_q = (u.label if id(u) in turn_ids else None), u, False
        elif u.form == "heading":
            continue
        else:
            last = u
        has_q = has_q or "?" in t[u.content_start:u.end]
    close()
    ranked = sorted(stats.items(), key=lambda kv: (kv[1][1] / max(kv[1][0], 1), kv[1][2] / max(kv[1][0], 1)), reverse=True)
    if not ranked:
        return None
    best, (n, ends, has) = ranked[0]
    if ends == 0 and has == 0:
        return None
    ratio = ends / n
    second = ranked[1][1][1] / max(ranked[1][1][0], 1) if len(ranked) > 1 else 0.0
    if ratio >= 0.5 or (ends >= 1 and ratio >= 2 * second) or (ends == 0 and has / n >= 0.5 and len(ranked) > 1
                                                               and ranked[1][1][2] == 0):
        return best
    return None


def _names(rx: re.Pattern[str], t: str, units: Sequence[Unit]) -> list[str]:
    out = []
    for u in units:
        for m in rx.finditer(t, u.start, u.end):
            out.append(" ".join(m.group("name").split()))
    return out


def _agree(names: Sequence[str]) -> str | None:
    """The one person all candidate names refer to (by surname), else None."""
    if not names:
        return None
    surnames = {n.split()[-1] for n in names}
    if len(surnames) != 1:
        return None
    return max(names, key=len)


def _speakers(text: str, t: str, units: list[Unit]) -> list[tuple[str | None, SpeakerRole]]:
    """Name the interviewee / author where the text says who it is, and list the speakers."""
    heads = [u for u in units if u.kind is SegmentKind.HEADING]
    bios = [u for u in units if u.kind is SegmentKind.CLUTTER and u.reason == "author_bio"]
    bylines = [u for u in units if u.kind is SegmentKind.CLUTTER and u.reason == "byline"]
    has_q = any(u.kind is SegmentKind.QUESTION for u in units)
    answers = [u for u in units if u.kind is SegmentKind.ANSWER]
    out: list[tuple[str | None, SpeakerRole]] = []

    def add(name: str | None, role: SpeakerRole) -> None:
        if (name, role) not in out:
            out.append((name, role))

    if any(u.form == "label" and u.label not in ("Q", "A") and u.label not in _ROLE_LABELS for u in units):
        for u in units:
            if u.form == "label" and u.speaker is not None:
                add(u.speaker, u.role)
        return out
    bio_names = [m.group("name") for u in bios for m in [_BIO.search(t, u.start, u.end)] if m]
    if has_q:
        first = [u for u in units if u.kind is SegmentKind.QUESTION][:1]
        cands = _names(_STANDFIRST, t, heads) + _names(_GUEST, t, heads + first) + [
            " ".join((m.group("name") or m.group("name2")).split()) for u in heads + first for m in _GUEST_RX.finditer(t, u.start, u.end)]
        name = _agree(cands) if cands else None
        if name is None and not cands:
            # "Kyaw Moe Tun is now ..., he says" opening the standfirst
            lead = [" ".join(m.group("name").split()) for u in heads[:4] for m in [_BIO.match(t, u.start, u.end)] if m]
            if not lead:  # '... trusted," Dr Jagannath P Panda -- research fellow at ...'
                lead = [" ".join(m.group("name").split()) for u in heads[:6] for m in _APPOSITIVE.finditer(t, u.start, u.end)]
            name = _agree(bio_names) if bio_names else (_agree(lead[:1]) if lead else None)
        elif name is not None and bio_names and _agree(bio_names + [name]) is None:
            name = None  # the bio is about someone else: do not guess
        for u in answers:
            if u.role is SpeakerRole.INTERVIEWEE and u.speaker is None:
                u.speaker = name
        by = [m.group("name") for u in bylines for m in [_INTERVIEW_BY.match(t, u.start, u.end)] if m]
        host = _agree(by) if by else None
        if host is not None and name is not None and host.split()[-1] == name.split()[-1]:
            host = None
        for u in units:
            if u.kind is SegmentKind.QUESTION and u.speaker is None:
                u.speaker = host
        add(host, SpeakerRole.INTERVIEWER)
        if answers:
            add(name, SpeakerRole.INTERVIEWEE)
        return out
    if answers:
        by = [m.group("name") for u in bylines for m in [_BYLINE.search(t, u.start, u.end)] if m]
        if not by:  # no "By X": an author line (a name alone, or with an affiliation)
            by = [m.group("name") for u in bylines
                  for m in [_AUTHOR_LINE.fullmatch(t, u.start, u.end) or _AUTHOR_LEAD.match(t, u.start, u.end)] if m]
        if not by:  # "..., writes Na'eem Jeenah." in the standfirst
            by = _names(_WRITES, t, heads + [u for u in units if u.kind is not SegmentKind.CLUTTER][:4])
        name = _agree(by) if by else _agree(bio_names)
        for u in answers:
            u.speaker = name
        add(name, SpeakerRole.AUTHOR)
    return out
