"""Reading actor registry files (``.jsonl``, one entry a line, or ``.json``) and in-memory sources
into entry dicts; every error names the file and line. Format: ``docs/registry.md``.

Split out of :mod:`polisent.actors.registry`, which validates the entries and builds the registry.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from polisent.errors import RegistryError

__all__ = ["read_jsonl", "records_from"]


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Read a registry JSON Lines file; errors name the file and line. Blank lines and ``//`` comments are skipped."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RegistryError(f"Cannot read registry file {str(path)!r}: {exc}. Check the path.") from exc
    out = []
    for n, raw in enumerate(data.split(b"\n"), 1):
        try:
            line = (raw.removeprefix(codecs.BOM_UTF8) if n == 1 else raw).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise RegistryError(f"{path}:{n}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}); "
                                "save the registry file as UTF-8.") from None
        stripped = line.strip()
        if not stripped or stripped.startswith("//"):
            continue
        try:
            rec = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise RegistryError(f"{path}:{n}: not valid JSON ({exc.msg} at column {exc.colno}).") from exc
        except (RecursionError, ValueError) as exc:
            raise RegistryError(f"{path}:{n}: not valid JSON ({'nested too deeply' if isinstance(exc, RecursionError) else exc}).") from None
        if not isinstance(rec, dict):
            raise RegistryError(f"{path}:{n}: each line must be a JSON object, got {type(rec).__name__}.")
        rec["__where__"] = f"{path}:{n}"
        out.append(rec)
    return out


def records_from(source: str | Path | Mapping[str, Any] | Sequence[Mapping[str, Any]]) -> tuple[list[Any], str]:
    if isinstance(source, (str, Path)):
        path = Path(source)
        if path.suffix == ".json":
            try:
                raw = path.read_bytes()
                data = json.loads(raw.decode("utf-8-sig"))
            except UnicodeDecodeError as exc:
                line = raw[: exc.start].count(b"\n") + 1
                raise RegistryError(f"{path}:{line}: not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the registry file as UTF-8.") from None
            except (OSError, json.JSONDecodeError) as exc:
                raise RegistryError(f"Cannot read registry file {str(path)!r}: {exc}.") from exc
            except (RecursionError, ValueError) as exc:
                raise RegistryError(f"Cannot read registry file {str(path)!r}: not valid JSON "
                                    f"({'nested too deeply' if isinstance(exc, RecursionError) else exc}).") from None
            recs, _ = records_from(data)
            return [dict(r, __where__=f"{path}: entry {i}") if isinstance(r, dict) else r for i, r in enumerate(recs)], str(path)
        return read_jsonl(path), str(path)
    if isinstance(source, Mapping):
        if "actors" in source and isinstance(source["actors"], list):
            return list(source["actors"]), "<dict>"
        if "id" in source or "block" in source:
            return [dict(source)], "<dict>"
        recs = []
        for key, value in source.items():
            if not isinstance(value, Mapping):
                raise RegistryError(f"<dict>[{key!r}]: expected an actor object, got {type(value).__name__}.")
            recs.append({"id": key, **value})
        return recs, "<dict>"
    if isinstance(source, Sequence):
        return [dict(r) if isinstance(r, Mapping) else r for r in source], "<list>"
    raise RegistryError(
        f"A registry source must be a path (.jsonl/.json), a dict or a list of dicts; got {type(source).__name__}."
    )
