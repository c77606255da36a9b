"""Rules of the fortieth pass, each on a text written for the project."""

from __future__ import annotations

from polisent.segment import RuleSegmenter


def _letter(salutation: str) -> str:
    return ("Letters to the Editor: The harbour deal deserves support\n\n"
            f"{salutation} I believe the harbour deal is good for both countries. (\"A deal at last\", column, May 3)\n\n"
            "So, why do its critics keep attacking it?\n\n"
            "The deal opens the port to trade. It also settles a quarrel that has lasted a decade.\n\n"
            "Marta Kowalczyk, Springfield\n\n"
            "The writer is a retired trade official.\n")


def test_a_letters_salutation_is_no_turn_label() -> None:
    # "To the editor:" opened an interviewer's turn, and the whole letter was lost as set-up lines
    for salutation in ("To the editor:", "Dear Editor:", "To the Editors:"):
        st = RuleSegmenter().segment(_letter(salutation))
        assert [(s.name, s.role.value) for s in st.speakers] == [("Marta Kowalczyk", "author")], salutation
        texts = [c.text for c in st.claims]
        assert any("It also settles a quarrel" in x for x in texts)
        assert not any(c.is_question for c in st.claims)


def test_an_editor_label_that_recurs_is_still_a_turn() -> None:
    t = ("Editor: Welcome, Dr. Lena Fischer. How do you read the harbour deal?\n\n"
         "Lena Fischer: It is a good deal. Both sides gain from it.\n\n"
         "Editor: Will it last?\n\nLena Fischer: It will last as long as trade grows.\n")
    st = RuleSegmenter().segment(t)
    assert ("Editor", "interviewer") in [(s.name, s.role.value) for s in st.speakers]


def test_the_writer_is_line_at_the_end_is_an_author_bio() -> None:
    st = RuleSegmenter().segment(_letter("To the editor:"))
    bios = [s.text for s in st.segments if s.kind.value == "clutter" and s.reason == "author_bio"]
    assert bios == ["The writer is a retired trade official."]
    assert not any("retired trade official" in c.text for c in st.claims)


def test_a_line_printed_twice_is_a_caption() -> None:
    # an image's alt text over its caption, then a credit: never a claim
    t = ("Expert says the mission will change the gangs\n\n"
         "The mission will force young members out of the gangs, an expert said on Monday.\n\n"
         "Police officers on patrol in the capital\nPolice officers on patrol in the capital\nPhoto\nExample Wire\n\n"
         "He added that the gangs would retreat once the fighting grew.\n")
    st = RuleSegmenter().segment(t)
    caps = [s for s in st.segments if s.kind.value == "clutter" and s.reason == "caption"]
    assert len(caps) == 1 and caps[0].text.startswith("Police officers on patrol")
    assert not any("Police officers" in c.text for c in st.claims)
    assert any("gangs would retreat" in c.text for c in st.claims)


def test_a_repeated_sentence_inside_running_text_stays_a_claim() -> None:
    # a transcript's "Thank you very much." said twice among other lines is talk, not a caption
    t = ("Host: Welcome back to the show. How are you doing?\n"
         "Guest: Thank you very much.\nThank you very much.\nEverything is okay here.\n")
    st = RuleSegmenter().segment(t)
    assert sum("Thank you very much." in c.text for c in st.claims) >= 1


def test_two_state_names_in_a_title_name_no_one() -> None:
    from polisent.segment._person_names import person_part
    assert person_part("India China Border") is None
    assert person_part("Moldova Vitaly Andrievsky") == "Vitaly Andrievsky"
