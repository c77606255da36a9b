"""Pass 63 rules (issue 11): an editor's note that names the writer and disowns the views; name particles.

Texts written for these tests (not from any corpus or judge page)."""

from __future__ import annotations

from collections import Counter

import pytest

from polisent.segment import RuleSegmenter

SEG = RuleSegmenter()
BODY = ("\n\nThe war has entered a new phase. Russia has lost ground in the east, and Europe must decide how far it "
        "will go to help Kyiv.\n\nThe sanctions have hurt Moscow, but not enough. China keeps buying oil.\n\n"
        "We should be honest about what comes next. Diplomacy will matter again.")


def writer(text: str) -> str | None:
    st = SEG.segment(text)
    return Counter(c.speaker for c in st.claims if not c.is_question).most_common(1)[0][0]


@pytest.mark.parametrize("note", [
    "Editor\u2019s note: Ana Ruiz served as ambassador to Chile from 2019 to 2022. She now teaches at a university. "
    "The opinions expressed in this commentary are her own. Read more opinion here.",
    "Editor's Note: Ana Ruiz is a former ambassador to Chile. The views expressed here are solely her own.",
])
def test_an_editors_note_that_disowns_the_views_names_the_writer(note: str) -> None:
    assert writer("Opinion: Why Europe must act\n\n" + note + BODY) == "Ana Ruiz"


def test_an_editors_note_without_the_disclaimer_names_no_writer() -> None:
    # "Editor's note: X served as ..." alone may introduce the subject of a report, not its writer
    assert writer("Why Europe must act\n\nEditor's note: Ana Ruiz served as ambassador to Chile for three years and "
                  "negotiated the last trade deal." + BODY) is None


@pytest.mark.parametrize("byline, name", [
    ("By Marta vanden Berghe", "Marta vanden Berghe"),
    ("- Pieter vander Linden", "Pieter vander Linden"),
    ("By Joana dos Santos", "Joana dos Santos"),
    ("By Ursula von der Leyen", "Ursula von der Leyen"),
])
def test_name_particles_in_a_byline(byline: str, name: str) -> None:
    assert writer("Why Europe must act\n\n" + byline + BODY) == name
