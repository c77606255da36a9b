"""Passes of :func:`polisent.segment._structure.build_units` over the candidate turn labels, before it
accepts them: a short form in brackets is its long form's speaker, a catalogue record's fields and a title
printed twice are no turns, names alone on their lines may be labels, and the one label that always asks
is "Q:". Each changes ``labels`` (a line's label or None) and ``cands`` (the count of each label) in place.
Split out of :mod:`polisent.segment._structure`."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from polisent.segment._headlines import _headline
from polisent.segment._labels import _label_of
from polisent.segment._principal import is_person_name, is_place
from polisent.segment._title_bylines import one_title, title_end, title_key

#: a line's turn label: its kind ("name", "initials", "titled", "role", "qa"), the label and where the text after it starts
Label = tuple[str, str, int]
#: a turn label's short form in square brackets before its colon: "Unification Media Group [UMG]:"
_BRACKET_ALIAS = re.compile(r"[^\[\]\n:]{2,80}?\[(?P<alias>[^\W\d_][^\[\]\d\n]{0,40})\][ \t]*:")
#: a short "Field: value" line of a catalogue record
_FIELD_LINE = re.compile(r"[ \t]*[A-Z][\w'\u2019.\- ]{1,30}:[ \t]+\S[^\n]{0,60}(?<![.!?\u2026])[ \t]*")
#: a first name or a full name alone on its line, without a colon ("Mike", "Jacinda Ardern")
#: a name alone on its line, no colon: "Mike", "Ana Ruiz", or a full name in capitals, "ANA RUIZ" (rule C1 of the 118th pass)
_BARE_NAME = re.compile(r"[ \t]*(?:[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+)?|[A-Z][A-Z'\u2019-]+[ \t]+[A-Z][A-Z'\u2019-]+)[ \t]*")
#: a kicker's words after its colon: one to three capitalised words, no sentence's end ("Diplomatic Access: Japan")
_KICKER_TAIL = re.compile(r"[ \t]*[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,2}[ \t]*")
_QMARK_LINE = re.compile(r"\?[\"'\u201d\u2019)\]]*[ \t]*\Z")


def merge_bracket_aliases(t: str, spans: Sequence[tuple[int, int]], labels: list[Label | None], cands: Counter[tuple[str, str]]) -> None:
    """Rename the labels written as a short form in brackets after a longer one ("Unification Media Group [UMG]:")
    to the one speaker they are."""
    # "Unification Media Group [UMG]:" once, then "UMG:" turns: the short form in brackets is the same speaker
    # (and "Director Son [Son]:" once, then "Son:" turns: the bracket's surname, which the text resolves)
    same: dict[str, tuple[str, str]] = {}
    for i, lab in enumerate(labels):
        if lab is not None and lab[0] in ("name", "titled") and t.find("[", spans[i][0], lab[2]) >= 0 \
                and (al := _BRACKET_ALIAS.match(t, spans[i][0], lab[2])) is not None:
            short = " ".join(al.group("alias").split())
            if short in lab[1].split():
                same[lab[1]] = ("name", short)
            else:
                same[short] = (lab[0], lab[1])
    for i, lab in enumerate(labels):
        if lab is not None and lab[0] in ("name", "initials", "titled") and lab[1] in same:
            cands[(lab[0], lab[1])] -= 1
            labels[i] = (*same[lab[1]], lab[2])
            cands[same[lab[1]]] += 1


#: a field's value that is an identifier, not speech: one token holding a digit ("55338914", "#A-2041/23")
_ID_VALUE = re.compile(r"[ \t]*#?[\w./-]*\d[\w./-]*[ \t]*")


def drop_field_records(t: str, spans: Sequence[tuple[int, int]], labels: list[Label | None], cands: Counter[tuple[str, str]]) -> None:
    """Take back the labels of a catalogue record's "Field: value" lines."""
    # a catalogue's record ("Publisher:  Against the Current" / "Date Written:  01/05/2015" / "Cx Number:
    # CX20953"): three or more short "Field: value" lines in a row, no value ending a sentence, are its
    # fields, not turns ("ABRAMS: Twenty percent." in a lightning round is a turn)
    run: list[int] = []
    for i in range(len(spans) + 1):
        if i < len(spans) and spans[i][1] > spans[i][0] and _FIELD_LINE.fullmatch(t, *spans[i]) \
                and len(t[t.index(":", *spans[i]) + 1:spans[i][1]].split()) <= 5:
            run.append(i)
            continue
        if i < len(spans) and spans[i][1] <= spans[i][0] and run:
            continue  # a blank line inside the record
        if len(run) >= 3 or (len(run) == 1 and _ID_VALUE.fullmatch(t, t.index(":", *spans[run[0]]) + 1, spans[run[0]][1])):
            # (or one field alone whose value is an identifier: "Media ID: 55338914" over a standfirst; rule L2 of the
            # 111th pass)
            for j in run:
                lab = labels[j]
                if lab is not None and lab[0] == "name" and cands[(lab[0], lab[1])] == 1:
                    cands[(lab[0], lab[1])] -= 1
                    labels[j] = None
        run = []


def bare_name_turns(t: str, spans: Sequence[tuple[int, int]], labels: list[Label | None], cands: Counter[tuple[str, str]],
                    speechy: set[str]) -> None:
    """Make names alone on their lines, without a colon, labels (and ``speechy``) when they open alternating turns."""
    # "Mike" / "Jacinda" alone on their lines, each before the turn it opens: names without a colon
    # are labels when no line has one, at least two names alternate and each comes back
    if not any(k[0] in ("name", "initials", "role", "qa") for k in cands):
        bare = {i: t[spans[i][0]:spans[i][1]] for i in range(len(spans)) if spans[i][1] > spans[i][0]
                and _BARE_NAME.fullmatch(t, *spans[i])}
        seen = Counter(bare.values())
        # ... and are no state's name ("Myanmar" alone on its line twice: a section kicker)
        names = {x for x, n in seen.items() if n >= 2 and not is_place(x) and (not x.isupper() or is_person_name(x.title()))}
        if len(names) == 1 and " " in (host := next(iter(names))) and is_person_name(host):
            # ... or a moderator's name comes back between panellists named once each, whom the talk introduces in
            # full elsewhere ("Sam Greene" / "..., is Nico Lange, one of our senior fellows ..." / "Nico Lange" / "Sam
            # Greene" / "Hanna Shelest"; rule P1 of the 113th pass)
            once = {x for x, n in seen.items() if n == 1 and " " in x and not is_place(x) and is_person_name(x) and t.count(x) >= 2}
            if len(once) >= 2:
                names |= once
        if len(names) >= 2 and sum(seen[x] for x in names) >= 4:
            for i, x in bare.items():
                if x in names and i + 1 < len(spans):
                    labels[i] = ("name", x, spans[i][1])
                    cands[("name", x)] += 1
                    speechy.add(x)


#: a parliament record's speaker line: the member's photo caption, the name again, the seat or office and the time
#: ("Photo of Ana Ruiz Ana Ruiz Shadow Minister (Environment) 7:00, 8 February 2023")
_PHOTO_OF = re.compile(r"[ \t]*Photo[ \t]+of[ \t]+(?P<name>[A-Z][\w'\u2019.-]*(?:[ \t]+[\w'\u2019.-]+){1,4}?)[ \t]+(?P=name)\b[^\n]{0,160}")


def photo_of_turns(t: str, spans: Sequence[tuple[int, int]], labels: list[Label | None], cands: Counter[tuple[str, str]],
                   speechy: set[str]) -> None:
    r"""Make a parliament record's speaker lines ("Photo of Ana Ruiz Ana Ruiz Shadow Minister ... 7:00, 8 February 2023")
    labels of the member's name (and ``speechy``), the whole line taken: the speech follows under it.

    >>> t = "Photo of Ana Ruiz Ana Ruiz Shadow Minister 7:00, 8 February 2023\nI rise to speak on Kosovo."
    >>> labels, cands, speechy = [None, None], Counter(), set()
    >>> photo_of_turns(t, [(0, 64), (65, 91)], labels, cands, speechy)
    >>> labels[0], sorted(speechy)
    (('name', 'Ana Ruiz', 64), ['Ana Ruiz'])
    """
    for i, (s0, e0) in enumerate(spans):
        if labels[i] is None and e0 - s0 > 14 and t.startswith("Photo", s0) and (m := _PHOTO_OF.fullmatch(t, s0, e0)) is not None:
            name = " ".join(m.group("name").split())
            labels[i] = ("name", name, e0)
            cands[("name", name)] += 1
            speechy.add(name)


#: initials with a full stop opening a line, before the turn they label ("JM. What do you expect?")
_DOTTED_INITIALS = re.compile(r"[ \t]*(?P<ini>[A-Z]{2,3})\.[ \t]+(?=[A-Z\u201c\"'])")


def dotted_initials_turns(t: str, spans: Sequence[tuple[int, int]], labels: list[Label | None], cands: Counter[tuple[str, str]],
                          speechy: set[str]) -> None:
    r"""Make initials with a full stop at line starts ("JM. ..." / "EK. ...") labels (and ``speechy``) when the text has
    no other label, at least two of them alternate, each comes back, one asks and none is a place ("US.", "EU.").

    >>> t = "JM. Why now?\nEK. Because the talks failed.\nJM. And next?\nEK. We wait."
    >>> spans = [(0, 12), (13, 42), (43, 56), (57, 69)]
    >>> labels, cands, speechy = [None] * 4, Counter(), set()
    >>> dotted_initials_turns(t, spans, labels, cands, speechy)
    >>> labels[1], sorted(speechy)
    (('initials', 'EK', 17), ['EK', 'JM'])
    """
    if any(k[0] in ("name", "initials", "role", "qa") and n > 0 for k, n in cands.items()):
        return
    found: dict[int, tuple[str, int]] = {}
    for i, (s0, e0) in enumerate(spans):
        if e0 - s0 > 4 and t[s0 + 2] in ".ABCDEFGHIJKLMNOPQRSTUVWXYZ" and (m := _DOTTED_INITIALS.match(t, s0, e0)) is not None:
            found[i] = (m.group("ini"), m.end())
    seen = Counter(x for x, _ in found.values())
    inis = {x for x, n in seen.items() if n >= 2 and not is_place(x)}
    if len(inis) < 2 or sum(seen[x] for x in inis) < 4 \
            or not any(x in inis and _QMARK_LINE.search(t, *spans[i]) for i, (x, _) in found.items()):
        return
    for i, (x, at) in found.items():
        if x in inis:
            labels[i] = ("initials", x, at)
            cands[("initials", x)] += 1
            speechy.add(x)


def asking_label_as_q(t: str, spans: Sequence[tuple[int, int]], labels: list[Label | None], cands: Counter[tuple[str, str]]) -> None:
    """Make the text's one name label a "Q:" when every line under it asks."""
    # "IBNA: How do you assess ...?" five times, each answered in unlabelled paragraphs: the one label
    # of the text asks every time, so it is the outlet's "Q:" and the answers are the guest's
    named = {k for k in cands if k[0] in ("name", "initials") and cands[k]}
    if len(named) == 1 and not any(k[0] in ("qa", "role") and cands[k] for k in cands):
        only = next(iter(named))
        mine = [i for i, lab in enumerate(labels) if lab is not None and (lab[0], lab[1]) == only]
        if len(mine) >= 2 and all(_QMARK_LINE.search(t, *spans[i]) for i in mine):
            for i in mine:
                lab = labels[i]
                labels[i] = ("qa", "Q", lab[2]) if lab is not None else None
            cands[("qa", "Q")] += cands.pop(only)


def drop_repeated_titles(t: str, spans: Sequence[tuple[int, int]], labels: list[Label | None], cands: Counter[tuple[str, str]]) -> None:
    """Take back the labels of a headline the page prints more than once (one title, not two turns)."""
    # a headline the page prints twice ("India-Bangladesh Relations: The Critical Test ..." over the
    # article and again above its photo) is one title, not two turns
    # (once with its byline and in other quotes: "The Montreux Convention: Russia's Perspective by Ali Tuygan"
    # over "The Montreux Convention: Russia\u2019s Perspective")
    lines_of: dict[tuple[str, str], set[str]] = {}
    for i, lab in enumerate(labels):
        if lab is not None and lab[0] == "name":
            lines_of.setdefault((lab[0], lab[1]), set()).add(title_key(t[spans[i][0]:spans[i][1]]))
    printed = Counter(cands)  # (how often each label was printed, before any is taken back)
    for i, lab in enumerate(labels):
        if lab is not None and lab[0] == "name" and cands[(lab[0], lab[1])] >= 2 and one_title(lines_of[(lab[0], lab[1])]) \
                and (_headline(t, lab[2], title_end(t, lab[2], spans[i][1]), min_words=2)
                     # (or printed three times or more, as a podcast page prints its title over its player, its episode
                     # card and its transcript, in sentence case: "Putin Vision – How does Russia see the world?"; pass 120)
                     or printed[(lab[0], lab[1])] >= 3 and len(lines_of[(lab[0], lab[1])]) == 1
                     and (len(t[lab[2]:spans[i][1]].split()) >= 3  # (not a label alone on its line, "SPIEGEL:" each time)
                          # (or a series' kicker over each card, a word or two and no sentence: "Diplomatic Access: Japan"
                          # three times over an interview whose turns are "The Diplomat:" and "Amb. X:"; pass 122)
                          or _KICKER_TAIL.fullmatch(t, lab[2], spans[i][1]) is not None)):
            cands[(lab[0], lab[1])] -= 1
            labels[i] = None


def q_turn_asks(t: str, spans: Sequence[tuple[int, int]], i: int) -> bool:
    """Whether one of the three lines after a "QUESTION:" line asks, before any other label (pass 122)."""
    end = next((spans[j][0] for j in range(i + 1, min(len(spans), i + 4)) if _label_of(t, *spans[j]) is not None),
               spans[min(len(spans), i + 4) - 1][1])
    return t.find("?", spans[i][1], end) >= 0
