"""Pass 83 (issue 11): a byline that the page's extraction glued to the next element, with no space or line between
them ("Eyal ZisserOut of weakness ...", "Written By: Pushpesh PantUpdated: ..."), names the op-ed's author (rule C1).

Texts written for the project; none is a copy of a corpus document or a judge page.
"""

from __future__ import annotations

from polisent.segment import RuleSegmenter
from polisent.segment._bylines import case_glued_authors

BODY = ("Hanna Lindqvist will have to choose between the two pipelines before the summer, and neither choice is free. "
        "The northern route costs more but ties the country to its neighbours.\n\n"
        "The southern route is cheaper, yet it leaves the grid exposed to a single supplier. I think the first is wiser.\n")


def _authors(text: str) -> set[tuple[str | None, str]]:
    st = RuleSegmenter().segment(text)
    assert all(text[c.start:c.end] == c.text for c in st.claims)
    return {(c.speaker, c.role.value) for c in st.claims if not c.is_question}


def test_a_byline_glued_to_the_first_paragraph_names_the_author() -> None:
    text = "A choice of pipelines\n\n2025-03-02\n\nMarta Kowalczyk" + BODY
    assert _authors(text) == {("Marta Kowalczyk", "author")}  # (before the pass: no name)


def test_a_byline_glued_to_its_date_line_names_the_author() -> None:
    text = "A choice of pipelines\n\nOslo, NorwayWritten By: Marta KowalczykUpdated: Mar 02, 2025, 10:59 AM\n\n" + BODY
    assert _authors(text) == {("Marta Kowalczyk", "author")}


def test_co_authors_glued_to_the_reading_time() -> None:
    assert case_glued_authors("By Ana Ruiz and Tomas Berg4 min read", [(0, 36)]) == ["Ana Ruiz and Tomas Berg"]


def test_names_that_only_look_glued_are_left_alone() -> None:
    # a surname with a capital inside ("McFaul", "DeSantis", "MacArthur", "FitzGerald"), a picture credit, a place
    for line in ("Michael McFaulsaid", "Ron DeSantis won", "Douglas MacArthur landed", "Garret FitzGerald spoke",
                 "Vladimir PutinPhoto: AFP", "Ana RuizGetty Images", "hello Marta KowalczykUpdated"):
        assert case_glued_authors(line, [(0, len(line))]) == [], line
    text = "A choice of pipelines\n\nSouth AfricaThe talks\n\n" + BODY
    assert ("South Africa", "author") not in _authors(text)


def test_an_interview_is_not_read_for_a_glued_byline() -> None:
    text = ("Marta KowalczykThe interview\n\nWhat do you make of the pipelines?\n\n"
            "The southern route is cheaper, yet it leaves the grid exposed to a single supplier.\n\n"
            "And the northern one?\n\nIt costs more but ties the country to its neighbours.\n")
    assert ("Marta Kowalczyk", "author") not in _authors(text)


def test_a_hyphen_or_apostrophe_joins_the_parts_of_a_surname() -> None:
    # (amendment A1: "Jon Rahbek-Clemmensen, an associate professor" is no glued "Jon Rahbek-")
    for line in ("Jon Rahbek-Clemmensen, an associate professor", "Understanding China-Solomon Islands ties",
                 "Pro Vice-Chancellor of the university", "Sean O'Neill, the editor"):
        assert case_glued_authors(line, [(0, len(line))]) == [], line
    line = "By Ana Ruiz-Berg3 Oct 2018"
    assert case_glued_authors(line, [(0, len(line))]) == ["Ana Ruiz-Berg"]
