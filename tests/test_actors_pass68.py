"""Pass 68: capitals that name where something is located are places, not the state (guideline: "a place that is
only a location is not an actor"). Texts written for the project."""

from __future__ import annotations

import pytest

from polisent.actors import RegistryLinker

LINKER = RegistryLinker()


def _linked(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.actor_id) for m in LINKER.link(text)]


@pytest.mark.parametrize("text", [
    "Both governments keep liaison offices in Seoul.",
    "We go now to our correspondent Lena Park in Moscow.",
    "She sat down with the opposition leader in Caracas last week.",
    "The governor of Jakarta opened the new port.",
    "Protesters gathered outside the embassy in Beijing.",
])
def test_capital_as_a_location_is_no_actor(text: str) -> None:
    assert not any(a in ("south_korea", "russia", "venezuela", "indonesia", "china") for _, a in _linked(text))


@pytest.mark.parametrize("text,actor", [
    ("Moscow rejected the plan on Monday.", "russia"),
    ("Officials in Beijing said the talks would go on.", "china"),
    ("Seoul's offices abroad were told to wait.", "south_korea"),
])
def test_capital_acting_stays_the_state(text: str, actor: str) -> None:
    assert actor in {a for _, a in _linked(text)}
