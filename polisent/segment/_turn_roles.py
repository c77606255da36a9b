"""Who asks among a text's labelled turns, and which short lines are printed twice: the label whose
short turn each unlabelled question ends (:func:`_short_asker`), the labels that ask at a press
conference or on a panel (:func:`_askers`), a guest's unlabelled follow-up questions
(:func:`_followups`), a paragraph that runs on from the one before, a headline or "Name: ..." line
doubled by its share card (:func:`_doubled`), a "Name: ..." headline over a Q&A (:func:`_headline_labels`),
and a first line that asks as an interview opens (:func:`_asked_line`, :func:`_opens_asking`). Split out of
:mod:`polisent.segment._roles`, whose :func:`~polisent.segment._roles.assign_roles` applies them."""

from __future__ import annotations

import re
from collections import Counter

from polisent.segment._guest_thanks import _THANKS_INVITED
from polisent.segment._host_turns import HANDS_FLOOR
from polisent.segment._labels import _label_desc
from polisent.segment._principal import is_person_name, is_place
from polisent.segment._questions import YOU_ASKED
from polisent.segment._sentences import split_sentences
from polisent.segment._units import Unit, _is_q, _plain

__all__ = ["_FIRST_PERSON", "_asked_line", "_askers", "_bare_exchanges", "_doubled", "_followups", "_headline_labels", "_opens_asking",
           "_runs_on", "_short_asker", "anchor_lead", "asking_label_exchange", "headline_turn"]

_SPOKESPERSON = re.compile(r"(?i)\bspokes(?:person|man|woman)\b")
#: a first person ("I", "we"): an answer's voice
_FIRST_PERSON = re.compile(r"\bI\b(?!\.)|\b[Ww]e\b")


def _short_asker(t: str, content: list[Unit], pos: dict[int, int], orphans: list[Unit], first_turn: int) -> str | None:
    """The label whose short turn each unlabelled question ends ("JOHN DANISZEWSKI: Thank you for
    inviting us." / "If I may, ... What do you believe should happen there?"): one label, at most
    60 words of its own before each question, answered by a label whose name the introduction
    gives ("Vladimir Putin gave an interview to ..."). Questions after several speakers' answers
    stay an unnamed interviewer's."""
    labels = set()
    for u in orphans:
        nxt = pos[id(u)] + 1
        if nxt >= len(content) or not content[nxt].label \
                or not re.search(rf"\b{re.escape(content[nxt].label.split()[-1])}\b", t[:first_turn], re.IGNORECASE):
            return None
        i = pos[id(u)] - 1
        words = 0
        while i >= 0 and content[i].form != "label":
            words += len(_plain(t, content[i]).split())
            i -= 1
        if i < 0 or not content[i].label or ((th := _THANKS_INVITED.match(t, content[i].content_start, content[i].end))
                                             and not re.search(r"\bus\b", th.group())):
            return None  # (not the guest who thanks for the invitation: "Dr. Minh: Thank you for having me." / "Editor:
            # ... what does this phrase encapsulate?", the editor's label read as no label; rule S2 of the 111th pass;
            # the host thanks "for inviting us into your home")
        words += len(_plain(t, content[i]).split())
        if words > 60:
            return None
        labels.add(content[i].label)
    return labels.pop() if len(labels) == 1 else None


#: a paragraph that stops mid-sentence: a hard-wrapped transcript's line ("... the Iranian foreign
#: minister, Secretary" / "Kerry, do you feel ...?"), whose next paragraph goes on with the same turn
_OPEN_END = re.compile(r"[,;\w][ \t]*\Z")


def _runs_on(t: str, prev: Unit, u: Unit) -> bool:
    """``u`` goes on with the sentence ``prev`` left open: it starts in lower case, or ``prev``
    ends on a comma, a word with no full stop after it.

    >>> from polisent.segment._units import Unit
    >>> t = "X: You, the negotiators, Secretary\\n\\nKerry, do you feel that?"
    >>> _runs_on(t, Unit(0, 34, [0], 0, "label", 3), Unit(36, len(t), [2], 1, "plain", 36))
    True
    >>> t = "X: That is all.\\n\\nDo you feel that?"
    >>> _runs_on(t, Unit(0, 15, [0], 0, "label", 3), Unit(17, len(t), [2], 1, "plain", 17))
    False
    """
    return t[u.content_start:u.content_start + 1].islower() or _OPEN_END.search(t, max(prev.start, prev.end - 12), prev.end) is not None


def _turn_walk(t: str, content: list[Unit], turns: list[Unit]) -> dict[int, tuple[Unit, int]]:
    """For each labelled turn (by the label unit's id): its last unit of talk before the next label
    (the label itself when nothing follows) and the words of talk it holds."""
    out: dict[int, tuple[Unit, int]] = {}
    cur: Unit | None = None
    turn_ids = {id(u) for u in turns}
    for u in content:
        if u.form == "label":
            cur = u if id(u) in turn_ids else None
            if cur is not None:
                out[id(cur)] = (u, len(_plain(t, u).split()))
        elif cur is not None and u.form != "heading":
            out[id(cur)] = (u, out[id(cur)][1] + len(_plain(t, u).split()))
    return out


def _turn_ends(t: str, content: list[Unit], turns: list[Unit]) -> dict[int, bool]:
    """For each labelled turn (by the label unit's id): whether its last unit of talk, before the
    next label, asks."""
    return {k: _is_q(t, last) for k, (last, _) in _turn_walk(t, content, turns).items()}


def _moderates(t: str, content: list[Unit], turns: list[Unit], spokes: str) -> bool:
    r"""Whether the spokesperson only moderates ("NATO Spokesperson:" / "The gentleman in the fourth row."):
    every turn of the spokesperson short, and another label that asks nothing holds a long turn (the
    Secretary General answering), so the others are not all askers; or the spokesperson's first turn, however long,
    hands the floor to the next label ("So over to you.", "may I request you to make opening remarks"), who talks.

    >>> from polisent.segment._units import Unit
    >>> t = ("Ana Ruiz, Official Spokesperson: Good evening. " + "We are joined by many guests today. " * 8 +
    ...      "So over to you.\nOmar Haddad, Foreign Secretary: " + "The visit was a success for both sides. " * 5)
    >>> n = t.index("\n")
    >>> us = [Unit(0, n, [0], 0, "label", 33, label="Ana Ruiz"), Unit(n + 1, len(t), [1], 1, "label", t.index("y: ") + 3, label="Omar Haddad")]
    >>> _moderates(t, us, us, "Ana Ruiz")
    True
    """
    walk = _turn_walk(t, content, turns)
    mine = [walk[id(u)][1] for u in turns if u.label == spokes and id(u) in walk]
    first = next((i for i, u in enumerate(turns) if u.label == spokes), None)
    if first is not None and first + 1 < len(turns) and (nxt := turns[first + 1]).label != spokes and id(nxt) in walk \
            and HANDS_FLOOR.search(t, turns[first].content_start, nxt.start) is not None \
            and walk[id(nxt)][1] >= 20 and not _is_q(t, walk[id(nxt)][0]):
        return True  # "... I invite Foreign Secretary to make his opening remarks. So over to you." (rule M1 of pass 117)
    if not mine or max(mine) > 25:
        return False
    return any(u.label != spokes and id(u) in walk and walk[id(u)][1] >= max(20, 2 * max(mine)) and not _is_q(t, walk[id(u)][0])
               for u in turns)


def _askers(t: str, content: list[Unit], turns: list[Unit], interviewer: str | None) -> set[str]:
    """The labels that ask: the interviewer, and at a press conference or on a panel, beside the one
    label that answers (in at least three of its four turns), each label at least half of whose turns end by asking
    ("CCTV:", "Bloomberg:", a co-host);
    where a label says it is the spokesperson ("Shri Arindam Bagchi, Official Spokesperson:"),
    every other label, unless the spokesperson only moderates (:func:`_moderates`)."""
    spokes = {u.label for u in turns if u.label and _SPOKESPERSON.search(_label_desc(t, u.start, u.content_start))}
    if len(spokes) == 1 and len({u.label for u in turns}) >= 2 and not _moderates(t, content, turns, next(iter(spokes))):
        return {u.label for u in turns if u.label and u.label not in spokes}
    if interviewer is None:
        return set()
    ends = _turn_ends(t, content, turns)
    stats: dict[str, list[int]] = {}
    for u in turns:
        if u.label:
            st = stats.setdefault(u.label, [0, 0])
            st[0] += 1
            st[1] += ends.get(id(u), False)
    # the guest: asks back at most one turn in four ("Sorry, who was it there that I was talking to?")
    answering = [lab for lab, (n, a) in stats.items() if n >= 2 and 4 * a <= n]
    if len(answering) != 1 or answering[0] == interviewer:
        return {interviewer}
    # a co-host asks in at least half of his turns (the others challenge: "there's another reading of this")
    return {interviewer} | {lab for lab, (n, a) in stats.items() if lab != answering[0] and a >= 1 and 2 * a >= n}


def _followups(t: str, content: list[Unit], pos: dict[int, int], plain_q: list[Unit], turns: list[Unit]) -> set[int]:
    """Unlabelled follow-up questions inside a guest's labelled turn, as transcripts print them after
    the first exchanges ("ZARIF: ..." / "Do you mean to say that you will not negotiate?" / "I believe
    ..."): a paragraph of its own that asks "you", between two paragraphs of talk; or any question paragraph
    between a guest's talk and the same guest's label again ("Zelenskiy: ..." / "What does that do to you
    personally?" / "Zelenskiy: ..."): had the guest gone on, the label would not have been repeated."""
    if not turns:
        return set()
    out: set[int] = set()
    short: set[int] = set()
    for u in plain_q:
        i = pos[id(u)]
        if u.start < turns[0].start or i == 0 or i + 1 >= len(content):
            continue
        before, after = content[i - 1], content[i + 1]
        if after.form == "label" and after.label and before.para != u.para and before.form in ("plain", "label") \
                and not _is_q(t, before) and _turn_label(content, i) == after.label:
            out.add(id(u))
            continue
        if before.para != u.para and after.para != u.para and before.form in ("plain", "label") and after.form == "plain" \
                and not _is_q(t, before):
            if YOU_ASKED.search(t, u.content_start, u.end):
                out.add(id(u))
            elif len(t[u.content_start:u.end].split()) <= 12:
                short.add(id(u))
    # a short question that puts nothing to "you" ("What role has China been playing?") is one more follow-up where the
    # page shows the pattern with another that does (rule F1 of the 111th pass); alone, it may be the guest's own
    return out | short if out else out


def _turn_label(content: list[Unit], i: int) -> str | None:
    """The label of the turn that ``content[i - 1]`` belongs to (the last labelled unit before ``i``)."""
    return next((v.label for v in reversed(content[:i]) if v.form == "label"), None)


def _place_label(t: str, u: Unit) -> bool:
    """Whether a labelled line's label, as written, is a place or no person ("Iran: What's next?")."""
    raw = t[u.start:u.content_start].strip().rstrip(":").strip()
    return is_place(raw) or not is_person_name(raw)


def _doubled(t: str, content: list[Unit]) -> set[int]:
    """A short question or "Name: ..." line printed twice in a row (a page's headline and its share
    card's copy): both are headings, never two questions or turns of an interview. Labelled lines
    count only when they are the text's only labels and name no person ("Iran: What's next ...?"
    twice over a report; "Asif Noor: ..." twice still names the interviewee). A question dek that the first paragraph
    opens with again is a standfirst too."""
    def norm(u: Unit) -> str:
        return " ".join(t[u.start:u.end].replace("\u2019", "'").replace("\u2018", "'").lower().split())

    out: set[int] = set()
    for a, b in zip(content, content[1:]):
        if a.form == b.form and a.form in ("plain", "heading", "label") and len(a.lines) == len(b.lines) == 1 \
                and len(t[a.start:a.end].split()) <= 25 and norm(a) == norm(b) \
                and (_is_q(t, a) if a.form != "label" else _place_label(t, a)):
            out |= {id(a), id(b)}
    # ... or a short question line printed three times or more anywhere (a podcast page's title over its player, its
    # episode card and its transcript; pass 120)
    short = {id(u): (u, norm(u)) for u in content if u.form in ("plain", "heading") and len(u.lines) == 1
             and len(t[u.start:u.end].split()) <= 25}
    seen = Counter(n for _, n in short.values())
    out |= {k for k, (u, n) in short.items() if seen[n] >= 3 and _is_q(t, u)}
    # ... or a question dek over an op-ed that opens its first paragraph again ("Are we in the midst of a reset?" / byline /
    # "Are we in the midst of a reset? Is something amiss? ..."): a standfirst, not a question (pass 123)
    for k, u in enumerate(content[:4]):
        if id(u) in short and _is_q(t, u) and (n := short[id(u)][1]):
            out |= {id(u) for v in content[k + 1:k + 5] if v.form == "plain" and len(v.lines) == 1
                    and norm(v).startswith(n) and len(norm(v)) > len(n) + 40}
    if any(u.form == "label" and id(u) not in out for u in content):
        out -= {id(u) for u in content if u.form == "label"}
    return out


def _asked_line(t: str, u: Unit, nxt: Unit | None = None) -> bool:
    """A first line that is a long question in sentence case ("With the resurgence of coups in West
    Africa, is democracy failing in the sub-region and is ECOWAS helpless?"), or one put to "you"
    and answered at length by the next paragraph ``nxt`` ("How do you assess the European Union's
    security situation amid growing Russian pressure?" / "The issue lies in ..."), as an interview
    opens, not a headline ("Is the Optimism Justified?") or a teaser ("... but are you helping?")."""
    words = [w for w in _plain(t, u).split() if w[:1].isalpha()]
    put = len(words) >= 8 and YOU_ASKED.search(t, u.content_start, u.end) is not None \
        and nxt is not None and nxt.form == "plain" and len(_plain(t, nxt).split()) >= 25
    return (len(words) >= 15 or put) and sum(w[0].isupper() for w in words) < 0.4 * len(words)


def _opens_asking(t: str, f: Unit, content: list[Unit]) -> bool:
    """An excerpt that opens on the interviewer's question, with no title or standfirst kept before it
    ("Have the government's approaches to Venezuela seemed correct to you?" / three paragraphs of
    answer): a long question put to "you" in sentence case, then at least 60 words of plain prose; or, put to no
    "you", two questions or more of 20 words or more together ("What is the general mood in Finland toward Russia
    after the invasion? Is fear dominant ...?"), as no headline asks."""
    if f.form != "plain" or len(f.lines) != 1 or not _is_q(t, f):
        return False
    if YOU_ASKED.search(t, f.content_start, f.end) is None:
        sents = split_sentences(t, f.content_start, f.end)
        if len(sents) < 2 or len(_plain(t, f).split()) < 20 or not all(t[a:b].rstrip().endswith("?") for a, b in sents):
            return False
    after = [u for u in content[1:4] if u.form == "plain"]
    return len(after) == len(content[1:4]) and bool(after) and _asked_line(t, f, after[0]) \
        and len(_plain(t, f).split()) >= 10 and sum(len(_plain(t, u).split()) for u in after) >= 60


def _headline_labels(t: str, content: list[Unit]) -> set[int]:
    """Ids of a "Name: ..." line over a Q&A ("McFaul: U.S. still sees Iranian threat as risk" /
    intro / "Question: ..." / "Answer: ..."): before the first "Q" label, one line with no stop at its
    end, its name labelling no other turn: the page's headline quoting the guest, no turn of his (the
    intro under it is no answer)."""
    first_q = next((u.start for u in content if u.form == "label" and u.label == "Q"), None)
    if first_q is None:
        return set()
    labels = Counter(u.label for u in content if u.form == "label")
    before = [u for u in content if u.form == "label" and u.start < first_q and u.label not in ("Q", "A")]
    # (the only named label before the questions: two are a panel's opening turns, "MODERATOR: ..." / "X: ...")
    return {id(u) for u in before if len(before) == 1 and labels[u.label] == 1 and len(u.lines) == 1
            and len(t[u.content_start:u.end].split()) <= 20 and not _STOP_END.search(t, u.content_start, u.end)}


#: a line that ends as a sentence or hands over to a quotation ("... minimized.", "X said:")
_STOP_END = re.compile(r"[.!?:;][\"'\u201d\u2019)\]]*\s*\Z")


def _bare_exchanges(t: str, content: list[Unit], pos: dict[int, int], plain_q: list[Unit], turn: Unit,
                    title: Unit | None) -> list[Unit]:
    """The bare question paragraphs after the one labelled ``turn``, when there are two or more and each is short (40
    words at most) and answered by an unlabelled paragraph that does not ask; else none (a labelled speaker's
    rhetorical question, alone between his paragraphs, is rarer than that)."""
    later = [u for u in plain_q if u.start > turn.start and u is not title]
    if len(later) < 2:
        return []
    for u in later:
        i = pos[id(u)]
        nxt = content[i + 1] if i + 1 < len(content) else None
        if len(_plain(t, u).split()) > 40 or nxt is None or nxt.form != "plain" or _is_q(t, nxt):
            return []
    return later


#: a sentence ending inside a line ("... the bases. The juntas ..."): a turn's talk, not a headline
_SENTENCE_INSIDE = re.compile(r"[.!?][\"\u201d\u2019']?[ \t]+[A-Z\u201c\"]")


def headline_turn(t: str, f: Unit, nxt: Unit) -> bool:
    """Whether the labelled first line ``f`` is the page's title in the form "Name: headline" (one line of 20 words at
    most, no sentence inside it, no question) over a standfirst ``nxt`` that names the same person in the third person.

    >>> from polisent.segment._units import Unit
    >>> t = "Ana Ruiz: The Sahel needs more than soldiers\\nAna Ruiz, a former envoy, spoke to the Courier."
    >>> f, nxt = Unit(0, 44, [0], 0, "label", 10), Unit(45, len(t), [1], 1, "plain", 45)
    >>> f.label = "Ana Ruiz"
    >>> headline_turn(t, f, nxt), headline_turn(t.replace("Ana Ruiz, a former", "A former"), f, nxt)
    (True, False)
    """
    if not f.label or len(f.lines) != 1 or nxt.form != "plain" or _is_q(t, f):
        return False
    said = _plain(t, f)  # (the words after the label)
    if not said.strip() or len(said.split()) > 20 or _SENTENCE_INSIDE.search(said):
        return False
    surname = f.label.split()[-1]
    return len(surname) >= 3 and re.search(rf"\b{re.escape(surname)}\b", t[nxt.start:nxt.end], re.IGNORECASE) is not None



def anchor_lead(t: str, turns: list[Unit], interviewer: str | None) -> set[str]:
    """The anchor who leads in and hands over to the interviewer ("Geoff Bennett: ... Anand spoke to Nick Schifrin,
    who's here with me now." / "Nick Schifrin: Geoff, we discussed ..."): a label whose turns all come before the
    interviewer's first, the last of them right before it and naming the interviewer. A host, no guest.

    >>> from polisent.segment._units import Unit
    >>> t = "Ann Lee: The talks resumed. Tom Berg joins me now.\\nTom Berg: Ann, we spoke to the minister.\\nEva Holm: Yes."
    >>> us = [Unit(0, 50, [0], 0, "label", 9), Unit(51, 91, [1], 1, "label", 61), Unit(92, 106, [2], 2, "label", 102)]
    >>> for u, lab in zip(us, ("Ann Lee", "Tom Berg", "Eva Holm")):
    ...     u.label = lab
    >>> anchor_lead(t, us, "Tom Berg")
    {'Ann Lee'}
    """
    if interviewer is None:
        return set()
    first = next((k for k, u in enumerate(turns) if u.label == interviewer), None)
    if not first:
        return set()
    lead = turns[first - 1]
    if not lead.label or lead.label == interviewer or any(u.label == lead.label for u in turns[first:]) \
            or not is_person_name(lead.label):  # (a person: not an event's title over its credits, "The Security Dilemma:")
        return set()
    surname = interviewer.split()[-1]
    if len(surname) < 3 or not re.search(rf"\b{re.escape(surname)}\b", t[lead.content_start:turns[first].start]):
        return set()
    return {lead.label}


def asking_label_exchange(t: str, content: list[Unit], pos: dict[int, int], plain_q: list[Unit], turn: Unit,
                          title: Unit | None, pq_ids: set[int]) -> tuple[list[Unit], Unit | None] | None:
    """A label seen once whose ``turn`` asks, and what it asks: (the later bare question paragraphs, the paragraph that
    answers the label's own question), or None. Either two bare questions or more follow, each answered by a paragraph
    that does not ask ("Terror Free Somalia:" / "What does it take to have a safe Somalia?" / the answer / "What is your
    strategy ...?" / the answer); or none does and the page labels its one exchange, a question's length (one paragraph,
    120 words at most) answered by 40 words or more in the first person ("Roger K\u00f6ppel: ... What is your recipe for
    survival?" / "First of all, you should know that I ..."); not a statement's rhetorical question."""
    later = [u for u in plain_q if u.start > turn.start and u is not title and pos[id(u)] + 1 < len(content)
             and content[pos[id(u)] + 1].form == "plain" and not _is_q(t, content[pos[id(u)] + 1])]
    # (the label's own question may share its unit: the paragraph that answers it is the guest's too)
    k = pos[id(turn)] + 1
    while k < len(content) and content[k].form == "plain" and _is_q(t, content[k]):
        k += 1
    answer = content[k] if k < len(content) and content[k].form == "plain" and id(content[k]) not in pq_ids else None
    asked_words = sum(len(_plain(t, u).split()) for u in content[pos[id(turn)]:k])
    lone = not later and answer is not None and k - pos[id(turn)] <= 2 and asked_words <= 120 \
        and len(_plain(t, answer).split()) >= 40 and _FIRST_PERSON.search(t, answer.content_start, answer.end) is not None
    return (later, answer) if len(later) >= 2 or lone else None
