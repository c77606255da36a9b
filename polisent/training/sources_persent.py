"""PerSenT paragraphs as training examples, with the files' spacing damage repaired.

The PerSenT files lost their commas: each ``, `` became two spaces ("In 2006  Benjamin Koellmann
bought"), each ``,"`` became `` "`` ('suckers " Koellmann said') and thousands separators became
spaces ("$1 500"), and curly quotes and dashes were decoded as Latin-1 ("Mueller\u00e2\x80\x99s"). Some documents also carry the source's coreference padding: every mention of
the person, pronouns included, is wrapped in two spaces ("until  she  asked  him  to leave").
:func:`repair_persent` restores commas, drops the padding (a double space that touches a mention
in a padded document) and keeps every mention span pointing at the same words.

>>> repair_persent('In 2006  Benjamin paid $1 500. "Suckers " he said.', [])[0]
'In 2006, Benjamin paid $1,500. "Suckers," he said.'
>>> text = "Hoffman Estates  Beattie said. Tarasiuk  had lived with  his  mother until  she  left."
>>> new, spans = repair_persent(text, [(31, 39), (57, 60), (76, 79)], padded=True)
>>> new, [new[s:e] for s, e in spans]
('Hoffman Estates, Beattie said. Tarasiuk had lived with his mother until she left.', ['Tarasiuk', 'his', 'she'])
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from polisent.training.data import Example
from polisent.training.sources_news import name_pattern

__all__ = ["masked_mentions", "persent_examples", "repair_persent"]

_PERSENT = {"Negative": 0, "Neutral": 1, "Positive": 2}
_DIGIT_GROUP = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")  # "$1 500"
_QUOTE_COMMA = re.compile(r"(?<=\w) \"(?= )")  # 'suckers " Koellmann said'
_NAME_CHARS = re.compile(r"[\w][\w .'\u2019-]{0,60}")
_PRONOUNS = frozenset("he him his himself she her hers herself".split())


def repair_persent(text: str, spans: Sequence[tuple[int, int]], *, padded: bool = False) -> tuple[str, list[tuple[int, int]]]:
    """Repair the spacing damage of one paragraph; return the text and ``spans`` moved onto it."""
    starts, ends = {s for s, _ in spans}, {e for _, e in spans}
    out: list[str] = []
    where = [0] * (len(text) + 1)  # old offset -> new offset
    size, i, n = 0, 0, len(text)
    while i < n:
        if text[i] == "\u00e2" and text[i + 1:i + 2] == "\x80" and i + 2 < n and ord(text[i + 2]) < 256:
            try:  # UTF-8 read as Latin-1: "\u00e2\x80\x99" is "\u2019"
                rep = bytes([0xE2, 0x80, ord(text[i + 2])]).decode("utf-8")
            except UnicodeDecodeError:
                rep = None
            if rep is not None:
                where[i] = where[i + 1] = where[i + 2] = size
                out.append(rep)
                size += 1
                i += 3
                continue
        if text[i] != " ":
            where[i] = size
            out.append(text[i])
            size += 1
            i += 1
            continue
        j = i
        while j < n and text[j] == " ":
            j += 1
        if i == 0 or j == n or j - i == 1:
            rep = text[i:j]
        elif j - i == 2 and text[i - 1] not in ".!?:;," and not (padded and (j in starts or i in ends)):
            rep = ", "
        else:
            rep = " "
        for k in range(i, j):
            where[k] = size
        out.append(rep)
        size += len(rep)
        i = j
    where[n] = size
    new = _QUOTE_COMMA.sub(',"', _DIGIT_GROUP.sub(",", "".join(out)))  # both keep the length
    return new, [(where[s], where[e]) for s, e in spans]


def masked_mentions(text: str, masked: str | None) -> list[tuple[int, int]] | None:
    """Spans of the ``[TGT]`` slots of ``masked`` in ``text`` (names and pronouns); None if they do not align.

    The masked copy is the source's automatic coreference; a slot that is not a name or a
    he/she pronoun (a long phrase, "it") means it went wrong, and the paragraph falls back to the name.
    """
    if not masked or "[TGT]" not in masked:
        return None
    pieces = [re.compile("".join(r"\s+" if part.startswith(" ") else re.escape(part) for part in re.split(r"( +)", p)))
              for p in masked.split("[TGT]")]
    m = pieces[0].match(text)
    if m is None:
        return None
    pos, spans = m.end(), []
    for k, piece in enumerate(pieces[1:], 1):
        if k == len(pieces) - 1:
            last = [x for x in piece.finditer(text, pos + 1) if x.end() == len(text) and x.start() > pos]
            nxt = last[0] if last else None
        else:
            nxt = piece.search(text, pos + 1)
        if nxt is None:
            return None
        s, e = pos, nxt.start()
        while s < e and not text[s].isalnum():
            s += 1
        while e > s and not text[e - 1].isalnum():
            e -= 1
        slot = text[s:e]
        if (e <= s or not _NAME_CHARS.fullmatch(slot) or len(slot.split()) > 6
                or not (slot.lower() in _PRONOUNS or any(c.isupper() for c in slot))):
            return None
        spans.append((s, e))
        pos = nxt.end()
    return spans


def _padded(text: str, spans: Iterable[tuple[int, int]]) -> bool:
    return any(text[max(0, s - 2):s] == "  " and text[e:e + 2] == "  " for s, e in spans)


def persent_examples(docs: Iterable[dict[str, Any]], *, neutral_as_none: bool = True,
                     counts: Counter[str] | None = None) -> list[Example]:
    """One example per labelled PerSenT paragraph that mentions the main person; ``group`` is the document id.

    Mentions are the ``[TGT]`` slots of the masked copy (name and pronouns) where it aligns, else
    the person's name and surname. Sentiment is the paragraph label; stance is masked, except
    neutral -> none when ``neutral_as_none`` (as for NewsMTSC).
    """
    counts = Counter() if counts is None else counts
    out = []
    for doc in docs:
        pattern = name_pattern(doc["entity"])
        found = []
        for p in doc.get("paragraphs") or []:
            label = _PERSENT.get(p.get("label") or "")
            if label is None:
                counts["paragraph_unlabelled"] += 1
                continue
            spans = masked_mentions(p["text"], p.get("masked_text"))
            counts["mentions_from_masked_copy" if spans is not None else "mentions_by_name"] += 1
            if spans is None:
                spans = [m.span() for m in pattern.finditer(p["text"])]
            if not spans:
                counts["paragraph_without_mention"] += 1
                continue
            found.append((p["text"], sorted(set(spans)), label))
        padded = any(_padded(t, sp) for t, sp, _ in found)
        counts["padded_document"] += padded
        for raw, spans, label in found:
            text, moved = repair_persent(raw, spans, padded=padded)
            if any(text[s:e] != raw[a:b] for (s, e), (a, b) in zip(moved, spans)):
                counts["repair_moved_a_mention"] += 1
                continue
            st = 1 if (neutral_as_none and label == 1) else -1
            out.append(Example(text, (tuple(moved),), (label,), (st,), "persent", str(doc["id"])))
    return out
