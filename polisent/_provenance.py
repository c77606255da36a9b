"""Where a result came from: the git commit of the checkout polisent runs from."""

from __future__ import annotations

import subprocess
from functools import lru_cache
from pathlib import Path

__all__ = ["git_sha"]


@lru_cache(maxsize=1)
def git_sha() -> str | None:
    """The commit of the checkout that holds this package, or None (installed from a wheel, no git).

    >>> sha = git_sha(); sha is None or len(sha) == 40
    True
    """
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=Path(__file__).resolve().parent,
                              capture_output=True, text=True, check=True).stdout.strip() or None
    except (OSError, subprocess.CalledProcessError):
        return None
