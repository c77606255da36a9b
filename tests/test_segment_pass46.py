"""Forty-sixth pass: a live chat's guest and a participle that opens a question (texts written for the project)."""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter

LIVE_CHAT = """Inside the Sahel

Mar 3, 2024

Chat with Jane Roe, the Gazette's West Africa correspondent, about the junta in Niamey and the region's alliances.

What is the mood in Niamey after the coup?

People are tired and wary. The streets are calm, but there is little trust in anyone's promises.

Supposing, as looks likely, the talks with the bloc fail, what happens to the border crossings?

I think they stay closed for a while. Traders will look for routes through the neighbours.
"""

NO_NAME = """Questions from readers

What is the mood in Niamey after the coup?

People are tired and wary. The streets are calm, but there is little trust in anyone's promises.

Assuming, as seems likely, the talks with the bloc fail, what happens to the border crossings?

They stay closed for a while. Traders will look for routes through the neighbours.

Will the junta hold elections soon?

Not soon. The transition charter gives them years, and they are in no hurry.
"""


def _answer_speakers(text: str) -> set:
    st = RuleSegmenter().segment(text)
    return {(s.speaker, s.role) for s in st.segments if s.kind.value == "answer"}


def test_live_chat_names_its_guest():
    # "Chat with X" announces the guest as "conversation with X" does (speaker_cues.json). Other cues name
    # Jane Roe here already; on the real page that taught it, the answers' own names (colleagues) left the
    # guest unnamed without the cue.
    assert _answer_speakers(LIVE_CHAT) == {("Jane Roe", SpeakerRole.INTERVIEWEE)}


def test_a_participle_opening_a_question_is_no_name():
    speakers = _answer_speakers(NO_NAME)
    assert speakers and all(name is None for name, _ in speakers), speakers
    assert {r for _, r in speakers} == {SpeakerRole.INTERVIEWEE}


OPED_WIDGETS = """The Daily Ledger

Why the bloc must let the exiles lead

Regional envoys should stand back and let the opposition factions shape the talks.

Ana Lind (The Daily Ledger)

Premium
Harbourtown
Thu, July 20, 2023

Share This Article

Change Size

The joint statement that closed the ministers' meeting last week showed how little the bloc can do alone.

The chair should not feel embarrassed by the failure, because the generals never meant to negotiate.
"""


def test_a_text_size_widget_is_page_furniture_not_the_writer():
    st = RuleSegmenter().segment(OPED_WIDGETS)
    names = {s.speaker for s in st.segments if s.kind.value in ("answer", "body")}
    assert names == {"Ana Lind"}, names
    size = next(s for s in st.segments if OPED_WIDGETS[s.start:s.end].strip() == "Change Size")
    assert size.kind.value == "clutter"
