"""The learned ranker's last word in prose: who wrote an op-ed or a report that no rule names.

By default the speaker ranker (:mod:`polisent.segment._speaker_model`) is asked in conversations only: in op-eds and
reports its best-ranked person is often the piece's subject, a source it quotes, a caption's name or page furniture.
Rule R2 of the 115th pass asks it there too, but only where it is sure (the model's ``prose["threshold"]``, 0.9) and
where the page credits that person the way a writer is credited: a byline's "By", a style or a credential before the name
("Dr.", "Ambassador"), a job next to it ("Ana Ruiz, a media consultant, ...") — the ``prose["evidence"]``
features — and never where the name stands in the headline, which names a piece's subject ("Imran Khan is unlikely
to lose the army's support"; the ``prose["veto"]`` features). Both lists are data
(``polisent/data/speaker_model.json``).

>>> from polisent.segment._speaker_model import load_speaker_model
>>> model = load_speaker_model()
>>> text = "Why sanctions fail\\nBy Dr. Anna Berg, a senior fellow at the Example Institute\\n\\nSanctions rarely work."
>>> credited(text, "Anna Berg", model)
True
>>> credited("Anna Berg wins the vote\\n\\nThe vote was close, and Anna Berg won it.", "Anna Berg", model)
False
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from polisent.segment._speaker_model import SpeakerModel, candidates

__all__ = ["credited", "prose_model", "writer_credit"]


def prose_model(model: SpeakerModel) -> SpeakerModel | None:
    """``model`` with the prose threshold as its threshold, or None where it has no prose settings."""
    if model.prose is None or model.prose.get("threshold") is None:
        return None
    return replace(model, threshold=float(model.prose["threshold"]))


def writer_credit(feats: Mapping[str, float], model: SpeakerModel) -> bool:
    """A ranker candidate's features carry a writer's credit (one of the model's ``prose["evidence"]`` features) and
    none of its ``prose["veto"]`` features: the test the ranker applies to its best candidate in prose."""
    settings = model.prose or {}
    flags = {k for k, v in feats.items() if v}
    return bool(flags & frozenset(settings.get("evidence", ()))) and not flags & frozenset(settings.get("veto", ()))


def credited(t: str, name: str, model: SpeakerModel) -> bool:
    """:func:`writer_credit` for the ranker's candidate ``name`` in the prose ``t`` (False where it is no candidate)."""
    ev = next((e for e in candidates(t, talk=False, has_q=False, address=model.address).values() if e.name == name), None)
    return ev is not None and writer_credit(ev.feats, model)
