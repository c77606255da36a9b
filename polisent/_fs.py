"""Small file-system helpers shared by the writers.

Atomic writes go through a ``tempfile.mkstemp`` file, which is created private (0600); the
final file should carry the permissions a plain ``open(path, "w")`` would give it.

>>> import os, stat, tempfile
>>> fd, p = tempfile.mkstemp(); os.close(fd)
>>> give_default_mode(p)
>>> stat.S_IMODE(os.stat(p).st_mode) == 0o666 & ~current_umask()
True
>>> os.unlink(p)
"""

from __future__ import annotations

import os
import threading

__all__ = ["current_umask", "give_default_mode"]

_lock = threading.Lock()


def current_umask() -> int:
    """The process umask (read by setting and restoring it, under a lock)."""
    with _lock:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def give_default_mode(path: str | os.PathLike[str]) -> None:
    """Set ``path`` to 0666 minus the umask, as a newly created regular file would be."""
    os.chmod(path, 0o666 & ~current_umask())
