"""Fifty-first pass: a capitalised job word the title list lacks, between a nationality and a name
("Russian Sinologist X"), no longer hides the guest a standfirst introduces. Texts written for these tests."""

from __future__ import annotations

import pytest

from polisent.segment import RuleSegmenter
from polisent.segment._person_names import person_part

_INTERVIEW = """Kazakh Sinologist Dana Serikova, Senior Researcher at the Institute of World Economy and editor of the journal Steppe Review, recently gave an interview to the weekly Almaty Voice. The interviewer, Marat Akhmetov, asked about the visit to Beijing by Prime Minister Olzhas Bektenov.

Q: "Dana Askarovna [Serikova], how would you assess the results of that trip?"

A: "For Bektenov, this was a first trip to China as prime minister. Relations between our countries are at a new stage."

Q: "What comes next?"

A: "Trade. The railway deals matter more than the speeches."
"""


def test_the_guest_introduced_with_a_capitalised_job_speaks_the_answers() -> None:
    st = RuleSegmenter().segment(_INTERVIEW)
    answers = [c for c in st.claims if not c.is_question and c.role.value == "interviewee"]
    assert answers and {c.speaker for c in answers} == {"Dana Serikova"}  # not the interviewer, not the prime minister


@pytest.mark.parametrize(("run", "name"), [
    ("Russian Sinologist Andrei Petrov", "Andrei Petrov"),
    ("Activist Anna Berg", "Anna Berg"),
    ("Ukrainian Political Scientist Olena Hrytsenko", "Olena Hrytsenko"),
    ("Christian Lindner", "Christian Lindner"),  # a given name that ends like a job is kept
    ("Chinese Communist Party", None),
    ("Vice Foreign Minister Li Wen", "Li Wen"),  # a title before the portfolio
    ("Deputy Defence Minister Anna Berg", "Anna Berg"),
    ("Deputy Foreign Minister", None),
])
def test_person_part_strips_a_job_word_before_a_name(run: str, name: str | None) -> None:
    assert person_part(run) == name
