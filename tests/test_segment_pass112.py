"""Pass 112 (issue 11): one speaker, one spelling: the spelling the page writes first.

- S1: a speaker name that the text spells one letter otherwise *before* it writes it (a title's "Marta Kowalczyk on
  ..." over a machine-translated bio's "Marta Kowalczik is a Polish journalist"; show notes over an automatic
  transcript) takes the first spelling: the editor types the title and the standfirst, a transcript and a caption
  spell by ear. Before this pass the bio's spelling named the op-ed, and a researcher's per-speaker roll-up split one
  writer in two across pages. Guards: accents alone ("Pena" / "Peña": a page writes both for one man, either may be
  his), a declined form ("Grlića Radmana"), a turn label's spelling (labels spell by ear too), two speakers whose
  names are one letter apart, and a spelling the text writes only after the speaker's own.
- V3: a numbered voice that names itself ("Speaker 1: Hi everyone. I'm Tom Hale.") takes the name also where the other
  voice was already named by the standfirst ("Tom Hale talks to ... Ana Ruiz"): rule V2 of the 111th pass counted the
  voices still unnamed and, finding one, named no one, so the host stayed "Speaker 1" in the speakers' list.
- B1: a building's name is nobody's ("Residence La Vignette, Santiago, Thursday, ..." under an interview's standfirst,
  "Kompleks Seri Perdana"): the venue words of ``NON_PERSON`` gain residence, complex, palace and their kin. Before this
  pass the dateline's residence named the minister's answers.

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

import pytest
from _segment_helpers import answer_speakers, speakers

from polisent.records import SpeakerRole
from polisent.segment._one_person import first_spellings
from polisent.segment._person_names import is_person_name

_BIO = ("Complete News World\n\n"
        "Marta Kowalczyk on Warsaw, Berlin and the war\n\n"
        "Marta Kowalczik is a Polish journalist and author. In 2015 she left the state broadcaster.\n\n"
        "The idea that Warsaw and Berlin would agree on Ukraine was always optimistic. Poland sees the war as a threat "
        "to its own borders, while Germany still hopes for a return to business as usual.\n\n"
        "This gap will not close soon. Berlin must decide whether it leads or follows.\n")


def test_s1_the_title_spelling_names_the_writer() -> None:
    assert answer_speakers(_BIO) == {"Marta Kowalczyk"}


@pytest.mark.parametrize(("text", "names", "expected"), [
    # the standfirst first, the transcript's voice after it
    ("Ece Temelkuran on Sweden\n\nHost: Welcome, Ece Temelkoran.", ["Ece Temelkoran"], {"Ece Temelkoran": "Ece Temelkuran"}),
    # accents alone: the page's own form stays
    ("Santiago Peña spoke to us.\n\nSantiago Pena said the talks go on.", ["Santiago Pena"], {}),
    # a name declined is no other spelling
    ("Grlića Radmana visited Pristina. Grlić Radman said the talks go on.", ["Grlić Radman"], {}),
    # a turn label spells by ear: its spelling never wins over the prose's
    ("Miri Eisan (00:31):\nIt is limited.\nMy guest, Colonel Miri Eisen. Miri Eisen is a former officer.",
     ["Miri Eisen"], {}),
    # two speakers one letter apart: neither is the other's spelling
    ("Anna Berg and Anna Borg debate.\n\nAnna Berg: Yes.\nAnna Borg: No.", ["Anna Berg", "Anna Borg"], {}),
    # written after the speaker's own spelling: the first stands
    ("Marta Kowalczik writes. Later Marta Kowalczyk was quoted.", ["Marta Kowalczik"], {}),
])
def test_s1_first_spellings_guards(text: str, names: list[str], expected: dict[str, str]) -> None:
    assert first_spellings(text, names) == expected


_VOICES = ("THE BRIEF With TOM HALE\n\n"
           "In this episode Tom Hale talks to the Lisbon-based analyst Ana Ruiz about the Atlantic alliance.\n\n"
           "Speaker 1:\n\nHi everyone. And welcome to the show. I'm Tom Hale. Today we go to Lisbon. What is at stake?\n\n"
           "Speaker 2:\n\nA great deal. The alliance is under strain, and Lisbon feels it more than most capitals do.\n\n"
           "Speaker 1:\n\nWill it hold?\n\n"
           "Speaker 2:\n\nI think it will. The governments have no better option, and they know it.\n")


def test_v3_a_numbered_host_voice_that_names_itself_is_named_beside_a_named_guest() -> None:
    assert speakers(_VOICES) == {"Tom Hale": SpeakerRole.INTERVIEWER, "Ana Ruiz": SpeakerRole.INTERVIEWEE}


_DATELINE = ("<h1>Interview with Chilean Foreign Minister Ana Ruiz</h1>\n"
             "<p><em>Journalist of the Example Agency, Tom Hale interviews the Foreign Minister of Chile,\nAna Ruiz</em></p>\n"
             "<p><em>Residence La Vignette, Santiago, Thursday, January 17, 2013</em></p>\n"
             "<p><strong>Example Agency journalist Tom Hale</strong></p>\n"
             "<p>Thank you for your time. How are the border talks going?</p>\n"
             "<p><strong>Foreign Minister of Chile, Ana Ruiz</strong></p>\n"
             "<p>Well, I am grateful for this interview. The talks are going well. Both sides want a deal before the summer, "
             "and we are close to one.</p>\n"
             "<p><strong>Example Agency journalist Tom Hale</strong></p>\n<p>Will Peru sign?</p>\n"
             "<p><strong>Foreign Minister of Chile, Ana Ruiz</strong></p>\n<p>I believe it will. The terms are fair to both "
             "countries.</p>\n")


def test_b1_a_residence_in_a_dateline_names_no_one() -> None:
    assert answer_speakers(_DATELINE) == {"Ana Ruiz"}


@pytest.mark.parametrize(("name", "person"), [("Residence La Vignette", False), ("Kompleks Seri Perdana", False),
                                              ("Palacio Quemado Staff", False), ("Ana Ruiz", True)])
def test_b1_venue_words(name: str, person: bool) -> None:
    assert is_person_name(name) is person
