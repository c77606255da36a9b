"""News articles with entity annotations as training examples: BASIL spans and Narrative Frames roles.

Both sources label an *entity of an article*; polisent learns per (sentence, actor). So the
sentences that name the entity become :class:`~polisent.training.data.Example` rows, with every
mention of each labelled actor in the sentence as one target. Why each label maps as it does is
written in ``docs/training_data.md``; in short:

- **BASIL** span polarity is the sentiment of the span's ``target`` in its sentence, from the
  author's framing (``quote`` false) and from quotes alike; stance is never taken from a quote
  (it is the quoted speaker's) and, by default, not from framing either (``author_stance``).
  ``ind_pro`` / ``ind_anti`` polarity is already what the words mean for ``target``; the
  ``indirect_target`` gets ``indirect_sentiment``. An entity the annotators read as *neutral* over
  the whole article (``entity_feelings`` neu) gets stance **none** in every sentence that names it,
  except where the author's own framing of it is marked biased (``feeling_none``).
- **Narrative Frames**: hero -> positive, villain -> negative (stance masked unless
  ``role_stance``), victim -> negative sentiment (polisent's guideline) and stance **none**, as
  weak labels on the sentences around the exact mentions of actors (pronoun rows, non-actor
  groups and conflicting roles are skipped).

>>> pat = name_pattern("Michael Steele")
>>> [m.group() for m in pat.finditer("Michael Steele spoke; Steele's critics answered.")]
['Michael Steele', 'Steele']
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from polisent.training.data import Example

__all__ = ["BASIL_NON_ACTORS", "NF_ACTOR_GROUPS", "basil_examples", "name_pattern", "narrative_frames_examples"]

logger = logging.getLogger(__name__)

_POLARITY = {"neg": 0, "neu": 1, "pos": 2}

#: BASIL main entities that are policies, laws, events or objects, not actors (their spans are skipped).
BASIL_NON_ACTORS = frozenset({
    "joint tax rule for homosexual couples", "national security agency programs", "sb 1062 bill",
    "religious freedom restoration act", "birthright citizenship", "social security", "benghazi attacks",
    "border wall", "terrorizing acts",
})

#: Narrative Frames stakeholder groups that can hold political actors (people, governments, organisations).
NF_ACTOR_GROUPS = frozenset({
    "GOVERNMENTS_POLITICIANS_POLIT.ORGS", "ENV.ORGS_ACTIVISTS", "MEDIA_JOURNALISTS",
    "SCIENCE_EXPERTS_SCI.REPORTS", "INDUSTRY_EMISSIONS", "GREEN_TECHNOLOGY_INNOVATION",
})

# Words that make a name a group or institution, not a person (no surname alias then).
_GROUP_WORDS = frozenset("""
party administration campaign department congress association agency service officials lawmakers
democrats republicans members companies court act bill leaders committee house senate authorities
enforcement conservatives candidates programs attacks rule citizenship security wall acts protestors
protesters plaintiffs police catholics and of the media now
""".split())
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_QUOTE_CHARS = "\"\u201c\u201d"


def _person_like(name: str) -> bool:
    toks = name.split()
    return (
        2 <= len(toks) <= 4
        and all(t[:1].isupper() for t in toks)
        and not any(t.lower().strip(".,") in _GROUP_WORDS for t in toks)
        and not any(t.isupper() and len(t) > 1 for t in toks)
    )


def surname(name: str) -> str | None:
    """The last name of a person-like ``name`` ("Donald Trump Jr." -> "Trump"), else None."""
    if not _person_like(name):
        return None
    toks = [t for t in name.split() if t.lower() not in _SUFFIXES]
    return toks[-1] if len(toks) >= 2 else None


def name_pattern(name: str, *, with_surname: bool = True) -> re.Pattern[str]:
    """Whole-word regex for ``name`` (case-insensitive) and, for a person, their surname (case-sensitive)."""
    alts = [r"(?i:" + r"\s+".join(re.escape(t) for t in name.split()) + r")"]
    last = surname(name) if with_surname else None
    if last:
        alts.append(re.escape(last))
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)")


def _resolve_overlaps(found: dict[str, list[tuple[int, int]]]) -> dict[str, list[tuple[int, int]]]:
    """Drop a mention lying inside a longer mention of another entity ("Trump" in "Trump administration")."""
    out: dict[str, list[tuple[int, int]]] = {}
    for ent, spans in found.items():
        others = [sp for e2, sps in found.items() if e2 != ent for sp in sps]
        keep = [
            (s, e) for s, e in spans
            if not any(s2 <= s and e <= e2 and (e2 - s2) > (e - s) for s2, e2 in others)
        ]
        if keep:
            out[ent] = sorted(set(keep))
    return out


def _one(values: Iterable[int]) -> int:
    """The label when all evidence agrees, -1 when there is none or it conflicts."""
    vals = set(values)
    return vals.pop() if len(vals) == 1 else -1


def _build(text: str, labels: dict[str, dict[str, set[int]]], found: dict[str, list[tuple[int, int]]],
           source: str, group: str, counts: Counter[str]) -> Example | None:
    targets, sent, stance = [], [], []
    for ent in sorted(labels):
        spans = found.get(ent)
        if not spans:
            counts["target_not_named_in_sentence"] += 1
            continue
        s_lab, st_lab = _one(labels[ent]["sentiment"]), _one(labels[ent]["stance"])
        if len(labels[ent]["sentiment"]) > 1:
            counts["conflicting_sentiment_masked"] += 1
        if s_lab < 0 and st_lab < 0:
            counts["target_without_label"] += 1
            continue
        targets.append(tuple(spans))
        sent.append(s_lab)
        stance.append(st_lab)
    if not targets:
        return None
    return Example(text, tuple(targets), tuple(sent), tuple(stance), source, group)


# --- BASIL --------------------------------------------------------------------------------------

def basil_examples(
    articles: Sequence[dict[str, Any]],
    spans: Sequence[dict[str, Any]],
    feelings: Sequence[dict[str, Any]] = (),
    *,
    author_stance: bool = False,
    feeling_none: bool = True,
    counts: Counter[str] | None = None,
) -> list[Example]:
    """One example per BASIL sentence with a labelled, named actor; ``group`` is the triplet id.

    Args:
        author_stance: also take the polarity of the author's own (non-quote) ``dir`` / ``ind_pro``
            / ``ind_anti`` spans as the author's stance toward ``target`` (off: a biased word is a
            portrayal, not a stated approval).
        feeling_none: stance **none** for an entity whose whole-article feeling is ``neu`` in every
            sentence that names it, unless a non-quote span on it marks the author's framing there.
    """
    counts = Counter() if counts is None else counts
    by_sentence: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for sp in spans:
        by_sentence[(sp["article_id"], sp["sentence_id"])].append(sp)
    neutral_entities: dict[str, set[str]] = defaultdict(set)
    for f in feelings:
        if f.get("label") == "neu":
            neutral_entities[f["article_id"]].add(f["entity"])
    out: list[Example] = []
    for art in articles:
        entities = {e for e in art.get("main_entities") or [] if e.lower() not in BASIL_NON_ACTORS}
        entities |= {
            sp["indirect_target"] for sent in art.get("sentences") or []
            for sp in by_sentence.get((art["id"], sent["id"]), ()) if sp.get("indirect_target")
        }
        last_names = Counter(surname(e) for e in entities if surname(e))
        patterns = {e: name_pattern(e, with_surname=last_names[surname(e)] == 1) for e in entities}
        for sent in art.get("sentences") or []:
            text = sent.get("text") or ""
            if not text.strip():
                continue
            labels: dict[str, dict[str, set[int]]] = defaultdict(lambda: {"sentiment": set(), "stance": set()})
            framed: set[str] = set()  # entities with the author's own biased framing in this sentence
            for sp in by_sentence.get((art["id"], sent["id"]), ()):
                if sp["sentence"] != text:
                    counts["span_sentence_mismatch"] += 1
                    continue
                pol, aim, quote = _POLARITY[sp["polarity"]], sp["aim"], bool(sp["quote"])
                target = sp["target"]
                if target in entities and aim in ("dir", "ind_pro", "ind_anti"):
                    labels[target]["sentiment"].add(pol)
                    if not quote:
                        framed.add(target)
                        if author_stance:
                            labels[target]["stance"].add(pol)
                elif target not in entities:
                    counts["span_non_actor_target"] += 1
                ind, ind_sent = sp.get("indirect_target"), sp.get("indirect_sentiment")
                if aim.startswith("ind") and ind and ind in entities and ind_sent in _POLARITY and ind != target:
                    labels[ind]["sentiment"].add(_POLARITY[ind_sent])
                    if not quote:
                        framed.add(ind)
            if feeling_none:
                for ent in neutral_entities.get(art["id"], ()):
                    if ent in entities and ent not in framed and patterns[ent].search(text):
                        labels[ent]["stance"].add(1)
            if not labels:
                continue
            found = {e: [m.span() for m in patterns[e].finditer(text)] for e in labels}
            ex = _build(text, labels, _resolve_overlaps(found), "basil", art["triplet_id"], counts)
            if ex is not None:
                out.append(ex)
    return out


# --- Narrative Frames ---------------------------------------------------------------------------

def _nf_is_actor(row: dict[str, Any], text: str, starts: list[int]) -> bool:
    """An actor group, not a pronoun, and a proper name (a capitalised mention inside a sentence)."""
    if row.get("pronoun") or row.get("group") not in NF_ACTOR_GROUPS:
        return False
    toks = row["entity"].split()
    if toks and toks[0][:1].islower() and not any(t[:1].isupper() for t in toks[1:3]):
        return False  # "everyone at the table at the G-7 summit": a description, not a name
    if any(t[:1].isupper() for t in toks[1:]):  # "Prime Minister Giuseppe Conte", "The United Nations"
        return True
    for m in row.get("mentions") or []:
        s = int(m["start"])
        word = text[s:int(m["end"])]
        word = word[4:] if word.startswith(("the ", "The ")) else word
        if word[:1].isupper() and s not in starts and s - 4 not in starts:
            return True
    return False


def narrative_frames_examples(
    articles: Sequence[dict[str, Any]],
    roles: Sequence[dict[str, Any]],
    *,
    role_stance: bool = False,
    victim_sentiment: int | None = 0,
    counts: Counter[str] | None = None,
) -> list[Example]:
    """One example per sentence that names an actor with a role; ``group`` is the article id.

    Args:
        role_stance: hero -> favor and villain -> against as the author's stance (off by default:
            an article-level role is a weak sentence label and would tie stance to sentiment).
        victim_sentiment: the sentiment label of a victim (0 negative, polisent's guideline;
            None masks it). A victim's stance is always **none**, never against.
    """
    from polisent.segment._sentences import split_sentences

    counts = Counter() if counts is None else counts
    seen: set[tuple[Any, ...]] = set()
    by_article: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    rows_of: dict[tuple[str, str], dict[str, Any]] = {}
    for r in roles:
        key = (r["article_id"], r["entity"], r["role"], tuple((m["start"], m["end"]) for m in r.get("mentions") or []))
        if key in seen:
            counts["duplicate_row"] += 1
            continue
        seen.add(key)
        by_article[r["article_id"]][r["entity"]].add(r["role"])
        rows_of[(r["article_id"], r["entity"])] = r
    role_labels = {
        "hero": (2, 2 if role_stance else -1),
        "villain": (0, 0 if role_stance else -1),
        "victim": (-1 if victim_sentiment is None else int(victim_sentiment), 1),
    }
    out: list[Example] = []
    for art in articles:
        ents = by_article.get(art["id"])
        if not ents:
            continue
        text = art["text"]
        sents = split_sentences(text, 0, len(text))
        starts = [s for s, _ in sents]
        found_per_sentence: dict[int, dict[str, list[tuple[int, int]]]] = defaultdict(dict)
        for ent, ent_roles in ents.items():
            row = rows_of[(art["id"], ent)]
            if row.get("pronoun"):
                counts["pronoun_row"] += 1
                continue
            if not row.get("mentions"):
                counts["no_exact_mention"] += 1
                continue
            if not _nf_is_actor(row, text, starts):
                counts["not_an_actor"] += 1
                continue
            if len(ent_roles) > 1:
                counts["conflicting_roles"] += 1
                continue
            for m in row["mentions"]:
                s, e = int(m["start"]), int(m["end"])
                k = bisect.bisect_right(starts, s) - 1
                if k < 0 or e > sents[k][1]:
                    counts["mention_across_sentences"] += 1
                    continue
                found_per_sentence[k].setdefault(ent, []).append((s - sents[k][0], e - sents[k][0]))
        for k in sorted(found_per_sentence):
            s0, e0 = sents[k]
            found = _resolve_overlaps(found_per_sentence[k])
            labels: dict[str, dict[str, set[int]]] = {}
            for ent in found:
                sl, stl = role_labels[next(iter(ents[ent]))]
                labels[ent] = {"sentiment": {sl} if sl >= 0 else set(), "stance": {stl} if stl >= 0 else set()}
            ex = _build(text[s0:e0], labels, found, "narrative_frames", str(art["id"]), counts)
            if ex is not None:
                out.append(ex)
    return out
