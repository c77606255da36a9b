"""Pass 68 (issue 11): a Q&A whose questions stand bare between answers after a long introduction.

Texts written for the project; none is a copy of a corpus document.
"""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter

_INTRO = [
    "Tallinn's harbour question",
    "Port traffic through the Baltic has fallen for a third year, and the city's plans for a new terminal stalled.",
    "Local firms blame the sanctions regime, while the port authority points to a slump in transit cargo from the east.",
    "Analyst Kadri Lepik of the Baltic Trade Institute has followed the port's finances for a decade.",
]
_TURNS = [
    "Kadri, who decides whether the terminal is built after all?",
    "In the end the city council does, but the money comes from the state and from European funds.",
    "And the funds have conditions attached that the council has not met.",
    "Will the cargo come back?",
    "Not soon. The transit routes have moved south and the shippers have signed long contracts there.",
]


def _seg(paragraphs: list[str]):
    text = "\n\n".join(paragraphs) + "\n"
    return text, RuleSegmenter().segment(text)


def test_hailed_question_after_long_intro_makes_an_interview() -> None:
    text, st = _seg(_INTRO + _TURNS)
    asked = [c.text for c in st.claims if c.is_question]
    assert asked == [_TURNS[0], _TURNS[3]]
    answers = [c for c in st.claims if not c.is_question and c.start > text.index(_TURNS[0])]
    assert answers and all(c.role is not SpeakerRole.AUTHOR for c in answers)


def test_unhailed_questions_after_long_intro_stay_the_writers() -> None:
    # the same page without the hail reads as an op-ed asking its own questions: no interviewer's turns
    turns = ["Who decides whether the terminal is built after all?"] + _TURNS[1:]
    _, st = _seg(_INTRO + turns)
    assert not any(c.is_question for c in st.claims)


def test_hail_of_a_word_the_text_never_names_as_a_person_is_not_enough() -> None:
    # "Estonia, who decides ...?" is the writer's apostrophe: Estonia never opens a capitalised name here
    turns = ["Estonia, who decides whether the terminal is built after all?"] + _TURNS[1:]
    _, st = _seg(_INTRO + turns)
    assert not any(c.is_question for c in st.claims)


# a Spanish-language interview printed with hyphens glued to each turn's first word, after a standfirst of three
# paragraphs (without the dash turns, the questions would read as an op-ed's own)
_HYPHENED = "\n\n".join([
    "El canciller y la frontera",
    "ASUNCIÓN.- El canciller Tomás Ibarra Ruiz habló con este diario sobre la frontera y el comercio con Brasil.",
    "El paso de Ciudad del Este lleva tres meses cerrado y los comerciantes de ambos lados reclaman una solución.",
    "La oposición pide que el Congreso revise el acuerdo de controles firmado el año pasado con el gobierno vecino.",
    "-Ha dicho que la frontera está cerrada para siempre. ¿Va a reabrirla?",
    "-No en este año. Primero tenemos que ordenar los controles con Brasil.",
    "-¿Y el comercio con Argentina?",
    "-Sigue igual. Los camioneros cruzan por el sur, como siempre.",
]) + "\n"


def test_hyphen_glued_to_the_first_word_marks_dialogue_turns() -> None:
    st = RuleSegmenter().segment(_HYPHENED)
    asked = [c.text for c in st.claims if c.is_question]
    assert "-¿Y el comercio con Argentina?" in asked and any(q.endswith("¿Va a reabrirla?") for q in asked)
    answers = [c for c in st.claims if c.text.startswith(("-No en", "Primero", "-Sigue", "Los camioneros"))]
    assert len(answers) == 4 and all(c.role is SpeakerRole.INTERVIEWEE for c in answers)


def test_font_size_widget_is_no_dash_turn() -> None:
    from polisent.segment._role_cues import _GLUED_HYPHEN

    assert _GLUED_HYPHEN.match("-A +A") is None and _GLUED_HYPHEN.match("-Ahí no") is not None


# an automatic transcript with generic labels: one host announces the guest, another asks, the guest answers
_LABELLED = "\n\n".join([
    "Speaker 1 (00:00):\nFrom the studio, this is the afternoon briefing.",
    "Speaker 2 (00:04):\nIt is a real pleasure to have this conversation today. Foreign Minister Halvard Dreyer is with us "
    "from Oslo, where the talks ended an hour ago, and we will get to the fisheries dispute in a moment.",
    "Speaker 1 (00:15):\nMinister, what did the talks achieve?",
    "Speaker 3 (00:18):\nWell, we agreed on the quotas for next year. Both sides gave something, and the fleets can plan.",
    "Speaker 1 (00:30):\nAnd the patrol boats?",
    "Speaker 3 (00:32):\nThey stay in port for now. Nobody wants an incident at sea this winter.",
]) + "\n"


def test_generic_label_of_the_announced_guest_takes_the_name() -> None:
    st = RuleSegmenter().segment(_LABELLED)
    guest = [c for c in st.claims if c.text.startswith(("Well, we agreed", "Both sides", "They stay", "Nobody wants"))]
    assert len(guest) == 4 and {c.speaker for c in guest} == {"Halvard Dreyer"}
    host = [c for c in st.claims if "real pleasure" in c.text]
    assert host and host[0].speaker != "Halvard Dreyer"
