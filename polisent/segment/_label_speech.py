"""Whether a turn label's line opens running speech (:func:`_opens_speech`, :func:`_speech_after`) or a speech's
opening address (:func:`addresses_room`), whether the text writes a label's name elsewhere too
(:func:`_written_elsewhere`), and the labels of an exchange a magazine labels once (:func:`_exchange`).
Split out of :mod:`polisent.segment._label_accept` (pass 112)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from functools import lru_cache

from polisent.segment._headlines import _ROOM_GREETING, _spoken_opening
from polisent.segment._labels import _HONORIFICS, _SENTENCE_END
from polisent.segment._person_names import is_person_name, is_place, person_part
from polisent.segment._prefilter import fold
from polisent.segment._units import _WORD


def _speech_after(t: str, cs: int, le: int) -> bool:
    """Whether a label's text ``t[cs:le]`` is a spoken turn: a sentence or more of running prose,
    not a headline, a list of guests or a short subject line.

    >>> _speech_after("Khatib: The most frustrating issue is the lack of accountability for what is done.", 8, 83)
    True
    >>> _speech_after("Venezuela: Local Stakes for International Actors", 11, 48)
    False
    """
    words = t[cs:le].split()
    if words and words[0][:1] in "[(" and words[0][-1:] in "])":
        words = words[1:]  # "[translated] All operations are ...", "(through translator) Here ..."
    if len(words) < 12 or not words[0].lstrip("\"'\u201c\u2018(")[:1].isupper():
        return False
    caps = sum(w[0].isupper() for w in words)
    return caps * 2 < len(words) and _SENTENCE_END.search(t, cs, le) is not None


_QUOTE_OPEN = re.compile("[\"\u201c\u201e\u00ab]")


#: words of running speech after a label that no headline reaches
_LONG_TURN = 15


def _opens_speech(t: str, lab: tuple[str, str, int], i: int, spans: list[tuple[int, int]], *,
                  any_case: bool = False, unwritten: bool = False) -> bool:
    """Whether the turn label ``lab`` on line ``i`` opens running speech: on its own line, or alone
    on its line (or with a short opening: "Thank you very much.") when the next lines speak and the text wrote the name before it
    ("Mr. Antony Loewenstein and Mr. Ahmed Moor" ... "Mr. Antony Loewenstein:"); with ``any_case``,
    written anywhere else in any case ("NIKE CHING, VOA State Department Bureau Chief:" after
    "... Bureau Chief Nike Ching starts us off")."""
    fs, le = spans[i]
    if t.rfind(":", fs, lab[2]) < 0:
        return False  # "SÃO PAULO \u2013 It has not taken long ...": a dateline, not a turn label
    name = " ".join(w for w in lab[1].split() if w.rstrip(".") not in _HONORIFICS)
    if _WORD.search(t, lab[2], le):  # a full name must be written elsewhere too, not only as a label
        if _speech_after(t, lab[2], le):
            # a panellist's long turn opens the page ("Joshua Walker:    Well thank you very much. ...",
            # two sentences and more, fifteen words): no headline runs on that long; not when later lines ask (a
            # host's long opening, "András Hont: This is the Öt YouTube channel. ... My guest is ...")
            return " " not in name or t.find(name, 0, fs) >= 0 or t.find(name, le) >= 0 \
                or (name.isupper() and name.lower() in (before := t[max(0, fs - 3000):fs].lower()) and "?" not in before) \
                or (len(t[lab[2]:le].split()) >= _LONG_TURN
                    and (len(_SENTENCE_END.findall(t, lab[2], le)) >= 2 or _spoken_opening(t[lab[2]:le]))  # (rule O1)
                    and not is_place(name)  # "New Delhi: Bangladesh Prime Minister ...": a dateline
                    and not any(t[s:e].rstrip().endswith("?") for s, e in spans[i + 1:]))
        address = unwritten and t[lab[2]:le].rstrip().endswith(",")
        if len(t[lab[2]:le].split()) > (12 if address else 6) or (_SENTENCE_END.search(t, lab[2], le) is None and not address):
            return False  # (unwritten: an address may open it, "Madam Prime Minister, colleagues,", or a longer one:
            # "Participants in the plenary session, colleagues, ladies and gentlemen,"; rule R1 of the 111th pass)
        # "Dr Ayanda Ntsaluba, Director-General, ...: Thank you very much." then the briefing: a short
        # opening sentence, the speech on the lines below (as for a label alone on its line)
    after = [j for j in range(i + 1, min(i + 7, len(spans))) if spans[j][1] > spans[j][0]][:3]
    # the speech may open with a short line ("I'm Elizabeth Lee in Washington."): up to three lines
    if unwritten and after and _QUOTE_OPEN.search(t, spans[after[0]][0], min(spans[after[0]][1], spans[after[0]][0] + 40)):
        return False  # a soundbite a report quotes under its speaker's caption ("Carla Babb, VOA News:" / "“We're at ...")
    written = unwritten or (_written_elsewhere(t, name, fs, le) if any_case else t.find(name, 0, fs) >= 0)
    # (a surname alone on its line is a label too where the text named its bearer in full before it: "Sanchez:" and
    # "Medinsky:" under "Vladimir Medinsky gave a great interview to American journalist Rick Sanchez"; rule L5, 111th pass)
    named_before = " " in name or (name[:1].isupper() and len(name) >= 3 and not unwritten and _full_before(t, name, fs))
    return bool(after) and named_before and written \
        and any(_speech_after(t, spans[after[0]][0], spans[j][1]) for j in after)


def _full_before(t: str, name: str, fs: int) -> bool:
    """Whether ``t`` writes the surname ``name`` after a given name before ``fs`` ("Rick Sanchez" over "Sanchez:"); its
    first three occurrences only (a bounded look: a transcript of thousands of labels stays linear)."""
    k, seen = t.find(name, 0, fs), 0
    while k >= 0 and seen < 3:
        after = t[k + len(name):k + len(name) + 1]
        if not (after.isalnum() or after in "'\u2019-") and _GIVEN_BEFORE.search(t, max(0, k - 40), k):
            return True
        k, seen = t.find(name, k + 1, fs), seen + 1
    return False


#: a capitalised word and a space right before a surname (:func:`_full_before`)
_GIVEN_BEFORE = re.compile(r"\b[A-Z][\w'\u2019-]+[ \t]+\Z")


#: an opening address: "Mr President, ladies and gentlemen,", "Colleagues and friends,", "Madam Prime Minister,"
#: (words apart by spaces or commas, so that no word splits: up to fifteen of them, "Mr Assoumani, heads of state and
#: government, heads of delegations, friends and colleagues,"; pass 121)
_ADDRESS_LINE = re.compile(r"[ \t]*[A-Z][\w.\u2019'-]*(?:(?:[ \t]*,[ \t]*|[ \t]+)[\w.\u2019'&-]+){0,14}[ \t]*,[ \t]*")


def addresses_room(t: str, labels: Sequence[tuple[str, str, int] | None], spans: Sequence[tuple[int, int]],
                   names: Collection[str]) -> bool:
    """Whether every turn of a label in ``names`` opens with an address alone on its line, ending in a
    comma ("Mr President, ladies and gentlemen,"): a speech's opening, not a headline.

    >>> t = "Vladimir Putin: Mr President, ladies and gentlemen,"
    >>> addresses_room(t, [("name", "Vladimir Putin", 15)], [(0, len(t))], {"Vladimir Putin"})
    True
    >>> t = "Kurt Volker: Russia is buying time"
    >>> addresses_room(t, [("name", "Kurt Volker", 12)], [(0, len(t))], {"Kurt Volker"})
    False
    >>> t = "VLADIMIR PUTIN: Good afternoon dear ladies and gentlemen!"
    >>> addresses_room(t, [("name", "VLADIMIR PUTIN", 15)], [(0, len(t))], {"VLADIMIR PUTIN"})
    True
    """
    mine = [i for i, lab in enumerate(labels) if lab is not None and lab[1] in names]
    # (or greets it: "PRESIDENT OF RUSSIA VLADIMIR PUTIN: Good afternoon dear ladies and gentlemen!"; rule S5 of pass 116)
    return bool(mine) and all(_ADDRESS_LINE.fullmatch(t, labels[i][2], spans[i][1]) is not None
                              or _ROOM_GREETING.fullmatch(t, labels[i][2], spans[i][1]) is not None for i in mine)


def speaks_below(t: str, labels: Sequence[tuple[str, str, int] | None], spans: Sequence[tuple[int, int]],
                 names: Collection[str]) -> bool:
    """Whether every turn of a label in ``names`` stands alone on its line, a person's name over the speech below it
    ("Anna Berg:" / "Let me first of all recognise ..."; rule L1 of the 118th pass: a statement's one label is a turn, as
    one that opens by addressing the room was).

    >>> t = "Anna Berg:\\nLet me first of all recognise the presence of the President."
    >>> speaks_below(t, [("name", "Anna Berg", 10), None], [(0, 10), (11, len(t))], {"Anna Berg"})
    True
    >>> t = "Kurt Volker: Russia is buying time"
    >>> speaks_below(t, [("name", "Kurt Volker", 12)], [(0, len(t))], {"Kurt Volker"})
    False
    >>> t = "Anna Berg:\\nThe vote was a shift.\\nTom Weiss, Professor of Economics at the Harbour School:\\nIt was a rebuke."
    >>> speaks_below(t, [("name", "Anna Berg", 10), None, None, None], [(0, 10), (11, 32), (33, 89), (90, len(t))], {"Anna Berg"})
    False
    """
    mine = [i for i, lab in enumerate(labels) if lab is not None and lab[1] in names]
    if not mine or any(t[labels[i][2]:spans[i][1]].strip() for i in mine) \
            or not all((name := person_part(n)) is not None and is_person_name(name) for n in names):
        return False
    # (not a round-up of experts' comments, each under a line "<name>, <job>:" the label rules may not read: "Richard
    # Feinberg, Professor of International Political Economy at ...:")
    return not any(i not in mine and t[fs:le].rstrip().endswith(":") and (name := person_part(t[fs:le].split(",")[0].strip()))
                   is not None and is_person_name(name) for i, (fs, le) in enumerate(spans))


@lru_cache(maxsize=2)
def _lowered(t: str) -> str:
    return t.lower()


def _written_elsewhere(t: str, name: str, fs: int, le: int) -> bool:
    """Whether ``name`` (a label on ``t[fs:le]``) is written outside that line too, capitalised as a
    name, in any case ("NIKE CHING, VOA State Department Bureau Chief:" after "... Chief Nike Ching
    starts us off"; "ELIZABETH LEE, VOA Correspondent:" before "I'm Elizabeth Lee in Washington").

    >>> _written_elsewhere("Ann Lee speaks.\\nANN LEE:\\nHello.", "ANN LEE", 16, 24)
    True
    >>> _written_elsewhere("foreign policy\\nForeign Policy:\\nText.", "Foreign Policy", 15, 30)
    False
    """
    words = name.split()
    if not words:
        return False  # blank ("Prof. :")
    low, key = _lowered(t), words[0].lower()
    at = low.find(key)
    if at < 0 or low.find(key, at + len(key)) < 0:
        return False  # written once, on its own line (two finds: a count would scan the whole text)
    rx = re.compile(r"(?i)(?<![\w'\u2019-])" + r"[ \t]+".join(map(re.escape, name.split())) + r"(?![\w'\u2019-])")
    return any(not fs <= m.start() < le and all(w[:1].isupper() for w in m.group().split()) for m in _finditer_at(rx, t, words[0]))


@lru_cache(maxsize=2)
def _folded(t: str) -> str:
    return fold(t)


def _finditer_at(rx: re.Pattern[str], t: str, first: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(t)`` for a case-insensitive ``rx`` whose every match opens with ``first``: tried
    only where the folded text holds ``first`` (a C-level find), not at every character of a long text."""
    if not first.isascii():
        yield from rx.finditer(t)
        return
    low, key, pos = _folded(t), first.lower(), 0
    at = low.find(key)
    while at >= 0:
        m = rx.match(t, at)
        if m is not None:
            yield m
            pos = m.end()
        else:
            pos = at + 1
        at = low.find(key, pos)


def _exchange(labels: Sequence[tuple[str, str, int] | None], paras: Sequence[Sequence[int]],
              asking: Collection[str], speechy: Collection[str]) -> set[str]:
    """Name labels of an exchange: a label whose line asks, and the next label, which opens running
    speech ("WEHRFRITZ: Is North Korea near collapse?" / "KOMURA: There are too many ...")."""
    out: set[str] = set()
    prev: str | None = None
    for p in paras:
        for i in p:
            lab = labels[i]
            if lab is None or lab[0] not in ("name", "initials"):
                continue
            if prev is not None and prev in asking and lab[1] in speechy and lab[1] != prev:
                out |= {prev, lab[1]}
            prev = lab[1]
    return out


def sole_exchange(labels: Sequence[tuple[str, str, int] | None], paras: Sequence[Sequence[int]], asking: Collection[str],
                  speechy: Collection[str], cands: Mapping[tuple[str, str], int]) -> set[str]:
    """The labels of an :func:`_exchange` where they are the text's only name labels: a press conference's "Media: ... Can
    you comment?" / "Minister: I don't ...", each seen once, are turns even where the text also writes "media" in lower
    case (pass 121); empty where other labels stand beside them.

    >>> sole_exchange([("name", "Media", 6), ("name", "Minister", 30)], [[0], [1]], {"Media"}, {"Minister"},
    ...               {("name", "Media"): 1, ("name", "Minister"): 1}) == {"Media", "Minister"}
    True
    """
    asked = _exchange(labels, paras, asking, speechy)
    # (one word each: "The Courier: Has France lost the Sahel?" is a bold question that names the outlet)
    return asked if {k[1] for k, n in cands.items() if n > 0 and k[0] == "name"} <= asked and all(" " not in x for x in asked) else set()
