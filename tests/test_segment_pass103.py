"""Pass 103 (issue 11): labels of initials or of an office's abbreviation name the person the text spells them from
(I1): the initials of a name written anywhere in the page ("MW:" under "... Correspondent Margaret Warner Interviews
..."), the name after an office's abbreviation ("PM:" under "PM Netanyahu's interview"), a shorter label of the same
person ("AG:" once beside "AAG:" turns), and one letter declared in a label's brackets ("Lionel Barber (B):" then
"B:"), initials written with dots ("H.M:"). A speech's or press remarks' title makes the page a talk, and
"Transcript of an Address to the Nation by the Honourable X" names its speaker (T1). "X in conversation with Y"
makes X the guest; "X, in the conversation with the newspaper Y, asks for ..." requests, it does not make X the one
who asks; "he sat down with The Ledger's Tom Bell" marks Bell, not "Tom", as the press (C1). A dash-marked interview
under one standfirst line takes its turns from the dashes, and the reporter's name alone under the last answer is a
credit (D1). A dek's later sentence "X, a scholar of ..., argues that ..." names the writer (W1); a letter in the
first person signed by a name over a town on lines of their own is the signer's, and those two lines head no expert
roundup (W2). A run that opens with a number word ("Two-Economy Solution") is no person (N1). A first line's label
over a statement's long opening thanks ("FOREIGN SECRETARY X: Thank you, Secretary Y, for hosting us; ...") is a
turn, not a title (O1). A host's hail by office ("Madame Secretary, ...") names no guest (V2). A reporter's line "X
from <city>" over a report is its byline (B1).

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from _segment_helpers import answer_speakers, claims, speakers

from polisent.records import SpeakerRole


_TRANSCRIPT = ("Transcript -- March 3 -- Senior Correspondent Helen Marsh Interviews Finance Minister Tomas Okonjo Vale\n\n"
               "HM: Minister, thank you for seeing us.\n"
               "TOV: Thank you for coming.\n\n"
               "HM: How do you define what is happening to the currency right now? Is it a crisis?\n"
               "TOV: It is a correction. We are moving from one regime to another, and the reserves have held.\n"
               "HM: The fund has asked for immediate reforms. Do you take that as friendly advice?\n"
               "OV: No, not at all. We laid down a plan last year and we are following it step by step.\n")


def test_initials_label_takes_the_name_the_page_spells_them_from() -> None:
    roles = speakers(_TRANSCRIPT)
    assert roles.get("Helen Marsh") is SpeakerRole.INTERVIEWER
    assert "HM" not in roles


def test_a_shorter_label_of_the_same_person_is_that_person() -> None:
    assert answer_speakers(_TRANSCRIPT) == {"Tomas Okonjo Vale"}
    said = [(sp, text) for q, sp, _, text in claims(_TRANSCRIPT) if text.startswith(("OV:", "No, not at all"))]
    assert said and all(sp == "Tomas Okonjo Vale" for sp, _ in said)


def test_an_office_abbreviation_label_takes_the_name_written_after_it() -> None:
    text = ("Excerpts from PM Halvorsen\u2019s Interview with Channel Nine\n\n"
            "Ruth Abel:  Good evening, Prime Minister.\n\n"
            "PM:  Good evening.\n\n"
            "Ruth Abel:  The king says there will be a crisis in July. Do you share that view?\n\n"
            "PM:  No. We want the process to move forward, and we took several steps to advance it.\n\n"
            "Ruth Abel:  Then why did the talks stop?\n\n"
            "PM:  Because the other side set preconditions on the very first day.\n")
    assert answer_speakers(text) == {"Halvorsen"}
    assert speakers(text)["Ruth Abel"] is SpeakerRole.INTERVIEWER


def test_a_letter_declared_in_a_labels_brackets_is_that_speaker() -> None:
    text = ("Lunch with the Courier\n\n"
            "Our editor met Ambassador Li Wen for lunch. The transcript follows.\n\n"
            "Paul Grant (G): The questions come in three parts: your impressions, yourself, and the world.\n\n"
            "Li Wen (L): First of all, thank you for choosing this restaurant. It is very good.\n\n"
            "G: It is very British. You have been in London three years now. What surprised you?\n\n"
            "L: I think there are some stereotyped views about China here, and I try to talk about them.\n\n"
            "G: Let us come back to that later. Do you miss home?\n\n"
            "L: Very much. Leaving is always the hardest part of this job.\n")
    assert answer_speakers(text) == {"Li Wen"}
    assert set(speakers(text)) == {"Paul Grant", "Li Wen"}


def test_initials_of_common_words_spell_no_one() -> None:
    text = ("Notes from the Middle West\n\n"
            "MW: What will the senate do about the farm bill this year?\n"
            "RK: It will pass it late, as it always does, after a long fight over the subsidies.\n"
            "MW: And the governors?\n"
            "RK: They will complain, and then they will sign whatever comes out of it.\n")
    names = set(speakers(text))
    assert "Middle West" not in names


def test_press_remarks_by_an_office_holder_are_hers() -> None:
    text = ("Foreign Affairs Council: press remarks by High Representative Kaja Kallas upon arrival\n"
            "Check against delivery!\n"
            "Good morning.\n"
            "So, today is a very special day. We are discussing what more we can do for Ukraine.\n"
            "We have to support Ukraine right now more than ever, and we hope to pass the next package of sanctions.\n")
    assert answer_speakers(text) == {"Kaja Kallas"}


def test_an_address_to_the_nation_by_the_honourable_names_its_speaker() -> None:
    text = ("Transcript of an Address to the Nation by the Honourable Ana Morales Reid, QC, MP, Prime Minister of Nordland\n\n"
            "July 22, 2020\n\n"
            "[00:00:00] Fellow citizens, residing at home and abroad, residents, visitors, friends.\n\n"
            "[00:00:08] It does feel strange to be addressing you in the third week of July.\n\n"
            "[00:00:21] This is the time of year when we would be taking a break from months of toil.\n")
    assert {sp for q, sp, _, _ in claims(text) if not q} == {"Ana Morales Reid"}


def test_the_guest_in_conversation_with_the_journalist_answers() -> None:
    text = ("Exit interview with U.S. Ambassador Mark Dobbins\n\n"
            "U.S. Ambassador Mark Dobbins in conversation with Irena Ch. Kowal:\n\n"
            "This summer, Mark Dobbins steps down from the post he has held since 2019.\n\n"
            "Q: Do you have a favourite memory from your years here?\n"
            "A: I have so many.\n\n"
            "Q: Pick one.\n"
            "A: The games were pretty special. You just cannot do it any better.\n")
    assert answer_speakers(text) == {"Mark Dobbins"}


def test_a_leader_who_asks_for_more_soldiers_is_not_the_one_asking_questions() -> None:
    text = ("Interview of the Prime Minister of Nordland, Arvid Lenz for Die Zeitung\n\n"
            "In the following you can find the full article from the interview of Prime Minister Lenz conducted on "
            "August 17 with the journalist Karl B. Weber.\n\n"
            "Due to the provocations, the Prime Minister of Nordland, Arvid Lenz, in the conversation with the newspaper "
            "ZEITUNG, asks for more soldiers on the border.\n\n"
            "ZEITUNG: Prime Minister, what are the three biggest challenges?\n\n"
            "Prime Minister Lenz: First, we need investment and new jobs for young people.\n\n"
            "ZEITUNG: What does reciprocity mean for the border?\n\n"
            "Prime Minister Lenz: Why should we wait? We need more soldiers there, and we have asked our allies for them.\n")
    assert answer_speakers(text) == {"Arvid Lenz"}
    assert speakers(text).get("Die Zeitung") is SpeakerRole.INTERVIEWER


def test_the_journalist_after_an_outlets_possessive_asks() -> None:
    text = ("Elena Varga defended the reform and acknowledged it might cost her a second term.\n\n"
            "Tom Bell is a senior associate editor for The Daily Courier.\n\n"
            "Elena Varga, the recently elected president, spoke at the forum this week. In Davos, she sat down with "
            "The Daily Courier\u2019s Tom Bell. Edited excerpts follow.\n\n"
            "Q: You want a warm relationship with the United States. Why?\n\n"
            "A: Because it has always been our partner, and we want to trade more with it.\n\n"
            "Q: Will the reform pass?\n\n"
            "A: I believe it will, though it will take time.\n")
    assert answer_speakers(text) == {"Elena Varga"}


def test_dash_turns_under_one_standfirst_line_and_the_credit_under_the_last_answer() -> None:
    text = ("Nordland. 2 August. Wire Agency presents an interview with the charge d'affaires of Peru Luis Ortega Vidal\n\n"
            "- The embassy has been opened recently. Could you please introduce yourself to our readers...\n\n"
            "- I have been working in the foreign service for almost thirty years now. Before this I served in Lima.\n\n"
            "Peru is special in many ways. It is rich in its geography and its culture.\n\n"
            "- What similarities did you find between the two peoples? What were your first impressions?\n\n"
            "- When I arrived, the first thing I found is that people here are very warm. They want to help you.\n\n"
            "We like to think that we welcome visitors in the same way.\n\n"
            "Arman Petrosyan\n")
    said = claims(text)
    assert any(q and t.startswith("What similarities") for q, _, _, t in said)
    assert {sp for q, sp, role, _ in said if not q and role is SpeakerRole.INTERVIEWEE} == {"Luis Ortega Vidal"}
    assert not any(t == "Arman Petrosyan" for _, _, _, t in said)


def test_a_deks_later_sentence_that_says_who_argues_names_the_writer() -> None:
    text = ("Recently, the envoy of Nordland to the United Nations announced his country's support for the creation of two "
            "new permanent council seats for African states. Ana Okafor, a scholar of international law and relations - "
            "specifically issues related to the United Nations - argues that although Africa's time may have come, there "
            "are still hurdles to overcome.\n"
            "What's wrong with the way the council is currently constructed?\n"
            "One of the most damning criticisms continuously levelled at the council concerns its perceived lack of "
            "legitimacy. Its composition is increasingly seen as unrepresentative of the international community.\n"
            "In particular, the identity of the privileged veto-wielding permanent members is frequently seen as at odds "
            "with modern political realities.\n"
            "Several members in particular are widely regarded as having undergone a decline in their global status since "
            "the council was formed.\n"
            "The council's ten non-permanent members are elected by a formula which ensures they represent the world's "
            "regions. Three seats are reserved for African states, but only for two-year terms.\n"
            "What reforms would be in order?\n"
            "Members should be elected for longer terms, and the veto should be limited in cases of mass atrocities.\n")
    assert answer_speakers(text) == {"Ana Okafor"}


def test_a_letter_signed_by_a_name_over_a_town_is_the_signers() -> None:
    text = ("Congress should back the aid bills\n\n"
            "After reading that the president blocked another round of foreign aid, I felt compelled to write this.\n\n"
            "Cutting the budget without the legislature is a mistake. Foreign aid is a strategy, and it saves lives.\n\n"
            "I thank our representatives for their votes, and I urge each of them to reject the coming rescissions.\n\n"
            "Ravi Menon\n\n"
            "Oak Brook\n")
    assert answer_speakers(text) == {"Ravi Menon"}
    assert all(not t.startswith("After reading") or role is SpeakerRole.AUTHOR for _, _, role, t in claims(text))


def test_a_title_that_opens_with_a_number_word_names_no_one() -> None:
    text = ("The Two-State, Two-Economy Solution\n\n"
            "It has long been clear that an independent state requires a viable economy. Yet that condition is hard to meet.\n\n"
            "NORDHAVEN \u2013 For some people, the war may have shattered the consensus that the only feasible solution is "
            "two states living side by side. Yet others suggest that the horrors we have witnessed could revive that goal.\n\n"
            "In recent statements, officials have all stressed that a two-state solution must emerge from this war. "
            "Reasonable people everywhere can only hope that this might still provide the framework for a lasting peace.\n\n"
            "Q: What would the economy of such a state need?\n\n"
            "A: Control of its borders, its water and its trade, and an end to the closures.\n")
    assert "Two-Economy Solution" not in {sp for _, sp, _, _ in claims(text)}


def test_an_office_label_over_a_statements_long_opening_is_a_turn_not_a_title() -> None:
    text = ("FOREIGN SECRETARY ANA MORALES: Thank you, Secretary Lee, for hosting us; thank you, Secretary Park, for being "
            "here, and to all the people involved, from the government as well as the agencies, thank you very much.\n\n"
            "I will switch to Spanish in a moment to refer to the conversation that we just had here, but before doing that, "
            "let me refer to something that happened today.\n\n"
            "Today the trade representative sent notice to the congress about his intention to start the renegotiation. "
            "The government of Nordland welcomes this development; we are prepared and ready to work together.\n")
    assert {sp for q, sp, _, _ in claims(text) if not q} == {"Ana Morales"}


def test_initials_written_with_dots_take_the_name_the_page_spells_them_from() -> None:
    text = ("Transcript of an interview with political analyst Okan Demir on the local elections\n\n"
            "Political analyst Okan Demir discusses the results of the elections with Helena Marou for our podcast.\n\n"
            "H.M: Mr. Demir, welcome back to our podcast. What do the results tell us?\n\n"
            "O.D: Thank you. They tell us that the cities have turned, and that the ruling party lost its base there.\n\n"
            "H.M: Was it the economy?\n\n"
            "O.D: Mostly. Inflation hit the cities first, and the voters there punished the government for it.\n")
    roles = speakers(text)
    assert roles.get("Helena Marou") is SpeakerRole.INTERVIEWER
    assert answer_speakers(text) == {"Okan Demir"}


def test_a_hail_by_office_names_no_guest() -> None:
    text = ("Q.  Madame Secretary, thank you for joining us to discuss the crisis in the region. Could you talk about its "
            "origins and about how the international community can deal with it?\n\n"
            "A.  Certainly there is a crisis. The violence since October is of grave concern to us, and all parties have "
            "a responsibility to protect civilians.\n\n"
            "Q.  What will the envoy do next?\n\n"
            "A.  He will travel to the capital next week and meet all the parties.\n")
    names = {sp for _, sp, _, _ in claims(text)}
    assert not any(n and ("Madame" in n or "Secretary" in n) for n in names)


def test_a_reporters_line_from_a_city_is_the_byline() -> None:
    text = ("Tariq Rahman from Dhaka\n"
            "The country pursued a pragmatic foreign policy over the past year, the foreign adviser said. \u201cWe tried to "
            "establish balanced relations with all countries,\u201d he told the state news agency.\n"
            "He described the interim government's foreign policy as built on reciprocity. \u201cIf we give something, we "
            "expect to get what we need in return,\u201d he said.\n"
            "On the border, the adviser said ties remain stable, but the capital is now more vocal about the killings.\n")
    assert answer_speakers(text) == {"Tariq Rahman"}
