"""Rules of the forty-third pass, each on a text written for the project."""

from __future__ import annotations

from polisent.records import SegmentKind
from polisent.segment import RuleSegmenter
from polisent.segment._person_names import brand_like


def _claim_texts(t: str) -> list[str]:
    return [c.text for c in RuleSegmenter().segment(t).claims]


def test_an_author_label_in_the_header_does_not_swallow_the_article() -> None:
    # "Author:" / "Name, Institute" / "Download PDF" under the title, then the article: the label and its
    # name line are page furniture, the paragraphs after them are the text's own claims
    body1 = ("The new electoral law has been criticised by the opposition, by the bar association and by two former judges "
             "of the constitutional court, who argue that it gives the ruling party control over the commission that counts "
             "the votes and over the courts that hear the appeals, and that no other member state has such a rule.")
    body2 = ("Over the past year the Commission has sent three letters to the government in Vilnara asking for an explanation. "
             "None has been answered in full, and the dialogue that both sides promised in the spring has not started. "
             "It is hard to see how the dispute ends without a ruling from the Court of Justice in Luxembourg.")
    t = ("Vilnara after the Election: The End of Checks and Balances?\n\n"
         "Policy Paper Series on Democracy in Europe\nPublication date: 03/2019\n"
         "Author:\nMarta Kowal, Institute for Civic Affairs, Vilnara\nDownload PDF\n\n"
         f"{body1}\n\n{body2}\n")
    claims = " ".join(_claim_texts(t))
    assert "constitutional court" in claims and "Court of Justice" in claims
    st = RuleSegmenter().segment(t)
    assert all(s.kind is SegmentKind.CLUTTER for s in st.segments if "Download PDF" in s.text)


def test_an_about_the_author_box_still_takes_its_bio() -> None:
    # the guard: a bio under "About the author" at the foot of a page stays clutter
    t = ("Why the ferry strike matters\n\n"
         "The strike has now lasted three weeks. Islanders cannot reach the hospital on the mainland, and the "
         "government has so far refused to meet the union.\n\n"
         "About the author\n\n"
         "Jonas Berg is a senior fellow at the Nordic Policy Centre and a former adviser to the transport ministry. "
         "He writes on infrastructure, labour relations and regional policy.\n")
    assert not any("senior fellow" in c for c in _claim_texts(t))


def test_an_arabic_article_run_into_a_surname_is_a_name() -> None:
    # "AlTaher", "ElBaradei": a capital after the article, as in "McDonald", not a brand
    assert not brand_like("Nada AlTaher") and not brand_like("Mohamed ElBaradei")
    assert brand_like("WebClick Tracer") and brand_like("Search MindaNews")


def _speakers(t: str) -> set[str | None]:
    return {c.speaker for c in RuleSegmenter().segment(t).claims if not c.is_question and c.role.value != "editor"}


def test_a_footnote_mark_after_the_writers_name_keeps_the_byline() -> None:
    # "Author" / title / "Name[1]": the reference is markup, the line the byline; a sentence keeps its marks
    t = ("Author\n\n"
         "Challenges Facing the Next Government of Norland\n\n"
         "Karin B. Holm[1]\n\n"
         "In the first part of this work[2], I described the challenges facing the two candidates in the runoff "
         "and the coalitions each of them will need in a divided parliament.\n\n"
         "Whoever wins will face a hostile senate and a central bank that has already warned against new spending.[3]\n")
    assert _speakers(t) == {"Karin B. Holm"}
    assert [c.text for c in RuleSegmenter().segment(t).claims][-1].endswith("new spending.[3]")


def test_the_one_a_guest_spoke_to_is_the_journalist() -> None:
    # "Dr. X is ... She spoke to Y on ...": Y asked the questions, X answers them
    t = ("“Stability in the region is our priority now”\n"
         "Dr. Lena Haddad is the President of the Gulf Policy Forum. She was recently in Delhi for a conference. "
         "She spoke to Ravi Menon on the foreign policy objectives of her country.\n"
         "What are the main foreign policy priorities right now?\n"
         "Development and stability. We want the region to be stable, with no anarchy and no militias.\n"
         "How do you see relations with your neighbours going forward?\n"
         "It depends on them. We are ready to talk, but we will not accept proxies on our borders.\n")
    assert _speakers(t) == {"Lena Haddad"}


def test_a_byline_may_open_with_a_bare_initial() -> None:
    # "By S Rob Sobhani /Washington Times", as Indian and British pages print initials
    t = ("The emir, a staunch ally\n"
         "December 12 2018 12:55 AM\n\n"
         "By K Arun Mehta /Capital Times\n\n"
         "As the administration calibrates its response to the crisis, it would be well advised to look at another young "
         "leader in the region whose policies deserve attention and applause.\n\n"
         "Since taking over from his father, the emir has practised an art of statecraft whose premise is regional stability.\n")
    assert _speakers(t) == {"K Arun Mehta"}


def test_a_cabinet_secretarys_label_names_him() -> None:
    # "CHIEF CABINET SECRETARY HOSHINO:" turns, his full name written nowhere: he is Hoshino
    t = ("Press Conference by the Chief Cabinet Secretary\n\n"
         "June 3, 2021 (AM)\n\n"
         "REPORTER: The neighbouring state fired two missiles this morning. Could you tell us the Government's response?\n\n"
         "CHIEF CABINET SECRETARY HOSHINO: The Government is gathering information and coordinating closely with our ally. "
         "We have lodged a strong protest through our embassy.\n\n"
         "REPORTER: Will the Prime Minister convene the security council?\n\n"
         "CHIEF CABINET SECRETARY HOSHINO: A meeting will be held this afternoon. I will not go into its details.\n")
    assert _speakers(t) == {"Hoshino"}


def test_an_imperative_request_in_the_hosts_turn_asks() -> None:
    # "Describe this border area." in the host's turn is a question, wherever it stands in the turn
    t = ("KOVAL: Why did the crossings close last week?\n\n"
         "MARSH: The government says it was for security reasons, after a clash near the river.\n\n"
         "KOVAL: Describe this border area. We saw long lines of trucks there yesterday.\n\n"
         "MARSH: It is a forest, mostly, with a fence that was built two years ago and a few crossings.\n\n"
         "KOVAL: First of all, tell us how many people are stuck there. The ministry gives no figure.\n\n"
         "MARSH: Several thousand, by the count of the aid groups who work on both sides.\n")
    asked = [c.text for c in RuleSegmenter().segment(t).claims if c.is_question]
    assert asked == ["Why did the crossings close last week?", "Describe this border area.",
                     "First of all, tell us how many people are stuck there."]
