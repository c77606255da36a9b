"""Structure rules of the thirtieth pass (issue 11): hosts, reporters and bylines that real pages
print in ways the rules missed. Texts written for the project."""

from __future__ import annotations

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment import RuleSegmenter
from tests.conftest import said_by as _said_by
from tests.conftest import views as _views

SEG = RuleSegmenter()


def test_a_label_that_says_host_is_a_turn_even_once() -> None:
    # the page's excerpt ends before the guest speaks: the host's set-up is still no one's view
    text = ("Harbour Talks\n\n"
            "TRANSCRIPT\n\n"
            "Lena Park (host): Hello, I'm Lena Park. The lenders walked out of the harbour talks last week.\n\n"
            "The ministry blames them for the delay. The port is half built and the money has run out.\n\n"
            "So where does that leave the islands? Might the talks")
    assert _views(text) == []
    assert _said_by(text, "walked out") <= {("Lena Park", "interviewer", True)}


def test_a_presenter_who_hands_over_to_the_reporter_is_the_host() -> None:
    text = ("Vote counted in the islands\n\n"
            "TOM REILLY: In the islands, polling booths have closed in the run-off.\n"
            "A result could be known later this morning.\n"
            "Our Pacific correspondent Ana Kovac reports.\n\n"
            "ANA KOVAC: The faces of both candidates still stare down from the billboards.\n"
            "Both oppose the harbour deal.\n\n"
            "But local analyst Ivo Maras says the deal is already lost.\n\n"
            "IVO MARAS: The lenders have gone. The government cannot bring them back.\n\n"
            "ANA KOVAC: The result is expected today.\n")
    assert not any("polling booths" in v or "result could be known" in v for v in _views(text))
    assert _said_by(text, "stare down") == {("Ana Kovac", "author", False)}
    assert _said_by(text, "lenders have gone") == {("Ivo Maras", "interviewee", False)}
    # without the hand-over, nothing says who presents: the first speaker's talk stays a view
    plain = text.replace("Our Pacific correspondent Ana Kovac reports.\n", "")
    assert any("polling booths" in v for v in _views(plain))


def test_co_hosts_who_open_the_show_each_ask() -> None:
    # the second host's set-up never ends on a question mark: his opening says he hosts
    text = ("The Harbour Podcast\n\n"
            "Lena Park: Welcome to The Harbour Podcast. I'm Lena Park. This week Jon is joined by Omar Haddad. "
            "How should we deal with the islands?\n\n"
            "Jon Weiss: Welcome to the show. I'm Jon Weiss, and I'm joined by Omar Haddad, who knows the islands.\n\n"
            "Jon Weiss: We'll talk about his book. The book is getting early praise from the region.\n\n"
            "Jon Weiss: First, people always want to know how you got into this work.\n\n"
            "Omar Haddad: I went to the islands as a student. The lenders were already there.\n\n"
            "Omar Haddad: And the ministry distrusted them from the start.\n")
    assert not any("getting early praise" in v or "joined by Omar" in v for v in _views(text))
    assert _said_by(text, "distrusted them") == {("Omar Haddad", "interviewee", False)}


def test_a_transcripts_opening_runs_to_the_guests_reply_over_two_questions() -> None:
    text = ("Skip to main content\n"
            "Can the islands lead the region? This episode, we speak to Omar Haddad, analyst at the Harbour Institute.\n\n"
            "Category\n\nNews\nTranscript\n"
            "00:00Hi, good morning, I'm Lena Park and you're watching Harbour Talk.\n"
            "00:16The summit opens this week, and this isn't just another round of talks.\n"
            "00:37To break it all down, we're joined by Omar Haddad, analyst at the Harbour Institute.\n"
            "00:44Omar, thank you for joining us. Let's start with something basic.\n"
            "00:48How would you explain what the declaration is about?\n"
            "00:55And what is it trying to fix?\n"
            "00:59Yes, thank you, Lena Park. Good morning.\n"
            "01:01The declaration is about the harbour. The lenders want their money back.\n")
    views = _views(text)
    assert not any("another round of talks" in v or "joined by Omar" in v for v in views)
    assert _said_by(text, "lenders want") == {("Omar Haddad", "interviewee", False)}


def test_a_byline_glued_to_the_standfirst_names_the_writers() -> None:
    text = ("Tight Race in the Islands\n\n"
            "Two blocs appear neck-and-neck as first results come in. By Ana Kovac and Ivo Maras in Port Vila and Suva\n\n"
            "Preliminary results indicate a tight race between the two blocs.\n\n"
            "Neither is expected to win a majority.\n")
    seg = SEG.segment(text)
    glued = [g for g in seg.segments if g.kind is SegmentKind.CLUTTER and g.text.startswith("By Ana Kovac")]
    assert [g.reason for g in glued] == ["byline"]
    assert _said_by(text, "tight race between") == {("Ana Kovac and Ivo Maras", "author", False)}  # both writers (pass 57)
    # "By" opening a sentence is no byline
    prose = text.replace("By Ana Kovac and Ivo Maras in Port Vila and Suva", "By Friday the count should end")
    assert not any(g.kind is SegmentKind.CLUTTER and g.text.startswith("By Friday") for g in SEG.segment(prose).segments)


def test_a_byline_with_the_writers_places_is_a_byline() -> None:
    text = ("Tight Race in the Islands\n\n"
            "By Ana Kovac and Ivo Maras in Port Vila and Suva\n\n"
            "Preliminary results indicate a tight race between the two blocs.\n")
    assert _said_by(text, "tight race between") == {("Ana Kovac and Ivo Maras", "author", False)}  # both (pass 57)


def test_every_label_that_says_host_asks() -> None:
    text = ("ANNA BERG, HOST: It's Tuesday. Good morning, I'm Anna Berg.\n\n"
            "TOM REILLY, HOST: And I'm Tom Reilly. Up first: the harbour talks. The lenders met the ministry in Oslo.\n\n"
            "It's the latest twist in a long standoff. Joining us now is Omar Haddad of the Harbour Institute.\n\n"
            "BERG: Omar, good morning!\n\n"
            "OMAR HADDAD: Good morning, great to be with you.\n\n"
            "BERG: What's different now?\n\n"
            "HADDAD: The lenders are weaker. The ministry knows it.\n")
    assert not any("latest twist" in v or "lenders met the ministry" in v for v in _views(text))
    assert _said_by(text, "lenders are weaker") == {("Omar Haddad", "interviewee", False)}


_TABLE = ("4.5 \u2022 120 Ratings\n"
          "\U0001f5d3\ufe0f 3 June 2025\n"
          "\U0001f9fe\ufe0f Download transcript\n"
          "Click on a timestamp to play from that location\n"
          "0:00.0 | Welcome to the Harbour Inbox. I'm Lena Park, senior fellow at the Harbour Council. |\n"
          "0:07.8 | With me to discuss the standoff between the islands and their lenders over the port |\n"
          "0:13.0 | and what it all means for the region is Omar Haddad. |\n"
          "0:20.4 | Omar is a senior analyst at the Harbour Institute. Omar, thank you for joining me on the Harbour Inbox. |\n"
          "0:27.1 | Thanks, Lena. Great to be here. I'm a big fan of the show. |\n"
          "0:30.8 | Well, thank you. Let's get right at it. If we could, Omar, could you tell |\n"
          "0:36.5 | me about the port, the one that the |\n"
          "0:40.7 | Ministry started building ten years ago? |\n"
          "0:49.3 | Sure. The port was meant to carry the islands' trade. The lenders paid for half of it. |\n")


def test_a_transcript_tables_opening_is_the_hosts_and_its_guest_is_named() -> None:
    views = _views(_TABLE)
    assert not any("senior analyst at the Harbour Institute" in v or "Welcome to the Harbour" in v for v in views)
    assert _said_by(_TABLE, "lenders paid") == {("Omar Haddad", "interviewee", False)}
    assert _said_by(_TABLE, "Ministry started building") == {(None, "interviewer", True)}
    # the row's time code and pipes stay out of what the models read
    from polisent.segment._markup import scoring_text
    claim = next(c for c in SEG.segment(_TABLE).claims if "big fan" in c.text)
    assert "|" not in scoring_text(claim.text)


_STANDFIRST = ("Can the harbour deal survive?\n\n"
               "The lenders walked out of the talks last week, blaming Moscow for the delays. "
               "We spoke to Omar Haddad, an analyst at the Harbour Institute.\n\n"
               "Q: Who is to blame?\n\n"
               "A: Moscow is not to blame. The lenders lost patience.\n")


def test_the_standfirst_is_the_editors_claims_apart_from_the_speakers_views() -> None:
    st = SEG.segment(_STANDFIRST)
    intro = [g for g in st.segments if g.kind is SegmentKind.INTRO]
    assert [g.text.startswith("The lenders walked out") for g in intro] == [True]
    editor = [c for c in st.claims if c.role is SpeakerRole.EDITOR]
    assert [c.text for c in editor] == ["The lenders walked out of the talks last week, blaming Moscow for the delays.",
                                        "We spoke to Omar Haddad, an analyst at the Harbour Institute."]
    assert all(c.speaker is None and not c.is_question for c in editor)
    assert _said_by(_STANDFIRST, "not to blame") == {("Omar Haddad", "interviewee", False)}
    # a note on the transcript itself is no introduction
    note = _STANDFIRST.replace("We spoke to Omar Haddad, an analyst at the Harbour Institute.",
                               "").replace("The lenders walked out of the talks last week, blaming Moscow for the delays. ",
                                           "This interview has been edited for clarity and length.")
    assert not any(c.role is SpeakerRole.EDITOR for c in SEG.segment(note).claims)


def test_the_roll_up_leaves_the_editors_claims_out() -> None:
    from polisent._assemble import summarise
    from polisent.records import Assessment, Mention, MentionKind, SentimentScore, StanceScore

    st = SEG.segment(_STANDFIRST)
    t = _STANDFIRST
    ed = next(c for c in st.claims if c.role is SpeakerRole.EDITOR and "Moscow" in c.text)
    own = next(c for c in st.claims if c.role is SpeakerRole.INTERVIEWEE and "Moscow" in c.text)
    ms = tuple(Mention(t.index("Moscow", c.start), t.index("Moscow", c.start) + 6, "Moscow", MentionKind.METONYM,
                       "russia", "Russia", claim_index=c.index) for c in (ed, own))
    neg, pos = SentimentScore(0.9, 0.05, 0.05), SentimentScore(0.05, 0.05, 0.9)
    stance = StanceScore(0.1, 0.8, 0.1)
    assess = [Assessment(ed.index, "russia", "Russia", (0,), neg, stance), Assessment(own.index, "russia", "Russia", (1,), pos, stance)]
    (russia,) = summarise(st, ms, assess)
    assert russia.n_claims == 2 and russia.n_scored == 1 and russia.sentiment > 0  # the editor's negative framing is no view


def test_the_co_host_a_host_is_joined_by_is_no_guest() -> None:
    text = ("The Harbour Podcast - The Port Under Siege\n\n"
            "On today's podcast, Lena and Tom talk with Omar Haddad, the islands' former finance minister.\n\n"
            "Transcript\n"
            "Starting point is 00:00:00 Welcome to the Harbour podcast. I'm your host, Lena Park, joined by Tom Weiss. "
            "And this week, we are talking to Omar Haddad. Omar, thank you so much for joining us. "
            "Can you walk us through what happened to the port?\n"
            "Starting point is 00:01:18 The lenders left in 2014. The ministry never paid them back.\n")
    speakers = {c.speaker for c in SEG.segment(text).claims if c.role is SpeakerRole.INTERVIEWEE}
    assert speakers == {"Omar Haddad"}


def test_a_transcription_services_advert_is_no_introduction() -> None:
    text = ("Minister says the port is lost\n\n"
            "Foreign Minister Ana Kovac says the port is lost. Read the transcript here.\n\n"
            "Try Harbourscribe and save time transcribing, captioning, and subtitling.\n\n"
            "Tom Weiss: (00:00)\nMinister, welcome back to the program. How long can the port hold?\n\n"
            "Ana Kovac: (00:18)\nThe port cannot hold. The lenders have gone.\n")
    editor = [c.text for c in SEG.segment(text).claims if c.role is SpeakerRole.EDITOR]
    assert "Foreign Minister Ana Kovac says the port is lost." in editor
    assert not any("Harbourscribe" in e for e in editor)


def test_timed_labels_run_together_on_one_line_are_turns() -> None:
    # a machine transcript pasted as one paragraph: a cut-off turn runs into the next label
    text = ("Speaker 1 (00:00): Welcome back to the show, and this Speaker 2 (00:04): Ten years ago you called the "
            "islands a lost cause. Do you still think so? Speaker 3 (00:13): No. The islands have changed, and the "
            "lenders know it. Speaker 2 (00:40): Why did they change? Speaker 3 (00:44): The ministry paid its debts.")
    st = SEG.segment(text)
    asked = [(c.speaker, c.text) for c in st.claims if c.is_question]
    assert asked == [("Speaker 2", "Do you still think so?"), ("Speaker 2", "Why did they change?")]
    assert {c.speaker for c in st.claims if "lenders know it" in c.text or "paid its debts" in c.text} == {"Speaker 3"}
    assert not any("(00:" in c.text for c in st.claims)


def test_one_bare_question_is_an_interviewers_when_the_answer_speaks_back() -> None:
    text = ("\nThe lenders have walked out of the harbour talks. What lies behind the walk-out, and what role does the "
            "election play, which is only weeks away?\n"
            "It is important to understand that the talks were never only about money. The port carries half the trade.\n"
            "And, as you said, the election changes everything: nobody will sign before it.\n")
    st = SEG.segment(text)
    assert [c.text for c in st.claims if c.is_question] == [
        "What lies behind the walk-out, and what role does the election play, which is only weeks away?"]
    assert {c.role for c in st.claims if "never only about money" in c.text} == {SpeakerRole.INTERVIEWEE}
    # an op-ed's rhetorical opening, answered without a word to the asker, stays the author's
    oped = text.replace("And, as you said, the election", "And the election")
    assert not any(c.is_question for c in SEG.segment(oped).claims)


def test_a_news_sites_lead_ins_are_no_speakers() -> None:
    # "Quote:" / "Details:" introduce parts of a news brief, not turns of two people called Quote and Details
    text = ("The ousted president Omar Haddad believes the lenders will not come back.\n\n"
            "Source: Omar Haddad for the Harbour Times\n\n"
            "Quote: \"The islands stand as the last bastion of open trade in the region. The lenders know it.\n\n"
            "Without them, the port could fall to the smugglers.\"\n\n"
            "Details: At the same time, Haddad believes that the port is safer than the airport.\n\n"
            "Quote: \"Rather than paying their debts, they hire guards at the expense of the islanders.\"\n")
    assert not {c.speaker for c in SEG.segment(text).claims} & {"Quote", "Details"}


def test_a_republished_pieces_credit_names_its_writer() -> None:
    text = ("Is the harbour falling apart? Blame the lenders\n\n"
            "by harbour news\n\n"
            "2023-08-14 06:32:47\n\n"
            "Ana Kovac* / The Island Times 14.08.2023 \u2022 07:32\n\n"
            "In July, the lenders left the harbour talks. They told the ministry to prepare for a long wait.\n\n"
            "It was the first public message, confirming what many observers already took for granted.\n")
    assert {(c.speaker, c.role.value) for c in SEG.segment(text).claims} == {("Ana Kovac", "author")}


def test_a_read_more_prompt_trailing_dots_is_clutter() -> None:
    text = ("Lena Park: Are the talks over?\nOmar Haddad: Not yet. The lenders will come back.\n\nREAD MORE........\n")
    seg = next(g for g in SEG.segment(text).segments if g.text.startswith("READ MORE"))
    assert (seg.kind, seg.reason) == (SegmentKind.CLUTTER, "related")


def test_the_editors_short_lines_are_no_claims() -> None:
    text = ("Can the harbour deal survive?\n\n"
            "The lenders walked out of the talks last week, blaming Moscow for the delays. Listen to the interview.\n\n"
            "Q: Who is to blame?\n\nA: Moscow is not to blame. The lenders lost patience.\n")
    editor = [c.text for c in SEG.segment(text).claims if c.role is SpeakerRole.EDITOR]
    assert editor == ["The lenders walked out of the talks last week, blaming Moscow for the delays."]
