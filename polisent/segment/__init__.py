"""Commentary structure and claims: the first stage of polisent.

:class:`RuleSegmenter` turns raw commentary (an interview with question headings, ``Q:``/``A:``
prefixes or speaker turns, or a plain op-ed, with light markdown/HTML markup) into segments
(question, answer, heading, clutter with a reason), claims (sentences, split into clauses only
where one sentence clearly makes two claims) with hedge / condition / negation / reported-view
cues and a certainty score, and the speakers. Every offset points into the text given.

>>> seg = RuleSegmenter()
>>> s = seg.segment("# Ukraine\\n\\n## What next?\\n\\nMoscow may refuse, but Kyiv will not give up.")
>>> [(c.text, c.is_question, round(c.certainty, 2)) for c in s.claims]
[('What next?', True, 1.0), ('Moscow may refuse', False, 0.7), ('but Kyiv will not give up.', False, 1.0)]
>>> [q.text for q in s.claims[2].cues]
['not']

Clutter rules and the cue lexicon are data (``polisent/data/clutter_rules.json`` and
``polisent/data/cues.json``, documented in ``docs/cues.md``); pass ``clutter_rules=`` or
``cues=`` (a path, a dict or a list) to extend or override them.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from dataclasses import replace
from typing import Any

from polisent.errors import ConfigError, InputError
from polisent.protocols import DocumentStructure
from polisent.records import Claim, Segment, SegmentKind, Speaker, SpeakerRole
from polisent.segment._cues import certainty, find_cues, phrase_matches
from polisent.segment._lexicon import (
    ClutterRule,
    CueLexicon,
    _builtin,
    load_clutter_rules,
    load_cues,
)
from polisent.segment._markup import Masked, mask, mask_full
from polisent.segment._caption_labels import title_case_labels
from polisent.segment._principal import SpeakerCues, load_speaker_cues
from polisent.segment._quotes import own_voice_removed, quoted_share
from polisent.segment._roles import _ON_TOPIC
from polisent.segment._sentences import split_clauses, split_sentences
from polisent.segment._structure import Unit, build_units
from polisent.segment._speaker_model import SpeakerModel, address_words, load_speaker_model
from polisent.segment._question_model import QuestionModel, apply_question_model, load_question_model
from polisent.segment._unit_model import UnitModel, apply_unit_model, load_unit_model
from polisent.segment._units import ASR_QUESTION_OPENING, INTERROGATIVE, asks_unmarked, is_lower_case

__all__ = ["QuestionModel", "RuleSegmenter", "SpeakerCues", "SpeakerModel", "UnitModel", "load_clutter_rules", "load_cues", "load_question_model", "load_speaker_cues", "load_speaker_model", "load_unit_model",
           "mask"]

logger = logging.getLogger(__name__)

_QUOTES = re.compile(
    r"(?=[\u201c\"\u00ab\u2018'])"  # a quote mark first: lets the engine skip to the candidates (3x faster)
    r"(?:\u201c[^\u201c\u201d]{1,2000}\u201d|\"[^\"]{1,2000}\"|\u00ab[^\u00ab\u00bb]{1,2000}\u00bb"
    # single quotes (British style): the closing mark is not an apostrophe inside a word
    r"|(?<!\w)\u2018(?:[^\u2018\u2019\r\n]|(?<=\w)\u2019(?=\w)){1,600}\u2019(?!\w)"
    r"|(?<![\w'])'(?=\w)(?:[^'\r\n]|(?<=\w)'(?=\w)){1,300}(?<=[\w.,!?])'(?!\w))"
)
_WORD = re.compile(r"\w")
def _turn_rules() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The courtesy, prompt and greeting patterns of ``polisent/data/turn_rules.json``."""
    data = _builtin("turn_rules.json")
    return (re.compile(data["courtesy"], re.IGNORECASE), re.compile(data["prompt"], re.IGNORECASE),
            re.compile(data["greeting"], re.IGNORECASE))


#: the host's courtesies ("Thank you both."), prompts ("Tell us about the talks.") and greetings
#: that end in "?" but ask nothing ("How are you, Nasser?")
_COURTESY, _PROMPT, _GREETING = _turn_rules()
_ASR_END = re.compile(r"[ \t]\.[\"'\u201d\u2019]?\s*\Z")
_QEND = re.compile(r"\?[\"'\u201d\u2019)\]]*\s*\Z")
_RAW_BLOCK = re.compile(r"\S[^\n\r\u2028\u2029\x85]*(?:(?:\r\n|[\n\r\u2028\u2029\x85])[ \t]*\S[^\n\r\u2028\u2029\x85]*)*")
_NL = "\n\r\u2028\u2029\x85"
_TIMING_GAP = re.compile(r"\s*(?:\d{1,6}\s+)?[\[(]?:?\d{1,2}:\d{2}")


class RuleSegmenter:
    """Rule-based :class:`~polisent.protocols.Segmenter` for interviews, Q&A pieces and op-eds.

    Args:
        clutter_rules: extra or replacement clutter rules (path to JSON, dict with ``"rules"``,
            or a list of rule dicts); see ``polisent/data/clutter_rules.json`` for the format.
        cues: extra or replacement cue families (path, dict with ``"families"`` or a list).
        max_sentence_words: longer runs without a sentence end are cut into pieces of this
            many words (a 5,000-word unpunctuated run becomes 13 claims, never a hang).
        speaker_cues: extra or replacement cues that introduce a text's main speaker (path, dict
            with ``"cues"``, or a list of cue dicts); see ``polisent/data/speaker_cues.json``.
        unit_model: the learned second pass that re-decides, per claim, clutter vs content and
            question vs not (see :mod:`polisent.segment._unit_model`): ``True`` (default) for the
            built-in ``polisent/data/unit_model.json``, ``False`` or ``None`` for the rules alone,
            or a path or dict in the same format.
        speaker_model: a learned ranker that names the speaker of answers no rule names, from the
            people the text mentions (see :mod:`polisent.segment._speaker_model`):
            ``"conversations"`` (default) for the built-in ``polisent/data/speaker_model.json`` in
            texts with questions or talk only (interviews, transcripts); ``True`` for the same model
            in every text, op-eds and reports too (there its best-ranked person is often a quoted
            source, a place or page furniture, and a wrong name misleads a reader more than none);
            a path or dict in the same format (every text); ``False`` or ``None`` for the rules
            alone. It never overrides a name the rules give. See ``docs/cues.md`` for how the
            default was chosen.
        question_model: a learned pass that re-decides which claims are the interviewer's
            questions and prompts (see :mod:`polisent.segment._question_model`): ``True``
            (default) for the built-in ``polisent/data/question_model.json``, a path or dict in
            the same format, ``False`` or ``None`` for the rules' questions alone.

    What it decides:

    - Segments: every non-blank block in text order. The title, subtitles, section headings and,
      in interviews, the standfirst or intro before the first question are ``HEADING`` (no
      claims: they are the editor's framing, not the interviewee's view). Everything the
      interviewer says (question headings, ``Q:`` turns, the host's turns) is a ``QUESTION``
      segment; all its claims have ``is_question=True`` and role ``INTERVIEWER``. Answers are
      ``ANSWER`` with role ``INTERVIEWEE`` (``AUTHOR`` in an op-ed, ``UNKNOWN`` for named turns
      when nobody asks questions); an interrogative sentence inside an answer also gets
      ``is_question=True`` but keeps the answer's role. Boilerplate is ``CLUTTER`` with the rule
      name as ``reason`` (``markup`` for lines of markup only, such as ``---``).
    - Speakers: named from speaker labels (initials such as ``DC:`` are matched to full names), a
      standfirst ("Professor X, ..., reviews ...", "We spoke to Dr. X"), an "Interview by X" byline
      (interviewer) or an author byline / bio; answers still unnamed go to the main speaker the
      prose introduces ("we can talk to X now", "military expert X", "X told DW"; the cues of
      ``polisent/data/speaker_cues.json``); a speaker that cannot be named stays ``None``.

    >>> RuleSegmenter().segment("").claims
    ()
    """

    def __init__(self, *, clutter_rules: Any = None, cues: Any = None, max_sentence_words: int = 400,
                 unit_model: Any = True, speaker_cues: Any = None, speaker_model: Any = "conversations",
                 question_model: Any = True) -> None:
        if isinstance(max_sentence_words, bool) or not isinstance(max_sentence_words, int) or max_sentence_words < 5:
            raise ConfigError(
                "The 'max_sentence_words' parameter of RuleSegmenter must be an int in the range [5, inf). "
                f"Got {max_sentence_words!r} instead."
            )
        self._rules: tuple[ClutterRule, ...] = load_clutter_rules(clutter_rules)
        self._lexicon: CueLexicon = load_cues(cues)
        self._speaker_cues: SpeakerCues | None = load_speaker_cues(speaker_cues) if speaker_cues is not None else None
        self.max_sentence_words = max_sentence_words
        custom = clutter_rules is not None or cues is not None or speaker_cues is not None
        self.name = "rules-v1+custom" if custom else "rules-v1"
        # the built-in learned passes load on first use; a path or dict loads now
        self._unit_model: UnitModel | None = self._switch(unit_model, load_unit_model, "unit-v1", "unit-custom")
        self._use_unit_model = unit_model is not False and unit_model is not None
        self._speaker_model: SpeakerModel | None = None
        if speaker_model is True or speaker_model == "conversations":
            self._speaker_model = load_speaker_model()
            self.name += f"+{self._speaker_model.name}"
            if speaker_model == "conversations":
                self._speaker_model = replace(self._speaker_model, conversations_only=True)
                self.name += "-conversations"
        elif speaker_model is not False and speaker_model is not None:
            self._speaker_model = load_speaker_model(speaker_model)
            self.name += "+speaker-custom"
        self._question_model: QuestionModel | None = self._switch(question_model, load_question_model, "qm-v1", "qm-custom")
        self._use_question_model = question_model is not False and question_model is not None

    def _switch(self, value: Any, load: Any, builtin: str, custom: str) -> Any:
        """A learned pass's setting: True names the built-in one (loaded on first use), False or None none,
        anything else is loaded now; the segmenter's name records which."""
        if value is True:
            self.name += f"+{builtin}"
        elif value is not False and value is not None:
            self.name += f"+{custom}"
            return load(value)
        return None

    def __repr__(self) -> str:
        return (f"RuleSegmenter(name={self.name!r}, rules={len(self._rules)}, cue_families={len(self._lexicon.families)}, "
                f"unit_model={self._use_unit_model})")

    @property
    def unit_model(self) -> UnitModel | None:
        """The learned second pass in use (loaded on first use), or None when it is off."""
        if self._use_unit_model and self._unit_model is None:
            self._unit_model = load_unit_model()
        return self._unit_model

    @property
    def question_model(self) -> QuestionModel | None:
        """The learned question pass in use (loaded on first use), or None when it is off."""
        if self._use_question_model and self._question_model is None:
            self._question_model = load_question_model()
        return self._question_model

    @property
    def clutter_rules(self) -> tuple[ClutterRule, ...]:
        """The clutter rules in use, in the order they are tried."""
        return self._rules

    @property
    def lexicon(self) -> CueLexicon:
        """The cue lexicon in use."""
        return self._lexicon

    def segment(self, text: str, *, url: str | None = None) -> DocumentStructure:
        """Segments, claims and speakers of ``text``; offsets point into ``text``. ``url``, the page's address
        when known (``Document.meta["url"]``), is evidence for the speaker ranker: a slug often names the
        writer or the guest ("/opinion/semih-idiz/...")."""
        if not isinstance(text, str):
            hint = " Decode it first, e.g. polisent.inputs.decode_bytes(data)." if isinstance(text, (bytes, bytearray)) else ""
            raise InputError(f"RuleSegmenter.segment() needs a str, got {type(text).__name__}.{hint}")
        if not text.strip():
            return DocumentStructure((), (), ())
        mk = mask_full(text)
        t = mk.text
        lower_case = is_lower_case(t)
        if lower_case:  # machine captions: their labels in lower case read as any transcript's (rule P5)
            t = title_case_labels(t)
            mk = Masked(t, mk.headings, mk.list_items)
        model = self._speaker_model
        if url is not None and model is not None:
            model = replace(model, address=address_words(url))
        layout = build_units(text, mk, self._rules, transcript=lower_case, speaker_cues=self._speaker_cues,
                             speaker_model=model)
        lower: str | None = t.lower()
        if len(lower) != len(t):  # a few characters grow when lower-cased ("\u0130"): search case-insensitively
            lower = None
        spans: list[tuple[int, int, Unit | None]] = []
        prev_end = 0
        for u in layout.units:
            s, e = _segment_span(text, t, u.start, u.end, prev_end)
            spans.append((s, e, u))
            prev_end = e
        spans.extend((s, e, None) for s, e in _gaps(text, [(s, e) for s, e, _ in spans]))
        spans.sort(key=lambda x: x[0])
        segments: list[Segment] = []
        claims: list[Claim] = []
        sentence = 0
        turn_end = _turn_ends([u for _, _, u in spans])
        for si, (s, e, u) in enumerate(spans):
            if u is None:
                reason = "timestamp" if _TIMING_GAP.match(text, s, e) else "markup"
                segments.append(Segment(s, e, text[s:e], SegmentKind.CLUTTER, reason=reason))
                continue
            segments.append(Segment(s, e, text[s:e], u.kind, u.speaker, u.role, u.reason))
            if u.kind not in (SegmentKind.QUESTION, SegmentKind.ANSWER, SegmentKind.INTRO):
                continue  # (the editor's introduction: claims of role "editor", kept apart from the speakers' views)
            sentence = self._claims(text, t, lower, u, si, sentence, claims, id(u) in turn_end, lower_case)
        speakers = tuple(Speaker(n, r) for n, r in layout.speakers)
        st = DocumentStructure(tuple(segments), tuple(claims), speakers)
        model = self.unit_model
        if model is not None:
            st = apply_unit_model(text, st, model)
        qm = self.question_model
        return apply_question_model(text, st, qm) if qm is not None else st

    def _claims(self, text: str, t: str, lower: str | None, u: Unit, si: int, sentence: int, out: list[Claim],
                ends_turn: bool = True, lower_case: bool = False) -> int:
        quotes = [m.span() for m in _QUOTES.finditer(t, u.content_start, u.end)]  # sorted, disjoint
        if quotes:
            quotes = own_voice_removed(t, u, quotes)
        quote_ends = [q[1] for q in quotes]
        matches = phrase_matches(t, u.content_start, u.end, self._lexicon, lower)
        starts = [m[0] for m in matches]
        is_q_seg = u.kind is SegmentKind.QUESTION
        sents = [(s, e) for s, e in split_sentences(t, u.content_start, u.end, u.list_items, max_words=self.max_sentence_words,
                                                    lower_case=lower_case)
                 if _WORD.search(t, s, e)]
        # an interrogative sentence in an answer or an op-ed is rhetorical: the speaker's claim, not a question
        # (kept as a question only where the turn's speaker is unknown: the structure is unsure there)
        maybe_q = is_q_seg or u.role is SpeakerRole.UNKNOWN
        asks = [maybe_q and (_QEND.search(t, max(s, e - 12), e) is not None or _asr_question(t, s, e)) for s, e in sents]
        if is_q_seg and not any(asks) and sents and (u.asks or ends_turn and _is_prompt(t, *sents[-1], u)):
            asks[-1] = True  # a prompt that ends the interviewer's turn ("Tell us about the talks."), a machine
            # transcript's question without its "?" ("Or is it really a country suffering from corruption.")
        mark = _Q_MARK.match(t, u.start, u.end) if is_q_seg and u.label != "Q" and sents else None
        if mark is not None and sents[0][0] <= mark.end() < sents[0][1]:  # "Question 1:" is no part of the question
            k = mark.end()
            while k < sents[0][1] and t[k].isspace():
                k += 1
            sents[0] = (k, sents[0][1])
        if u.role is SpeakerRole.UNKNOWN and not is_q_seg:  # recorded talk, speakers unsure: the host's prompts ask
            asks = [a or _PROMPT_SENTENCE.match(t, s, e) is not None for a, (s, e) in zip(asks, sents)]
        if is_q_seg:  # "Can you share your insights about ... ." asks, its "?" lost; a set-up does not
            asks = [a or _ASKS_YOU.match(t, s, e) is not None or asks_unmarked(t, s, e) or _PROMPT_SENTENCE.match(t, s, e) is not None
                    or _ASKS_IMPERATIVE.match(t, s, e) is not None for a, (s, e) in zip(asks, sents)]
        if maybe_q:  # "How are you, Nasser?" greets: set-up, no question
            asks = [a and _GREETING.fullmatch(t, s, e) is None for a, (s, e) in zip(asks, sents)]
        for (s, e), question in zip(sents, asks):
            if is_q_seg and not question:
                # the interviewer's greetings, set-up and summaries: neither a question nor a claim
                sentence += 1
                continue
            if u.kind is SegmentKind.INTRO and len(t[s:e].split()) < _INTRO_MIN_WORDS:
                sentence += 1  # "Listen to the full interview.", "And I'm Tom Weiss.": page lines, no introduction
                continue
            near = _overlapping(quotes, quote_ends, s, e)
            parts = [(s, e)] if question else split_clauses(t, s, e, near)
            speaker, role = u.speaker, u.role
            if u.claim_role is not None:  # an unsure turn: its questions are the interviewer's
                speaker, role = (None, SpeakerRole.INTERVIEWER) if question else (speaker, u.claim_role)
            if u.quotes and quoted_share(u, s, e) >= 0.6:  # a round-up expert's own comment in quotation marks
                speaker, role = u.quote_speaker, SpeakerRole.INTERVIEWEE
            for a, b in parts:
                inside = [x for x in matches[bisect_left(starts, a):bisect_left(starts, b)] if x[1] <= b]
                cues = find_cues(text, t, a, b, self._lexicon, inside, _overlapping(quotes, quote_ends, a, b))
                out.append(Claim(len(out), a, b, text[a:b], si, sentence, speaker, role, question,
                                 cues, certainty(cues)))
            sentence += 1
        return sentence


#: the editor's claims are sentences of this many words or more (on the dev data, shorter ones in the
#: editor's introduction were page furniture or the host's lines more often than the introduction)
_INTRO_MIN_WORDS = 8
#: an interrogative opening put to "you" ("Can you share ...", "What do you make of ...")
_ASKS_YOU = re.compile(r"\W*" + ASR_QUESTION_OPENING + r"[^.?!\n]{0,30}?\byou\b")
#: a host's prompt in recorded talk, as an imperative or a request: "Walk us through the U.S. presence in Niger.",
#: "Give us a sense of what's happening.", "Let's have your take on this aspect.", "So can I first ask you to reflect ..."
_PROMPT_SENTENCE = re.compile(r"\W*(?:(?:and|so|now),?\s+)?(?i:(?:walk|take|talk)\s+us\s+through|give\s+us\s+(?:a\s+sense|an\s+idea|a\s+picture|your\s+(?:take|view|sense|thoughts|assessment))|"
                              r"tell\s+us\s+(?:about|more|what|how|why|where|whether)|help\s+us\s+understand|let['\u2019]s\s+have\s+your\s+(?:take|view|thoughts)|paint\s+us\s+a\s+picture|"
                              r"(?:so\s+)?(?:can|could|may)\s+i\s+(?:first\s+|just\s+)?ask\s+you|(?:and\s+)?(?:so\s+)?i\s+want\s+to\s+(?:start|begin)\s+(?:our|this)\s+conversation|"
                              r"i['\u2019]m\s+curious\s+(?:if|whether|about|what|how|why)|"
                              # "I'd like to begin with just having you give us an overview", "So I was wondering if you
                              # could commit to ...", "Give me some of your headlines."
                              r"i(?:['\u2019]d|\s+would)\s+like\s+to\s+(?:begin|start)\s+(?:with|by)\s+(?:just\s+)?(?:asking|having)\s+you|"
                              r"(?:so\s+|and\s+)?i(?:\s+(?:was|am)|['\u2019]m)\s+wondering\s+(?:if|whether|what|how|why)\s+you|give\s+me\s+(?:some\s+of\s+)?your|"
                              r"(?:so\s+|and\s+|now\s+)?(?:maybe\s+)?if\s+you\s+could\s+(?:just\s+|perhaps\s+|briefly\s+)?(?:talk|tell|walk|break|explain|describe|give|help|paint|take|share|elaborate|unpack|bring|update)|"
                              r"(?:so\s+|and\s+|now\s+)?your\s+(?:thoughts|take|reaction|response|view|assessment)\s+on)\b")
#: an interviewer's request put as an imperative to the guest: "Tell us how that happened.", "Just paint us a picture
#: of what's happening.", "Describe this border area.", "First of all, tell us how many troops are in Haiti."
_ASKS_IMPERATIVE = re.compile(r"\W*(?:(?i:and|so|now|but|well|okay|just|first\s+of\s+all|finally|lastly|then),?\s+)*(?i:please,?\s+)?"
                              r"(?i:tell\s+(?:us|me)|give\s+(?:us|me)|paint\s+(?:us|me)|walk\s+(?:us|me)|take\s+(?:us|me)\s+through|"
                              r"remind\s+(?:us|me)|help\s+(?:us|me)|explain|describe|elaborate|unpack|talk\s+(?:to\s+us\s+)?about)\b")
#: a question marked in words at the start of its unit: "Question 1:", "QUESTION:", "Q2."
_Q_MARK = re.compile(r"[ \t*_#]*(?:Q|Question|QUESTION)[ \t]*\d{0,3}[ \t]*[:.]")


def _asr_question(t: str, s: int, e: int) -> bool:
    """A caption service's question: "?" lost to " ." after an interrogative opening
    ("why did you decide to flee hong kong .").

    >>> _asr_question("Why did you decide to flee hong kong .", 0, 38), _asr_question("We left .", 0, 9)
    (True, False)
    """
    return _ASR_END.search(t, max(s, e - 4), e) is not None and INTERROGATIVE.match(t, s, e) is not None


def _is_prompt(t: str, s: int, e: int, u: Unit) -> bool:
    """The last sentence of an interviewer's turn asks for an answer: a marked question's (a question
    heading, ``Q:``) unless it is a courtesy that asks for nothing; a host's turn only when it reads as a
    prompt and is no courtesy."""
    if _ON_TOPIC.fullmatch(t, u.content_start, u.end):
        return True  # a radio interview's topic heading ("On the leadership of Ukraine's president:")
    if t[max(s, e - 2):e].rstrip().endswith(":") or len(t[s:e].split()) < 3:
        return False  # a label left alone ("James Appathurai says:"), a fragment ("Dr.")
    prompt = _PROMPT.search(t[s:e]) is not None
    if u.form == "heading" or u.label == "Q":
        # (not a courtesy that asks for nothing: "QUESTION 1: ... Joining us now is X. Welcome to the show.")
        return prompt or not _COURTESY.match(t, s, e)
    return not _COURTESY.match(t, s, e) and prompt


def _turn_ends(units: list[Unit | None]) -> set[int]:
    """Ids of the question units that end an interviewer's turn (the next content unit is not
    the same speaker's question)."""
    out: set[int] = set()
    content = [u for u in units if u is not None and u.kind is not SegmentKind.CLUTTER]
    for a, b in zip(content, content[1:] + [None]):
        if a.kind is not SegmentKind.QUESTION:
            continue
        if b is None or b.kind is not SegmentKind.QUESTION or b.form == "heading" or a.form == "heading" \
                or b.label is not None or (b.speaker, b.role) != (a.speaker, a.role):
            out.add(id(a))
    return out


def _overlapping(spans: list[tuple[int, int]], ends: list[int], s: int, e: int) -> list[tuple[int, int]]:
    """The sorted, disjoint ``spans`` that overlap ``[s, e)`` (``ends`` are their ends)."""
    out = []
    for i in range(bisect_left(ends, s + 1), len(spans)):
        a, b = spans[i]
        if a >= e:
            break
        out.append((a, b))
    return out


def _segment_span(text: str, t: str, s: int, e: int, floor: int) -> tuple[int, int]:
    """Widen a masked-trimmed span over the markup on its own line ('### ', '**', '<p>', '</p>'),
    never back past ``floor`` (the end of the previous segment)."""
    while s > floor and t[s - 1] in " \t" and text[s - 1] not in _NL:
        s -= 1
    if s > floor and t[s - 1] == "\n" and text[s - 1] == "<":
        s -= 1
    n = len(text)
    while e < n and text[e] not in _NL:
        if t[e] in " \t":
            e += 1
        elif text.startswith("</", e) and t[e] == "\n":
            close = text.find(">", e, e + 40)
            if close == -1:
                break
            e = close + 1
        else:
            break
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _gaps(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-blank raw text outside every unit (markup-only lines such as '***' or an image tag)."""
    out = []
    pos = 0
    for s, e in sorted(spans) + [(len(text), len(text))]:
        if s > pos:
            for m in _RAW_BLOCK.finditer(text, pos, s):
                a, b = m.span()
                while b > a and text[b - 1].isspace():
                    b -= 1
                if b > a:
                    out.append((a, b))
        pos = max(pos, e)
    return out


