"""A television news script and other page furniture from the eighteenth pass's blind sets
(texts written for the project)."""

from __future__ import annotations

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment import RuleSegmenter

# a news package script: a slug block with lower-case keys, "((NARRATOR))" and "((Name, affiliation))" marks
_SCRIPT = (
    "Headline: Harbour Deal Tests an Old Neutrality\n"
    "Published at: 3/4/2024 at 9am\n"
    "Byline: Lena Okafor\n"
    "Contributor:\n"
    "Dateline: Lagos, Nigeria\n"
    "Videographer: Sam Ade\n"
    "Producer:\n"
    "Script editors: AB, CD\n"
    "TRT: 2:31\n"
    "Type: TVPKG\n"
    "((INTRO))\n"
    "[[A new harbour deal has put a spotlight on how the region balances its larger partners.]]\n"
    "((NARRATOR))\n"
    "The harbour authority signed the lease in January after two years of talks with several bidders.\n"
    "(MANDATORY COURTESY: PORT AUTHORITY))\n"
    "(nats)\n"
    "Critics in parliament say the terms were never published in full.\n"
    "((Tunde Bello, Institute for Maritime Affairs))\n"
    "(Mandatory Courtesy: Zoom)\n"
    "\"The lease itself is ordinary. What worries me is that nobody outside the ministry has read it.\"\n"
    "((NARRATOR))\n"
    "The ministry says the full text will go to parliament this spring.\n"
)


def test_a_script_narrator_is_its_byline_and_a_soundbite_is_the_person_marked() -> None:
    st = RuleSegmenter().segment(_SCRIPT)
    claims = {c.text.split()[0] + " " + c.text.split()[1]: c for c in st.claims}
    assert claims["The harbour"].speaker == "Lena Okafor"
    assert claims["The harbour"].role is SpeakerRole.AUTHOR
    assert claims["Critics in"].speaker == "Lena Okafor"
    assert claims["\"The lease"].speaker == "Tunde Bello"
    assert claims["\"The lease"].role is SpeakerRole.INTERVIEWEE
    assert claims["The ministry"].speaker == "Lena Okafor"


def test_a_script_slug_block_and_production_cues_are_clutter() -> None:
    st = RuleSegmenter().segment(_SCRIPT)
    texts = [c.text for c in st.claims]
    for furniture in ("Headline:", "Byline:", "Videographer:", "TRT:", "COURTESY", "(nats)", "((INTRO))", "Zoom"):
        assert not any(furniture in x for x in texts), furniture
    reasons = {_SCRIPT[g.start:g.end]: g.reason for g in st.segments if g.kind is SegmentKind.CLUTTER}
    assert reasons["Byline: Lena Okafor"] == "byline"
    assert reasons["(nats)"] == "media"


def test_a_disclaimer_that_the_views_are_the_writers_own_is_clutter() -> None:
    text = ("Op-ed: The Arctic Needs a Plan\n\n"
            "This is an opinion piece written by an outside contributor. All views expressed are the writer's own.\n\n"
            "Ottawa has spent a decade promising new icebreakers. Only one has been ordered, and it will not "
            "sail before 2030.\n")
    st = RuleSegmenter().segment(text)
    assert [c.text.split()[0] for c in st.claims] == ["Ottawa", "Only"]
    assert all(c.speaker != "Op-ed" for c in st.claims)


def test_a_section_heading_of_two_capitalised_words_is_no_author() -> None:
    text = ("Key Reflections\n\n"
            "The northern states gave up a long neutrality within weeks of the invasion.\n\n"
            "Their publics moved first, and their governments followed.\n")
    st = RuleSegmenter().segment(text)
    assert st.claims and all(c.speaker is None for c in st.claims)


def test_an_excerpt_opening_mid_panel_keeps_its_first_long_turn() -> None:
    text = ("Amina Yusuf: On the other hand, I think the foreign ministry has a lot of homework to do before the "
            "summit. It has to rebuild the channels it let lapse, and it has to do that quietly, without the "
            "cameras, because every public move is read at home as a concession.\n\n"
            "Carlos Mendez: The trade file is different. It crosses from foreign policy into domestic politics, "
            "and that is where the government is weakest.\n\n"
            "Carlos Mendez: The first reaction was denial, and that cost them months.\n")
    st = RuleSegmenter().segment(text)
    assert st.claims[0].speaker == "Amina Yusuf"
    assert not any(g.kind is SegmentKind.HEADING for g in st.segments)


def test_podcast_turns_with_bracketed_time_codes_and_a_host_written_after_the_name() -> None:
    text = ("Guests:\n"
            "Dr Lina Park - Lecturer in Politics, a university\n"
            "Executive Producer: Sam Reid\n"
            "Sound Engineer: Joe Tan\n"
            "Maya Stone HOST: Welcome to the show. Today: the new president and his first hundred days. What happened?\n"
            "Lina Park [00:39] He moved faster than anyone expected, and he moved on the currency first.\n"
            "Omar Haddad [00:46] The markets liked it. The unions did not, and they will say so in March.\n"
            "Maya Stone HOST [00:53] Will the unions strike?\n"
            "Omar Haddad [00:59] They will, and the government knows it.\n")
    st = RuleSegmenter().segment(text)
    by_speaker = {(c.speaker, c.is_question) for c in st.claims}
    assert ("Lina Park", False) in by_speaker and ("Omar Haddad", False) in by_speaker
    assert ("Maya Stone", True) in by_speaker
    assert not any(c.speaker in ("Executive Producer", "Sound Engineer") for c in st.claims)
    assert not any("[00:" in c.text for c in st.claims)
