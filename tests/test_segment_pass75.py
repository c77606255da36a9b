"""Passes 75-79 (issue 11): headline kickers and genre words, hails and greetings in other languages, one guest's label
over a Q&A's unlabelled answers, surname spellings, answer marks, initials, honorifics and offices in labels (their
abbreviations and other languages' words), named press conferences and lectures, name-hyphen labels.

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from polisent.segment import RuleSegmenter
from polisent.segment._label_names import _text_names
from polisent.segment._name_forms import spelled_alike
from tests.conftest import by_role as _by_role

SEG = RuleSegmenter()


KICKER = ("HERALD Interview Lindqvist: The Fleet Must Stay in Port\n\n"
          "Days before her first visit to Oslo, the Nordic Prime Minister has criticised the naval drills. Here are "
          "extracts from her interview with the HERALD.\n\n"
          "Lindqvist: The Minister of Defence and I have an excellent working relationship. We agree on the drills.\n\n"
          "HERALD: You are travelling to Oslo this week. Will you raise the drills with the Norwegian side?\n\n"
          "Lindqvist: Partners must always discuss all issues. I welcome the debate in both countries.\n\n"
          "HERALD: The navy says the drills are needed. Is that acceptable to you?\n\n"
          "Lindqvist: No. There was a similar debate here in 2002 and the public was clear about it.\n")


def test_a_headline_kicker_is_no_label_name() -> None:
    roles = _by_role(KICKER)
    assert roles["interviewee"] == {"Lindqvist"}  # not "HERALD Interview Lindqvist", the headline's run
    questions = [c for c in SEG.segment(KICKER).claims if c.is_question]
    assert questions and {c.speaker for c in questions} == {"Herald"}


def test_a_text_name_starts_after_a_genre_word() -> None:
    t = "Exclusive Interview Ana Ruiz: the talks go on\n\nWe met Ana Ruiz in Lima."
    names = _text_names(t, [(0, len(t))])
    assert "Ana Ruiz" in names and not any("Interview" in n for n in names)


HAILED = ("Ambasciatore Marco Vitali, l'Ucraina entrerà nella NATO e nell'Unione Europea?\n"
          "Nella NATO è poco probabile. Per l'adesione all'Unione Europea c'è stata un'accelerazione. I negoziati "
          "prevedono un percorso che richiede tempi lunghi e l'unanimità dei Ventisette.\n"
          "I problemi maggiori per gli equilibri occidentali arrivano dalla Cina, dalla Russia o dal Medio Oriente?\n"
          "Per gli Usa il problema numero uno è la Cina, con la quale ha in corso una competizione economica e "
          "tecnologica. Segue quello, attualissimo, della Russia.\n"
          "E l'Europa che cosa deve fare adesso?\n"
          "Deve spendere di più per la propria sicurezza e parlare con una sola voce.\n")


def test_a_guest_hailed_in_another_language_is_named() -> None:
    assert _by_role(HAILED)["interviewee"] == {"Marco Vitali"}


def test_a_hail_in_german_names_the_surname() -> None:
    text = ("Herr Brandauer, Sie schauen auf dreißig Jahre Diplomatie zurück. Können Sie noch schlafen?\n\n"
            "Natürlich bin ich besorgt. Es kommen zu viele Konflikte zusammen.\n\n"
            "Was muss Europa jetzt tun?\n\n"
            "Europa muss mehr für seine Sicherheit ausgeben. Das ist klar.\n")
    assert _by_role(text)["interviewee"] == {"Brandauer"}


ONE_LABEL = ("Interview given by Foreign Minister Karl Bergmann on the refugee crisis\n\n"
             "Federal Minister for Foreign Affairs Karl Bergmann discusses the refugee crisis in an interview published "
             "in the Nordstadt Post on 18 May.\n\n"
             "Question: Border guards are using tear gas against refugees. What has happened to the European response?\n\n"
             "Millions of people are fleeing a brutal war. We have to treat them in a humane manner.\n\n"
             "Question: Next week the regional premier meets the Hungarian leader. What is your view of the meeting?\n\n"
             "Bergmann: There is no doubt that isolation is not an effective foreign policy. Talks are better.\n\n"
             "Question: More refugees see this country as the land of their dreams. Is that a problem?\n\n"
             "If people are attracted to our country, that is nothing to lament. But false information circulates.\n")


def test_one_guests_label_names_the_unlabelled_answers() -> None:
    assert _by_role(ONE_LABEL)["interviewee"] == {"Karl Bergmann"}


def test_a_dateline_label_names_no_answers() -> None:
    text = ("NEW DELHI: The report on the camps has raised grave concerns. The congress has been called a terrorist "
            "body by the government and its president Ilham Sabri faces an arrest notice.\n\n"
            "Sabri spoke on the impact of the report. Edited excerpts:\n\n"
            "Q: How is this report different from others released in the past?\n\n"
            "A: For years we have urged the office to assess the abuses. The report finally puts them on record.\n\n"
            "Q: What should other states do now?\n\n"
            "A: They should act on the findings and stop the forced labour.\n")
    after = {c.speaker for c in SEG.segment(text).claims if c.text.startswith(("For years", "They should"))}
    assert "New Delhi" not in after  # a dateline taken for a label is no guest's label


def test_two_named_labels_keep_unlabelled_answers_apart() -> None:
    text = ONE_LABEL.replace("Question: More refugees", "Nordstadt Post: More refugees").replace(
        "Question: Next week", "Anna Keller: Next week")
    assert "Karl Bergmann" not in {c.speaker for c in SEG.segment(text).claims if c.text.startswith("Millions")}


def test_a_doubled_letter_is_one_spelling() -> None:
    assert spelled_alike("Richard Haas", "Richard Haass") and spelled_alike("Lena Haass", "Lena Haas")
    assert not spelled_alike("Richard Haas", "Richard Hass")  # a letter left out that is not a double
    assert not spelled_alike("Ana Mann", "Ana Man")  # three letters: too short to tell


# pass 76


def test_ans_and_ques_are_answer_and_question_marks() -> None:
    text = ("Press conference of the Prime Minister on his return from the summit\n\n"
            "Ques: Was the visa issue taken up in your meeting with the President?\n\n"
            "Ans: Well, we discussed it. It was a very cordial meeting and we agreed to talk again.\n\n"
            "Ques: What about the reform of the Security Council?\n\n"
            "Ans: I think there is growing support for reform among the members.\n")
    claims = SEG.segment(text).claims
    assert [c.is_question for c in claims if c.text.startswith(("Was the", "What about"))] == [True, True]
    assert "Ans" not in {c.speaker for c in claims}


ROH = ("SEOUL (Wire) -- President Kim Dae-sung joined the programme to discuss the talks.\n\n"
       "The following is a transcript of his conversation with Lee Ha-na.\n\n"
       "LHN: What was your first impression of the leader of the North?\n\n"
       "KDS: People that have met him get a lot of questions about him. He speaks with candour.\n\n"
       "LHN: Did you trust him?\n\n"
       "KDS: Trust takes time. But he listens, and at times he is humorous.\n")


def test_initials_of_a_hyphenated_given_name() -> None:
    roles = _by_role(ROH)
    assert roles["interviewee"] == {"Kim Dae-sung"}


def test_an_honorific_and_one_name_is_the_name() -> None:
    text = ("The agency held a press briefing on April 22.\n\n"
            "Dr. Okafor: No, it is complacency. People understandably want to get on with their lives.\n\n"
            "Dr. Okafor: But the world will not and cannot go back to the way things were.\n\n"
            "Reporter: What do you mean by a new normal?\n\n"
            "Dr. Okafor: A world that is healthier, safer and better prepared.\n")
    assert {c.speaker for c in SEG.segment(text).claims if c.text.startswith(("No,", "But the", "A world"))} == {"Okafor"}


def test_an_honorific_and_an_office_stays_the_office_holder() -> None:
    text = ("President's interview with the Nordic Broadcaster\n\n"
            "As part of her official visit, President Ana Ruiz spoke to the Nordic Broadcaster.\n\n"
            "Nordic Broadcaster: Is the conflict frozen?\n\n"
            "Mrs. President: It is not a frozen conflict, they are occupied territories.\n\n"
            "Nordic Broadcaster: What do you expect from the alliance?\n\n"
            "Mrs. President: Solidarity, and a clear path to membership.\n")
    assert "President" not in {c.speaker for c in SEG.segment(text).claims}


def test_a_name_and_its_press_conference_name_the_speaker() -> None:
    text = ("UN Secretary-General Ana Ruiz Press Conference\n\n25 Jun 2020\n\nNew York, 25 June 2020\n\n"
            "Ladies and Gentlemen, welcome.\n\n"
            "We mark tomorrow's anniversary of the Charter at a time of colossal global upheaval and risk. "
            "We are a world in turmoil.\n\nLet me start with the virus. It has brought catastrophic consequences.\n")
    assert {c.speaker for c in SEG.segment(text).claims if c.text.startswith("We mark")} == {"Ana Ruiz"}


def test_a_lecture_delivered_by_names_its_speaker() -> None:
    text = ("Shared prosperity: a vision for the region\n\n"
            "The Nordic Memorial Lecture 2023, delivered by Dr. Tomas Vidal, MP\nForeign Minister of Nordland\n"
            "on 03 Feb., 2023.\n"
            "I am profoundly honoured to deliver this prestigious lecture. I thank the Foreign Minister for this honour. "
            "As an academician, it is my pleasure to share my thoughts with you.\n")
    assert {c.speaker for c in SEG.segment(text).claims if c.text.startswith("I am profoundly")} == {"Tomas Vidal"}


# pass 77


def test_a_greeting_by_full_name_hails_the_guest() -> None:
    text = ("Ukraine - Iran - Entretien avec la ministre sur LCI (Paris, 5 janvier 2023)\n\n"
            "Q - Bonjour Ana Ruiz.\n\nR - Bonjour.\n\n"
            "Q - Merci d'avoir accepté notre invitation.\n\nR - Merci de votre invitation.\n\n"
            "Q - Le président a annoncé la livraison de chars. Pourquoi cette décision et pourquoi maintenant ?\n\n"
            "R - Eh bien, c'est le signe de notre soutien continu et renforcé depuis cet automne.\n")
    assert _by_role(text)["interviewee"] == {"Ana Ruiz"}


def test_a_greeting_with_an_honorific_over_the_first_answer() -> None:
    text = ("Texte intégral\n"
            "Bonsoir à tous, le ministère n'est pas un salon doré, c'est le ministère des crises.\n"
            "L'année a commencé il y a trois semaines ; il y a déjà eu la crise au sud et la chute du régime voisin.\n"
            "Bonsoir Mme Ana Ruiz-Moreau, vous attendiez-vous à ce que ce soit aussi dur ?\n"
            "R - J'ai une certaine expérience, notamment par le ministère de la Défense où j'ai eu à gérer des crises.\n"
            "Ce qui est certain, c'est que je crois avoir rarement vu autant de crises internationales.\n"
            "Ce soir Le Caire, demain Amman, a-t-on le temps d'approfondir quoi que ce soit ?\n"
            "R - Oui, parce que ces visites sont préparées longtemps à l'avance par nos ambassades.\n"
            "Et la crise au sud, que peut faire la France ?\n"
            "R - Nous soutenons la médiation régionale et nous parlons à toutes les parties.\n")
    assert _by_role(text)["interviewee"] == {"Ana Ruiz-Moreau"}


def test_a_french_title_with_the_office_after_the_name() -> None:
    text = ("Ukraine - Russie - Interview de Ana Ruiz, ministre de l'Europe, à LCI (Paris, 5 janvier 2023)\n\n"
            "Q - Bonjour.\n\nR - Bonjour.\n\n"
            "Q - Pourquoi cette décision et pourquoi maintenant ?\n\n"
            "R - C'est le signe de notre soutien continu et renforcé depuis cet automne.\n")
    assert _by_role(text)["interviewee"] == {"Ana Ruiz"}


def test_granted_an_interview_in_spanish() -> None:
    text = ("En estos días el embajador español en Nordlandia Tomás Vidal concedió una entrevista a la directora del "
            "periódico, Paola Ferraris.\n"
            "Cuanto tiempo Usted permaneció en Nordlandia?\n"
            "Más de cuatro años y medio. No es normal, es un periodo superior al que suele ser habitual.\n"
            "¿Cuáles fueron sus prioridades como embajador?\n"
            "La economía y la cultura, sobre todo el comercio entre los dos países.\n")
    names = _by_role(text)["interviewee"]
    # (the country before the name still sticks to it: "Nordlandia Tomás Vidal"; the cue names the guest)
    assert len(names) == 1 and all(n and n.endswith("Tomás Vidal") for n in names)


def test_a_place_alone_in_the_standfirst_is_no_guest() -> None:
    text = ("Defence Minister Ana Ruiz addressed a group of senior journalists in New Delhi about the jet deal.\n\n"
            "The following is her point of view on the controversies.\n\n"
            "Whose assessment was it that the state company could not build the jets?\n\n"
            "The deal did not happen under the last government. The production terms were not agreed.\n\n"
            "Why was the price not disclosed?\n\n"
            "The price is in the agreement with the other government and we respect it.\n")
    assert "New Delhi" not in _by_role(text)["interviewee"]


def test_joins_us_now_makes_the_host() -> None:
    text = ("TRANSCRIPT\nINTERVIEW WITH TOM BAKER,\nMORNING SHOW, CHANNEL NINE\nSubjects: Memorial Day; the region.\n"
            "TOM BAKER:\nAs we commemorate those who have fallen, there's the possibility of conflict close to home as "
            "tensions reached an all-time high.\n"
            "Defence Minister Ana Ruiz joins us now from Lakeside. Good morning to you. It's always such a big and "
            "important day, isn't it?\n"
            "ANA RUIZ:\nIt's a great day of commemoration for our country and I think our country should be proud of the "
            "way in which we do it. Right across every small town, the numbers aren't dwindling.\n")
    assert _by_role(text)["interviewee"] == {"Ana Ruiz"}  # "INTERVIEW WITH TOM BAKER" names the host here


# pass 78


HYPHEN_TURNS = ("Prime Minister Tomas Vidal gave an interview to Ana Ruiz on September 11. The full transcript is below.\n\n"
                "Ana Ruiz - Good evening dear viewers. Today we talk with the Prime Minister Tomas Vidal. Good evening, "
                "thank you for accepting our invitation.\n\n"
                "Prime Minister Tomas Vidal - Thank you.\n\n"
                "Ana Ruiz - The match ended a little while ago. What are your impressions?\n\n"
                "Prime Minister Tomas Vidal - First of all, I believe in our team, and regardless of today's result this "
                "team has a backbone and a will.\n\n"
                "Ana Ruiz - What is the situation at the border?\n\n"
                "Prime Minister Tomas Vidal - The situation is tense but under control.\n")


def test_a_name_and_a_hyphen_is_a_turn_label() -> None:
    claims = SEG.segment(HYPHEN_TURNS).claims
    assert {c.speaker for c in claims if c.is_question} == {"Ana Ruiz"}
    assert not any(c.text.startswith(("Ana Ruiz -", "Prime Minister Tomas Vidal -")) for c in claims)  # labels, not text


def test_an_outlet_over_its_edition_is_no_hyphen_label() -> None:
    text = ("The Herald - UK\n\nThe Herald - UK\n\nThe prime minister has made Europe his priority. Critics say the "
            "reset is too slow. Few voters have noticed it.\n\nThe Herald - UK\n")
    assert "The Herald" not in {c.speaker for c in SEG.segment(text).claims}


def test_a_dateline_hyphen_is_no_label() -> None:
    text = ("Addis Abeba - Tensions rise in the region as talks stall.\n\nThe talks resume next week, officials said.\n\n"
            "Addis Abeba - Officials hope for progress.\n")
    assert "Addis Abeba" not in {c.speaker for c in SEG.segment(text).claims}


def test_a_bylined_journalist_named_by_a_quote_cue_does_not_answer() -> None:
    text = ("Updated: Jun 18, 2020 00:34 IST\n\nBy Lena Holm,\n\n"
            "One of the first analysts to raise an alarm about the border was Lt Gen (retired) Tomas Vidal, a former "
            "commander. In an interview with Lena Holm, he talks about how the situation worsened.\n\n"
            "How did we get to a situation where our soldiers are killed in that region?\n\n"
            "I think we have not read our neighbour right, both politically and militarily.\n\n"
            "What should the government do now?\n\n"
            "It should talk, and strengthen the border at the same time.\n")
    assert "Lena Holm" not in _by_role(text).get("interviewee", set())


# pass 79


def test_an_office_abbreviation_before_a_family_name_first() -> None:
    text = ("Dialogue by PM Tan Wei Ming at the Harbour Forum, moderated by Mr Tom Baker.\n\n"
            "Tom Baker (Moderator): Mr Prime Minister, congratulations on your election. Were you happy with it?\n\n"
            "PM Tan Wei Ming: We were satisfied with the results. It is a clear mandate.\n\n"
            "Moderator: Is that what you think helped you?\n\n"
            "PM Tan: I would like to think so.\n\n"
            "Moderator: How long would you like to stay?\n\n"
            "PM Tan: I have not decided. The pandemic has taken us all by surprise.\n")
    assert {c.speaker for c in SEG.segment(text).claims if c.text.startswith(("I would", "I have not"))} == {"Tan Wei Ming"}


def test_a_foreign_office_word_and_one_name_is_the_name() -> None:
    text = ("Entrevista do presidente da República, Tomás Vidal Rocha, à emissora RTP, em 24 de abril de 2023\n"
            "Entrevistador: Presidente Vidal, o que é que isto quer dizer no seu país?\n"
            "Presidente Vidal: Olha Paulo, quando você me visitou, eu estava numa situação difícil.\n"
            "Entrevistador: E agora, o que muda?\n"
            "Presidente Vidal: Agora eu tenho a vontade de reconstruir o país.\n")
    assert {c.speaker for c in SEG.segment(text).claims if c.text.startswith(("Olha", "Agora"))} == {"Vidal"}


def test_an_english_office_label_keeps_its_turns() -> None:
    text = ("FOREIGN MINISTER LINDQVIST:  (Via interpreter)  Ladies and gentlemen, dear Tom, very warm welcome once "
            "again. I warmly welcome you to Oslo.\n\n"
            "SECRETARY BAKER:  Thank you very much.  Please.\n\n"
            "FOREIGN MINISTER LINDQVIST:  (Via interpreter)  So I repeat what I just said. A very warm welcome, dear "
            "Tom. Thank you for giving me the opportunity to have a direct meeting today.\n")
    assert not any(c.is_question for c in SEG.segment(text).claims if c.speaker == "Lindqvist")


def test_a_question_and_answer_session_is_no_speaker() -> None:
    text = ("Press Conference by the Minister\n\nOpening Statement\n\nThe ministry reviewed the export controls today. "
            "The review concerns systems and measures.\n\nQuestion-and-Answer Session\n\n"
            "Reporter: Please tell us your thoughts on the review.\n\n"
            "Your question is about the review of the export controls. The review is for systems and measures.\n")
    assert "Question-and-Answer Session" not in {c.speaker for c in SEG.segment(text).claims}
    from polisent.segment._person_names import is_person_name
    assert not is_person_name("Question-and-Answer Session") and is_person_name("Ana Ruiz")
