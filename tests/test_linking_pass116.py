"""Pass 116, rule L1: a surname the registry gives one person ("Cuong": Vietnam's president Luong Cuong) does not link
to that person where the text names someone else in full under it ("Vietnam's ambassador Nguyen Quoc Cuong" ...
"Ambassador Cuong said"); the registry person's own forms, titles and initials still link ("Donald J. Trump" ...
"Trump"). Texts written for the project."""

from __future__ import annotations

from polisent.actors import RegistryLinker
from polisent.segment import RuleSegmenter


def _ids(text: str) -> dict[str, str | None]:
    st = RuleSegmenter().segment(text)
    return {m.text: m.actor_id for m in RegistryLinker().link(text, st)}


def test_another_person_named_in_full_keeps_the_surname() -> None:
    text = ("Relations have seen remarkable progress, said Vietnam's ambassador to the United States, Nguyen Quoc Cuong.\n\n"
            "Ambassador Cuong presented his credentials in Washington on Monday. After the ceremony, Ambassador Cuong "
            "said the two countries would deepen their partnership.\n")
    ids = _ids(text)
    assert ids.get("Ambassador Cuong") != "luong_cuong"


def test_the_registry_person_still_links() -> None:
    text = ("Vietnam's President Luong Cuong met the delegation in Hanoi on Monday.\n\n"
            "President Cuong said the two countries would deepen their partnership.\n")
    assert _ids(text).get("President Cuong") == "luong_cuong"
    text = "Donald J. Trump spoke in Ohio on Monday. Later, Trump said the tariffs would stay.\n"
    assert _ids(text).get("Trump") == "donald_trump"
