"""Script slugs, kicker bylines, office labels and appositive guests (texts written for the project)."""

from __future__ import annotations

from polisent.records import SegmentKind
from polisent.segment import RuleSegmenter
from polisent.segment._principal import principal


def test_a_kicker_line_with_the_date_and_by_names_the_author() -> None:
    text = ("Peru's congress: the president's narrow path.\n\n"
            "PERU - Briefing 12 Mar 2023 by Lucia Ramos\n\n"
            "The vote to remove the president failed by nine votes. Congress will try again after the recess, "
            "and the cabinet knows it. The question is whether the centre holds.\n")
    st = RuleSegmenter().segment(text)
    kicker = [s for s in st.segments if "Briefing 12 Mar" in s.text]
    assert kicker and kicker[0].kind is SegmentKind.CLUTTER and kicker[0].reason == "byline"
    body = [c for c in st.claims if "failed by nine votes" in c.text]
    assert body and body[0].speaker == "Lucia Ramos"


def test_a_guest_named_between_commas_before_told_is_the_guest_of_a_qa() -> None:
    text = ("\u201cThe Caspian states can settle their quarrels\u201d\n\n"
            "Interview by Oleg Marin. Exclusively to Caspian Review\n\n"
            "The head of the Caspian Policy Center, Timur Aliyev, told Caspian Review about the "
            "prospects of the region.\n\n"
            "- Should Moscow expect new pressure on its southern border?\n\n"
            "- I do not think we should exaggerate it. The borders are long but they are watched, and the "
            "neighbours have no interest in trouble.\n\n"
            "- Will the pipeline be built?\n\n"
            "- Not this decade. The money is not there yet.\n")
    st = RuleSegmenter().segment(text)
    answers = [c for c in st.claims if not c.is_question and ("exaggerate" in c.text or "money is not there" in c.text)]
    assert answers and {c.speaker for c in answers} == {"Timur Aliyev"}


def test_the_comma_before_told_counts_only_over_questions() -> None:
    text = ("Interview by Oleg Marin. Exclusively to Caspian Review\n\n"
            "The head of the Caspian Policy Center, Timur Aliyev, told Caspian Review about the region.\n\n"
            "- Should Moscow expect new pressure on its southern border?\n")
    found = principal(text, interview=True)
    assert found is not None and found.name == "Timur Aliyev"
    assert principal(text, interview=False) is None  # a news report's "..., X, told Reuters" quotes X


def test_a_news_report_that_quotes_someone_between_commas_is_still_the_reporters() -> None:
    text = ("Ports reopen after the strike\n\n"
            "By Dana Kerr\n\n"
            "The ports of the south reopened on Monday after a week-long strike. A senior union official, "
            "Paul Ortega, told Reuters that the deal would hold. Shipping firms said the backlog would take weeks "
            "to clear.\n")
    st = RuleSegmenter().segment(text)
    assert {c.speaker for c in st.claims if "reopened on Monday" in c.text} == {"Dana Kerr"}


def test_a_role_label_takes_the_name_its_first_label_gave_with_the_office() -> None:
    text = ("Interview with Sam Hale, Morning Report\n\n"
            "Subjects: the treaty; trade; the summit.\n\n"
            "Sam Hale, Host: The treaty was signed last night. Critics in the region say it came too fast.\n\n"
            "Mara Quinn is the Minister for Trade and our guest this morning. Minister, welcome.\n\n"
            "Mara Quinn, Trade Minister: Good morning, Sam.\n\n"
            "Hale: Did the region get a say before the signing?\n\n"
            "Trade Minister: We briefed every neighbour before the text was final, and we will keep doing so. "
            "Nobody was surprised by what we signed.\n\n"
            "Hale: Will the tariffs fall this year?\n\n"
            "Trade Minister: Some of them will, and the rest will follow over three years.\n")
    st = RuleSegmenter().segment(text)
    answers = [c for c in st.claims if "briefed every neighbour" in c.text or "rest will follow" in c.text]
    assert answers and {c.speaker for c in answers} == {"Mara Quinn"}


def test_a_broadcast_scripts_slug_is_the_editors_not_turns_and_its_byline_names_the_reporter() -> None:
    text = ("Transcript/Script\n"
            "HEADLINE: Port strike ends after a week\n"
            "PUBLISHED AT: 03/04/2024 at 09:00AM\n"
            "BYLINE: Nora Vance\n"
            "CONTRIBUTOR:\n"
            "DATELINE: Lisbon\n"
            "PRODUCER:\n"
            "TRT: 2:41\n"
            "TYPE: TVR\n"
            "UPDATE: DO NOT USE THE DRIVER'S NAME))\n"
            "((INTRO)) [[The port strike is over after a week, and ships are moving again. Nora Vance reports.]]\n"
            "((NARRATOR))\n"
            "Cranes turned again on Monday as the first ships came in after the strike.\n"
            "The union says its members won most of what they asked for, including a shorter shift.\n"
            "Economists say the week cost the port more than it will admit.\n"
            "The backlog will take about a month to clear, the port authority says.\n")
    st = RuleSegmenter().segment(text)
    slug = [s for s in st.segments if s.text.startswith(("TRT:", "TYPE:", "DATELINE:"))]
    assert len(slug) == 3 and all(s.kind is SegmentKind.CLUTTER for s in slug)
    assert not any((c.speaker or "").upper() in ("TRT", "TYPE", "DATELINE") for c in st.claims)
    body = [c for c in st.claims if "Cranes turned" in c.text or "backlog" in c.text]
    assert len(body) == 2 and {c.speaker for c in body} == {"Nora Vance"}


def test_an_episode_stats_box_names_nobody() -> None:
    text = ("Foreign Desk - March 3, 2026\n\n\n"
            "What the strike means for the ports\n\n\n"
            "Episode Stats\n\nLength\n\n41 minutes\n\nWord Count\n\n6,120\n\nSentence Count\n\n402\n\n\n"
            "Transcript\n\n"
            "00:00:01.200 Welcome to Foreign Desk.\n"
            "00:00:04.100 Today the ports of the south are open again after a week of strikes.\n"
            "00:00:09.800 What did the union win?\n"
            "00:00:12.300 Most of what it asked for, including a shorter shift.\n")
    st = RuleSegmenter().segment(text)
    assert not any(c.speaker and ("Count" in c.speaker or "Stats" in c.speaker) for c in st.claims)


def test_a_full_name_label_inline_after_a_question_opens_the_guests_turn() -> None:
    text = ("Baku Daily interview with Georgian political expert, Regional Institute Director Levan Tsereteli.\n"
            "Baku Daily: Prime Minister Kobakhidze repeated in Brussels that the talks cannot resume before the "
            "election. What are your views on this statement? Levan Tsereteli: Mr. Kobakhidze has said so many "
            "times. The reasons are plain, and the rhetoric hardens after each summit.\n"
            "Brussels keeps its door open, but it does not hold it open forever.\n")
    st = RuleSegmenter().segment(text)
    answers = [c for c in st.claims if "reasons are plain" in c.text or "door open" in c.text]
    assert answers and {c.speaker for c in answers} == {"Levan Tsereteli"}


def test_his_excellency_is_the_office_holders_turn_label() -> None:
    text = ("Dialogue Session of His Excellency the Foreign Minister with Gulf Radio\n\n"
            "Rana Haddad (Gulf Radio): The envoy was in the region last week. How significant was the visit?\n\n"
            "His Excellency: I believe it sent a strong message. The region is growing, and it has a lot to "
            "offer the world when it comes to energy and trade.\n")
    st = RuleSegmenter().segment(text)
    q = [c for c in st.claims if "How significant" in c.text]
    a = [c for c in st.claims if "strong message" in c.text]
    assert q and q[0].is_question and q[0].speaker == "Rana Haddad"
    assert a and not a[0].is_question and str(a[0].role) == "interviewee"


def test_an_outlet_named_once_as_the_outlet_is_never_the_guest() -> None:
    text = ("Ana Ruiz: 'The courts are at stake this year'\n"
            "In an interview with EL DIARIO, the president of the country reflects on the months ahead\n"
            "The country is at a turning point, caught between reform and resistance.\n"
            "In an interview with EL DIARIO, held during the regional forum, Ruiz spoke about the courts.\n"
            "Question. Key judges will be chosen this year. What is at stake?\n"
            "Answer. These are critical months. Our democracy is at stake, and the old powers know it.\n")
    st = RuleSegmenter().segment(text)
    a = [c for c in st.claims if "critical months" in c.text]
    assert a and a[0].speaker != "EL DIARIO"


def test_an_interview_with_an_outlet_then_the_guests_nationality_and_office_is_the_outlets() -> None:
    text = ("In an exclusive interview with Delhi Today, Chilean President Ana Maria de la Cruz outlined her "
            "agenda for trade.\n\n"
            "Transcript\n"
            "00:10 In a world of pressure, Chile chooses a different path.\n"
            "00:19 Madam President, thank you so much.\n"
            "00:25 Well, I believe the trade deal is good for both countries.\n")
    st = RuleSegmenter().segment(text)
    assert not any(c.speaker == "Delhi Today" for c in st.claims)


def test_a_guest_named_right_after_a_long_organisation_name_is_the_guest() -> None:
    # the run "... and Technologies Lena Okafor" holds the organisation's tail and the name;
    # "Russian-Georgian" is a compound of states' adjectives, no person
    text = ("Border talks stall over the Russian-Georgian Tskhinvali-Zone\n\n"
            "Interview with Director of Tbilisi-based Institute for Regional Policy and Technologies Lena Okafor.\n"
            "How close are the two armies now?\n\n"
            "Closer than at any time since the last clash. Patrols meet every week and nobody has a map "
            "both sides accept.\n\n"
            "Will the talks resume?\n\n"
            "Yes, but slowly. Neither capital wants to be seen giving ground before its elections.\n")
    st = RuleSegmenter().segment(text)
    answers = [c for c in st.claims if not c.is_question and ("Patrols" in c.text or "slowly" in c.text)]
    assert answers and {c.speaker for c in answers} == {"Lena Okafor"}


def test_plural_offices_and_organisation_tails_name_nobody() -> None:
    from polisent.segment._principal import is_person_name, person_part

    assert person_part("Baltic Presidents") is None and not is_person_name("Nordic Ministers")
    assert person_part("Innovations Lena Okafor") == "Lena Okafor"
    assert person_part("By I. Marsh") is None  # a byline's "By" is not an organisation's tail
    assert person_part("Armenian-Azerbaijani Nagorno-Karabakh") is None
    assert person_part("Jean-Pierre Raffarin") == "Jean-Pierre Raffarin"
