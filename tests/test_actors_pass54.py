"""Pass 54 linking: "we" of an office holder the registry does not know, languages and compass regions,
and the learned incidental pass on by default in the Analyzer. Texts written for these tests."""

from __future__ import annotations

import pytest

from polisent import Analyzer, Document
from polisent.actors import RegistryLinker, default_registry
from polisent.actors.speakers import body_in_text
from polisent.protocols import DocumentStructure
from polisent.records import Claim


def _we(text: str, answer: str, speaker: str) -> list[tuple[str, str | None]]:
    """Pronoun links in the one answer claim ``answer`` (a suffix of ``text``) spoken by ``speaker``."""
    start = text.index(answer)
    doc = DocumentStructure((), (Claim(0, start, start + len(answer), answer, 0, 0, speaker=speaker),))
    return [(m.text, m.actor_id) for m in RegistryLinker().link(text, doc) if m.kind.value == "pronoun"]


@pytest.mark.parametrize("intro", [
    "Finnish Foreign Minister Anna Virtanen spoke to the paper.",
    "Our reporter met Anna Virtanen, foreign minister of Finland, in Helsinki.",
    "Finland's new Foreign Minister Anna Virtanen gave an interview.",
    "ANNA VIRTANEN, FINNISH FOREIGN MINISTER: Thank you.",
])
def test_we_of_an_office_holder_the_text_names(intro: str) -> None:
    text = intro + "\nWe will defend our border."
    assert _we(text, "We will defend our border.", "Anna Virtanen") == [("We", "finland"), ("our", "finland")]


@pytest.mark.parametrize("intro", [
    "Anna Virtanen, a senior fellow at a Helsinki think tank, spoke to us.",  # no office
    "Anna Virtanen, former ambassador to Finland, spoke to us.",  # a body reached through "to"
    "The Finnish ambassador met Anna Virtanen on Monday.",  # a clause, not a title chain
    "Anna Virtanen, the paper's Finland bureau chief, reports.",  # a press title
    "In an interview with Anna Virtanen, Finland's foreign minister, Mikko Laine, said no.",  # the next name's title
    "Finnish Foreign Minister Anna Virtanen met Swedish Foreign Minister Anna Virtanen.",  # two bodies: none
])
def test_no_we_link_without_the_speakers_own_office(intro: str) -> None:
    text = intro + "\nWe will defend our border."
    assert ("We", "finland") not in _we(text, "We will defend our border.", "Anna Virtanen")


def test_a_portfolio_is_not_the_speakers_side() -> None:
    reg = default_registry()
    text = "Deputy Assistant Secretary for European Affairs Tom Reyes briefed."
    work = [w for w in _work(text) if w.actor_id]
    assert body_in_text("Tom Reyes", text, reg, work) is None


def _work(text: str):  # the linker's mentions as work items, enough for body_in_text
    from polisent.actors.resolve import Work
    return [Work(m.start, m.end, m.kind, 0, 0, actor_id=m.actor_id) for m in RegistryLinker().link(text)]


def test_peoples_republic_without_the_apostrophe_is_china() -> None:
    assert [m.actor_id for m in RegistryLinker().link("the Ambassador of the Peoples Republic of China")] == ["china"]


@pytest.mark.parametrize("text, kept", [
    ("French-speaking states met in Dakar.", []),
    ("MARQUEZ: (Speaking Spanish). Then he left.", []),
    ("The Arabic language is taught in Chad.", ["chad"]),
    ("Ships sail the Western Pacific.", []),
    ("French troops left Mali.", ["france", "mali"]),  # a demonym of a state stays
    ("Western governments protested.", ["the_west"]),
])
def test_languages_and_compass_regions_are_no_state(text: str, kept: list[str]) -> None:
    assert [m.actor_id for m in RegistryLinker().link(text)] == kept


def test_the_incidental_pass_is_on_by_default_in_the_analyzer() -> None:
    assert "+mention" in Analyzer(scorer="none", progress=False).load().models()["linker"]
    assert "+mention" not in Analyzer(scorer="none", incidental=False, progress=False).load().models()["linker"]
    a = Analyzer(scorer="none", progress=False).load()(Document("Kenya sent 400 police officers to Haiti in 2024.", id="x"))
    assert {m.actor_id for m in a.mentions} == {"kenya", "haiti"}  # an incidental mention stays a mention


@pytest.mark.parametrize("text, person", [
    ("President Yoweri Kaguta Museveni spoke. Later, Museveni left.", "yoweri_museveni"),  # a middle name the registry lacks
    ("Turkey's Prime Minister Erdogan Blasts Syria\n\nRecep Tayyip Erdogan also said no.", "recep_tayyip_erdogan"),
])
def test_a_person_the_registry_knows_is_not_made_a_local_actor(text: str, person: str) -> None:
    a = Analyzer(scorer="none", progress=False).load()(Document(text, id="x"))
    people = {m.actor_id for m in a.mentions if m.actor_type is not None and m.actor_type.value == "person"}
    assert people == {person}


def test_another_person_of_the_same_surname_stays_local() -> None:
    text = "Imran Khan was arrested. Journalist Tahir Khan said the arrest changed little. Khan added that talks go on."
    a = Analyzer(scorer="none", progress=False).load()(Document(text, id="x"))
    assert [m.actor_id for m in a.mentions if m.text == "Khan"] == ["local:tahir_khan"]


def test_a_columnist_named_in_an_apposition_before_has_said_is_a_person() -> None:
    text = ("One of the voices from within Israel, the columnist of the Haaretz newspaper, Gideon Levy, has said that "
            "the strike was a mistake. He says the government is wrong.")
    a = Analyzer(scorer="none", progress=False).load()(Document(text, id="x"))
    assert [(m.text, m.actor_id) for m in a.mentions if m.kind.value in ("entity", "pronoun")] == [
        ("Gideon Levy", "local:gideon_levy"), ("He", "local:gideon_levy")]
