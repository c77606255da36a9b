"""Training and evaluation of polisent's targeted scoring model.

``polisent train`` / ``python -m polisent.training train`` fine-tunes the model (see
:mod:`polisent.training.train`); ``polisent evaluate`` scores any loadable model on the dev
splits (see :mod:`polisent.training.evaluate`). Nothing here is imported by ``import polisent``.
"""

from __future__ import annotations

__all__: list[str] = []
