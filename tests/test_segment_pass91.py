"""Pass 91 (issue 11): an organisation's acronym before a surname (O1), a numbered voice named by a credit or a
hand-over (V2), "And with me is X" (H2), podcast-page appeals (C3), a transcript's legend of initials (L1), the host
again after the guest's thanks (H3) and a speaker the unit model silenced (U1).

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from polisent.records import SegmentKind, SpeakerRole
from polisent.segment import RuleSegmenter
from polisent.segment._label_accept import legend_line
from polisent.segment._person_names import person_part


def _claims(text: str) -> list[tuple[bool, str | None, SpeakerRole, str]]:
    st = RuleSegmenter().segment(text)
    assert all(text[c.start:c.end] == c.text for c in st.claims)
    return [(c.is_question, c.speaker, c.role, c.text) for c in st.claims]


def test_an_organisations_acronym_opens_no_name() -> None:
    assert person_part("NATO Halvorsen") is None
    assert person_part("NATO Ingrid Halvorsen") == "Ingrid Halvorsen"
    assert person_part("EU Ana Ruiz") == "Ana Ruiz"
    assert person_part("DAS Sumar") == "DAS Sumar"  # capitals that are no organisation's stay


def test_a_title_naming_a_surname_after_an_acronym_takes_the_full_name_from_the_head() -> None:
    text = ("Former envoy to NATO Halvorsen: the Baltic states need more air defence\n\n"
            "An interview with the former envoy to NATO (2015-2019) Ingrid Halvorsen, now at the Nordic Security Forum.\n\n"
            "Madam Ambassador, how exposed are the Baltic states today?\n\n"
            "They are more exposed than a year ago. The air defence gap is real and it is growing.\n\n"
            "What should the alliance do first?\n\n"
            "It should move two more batteries north before the winter.\n")
    answers = {sp for q, sp, role, _ in _claims(text) if not q and role is SpeakerRole.INTERVIEWEE}
    assert answers == {"Ingrid Halvorsen"}


VOICES = ("Speaker 1 (00:01):\nThis is Late Signal by Tom Weiss on harbour radio.\n"
          "Speaker 2 (00:06):\nAnd now, the programme. Now here's Tom Weiss. Good evening, everyone.\n"
          "Speaker 3 (00:11):\nTonight we look at the grain corridor. The corridor has held for a year,\n"
          "and the insurers are returning to the Black Sea ports.\n"
          "(00:30):\nThe navy escorts have made the difference, and the prices have come down.\n")


def test_a_credit_names_no_voice_and_a_hand_over_names_the_next_one() -> None:
    st = RuleSegmenter().segment(VOICES)
    names = [sp.name for sp in st.speakers]
    assert "Tom Weiss" in names
    own = {c.speaker for c in st.claims if "corridor has held" in c.text}
    assert own == {"Tom Weiss"}  # the third voice, handed over to; not the second, whose first turn ends a credit
    assert not any(c.speaker == "Tom Weiss" for c in st.claims if "programme" in c.text)


def test_a_hand_over_needs_a_person_and_joined_by_still_names_the_guest() -> None:
    text = VOICES.replace("Now here's Tom Weiss.", "Now here's the news.")
    st = RuleSegmenter().segment(text)
    assert not any(c.speaker == "Tom Weiss" for c in st.claims if "corridor has held" in c.text)


def test_with_me_is_brings_the_guest_in_an_unlabelled_transcript() -> None:
    text = ("00:00And with me is the foreign minister of Norland, Ana Ruiz.\n"
            "00:05Minister, how will your government treat the new pipeline?\n"
            "00:12I think there will be continuity. We support the project, and we will say so in Brussels.\n"
            "00:20The second point is the price, which has to come down before the winter.\n")
    out = _claims(text)
    first = [x for x in out if "with me is" in x[3]]
    assert not first or first[0][2] is not SpeakerRole.INTERVIEWEE  # the host's words, not the minister's view
    assert any(q for q, _, _, t in out if "pipeline" in t)
    assert any(role is SpeakerRole.INTERVIEWEE for q, _, role, t in out if "continuity" in t)


def test_podcast_page_appeals_are_clutter() -> None:
    text = ("Harbour Talk: the grain corridor, with Ana Ruiz\n\n"
            "We value your feedback! Help us improve by sharing your thoughts at example.org/survey. Thank you for listening!\n"
            "To receive ad-free podcasts, become a Harbour Talk Supporter at example.org/support.\n"
            "Click the button below to view a transcript of this podcast.\n\n"
            "Tom Weiss: Ana, is the corridor safe?\n\n"
            "Ana Ruiz: It is safer than a year ago. The escorts work.\n")
    st = RuleSegmenter().segment(text)
    reasons = {s.text.split()[0]: s.reason for s in st.segments if s.kind is SegmentKind.CLUTTER}
    assert reasons.get("We") == "subscribe" and reasons.get("To") == "subscribe" and reasons.get("Click") == "navigation"
    assert [c.speaker for c in st.claims if not c.is_question] == ["Ana Ruiz", "Ana Ruiz"]


def test_an_appeal_word_inside_a_claim_is_kept() -> None:
    text = ("Tom Weiss: Why does Brussels want this?\n\n"
            "Ana Ruiz: We value your feedback, the commissioner told us, but the decision is made. Help us improve the law, "
            "he said.\n")
    assert any("decision is made" in t for _, _, _, t in _claims(text))


def test_a_legend_of_initials_is_no_turn() -> None:
    text = ("Transcript:\n\n"
            "TW: Dr. Tom Weiss\n\n"
            "ARM: Ana Ruiz-Marin\n\n"
            "TW: Welcome to the show. Ana, what happened in the Sahel this summer?\n\n"
            "ARM: The juntas closed ranks. Russia sold them a story of sovereignty, and they bought it.\n")
    st = RuleSegmenter().segment(text)
    legend = [s for s in st.segments if s.text.startswith(("TW: Dr.", "ARM: Ana"))]
    assert legend and all(s.kind is SegmentKind.CLUTTER for s in legend)
    assert {c.speaker for c in st.claims if not c.is_question} == {"Ana Ruiz-Marin"}


def test_a_label_line_that_greets_by_name_is_no_legend() -> None:
    t = "ARM: Thank you, Dr. Weiss"
    assert not legend_line(t, "ARM", 4, len(t))
    t = "TW: Ana Ruiz-Marin"  # initials that are not hers
    assert not legend_line(t, "TW", 3, len(t))


def test_the_host_hails_the_guest_again_after_the_thanks() -> None:
    text = ("Welcome to Harbour Talk, a podcast about the sea lanes. I'm Tom Weiss.\n"
            "With me to discuss the grain corridor is Ana Ruiz, a fellow at the Baltic Institute.\n"
            "Ana, thank you for joining me.\n"
            "Thank you for having me.\n"
            "Ana, I want to get into the details of the escorts, but I'd like to begin with the stakes. "
            "Corridors come and go. What makes this one different?\n"
            "Well, there are two things. The insurers came back, and the navies stayed.\n"
            "The price of wheat fell by a third.\n")
    out = _claims(text)
    assert not any(role is SpeakerRole.INTERVIEWEE for _, _, role, t in out if "details of the escorts" in t or "come and go" in t)
    assert any(q for q, _, _, t in out if "What makes this one different" in t)
    assert all(role is SpeakerRole.INTERVIEWEE for q, _, role, t in out if "insurers" in t or "wheat" in t)


def test_a_sentence_opening_with_a_discourse_word_is_the_guests() -> None:
    text = ("Welcome to Harbour Talk, a podcast about the sea lanes. I'm Tom Weiss.\n"
            "With me to discuss the grain corridor is Ana Ruiz, a fellow at the Baltic Institute.\n"
            "Ana, thank you for joining me.\n"
            "Thank you for having me.\n"
            "Well, I think the corridor will hold. What else can Moscow do? The navies stayed, and the insurers came back.\n"
            "The price of wheat fell by a third.\n")
    out = _claims(text)
    assert any(role is SpeakerRole.INTERVIEWEE for _, _, role, t in out if "corridor will hold" in t)


def test_a_speaker_whose_every_segment_the_unit_model_dropped_is_not_listed() -> None:
    from polisent.protocols import DocumentStructure
    from polisent.records import Claim, Segment, Speaker
    from polisent.segment._unit_model import _rebuild

    text = "Ana Ruiz - Supervising Producer\nTom Weiss: The corridor holds."
    a, b = text.index("\n"), text.index("The corridor")
    segs = (Segment(0, a, text[:a], SegmentKind.ANSWER, "Ana Ruiz", SpeakerRole.INTERVIEWEE),
            Segment(a + 1, len(text), text[a + 1:], SegmentKind.ANSWER, "Tom Weiss", SpeakerRole.INTERVIEWEE))
    claims = (Claim(0, 0, a, text[:a], 0, 0, "Ana Ruiz", SpeakerRole.INTERVIEWEE),
              Claim(1, b, len(text), text[b:], 1, 1, "Tom Weiss", SpeakerRole.INTERVIEWEE))
    st = DocumentStructure(segs, claims, (Speaker("Ana Ruiz", SpeakerRole.INTERVIEWEE), Speaker("Tom Weiss", SpeakerRole.INTERVIEWEE),
                                          Speaker(None, SpeakerRole.INTERVIEWER)))
    out = _rebuild(text, st, [None, claims[1]], {0})
    assert [sp.name for sp in out.speakers] == ["Tom Weiss", None]
    assert out.segments[0].kind is SegmentKind.CLUTTER and [c.text for c in out.claims] == ["The corridor holds."]


def test_no_inline_turn_starts_inside_an_open_quotation() -> None:
    text = ("Reporter: What has the embassy done this year?\n\n"
            "Ambassador Ana Ruiz: We held a youth forum under the theme \u201cBaltic Youth - Baltic Future: The Role of Youth in "
            "the Region.\u201d I led the delegation to the parliament. We will hold a cultural week in the autumn.\n\n"
            "Reporter: And next year?\n\n"
            "Ambassador Ana Ruiz: Next year we will open a consulate in the north.\n")
    st = RuleSegmenter().segment(text)
    assert not any(s.speaker == "Baltic Future" for s in st.segments)
    assert {c.speaker for c in st.claims if not c.is_question and "delegation" in c.text} == {"Ana Ruiz"}
