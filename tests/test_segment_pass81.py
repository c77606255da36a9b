"""Pass 81 (issue 11): the outlet an interview is with is the press too (rule P4): "X said in an interview with
Baltic Broadcasting", "during an interview with ...", "Nordic Diary asked ...", and newspaper words of other languages
make a run no person's name.

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

import pytest

from polisent.segment._person_names import is_person_name
from polisent.segment._press_names import press_surnames
from tests.conftest import by_role as _by_role

SAID = ("Nordic FM: the ties are long-standing\n\nForeign Minister Tomas Halvorsen has described the relationship as very "
        "old.\n\n\u201cThe ties with them are long-standing,\u201d Halvorsen said in an interview with Baltic Broadcasting "
        "ahead of the ministerial forum in Riga.\nThe following is the transcript of the interview:\n\n"
        "Question: How important is the region in your strategy?\n\n"
        "A: The region has always had a special place in our foreign policy. We are partners, and we will stay partners.\n\n"
        "Question: Will the talks resume?\n\n"
        "A: They will, once the monitors are allowed in. We have asked for that, and we will keep asking.\n")


def test_the_outlet_an_interview_is_with_is_not_the_guest() -> None:
    assert _by_role(SAID)["interviewee"] == {"Tomas Halvorsen"}  # (before the pass: "Baltic Broadcasting")


@pytest.mark.parametrize("text, press", [
    ("\u201cWe have ties with us,\u201d Wang said in an interview with Baltic Broadcasting ahead of the forum.", {"broadcasting"}),
    ("Foreign minister Tomas Halvorsen during an interview with Baltic Gazette", {"gazette"}),
    ("Nordic Diary asked the political expert Tomas Halvorsen about the elections.", {"diary"}),
    ("Tomas Halvorsen spoke with Ana Ruiz about the talks.", set()),  # two people: nothing says who asks
])
def test_outlets_that_ask(text: str, press: set[str]) -> None:
    assert press_surnames(text, until=len(text)) == press


@pytest.mark.parametrize("name", ["Gazeta Express", "Nordic Diary", "Sekai Nippo", "European Pravda", "Diario Austral"])
def test_newspaper_words_make_no_person(name: str) -> None:
    assert not is_person_name(name)
