"""Pass 64 (issue 11): the learned speaker ranker as a last resort (``polisent/segment/_late_speaker.py``).

Texts written for the project; none is a copy of a corpus document.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from polisent.errors import ConfigError
from polisent.segment import RuleSegmenter, load_speaker_model

_MODEL = Path(__file__).resolve().parents[1] / "polisent" / "data" / "speaker_model.json"

# a Q&A whose only cue the rules take for a name is page furniture ("Recommended Posts"), dropped late
QA = ("Interview with Caspian.Az\n\nCaspian.Az interviews Dr. Maren Olsby, Deputy Director, Nordic Policy Centre, "
      "Tallinn University.\n\nThere are few signs of a new course. How would you judge Estonian policy in the region?\n\n"
      "Actually, there are many signs of change. Polls show that people of the region support it.\n\n"
      "Will this step bring more benefits for Estonia?\n\nFirst of all, these are complementary processes.\n\n"
      "Recommended Posts\n\nNo comment yet, add your voice below!\n")


def _answers(seg: RuleSegmenter, text: str) -> set[str | None]:
    return {c.speaker for c in seg.segment(text).claims if not c.is_question}


def _model(**change: object) -> dict:
    data = json.loads(_MODEL.read_text(encoding="utf-8"))
    data.update(change)
    return {k: v for k, v in data.items() if v is not None}


def test_late_pass_names_the_guest_no_rule_left_named() -> None:
    assert _answers(RuleSegmenter(), QA) == {"Maren Olsby"}


def test_without_late_threshold_the_answers_stay_unnamed() -> None:
    assert _answers(RuleSegmenter(speaker_model=_model(late_threshold=None)), QA) == {None}


def test_rules_alone_name_nobody_here() -> None:
    assert _answers(RuleSegmenter(speaker_model=False), QA) == {None}


def test_a_late_threshold_above_the_best_probability_names_nobody() -> None:
    assert _answers(RuleSegmenter(speaker_model=_model(late_threshold=0.999)), QA) == {None}


def test_the_interviewer_is_never_the_late_speaker() -> None:
    text = ("Ana Ruiz: How would you judge Estonian policy in the region?\n\nThere are many signs of change, "
            "and polls show support.\n\nAna Ruiz: Will it bring benefits?\n\nYes, in time.\n")
    assert "Ana Ruiz" not in {c.speaker for c in RuleSegmenter().segment(text).claims if not c.is_question}


def test_prose_is_left_to_the_rules() -> None:
    # an unsigned report quoting one person: no conversation, so the last resort does not name him
    text = ("Estonia weighs its options\n\nEstonia is weighing new steps in the region, officials said on Monday. "
            "\"We need calm,\" said Professor Jaan Tamm, a political scientist at Tartu University. "
            "The government will decide next week.\n")
    assert _answers(RuleSegmenter(), text) == _answers(RuleSegmenter(speaker_model=_model(late_threshold=None)), text)


def test_late_threshold_is_read_and_checked() -> None:
    assert load_speaker_model().late_threshold == pytest.approx(0.7)
    assert load_speaker_model(_model(late_threshold=None)).late_threshold is None
    with pytest.raises(ConfigError):
        load_speaker_model(_model(late_threshold="high"))


def test_segmenter_name_marks_the_late_pass() -> None:
    assert "+speaker-v2.2-conversations" in RuleSegmenter().name


# --- phases 2-4: titles, standfirsts and labels (texts written for the project) ---------------------------------

def _main(text: str) -> str | None:
    from collections import Counter

    said = Counter(c.speaker for c in RuleSegmenter().segment(text).claims if not c.is_question)
    return said.most_common(1)[0][0]


def test_french_ministry_title_names_the_interviewee() -> None:
    text = ("Entretien de M. Paul Marchand, ministre des affaires etrangeres, a Radio Nord le 4 mars, sur la guerre.\n\n"
            "Q - Bonsoir Paul Marchand, merci d'etre avec nous. Comment resumez-vous cet appel ?\n\n"
            "R - Il y a eu deux choses dans cet appel. Le plus important, c'etait l'initiative du President.\n\n"
            "Q - Et la suite ?\n\nR - Nous verrons demain.\n")
    assert _main(text) == "Paul Marchand"


def test_office_in_apposition_title_names_the_speaker() -> None:
    from polisent.segment._title_bylines import speech_speaker
    from polisent.segment._units import Unit

    t = "Opening Remarks by the President of the Republic of Nordland, Mr Ana Ruiz, at the Summit\nThank you."
    assert speech_speaker(t, [Unit(0, t.index("\n"), [0], 0, "plain", 0)]) == ["Ana Ruiz"]


def test_standfirst_x_tells_y_about_makes_x_the_interviewee() -> None:
    text = ("The spokesman of the Unity Party, Tunde Bello, tells AMAKA OBI about the election and the party's plan\n\n"
            "Is your party confident of victory in this election?\n\n"
            "Yes, we have campaigned for months. Our message has reached the people.\n\n"
            "What will you do first?\n\nWe will fix the roads and the power supply.\n")
    assert _main(text) == "Tunde Bello"


def test_premier_is_an_office_word() -> None:
    from polisent.segment._principal import person_part

    assert person_part("Premier Li Keqiang") == "Li Keqiang"


def test_a_bylined_editor_of_a_qa_asks() -> None:
    text = ("Interview: Nordland committed to peace\n\nBy TOM WEISS, Nordic Wire International Editor\n\n"
            "WASHINGTON, May 12 -- Ana Ruiz, Nordland's foreign minister, met officials in Washington on Thursday. "
            "Shortly after, Ruiz met Nordic Wire for an interview.\n\n"
            "Q: What did you discuss?\n\nA: The peace process and the region. We support talks.\n\n"
            "Q: Will the talks resume?\n\nA: I hope so, and soon.\n")
    assert _main(text) != "Tom Weiss"


def test_slash_photo_credit_is_no_standfirst_person() -> None:
    from polisent.segment._intro_person import intro_person

    head = ("The king and the president met on Wednesday. (Tom Bell/Nordic Wire)\n"
            "Before the meeting the king spoke about the talks.\nWhat do you expect?")
    assert intro_person(head, len(head) - 20) is None


def test_label_alone_over_a_blank_line_opens_the_turn() -> None:
    text = ("Doorstep interview in Brussels\n\nQUESTION:\n\nPrime Minister, what was your reaction to the speech?\n\n"
            "PRIME MINISTER:\n\nI thought it was an excellent speech. It set out the goals.\n\n"
            "QUESTION:\n\nSome read federalism into it?\n\nPRIME MINISTER:\n\nI saw that but they were mistaken.\n")
    claims = RuleSegmenter().segment(text).claims
    assert [c.is_question for c in claims] == [True, False, False, True, False]
    # (an office alone names no one: unnamed since rule U1 of pass 117, "Prime Minister" before)
    assert {c.speaker for c in claims if not c.is_question} == {None}
    assert {c.role.value for c in claims if not c.is_question} == {"interviewee"}
    for c in claims:  # offsets still point into the text
        assert text[c.start:c.end] == c.text
