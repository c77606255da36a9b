"""Pass 112 (issue 11): one speaker, one spelling: the spelling the page writes first.

- S1: a speaker name that the text spells one letter otherwise *before* it writes it (a title's "Marta Kowalczyk on
  ..." over a machine-translated bio's "Marta Kowalczik is a Polish journalist"; show notes over an automatic
  transcript) takes the first spelling: the editor types the title and the standfirst, a transcript and a caption
  spell by ear. Before this pass the bio's spelling named the op-ed, and a researcher's per-speaker roll-up split one
  writer in two across pages. Guards: accents alone ("Pena" / "Peña": a page writes both for one man, either may be
  his), a declined form ("Grlića Radmana"), a turn label's spelling (labels spell by ear too), two speakers whose
  names are one letter apart, and a spelling the text writes only after the speaker's own.

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

import pytest
from _segment_helpers import answer_speakers

from polisent.segment._one_person import first_spellings

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
