"""Pass 61 structure: name validity from a lexicon of phrase words (``polisent/data/phrase_words.txt``): a
capitalised run whose every word is written in lower case in running text, and none a given name, reads as a
phrase, not a person ("Cold Front", "Analytical Breakdown", "FULL STORY"); a label seen once made of such words is a
lead-in, unless it names a role. Texts written for these tests."""

from __future__ import annotations

import pytest

from polisent.segment._headlines import _lead_in
from polisent.segment._person_names import is_person_name, reads_as_phrase
from polisent.segment._phrase_words import lexical_run, phrase_words
from polisent.testing import answer_speakers

_BODY = ("When the soldiers in the capital seized power, few diplomats expected the rupture to last. Within two years "
         "the garrison was gone and foreign instructors trained the army.\n\n"
         "The lesson for Europe is plain. Aid without security did not buy loyalty, and security without aid did not "
         "buy it either.\n")


@pytest.mark.parametrize("name", ["Cold Front", "Analytical Breakdown", "Brief History", "Blocking Statute", "FULL STORY"])
def test_a_run_of_phrase_words_reads_as_a_phrase(name: str) -> None:
    assert lexical_run(name) and reads_as_phrase(name)


@pytest.mark.parametrize("name", ["Mark Field", "Will Hurd", "Grace Meng", "Rich Lowry", "Moon Jae-in", "Said Jalili",
                                  "STEPHEN SMITH", "Ban Ki-moon"])
def test_a_given_name_or_a_registry_persons_word_keeps_a_name(name: str) -> None:
    assert not lexical_run(name) and not reads_as_phrase(name)
    assert is_person_name(name)


def test_the_phrase_lexicon_leaves_out_given_names() -> None:
    words = phrase_words()
    assert {"cold", "analytical", "story"} <= words
    assert not {"mark", "will", "grace", "moon", "ban"} & words


def test_a_lead_in_label_seen_once_is_no_speaker_and_the_byline_names_the_writer() -> None:
    text = ("THE DAILY LEDGER\n\nIssue 14, March 3, 2011\n\nSAHEL'S LONG RETREAT:\nWHY THE JUNTAS TURNED EAST\n"
            "By Tomas Verlaine\n\nFULL STORY:   " + _BODY)
    assert answer_speakers(text) == {("Tomas Verlaine", "author")}


@pytest.mark.parametrize("label", ["FULL STORY", "Cold Front", "BOTTOM LINE"])
def test_lead_in_labels(label: str) -> None:
    assert _lead_in(label)


@pytest.mark.parametrize("label", ["SENIOR ADMINISTRATION OFFICIAL", "VOX POP", "MODERATOR", "FOR DEFENCE", "CONNECT WITH US",
                                   "Mark Field"])
def test_a_role_a_prompt_or_a_name_is_no_lead_in(label: str) -> None:
    assert not _lead_in(label)


def test_a_role_label_of_common_words_seen_once_still_names_its_turn() -> None:
    text = ("Background briefing on the ceasefire talks\n\nMODERATOR: Thanks, everyone, for joining this call. Our briefer "
            "today is a senior official.\n\nSENIOR ADMINISTRATION OFFICIAL: Thanks. The talks resumed this morning, and both "
            "delegations stayed at the table for six hours. We expect a second round next week.\n")
    assert answer_speakers(text) == {("Administration Official", "interviewee")}


@pytest.mark.parametrize("label", ["Coast Daily", "Global Times", "Observer Network", "Federal News Agency"])
def test_an_outlet_that_asks_is_no_lead_in(label: str) -> None:
    # an outlet's name as the interviewer's label ("Coast Daily: What is your comment?"), seen once
    assert not _lead_in(label)
