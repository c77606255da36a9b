"""A learned pass that re-decides which claims are the interviewer's questions and prompts.

The rules find questions from turn labels, markup and question marks. They miss the host's prompts
of unlabelled transcripts ("Can you tell us where you are now?" at the end of a host's welcome that
runs into the guest's answer; "Just give us a sense of ..."), and they take some rhetorical
questions of an answer for the interviewer's. This pass scores only *candidate* claims (a question
mark, or a sentence that opens with a question or prompt word and addresses "you" or "us") with a
linear head over closed-list features: the first words, who is addressed, the final stop, the
claim's place in its turn, its neighbours (does the next claim open as answers do: "Well", "Yes",
"I think"), the role the rules gave it and whether the document has a host. No topical words are
features, so the head does not learn the corpus's subjects.

A claim the head scores at ``add`` or more (``add_named`` in the turn of a speaker the rules named, or in a
text where the rules found no interviewer and no question) becomes a question of the interviewer's (named
when the document has one named interviewer); a rules' question that ends with a question mark and scores
under ``reject`` stays a claim, of the speaker the rules gave it. The weights are data (``polisent/data/question_model.json``, written by
``scripts/fit_question_model.py`` from the commentary corpus's train split and the structure dev
sets 2-300, thresholds chosen on the main dev split and dev sets 301-368), applied as a dot product
in pure Python.

>>> from polisent.segment import RuleSegmenter
>>> RuleSegmenter(question_model=False).question_model is None
True
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from polisent.errors import ConfigError
from polisent.protocols import DocumentStructure
from polisent.records import Claim, SpeakerRole
from polisent.segment._unit_model import read_model_source

__all__ = ["QuestionModel", "apply_question_model", "is_candidate", "load_question_model", "question_features"]

_DATA = Path(__file__).resolve().parents[1] / "data"
#: words a question or a prompt opens with (first and second word features; any other word is "_")
OPENERS = frozenset("""what how why where when who whom whose which is are was were do does did can could would will
should shall have has had may might must tell give walk talk explain describe help paint take let lets let's just so and
but now okay ok well then i you your we our if in on given since as to the a this that there it thank thanks yes no sure
right mr ms mrs dr professor minister president ambassador general secretary senator before after finally lastly one
another last first second also sorry please looking speaking turning moving staying going coming back quickly briefly
isn't aren't don't doesn't didn't wouldn't couldn't won't can't shouldn't hasn't haven't""".split())
#: words an answer opens with (the next claim's first word; any other word is "_")
ANSWER_OPENERS = frozenset("""well yes no i i'm i've i'd i'll look so sure absolutely thank thanks it it's that that's
the we we're there there's and but um uh oh yeah right okay ok exactly certainly indeed of not good great you let""".split())
_ADDRESSED = frozenset({"you", "your", "us"})
_PERSONS = ("you", "your", "us", "we", "i", "me", "my", "our")
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")
_CLOSERS = "\"'\u201d\u2019)] "


def _words(text: str) -> list[str]:
    return _TOKEN.findall(text.lower().replace("\u2019", "'"))


def is_candidate(claim: Claim) -> bool:
    """Whether the head scores ``claim``: a rules' question, a question mark, or an opening question or
    prompt word with "you", "your" or "us" in the claim.

    >>> from polisent.records import Claim
    >>> is_candidate(Claim(0, 0, 29, "Tell us what you saw in Kyiv.", 0, 0)), is_candidate(Claim(0, 0, 14, "Kyiv held out.", 0, 0))
    (True, False)
    """
    t = claim.text
    if claim.is_question or "?" in t:
        return True
    w = _words(t[:200])
    return bool(w) and w[0] in OPENERS and not _ADDRESSED.isdisjoint(w)


def question_features(text: str, st: DocumentStructure) -> list[dict[str, float] | None]:
    """One sparse feature dict per claim of ``st``, None for a claim that is no candidate.

    >>> from polisent.segment import RuleSegmenter
    >>> text = "Can you tell us where you are now? Well, I am in Kyiv."
    >>> st = RuleSegmenter(question_model=False).segment(text)
    >>> f = question_features(text, st)
    >>> f[0]["ends_q"], f[0]["f1:can"], f[0]["f2:can_you"], f[0]["n1:well"], f[1] is None
    (1.0, 1.0, 1.0, 1.0, True)
    """
    claims = st.claims
    doc: dict[str, float] = {}
    if any(c.role is SpeakerRole.INTERVIEWER for c in claims):
        doc["doc_has_host"] = 1.0
    doc["doc_q_share"] = min(1.0, 5 * sum(c.is_question for c in claims) / max(1, len(claims)))
    if any(c.speaker for c in claims):
        doc["doc_named"] = 1.0
    out: list[dict[str, float] | None] = []
    for ci, c in enumerate(claims):
        if not is_candidate(c):
            out.append(None)
            continue
        f = dict(doc)
        t = c.text
        w = _words(t)
        if c.is_question:
            f["rule_q"] = 1.0
        end = t.rstrip(_CLOSERS)[-1:]
        if end == "?":
            f["ends_q"] = 1.0
        elif "?" in t:
            f["q_inside"] = 1.0
        if end in (".", "!"):
            f["ends_stop"] = 1.0
        if w:
            a = w[0] if w[0] in OPENERS else "_"
            f["f1:" + a] = 1.0
            if len(w) > 1:
                f[f"f2:{a}_{w[1] if w[1] in OPENERS else '_'}"] = 1.0
        ws = set(w)
        for k in _PERSONS:
            if k in ws:
                f["w:" + k] = 1.0
        f["log_words"] = math.log1p(len(w)) / 3
        if len(w) <= 4:
            f["short"] = 1.0
        f["role_" + c.role.value] = 1.0
        f["seg_" + st.segments[c.segment_index].kind.value] = 1.0
        if c.speaker:
            f["spk"] = 1.0
        if ci == 0 or claims[ci - 1].segment_index != c.segment_index:
            f["first_in_seg"] = 1.0
        if ci + 1 == len(claims) or claims[ci + 1].segment_index != c.segment_index:
            f["last_in_seg"] = 1.0
        if ci > 0:
            p = claims[ci - 1]
            if p.text.rstrip().endswith("?"):
                f["prev_q"] = 1.0
            if p.is_question:
                f["prev_rule_q"] = 1.0
            if p.role is not c.role:
                f["prev_other_role"] = 1.0
        else:
            f["no_prev"] = 1.0
        if ci + 1 < len(claims):
            n = claims[ci + 1]
            nw = _words(n.text[:60])
            f["n1:" + (nw[0] if nw and nw[0] in ANSWER_OPENERS else "_")] = 1.0
            if n.segment_index != c.segment_index:
                f["next_new_seg"] = 1.0
            if n.is_question:
                f["next_rule_q"] = 1.0
            if n.text.rstrip().endswith("?"):
                f["next_q"] = 1.0
            if n.role is not c.role:
                f["next_other_role"] = 1.0
            f["next_role_" + n.role.value] = 1.0
        else:
            f["no_next"] = 1.0
        out.append(f)
    return out


@dataclass(frozen=True, slots=True)
class QuestionModel:
    """The question head's weights and its thresholds: ``add`` a question, ``add_named`` one in the turn of a
    speaker the rules named (their turn labels are stronger evidence) or in a text where the rules found no
    conversation, ``reject`` a rules' question."""

    name: str
    weights: Mapping[str, float]
    bias: float
    add: float
    reject: float
    provenance: Mapping[str, Any]
    add_named: float = 1.0

    def prob(self, f: Mapping[str, float]) -> float:
        """P(question) of features ``f``."""
        w = self.weights.get
        z = self.bias + sum(v * w(k, 0.0) for k, v in f.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def load_question_model(source: str | Path | Mapping[str, Any] | None = None) -> QuestionModel:
    """The built-in model (``polisent/data/question_model.json``), or one from a path or dict.

    >>> m = load_question_model({"weights": {"ends_q": 2.0}, "bias": -1.0, "add": 0.6, "reject": 0.4})
    >>> round(m.prob({"ends_q": 1.0}), 3), m.name
    (0.731, 'question-model')
    """
    if source is None:
        return _builtin_model()
    source = read_model_source(source, "question model")
    try:
        weights = {str(k): float(v) for k, v in source["weights"].items()}
        add, reject = float(source["add"]), float(source["reject"])
        add_named = float(source.get("add_named", add))
        bias = float(source["bias"])
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise ConfigError("The question model needs 'weights' (name -> number), 'bias', 'add' and 'reject'. "
                          f"Got an error: {e!r}") from None
    if not 0.0 <= reject <= min(add, add_named):
        raise ConfigError("The question model's thresholds need 0 <= reject <= add and reject <= add_named, "
                          f"got reject={reject}, add={add}, add_named={add_named}.")
    return QuestionModel(str(source.get("name", "question-model")), weights, bias, add, reject,
                         dict(source.get("provenance", {})), add_named)


@lru_cache(maxsize=1)
def _builtin_model() -> QuestionModel:
    return load_question_model(_DATA / "question_model.json")


def apply_question_model(text: str, st: DocumentStructure, model: QuestionModel) -> DocumentStructure:
    """Re-decide ``is_question`` for the candidate claims of ``st``; segments and offsets are unchanged.

    >>> from polisent.segment import RuleSegmenter
    >>> text = "Can you tell us where you are now? Well, I am in Kyiv."
    >>> st = RuleSegmenter(question_model=False).segment(text)
    >>> always = load_question_model({"weights": {}, "bias": 5.0, "add": 0.5, "reject": 0.5})
    >>> [c.is_question for c in st.claims], [c.is_question for c in apply_question_model(text, st, always).claims]
    ([False, False], [True, False])
    """
    feats = question_features(text, st)
    if all(f is None for f in feats):
        return st
    interviewers = {c.speaker for c in st.claims if c.role is SpeakerRole.INTERVIEWER}
    host = next(iter(interviewers)) if len(interviewers) == 1 else None
    # where the rules found no conversation at all (no interviewer, no question), an op-ed's or a report's
    # rhetorical question is likelier than an unmarked interview: the head needs add_named there too
    quiet = not interviewers and not any(c.is_question for c in st.claims)
    claims = list(st.claims)
    changed = False
    for ci, f in enumerate(feats):
        if f is None:
            continue
        c = claims[ci]
        p = model.prob(f)
        if not c.is_question and p >= (model.add_named if c.speaker or quiet else model.add):
            claims[ci] = replace(c, is_question=True, role=SpeakerRole.INTERVIEWER, speaker=host)
            changed = True
        elif c.is_question and p < model.reject and c.text.rstrip(_CLOSERS).endswith("?"):
            # (a rules' request without a question mark, "So can I first ask you to reflect on ...", stays: the
            # head's evidence there is weak, and on the dev sets its rejections of them were a coin flip)
            claims[ci] = replace(c, is_question=False)
            changed = True
    return DocumentStructure(st.segments, tuple(claims), st.speakers) if changed else st
