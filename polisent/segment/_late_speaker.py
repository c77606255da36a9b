r"""The learned speaker ranker as a last resort: a conversation whose answers no rule left named.

:func:`polisent.segment._unnamed_answers._fill_principal` consults the ranker (:mod:`polisent.segment._speaker_model`)
only where no rule names the main speaker. Where a rule named someone that a later pass then drops (a
headline's words taken for a name, "Recommended Posts"), or where the rules never reached that step,
an interview or transcript ends with every answer unnamed although the ranker is sure who speaks
them. This pass runs after every rule and names them then, at ``late_threshold`` in
``polisent/data/speaker_model.json`` (never below the ranker's own threshold): only in conversations
(questions, or spoken text), only when no answer carries a name, never the interviewer or a person
the text only cites.

>>> from polisent.segment import RuleSegmenter
>>> text = ("Interview with Caspian.Az\n\nCaspian.Az interviews Dr. Maren Olsby, Deputy Director, Nordic Policy "
...         "Centre, Tallinn University.\n\nThere are few signs of a new course. How would you judge Estonian policy "
...         "in the region?\n\nActually, there are many signs of change. Polls show that people of the region "
...         "support it.\n\nWill this step bring more benefits for Estonia?\n\nFirst of all, these are "
...         "complementary processes.\n\nRecommended Posts\n\nNo comment yet, add your voice below!\n")
>>> {c.speaker for c in RuleSegmenter().segment(text).claims if not c.is_question}
{'Maren Olsby'}
"""

from __future__ import annotations

import logging
from dataclasses import replace

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment._principal import page_spelling
from polisent.segment._principal_cues import is_spoken
from polisent.segment._speaker_model import SpeakerModel
from polisent.segment._unnamed_answers import _credited_only, ranked_principal
from polisent.segment._units import Unit
from polisent.segment._voices import unwrap_names

__all__ = ["late_speaker"]

logger = logging.getLogger(__name__)


def late_speaker(t: str, units: list[Unit], speakers: list[tuple[str | None, SpeakerRole]],
                 model: SpeakerModel | None) -> list[tuple[str | None, SpeakerRole]]:
    """Name every answer of a conversation that no rule named, when the ranker's best person reaches the
    model's ``late_threshold``; return the document's (speaker, role) list with the name in place of None."""
    if model is None or model.late_threshold is None:
        return speakers
    answers = [u for u in units if u.kind is SegmentKind.ANSWER and u.role is not SpeakerRole.INTERVIEWER]
    if not answers or any(u.speaker for u in answers):
        return speakers
    has_q = any(u.kind is SegmentKind.QUESTION for u in units)
    if not (has_q or is_spoken(t)):
        return speakers  # an op-ed or a report: its best-ranked person is often a quoted source
    pt = unwrap_names(t)
    p = ranked_principal(t, pt, units, talk=True, has_q=has_q,
                         model=replace(model, threshold=max(model.threshold, model.late_threshold)))
    if p is None or _credited_only(t, units, p.name):
        return speakers
    name = page_spelling(pt, p.name) if " " in p.name and not p.name.isupper() else p.name
    logger.debug("late speaker %s (p=%.3f)", name, p.score)
    roles = {u.role for u in answers}
    for u in answers:
        u.speaker = name
    out = [(name if n is None and r in roles else n, r) for n, r in speakers]
    # (the document's speakers list every named speaker of its claims, even where no unnamed entry held the role:
    # answers under a once-seen asker's label)
    out += [(name, r) for r in sorted(roles, key=lambda r: r.value) if (name, r) not in out]
    return list(dict.fromkeys(out))
