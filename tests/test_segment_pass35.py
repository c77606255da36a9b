"""Thirty-fifth pass (issue 11): rules from real pages read in the thirty-fifth pass.
Every text is invented for the project."""

from __future__ import annotations

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment import RuleSegmenter

SEG = RuleSegmenter()


def _answers(text: str) -> set[str | None]:
    return {c.speaker for c in SEG.segment(text).claims if not c.is_question and c.role is not SpeakerRole.EDITOR}


def test_an_agency_byline_glued_to_the_lead_names_the_writer_and_is_cut_out() -> None:
    text = ("Somalia takes small steps as regions pull apart\n\n"
            "By Peter MARTELL \u2013 NAIROBI -After decades of war, Somalia is taking small steps toward recovery, "
            "but rival clans are threatening its fragile progress, analysts warn.\n\n"
            "In the past two years, African Union troops have wrested town after town from the insurgents.\n")
    st = SEG.segment(text)
    assert {c.speaker for c in st.claims} == {"Peter Martell"}
    assert not any("NAIROBI" in c.text for c in st.claims)
    assert any(s.kind is SegmentKind.CLUTTER and s.reason == "byline" and s.text.startswith("By Peter") for s in st.segments)


def test_an_author_line_with_a_handle_names_the_writer() -> None:
    text = ("Gulf Daily\n\nASEAN should act on Myanmar\n\n"
            "- DR. ANA RUIZ Twitter: @AnaRuizWrites For full version, log on to\n\n"
            "Every dictatorship ends up with its own international supporters. They do its dirty work.\n\n"
            "This time, the junta is the military regime in Myanmar.\n")
    st = SEG.segment(text)
    assert {c.speaker for c in st.claims if "junta" in c.text or "dictatorship" in c.text} == {"Ana Ruiz"}
    assert not any("Twitter" in c.text for c in st.claims)


def test_a_citation_line_under_the_title_names_the_author() -> None:
    text = ("Navigating Vietnam's Foreign Policy Under To Lam\n\n"
            "Maria Lopez Santos, \u201cNavigating Vietnam's Foreign Policy Under To Lam,\u201d Issue Brief No. 712, "
            "May 2025, Asia Policy Forum.\n"
            "Introduction\n"
            "When To Lam took office, analysts speculated on the future direction of Vietnam's foreign policy.\n"
            "Moreover, the rivalry between Washington and Beijing adds more layers to the problem.\n")
    assert _answers(text) == {"Maria Lopez Santos"}


def test_a_parliament_record_names_each_member_by_the_label_before_the_dash() -> None:
    text = ("President. \u2013 We now continue with the debate on the situation in Moldova.\n"
            "Anna Kovacs (Renew). \u2013 Mr President, the European Union cannot tolerate the pressure that Moscow "
            "puts on Chisinau.\n"
            "Finally, the EU must have stronger leverage over the oligarchs who finance the unrest.\n"
            "Peter Lindqvist, on behalf of the S&D Group. \u2013 Mr President, today I have more questions about "
            "Moldova than answers.\n")
    st = SEG.segment(text)
    by = {c.speaker for c in st.claims if "oligarchs" in c.text or "Chisinau" in c.text}
    assert by == {"Anna Kovacs"}
    assert {c.speaker for c in st.claims if "more questions" in c.text} == {"Peter Lindqvist"}


def test_one_name_line_over_an_interview_is_the_byline_not_a_round_up() -> None:
    text = ("Iran has few friends left in the Caucasus - expert\n\n"
            "    INTERVIEWS  17 April 2023 - 15:37\n\n"
            "    Leyla Hasanova\n    Region.Az\n\n"
            "    Region.Az presents an interview with Tamaz Beridze, a Georgian expert in regional security.\n\n"
            "    - Please, tell us, why does Tehran court Yerevan?\n\n"
            "    The answer has two parts. Tehran fears a corridor along its northern border.\n\n"
            "    - What will Baku do?\n\n"
            "    Baku will wait. It has time on its side.\n")
    assert _answers(text) == {"Tamaz Beridze"}


def test_an_official_who_gave_a_joint_interview_is_the_interviewee() -> None:
    text = ("Deputy Foreign Minister Li Wen Gives a Joint Interview to Korean Media\n\n2023/05/13\n\n"
            "On May 10, 2023, Deputy Foreign Minister Li Wen gave a joint interview to Korean media in China, during "
            "which he answered questions on China-Korea relations. The transcript of the interview is as follows:\n\n"
            "Q1. What is your hope for relations between China and South Korea?\n\n"
            "A: China-Korea relations have weathered storms. Both sides should cherish the progress.\n\n"
            "Q2. How do you see the situation on the peninsula?\n\n"
            "A: We call for restraint from all parties.\n")
    assert _answers(text) == {"Li Wen"}


def test_in_an_interview_for_a_paper_the_office_holder_named_after_it_answers() -> None:
    text = ('Prime Minister Osmani for "Jutarnji List": Belgrade is copying Moscow\n\n'
            "Interviewed by: Marko Horvat\n\n"
            'In an exclusive interview for "Jutarnji List", the Prime Minister of Kosovo, Vjosa Osmani, spoke about '
            "the situation in the region.\n\n"
            "How do you assess the visit of the Croatian Prime Minister to Pristina?\n"
            "The visit was a sign of friendship. We discussed energy and trade.\n\n"
            "What do you expect from Brussels?\n"
            "We expect that the dialogue will finally lead to mutual recognition.\n")
    assert _answers(text) == {"Vjosa Osmani"}


def test_a_particle_surname_label_is_the_full_name_the_intro_gives() -> None:
    text = ("Tonight, correspondent Margaret Warner interviews Iraqi Prime Minister Haider al-Abadi on the fight "
            "against the Islamic State group.\n\n"
            "MARGARET WARNER: Prime Minister, thank you for joining us. What is the state of the fight?\n\n"
            "AL ABADI: We are winning. Our forces have retaken Tikrit and Ramadi.\n\n"
            "MARGARET WARNER: And what about Mosul?\n\n"
            "AL ABADI: Mosul will be next.\n")
    assert _answers(text) == {"Haider al-Abadi"}


def test_a_president_in_lower_case_in_the_intro_is_the_topic_not_the_interviewee() -> None:
    text = ("The decision by U.S. president Donald Trump to withdraw forces from the border has provoked a storm.\n"
            "In this case, I decided to conduct an interview with a commander of a local militia in the province.\n"
            "Below is the interview conducted this evening.\n"
            "Q: Why did America decide to withdraw from the borders?\n"
            "A: The plan was agreed upon. Its withdrawal has come to please the Turks.\n"
            "Q: What comes next?\n"
            "A: The army will return to the border towns.\n")
    assert _answers(text) == {None}


def test_a_translation_credit_over_the_title_is_an_editors_note() -> None:
    text = ("Translation: Centre for Regional Dialogue\n"
            "Peru's elections: 5 questions that will decide the next government\n"
            "Peruvians vote on Sunday amid sharp division and an economic slump.\n"
            "In a long report, leading analysts answered five key questions.\n"
            "1. What worries the Peruvian voter most?\n"
            "Crime and the cost of living, says analyst Rosa Vidal of the Lima Policy Centre.\n"
            "2. Can the president win a second term?\n"
            "Vidal believes the chances are slim because the ruling bloc is split.\n")
    st = SEG.segment(text)
    assert [s.reason for s in st.segments if s.text.startswith("Translation")] == ["editor_note"]
    asked = [c.text for c in st.claims if c.is_question]
    assert len(asked) == 2 and asked[0].endswith("What worries the Peruvian voter most?")


def test_a_rapporteur_in_a_parliament_record_is_named_by_her_label() -> None:
    text = ("Verbatim report of proceedings\nThe rule of law in Hungary (debate)\n"
            "Anna Kovacs, on behalf of the Verts/ALE Group, rapporteur. \u2013 Madam President, the situation in "
            "Hungary has worsened since September. The government has ignored every warning.\n"
            "Peter Lindqvist (PPE). \u2013 Madam President, I disagree with the rapporteur. Budapest has made progress.\n")
    st = SEG.segment(text)
    assert {c.speaker for c in st.claims if "warning" in c.text} == {"Anna Kovacs"}
    assert {c.speaker for c in st.claims if "progress" in c.text} == {"Peter Lindqvist"}


def test_an_author_line_with_the_date_in_figures_after_a_bar_names_the_writer() -> None:
    text = ("Africa\n\nKenya's election: can the courts keep the peace?\n\n"
            "Talks in Nairobi could be a starting point, says analyst Ruth Otieno\n\n"
            "Samuel Kamau  | 18.12.2024 - Update : 25.12.2024\n\n"
            "Kenya goes to the polls next week amid tension between the two main camps.\n\n"
            "The courts have warned both sides against declaring victory early.\n")
    st = SEG.segment(text)
    assert {c.speaker for c in st.claims if "courts" in c.text or "polls" in c.text} == {"Samuel Kamau"}


def test_page_words_before_a_weekday_or_a_state_are_no_person() -> None:
    from polisent.segment._principal import is_person_name
    assert not is_person_name("Released Tuesday")
    assert not is_person_name("California State")
    assert not is_person_name("Regime Needs")
    assert not is_person_name("Executive Calendar") and not is_person_name("Solve Anglophone")
    assert is_person_name("Edward Said") and is_person_name("Anna Berg")


def test_an_author_colon_line_names_the_writer_not_the_titles_last_words() -> None:
    text = ("Reassessing Indonesia Policy: What Prabowo Could Do\n\nPublished by ISAFIS on\n\n"
            "Author: Rina Wulandari from Research and Development ISAFIS\n\n"
            "As Indonesia moves to a new government, one might expect a moderate shift in foreign policy.\n\n"
            "The public sees the new leader as a foreign policy president.\n")
    st = SEG.segment(text)
    assert {c.speaker for c in st.claims} == {"Rina Wulandari"}
    assert not any(c.text.startswith("Author:") for c in st.claims)


def test_a_title_naming_the_guest_before_a_colon_and_interview_is_no_turn() -> None:
    text = ("Mele Tupou, Prime Minister of Tonga: Interview\n\nMele Tupou, Prime Minister of Tonga\n\n"
            "Interview: Mele Tupou\n\n"
            "How important is the Pacific Islands Forum to Tonga?\n\n"
            "MELE TUPOU: During the years of our suspension, Tonga and its neighbours set up another regional "
            "institution and opened it to parts of Pacific society the Forum had left out.\n\n"
            "Furthermore, we do not regard Australia or New Zealand as island countries. They are our partners.\n")
    st = SEG.segment(text)
    said = [c for c in st.claims if not c.is_question]
    assert said and {c.speaker for c in said} == {"Mele Tupou"}
    assert all(c.role is SpeakerRole.INTERVIEWEE for c in said)
    assert [c.text for c in st.claims if c.is_question][0].startswith("How important")

