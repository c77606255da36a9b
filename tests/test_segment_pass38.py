"""Rules of the thirty-eighth pass, each on a text written for the project."""

from __future__ import annotations

from polisent.segment import RuleSegmenter

_TURNS = ("NAME: What happens next in the talks?\n\nVAN BERG: The talks will stall. Both sides want more time.\n\n"
          "NAME: And the sanctions?\n\nVAN BERG: They will stay for now.\n")


def test_a_family_name_label_with_a_particle_is_the_full_name_the_text_gives() -> None:
    # "VAN BERG:" after "ANNA VAN BERG:" and "... joined by Anna van Berg": one speaker, not two
    t = ("HOST NAME, HOST:\n\nWe are joined by Anna van Berg of the Example Institute. Welcome.\n\n"
         "ANNA VAN BERG: Good to be here.\n\n" + _TURNS)
    st = RuleSegmenter().segment(t)
    assert [s.name for s in st.speakers if s.role.value == "interviewee"] == ["Anna van Berg"]
    assert {c.speaker for c in st.claims if not c.is_question} == {"Anna van Berg"}


def test_a_family_name_label_links_to_the_longer_label_when_the_text_writes_no_name() -> None:
    t = "HOST NAME, HOST:\n\nWelcome to the show.\n\nANNA VAN BERG: Good to be here.\n\n" + _TURNS
    st = RuleSegmenter().segment(t)
    assert len([s for s in st.speakers if s.role.value == "interviewee"]) == 1
    assert len({c.speaker for c in st.claims if not c.is_question}) == 1


def test_a_teaser_headline_after_previous_read_or_watch_is_clutter() -> None:
    t = ("RIVERTON (KXYZ) — Analyst Anna Berg weighed in on the talks.\n\n"
         "\"The talks will stall,\" Berg said. \"Both sides want more time.\"\n\n"
         "PREVIOUS: Protesters rally outside the embassy as leaders react\n\n"
         "Read: What the sanctions mean for the region\n\n"
         "Berg said the sanctions would stay for now.\n")
    st = RuleSegmenter().segment(t)
    teasers = [s for s in st.segments if s.text.startswith(("PREVIOUS:", "Read:"))]
    assert len(teasers) == 2 and all(s.kind.value == "clutter" and s.reason == "related" for s in teasers)
    assert not any(c.text.startswith(("PREVIOUS", "Read:", "Protesters")) for c in st.claims)


def test_a_footnote_mark_after_a_full_stop_ends_the_sentence() -> None:
    # a think tank's analysis with footnote marks: "... on March 25.[3] In November ..."
    t = ("By Anna Berg\n\nIn response, the two coast guards set up a working group on March 25.[3] In November, "
         "warships of four navies held joint drills.[4] Ministers met in January.\u00b9 They agreed to meet again.\n")
    claims = [c.text for c in RuleSegmenter().segment(t).claims]
    assert "In response, the two coast guards set up a working group on March 25.[3]" in claims
    assert "In November, warships of four navies held joint drills.[4]" in claims
    assert "They agreed to meet again." in claims


def test_an_initial_before_a_glued_inline_label_stays_with_the_label() -> None:
    # a ministry's transcript run together: "... go?N. BERGMAN: I did not ..."
    t = ("Foreign Minister N. Bergman's statements to journalists after the talks\n\n"
         "JOURNALIST: Minister, how did the meeting go?N. BERGMAN: It went well. We spoke about the region."
         "JOURNALIST: On a specific issue?N. BERGMAN: No. The balance of the region.JOURNALIST: And the sanctions?"
         "N. BERGMAN: They stay for now.\n")
    st = RuleSegmenter().segment(t)
    answers = [c for c in st.claims if not c.is_question and c.role.value == "interviewee"]
    assert answers and not any(c.text.strip() in ("N.", "N") for c in st.claims)
    assert all(not c.text.startswith("BERGMAN") for c in st.claims)


def test_a_label_with_initials_is_the_full_name_the_text_gives() -> None:
    t = ("Ambassador Nikolai Petrov spoke to the Herald about the talks.\n\n"
         "HERALD: How do you see the talks?\n\nN. PETROV: They will go on. Both sides want a deal.\n\n"
         "HERALD: And the sanctions?\n\nN. PETROV: They will stay for now.\n")
    st = RuleSegmenter().segment(t)
    assert {c.speaker for c in st.claims if c.role.value == "interviewee"} == {"Nikolai Petrov"}


def test_an_office_holder_introduced_as_the_counterpart_does_not_name_the_office_label() -> None:
    # the visiting minister's statement: the host country's minister is "my counterpart", not the speaker
    t = ("I am glad to be in Amara today. I will hold talks with my counterpart, Foreign Minister Omar Haddad.\n"
         "Question: Minister, what do you make of the new statements from the neighbours?\n"
         "Minister of Foreign Affairs:\nI understand their frustration, but the law is clear.\nThank you.\n")
    st = RuleSegmenter().segment(t)
    assert "Omar Haddad" not in {c.speaker for c in st.claims}


def test_an_institutes_note_that_someone_published_an_opinion_piece_names_its_author() -> None:
    t = ("On May 2, Professor Anna Berg of the Institute for Regional Studies published an opinion piece in the "
         "Daily Courier. The full article is as follows:\n\nThe talks will stall in the summer.\n\n"
         "Both sides want more time, and neither trusts the mediator. The sanctions will stay for now.\n")
    st = RuleSegmenter().segment(t)
    body = [c for c in st.claims if c.text.startswith(("Both sides", "The sanctions"))]
    assert body and {(c.speaker, c.role.value) for c in body} == {("Anna Berg", "author")}
