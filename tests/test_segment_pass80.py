"""Pass 80 (issue 11): the press a Q&A's opening marks (a journalist's job before or after his name, the outlet after a
slash, the one the guest tells, an interview "with" him in mid-sentence) is never the Q&A's guest, whichever route
named it (rule P1); where the learned ranker's best is that journalist, the next is taken at a lower threshold (P2).

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

import pytest

from polisent.segment._press_names import press_surnames
from polisent.segment._speaker_model import candidates, load_speaker_model
from tests.conftest import by_role as _by_role

ANSWERS = ("How do you read the talks on the border?\n\n"
           "I am cautiously hopeful. Both sides want calm before the winter, and the patrols have stopped.\n\n"
           "Will the ceasefire hold?\n\n"
           "It will hold if the monitors are allowed in. We have asked for that, and we will keep asking.\n\n"
           "What do you expect from the summit?\n\n"
           "A timetable for the next round. Nothing more, and nothing less.\n")


OPENINGS = {
    # a press job right before the journalist's name
    "job_before": ("Deputy Prime Minister and Foreign Minister Tomas Halvorsen is back after wrapping up his visit to "
                   "Beijing. Our Special Correspondent Lena Virtanen met Halvorsen in Hong Kong on his way back to Oslo. "
                   "Excerpts:\n\n"),
    # a journalist's job in an apposition after the name
    "apposition": ("Recently, Lena Virtanen, a journalist from the TV channel Nordic One, published your interview, which "
                   "was widely shared. President Tomas Halvorsen answered our questions.\n\n"),
    # an interview "with" the journalist in mid-sentence
    "with_mid": ("'The summit was a turning point'\n\nTomas Halvorsen has one of the hardest jobs in the region. As "
                 "secretary-general of the regional council, he has to balance ten members. After last week's summit in "
                 "Bergen, he assesses the progress in an interview with Lena Virtanen. Edited excerpts:\n\n"),
    # a pronoun's partner
    "pronoun": ("The Nordic Perspective\n\nTomas Halvorsen was named his country's permanent representative to NATO in "
                "2014. During a May 2 visit to Washington, he spoke with Lena Virtanen about the upcoming summit and the "
                "southern flank of the alliance.\n\n"),
    # the outlet after a slash (the guest was found before the pass too)
    "slash": ("China must know the border is closed\n\nMay 28, 2020 16:40 IST\n\n\"Our preparedness is robust,\" "
              "Lieutenant General Tomas Halvorsen (retd) -- the former northern commander -- tells Lena Virtanen/Nordic.com "
              "in the concluding part of a two-part interview.\n\n"),
}


@pytest.mark.parametrize("kind", sorted(OPENINGS))
def test_the_press_is_never_the_guest(kind: str) -> None:
    roles = _by_role(OPENINGS[kind] + ANSWERS)
    assert "Lena Virtanen" not in roles["interviewee"]  # (before the pass: Lena Virtanen, but for "slash")
    assert roles["interviewee"] <= {"Tomas Halvorsen", None}


@pytest.mark.parametrize("kind", ["with_mid", "pronoun", "slash"])
def test_the_guest_is_named_once_the_journalist_is_ruled_out(kind: str) -> None:
    assert _by_role(OPENINGS[kind] + ANSWERS)["interviewee"] == {"Tomas Halvorsen"}


def test_press_marks() -> None:
    assert press_surnames("Our Special Correspondent Lena Virtanen met the minister.") == {"virtanen"}
    assert press_surnames("Lena Virtanen, a journalist from the TV channel Nordic One, asked him.") == {"virtanen"}
    assert press_surnames("In an exclusive interaction with Nordic Review's LENA VIRTANEN, the envoy spoke.") == {"virtanen"}
    # "tells" counts only before the first question
    t = "How did it go?\n\nHe tells Lena Virtanen that it went well."
    assert press_surnames(t, until=0) == set() and press_surnames(t, until=len(t)) == {"virtanen"}


@pytest.mark.parametrize("text", [
    "In an interview with Foreign Minister Tomas Halvorsen, we asked about the talks.",  # the guest, after an office
    "Tomas Halvorsen, former editor of the Nordic Review, answers our questions.",  # a former journalist may be the guest
    "We spoke in an interview with Tomas Halvorsen about the talks.",  # the outlet's own "we": the guest
    "Both sides pledged to fight HIV/AIDS and malaria.",  # a slash between words, no name
])
def test_no_press_mark(text: str) -> None:
    assert press_surnames(text, until=len(text)) == set()


def test_the_press_threshold_is_data() -> None:
    model = load_speaker_model()
    assert model.press_threshold is not None and model.press_threshold < model.threshold
    assert load_speaker_model({"weights": {}, "bias": 0.0, "threshold": 0.7}).press_threshold is None


@pytest.mark.parametrize("text, name, cue", [
    ("Der deutsche Botschafter in Polen, Martin Weber, erklärte nach seiner Ankunft, was er vorhat.", "weber", "b_job"),
    ("Esta semana ha llegado el nuevo embajador de España en Chile, Tomás Ibáñez Ruiz, que habló con nosotros.", "ruiz", "b_job"),
    ("Ce matin, la présidente Claire Dubois a parlé aux journalistes.", "dubois", "b_office"),
    ("Una lunga intervista con Marco Bellini sul futuro della NATO.", "bellini", "b_with"),
])
def test_the_ranker_reads_cue_words_in_other_languages(text: str, name: str, cue: str) -> None:
    # rule P3: the job, office, interview and "with" cues in German, Spanish, French, Portuguese and Italian
    found = candidates(text, talk=True, has_q=True)
    assert found[name].feats.get(cue) == 1.0
