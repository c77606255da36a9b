"""Pass 105 (issue 11): one person is one speaker. A short turn label ("PRESIDENT HALE:") joins the full label or
name of the same person where that ends in a generational suffix ("PRESIDENT JONATHAN R. HALE JR.:",
"Jonathan Hale Jr."), instead of becoming a second speaker of the same name (S1). Each shorter form of a speaker's
name ("Susan Rice" beside "Susan E. Rice", "Rama" beside "Edi Rama") is the fullest form, never a second person:
not a father and son, nor a family name two speakers share (S2). A committee's numbered question ("Q63 Chair:") is
the chair's turn, not the speaker "Q63 Chair" (S3), and "Chair:" names the member the page lists as "(Chair)" (S4).
A person named by a title and one word ("Sheikh Hasina") is a candidate speaker, the title kept (N2); a "League",
"Movement" or "Coalition" is an organisation, no person (N3); "X, in an exclusive interview given to <Outlet>" names
the guest as "in an interview with" does (G5). An author line with the writer's job and institution after a slash
("Ana Ruiz / Senior Fellow, Example Institute") names the op-ed's author (A1). A bio at the foot of an op-ed with an apposition before its verb ("Ana Ruiz, a former
chief of staff to the premier, is an independent consultant ...") is clutter, as "Ana Ruiz is ..." was (C1). A republication credit ("This article originally appeared in The Courier.",
"This essay first appeared July 29, 2025 in ...") is an editor's note, no claim of the writer's (C2). A photo caption that places its people ("President X (L) and Y
(C) arrive ...", "X, left, and Y sit ...") or is marked "(file)" is clutter; a speaker's ", right," is not (C3). A short line whose every sentence is furniture by
the line rules ("Enjoying this article? Click here to subscribe for full access. Just $5 a month.") is furniture (C4).

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from _segment_helpers import answer_speakers, speakers

from polisent.records import SpeakerRole


def test_a_short_label_joins_the_full_label_that_ends_in_a_suffix() -> None:
    text = ("PRESS SECRETARY MARA DIAZ: Good evening. Let me introduce the President, who will take your questions.\n"
            "PRESIDENT JONATHAN R. HALE JR.: Thank you, Mara. The summit went well for our country.\n"
            "SEC. DIAZ: Sir, your statement on the border.\n"
            "PRESIDENT HALE: We agreed to open two more crossings before the rains.\n"
            "SEC. DIAZ: And on the fishing dispute?\n"
            "PRESIDENT HALE: The talks go on, and we expect a deal by June.\n")
    assert speakers(text) == {"Mara Diaz": SpeakerRole.INTERVIEWER, "Jonathan R. Hale Jr.": SpeakerRole.INTERVIEWEE}
    assert answer_speakers(text) == {"Jonathan R. Hale Jr."}


def test_a_short_label_joins_the_full_name_the_title_gives_with_a_suffix() -> None:
    text = ("Media interview with President Jonathan R. Hale Jr.\n\n"
            "Q: Sir, what do you expect from the visit?\n\n"
            "PRESIDENT HALE: We expect to finish the projects the lockdowns delayed, and to open some new ones.\n\n"
            "Q: Will the bridge be among them?\n\n"
            "PRESIDENT HALE: The bridge is the first of them. Work starts in March.\n")
    # (the title's full stop and the suffix's dot are one character: the name may keep it or not)
    assert {name.rstrip(".") for name in answer_speakers(text) if name} == {"Jonathan R. Hale Jr"}


def test_shorter_forms_of_a_speakers_name_are_one_speaker() -> None:
    text = ("Envoys Face New Deadline on the Strait\n\n"
            "Maria T. Lopez\n"
            "Maria T. Lopez Former Institute Expert, Visiting Fellow - School of Foreign Service\n\n"
            "March 3, 2011\n\n"
            "With us to discuss the talks is Maria Lopez, senior fellow at the Example Institute and a former assistant "
            "secretary of state.\n\n"
            "Welcome to the program, Maria.\n\n"
            "Ms. MARIA LOPEZ (Senior Fellow, Example Institute): Good to be with you, Tom.\n\n"
            "TOM WEISS, host: The navy has ordered the monitors to leave the strait. Is this a way to calm things?\n\n"
            "Ms. LOPEZ: Absolutely not. It clears out every witness before the next push.\n\n"
            "WEISS: What keeps the council from acting?\n\n"
            "Ms. LOPEZ: Two vetoes, and no appetite for a fight.\n")
    assert speakers(text) == {"Maria T. Lopez": SpeakerRole.INTERVIEWEE, "Tom Weiss": SpeakerRole.INTERVIEWER}
    assert answer_speakers(text) == {"Maria T. Lopez"}


def test_one_person_keeps_apart_a_father_and_son_and_a_shared_family_name() -> None:
    from polisent.segment._one_person import person_aliases

    assert person_aliases(["Donald Trump Jr", "Donald Trump"]) == {}
    assert person_aliases(["Bruce Heyman", "Vicki Heyman", "Heyman"]) == {}
    assert person_aliases(["Edi Rama", "Rama", "Abdullah II", "Abdullah Ii"]) == {"Rama": "Edi Rama", "Abdullah Ii": "Abdullah II"}


_HEARING = ("Foreign Affairs Committee\n"
            "Oral evidence: Sanctions on Nordland, HC 120\n"
            "Members present: Tom Hale (Chair); Jo Bell; Ian Marsh.\n"
            "Witnesses: Anna Berg and Tom Weiss.\n\n"
            "Q63            Chair: Welcome to this afternoon's session. We have two experts on sanctions. What has worked?\n\n"
            "Anna Berg: Very little. The freezes came too late, and the assets had moved.\n\n"
            "Tom Weiss: I agree with Anna, though the export bans have bitten.\n\n"
            "Q64            Chair: Thank you. What should the Government do next?\n\n"
            "Anna Berg: Close the loopholes in the trust rules.\n")


def test_a_committees_numbered_question_is_the_chairs_turn_named_from_the_members_list() -> None:
    assert speakers(_HEARING) == {"Tom Hale": SpeakerRole.INTERVIEWER, "Anna Berg": SpeakerRole.INTERVIEWEE,
                                  "Tom Weiss": SpeakerRole.INTERVIEWEE}
    assert answer_speakers(_HEARING) == {"Anna Berg", "Tom Weiss"}


def test_a_numbered_chairs_turn_without_a_members_list_is_the_chair() -> None:
    text = _HEARING.replace("Members present: Tom Hale (Chair); Jo Bell; Ian Marsh.\n", "")
    assert speakers(text) == {"Chair": SpeakerRole.INTERVIEWER, "Anna Berg": SpeakerRole.INTERVIEWEE,
                              "Tom Weiss": SpeakerRole.INTERVIEWEE}


def test_a_guest_named_by_a_title_and_one_word_in_an_interview_given_to_an_outlet() -> None:
    text = ("Former Prime Minister of Nordland and People's League chief Sheikh Amira, in an exclusive interview given "
            "to The Courier, has spoken openly about the interim government and the neighbours. Read the full interview\n"
            "Question: If a party is banned and its leader jailed, how will the party survive?\n"
            "Answer: The party has survived worse. It will survive this too, because the people stand with it.\n"
            "Question: What about the army?\n"
            "Answer: The army will stay out of politics, as it promised.\n")
    assert answer_speakers(text) == {"Sheikh Amira"}


def test_an_interview_given_to_an_outlet_names_the_guest() -> None:
    text = ("Former Prime Minister Anna Berg, in an exclusive interview given to The Courier, has spoken openly about "
            "the interim government.\n"
            "Question: If a party is banned and its leader jailed, how will the party survive?\n"
            "Answer: The party has survived worse. It will survive this too, because the people stand with it.\n")
    assert answer_speakers(text) == {"Anna Berg"}


def test_a_league_is_no_person() -> None:
    from polisent.segment._speaker_model import _person_like

    assert not _person_like("Awami League") and not _person_like("Patriotic Movement")
    assert _person_like("Anna Berg")


def test_an_author_line_with_a_job_after_a_slash_names_the_writer() -> None:
    text = ("Nordland should mend fences with its neighbour\n"
            "Ana Ruiz / Senior Fellow, Example Institute\n"
            "October 8, 2019\n"
            "The forum was launched in 1993 to improve relations between the two countries. I joined it in 2001.\n"
            "We should learn from that patience. Both governments must now return to the table.\n")
    assert answer_speakers(text) == {"Ana Ruiz"}
    assert answer_speakers(text.replace("Senior Fellow, Example Institute", "Chair of the Example Research Council")) == {"Ana Ruiz"}


def test_a_bio_with_an_apposition_at_the_foot_of_an_op_ed_is_clutter() -> None:
    from polisent.segment import RuleSegmenter

    text = ("Nordland must look to Europe\n\n"
            "By Ana Ruiz and Tom Weiss\n\n"
            "The alliance across the ocean is fraying, and the country's next leader should say so plainly.\n\n"
            "Europe is moving the other way, building an industrial base for its own defence.\n\n"
            "Two opportunities have arisen that could lift our defence industry with Europe's.\n\n"
            "Ana Ruiz, a former chief of staff to the premier, is an independent consultant based in Lisbon.\n\n"
            "Tom Weiss is a senior fellow at the Example Institute.\n")
    st = RuleSegmenter().segment(text)
    assert not [c.text for c in st.claims if "consultant" in c.text or "senior fellow" in c.text]
    assert sum(g.reason == "author_bio" for g in st.segments) == 2


def test_a_republication_credit_is_an_editors_note() -> None:
    from polisent.segment import RuleSegmenter

    for credit in ("This article originally appeared in The Courier.", "This essay first appeared July 29, 2025 in North Review.",
                   "(This article was originally featured at the Daily Post on April 22, 2024.)"):
        text = ("Why the talks failed\n\nBy Ana Ruiz\n\n"
                "The talks failed because nobody wanted a deal. Both sides came to be seen, not to agree.\n\n" + credit + "\n")
        st = RuleSegmenter().segment(text)
        assert [c.text for c in st.claims] == ["The talks failed because nobody wanted a deal.",
                                               "Both sides came to be seen, not to agree."], credit
        assert st.segments[-1].reason == "editor_note"


def test_a_caption_that_places_its_people_is_clutter_and_a_spoken_right_is_not() -> None:
    from polisent.segment import RuleSegmenter

    body = "The summit failed because nobody wanted a deal. Both sides came to be seen, not to agree."
    for caption in ("Nordland's Prime Minister Tom Weiss (L), accompanied by Foreign Minister Ana Ruiz (C), arrives in Rome.",
                    "President Tom Weiss, left, and Prime Minister Ana Ruiz sit during their talks in Rome.",
                    "Prime Minister Tom Weiss was among the first to call the new leader (file)."):
        text = "Why the summit failed\n\nBy Jo Bell\n\n" + caption + "\n\n" + body + "\n"
        st = RuleSegmenter().segment(text)
        assert [c.text for c in st.claims] == ["The summit failed because nobody wanted a deal.",
                                               "Both sides came to be seen, not to agree."], caption
    spoken = "It is quite an unusual summit in many ways, right, because two of the big members are not here."
    st = RuleSegmenter().segment("Why the summit failed\n\nBy Jo Bell\n\n" + spoken + "\n\n" + body + "\n")
    assert spoken in [c.text for c in st.claims]


def test_a_short_line_of_furniture_sentences_is_furniture() -> None:
    from polisent.segment import RuleSegmenter

    text = ("Why the summit failed\n\nBy Jo Bell\n\n"
            "The summit failed because nobody wanted a deal. Both sides came to be seen, not to agree.\n\n"
            "Enjoying this article? Click here to subscribe for full access. Just $5 a month.\n\n"
            "The next round is due in May, and it will fail too unless the guarantors change course.\n")
    st = RuleSegmenter().segment(text)
    assert not [c.text for c in st.claims if "subscribe" in c.text or "Enjoying" in c.text or "$5" in c.text]
    assert "The next round is due in May, and it will fail too unless the guarantors change course." in [c.text for c in st.claims]
