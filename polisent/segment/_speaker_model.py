"""A learned ranker of the people a text names: which one speaks its unnamed answers.

The rules of :mod:`polisent.segment._principal` name the main speaker from cues written for the
layouts seen so far; on fresh pages each layout fails in its own way ("name missing" was two
thirds of the speaker errors on four fresh development sets). This ranker is their fallback: it
scores every person-like capitalised run of the head and tail of the text from generic evidence
(where the name first appears, how often its surname recurs, whether it stands alone on a line,
after "By", before a colon, next to a job word, "said", "interview", "I'm" or an office), and the
document's own shape (questions, spoken text), with one logistic model whose weights are data:
``polisent/data/speaker_model.json``, fitted by ``scripts/fit_speaker_model.py`` on the labelled
speakers of the commentary corpora (train and dev splits only), its threshold chosen
corpus-out. It is applied as a dot product in pure Python.

>>> from polisent.segment._speaker_model import candidates
>>> sorted(candidates("Russia and the war\\nBy Anna Berg\\n\\nThe war goes on, Berg says.", talk=False))
['berg']
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from polisent.actors.matcher import fold
from polisent.errors import ConfigError
from polisent.segment._labels import _CAP
from polisent.segment._name_forms import spelled_alike
from polisent.segment._person_names import _FEATURE_WORDS, _registry_words, is_person_name, reads_as_phrase
from polisent.segment._prefilter import _find_spans, _is_word, bounded_spans, word_spans
from polisent.segment._principal import _NAME_AT, Principal
from polisent.segment._principal_cues import HEAD_CHARS, TAIL_CHARS, _clean

__all__ = ["URL_FEATURES", "SpeakerModel", "address_words", "candidates", "learned_principal", "load_speaker_model"]

_DATA = Path(__file__).resolve().parents[1] / "data"
_JOB = (r"professor|prof\.?|dr\.?|doctor|analyst|expert|researcher|fellow|director|ambassador|scholar|economist|"
        r"historian|scientist|lecturer|author|commentator|columnist|adviser|advisor|specialist|head|founder|"
        r"president|chair|chairman|dean|senior|associate|assistant|former|retired|envoy|diplomat|general|colonel|"
        r"consultant|strategist|spokes(?:person|man|woman)|minister|secretary|lawmaker|senator|mp|member|"
        # the same in German, French, Spanish, Portuguese and Italian (pass 80, rule P3: "Der deutsche Botschafter
        # in der Ukraine, Martin Jäger", "el nuevo embajador de España en México, Eduardo Peña Abizanda")
        r"embajador[a]?|embaixador[a]?|ambasciat(?:ore|rice)|botschafter(?:in)?|ambassadeur|ambassadrice|"
        r"ministr[oa]|ministre|au(?:ß|ss)enminister(?:in)?|bundesminister(?:in)?|presidente|pr[ée]sident[e]?|pr[äa]sident(?:in)?|"
        r"canciller|chanceler|cancelliere|bundeskanzler(?:in)?|portavoz|porta-voz|portavoce|porte-parole|sprecher(?:in)?|"
        r"expert[oae]|experte|expertin|esperto|analista|analyste|profesor[a]?|professeur[e]?|professor(?:e|essa|in)|catedr[áa]tic[oa]|"
        r"investigador[a]?|ricercat(?:ore|rice)|chercheu(?:r|se)|forscher(?:in)?|director[a]?|directeur|directrice|diretor[a]?|"
        r"diret(?:tore|trice)|direktor(?:in)?|diplom[áa]tic[oa]|diplomata|diplomate|diplomatin|secretari[oa]|secr[ée]taire|"
        r"segretari[oa]|generalsekret[äa]r(?:in)?|enviad[oa]|envoy[ée]e?|inviat[oa]|polit[óo]log[oa]|politologue|politolog(?:e|in)|"
        r"historiador[a]?|historien(?:ne)?|storic[oa]|historiker(?:in)?|economista|[ée]conomiste|[öo]konom(?:in)?|"
        r"dirigente|l[íi]der|chef(?:in)?|jefe|jefa|vorsitzende[r]?|abgeordnete[r]?|diputad[oa]|deputad[oa]|d[ée]put[ée]e?|"
        r"deputat[oa]|senador[a]?|s[ée]nat(?:eur|rice)")
_MEDIA = r"host|anchor|presenter|moderator|correspondent|reporter|journalist|editor|interviewer|producer"
_OFFICE = (r"president|prime minister|minister|secretary|chancellor|king|queen|premier|leader|dictator|emperor|"
           r"presidente|pr[ée]sident[e]?|pr[äa]sident(?:in)?|primer[a]? ministr[oa]|primeir[oa][ -]ministr[oa]|prim[oa] ministr[oa]|"
           r"premier ministre|ministr[oa]|ministre|canciller|chanceler|cancelliere|kanzler(?:in)?|bundeskanzler(?:in)?|"
           r"rey|reina|roi|reine|k[öo]nig(?:in)?")  # (rule P3: the office in the page's own language)
_SAYS = r"said|says|told|tells|writes|wrote|argues|argued|added|adds|explains|explained|notes|noted|believes|warned|warns|thinks|stressed|suggested|asserted|observed|commented|pointed"
_LEFT = {
    "b_by": re.compile(r"\bby[ \t]*$"),
    "b_with": re.compile(r"\b(?:with|to|con|avec|mit|com|ao|au|alla)[ \t]*$"),  # (rule P3: "con", "avec", "mit", ...)
    "b_interview": re.compile(r"interview|conversation|q\s*&\s*a|podcast|talks?\b|spoke|speaks|asked|"
                              r"entrevista|entretien|intervista|gespr[äa]ch|conversaci[óo]n|conversa|conversazione|colloquio|"
                              r"charla|di[áa]logo|dialogo|preguntas|perguntas|domande|fragen"),
    "b_job": re.compile(rf"\b(?:{_JOB})[\w.,' \t-]{{0,30}}$"),
    "b_media": re.compile(rf"\b(?:{_MEDIA})s?\b[\w.,' \t-]{{0,30}}$"),
    "b_office": re.compile(rf"\b(?:{_OFFICE})[ \t]*$"),
    "b_self": re.compile(r"\b(?:i['\u2019]m|i am|my name is|this is)[ \t]*$"),
    "b_welcome": re.compile(r"\b(?:welcome|joined by|joining us|join us|joins us|talk(?:ed|s|ing)? (?:to|with)|speak(?:s|ing)? (?:to|with)|spoke (?:to|with)|guest)\b"),
    "b_according": re.compile(r"according to[ \t]*$"),
    "b_says": re.compile(rf"\b(?:{_SAYS})[ \t]*$"),
    "b_about": re.compile(r"\b(?:about|on|against|under|between|of|and)[ \t]*$"),
}
_RIGHT = {
    "a_comma_job": re.compile(rf"^[ \t]*(?:,|--|\u2014|\u2013|\()[ \t]*(?:a|an|the)?[ \t]*(?:[\w.'\u2019-]+[ \t]+){{0,4}}?(?:{_JOB})", re.I),
    "a_comma_media": re.compile(rf"^[ \t]*(?:,|--|\u2014|\u2013|\()[ \t]*(?:a|an|the)?[ \t]*(?:[\w.'\u2019-]+[ \t]+){{0,3}}?(?:{_MEDIA})", re.I),
    "a_says": re.compile(rf"^[ \t]*(?:,[^,\n]{{0,100}},[ \t]*)?(?:{_SAYS})\b", re.I),
    "a_colon": re.compile(r"^[ \t]*:"),
    "a_is": re.compile(r"^[ \t]+(?:is|was|has been|serves as)[ \t]+(?:a|an|the)\b", re.I),
    "a_possessive": re.compile(r"^['\u2019]s\b"),
    "a_welcome": re.compile(r"^[ \t]*,[ \t]*(?:welcome|thank you|thanks)", re.I),
}
#: wider cues, up to 200 characters before the name: who the programme's host is, and who its guest
_WIDE = {
    "w_host": re.compile(r"(?i)(?:welcome[ \t]+(?:back[ \t]+)?to\b|you['\u2019]re[ \t]+listening|this[ \t]+is[ \t]+(?:the[ \t]+)?[\w'\u2019 -]{0,40}"
                         r"(?:podcast|show|programme|program)|(?:i['\u2019]m|i[ \t]+am)[ \t]+your[ \t]+(?:host|presenter|anchor))"),
    "w_guest": re.compile(r"(?i)\b(?:with[ \t]+me|my[ \t]+guests?|our[ \t]+guests?|guests?[ \t]+today|joining[ \t]+(?:me|us)|joins?[ \t]+(?:me|us)|"
                          r"(?:i['\u2019]m|we['\u2019]re|we[ \t]+are|i[ \t]+am)[ \t]+(?:\w+[ \t]+)?joined|to[ \t]+discuss|to[ \t]+talk[ \t]+about|"
                          r"in[ \t]+conversation[ \t]+with|interview(?:ed|s)?[ \t]+with)\b"),
}
_CALENDAR = frozenset("january february march april may june july august september october november december "
                      "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
                      "saturday sunday".split())
#: a sentence that opens by addressing someone ("Oliver, thanks ...", "Dr. Omar, welcome")
_ADDRESS = re.compile(r"(?:^|[.?!]\s+|\n\s*)(?:[A-Z][\w.]*\s+)?(?P<word>[^\s,]+),\s+(?:thank|thanks|welcome|good\s+to|great\s+to|"
                      r"nice\s+to|it['\u2019]s\s+(?:good|great)|let\s+me|let['\u2019]s|I\s+want)")
_CONTEXT = ("has_q", "talk")
_CROSS = ("label", "line_by", "line_alone", "b_self", "b_with", "b_welcome", "a_says", "a_comma_job", "first_in_200",
          "w_host", "w_guest", "addressed")


@dataclass
class _Evidence:
    name: str
    feats: dict[str, float] = field(default_factory=dict)
    first: int = 0
    count: int = 0

    def flag(self, key: str) -> None:
        self.feats[key] = 1.0


_BY = re.compile(r"(?i)by\b")
_COLON = re.compile(r"[ \t]*:")
_SPACE_CAP = re.compile(r"[ \t]+[A-Z]")


def _after_caps_word(t: str, p: int) -> bool:
    """``(?<![A-Z][\\w.'\\u2019-] )`` or ``(?<![A-Z][\\w.'\\u2019-]{2} )`` fails at ``p``: a capitalised word of
    two or three characters and a space right before (the surname is part of a longer name)."""
    if p < 3 or t[p - 1] != " " or not _word_or(t[p - 2]):
        return False
    return "A" <= t[p - 3] <= "Z" or (p >= 4 and _word_or(t[p - 3]) and "A" <= t[p - 4] <= "Z")


def _word_or(c: str) -> bool:
    return c.isalnum() or c in "_.'\u2019-"  # [\w.'\u2019-]


def _alone_count(head: str, surname: str) -> int:
    """``len(re.findall(rf"(?<![A-Z][\\w.'\\u2019-] )(?<![A-Z][\\w.'\\u2019-]{{2}} )\\b{re.escape(surname)}\\b(?![ \\t]+[A-Z])", head))``
    with ``str.find``: no regex compiled per surname.

    >>> _alone_count("Lee said. Mr Lee and Jo Lee met Lee Kim; Lee.", "Lee")
    2
    """
    n = len(head)
    return sum(1 for _ in _find_spans(head, surname, 0, n, lambda p, q: (
        (p > 0 and _is_word(head[p - 1])) != (p < n and _is_word(head[p]))
        and _is_word(head[q - 1]) != (q < n and _is_word(head[q]))
        and not _after_caps_word(head, p) and _SPACE_CAP.match(head, q) is None)))


def _line_bounds(t: str, start: int, end: int) -> tuple[int, int]:
    a = t.rfind("\n", 0, start) + 1
    b = t.find("\n", end)
    return a, (len(t) if b < 0 else b)


#: one more capitalised word after a run the name pattern cut at its four words, and no more
#: (not before a closing bracket: "(Turkish Prime Minister Recep Tayyip) Erdogan" has its surname outside)
_ONE_MORE = re.compile(rf"[ \t]+{_CAP}[\w'\u2019-]+(?![ \t]+{_CAP}|[\w'\u2019-]*[)\]])")
_WORD_START = re.compile(r"(?<=[ \t])\S")


def _name_runs(t: str, a: int, b: int) -> Iterator[re.Match[str]]:
    """The titled names of ``t[a:b]``, and the name that ends a capitalised run longer than the pattern's four
    words ("Azerbaijani Foreign Minister Jeyhun Bayramov": the pattern stops at "Jeyhun").

    >>> [m.group("name") for m in _name_runs("Azerbaijani Foreign Minister Jeyhun Bayramov said so.", 0, 60)]
    ['Azerbaijani Foreign Minister Jeyhun', 'Foreign Minister Jeyhun Bayramov']
    """
    for m in _NAME_AT.finditer(t, a, b):
        yield m
        more = _ONE_MORE.match(t, m.end(), b)
        if more is None:
            continue
        for w in _WORD_START.finditer(t, m.start("name") + 1, m.end()):
            mm = _NAME_AT.match(t, w.start(), b)
            if mm is not None and mm.end() == more.end():
                yield mm
                break


def address_words(url: str | None) -> tuple[str, ...] | None:
    """The lower-case ASCII words of a page address's path and query (not its host, nor tracking parameters),
    accents folded and percent-escapes decoded, with ``"/"`` between path segments: the slug that often names
    an op-ed's writer or an interview's guest. None for no address.

    >>> address_words("https://www.example.com/opinion/semih-idiz/turkey-must-talk-84724?utm_source=x&page=2")
    ('/', 'opinion', '/', 'semih', 'idiz', '/', 'turkey', 'must', 'talk', '84724', '/', 'page', '2')
    >>> address_words("https://ex.org/Chen%20Shui-bian%3A%20a%20New%20Party"), address_words(None)
    (('/', 'chen', 'shui', 'bian', 'a', 'new', 'party'), None)
    """
    if not url or not isinstance(url, str):
        return None
    from urllib.parse import parse_qsl, unquote_plus, urlsplit

    try:  # (an address longer than browsers take is cut there: the words a slug can hold come first)
        parts = urlsplit(url.strip()[:_MAX_ADDRESS])
    except ValueError:
        return None
    segments = [unquote_plus(p) for p in parts.path.split("/") if p.strip()]
    segments += [f"{k} {v}" for k, v in parse_qsl(parts.query) if not k.lower().startswith("utm_")]
    out: list[str] = []
    for seg in segments:
        words = re.findall(r"[a-z0-9]+", fold(seg).lower())
        if words:
            out += ["/", *words]
    return tuple(out)


#: the most characters of an address read (browsers and servers rarely take more)
_MAX_ADDRESS = 2048
#: the ranker's page-address features (fitted as a second stage on top of the text weights)
URL_FEATURES = ("url", "url_surname", "url_full", "url_segment", "url_lead", "url_cue")
#: address words after which a slug names the person interviewed or writing ("interview-with-x", "por-x")
_URL_CUE = frozenset("with interview interviews interviewing by por par von con avec mit for featuring entrevista intervista "
                     "entretien".split())
#: a title or office a slug may put before the name ("interview-with-fm-khalifa-haftar", "/professor-x-y-on-...")
_URL_TITLE = frozenset("dr prof professor mr mrs ms h e he fm pm mp mep amb ambassador minister prime foreign defence defense "
                       "president former general gen adm admiral sheikh senator sen rep chief secretary exclusive "
                       "nato un eu".split())
#: words of a slug's end that say nothing (a file type, "amp")
_URL_TAIL = frozenset("html htm php phtml shtml aspx asp amp index".split())


def _address_flags(words: list[str], address: tuple[str, ...]) -> dict[str, float]:
    """Where the address carries a name (its words folded, split at hyphens): ``url_surname`` (the last word),
    ``url_full`` (every word, together), and for the full name ``url_segment`` (a whole path segment:
    "/andreas-kluth/"), ``url_lead`` (a segment's first words: "/dino-patti-djalal-on-trump") and ``url_cue``
    (after "with", "interview", "by", "por" ...).

    >>> sorted(_address_flags(["Semih", "Idiz"], address_words("https://x.com/opinion/semih-idiz/turkey")))
    ['url_full', 'url_segment', 'url_surname']
    >>> sorted(_address_flags(["Askar", "Nursha"], address_words("https://x.org/whats-next-an-interview-with-askar-nursha")))
    ['url_cue', 'url_full', 'url_surname']
    >>> sorted(_address_flags(["Khalifa", "Haftar"], address_words("https://x.co/exclusive-interview-with-fm-khalifa-haftar-on-tripoli")))
    ['url_cue', 'url_full', 'url_surname']
    >>> _address_flags(["Anna", "Gros"], ("/", "grosse")), sorted(_address_flags(["Shui-bian"], ("/", "chen", "shui", "bian")))
    ({}, ['url_surname'])
    """
    full = re.findall(r"[a-z0-9]+", fold(" ".join(words)).lower())
    last = re.findall(r"[a-z0-9]+", fold(words[-1]).lower()) if words else []
    if not last or len("".join(last)) < 3 or not _at(address, last):
        return {}
    flags = {"url_surname": 1.0}
    if len(words) < 2:
        return flags
    for i in _at(address, full):
        flags["url_full"] = 1.0
        j = i + len(full)
        rest = address[j:]
        end = next((k for k, w in enumerate(rest) if w == "/"), len(rest))
        k = i
        while address[k - 1] in _URL_TITLE:
            k -= 1  # "/nato-chief-jens-stoltenberg-...", "interview-with-prime-minister-viktor-orban"
        if address[k - 1] == "/" and k == i and all(w in _URL_TAIL or w.isdigit() for w in rest[:end]):
            flags["url_segment"] = 1.0
        elif address[k - 1] == "/":
            flags["url_lead"] = 1.0
        elif address[k - 1] in _URL_CUE:
            flags["url_cue"] = 1.0
    return flags


def _at(address: tuple[str, ...], need: list[str]) -> list[int]:
    """Where the words ``need`` stand together in ``address``."""
    n = len(need)
    return [i for i in range(len(address) - n + 1) if n and list(address[i:i + n]) == need]


def candidates(t: str, *, talk: bool, has_q: bool = False, address: tuple[str, ...] | None = None) -> dict[str, _Evidence]:
    """The people ``t`` names in its head and tail, keyed by lower-case surname, with their evidence; with the
    page's ``address`` (:func:`address_words`), whether the address carries each one's surname or full name."""
    n = len(t)
    head_end = min(n, HEAD_CHARS)
    windows = [(0, head_end)] + ([(max(head_end, n - TAIL_CHARS), n)] if n > head_end else [])
    first_line_end = t.find("\n", len(t) - len(t.lstrip()))
    first_line_end = n if first_line_end < 0 else first_line_end
    out: dict[str, _Evidence] = {}
    places, people = _registry_words()
    for a, b in windows:
        for m in _name_runs(t, a, b):
            name = _clean(m.group("name"))  # "By Ehi Braimah", "With Anna Berg": the lead word goes
            if name is None:
                continue
            words = name.split()
            while len(words) > 2 and words[0].lower() in places:  # "Kyrgyzstan David Moran", "US Dino Patti Djalal"
                words = words[1:]
            name = " ".join(words)
            start = m.start("name") + m.group("name").find(name.split()[0])
            end = start + len(name)
            key = name.split()[-1].lower()
            if key not in out and len(words) >= 2:
                # another spelling of a candidate's full name ("Vadym Prystaiko" / "Vadym Prystayko"): one person (pass 122)
                key = next((k for k, e in out.items() if " " in e.name and spelled_alike(e.name, name)), key)
            ev = out.get(key)
            if ev is None:
                ev = out[key] = _Evidence(name, first=start)
            elif len(name) > len(ev.name) and name.split()[-1] == ev.name.split()[-1]:
                ev.name = name
            ev.count += 1
            if m.start("name") > m.start():
                ev.flag("titled")  # "Dr. Vali Nasr", "Ambassador ..."
            left = t[max(0, start - 60):start].lower()
            for k, rx in _LEFT.items():
                if rx.search(left):
                    ev.flag(k)
            wide = t[max(0, start - 200):start]
            for k, rx in _WIDE.items():
                if rx.search(wide):
                    ev.flag(k)
            right = t[end:end + 140]
            for k, rx in _RIGHT.items():
                if rx.search(right):
                    ev.flag(k)
            la, lb = _line_bounds(t, start, end)
            line = t[la:lb].strip()
            if start < first_line_end:
                ev.flag("title_line")
            if len(line) <= len(name) + 22 and len(line.split()) <= len(name.split()) + 3:
                ev.flag("line_alone")
            if _BY.match(line):
                ev.flag("line_by")
            if t[la:start].strip() == "" and _COLON.match(t[end:end + 3]):
                ev.flag("label")
            if start >= n - TAIL_CHARS and n > HEAD_CHARS:
                ev.flag("in_tail")
    head = t[:200_000]
    # "Oliver, thanks for being with us.": the words the host addresses, once per text
    addressed = {m.group("word") for m in _ADDRESS.finditer(head, 0, HEAD_CHARS * 2)}
    for key, ev in out.items():
        words = ev.name.split()
        surname = words[-1]
        mentions = sum(1 for _ in word_spans(head, surname, 0, len(head)))  # (no regex compiled per surname)
        alone = _alone_count(head, surname)
        f = ev.feats
        f["log_mentions"] = math.log1p(mentions)
        f["log_alone"] = math.log1p(alone)
        # "Next Up", "Cold War", "Spratly Islands": words the text also writes in lower case are no name
        f["lower_words"] = sum(next(bounded_spans(head, w.lower()), None) is not None for w in words) / len(words)
        if ev.name.isupper():
            f["caps"] = 1.0
        if any(w.lower() in places for w in words):
            f["place_word"] = 1.0  # "Korean Peninsula", "UN Security", "British Ambassador"
        if surname.lower() in people:
            f["known_person"] = 1.0  # a head of state or minister: more often the topic than the speaker
        if any(w.lower().rstrip(".") in _CALENDAR for w in words):
            f["calendar"] = 1.0  # "Deutsche Welle February", "PRESSTV January": page furniture, no name
        if len(words) > 3:
            f["long"] = 1.0
        if words[0] in addressed or surname in addressed:
            f["addressed"] = 1.0
        f["log_full"] = math.log1p(ev.count)
        f["first_pos"] = ev.first / max(n, 1)
        if ev.first < 200:
            f["first_in_200"] = 1.0
        if ev.first < 800:
            f["first_in_800"] = 1.0
        if has_q:
            f["has_q"] = 1.0
        if talk:
            f["talk"] = 1.0
        if address is not None:
            f["url"] = 1.0  # an address was given: what it does not say counts a little against every name
            f.update(_address_flags(words, address))
        for c in _CROSS:
            if c in f:
                if has_q:
                    f[f"{c}*has_q"] = 1.0
                if talk:
                    f[f"{c}*talk"] = 1.0
    n_cands = len(out)
    for ev in out.values():
        ev.feats["log_candidates"] = math.log1p(n_cands)
    return out


@dataclass(frozen=True)
class SpeakerModel:
    """Weights of the ranker: ``P(speaker) = sigmoid(bias + sum(w * feature))``; a name is given
    only at ``threshold`` or above, and ``margin`` above the second best."""

    weights: Mapping[str, float]
    bias: float
    threshold: float
    name: str = "speaker-v1"
    margin: float = 0.0  #: how far the best must lead the second best
    #: rank only in texts with questions or talk (interviews, transcripts), not in op-eds and reports,
    #: where the best-ranked person is often a quoted source, a place or page furniture
    conversations_only: bool = False
    #: a last resort, applied after every rule (:mod:`polisent.segment._late_speaker`): in a conversation
    #: whose answers no rule left named, the best-ranked person at this probability or above speaks them
    late_threshold: float | None = None
    #: in a Q&A whose best-ranked person the opening marks as the press (:func:`~polisent.segment._press_names.press_surnames`),
    #: the best of the others is taken at this probability or above (pass 80, rule P2): the cues that say "the interview
    #: is with X" fired on the journalist, which depresses the guest's score
    press_threshold: float | None = None
    #: where the model is asked in conversations only, its last word in a text without them (an op-ed, a report) no rule
    #: names: ``{"threshold": p, "evidence": [...], "veto": [...]}`` (see :mod:`polisent.segment._prose_speaker`)
    prose: Mapping[str, Any] | None = None
    #: the words of the page's address (:func:`address_words`), set per document by
    #: :meth:`polisent.segment.RuleSegmenter.segment` when it is given one: evidence for the ``url_*`` weights
    address: tuple[str, ...] | None = None

    def probability(self, feats: Mapping[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def load_speaker_model(source: str | Path | Mapping[str, Any] | None = None) -> SpeakerModel:
    """The ranker's weights from a JSON file or mapping (default: the built-in one).

    >>> load_speaker_model().threshold > 0
    True
    """
    if source is None:
        return _builtin()
    data: Any = source
    if not isinstance(source, Mapping):
        try:
            data = json.loads(Path(source).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"cannot read speaker model {source}: {exc}") from exc
    try:
        return SpeakerModel(dict(data["weights"]), float(data["bias"]), float(data["threshold"]), str(data.get("name", "speaker")),
                            float(data.get("margin", 0.0)),
                            late_threshold=float(data["late_threshold"]) if data.get("late_threshold") is not None else None,
                            press_threshold=float(data["press_threshold"]) if data.get("press_threshold") is not None else None,
                            prose=dict(data["prose"]) if isinstance(data.get("prose"), Mapping) else None)
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"speaker model needs 'weights', 'bias' and 'threshold': {exc}") from exc


@lru_cache(maxsize=1)
def _builtin() -> SpeakerModel:
    return load_speaker_model(_DATA / "speaker_model.json")


def learned_principal(t: str, *, talk: bool, has_q: bool, model: SpeakerModel | None = None,
                      exclude: frozenset[str] = frozenset(),
                      veto: Callable[[str], bool] | None = None, press: frozenset[str] = frozenset(),
                      accept: Callable[[Mapping[str, float]], bool] | None = None) -> Principal | None:
    """The best-ranked person of ``t`` when the model is sure enough, else None; ``exclude`` are
    lower-case surnames that cannot be the speaker (the host), and ``veto(name)`` rules out
    others from where the text mentions them (a caption's subject, a source cited in an answer);
    ``accept(features)``, where given, must hold for the best one (:mod:`polisent.segment._prose_speaker`).
    Where the best-ranked of all is one of ``press`` (lower-case surnames of the journalists), the
    threshold is the model's ``press_threshold``.

    >>> learned_principal("Why sanctions fail\\nBy Anna Berg\\n\\nSanctions rarely work. Berg is a fellow "
    ...                   "at the Example Institute.", talk=False, has_q=False).name
    'Anna Berg'
    """
    m = model or _builtin()
    found = candidates(t, talk=talk, has_q=has_q, address=m.address)
    prob = {key: m.probability(ev.feats) for key, ev in found.items()}
    threshold = m.threshold
    if press and m.press_threshold is not None and found and max(prob, key=prob.__getitem__) in press:
        threshold = m.press_threshold
    scored = sorted(((prob[key], ev.name, ev.feats) for key, ev in found.items()
                     if key not in exclude and (veto is None or not veto(ev.name))
                     and not _feature_name(ev.name) and _person_like(ev.name)), key=lambda s: s[0], reverse=True)
    if not scored or scored[0][0] < threshold:
        return None  # nobody likely enough
    if len(scored) > 1 and (scored[0][0] - scored[1][0] < m.margin or _order_only(scored[0][2], scored[1][2])):
        return None  # two people about as likely, or told apart by who comes first ("Analyst X and economist Y disagree")
    if accept is not None and not accept(scored[0][2]):
        return None
    return Principal(scored[0][1], "interview" if talk else "author", round(scored[0][0], 3))


_POSITION = frozenset({"first_pos"})


def _person_like(name: str) -> bool:
    """``name`` passes the rules' own name filters: no headline's words ("Happy Medium"), no place ("New York").

    >>> _person_like("Araz Azimov"), _person_like("Maximalist Position"), _person_like("New York")
    (True, False, False)
    """
    return is_person_name(name) and not reads_as_phrase(name)


def _feature_name(name: str) -> bool:
    """``name`` ends with a geographic feature's or a structure's word.

    >>> _feature_name("Renaissance Dam"), _feature_name("Anna Berg")
    (True, False)
    """
    words = name.split()
    return bool(words) and words[-1] in _FEATURE_WORDS


def _order_only(a: Mapping[str, float], b: Mapping[str, float]) -> bool:
    """Two candidates with the same evidence but for where each first appears: order is no evidence.

    >>> _order_only({"b_job": 1.0, "first_pos": 0.1}, {"b_job": 1.0, "first_pos": 0.3})
    True
    >>> _order_only({"b_job": 1.0, "first_pos": 0.1}, {"first_pos": 0.3})
    False
    """
    return {k: v for k, v in a.items() if k not in _POSITION} == {k: v for k, v in b.items() if k not in _POSITION}
