"""Pass 62 structure: a speech transcript's title names its speaker ("Transcript of Prime Minister X speech"), a style
of address before an introduced name is no part of it ("His Excellency Mr X"), initials with a full stop open
turns ("JM. ..." / "EK. ..."), a headline's verb or a venue's word ends a name ("X Publishes Op-Ed", "Imperial Hotel
Osaka") and a document-sharing site's furniture is clutter. Texts written for these tests."""

from __future__ import annotations

from polisent.segment import RuleSegmenter
from polisent.segment._person_names import is_person_name, person_part
from polisent.testing import answer_speakers

_SPEECH = ("We must invest more in our common defence. The war on our continent has changed what security costs.\n\n"
           "I am proud of what the Nordic countries have built together, and I believe we can build more.\n")


def test_a_speech_transcripts_title_names_the_speaker() -> None:
    text = "Transcript of Prime Minister Ana Lind speech at the Nordic Forum\n\n" + _SPEECH
    assert answer_speakers(text) == {("Ana Lind", "author")}


def test_the_speech_title_needs_a_speech_word() -> None:
    text = "Transcript of Prime Minister Ana Lind and the Nordic Forum\n\n" + _SPEECH
    assert ("Ana Lind", "author") not in answer_speakers(text)


def test_an_introduced_name_after_his_excellency_resolves_initials() -> None:
    text = ("Interview with His Excellency Mr Saurabh Kumar, Ambassador of India\n\n"
            "Q: How are relations between our countries?\n\n"
            "SK: Relations are strong. Trade has doubled in five years and we expect more.\n\n"
            "Q: What about defence?\n\n"
            "SK: We train together every year, and the navies met twice this spring.\n")
    assert answer_speakers(text) == {("Saurabh Kumar", "interviewee")}


def test_dotted_initials_open_turns() -> None:
    text = ("Elena Kovac, a Slovak analyst, on the summit\n\n"
            "JM. What do you expect from the summit?\n\n"
            "EK. I expect little. The positions are far apart.\n\n"
            "JM. Why?\n\n"
            "EK. Because Moscow wants all of Ukraine and Kyiv will not give it.\n")
    st = RuleSegmenter().segment(text)
    assert [c.text for c in st.claims if c.is_question] == ["What do you expect from the summit?", "Why?"]
    assert "EK." not in [c.text for c in st.claims]  # the label is no claim
    assert answer_speakers(text) == {("Elena Kovac", "interviewee")}


def test_dotted_state_abbreviations_are_no_turns() -> None:
    text = ("Trade after the election\n\n"
            "US. Tariffs rose again this year?\n\nEU. Brussels replied in kind.\n\n"
            "US. Exports fell.\n\nEU. Imports fell too.\n")
    assert not any(c.is_question for c in RuleSegmenter().segment(text).claims)


def test_a_headline_verb_or_a_venue_ends_a_name() -> None:
    assert person_part("Tom Reyes Publishes") == "Tom Reyes"
    assert not is_person_name("Imperial Hotel Osaka")
    text = ("Chairman Tom Reyes Publishes Op-Ed on Russia Sanctions\n\n"
            "Washington, D.C. - Today, House Foreign Affairs Committee Chairman Tom Reyes published an op-ed in The Ledger "
            "on the need for tougher sanctions.\n\n"
            "Russia's economy is adapting. Sanctions that leak are no sanctions at all.\n")
    assert ("Tom Reyes Publishes", "author") not in answer_speakers(text)


def test_a_document_sites_furniture_is_clutter() -> None:
    text = ("Sanctions and the rouble\n\nAna Ruiz\n\nThe rouble has held up better than expected. Sanctions take time.\n\n"
            "Was this document useful for you?\n\nKremlin wikipedia, lookup\n\nReport this document\n")
    st = RuleSegmenter().segment(text)
    reasons = {s.text: s.reason for s in st.segments if s.kind.value == "clutter"}
    assert reasons.get("Was this document useful for you?") == "navigation"
    assert reasons.get("Kremlin wikipedia, lookup") == "navigation"
    assert all("useful" not in c.text and "lookup" not in c.text for c in st.claims)
