"""Issue 11: automatic transcripts with numbered voices and no question marks (texts written for the project)."""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter
from polisent.segment._units import asks_unmarked
from polisent.segment._voices import unwrap_names

_WRAPPED = (
    "Episode Transcript\n"
    "Transcripts are generated automatically and may contain errors.\n"
    "Speaker 1 (00:00):\n"
    "Good afternoon, and the trouble with the river treaty is back on the\n"
    "table this week, with two capitals trading statements about the\n"
    "dam and the water that the farmers downstream say they are losing. Marta\n"
    "Kowalczyk is a senior lecturer in water law at the Baltic Institute.\n"
    "She joins me now. Is it unusual for two neighbours to fall out\n"
    "over a river like this.\n"
    "Speaker 2 (00:31):\n"
    "Well, it happens more often than people think, and the treaty\n"
    "was always vague about the dry months when the flow is low.\n"
    "Both sides have a point and both sides know it very well.\n"
    "Speaker 1 (00:52):\n"
    "The minister said yesterday that the dam will open in spring\n"
    "whatever the neighbours say about the flow of the river.\n"
    "Do you think that is a wise thing to say in public.\n"
    "Speaker 2 (01:10):\n"
    "No, I think it makes a deal harder, because the other side now\n"
    "has to answer in public as well, and nobody wants to look weak.\n"
)


def test_numbered_voices_host_asks_without_question_marks() -> None:
    st = RuleSegmenter().segment(_WRAPPED)
    qs = [c for c in st.claims if c.is_question]
    assert [" ".join(c.text.split()) for c in qs] == [
        "Is it unusual for two neighbours to fall out over a river like this.",
        "Do you think that is a wise thing to say in public."]
    assert {(c.speaker, c.role) for c in qs} == {("Speaker 1", SpeakerRole.INTERVIEWER)}
    answers = [c for c in st.claims if not c.is_question]
    # the host's set-up ("The minister said yesterday ...") is no claim of the guest's
    assert not any("minister said" in c.text for c in answers)
    assert answers and {(c.speaker, c.role) for c in answers} == {("Marta Kowalczyk", SpeakerRole.INTERVIEWEE)}


def test_a_guest_who_opens_the_excerpt_is_not_made_the_host() -> None:
    # the excerpt starts with the guest returning a greeting; that voice never asks nor names the guest
    text = _WRAPPED.replace(
        "Speaker 1 (00:00):\nGood afternoon,", "Speaker 2 (00:00):\nAnd good afternoon to you too.\nSpeaker 1 (00:02):\nGood afternoon,")
    st = RuleSegmenter().segment(text)
    opener = [c for c in st.claims if "to you too" in c.text]
    assert opener and not opener[0].is_question  # kept as talk, not dropped as a host's set-up


def test_asks_unmarked_reads_the_last_sentence_only() -> None:
    assert asks_unmarked("The vote is in May. Do you expect a delay.", 0, 42)
    assert asks_unmarked("They are part of the realm, aren't they.", 0, 40)
    assert not asks_unmarked("Do you know what? The vote is in May.", 0, 37)
    assert not asks_unmarked("What is clear is that nobody wants a war.", 0, 41)


def test_unwrap_names_keeps_offsets_and_leaves_unwrapped_text_alone() -> None:
    wrapped = ("We talk about the treaty and the dam today with our guest, Marta\n"
               "Kowalczyk of the Baltic Institute, who has followed the dispute for\n"
               "years and knows both sides.\n") * 4
    out = unwrap_names(wrapped)
    assert len(out) == len(wrapped) and "Marta Kowalczyk" in out
    short = "Marta\nKowalczyk\nBaltic Institute\n"  # lines alone (an author box): not hard-wrapped
    assert unwrap_names(short) == short
