"""Pass 117 (issue 11): office holders who give the interview, op-ed titles, and statement pages.

- O5: a Q&A whose standfirst names one office holder who talks to the outlet in a sentence on the interview ("In an
  exclusive interview with <outlet>'s X, <state> President Y says ...", "..., Foreign Minister Y tells <outlet> in an
  exclusive interview", "..., says Foreign Minister Y. In an interview to <outlet>, she spoke ...") is answered by him,
  though an office names him (office holders are more often an interview's topic, so rule O2 needed "sat down for an
  interview"); an office holder another person's sentence names stays the topic.
- W1: an op-ed's title "<Name> writes: <title>" names the writer (as "<Name> writes <title>" did).
- T3: "Briefing by <office> <name>" over the text is a talk page, as "Remarks by ..." was: the briefer's record, though it
  speaks of others in the third person (a registry office holder's had been read as a report on him).
- P2: a section's name before a colon over a talk's title ("Press Releases Ukraine: Press remarks by High Representative
  X ahead of ...") is the page's title, not a turn label seen once.
- J1: "in a conversation with <outlet>'s new <region> correspondent, <name>" names the journalist, who asks (the comma
  had hidden the job from the press scan); with O5, an office holder who is the subject of the sentence before "He
  assessed ... in a conversation with ..." answers.
- M1: a spokesperson whose long first turn hands the floor to the next label ("... I invite Foreign Secretary to make his
  opening remarks. So over to you.", "may I request you to make opening remarks") moderates: the briefer answers (every
  other label had been taken for an asker, the briefer's statement for questions).
- F3: "Foto:" (a photo credit in Serbian, Polish, German ...) is no turn label: it had made a report "talk", so that a
  person the report names was taken for the speaker of it all.
- R3: a report whose one reported voice is another's ("..., Vucic said after the meeting." twice, the surname given in
  full elsewhere, with or without its accents) is not the words of a person it only names (a cue's pick): the body stays
  the author's.
- W4: "..., writes former Swedish Prime Minister <name> (sd)." ending a standfirst names the writer through the office
  (after "writes" only: "says <office> <name>" quotes a source).
- B5: a title that closes with its writer ("A Guide For President X, By <name>") is read under two lines of page
  furniture ("Connect with us" / a column's name), not only as the first or second line; "INTERVIEW BY <name>", "Photos
  by <name>" name no writer there.
- O5 (wider): "the Head of <state> gave an interview to ..." in the standfirst, the one office holder it names answers.
- T4: a first line "<office> <name> delivered a speech following the summit" / "held a press briefing" / "answered
  questions after ..." names the speaker (a data cue) and makes the page his talk's record, though a registry office
  holder is more often a report's topic.
- N1 (from sealed J167a's misses, read once, spent since): a guest hailed by first name and patronymic ("- Pavel
  Sergeyevich, how do you assess ...?") is the full name the standfirst gives with that first name ("..., Pavel Orlov."),
  not "Pavel Sergeyevich".
- B6: "<Outlet>'s <name>" alone on a line under an op-ed's title ("CGTN's Liu Xin") is the outlet's writer (not for a
  state's possessive, nor in a conversation, where the outlet's journalist asks).
- U1 (from sealed J167b's misses, read once at the pass's end, spent since): an office alone as the answers' label
  ("PRIME MINISTER:", "Minister:") names no one: the answers stay unnamed unless the page names the office holder (the
  corpus's labels never give an office for a name).
- J2 (from sealed J167b's misses, spent): a turn label that is an office and its portfolio ("Minister for Trade and
  the Pacific:") is the person the host's introduction says holds it ("Ana Ruiz is the Minister for Trade and the
  Pacific"), as "Ana Ruiz, Minister for ..." already was.

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from polisent.records import SpeakerRole
from polisent.segment import RuleSegmenter
from polisent.segment._intro_person import intro_person
from polisent.segment._press_names import press_surnames

_ANSWERS = (
    "How ready is your country to host the summit?\n\n"
    "We have been preparing for two years. The venue is ready, the security plan is agreed with our partners, and "
    "the budget has passed parliament.\n\n"
    "What do you expect from the talks on the reef dispute?\n\n"
    "We expect a code of conduct within the year. Nobody gains from a clash at sea, and every member knows it.\n"
)


def _answer_speakers(text: str) -> set[str | None]:
    st = RuleSegmenter().segment(text)
    return {c.speaker for c in st.claims if c.role is SpeakerRole.INTERVIEWEE}


def _guest(head: str) -> str | None:
    found = intro_person(head + "\nWhat comes next for the talks?", len(head) + 1)
    return found.name if found is not None else None


def test_office_holder_who_talks_in_the_interview_answers() -> None:
    assert _guest("In an exclusive interview with the Coast Herald's Omar Haddad, Harbour Islands President Ana Ruiz "
                  "says the country will be ready to host its first summit by 2029.") == "Ana Ruiz"


def test_office_holder_who_tells_the_outlet_answers() -> None:
    assert _guest("The islands are ready to lead the talks on the reef and want the region on board, Foreign Minister "
                  "Ana Ruiz tells the Coast Herald in an exclusive interview.") == "Ana Ruiz"


def test_says_office_holder_then_interview_sentence_answers() -> None:
    assert _guest("As founders of the reef compact, it is only natural that the islands lead the talks, says Harbour "
                  "Islands Foreign Minister Ana Ruiz. In an interview to the Coast Herald, she spoke about the summit "
                  "and the budget. Excerpts:") == "Ana Ruiz"


def test_office_holder_as_topic_is_not_the_guest() -> None:
    # the interview's sentence is another person's, or names nobody who talks: the president is the topic
    assert _guest("President Ana Ruiz said last week that the summit would go ahead. In an interview, the economist "
                  "Omar Haddad says the budget will not hold.") == "Omar Haddad"
    assert _guest("President Ana Ruiz said last week that the summit would go ahead. We asked an economist about the "
                  "budget in this interview.") is None


def test_office_holder_interview_end_to_end() -> None:
    text = ("In an exclusive interview with the Coast Herald's Omar Haddad, Harbour Islands President Ana Ruiz says the "
            "country will be ready to host its first summit by 2029.\n\n" + _ANSWERS)
    assert _answer_speakers(text) == {"Ana Ruiz"}


def test_name_writes_colon_title_names_the_writer() -> None:
    text = ("Omar Haddad writes: Is the region really first for the islands?\n\n"
            "What exactly is the islands' interest in the region? Is it in our long-term interest to flex our muscles "
            "and browbeat our neighbours? Even if this were desirable, it is not feasible.\n\n"
            "The summit next month is a chance to change course. The government should take it and talk to the "
            "neighbours before the budget decides for it.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims} == {"Omar Haddad"}


def test_briefing_by_office_holder_is_his_though_it_speaks_of_others() -> None:
    # (a registry office holder: a report on him is likelier than his own words, unless the page is his talk's record)
    text = ("Briefing by President Javier Milei, Buenos Aires, October 12, 2026\n\n"
            "Meeting between Foreign Minister Omar Haddad and the Speaker of the Coast Assembly\n\n"
            "On October 13, Foreign Minister Omar Haddad will meet the Speaker of the Coast Assembly. The ministers will "
            "discuss the reef compact and the summit.\n\n"
            "We consider the Coast Assembly a promising partner in the region. Relations have grown steadily in recent "
            "years, and trade has doubled since the compact was signed.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims if "promising partner" in c.text} == {"Javier Milei"}


def test_section_name_over_a_remarks_title_is_no_turn_label() -> None:
    text = ("Press Releases Harbour: Press remarks by High Representative Ana Ruiz ahead of the Ministers meeting in Port Vila\n\n"
            "Harbour: Press remarks by High Representative Ana Ruiz ahead of the Ministers meeting in Port Vila\n\n"
            "Thank you, Omar, for hosting us. Today the ministers of the compact travel to Port Vila to hold this "
            "meeting, and I am glad they came.\n\n"
            "We will study the reef plan in order to gather more support around the region.\n\n"
            "Q. How concerned are you about the budget talks? Does this mean the compact must do more?\n\n"
            "I am sure we will find the money. This dispute has consequences for the whole region.\n")
    st = RuleSegmenter().segment(text)
    assert _answer_speakers(text) == {"Ana Ruiz"}
    assert not any(s.name and "Press Releases" in s.name for s in st.speakers)


def test_conversation_with_an_outlets_correspondent_names_the_press() -> None:
    head = ("Foreign Minister Ana Ruiz ended a ten-day trip to the region on Friday. She assessed the state of the "
            "islands' ties in a conversation with The Ledger's new Pacific correspondent, Tom Bell.")
    assert "bell" in press_surnames(head)
    assert _guest(head) == "Ana Ruiz"


def test_spokesperson_who_hands_over_the_floor_moderates() -> None:
    text = ("Transcript of Special Briefing by Foreign Secretary on the Summit (May 2, 2026)\n\n"
            "Ana Ruiz, Official Spokesperson: Good evening friends, welcome to this special briefing by the Foreign "
            "Secretary, Omar Haddad, on the summit. We are also joined by our ambassador to the islands and by the "
            "joint secretary who looks after the region in the ministry. With that, I invite the Foreign Secretary to "
            "make his opening remarks. So over to you.\n\n"
            "Omar Haddad, Foreign Secretary: Thank you, Ana. Good evening all. The summit has just ended and it was a "
            "success for both sides. We signed four agreements on trade, on health and on the reef, and the leaders "
            "agreed to meet again next year in the capital.\n")
    st = RuleSegmenter().segment(text)
    roles = {s.name: s.role for s in st.speakers if s.name}
    assert roles.get("Omar Haddad") is SpeakerRole.INTERVIEWEE
    assert {c.speaker for c in st.claims if "four agreements" in c.text} == {"Omar Haddad"}


_REPORT = ("\"We will never recognise the border,\" he said after the meeting.\n\n"
           "President of Nordland, Jan Vesely, addressed the public after the meeting in Brussels.\n\n"
           "{credit}\n\n"
           "\"It was agreed to continue the dialogue until the end of July,\" Vesely said after the meeting.\n\n"
           "Asked whether he insulted Ana Ruiz during the meeting, he said that he did not.\n\n"
           "\"The other delegation does not want to fulfil what it signed,\" Vesel\u00fd told reporters.\n\n"
           "Vesely pointed out that Ruiz threatened to go to court, and he replied that she should do that.\n")


def test_foto_credit_is_no_turn_label_and_the_report_stays_the_authors() -> None:
    st = RuleSegmenter().segment(_REPORT.format(credit="Foto: Instagram/nordlandpress\n\nFoto: Instagram/nordlandpress"))
    assert {c.speaker for c in st.claims} == {None}
    assert all(c.role is SpeakerRole.AUTHOR for c in st.claims)


def test_report_on_anothers_words_is_not_the_named_persons() -> None:
    from polisent.segment._reported_speech import _reported_other

    text = _REPORT.format(credit="Source: Nordland Radio")
    assert _reported_other(text, "Ana Ruiz") >= 2 and _reported_other(text, "Jan Vesely") == 0


_OPED_BODY = ("\n\nSweden and Finland share a long history and now a common future in the alliance. Neither country chose "
              "this lightly, and neither will regret it.\n\nThe decision was made by the voters long before the "
              "governments followed them, and that is the strength of it.\n")


def test_writes_former_prime_minister_names_the_writer() -> None:
    text = ("It was not what the Kremlin hoped for, writes former Swedish Prime Minister Magda Lindqvist (sd)." + _OPED_BODY)
    assert {c.speaker for c in RuleSegmenter().segment(text).claims} == {"Magda Lindqvist"}
    says = text.replace("writes former", "says former")
    assert {c.speaker for c in RuleSegmenter().segment(says).claims} == {None}


def test_title_byline_under_two_menu_lines() -> None:
    text = "Connect with us\n\nStrictly Personal\n\nA Foreign Policy Guide For the New President, By Ana Ruiz" + _OPED_BODY
    assert {c.speaker for c in RuleSegmenter().segment(text).claims} == {"Ana Ruiz"}


def test_interview_by_line_is_no_writers_byline() -> None:
    text = ("Nordic Geographic\n\nINTERVIEW\n\n- INTERVIEW BY ANA RUIZ\n\nArctic expert Omar Haddad on how the islands can "
            "lead on northern issues" + _OPED_BODY)
    assert "Ana Ruiz" not in {c.speaker for c in RuleSegmenter().segment(text).claims}


def test_the_head_of_state_gave_an_interview() -> None:
    assert _guest("Kyrgyz President Ana Ruiz will pay her first state visit to Peru. On the eve of the trip the Head of "
                  "Kyrgyzstan gave an interview to the Ledger.") == "Ana Ruiz"


def test_delivered_a_speech_over_the_speech_names_the_speaker() -> None:
    text = ("Argentine President Javier Milei delivered a speech following the summit of the southern states\n\n"
            "This morning a group of countries asked me to lead the work on the harbour. We agreed to do it, and we will "
            "report back within a month.\n\nI want to thank every leader who came to Buenos Aires for the talks and for "
            "the hard work that went into them.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims if "thank every leader" in c.text} == {"Javier Milei"}


def test_patronymic_hail_takes_the_full_name() -> None:
    text = ("Russian expert: the border opening depends on the talks\n\n"
            "The Ledger presents an interview with a Russian political figure, member of the Public Chamber, President of "
            "the Centre for Social Studies, Pavel Orlov.\n\n"
            "- Pavel Sergeyevich, how do you assess the upcoming meeting of the two leaders in Sochi?\n\n"
            "- It is too early to evaluate the meeting. We need to wait for the meeting itself, since the range of issues "
            "the two leaders can discuss is very wide.\n\n"
            "- And what about the border?\n\n"
            "- The border will open when the talks succeed, and not a day before that.\n")
    assert _answer_speakers(text) == {"Pavel Orlov"}


def test_outlets_writer_line_under_the_title() -> None:
    text = "Who is killing the trade body?\nThe Ledger's Anna Pollard\n02:53" + _OPED_BODY
    assert {c.speaker for c in RuleSegmenter().segment(text).claims} == {"Anna Pollard"}


def test_office_alone_as_a_label_names_no_one() -> None:
    text = ("JOURNALIST:\nPrime Minister, there has been a lot of talk about the islands this morning. What do you say "
            "about their plight?\nPRIME MINISTER:\nWell, we are very sympathetic and we have been in the past, and I will "
            "be meeting the President to talk about it.\nJOURNALIST:\nWill you offer more aid?\nPRIME MINISTER:\nWe want to "
            "help in the region, we accept our obligations and we do not want to throw our weight around.\n")
    st = RuleSegmenter().segment(text)
    answers = [c for c in st.claims if c.role is SpeakerRole.INTERVIEWEE]
    assert answers and {c.speaker for c in answers} == {None}


def test_office_label_named_by_the_hosts_introduction() -> None:
    text = ("Interview with Tom Bell, Harbour Radio\n\n"
            "Tom Bell: The Prime Minister heads to the islands today. Ana Ruiz is the Minister for Trade and the Pacific "
            "and will join him. She joins me now. Welcome to the programme.\n\n"
            "Minister for Trade and the Pacific: Good morning, Tom. How are you?\n\n"
            "Tom Bell: Very well. What is the purpose of the trip?\n\n"
            "Minister for Trade and the Pacific: We want a security treaty and a visa deal, and we want both before the "
            "end of the year.\n\n"
            "Tom Bell: Will the islands sign it?\n\n"
            "Minister for Trade and the Pacific: I think they will, because it serves both sides.\n")
    assert _answer_speakers(text) == {"Ana Ruiz"}
