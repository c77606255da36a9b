"""Parked after pass 60 (branch park60), landed in pass 61 with the phase-1 rules that the J5 judge kept: a typographic hyphen
(U+2010, U+2011) reads as "-" in names ("Al\u2010Mulhim"), and "Agency" ends an outlet's name, never a person's
("Tasnim New Agency"). Texts written for these tests."""

from __future__ import annotations

from polisent.segment._markup import mask
from polisent.segment._person_names import person_part
from polisent.testing import answer_speakers

_BODY = ("Last Thursday, I was invited to attend a public briefing in Washington. The topic was the war and its "
         "prospects.\n\nNowadays, you cannot discuss the war without mentioning the Gulf states and the region.\n\n"
         "I believe the talks will fail unless the neighbours agree first.\n")


def test_typographic_hyphens_read_as_hyphens_in_the_masked_view() -> None:
    text = "Abdul\u2010Karim Al\u2011Nasser spoke."
    assert mask(text) == "Abdul-Karim Al-Nasser spoke."
    assert len(mask(text)) == len(text)


def test_a_name_with_a_typographic_hyphen_over_a_job_line_names_the_writer() -> None:
    text = "Faisal Al\u2010Mutairi\nCommodore, Royal Navy (Retired)\n" + _BODY
    assert answer_speakers(text) == {("Faisal Al-Mutairi", "author")}


def test_an_agency_is_no_persons_name() -> None:
    assert person_part("Tasnim New Agency") is None
    assert person_part("Anadolu Agency") is None
    assert person_part("Ana Ruiz") == "Ana Ruiz"
