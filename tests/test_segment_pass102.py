"""Pass 102 (issue 11): a turn label that describes its speaker before the surname ("PRESIDENTIAL SPOKESPERSON
ROQUE:", "FMR. ENVOY FOR AFGHANISTAN ZAL KHALILZAD:") is the person the text names in full (S1); the one who welcomed
a speaker who thanks "for having me" hosts, on a page cut before the first question (H1; the machine-split test
guards the first form of the rule, which took the turn just before the thanks); a cue's words that name no
one ("I spoke to him after Question Period") leave the answers to the other evidence (V1); "President:" labels take
the holder of "President General X" (S2); the one who thanks another speaker by name "for speaking with us" hosts
(H2); a Vietnamese name whose family name is Le is a person, not a French paper (S3).

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from _segment_helpers import answer_speakers, claims

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter


def _speakers(text: str) -> dict[str | None, SpeakerRole]:
    return {s.name: s.role for s in RuleSegmenter().segment(text).speakers}


def test_an_office_and_its_adjectives_before_a_surname_label_name_the_person_the_title_gives() -> None:
    text = ("Press Briefing by Presidential Spokesperson Harry Lomax\n\n"
            "PRESIDENTIAL SPOKESPERSON LOMAX: Good morning. We concluded the summit yesterday.\n\n"
            "Ana Ruiz (Courier): Sir, what about the code of conduct at sea?\n\n"
            "PRESIDENTIAL SPOKESPERSON LOMAX: The consultations were substantial. It is a priority.\n\n"
            "Ms. Ruiz: And the ruling, sir?\n\n"
            "PRESIDENTIAL SPOKESPERSON LOMAX: The ruling stands. We have not abandoned it.\n")
    assert answer_speakers(text) == {"Harry Lomax"}
    assert _speakers(text)["Ana Ruiz"] is SpeakerRole.INTERVIEWER


def test_a_shortened_given_name_and_a_place_in_the_label_still_name_the_person() -> None:
    text = ('Transcript: Zoltan Barakzai on "The Week"\n\n'
            "MARGARET OWENS: The withdrawal was chaotic. Why did it happen?\n\n"
            "FMR. ENVOY FOR AFGHANISTAN ZOL BARAKZAI: It's great to be with you. The talks were hard.\n\n"
            "MARGARET OWENS: Did they keep their word?\n\n"
            "BARAKZAI: Well, I think there is a lot of anger. They did not keep all of it.\n")
    assert answer_speakers(text) == {"Zoltan Barakzai"}


def test_another_persons_given_name_in_the_label_is_no_description() -> None:
    from polisent.segment._label_accept import described_surname

    assert described_surname("BILL CLINTON", {"clinton": ["Hillary Clinton"]}) is None
    assert described_surname("NICK SCHIFRIN", {"schifrin": ["As Nick Schifrin"]}) is None  # the label names him itself
    assert described_surname("SPECIAL ENVOY ROSS", {"ross": ["Dennis Ross", "Wilbur Ross"]}) is None  # two people


def test_the_one_who_welcomed_the_guest_who_thanks_for_having_him_hosts_a_page_cut_before_any_question() -> None:
    text = ("Why the oil imports bother Washington, with Ravi Das\n\n"
            "Meera Shah: Hi Ravi, thank you so much for coming on the show.\n\n"
            "Ravi Das: Thanks for having me. Having been colleagues for years, it is good to talk again.\n\n"
            "Meera Shah: I know from reading you that the tariffs changed the picture. Let me start with the oil.\n\n"
            "Ravi Das: The purchases doubled in two years, and the discounts made them hard to refuse. The refiners "
            "profited, and the government saw no reason to stop them.\n")
    roles = _speakers(text)
    assert roles["Meera Shah"] is SpeakerRole.INTERVIEWER
    assert roles["Ravi Das"] is SpeakerRole.INTERVIEWEE


def test_a_correspondent_who_welcomes_after_his_report_hosts_beside_the_anchor() -> None:
    text = ("Judy Marsh:\nToday the blockade tightened. Nick Olsen has the story and sits down with the envoy.\n\n"
            "Nick Olsen:\nThe drills are the largest in years. Ships and planes crossed the line again today, and the "
            "talks between the commanders were cancelled. And to discuss this, we are joined by the envoy, Mei Lin. "
            "Thank you very much. Welcome to the program.\n\n"
            "Mei Lin, Representative Office:\nThanks for having me. The drills are meant to intimidate us, and they will "
            "not succeed. We will keep our democracy and our friends.\n")
    roles = _speakers(text)
    assert roles["Mei Lin"] is SpeakerRole.INTERVIEWEE
    assert roles["Nick Olsen"] is SpeakerRole.INTERVIEWER
    assert answer_speakers(text) >= {"Mei Lin"}


def test_a_guests_thanks_after_a_machine_split_turn_still_points_to_the_one_who_welcomed() -> None:
    text = ("Speaker 1 (00:00):\nI am joined by a lawyer who was born in Havana. Lena, welcome to the show.\n\n"
            "Speaker 2 (00:09):\nThank you.\n\n"
            "Speaker 3 (00:10):\nIt's a pleasure to be here with you. Thank you for the invitation.\n\n"
            "Speaker 1 (00:15):\nTell me about your life story before we get into what is happening now.\n\n"
            "Speaker 3 (00:20):\nI left in two thousand and one, shortly after I graduated from law school.\n")
    assert _speakers(text)["Speaker 1"] is SpeakerRole.INTERVIEWER


def test_a_cue_that_names_a_parliaments_hour_leaves_no_speaker() -> None:
    text = ("Canada and the United States relations\n2 min\n\n"
            "Oren Vale talk about his trip to Washington\n\n"
            "Liberal International Trade critic Oren Vale was recently in Washington DC to meet with US legislators on a "
            "variety of issues. I spoke to him after Question Period today, about it.\n\n"
            "Q: Tell me about your trip to Washington.\n"
            "A: It was great. We met governors for two days and defended our interests on the softwood file.\n\n"
            "Q: What do you hope such trips accomplish?\n"
            "A: Relationships between legislators matter a great deal, and they outlast the quarrels of the day.\n")
    assert "Question Period" not in answer_speakers(text)


def test_a_bare_office_label_takes_the_holder_of_the_office_and_rank_the_title_gives() -> None:
    text = ("Interview of the head of state\n\n"
            "President General Tariq Mahmud's Interview with Aaj Sami Khan\n\n"
            "Host: Welcome to the show, sir.\n\n"
            "President: Thank you very much.\n\n"
            "Host: Mr. President, did the government expect such a reaction?\n\n"
            "President: Honestly, the fallout was more than expected, but some of it is exaggerated.\n")
    assert answer_speakers(text) == {"Tariq Mahmud"}
    assert all(s is None for q, s, _, _ in claims(text) if q)  # the host's questions stay unnamed


def test_the_one_who_thanks_the_other_by_name_for_speaking_hosts() -> None:
    text = ("Karim Nasser, the interim leader, talks about his country's challenges\n\n"
            "ANNA COLE, BYLINE: A year ago, student protests toppled the government. Karim Nasser was asked to lead.\n\n"
            "KARIM NASSER: We have to build a new country, one where the young people have a future.\n\n"
            "COLE: It all represents a remarkable turn of events for Nasser, an economist known for his banks.\n\n"
            "Karim Nasser, thank you so much for speaking with us once again.\n\n"
            "NASSER: Thank you. Thank you for coming back.\n\n"
            "COLE: It is not easy to inherit the hopes of millions. Like what? Give an example.\n\n"
            "NASSER: For example, the police. These are the same people who were shooting at the students, and now they "
            "must protect them. That takes time, and it takes trust that nobody has yet.\n")
    roles = _speakers(text)
    assert roles["Anna Cole"] is SpeakerRole.INTERVIEWER
    assert roles["Karim Nasser"] is SpeakerRole.INTERVIEWEE


def test_a_vietnamese_name_with_the_family_name_le_is_a_person_not_a_french_paper() -> None:
    from polisent.segment._person_names import is_person_name

    assert is_person_name("Le Hoai Trung") and is_person_name("Le Van Thanh")
    assert not is_person_name("Le Monde") and not is_person_name("Le Monde Diplomatique")
    text = ("Le Van Thanh, Deputy Director, Regional Secretariat: Interview\n"
            "Interview: Le Van Thanh\n"
            "What is the secretariat's role after the integration?\n"
            "LE VAN THANH: It is the role of the secretariat to facilitate and monitor the agreements and decisions.\n"
            "The monitoring office tracks the commitments under the blueprint, and the states report each year.\n"
            "How will the secretariat engage the private sector?\n"
            "Dialogue with business is at the heart of the plan, and we hold it twice a year.\n")
    assert answer_speakers(text) == {"Le Van Thanh"}
