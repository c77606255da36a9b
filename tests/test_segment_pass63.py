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


@pytest.mark.parametrize("place", ["New York", "Tel Aviv", "Downing Street", "Golan Heights", "Gaza Strip"])
def test_a_place_is_no_person(place: str) -> None:
    from polisent.segment._person_names import is_person_name, is_place
    from polisent.segment._phrase_words import gazetteer_place

    assert not is_person_name(place) and is_place(place)
    assert is_person_name("Anthony Lake") and is_person_name("Fiona Hill") and not gazetteer_place("Anna Berg")


def test_a_city_in_the_intro_does_not_answer() -> None:
    text = ("Talks after the summit\n\nForeign minister Ana Ruiz, who is visiting New York for the General Assembly, "
            "spoke to our bureau.\n\n- Minister, what comes after the summit?\n\n- Work. We will meet again in "
            "the spring and the treaty text is nearly ready.\n\n- And the border?\n\n- It is calm. Both armies "
            "have pulled back and the monitors are in place.")
    st = SEG.segment(text)
    assert "New York" not in {c.speaker for c in st.claims}


def test_the_ranker_sees_a_name_after_a_long_title() -> None:
    from polisent.segment._speaker_model import candidates

    t = "Estonian Foreign Minister Mart Kask spoke to us on Monday.\n\nQ: What next?\n\nA: Work."
    assert {ev.name for ev in candidates(t, talk=False, has_q=True).values()} >= {"Mart Kask"}
    # a surname outside the brackets is left to the rules
    t = "Can he talk to (Turkish Prime Minister Recep Tayyip) Erdogan?"
    assert "Recep Tayyip" not in {ev.name for ev in candidates(t, talk=False, has_q=True).values()}


@pytest.mark.parametrize("marker", ["- Advertisement -", "\u2014 Sponsored content \u2014", "ADVERTISEMENT"])
def test_advertisement_markers_between_dashes_are_clutter(marker: str) -> None:
    text = "Harbour talks stall\n\nThe talks ended without a deal. It is news.\n\n" + marker + "\n\nThe port lost money again."
    st = SEG.segment(text)
    seg = next(s for s in st.segments if s.text == marker)
    assert seg.kind.value == "clutter" and seg.reason == "advertisement"


def test_an_outlets_interview_with_a_described_guest_names_the_guest() -> None:
    qa = ("\n\nQuestion: When will the talks be held?\n\nAnswer: We are holding consultations. The next round will be "
          "in June.\n\nQuestion: And the border?\n\nAnswer: The commission will meet in May.")
    text = "Peace is near\n\nLedger's exclusive interview with Ana Ruiz, the deputy foreign minister of Chile" + qa
    assert {c.speaker for c in SEG.segment(text).claims if not c.is_question} == {"Ana Ruiz"}
    # the owner stays the guest when the one after "with" is the journalist
    text = "Peace is near\n\nPresident Ana Ruiz's interview with Tom Bell, the American journalist" + qa
    assert {c.speaker for c in SEG.segment(text).claims if not c.is_question} == {"Ana Ruiz"}


def test_the_ranker_ranks_only_person_like_names() -> None:
    from polisent.segment._speaker_model import _person_like

    assert _person_like("Ana Ruiz") and not _person_like("Recommended Posts") and not _person_like("Tel Aviv")
