"""Pass 113 (issue 11): a headline's verb is no first name.

- H1: a capitalised run whose first word is a verb's third person ("Kidnaps Maduro", "Threatens Kyiv") is no person's
  name, whether or not the verb is one of the headline verbs listed by hand: its stem and a past form of the stem are
  common words ("kidnap", "kidnapped"). Before this pass a podcast page titled "... Bombs Venezuela, Kidnaps
  Maduro" over its caption cues gave every cue of its one voice to "Kidnaps Maduro". Names that look so ("Gaines", "James",
  "Hughes", "Nicholas") keep reading as names: their stems are no words, or have no past form.

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

import pytest

from polisent.segment import RuleSegmenter
from polisent.segment._person_names import is_person_name, verb_s_form

_VTT = ("Trump Bombs Venezuela, Kidnaps Maduro\n\n"
        "00:00:00.080 --> 00:00:03.080\n<v Speaker 1>Good morning, everyone, big news overnight.\n\n"
        "00:00:03.280 --> 00:00:07.200\n<v Speaker 1>American forces struck targets near Caracas and took Maduro\n\n"
        "00:00:07.360 --> 00:00:11.560\n<v Speaker 1>out of the country. He will face charges in New York.\n\n"
        "00:00:11.640 --> 00:00:15.100\n<v Speaker 1>I think this is a dangerous precedent for the whole region.\n")


def test_h1_a_headline_clause_names_no_voice() -> None:
    st = RuleSegmenter().segment(_VTT)
    names = {c.speaker for c in st.claims if not c.is_question}
    assert "Kidnaps Maduro" not in names
    assert names == {"Speaker 1"}


@pytest.mark.parametrize("name", ["Kidnaps Maduro", "Threatens Kyiv", "Rallies Supporters", "Pushes Ahead"])
def test_h1_a_verb_first_is_no_name(name: str) -> None:
    assert not is_person_name(name)


@pytest.mark.parametrize("name", ["Gaines Adams", "James Mattis", "Nicholas Burns", "Jones Mensah", "Charles Kupchan"])
def test_h1_names_that_end_in_s_stay_names(name: str) -> None:
    assert not verb_s_form(name.split()[0])
    assert is_person_name(name)
