"""Passes 71-74 (issue 11): report headlines shaped as labels, speech notes, office holders and photographers in the
standfirst, label resolution (declared short forms, family names first, offices, initials), widgets, foreign Q/A marks.

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

import pytest

from polisent.segment import RuleSegmenter
from tests.conftest import by_role as _by_role

SEG = RuleSegmenter()


REPORT = ("Ilona Varga has been named the first deputy prime minister and foreign minister of Nordland. Nordland is "
          "backed by its neighbours., a photo by Coast News Wire File Photos on Flickr.\n"
          "Estonian Foreign Affairs Minister Varga: Nordland is open for business\n"
          "Interview conducted by Lena Holm in Tromsdal\n"
          "May 06, 2013\n"
          "Nordland's first woman Deputy Prime Minister and Minister of Foreign Affairs Ilona Varga "
          "spoke to Kavala about the progress her ministry has made since she took office last November.\n"
          "She called for new ties with the neighbours and spoke about her hopes for the three-day conference on Nordland, "
          "due to begin Tuesday.\n"
          "Varga hailed the help the region is giving, but said Nordland must lead that effort for it to last.\n"
          "Varga said the message her government wants to share with the world is simple: Nordland is open for "
          "business.\n"
          "Kavala: What does the new treaty mean for the future of Nordland?\n"
          "Ilona Varga: It means that we decide our own course. Until now others planned our security for us, but now we "
          "govern as an independent nation.\n"
          "Kavala: What is the role of the fleet?\n"
          "Ilona Varga: The fleet stays in port until the talks end. We want no incident at sea.\n")


def test_a_reports_headline_is_no_turn() -> None:
    roles = _by_role(REPORT)
    assert roles["interviewee"] == {"Ilona Varga"}  # the write-up under the headline is no unnamed answer
    assert roles.get("editor")


def test_a_label_whose_person_the_text_never_reports_stays_a_turn() -> None:
    text = REPORT.replace("Varga hailed", "The region hailed").replace("Varga said the", "The")
    # (no cue that it is a headline; since pass 102 (rule S1) the label "Estonian Foreign Affairs Minister Varga" is
    # the Ilona Varga the text names in full, where it was an unnamed turn before)
    assert _by_role(text)["interviewee"] == {"Ilona Varga"}


def test_a_speech_transcribed_below_is_its_speakers() -> None:
    text = ("Nordland's President Tomas Vidal delivered a speech to a gathering of party youth in the capital on Saturday "
            "under the theme of unity.\n"
            "He addressed a number of political and historical issues relevant to the current situation in the country "
            "and told the party's loyalists that they have a duty to tell people the truth.\n"
            "The president spoke in a mix of two languages. The speech text transcribed below is presented near "
            "verbatim, with some cuts for length.\n"
            "Your Excellencies, my young comrades, I greet you all. It has been two months since the fighting began.\n"
            "Nobody expected then that we would meet here in peace. Peace cannot come without the work of the people.\n")
    assert _by_role(text)["author"] == {"Tomas Vidal"}


def _interviewee(text: str) -> set[str | None]:
    return _by_role(text).get("interviewee", set())


QA = ("\n\nFirst, the border. How is it now?\n\n"
      "We cannot say that the situation is good while our people live under occupation. There are attacks every day.\n\n"
      "What is the army doing about it?\n\n"
      "The question is not a military one. We have a diplomatic process and we are working on it.\n")


def test_the_one_an_office_holder_spoke_with_asks() -> None:
    text = ("The Nordland Minister for Information and Communication Pavel Lind spoke with Tomas Orban on peace in the "
            "east and why the capital is frustrated with the talks." + QA)
    assert _interviewee(text) == {"Pavel Lind"}


def test_a_photographer_is_no_guest() -> None:
    text = ("Interview: Nordland\n\nNordland's foreign minister sets his sights on the presidency\n\nUN Photo/Tomas Orban\n\n"
            "Nordland's foreign minister Pavel Lind visited Paris on Friday to drum up support for his bid." + QA)
    assert "Tomas Orban" not in _interviewee(text)


def test_has_granted_an_interview_names_the_guest() -> None:
    text = ("Foreign Minister Tran Dy Minh on Nordland-Estland relations\n\nTromsdal, Nov. 8 (NNA) -- Foreign Minister Tran Dy "
            "Minh has granted an interview to the Nordland News Agency on relations with Estland.\n\nFollowing is the full "
            "text of the interview:\n\nQuestion: How do you see relations over the recent past?\n\nAnswer: Since 1995 the "
            "relations have made inspiring progress in many fields.\n\nQuestion: And trade?\n\nAnswer: Trade has reached "
            "about 900 million a year.\n")
    assert _interviewee(text) == {"Tran Dy Minh"}


def test_a_label_that_declares_its_short_form() -> None:
    text = ("Transcript: the Secretary-General on the climate\n\n"
            "TOM WEISS (TW): Secretary-General, thank you for this interview.\n\n"
            "SECRETARY GENERAL ANA RUIZ (SG): It is a pleasure to be with you.\n\n"
            "TW: How serious is the crisis?\n\n"
            "SG: The science is clear. The impact is felt all around the world.\n\n"
            "TW: And the money?\n\n"
            "SG: We have the resources and the technologies. We must act now.\n")
    assert _interviewee(text) == {"Ana Ruiz"}


def test_an_honorific_and_a_family_name_written_first() -> None:
    text = ("On behalf of the Review, its editor Tom Weiss interviewed Dr. Chen Li Wei, the secretary-general of the "
            "Nordic Council, on whether the council still matters.\n\n"
            "Below is the transcript of the interview.\n\n"
            "Tom: Is the council still central to the region?\n\n"
            "Dr. Chen: Its role has changed a great deal. The charter spells it out clearly.\n\n"
            "Tom: And the members?\n\n"
            "Dr. Chen: They agree on the rules, and that is what matters.\n")
    assert _interviewee(text) == {"Chen Li Wei"}


def test_an_office_label_whose_brackets_name_the_holder() -> None:
    text = ("Interview of the Foreign Minister on the evening programme\n\n"
            "Interviewer (Ms Lena Holm): Welcome. Tensions are rising on the border. Is the peace process at risk?\n\n"
            "Foreign Affairs Minister (Shri Pavel Lind): It has hurt the atmosphere, no doubt. We will carry on.\n\n"
            "Interviewer (Ms Lena Holm): And the talks?\n\n"
            "Foreign Affairs Minister (Shri Pavel Lind): They will resume when the attacks stop.\n")
    assert _interviewee(text) == {"Pavel Lind"}


def test_a_label_of_the_whole_office_the_text_gives_its_holder() -> None:
    text = ("Interview with Tom Weiss, Nordic News\n\n"
            "TOM WEISS: The Prime Minister Karl Berg has been criticised abroad. Joining us live now is the Acting Prime "
            "Minister, Ana Ruiz. Ana, good to see you. Was the criticism fair?\n\n"
            "ACTING PRIME MINISTER: Well, Karl has been speaking up for the country's interests, as he should.\n\n"
            "TOM WEISS: And the submarines?\n\n"
            "ACTING PRIME MINISTER: The deal stands and we will build them here.\n")
    assert _interviewee(text) == {"Ana Ruiz"}


def test_a_label_of_an_offices_initials() -> None:
    text = ("New York\n\n02 May 2005\n\nThe Secretary-General's press encounter after his address\n\n"
            "Ana Ruiz, Former Secretary-General\n\n"
            "Q: Some delegates would rather steer this conference away from the issue. Do you share those concerns?\n\n"
            "SG: Well, I am not sure this conference will address the issue directly.\n\n"
            "Q: In your speech you said you would.\n\n"
            "SG: I did not mention the country. I mentioned what has happened.\n")
    assert _interviewee(text) == {"Ana Ruiz"}


def test_initials_leave_out_post_nominal_letters() -> None:
    text = ("Interview with the Ambassador\n\n"
            "In this interview, Tom Weiss, director at the Council, talks to Ana Ruiz MBE, Ambassador of Nordland to "
            "the United Kingdom, about thirty years of independence.\n\n"
            "TW: What has changed since independence?\n\n"
            "AR: I am pleased to be one of the first ambassadors of my country here. Much has changed.\n\n"
            "TW: And the war?\n\n"
            "AR: It showed us who our friends are.\n")
    assert _interviewee(text) == {"Ana Ruiz"}


def test_a_share_widget_is_no_author() -> None:
    from polisent.segment._person_names import is_person_name

    assert not is_person_name("Short Url") and not is_person_name("Iran-backed Houthi") and is_person_name("Ana Ruiz")
    text = ("Disarming the militia is the only way forward\n\n"
            "It could cause rifts in society if the community feels alienated. (Reuters)\n\n"
            "Short Url\n\n"
            "Many people have long argued that disarming the militia might backfire on the fragile country. But its "
            "short yet troubled history shows that even the strongest actors became part of that history.\n\n"
            "The current efforts by the government deserve support, and the neighbours should help.\n")
    assert "Short Url" not in {c.speaker for c in SEG.segment(text).claims}


@pytest.mark.parametrize("q,a", [("Pregunta", "Respuesta"), ("Frage", "Antwort"), ("Domanda", "Risposta")])
def test_foreign_question_and_answer_marks_are_no_names(q: str, a: str) -> None:
    text = ("Entrevista del ministro de Asuntos Exteriores, Pavel Lind, a la radio nacional\n\n"
            f"{q}: ¿Hay tradiciones en el ministerio para celebrar esta fiesta?\n\n"
            f"{a}: Sí, cada año se celebra una ceremonia y otorgamos condecoraciones.\n\n"
            f"{q}: ¿Y las relaciones con los vecinos?\n\n"
            f"{a}: Son buenas, aunque hay problemas que resolver.\n")
    st = SEG.segment(text)
    assert a not in {c.speaker for c in st.claims} and sum(c.is_question for c in st.claims) == 2
