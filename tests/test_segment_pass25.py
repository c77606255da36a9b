"""Structure rules of the twenty-fifth pass (issue 11). Texts written for the project."""

from __future__ import annotations

from polisent.segment import RuleSegmenter

SEG = RuleSegmenter()


def _speakers(text: str) -> set[str | None]:
    return {c.speaker for c in SEG.segment(text).claims if not c.is_question}


def test_a_possessive_column_line_names_its_author() -> None:
    text = ("Monday, March 3, 2025\n\n"
            "Anna Berg's Column 'Ports, Loans and Leverage' that was published in The Harbour Review\n\n"
            "Ports, Loans and Leverage\n"
            "The island borrowed heavily for its new port. The lender now holds the lease for a century.\n"
            "The neighbours watch the deal closely, and the next government will have few good options.\n")
    assert _speakers(text) == {"Anna Berg"}
    weekly = text.replace("Anna Berg's Column", "Anna Berg\u2019s weekly editorial")
    assert _speakers(weekly) == {"Anna Berg"}


def test_a_possessive_before_a_name_or_a_plain_noun_names_nobody() -> None:
    # "the Review's Anna Berg" is the outlet's journalist (the name after the possessive stays whole);
    # "Anna Berg's visit" is news about her, not her column
    text = ("Talks in the harbour\n\nAnna Berg's visit to the port drew crowds. The lender now holds the lease.\n\n"
            "The neighbours watch the deal closely.\n")
    assert _speakers(text) == {None}
