"""Dates of corpus documents, normalised to ISO (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``).

Split out of :mod:`polisent.corpus.sources`; :func:`parse_date` is also importable from there
and from :mod:`polisent.corpus`.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

__all__ = ["parse_date"]

_MONTHS = {m.lower(): i for i, m in enumerate(
    "January February March April May June July August September October November December".split(), start=1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9


def parse_date(value: Any) -> str | None:
    """Normalise a date to ISO (``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` when that is all it says).

    Returns None when the value does not parse; day-first/month-first ambiguous forms such as
    ``03/05/2024`` are refused rather than guessed.

    >>> [parse_date(s) for s in ("2024-03-05", "5 March 2024", "March 5, 2024", "2024-03", "03/05/2024")]
    ['2024-03-05', '2024-03-05', '2024-03-05', '2024-03', None]
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        return value.to_pydatetime().date().isoformat()
    s = str(value).strip()
    if not s:
        return None
    try:
        return _dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    m = re.fullmatch(r"(\d{4})(?:[-/.](\d{1,2}))?", s)
    if m:
        year, month = int(m.group(1)), m.group(2)
        if month is None:
            return f"{year:04d}" if 1000 <= year <= 2999 else None
        return f"{year:04d}-{int(month):02d}" if 1 <= int(month) <= 12 else None
    m = re.fullmatch(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})", s)
    if m:
        return _ymd(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", s)  # 05.03.2024 is day-first by convention
    if m:
        return _ymd(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    words = re.findall(r"[A-Za-z]+|\d+", s)
    month = [(_MONTHS[w.lower()]) for w in words if w.lower() in _MONTHS]
    nums = [int(w) for w in words if w.isdigit()]
    rest = [w for w in words if not w.isdigit() and w.lower() not in _MONTHS and w.lower() not in ("of", "the", "st", "nd", "rd", "th")]
    if len(month) == 1 and not rest:
        years = [n for n in nums if n >= 1000]
        days = [n for n in nums if n < 100]
        if len(years) == 1 and len(days) == 1:
            return _ymd(years[0], month[0], days[0])
        if len(years) == 1 and not days:
            return f"{years[0]:04d}-{month[0]:02d}"
    return None


def _ymd(y: int, m: int, d: int) -> str | None:
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None
