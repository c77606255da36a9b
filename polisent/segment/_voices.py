"""Anonymous voices of a recorded conversation: turns labelled "Speaker 1:", "<v Speaker 2>".

Automatic transcripts (podcast pages, caption files) label their voices by number and lose the
question marks, so neither the labels nor the "?" say who hosts. Two generic facts do:

- the host introduces the guest, so once the prose names the guest and one numbered voice is the
  guest's, the other numbered voice that opens the talk is the host's (:func:`host_voice`);
- a hard-wrapped transcript breaks lines anywhere, names included ("Anna\\nPols is an associate
  professor ..."): :func:`unwrap_names` gives the speaker search a copy of the text, of the same
  length (offsets are unchanged), where such a break between two capitalised words is a space.

>>> unwrap_names("He joined us from the Cooks today, Anna\\nPols is an associate professor at Massey University.\\n"
...              "She joins me this afternoon and we talk about the Pacific, and\\nthe deal signed in Beijing.\\n" * 3)[35:46]
'Anna Pols i'
"""

from __future__ import annotations

import re
from collections import Counter

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment._hosts import _NAME_RX, _SELF_INTRO
from polisent.segment._prefilter import Guarded
from polisent.segment._principal import GENERIC_LABEL, TITLED_NAME, is_person_name, is_place, person_part
from polisent.segment._sentences import split_sentences
from polisent.segment._units import Unit, asks_unmarked

__all__ = ["host_opening", "host_voice", "labelled_host_opening", "soundbite_voices", "unwrap_names"]

_NAMED = re.compile(TITLED_NAME)
_POSSESSIVE = re.compile(r"['\u2019]s?\b")
_CAPITAL = re.compile(r"\b[A-Z]")
#: a host's greeting to a guest by first name ("Hey Jeffrey, welcome back")
_HAIL = re.compile(r"\b(?:Hey|Hi|Hello|Welcome(?:\s+back)?|Morning|Evening|Good\s+(?:morning|evening|afternoon))[ \t,]+([A-Z][a-z'\u2019-]+)\b")
#: ... or with the name first ("Robert, good morning to you", "Anna, welcome to the show", "Te Lak
#: Devasher, Sir, Welcome on India Today")
_HAILED = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z'\u2019-]+),?\s+(?:(?:Sir|Madam|Ma['\u2019]am)[ \t]*,?\s+)?"  # a caption's
                     r"(?i:good\s+(?:morning|evening|afternoon|day)|welcome|"  # line may break anywhere in it
                     r"thanks?\s+(?:you\s+)?(?:for|so)|great\s+to\s+(?:have|see|talk))\b")

#: a first name opening a sentence as its vocative ("Caroline, key question then, what ...?")
_VOCATIVE = re.compile(r"[ \t\"'\u201c]*(?:(?:And|So|Now|Well),?[ \t]+)?([A-Z][a-z'\u2019-]+),[ \t]")

#: discourse words that open a host's sentence before a vocative ("So Lena, ...", "Okay Tom, ...")
_DISCOURSE = frozenset({"So", "Well", "Okay", "OK", "Ok", "Now", "And", "But", "Right", "Alright"})
#: the words before a credited name ("a show by", "produced by")
_CREDIT = re.compile(r"(?i)\bby[ \t]+\Z")
_JOINED = re.compile(r"(?i)\bjoin(?:ed|ing)\b")
#: a hand-over to the voice that speaks next: "Now here's Matt Jones."
_HERE_IS = re.compile(r"(?i:\b(?:now[ \t]+)?here(?:['\u2019]s|[ \t]+is)|\band[ \t]+now)[ \t]+(?=[A-Z])")


def _people(t: str, start: int, end: int) -> set[str]:
    """The people ``t[start:end]`` names in full, office words and greetings left out
    ("Former Prime Minister Helen Clarke this morning" names Helen Clarke)."""
    found: set[str] = set()
    for c in _CAPITAL.finditer(t, start, end):
        m = _NAMED.match(t, c.start(), end)
        if m is None or _POSSESSIVE.match(t, m.end()) or (_CREDIT.search(t, max(start, c.start() - 12), c.start())
                                                          and not _JOINED.search(t, start, c.start())):
            continue  # "This is Interrupted by Matt Jones": a show's credit names its maker, no voice about to speak
            # (but "I'm joined on this episode by Jason Smart" brings him in)
        name = person_part(" ".join(m.group("name").split()))
        if name is not None and name.split()[0] in _DISCOURSE and t.startswith(",", m.end()):
            continue  # "So Lena, let's start ...": a host's vocative after a discourse word, no "So Lena"
        if name is not None and is_person_name(name) and not is_place(name) and not _HAIL.match(name + ",") \
                and not any(name in f for f in found):
            found.add(name)
    return found

#: a line that a hard wrap broke mid-sentence: no end punctuation, the next line goes on in lower case
#: a capitalised word at a line's end and one at the next line's start
_NAME_BREAK = re.compile(r"\b([A-Z][a-z'\u2019-]+)\n(?=[A-Z][a-z'\u2019-]+[ \t,]|(?:is|was|has|says|said|joins|joined|who)[ \t])")
# (... or a name and the verb that introduces it: "Judith Collins\nis the Defense Minister and is with us")
_LINES_SAMPLED = 80
#: a name cut by a caption's cue time glued to the line after it ("Orakli\n00:23Kobakidze")
#: (or by the blanks the segmenter leaves where it took the cue time out: "Orakli\n     Kobakidze")
_CUE_NAME_BREAK = re.compile(r"\b([A-Z][a-z'\u2019-]+)(\n(?:(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[ \t]*|[ \t]{4,12}))(?=[A-Z][a-z'\u2019-]+\b)")


def _hard_wrapped(t: str) -> bool:
    """A third of the long lines of the first ones break off mid-sentence, three at least (a
    transcript wrapped at a width)."""
    head = t[: 80 * _LINES_SAMPLED]
    lines = head.split("\n")
    long = sum(1 for line in lines if len(line) >= 30)
    broken = _count_broken(lines)
    return broken >= 3 and 3 * broken >= long


_NOT_BROKEN_END = frozenset(".?!:;\"\u201d)]")


def _count_broken(lines: list[str]) -> int:
    """Lines broken off mid-sentence, in one pass: a line of 31 characters or more that ends without a
    stop, before a line that opens in lower case (a match takes that letter, so the next line's own
    match starts one character in). The same count as ``findall`` of the regex
    ``[^\\n]{30,}[^\\n.?!:;"\u201d)\\]]\\n[a-z]`` over the joined lines, which retried every start of
    a long line: quadratic in its length.

    >>> _count_broken(["a" * 40, "b" * 40, "c" * 31, "d", "e" * 20 + ".", "f"])
    2
    """
    n, prev = 0, False
    for i in range(len(lines) - 1):
        line, nxt = lines[i], lines[i + 1]
        prev = len(line) - prev >= 31 and line[-1] not in _NOT_BROKEN_END and "a" <= nxt[:1] <= "z"
        n += prev
    return n


def unwrap_names(t: str) -> str:
    """``t`` with a line break between two capitalised words (or a capitalised word and the verb
    after a name: "Collins\\nis the minister") made a space, in hard-wrapped text only (same length,
    so every offset into ``t`` holds)."""
    if "\n" not in t:
        return t
    # a caption's cue time glued to the next line cuts a name too: "Prime Minister Orakli\n00:23Kobakidze to find out"
    # (rule C2 of pass 114)
    t = _CUE_NAME_BREAK.sub(lambda m: m.group(1) + " " * len(m.group(2)), t)
    if not _hard_wrapped(t):
        return t
    return _NAME_BREAK.sub(r"\1 ", t)


def host_voice(t: str, units: list[Unit], guest: str) -> str | None:
    """The numbered voice that hosts a conversation whose guest's voice is ``guest``'s (a numbered
    voice the prose named): of two voices, the one that opens the talk; of more (a clip, a second
    host), the one whose turn comes right before the guest's first; no rule gave it a role, and it
    asks (with or without "?"). None otherwise: a newsreader who hands over to a correspondent ("This is Tomas
    Berg, in the capital") only names the other voice."""
    voices: list[str] = []
    talk = [u for u in units if u.kind in (SegmentKind.ANSWER, SegmentKind.QUESTION) and u.speaker]
    for u in talk:
        if u.speaker not in voices:
            voices.append(u.speaker)
    if len(voices) < 2 or guest not in voices or voices[0] == guest:
        return None
    host, hands_over = voices[0], False
    if len(voices) > 2:  # more voices (a clip, a co-host): the one whose turn hands over to the guest
        first = next(i for i, u in enumerate(talk) if u.speaker == guest)
        host = talk[first - 1].speaker
        # ... by name ("Sam, great to have you on"): then a role the rules guessed for it gives way
        names = {guest.split()[0], guest.split()[-1]}
        hands_over = any(re.search(rf"\b{re.escape(w)}\b", t[talk[first - 1].content_start:talk[first - 1].end]) for w in names)
    if not GENERIC_LABEL.fullmatch(host):
        return None
    own = [u for u in units if u.speaker == host]
    if not hands_over and any(u.role is not SpeakerRole.UNKNOWN for u in own):
        return None
    if any("?" in t[u.content_start:u.end] or asks_unmarked(t, u.content_start, u.end) for u in own):
        return host
    if hands_over and _hails_by_first_name(t, talk[first - 1], guest.split()[0]):
        return host  # "So Greg, let's start with what both sides have agreed to": the turn before the guest's first puts
        # it to him by his first name, as a host does (a newsreader's hand-over names the correspondent in full)
    return None  # a guest answering a greeting the excerpt cut ("... to you too.") opens it as well


def _hails_by_first_name(t: str, u: Unit, first_name: str) -> bool:
    """A sentence of ``u`` opens by addressing ``first_name`` ("So Greg, let's start ...", "Anna, welcome.").

    >>> u = Unit(0, 44, [0], 0, "label", 0)
    >>> _hails_by_first_name("It's Friday. So Greg, let's start with that.", u, "Greg")
    True
    >>> _hails_by_first_name("It's Friday. Greg Carlstrom reports from Cairo.", u, "Greg")
    False
    """
    for s, _ in split_sentences(t, u.content_start, u.end):
        m = _VOCATIVE.match(t, s, u.end)
        if m is not None and m.group(1) == first_name:
            return True
    return False


def mark_host(t: str, units: list[Unit], out: list[tuple[str | None, SpeakerRole]],
              name: str) -> list[tuple[str | None, SpeakerRole]]:
    """Give the host's voice (:func:`host_voice`) the interviewer's role and the turns of ``name``
    (the guest the prose named) the interviewee's; returns the document's speakers updated."""
    host = host_voice(t, units, name)
    if host is None:
        return out
    for u in units:
        if u.speaker == host:
            u.kind, u.role, u.claim_role = SegmentKind.QUESTION, SpeakerRole.INTERVIEWER, None
        elif u.speaker == name and u.role is SpeakerRole.UNKNOWN:
            u.role = SpeakerRole.INTERVIEWEE
    return [(n, SpeakerRole.INTERVIEWER if n == host else SpeakerRole.INTERVIEWEE if n == name and r is SpeakerRole.UNKNOWN
             else r) for n, r in out]


def soundbite_voices(t: str, units: list[Unit], out: list[tuple[str | None, SpeakerRole]]) -> list[tuple[str | None, SpeakerRole]]:
    """Name the numbered voices the host introduces right before they first speak: the guest the
    host greets by first name, in full where that turn gives the full name ("Robert Patman ... is with
    me this morning. Robert, good morning to you." / "Speaker 2: Good morning"); and the clip of a
    voice with at most two turns, after a host's turn that ends by naming one person ("... Former
    Prime Minister Helen Clarke this morning, when the radio suggested the government rethink." /
    "Speaker 2: But given the public mood ..."), not after a question nor a possessive ("Trump's").
    Returns the document's speakers, renamed."""
    turns = [u for u in units if u.form == "label" and u.label]
    count = Counter(u.label for u in turns)
    rename: dict[str, str] = {}
    seen = {turns[0].label} if turns else set()
    for prev, u in zip(turns, turns[1:]):
        lab = u.label
        first = lab not in seen  # the voice's first turn
        seen.add(lab)
        if not first or not GENERIC_LABEL.fullmatch(lab):
            continue
        sents = split_sentences(t, prev.content_start, u.start)
        if not sents:
            continue
        hail = _HAIL.search(t, *sents[-1]) or _HAILED.search(t, *sents[-1])
        here = next(((h, e) for s, e in sents[-2:] for h in (_HERE_IS.search(t, s, e),) if h is not None), None)
        if hail is None and here is not None:  # "Now here's Matt Jones. Welcome, everybody.": a hand-over
            found = _people(t, here[0].end(), here[1])
            if len(found) == 1 and next(iter(found)) not in rename.values():
                rename[lab] = next(iter(found))
            continue
        if hail is None and len(sents) > 1:  # "David, thanks for speaking with me. Let's start with ...?"
            hails = [h for s, e in sents[:-1] for h in (_HAILED.search(t, s, e),) if h is not None]
            hail = hails[-1] if len(hails) == 1 else None
        if hail is None and ("?" in t[sents[-1][0]:sents[-1][1]] or asks_unmarked(t, *sents[-1])):
            # the question hails the one it hands over to ("... our correspondent, Caroline Hawley, with me.
            # Caroline, what was on the agenda today?"): a first name the turn gives in full (below)
            hail = _VOCATIVE.match(t, *sents[-1])
        voc = None
        if hail is None:  # "So Lena, let's start with ...": a prompt that hails by first name someone the text named before
            voc = _VOCATIVE.match(t, *sents[-1])
        if hail is not None:  # "Hey Jeffrey, welcome back.": the full name the turn gives, whoever it is
            found = {n for n in _people(t, prev.content_start, u.start) if hail.group(1) in (n.split()[0], n.split()[-1])}
            found = found or _first_named(t, prev.content_start, hail.group(1))
        elif voc is not None and (named := _first_named(t, prev.content_start, voc.group(1))):
            found = named
        elif count[lab] > 2 or "?" in t[sents[-1][0]:sents[-1][1]] or asks_unmarked(t, *sents[-1]):
            continue
        else:
            found = _people(t, *sents[-1])
        if len(found) == 1 and next(iter(found)) not in rename.values():
            rename[lab] = next(iter(found))
    if not rename:
        return out
    for u in units:
        if u.speaker in rename:
            u.speaker = rename[u.speaker]
    return [(rename.get(n, n) if n else n, r) for n, r in out]


def _first_named(t: str, before: int, first_name: str) -> set[str]:
    """The people named in full in the 6,000 characters before ``before`` whose first name is ``first_name``
    (the guest the host hails by first name, introduced in full in the show's opening)."""
    return {n for n in _people(t, max(0, before - 6000), before) if n.split()[0] == first_name}


#: a host opening a show or welcoming a guest ("And joining me now is ...", "welcome to Meet the Press",
#: "Thank you so much for joining us", "We go now to ...")
_HOST_OPENS = re.compile(r"(?i)\b(?:joining\s+(?:me|us)\b|welcome\s+(?:back\s+)?to\b|thanks?\s+(?:you\s+)?(?:so\s+much\s+|very\s+much\s+)?"
                         r"for\s+joining\s+(?:me|us)\b|we\s+go\s+(?:now\s+)?to\b|let['\u2019]s\s+bring\s+in\b|"
                         r"(?:my|our)\s+(?:special\s+)?guests?\s+(?:today\s+|tonight\s+|this\s+week\s+)?(?:is|are)\b)")


#: a guest answering the welcome
_GUEST_REPLY = re.compile(r"(?i)\b(?:thanks?(?:\s+you)?(?:\s+(?:very|so)\s+much)?(?:\s+for\s+having\s+me\b|,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?[.!]|[.!]?\s*\Z)|"
                          r"(?:great|good|nice|a\s+pleasure|pleasure|happy|glad)\s+to\s+(?:be\s+(?:here|with\s+you|on)|join\s+you)\b|"
                          r"(?:the\s+)?pleasure\s+is\s+(?:mine|all\s+mine)\b|my\s+pleasure\b)")
#: (searched only where the turn holds a word every match holds: see _prefilter.Guarded)
_GUEST_REPLY_SCAN = Guarded(_GUEST_REPLY)


def host_opening(t: str, units: list[Unit]) -> None:
    """Unlabelled talk before the first question that opens a show or welcomes the guest ("00:00And
    joining me now is ...", "00:04Mr. Foreign Minister, welcome to Meet the Press."): the host's,
    not the guest's first answer. Only where no turn label names anyone, the host's words open the
    talk, and the talk up to the first question is short (at most eight units, 700 characters); a
    longer opening is the host's up to the guest's reply to his welcome (:func:`_welcomed_guest`).
    Where turn labels name the speakers, see :func:`labelled_host_opening`."""
    if any(u.form == "label" for u in units):
        labelled_host_opening(t, units)
        return
    _welcomed_guest(t, units)
    _show_opening(t, units)
    first_q = next((i for i, u in enumerate(units) if u.kind is SegmentKind.QUESTION), None)
    if first_q is None:
        return
    block = [u for u in units[:first_q] if u.kind is SegmentKind.ANSWER]
    if not block or any(u.role not in (SpeakerRole.UNKNOWN, SpeakerRole.INTERVIEWEE) for u in block):
        return
    # the guest's reply to the welcome ("Thanks, Richard. It's great to be here.") ends the host's opening
    reply = next((i for i, u in enumerate(block) if _GUEST_REPLY_SCAN.search(t, u.content_start, u.end)), None)
    block = block[:reply] if reply is not None else block
    if not block or len(block) > 8 or sum(u.end - u.start for u in block) > 700 \
            or not any(_HOST_OPENS.search(t, u.content_start, u.end) for u in block[:2]):
        return  # (a long block before the first question holds the guest's talk too)
    for u in block:
        u.kind, u.role, u.claim_role, u.speaker = SegmentKind.QUESTION, SpeakerRole.INTERVIEWER, None, None


#: the host names himself with the show: "From the New York Times, I'm Sabrina Tavernise, and this is The Daily."
_SHOW_SELF = re.compile(r"(?i)\bi['\u2019]m\s+(?-i:[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}),?\s+and\s+this\s+is\s+(?-i:(?:the\s+)?[A-Z])|"
                        r"\bthis\s+is\s+(?-i:(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}),?\s+i['\u2019]m\s+(?-i:[A-Z])")


def _show_opening(t: str, units: list[Unit]) -> None:
    """The first paragraph of unlabelled recorded talk, when the host opens the show in it under his
    own name ("From the New York Times, I'm X, and this is The Daily. ... Talk to me about what's at
    stake here."): the host's set-up and prompt, though no sentence of it asks with a question mark.
    Only where more talk follows and the paragraph holds at most three fifths of it."""
    talk = [u for u in units if u.kind in (SegmentKind.ANSWER, SegmentKind.QUESTION)]
    if len(talk) < 2 or talk[0].kind is not SegmentKind.ANSWER or talk[0].role not in (SpeakerRole.UNKNOWN, SpeakerRole.AUTHOR):
        return
    first = talk[0]
    if _SHOW_SELF.search(t, first.content_start, min(first.end, first.content_start + 300)) is None \
            or 5 * (first.end - first.start) > 3 * sum(u.end - u.start for u in talk):
        return
    first.kind, first.role, first.claim_role, first.speaker = SegmentKind.QUESTION, SpeakerRole.INTERVIEWER, None, None


#: the host's welcome to the guest, right before the guest's reply ("Sir, welcome to our podcast.")
_WELCOMES = re.compile(r"(?i)\bwelcome\b|\bthanks?\s+(?:you\s+)?(?:so\s+much\s+|very\s+much\s+)?for\s+(?:joining|being\s+with)\s+(?:me|us)\b")


def _welcomed_guest(t: str, units: list[Unit]) -> None:
    """The host's unlabelled opening up to the guest's reply to his welcome ("... He is also the author
    of the book X. Sir, welcome to our podcast." / "Thank you, Ray. ..."): the host's, however long
    (at most 30 units, 4,000 characters), where the talk opens the show or hails the guest.

    >>> from polisent.segment._units import Unit
    >>> t = "Welcome to Strait Talk. Our guest is Ana Ruiz. Ana, welcome to our podcast. Thank you, Tom. The deal is bad."
    >>> us = [Unit(s, e, [0], 0, "plain", s) for s, e in [(0, 23), (24, 46), (47, 75), (76, 91), (92, 108)]]
    >>> for u in us:
    ...     u.kind, u.role = SegmentKind.ANSWER, SpeakerRole.UNKNOWN
    >>> _welcomed_guest(t, us); [u.kind.value for u in us]
    ['question', 'question', 'question', 'answer', 'answer']
    """
    talk = [u for u in units[:60] if u.kind in (SegmentKind.ANSWER, SegmentKind.QUESTION)]
    for i, u in enumerate(talk[1:31], start=1):
        if u.kind is not SegmentKind.ANSWER or not _GUEST_REPLY_SCAN.search(t, u.content_start, min(u.end, u.content_start + 80)):
            continue
        if not any(_WELCOMES.search(t, v.content_start, v.end) for v in talk[max(0, i - 3):i]):  # (two questions may follow)
            return
        block = [v for v in talk[:i] if v.kind is SegmentKind.ANSWER]
        if not block or any(v.role is SpeakerRole.INTERVIEWER for v in block) or len(block) > 30 \
                or sum(v.end - v.start for v in block) > 4000 \
                or not any(_HOST_OPENS.search(t, v.content_start, v.end) or _WELCOMES.search(t, v.content_start, v.end)
                           for v in [w for w in talk if len(t[w.content_start:w.end].split()) >= 4][:3]
                           + [w for w in units[:60] if w.kind is not SegmentKind.CLUTTER][:4]):
            return
        for v in block:
            v.kind, v.role, v.claim_role, v.speaker = SegmentKind.QUESTION, SpeakerRole.INTERVIEWER, None, None
        return


def labelled_host_opening(t: str, units: list[Unit]) -> None:
    """Unlabelled talk above the first turn label, in which the labelled host gives his own name
    ("I'm Michel Martin and this is TELL ME MORE ... Here to tell us more is X. Welcome." over
    "KOJO OPPONG NKRUMAH: Hi, Michel" and later "MARTIN: ...?"): the host's, from that sentence on.

    >>> from polisent.segment._units import Unit
    >>> t = "I'm Ann Lee and this is Talk. My guest is Bo Kim.\\nBO KIM: Hi.\\nANN LEE: Why?\\nBO KIM: Because."
    >>> us = [Unit(0, 48, [0], 0, "plain", 0), Unit(49, 60, [1], 1, "label", 57, label="Bo Kim"),
    ...       Unit(61, 74, [2], 2, "label", 70, label="Ann Lee"), Unit(75, 91, [3], 3, "label", 83, label="Bo Kim")]
    >>> for u, (k, r, n) in zip(us, [("answer", "interviewee", None), ("answer", "interviewee", "Bo Kim"),
    ...                              ("question", "interviewer", "Ann Lee"), ("answer", "interviewee", "Bo Kim")]):
    ...     u.kind, u.role, u.speaker = SegmentKind(k), SpeakerRole(r), n
    >>> labelled_host_opening(t, us); us[0].kind.value, us[0].speaker
    ('question', 'Ann Lee')
    """
    hosts = {u.speaker for u in units if u.form == "label" and u.kind is SegmentKind.QUESTION
             and u.role is SpeakerRole.INTERVIEWER and u.speaker}
    turns = Counter(u.speaker for u in units if u.form == "label" and u.speaker)
    # the first turn: a label that comes back or the host's (not a headline's "Harbour: A Model Deal?")
    first = next((i for i, u in enumerate(units) if u.form == "label" and (turns[u.speaker] >= 2 or u.speaker in hosts)), 0)
    block = [u for u in units[:first] if u.kind is SegmentKind.ANSWER and u.role in (SpeakerRole.UNKNOWN, SpeakerRole.INTERVIEWEE)]
    for k, u in enumerate(block):
        names = [m.group().lower().split() for e in _SELF_INTRO.finditer(t, u.content_start, u.end)
                 for m in [_NAME_RX.match(t, e.end())] if m is not None]
        host = next((h for h in hosts if any(h.split()[-1].lower() in n for n in names)), None)
        if host is not None:
            for v in block[k:]:
                v.kind, v.role, v.claim_role, v.speaker = SegmentKind.QUESTION, SpeakerRole.INTERVIEWER, None, host
            return
