"""Pass 116 (issue 11): podcast transcripts from transcription services (WebVTT, numbered voices).

- V5: a WebVTT file's signature line with the episode's title after it ("WEBVTT - Is the Ceasefire Holding?") is the
  title, a heading: not the interviewer's first question (which had made the host's opening an "answer" to it). A cue
  timing run onto the signature line by a flattened page is no title.
- V6: an automatic transcript's host asks without "?" in a clause after the set-up ("Okay, so to start off this might be a
  loaded question, but can you explain to us what the region is."): that voice asks, hosts, and the guest's voice answers.
- V7: of three or more numbered voices, the one whose turn right before the guest's first addresses the guest by first
  name ("So Lena, let's start with what both sides agreed to.") hosts, with or without a question in it; the voice
  that answers that hail is the guest the opening named in full ("Lena Okafor"), not a clip heard before it, and a
  discourse word before the vocative makes no name ("So Lena").
- I1: "<journalist> interviewed <office> <name>" (past tense, as "X interviews Y" already was) announces an interview, so
  its one bare question is the interviewer's and the answers the guest's; "Officers interviewed Mayor X" over a report
  with no answers in the first person stays a report.
- From the misses of J164 (sealed, read once at the pass's first end, spent since): S4, '"...," said <office> <name> in a
  traditional address to the nation' over the address names the speaker; S5, the text's one label, seen once, greeting
  the room ("Good afternoon dear ladies and gentlemen!") over a statement is its speaker's turn.
- From the misses of J165 (sealed, read once, spent since): B3, a digest's reprint "(Outlet) Name - For much of my career
  ..." names the writer; "Full Article" is page furniture, no byline.
- From the misses of J163 (a sealed set, read once after the rules above): G1, a data cue (``speaker_cues.json``): "<office>,
  <name>, has said that ... . She spoke exclusively with <outlet>" over bare questions names the guest; F1, the briefer a
  moderator hands the floor to ("I will now hand it over to ... Weiss") who then names himself is no host; F2, a record
  that says "The Prime Minister said the following with regard to ...," over the quoted statement hands it to him; K1, a
  "FULL TEXT:" kicker before "<surname>'s speech" names the surname, and "text" is no speaker's label word ("FULL TEXT:",
  "Text Size:" had been read as turn labels).

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment import RuleSegmenter
from polisent.segment._units import asks_unmarked


def _cues(turns: list[tuple[str, str]], title: str | None = "WEBVTT - Is the Ceasefire in Sudan Holding?") -> str:
    out = [title or "WEBVTT", ""]
    for i, (voice, words) in enumerate(turns):
        out += [f"0:00:{i * 4:02d}.100 --> 0:00:{i * 4 + 3:02d}.900", f"<v {voice}>{words}", ""]
    return "\n".join(out)


_OPENING = [
    ("Speaker 1", "Morning. I'm Tom Weiss in for Ana Ruiz and this is The Briefing, a daily podcast from the Herald."),
    ("Speaker 1", "The ceasefire in Sudan has held for a week. Today on the show, Lena Okafor, director of the Africa"),
    ("Speaker 1", "programme at the Meridian Institute, is with us to explain what comes next. Okay, so to start off this"),
    ("Speaker 1", "might be a loaded question, but can you explain to us why the talks in Jeddah failed last year."),
    ("Speaker 2", "So the talks failed because neither army believed it could lose. Both sides thought time was on"),
    ("Speaker 2", "their side, and the mediators had no leverage over the generals or over their foreign backers."),
    ("Speaker 2", "This time the economy has collapsed and the generals know it. That changes the calculation a lot."),
]


def test_vtt_title_is_a_heading_not_a_question() -> None:
    text = _cues(_OPENING)
    st = RuleSegmenter().segment(text)
    first = st.segments[0]
    assert first.kind is SegmentKind.HEADING and "Ceasefire in Sudan Holding" in first.text
    assert not any("Ceasefire in Sudan Holding" in c.text for c in st.claims)
    assert all(text[s.start:s.end] == s.text for s in st.segments)


def test_vtt_title_without_question_mark_and_plain_signature() -> None:
    st = RuleSegmenter().segment(_cues(_OPENING, title="WEBVTT - Sudan after the ceasefire"))
    assert st.segments[0].kind is SegmentKind.HEADING
    st = RuleSegmenter().segment(_cues(_OPENING, title=None))
    assert not any("WEBVTT" in c.text for c in st.claims)


def test_flattened_signature_with_cue_timing_is_no_title() -> None:
    text = ("WEBVTT 00:01.300 --> 00:03.366 GEOFF BENNETT: The talks resumed today in Geneva after a long pause.\n\n"
            "00:03.400 --> 00:06.100 ANA RUIZ: They did, and both delegations came with new maps of the front.\n")
    st = RuleSegmenter().segment(text)
    assert not any(s.kind is SegmentKind.HEADING and "Geneva" in s.text for s in st.segments)


def test_host_asking_in_a_clause_after_the_set_up_hosts() -> None:
    st = RuleSegmenter().segment(_cues(_OPENING))
    answers = [c for c in st.claims if not c.is_question and c.role is not SpeakerRole.INTERVIEWER]
    assert answers and {c.speaker for c in answers} == {"Lena Okafor"}
    assert all(c.role is SpeakerRole.INTERVIEWEE for c in answers)
    assert any(c.is_question and "Jeddah" in c.text for c in st.claims)
    roles = {s.name: s.role for s in st.speakers}
    assert roles.get("Speaker 1") is SpeakerRole.INTERVIEWER


def test_asks_unmarked_clause_guards() -> None:
    t = "Okay, so to start, but can you explain what the region is."
    assert asks_unmarked(t, 0, len(t))
    for t in ("The region is disputed, and you can see why.", "It failed, but you can explain that by the money.",
              "They did, so we can expect more of the same."):
        assert not asks_unmarked(t, 0, len(t)), t


_CLIP = [
    ("Speaker 1", "The deal was signed on Thursday. I'm Tom Weiss, and you're listening to The Briefing. Today, Middle"),
    ("Speaker 2", "East correspondent for the Herald, Lena Okafor, on the negotiations that got us here."),
    ("Speaker 1", "It's Friday, October ten."),
    ("Speaker 3", "Good evening. We are coming on the air with breaking news from Cairo tonight."),
    ("Speaker 1", "So Lena, let's start with what both sides have just agreed to, and when it takes effect."),
    ("Speaker 4", "So the deal is meant to be signed at noon in Cairo, and the first exchange follows within days."),
    ("Speaker 4", "Both sides gave ground on the sequencing, which had stalled every round since the spring."),
]


def test_host_hailing_the_guest_by_first_name_hosts() -> None:
    st = RuleSegmenter().segment(_cues(_CLIP))
    roles = {s.name: s.role for s in st.speakers}
    assert roles.get("Tom Weiss") is SpeakerRole.INTERVIEWER  # the voice that names itself, and hosts
    assert "So Lena" not in roles  # (no name made of the vocative's discourse word)
    guest = [c for c in st.claims if "sequencing" in c.text]
    assert guest and guest[0].speaker == "Lena Okafor" and guest[0].role is SpeakerRole.INTERVIEWEE
    clip = [c for c in st.claims if "breaking news" in c.text]
    assert clip and clip[0].speaker != "Lena Okafor"  # the news clip before the hail is not the guest


_GLOBE = ("Harbour Times | Insight\n\n"
          "Minister Ana Ruiz on Nordland's Foreign Policy in 2025\n\n"
          "Oslo. Throughout 2025, Nordland worked hard to keep its place in the region, promoting trade, security and "
          "stability, and focusing on economic diplomacy with its neighbours.\n\n"
          "The Harbour Times' Tom Weiss interviewed Foreign Minister Ana Ruiz in mid-November to learn more about these "
          "developments.\n\n"
          "What significant outcomes are there for Nordland from this year's summits in Bergen and Riga?\n\n"
          "At the Bergen summit our message was about integration, which is about openness. Free and fair trade benefits "
          "us all. We also discussed fisheries, which the president has raised again and again.\n\n"
          "The second outcome is about security. We agreed with our neighbours to share more of what our coast guards see, "
          "and we will hold a joint exercise in the spring.\n")


def test_journalist_interviewed_announces_the_bare_question() -> None:
    """I1: "<journalist> interviewed <office> <name>" over one bare question announces an interview."""
    st = RuleSegmenter().segment(_GLOBE)
    assert any(c.is_question and "significant outcomes" in c.text for c in st.claims)
    answers = [c for c in st.claims if "fisheries" in c.text or "coast guards" in c.text]
    assert answers and all(c.speaker == "Ana Ruiz" and c.role is SpeakerRole.INTERVIEWEE for c in answers)


def test_interviewed_in_a_report_is_no_interview_page() -> None:
    text = ("Police question suspects\n\nOfficers interviewed Mayor Ana Ruiz on Monday about the fire.\n\n"
            "Why did the alarm fail? The council says the system was old. Repairs start next week, the mayor said.\n")
    st = RuleSegmenter().segment(text)
    assert not any(c.role is SpeakerRole.INTERVIEWEE for c in st.claims)


def test_standfirst_subject_who_spoke_to_the_outlet_answers() -> None:
    """G1 (a data cue in ``speaker_cues.json``): "<office>, <name>, has said that ... . She spoke exclusively with <outlet>"
    over bare questions: the subject answers."""
    text = ("Tom Weiss, Oslo\n\n"
            "The Minister of Foreign Affairs, Ana Ruiz, has said that Nordland's partners have not turned their backs on "
            "the government.\n\n"
            "She spoke exclusively with the Harbour Times in Oslo against claims that the president is isolated abroad.\n\n"
            "How was the year for Nordland on the foreign scene, most importantly on trade and security?\n\n"
            "The year was very good from the foreign perspective on both. On trade, we signed two agreements with our "
            "neighbours, and on security we hosted the Baltic ministers for the first time.\n\n"
            "We also opened three embassies, and I travelled to every capital of the region at least once.\n")
    st = RuleSegmenter().segment(text)
    answers = [c for c in st.claims if "agreements" in c.text or "embassies" in c.text]
    assert answers and all(c.speaker == "Ana Ruiz" for c in answers)


def test_briefer_handed_the_floor_is_no_host() -> None:
    """F1: the briefer a moderator hands the floor to, who then names himself, speaks; the moderator hosts."""
    text = ("Transcript of a virtual press briefing by Acting Assistant Secretary Tom Weiss on the minister's trip.\n\n"
            "Mr Hale: Great, thank you. Good afternoon, everybody, and thank you for joining us for this call previewing "
            "the trip, which will take place tomorrow.\n\n"
            "At this point, Assistant Secretary Weiss will give an overview of the trip, and then he'll take a few of your "
            "questions. And with that, I will now hand it over to Acting Assistant Secretary Weiss. Sir.\n\n"
            "Amb Weiss: Thanks very much, and good afternoon, everybody. I'm Tom Weiss. I'm the Acting Assistant Secretary "
            "for Northern Affairs, and I am very pleased to announce that tomorrow the minister will travel to Nordland.\n\n"
            "The trip is another important step in our engagement with the region's partners, and it will allow the "
            "minister to see important projects in both countries.\n")
    st = RuleSegmenter().segment(text)
    roles = {s.name: s.role for s in st.speakers}
    assert roles.get("Amb Weiss") is SpeakerRole.INTERVIEWEE
    trip = [c for c in st.claims if "important step" in c.text]
    assert trip and trip[0].speaker == "Amb Weiss" and not trip[0].is_question


def test_record_that_says_the_following_hands_over() -> None:
    """F2: "The President said the following with regard to ...," over his quoted statement: his words."""
    text = ("Press Conference on the Summit\n\nMay 25, 2026\n\n"
            "On May 25, 2026, President Javier Milei held a press conference regarding the summit in Oslo.\n\n"
            "The President said the following with regard to the summit,\n\n"
            "\u201cRegarding the summit, I have been coordinating closely with our partners, and we have been in complete "
            "agreement on the plans for the meeting.\n\n"
            "Against that backdrop, while it is unfortunate that the meeting is not taking place this time, I respect the "
            "decision, and I will keep working with my counterparts on the next steps.\n")
    st = RuleSegmenter().segment(text)
    body = [c for c in st.claims if "coordinating closely" in c.text or "respect the" in c.text]
    assert body and all(c.speaker == "Javier Milei" for c in body)  # (an office holder the registry knows: a report's
    # topic as a rule, the speaker only where the page hands him the words)


def test_full_text_kicker_names_the_surname_and_is_no_label() -> None:
    """K1: "FULL TEXT: Ruiz's opening speech at ..." names Ruiz; "FULL TEXT:" is no speaker's label."""
    from polisent.segment._speech_titles import title_speaker

    text = ("FULL TEXT: Ruiz\u2019s opening speech at the second Nordic Summit\n\n"
            "Your Excellencies, Heads of State and Government;\n\n"
            "1. Let me commence by welcoming you all to the second summit. Your presence here, despite the short notice, "
            "shows our dedication. I thank you, and we are grateful to our hosts.\n\n"
            "2. Today, we gather with a sense of urgency. During our first meeting, we voiced our solidarity, and I "
            "believe our voice was heard.\n")
    assert title_speaker(text) == ["Ruiz"]
    st = RuleSegmenter().segment(text)
    assert not any(s.name and "Full Text" in s.name for s in st.speakers)
    welcome = [c for c in st.claims if "commence" in c.text]
    assert welcome and welcome[0].speaker is not None and welcome[0].speaker.endswith("Ruiz")


def test_cms_submission_line_is_clutter() -> None:
    """C2: a content system's "Submitted by <account> on <date>" line is a date line, not the lede's first words."""
    text = ("Submitted by editor1 on Fri, 07/08/2011 - 18:15\n"
            "Relations have seen remarkable progress in all fields, said Nordland's ambassador Ana Ruiz.\n\n"
            "Reporter: What do you think about the relations at present?\n\n"
            "Ambassador Ruiz: More than sixteen years after normalisation, the relations have seen remarkable progress.\n")
    st = RuleSegmenter().segment(text)
    assert not any("Submitted by" in c.text for c in st.claims)
    assert any(s.kind is SegmentKind.CLUTTER and s.text.startswith("Submitted by") for s in st.segments)


def test_dash_turn_ending_on_a_request_asks() -> None:
    """D1: in a dash-marked interview, a dash turn that ends "Please tell us about ..." is the interviewer's, as the dash
    turn that ends on "?" is."""
    text = ("Relations between Nordland and Harbin are based on friendship, Ana Ruiz\n\n"
            "- As it is known, the consular district is a key point in the development of our business cooperation. "
            "Please tell us about the results of bilateral collaboration over the past year.\n"
            "- At the moment more than one hundred companies with foreign capital operate in the district, and the gas "
            "pipeline delivered record volumes last year, which created thousands of jobs and raised tax revenue.\n"
            "- What is the position of the relations in science and technology?\n"
            "- At the end of last year, two research institutes established a joint laboratory in the capital, and more "
            "projects on soil science and earthquake safety will follow in the spring.\n")
    st = RuleSegmenter().segment(text)
    asked = [c for c in st.claims if c.is_question]
    assert any("Please tell us" in c.text for c in asked) and any("science and technology" in c.text for c in asked)
    answers = [c for c in st.claims if "joint laboratory" in c.text or "one hundred companies" in c.text]
    assert answers and all(c.role is SpeakerRole.INTERVIEWEE for c in answers)


def test_office_holder_named_alone_in_the_standfirst_answers() -> None:
    """O4: the one person a Q&A's standfirst names is an office holder, and the first question asks about the guest's own
    acts ("Was your visit ... approved?"): the interviewee, though an office names her (otherwise more often the topic)."""
    text = ("Nordland could be next, warns its president\n\n"
            "If the war spreads, the Baltic states or Nordland will be next, according to the country's president Ana "
            "Ruiz.\n\n"
            "In an interview with LRT TV in late September, she spoke about the talks with Brussels and the elections.\n\n"
            "Was your visit to Vilnius approved by the government?\n\n"
            "No, it was not. I informed them, and they chose to complain instead of supporting me, which is a pity, "
            "because the visit was about our place in Europe.\n\n"
            "What do you expect from the European Council in December?\n\n"
            "I expect a clear signal. The candidate status was given with conditions, and we have met most of them.\n")
    st = RuleSegmenter().segment(text)
    answers = [c for c in st.claims if "pity" in c.text or "clear signal" in c.text]
    assert answers and all(c.speaker == "Ana Ruiz" for c in answers)


def test_office_holder_as_topic_stays_unnamed() -> None:
    text = ("The tariffs explained\n\n"
            "President Ana Ruiz announced new tariffs on steel on Monday. Our economics desk answers readers' questions.\n\n"
            "What do the tariffs cover?\n\n"
            "They cover steel and aluminium from every country except two neighbours, and they start next month.\n\n"
            "Who pays for them?\n\n"
            "Importers pay first, and most of the cost is passed on to the buyers of cars and machines.\n")
    st = RuleSegmenter().segment(text)
    answers = [c for c in st.claims if "Importers" in c.text]
    assert answers and answers[0].speaker != "Ana Ruiz"


def test_said_in_an_address_names_the_speaker() -> None:
    """S4: '"...," said Nordland's President Ana Ruiz in a traditional address to the nation on Nov. 25.' over the address."""
    text = ("\u201cDuring the day, I spoke separately with the prime ministers of our neighbours,\u201d said Nordland's President "
            "Ana Ruiz in a traditional address to the nation on Nov. 25.\n"
            "Wishing you good health!\n"
            "It has been a long and difficult day today. Since the night, I have received reports from the military and from "
            "the regions on our recovery efforts. We will rebuild what was hit, and I thank every team that worked today.\n")
    st = RuleSegmenter().segment(text)
    body = [c for c in st.claims if "rebuild" in c.text]
    assert body and body[0].speaker == "Ana Ruiz"


def test_single_statement_label_greeting_the_room_is_a_turn() -> None:
    """S5: the text's one label, seen once, greeting the room ("PRESIDENT OF NORDLAND ANA RUIZ: Good afternoon dear ladies
    and gentlemen!") over a statement is its speaker's turn, not a headline."""
    text = ("Transcript of the Press Conference for the Foreign Media\n\nJanuary 31, 2026\n\n"
            "PRESIDENT OF NORDLAND ANA RUIZ: Good afternoon dear ladies and gentlemen!\n\n"
            "Thank you for the warm welcome. For my part, I would like to thank you all for the attention you have devoted "
            "to today's meeting, and I hope that it will be useful.\n\n"
            "It would seem natural to begin with the economy. As a whole, we are satisfied with the results of last year.\n")
    st = RuleSegmenter().segment(text)
    body = [c for c in st.claims if "satisfied" in c.text]
    assert body and body[0].speaker == "Ana Ruiz"


def test_digest_reprint_names_the_writer() -> None:
    """B3: a digest's reprint "(Harbour Times) Ana Ruiz - For much of my career ..." names the writer, and a "Full
    Article" link line is no byline."""
    text = ("Why Diplomacy Can't Fix the North\n\n"
            "(Harbour Times) Ana Ruiz - For much of my 24-year career as a diplomat and negotiator, I held out hope that a "
            "comprehensive agreement between the two sides was possible. I had faith in negotiations.\n\n"
            "2016-06-06 00:00:00\n\nFull Article\n")
    st = RuleSegmenter().segment(text)
    body = [c for c in st.claims if "negotiations" in c.text]
    assert body and body[0].speaker == "Ana Ruiz"
