"""Actors: the registry, detection of mentions, linking and coreference (issue 4).

>>> from polisent.actors import RegistryLinker, default_registry
>>> reg = default_registry()
>>> reg.get("russia").metonyms[:2]
('Moscow', 'Kremlin')
>>> [m.actor_id for m in RegistryLinker(reg).link("The Kremlin and Washington disagree.")]
['russia', 'united_states']
"""

from __future__ import annotations

from polisent.actors.linker import RegistryLinker
from polisent.actors.registry import ROLES, Actor, Office, Registry, default_registry, load_registry

__all__ = ["ROLES", "Actor", "Office", "Registry", "RegistryLinker", "default_registry", "load_registry"]
