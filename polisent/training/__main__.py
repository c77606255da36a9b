"""``python -m polisent.training train|evaluate ...``."""

from __future__ import annotations

import sys

from polisent.training.cli import main

if __name__ == "__main__":
    sys.exit(main())
