"""Exceptions raised by polisent.

Every exception polisent raises on purpose derives from :class:`PolisentError`, and
also from the built-in exception that matches it, so ``except ValueError`` and
``except polisent.PolisentError`` both work::

    PolisentError
    ├── ConfigError(PolisentError, ValueError)        bad parameter or option value
    │   └── RegistryError(ConfigError)                 bad actor registry file or entry
    ├── InputError(PolisentError, ValueError)          bad input text or input file
    │   └── InputDecodeError(InputError, UnicodeError) bytes that are not text
    ├── ModelLoadError(PolisentError, OSError)         a model that cannot be found or loaded
    ├── ModelError(PolisentError, RuntimeError)        a model that fails while running
    ├── DependencyError(PolisentError, ImportError)    an optional package is missing
    └── OutputError(PolisentError, OSError)            an output that cannot be written

Messages say what was wrong, what was given and what to do, e.g.
``The 'batch_size' parameter of Analyzer must be an int in the range [1, inf). Got 0 instead.``
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "DataError",
    "DependencyError",
    "InputDecodeError",
    "InputError",
    "ModelError",
    "ModelLoadError",
    "OutputError",
    "PolisentError",
    "RegistryError",
]


class PolisentError(Exception):
    """Base class of every exception polisent raises on purpose."""


class ConfigError(PolisentError, ValueError):
    """A parameter, option or configuration value is invalid."""


class RegistryError(ConfigError):
    """An actor registry (file or dict) is malformed."""


class InputError(PolisentError, ValueError):
    """An input text, record or file is invalid."""


class InputDecodeError(InputError, UnicodeError):
    """Input bytes could not be decoded as text."""


class ModelLoadError(PolisentError, OSError):
    """A model could not be found or loaded."""


class ModelError(PolisentError, RuntimeError):
    """A model failed while scoring."""


class DependencyError(PolisentError, ImportError):
    """An optional dependency is needed but not installed."""


class OutputError(PolisentError, OSError):
    """An output file or directory cannot be written."""


class DataError(PolisentError, OSError):
    """A data set polisent reads for evaluation or training is missing or malformed."""


def check_int(value: object, name: str, owner: str, *, low: int = 1, high: int | None = None) -> int:
    """Validate an integer parameter and return it.

    >>> check_int(4, "batch_size", "Analyzer")
    4
    """
    if isinstance(value, bool) or not isinstance(value, int) or value < low or (high is not None and value > high):
        upper = "inf" if high is None else str(high)
        raise ConfigError(
            f"The {name!r} parameter of {owner} must be an int in the range [{low}, {upper}]. "
            f"Got {value!r} instead."
        )
    return value


def check_text(value: object, where: str) -> str:
    """Return ``value`` if it is a ``str``; otherwise raise a clear :class:`InputError`.

    >>> check_text("x", "texts[0]")
    'x'
    """
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray)):
        raise InputError(f"{where} must be a str, got {type(value).__name__}. Decode it first, e.g. data.decode('utf-8').")
    raise InputError(f"{where} must be a str, got {type(value).__name__}.")
