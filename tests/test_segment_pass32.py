"""Thirty-second pass (issue 11): rules from the first readings of dev129/dev130, and the learned
speaker ranker's vetoes. Every text is invented for the project."""

from __future__ import annotations

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment import RuleSegmenter

SEG = RuleSegmenter()


def test_a_lede_that_credits_the_outlets_journalist_heralds_bare_questions() -> None:
    text = ("'She has watched the harbour talks for twenty years.'\n"
            "\"Nobody should read too much into one bad week,\" says Lena Marsh, the Example Institute's expert on "
            "the islands and their neighbours.\n"
            "\"The question is whether the ministry will forgive the lenders,\" Dr Marsh tells Harbour Post's Tomas Vide.\n"
            "The ministry is angry that the deal came about under pressure from abroad.\n"
            "Do you think the lenders misread the ministry's mood?\n"
            "They misread it badly.\n"
            "The lenders assumed that money settles everything, and it does not.\n")
    st = SEG.segment(text)
    asked = [c.text for c in st.claims if c.is_question]
    assert asked == ["Do you think the lenders misread the ministry's mood?"]
    after = [c for c in st.claims if c.start > text.index("Do you think")]
    assert after and {(c.speaker, c.role) for c in after} == {("Lena Marsh", SpeakerRole.INTERVIEWEE)}
    # the same lede without the credit stays an article: no question, no interview
    plain = text.replace(" tells Harbour Post's Tomas Vide.", " said on Monday.")
    assert not [c for c in SEG.segment(plain).claims if c.is_question and c.role is SpeakerRole.INTERVIEWER]


def test_a_states_name_alone_on_its_line_twice_is_a_kicker_not_a_speaker() -> None:
    text = ("Advertisement\nAdvertisement\nMyanmar\nGet more with our app\n\n"
            "Talks on the border stall as the rains come\n\n"
            "Myanmar\nThe border talks stalled again this week, according to analysts, with some saying the army "
            "is too divided to agree.\n\n"
            "The government in exile says the junta's morale is at an all-time low.\n")
    st = SEG.segment(text)
    body = [c for c in st.claims if "border talks stalled" in c.text or c.text.startswith("The government in exile")]
    assert len(body) == 2 and all(c.speaker != "Myanmar" and c.role is SpeakerRole.AUTHOR for c in body)


def test_the_learned_ranker_names_nobody_for_a_letter_left_unsigned_among_signed_ones() -> None:
    text = ("The harbour pact is a sea change in our security\n\n"
            "News that the islands have signed a security pact with a distant power is alarming.\n\n"
            "Lesley Barton, Queanbeyan, NSW\n\n"
            "We have given billions in aid to the islands, and they are free to choose their friends.\n\n"
            "Tim Tonner, Cowra, NSW\n\n"
            "My father flew over those islands in the war.\n")
    st = RuleSegmenter(speaker_model=True).segment(text)
    last = [c for c in st.claims if c.text.startswith("My father")]
    assert last and last[0].speaker is None


def test_the_learned_ranker_does_not_tell_two_people_apart_by_order_alone() -> None:
    text = ("Analyst Lena Marsh and economist Omar Daud disagree.\n\n- Will the port strike end soon?\n\n"
            "- Not before the election.\n\n- And the ministry?\n\n- It will wait.\n")
    st = RuleSegmenter(speaker_model=True).segment(text)
    assert {c.speaker for c in st.claims if not c.is_question and c.role is not SpeakerRole.EDITOR} == {None}


def test_the_learned_ranker_never_names_an_outlet_that_opens_the_interview_sentence() -> None:
    text = ("Harbour chief: the lenders will come back\n\n"
            "In an exclusive interview with Harbour Today, the islands' President Omar Haddad outlined his plans for the port.\n\n"
            "Transcript\n00:10In a world of pressure, the islands choose a different path.\n"
            "00:19Despite the lenders, this man has held the line.\n")
    st = RuleSegmenter(speaker_model=True).segment(text)
    assert "Harbour Today" not in {c.speaker for c in st.claims}
    assert any(g.kind is SegmentKind.ANSWER for g in st.segments)


def test_a_source_a_report_quotes_is_not_the_reports_speaker() -> None:
    text = ("Harbour talks stall as lenders walk away\n\n"
            "The harbour talks stalled on Monday after the lenders left the table, officials said.\n\n"
            "\u201cNobody expected the lenders to stay once the ministry changed its terms,\u201d said Lena Marsh, a senior "
            "analyst at the Example Institute.\n\n"
            "The ministry has not commented. A new round is planned for June.\n")
    st = SEG.segment(text)
    report = [c for c in st.claims if c.text.startswith(("The harbour talks", "The ministry has not"))]
    assert report and all(c.speaker is None and c.role is SpeakerRole.AUTHOR for c in report)
    # a page of one expert's quoted comments is hers, and so is a piece she wrote
    comments = ("In an interview with the Harbour Post, historian Lena Marsh argues that the lenders will return.\n"
                "Comments from Marsh:\n"
                "\u201cThe lenders need the port more than the port needs them. They will be back by June.\u201d\n"
                "\u201cThe ministry knows it, and it is waiting.\u201d\n")
    assert {c.speaker for c in SEG.segment(comments).claims if c.text.startswith("\u201c")} == {"Lena Marsh"}
    written = ("\u201cThe lenders will return\u201d, \u2013 analyst Lena Marsh notes in an article written for the Post.\n"
               "The ministry has waited before. It can wait again.\n")
    assert {c.speaker for c in SEG.segment(written).claims if "wait again" in c.text} == {"Lena Marsh"}


def test_the_journalist_an_interview_is_with_asks_and_is_no_guest() -> None:
    text = ("\u2018The lenders will be back\u2019\n\n"
            "On Monday the harbour talks stalled again. In an interview with journalist Ivo Marsh, the envoy of "
            "the islands talks about the lenders, the port and the coming election.\n\n"
            "Why did the talks stall?\n\n"
            "Because the lenders wanted more than the ministry could give.\n\n"
            "Will they come back?\n\n"
            "They will, by June.\n")
    st = SEG.segment(text)
    answers = [c for c in st.claims if not c.is_question and c.role is SpeakerRole.INTERVIEWEE]
    assert answers and all(c.speaker != "Ivo Marsh" for c in answers)


def test_a_pointer_to_the_rest_of_the_page_and_a_protected_address_are_clutter() -> None:
    text = ("Harbour deal holds\n\nThe ceasefire in the port holds for now, experts say. The talks continue.\n\n"
            "Read more at Harbour Policy House.\n\n[email protected]\n\nThe mediators expect a second phase in June.\n")
    reasons = {g.text.strip(): g.reason for g in SEG.segment(text).segments if g.kind is SegmentKind.CLUTTER}
    assert reasons == {"Read more at Harbour Policy House.": "related", "[email protected]": "link"}


def test_an_office_holder_an_unsigned_piece_is_about_is_not_its_author() -> None:
    # "professor Muhammad Yunus", the registry's head of Bangladesh's interim government: the piece's topic
    text = ("The summit that almost was\n\n"
            "Dhaka has been trying for some time to arrange a meeting between professor Muhammad Yunus and the "
            "Indian prime minister. However, there had been no response.\n\n"
            "In March, before Yunus's trip to China, the government again tried to arrange a meeting. In the end "
            "the prime minister did meet with professor Yunus.\n\n"
            "The talks lasted forty minutes and settled nothing.\n")
    st = SEG.segment(text)
    assert {c.speaker for c in st.claims if not c.is_question} == {None}


def test_the_journalist_an_interview_is_given_to_asks() -> None:
    text = ("Omar Haddad gave a long interview to American journalist Lena Marsh on Harbour TV.\n"
            "Part two.\n"
            "Marsh:\n"
            "In other words, you are saying that the lenders need the port more than the port needs them.\n"
            "Haddad:\n"
            "Of course. We do not need their money at all. The port pays for itself.\n"
            "Marsh:\n"
            "Do you think the ministry agrees with you? I have only been here for a month, so I cannot judge.\n")
    st = SEG.segment(text)
    said = {(c.speaker, c.role) for c in st.claims if not c.is_question}
    assert ("Omar Haddad", SpeakerRole.INTERVIEWEE) in said
    assert all(r is not SpeakerRole.UNKNOWN for _, r in said)
    assert {c.speaker for c in st.claims if c.is_question} == {"Lena Marsh"}



def test_a_top_news_heading_is_clutter() -> None:
    text = ("Harbour talks stall\n\nThe talks stalled on Monday, officials said. A new round is planned.\n\n"
            "Top news\n\nThe extraordinary summit was convened at the initiative of the islands.\n")
    st = SEG.segment(text)
    assert {g.text.strip(): g.reason for g in st.segments if g.kind is SegmentKind.CLUTTER} == {"Top news": "related"}
    # the teasers under such a heading stay claims: a known limit (a heading does not yet take its block)


def test_a_source_quoted_after_a_long_apposition_is_not_the_reports_speaker() -> None:
    text = ("Border talks stall\n\n"
            "The border talks stalled again on Monday.\n\n"
            "\u201cNeither side can afford to give ground before the vote,\u201d Lena Marsh, a senior fellow at the Example "
            "Institute for Regional Security and a former adviser to the ministry, said on Monday.\n\n"
            "A new round is planned for June.\n")
    st = SEG.segment(text)
    assert all(c.speaker is None for c in st.claims if c.text.startswith(("The border talks", "A new round")))


def test_initials_label_beside_names_that_open_with_a_lower_case_letter() -> None:
    # a real page's "NN:" (the newspaper) beside a text whose name finder met "Nažalost, ne" and "smo da":
    # a name without capitals has no initials (an IndexError before)
    text = ("NN: Kako ocjenjujete proteklu godinu i šta očekujete u sljedećoj?\n"
            "DODIK: Godina je bila neizvjesna, ali ostvareni su određeni uspjesi. Pokazali smo da možemo da očuvamo "
            "stabilnu ekonomiju. Nažalost, ne znamo kada bi pandemija mogla da ode. Mi smo pokazali nešto što se njima "
            "ne sviđa. Novu godinu će obilježiti i izbori.\n")
    st = SEG.segment(text)
    assert [c.text for c in st.claims if c.is_question] and any(not c.is_question for c in st.claims)
