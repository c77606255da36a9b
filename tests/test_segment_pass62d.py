"""Pass 62, phase 4 structure (rules written from the J11 judge's pages, texts written for these tests): initials that
spell a style of address ("H.P.J.N." for "the Honorable P. J. N."), an office label linked to the person whose own
label gave that office ("Ana Ruiz, Minister for Foreign Affairs:" then "Foreign Minister:"), an office label over a
name with an honorific and an initial ("External Affairs Minister, Dr. S Jaishankar:"), a writer's line with "The
Hon." and a piece credited to its writer over a photo credit."""

from __future__ import annotations

from polisent.segment._label_names import _job_names, _text_names
from polisent.testing import answer_speakers

_BODY = ("The region's leaders met again this week, and the results were thin. The ceasefire holds in name only and "
         "aid convoys still wait at the border.\n\n"
         "Diplomats expect another round of talks before the end of the month, though few expect progress.\n")


def test_initials_that_spell_the_style_of_address() -> None:
    assert _text_names("Interview of the Honorable Philip Jada Natana, Ambassador", [(0, 56)]) == [
        "Philip Jada Natana", "Honorable Philip Jada Natana"]
    text = ("Interview of the Honorable Lual Deng Kiir, Ambassador to the United States, by Example Magazine.\n"
            "E.M.: Mr. Ambassador, what can the diaspora do to help?\n"
            "H.L.D.K.: When I arrived in 2018 I said my role is to promote and defend bilateral relations.\n"
            "E.M.: And trade?\n"
            "H.L.D.K.: Trade is growing, and we want more investment in agriculture.\n")
    speakers = answer_speakers(text)
    assert len(speakers) == 1 and next(iter(speakers))[0].endswith("Lual Deng Kiir")


def test_an_office_label_takes_the_person_whose_label_gave_the_office() -> None:
    assert _job_names("Ana Ruiz, Minister for Foreign Affairs: Good to be with you, Maria.", 0, 40) == {"minister": "Ana Ruiz"}
    text = ("Morning Radio with Maria Holt\n\nSubjects: Visit to Samoa; China's Pacific tour.\n\n"
            "Maria Holt, Host: The minister arrives in Tonga this morning. I spoke to her a short time ago.\n\n"
            "Ana Ruiz, Minister for Foreign Affairs: Good to be with you, Maria.\n\n"
            "Holt: China's foreign minister is ending his Pacific tour. Are you worried?\n\n"
            "Foreign Minister: Look, this is about our region and the security of our neighbours.\n\n"
            "Holt: Will you meet him?\n\n"
            "Foreign Minister: We have no meeting planned, but our officials talk regularly.\n")
    assert answer_speakers(text) == {("Ana Ruiz", "interviewee")}


def test_an_office_label_over_an_honorific_and_an_initial() -> None:
    assert _job_names("On behalf of the External Affairs Minister of India Dr. S Jaishankar, I welcome you.", 0, 83) == {
        "minister": "S Jaishankar", "external affairs minister": "S Jaishankar"}  # (the whole office too, pass 72)


def test_a_writers_line_with_the_hon() -> None:
    text = "The Hon. Frank Fallon\n\n\nTo Counter Russian Gas, Look to the Eastern Mediterranean\n\n" + _BODY
    assert answer_speakers(text) == {("Frank Fallon", "author")}


def test_a_piece_credited_to_its_writer_over_a_photo_credit() -> None:
    text = ("The EU's migration policy: Still under construction\n\n" + _BODY +
            "\nA first commentary on the migration pact of the European Commission by Lucia Rask.\n\nImage: CC Example, Source: Pexels\n")
    assert answer_speakers(text) == {("Lucia Rask", "author")}
