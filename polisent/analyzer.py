"""The :class:`Analyzer`: one configured pipeline, reused for many documents.

    text -> segmenter (structure, claims) -> linker (actor mentions) -> scorer (probabilities)

>>> from polisent.testing import FakeScorer
>>> analyzer = Analyzer(scorer=FakeScorer())
>>> doc = analyzer("Moscow failed. The West is strong.")
>>> [a.name for a in doc.actors]
['Russia', 'the West']
"""

from __future__ import annotations

import logging
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Literal, overload

from polisent._assemble import Prepared, build_analysis, error_analysis, one_line
from polisent._assemble import summarise  # noqa: F401 - importable from polisent.analyzer, as before the split
from polisent._version import __version__
from polisent.errors import ConfigError, InputError, PolisentError, check_int, check_text
from polisent.protocols import (
    Linker,
    NullScorer,
    ScoreArrays,
    Scorer,
    ScoringTask,
    Segmenter,
)
from polisent.records import DocumentAnalysis, Provenance
from polisent.segment._markup import scoring_text

logger = logging.getLogger(__name__)

__all__ = ["Analyzer", "Document", "analyze"]

_SURROGATE = re.compile("[\ud800-\udfff]")

#: Documents longer than this are refused unless ``max_chars`` is raised (about 20 MB of text).
DEFAULT_MAX_CHARS = 20_000_000
#: Largest ``batch_size`` (documents per chunk held in memory at once).
MAX_BATCH_SIZE = 1_000_000


@dataclass(frozen=True, slots=True)
class Document:
    """An input document with an optional id and metadata (speaker, outlet, date, title, ...).

    >>> Document("Q: Why?", id="doc-1", meta={"outlet": "Example"}).id
    'doc-1'
    """

    text: str
    id: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)




class Analyzer:
    """A configured pipeline: segmenter, actor linker and scorer, loaded once and reused.

    Args:
        segmenter: a :class:`~polisent.protocols.Segmenter`; default ``RuleSegmenter()``.
        linker: a :class:`~polisent.protocols.Linker`; default ``RegistryLinker()`` over the built-in registry.
        scorer: ``"default"`` (the shipped fast model), ``"accurate"`` (the all-mpnet-base-v2 model; needs
            the backbone, see the README), ``"none"`` (no scores), a polisent artifact directory, a Hugging
            Face model id or path (see :func:`polisent.models.load_scorer`), or a Scorer object.
        device: ``"auto"``, ``"cpu"``, ``"cuda"``, ``"cuda:1"`` or ``"mps"``.
        precision: ``"auto"``, ``"fp32"``, ``"bf16"``, ``"fp16"`` or ``"int8"``.
        batch_size: documents per chunk in :meth:`pipe`; all claims of a chunk are scored together.
        progress: show progress bars; ``None`` means only when stderr is a terminal.
        max_chars: refuse documents longer than this many characters.
        registry: actor registry for the default linker: a :class:`~polisent.actors.Registry`, or a
            path / list of dicts merged over the built-in registry (see ``docs/registry.md``).
        model: the same as ``scorer`` for a model name or path (``Analyzer(model="accurate")``).
        ner: the default linker's finder of people the registry lacks: None (default) for the
            built-in rules (``"rules"``, :mod:`polisent.actors.people`), ``False`` for none,
            ``"spacy"``, a Hugging Face token-classification model id or path, or a callable.
        incidental: the default linker's learned pass for incidental mentions (a destination, a name
            inside another name, a nationality: kept as mentions with ``link="incidental"`` that make
            no scored pair; :mod:`polisent.actors.incidental`). On by default (None; ``False`` turns
            it off): on the commentary dev sets it trades about 0.6 point of pair recall for 2 of
            precision.

    Example:
        >>> from polisent.testing import FakeScorer
        >>> analyzer = Analyzer(scorer=FakeScorer())
        >>> [d.id for d in analyzer.pipe([Document("Beijing said no.", id="a"), "Kyiv agreed."])]
        ['a', None]
    """

    def __init__(
        self,
        *,
        segmenter: Segmenter | None = None,
        linker: Linker | None = None,
        scorer: Scorer | str | None = "default",
        device: str = "auto",
        precision: str = "auto",
        batch_size: int = 64,
        progress: bool | None = None,
        max_chars: int = DEFAULT_MAX_CHARS,
        registry: Any = None,
        ner: Any = None,
        model: str | None = None,
        incidental: bool | None = None,
    ) -> None:
        if model is not None:
            if scorer not in ("default", None) or not isinstance(model, str):
                raise ConfigError(
                    "Pass the model either as model= (a name such as 'default' or 'accurate', or a path) or as "
                    f"scorer=, not both. Got model={model!r}, scorer={scorer!r}."
                )
            scorer = model
        self.batch_size = check_int(batch_size, "batch_size", "Analyzer", high=MAX_BATCH_SIZE)
        self.max_chars = check_int(max_chars, "max_chars", "Analyzer")
        if not isinstance(device, str) or not device:
            raise ConfigError(f"The 'device' parameter of Analyzer must be a str such as 'auto', 'cpu' or 'cuda:0'. Got {device!r} instead.")
        if precision not in ("auto", "fp32", "bf16", "fp16", "int8"):
            raise ConfigError(
                f"The 'precision' parameter of Analyzer must be one of 'auto', 'fp32', 'bf16', 'fp16', 'int8'. Got {precision!r} instead."
            )
        if scorer is not None and not isinstance(scorer, str) and not isinstance(scorer, Scorer):
            raise ConfigError(
                f"The 'scorer' parameter of Analyzer must be a model name or path (str), a Scorer object or None. "
                f"Got {type(scorer).__name__} instead."
            )
        self.device = device
        self.precision = precision
        self.progress = progress
        if linker is not None and (registry is not None or ner is not None or incidental is not None):
            raise ConfigError("Pass either 'linker' or 'registry'/'ner'/'incidental' to Analyzer, not both: "
                              "they configure the default linker.")
        if incidental is not None and not isinstance(incidental, bool):
            raise ConfigError(f"The 'incidental' parameter of Analyzer must be True or False. Got {incidental!r} instead.")
        self._segmenter = segmenter
        self._linker = linker
        self._registry = registry
        self._ner = ner
        self._incidental = True if incidental is None else incidental
        self._linker_takes_date: bool | None = None
        self._segmenter_takes_url: bool | None = None
        self._scorer_spec: Scorer | str = "none" if scorer is None else scorer
        self._scorer: Scorer | None = scorer if isinstance(scorer, Scorer) else None

    # -- stages, created lazily -------------------------------------------------------------
    @property
    def segmenter(self) -> Segmenter:
        if self._segmenter is None:
            from polisent.segment import RuleSegmenter

            self._segmenter = RuleSegmenter()
        return self._segmenter

    @property
    def linker(self) -> Linker:
        if self._linker is None:
            from polisent.actors import Registry, RegistryLinker, load_registry

            registry = self._registry
            if registry is not None and not isinstance(registry, Registry):
                registry = load_registry(registry)
            self._linker = RegistryLinker(registry=registry, ner="rules" if self._ner is None else self._ner,
                                          mention_model=self._incidental)
        return self._linker

    @property
    def scorer(self) -> Scorer:
        if self._scorer is None:
            self._scorer = self._make_scorer(self._scorer_spec)  # type: ignore[arg-type]
        return self._scorer

    def _make_scorer(self, spec: str) -> Scorer:
        if spec == "none":
            return NullScorer()
        if spec == "default" and not default_model_available():
            logger.warning(
                "The default scoring model is not installed with this copy of polisent; "
                "claims and actors are reported with scores marked unavailable."
            )
            return NullScorer()
        from polisent.models import load_scorer

        scorer = load_scorer(spec, device=self.device, precision=self.precision)
        return scorer.load()

    def load(self) -> Analyzer:
        """Load every stage now, so a wrong model name fails before any input is read."""
        _ = self.segmenter, self.linker
        self.scorer.load()
        return self

    def to(self, device: str) -> Analyzer:
        """Move the scorer to ``device``; returns ``self``."""
        self.device = device
        if self._scorer is not None:
            self._scorer = self._scorer.to(device)
        return self

    def models(self) -> dict[str, str]:
        """Stage -> model name, as recorded in every result's provenance."""
        out = {"segmenter": self.segmenter.name, "linker": self.linker.name}
        out.update(self.scorer.models())
        return out

    # -- running ------------------------------------------------------------------------------
    def __call__(self, text: str | Document, *, id: str | None = None, meta: Mapping[str, Any] | None = None) -> DocumentAnalysis:
        """Analyse one document.

        Raises:
            InputError: ``text`` is not a str (or :class:`Document`), or is longer than ``max_chars``.
        """
        doc = self._as_document(text, "text", id=id, meta=meta)
        return next(self._run_chunk([doc], on_error="raise", progress=False))

    @overload
    def pipe(self, items: Iterable[str | Document], *, batch_size: int | None = ..., as_tuples: Literal[False] = ...,
             on_error: str = ...) -> Iterator[DocumentAnalysis]: ...
    @overload
    def pipe(self, items: Iterable[tuple[str | Document, Any]], *, batch_size: int | None = ..., as_tuples: Literal[True],
             on_error: str = ...) -> Iterator[tuple[DocumentAnalysis, Any]]: ...

    def pipe(self, items: Iterable[Any], *, batch_size: int | None = None, as_tuples: bool = False,
             on_error: str = "raise") -> Iterator[Any]:
        """Analyse a stream of documents, yielding results in input order with bounded memory.

        Args:
            items: strs or :class:`Document` objects; with ``as_tuples=True``, ``(text, context)`` pairs,
                and ``(analysis, context)`` pairs come back (spaCy's ``Language.pipe`` convention).
            batch_size: documents per chunk (default: the analyzer's ``batch_size``).
            on_error: ``"raise"`` stops at the first bad document; ``"return"`` yields a
                :class:`DocumentAnalysis` with ``error`` set for it and goes on.
        """
        size = self.batch_size if batch_size is None else check_int(batch_size, "batch_size", "Analyzer.pipe", high=MAX_BATCH_SIZE)
        if on_error not in ("raise", "return"):
            raise ConfigError(f"The 'on_error' parameter of Analyzer.pipe must be 'raise' or 'return'. Got {on_error!r} instead.")
        if isinstance(items, (str, bytes, Document)):
            raise InputError("Analyzer.pipe takes an iterable of documents, got a single document. Use analyzer(text) for one.")
        if not isinstance(items, Iterable):
            raise InputError(f"Analyzer.pipe takes an iterable of documents (strs or Documents), got {type(items).__name__}.")
        progress = self._progress_enabled()
        bar = None
        if progress:
            from tqdm.auto import tqdm

            bar = tqdm(desc="documents", unit="doc", file=sys.stderr, dynamic_ncols=True)
        iterator = iter(items)
        position = 0
        try:
            while True:
                raw = list(islice(iterator, size))
                if not raw:
                    break
                contexts: list[Any] = []
                docs: list[Document | Prepared] = []
                for i, item in enumerate(raw, start=position):
                    if as_tuples:
                        if not (isinstance(item, tuple) and len(item) == 2):
                            raise InputError(f"items[{i}] must be a (text, context) pair when as_tuples=True, got {type(item).__name__}.")
                        item, ctx = item
                        contexts.append(ctx)
                    try:
                        docs.append(self._as_document(item, f"items[{i}]"))
                    except InputError as exc:
                        if on_error == "raise":
                            raise
                        # refused before analysis (not a str, too long, not valid Unicode): an error record that keeps the id
                        docs.append(Prepared(Document("", getattr(item, "id", None) if isinstance(item, Document) else None),
                                              error=one_line(exc)))
                position += len(raw)
                results = self._run_chunk(docs, on_error=on_error, progress=False)
                for j, result in enumerate(results):
                    if bar is not None:
                        bar.update(1)
                    yield (result, contexts[j]) if as_tuples else result
        finally:
            if bar is not None:
                bar.close()

    # -- internals ----------------------------------------------------------------------------
    def _progress_enabled(self) -> bool:
        if self.progress is None:
            return sys.stderr.isatty()
        return bool(self.progress)

    def _as_document(self, item: Any, where: str, *, id: str | None = None, meta: Mapping[str, Any] | None = None) -> Document:
        if isinstance(item, Document):
            doc = item
            if id is not None or meta is not None:
                doc = Document(item.text, id if id is not None else item.id, meta if meta is not None else item.meta)
        else:
            doc = Document(check_text(item, where), id, meta or {})
        check_text(doc.text, f"{where}.text")
        if doc.meta is None:
            doc = Document(doc.text, doc.id, {})
        elif not isinstance(doc.meta, Mapping):
            raise InputError(f"{where}.meta must be a mapping (dict) or None, got {type(doc.meta).__name__}.")
        if len(doc.text) > self.max_chars:
            raise InputError(
                f"{where} has {len(doc.text):,} characters, more than max_chars={self.max_chars:,}. "
                "Split the document, or pass a larger max_chars to Analyzer."
            )
        m = _SURROGATE.search(doc.text)
        if m is not None:
            raise InputError(f"{where}.text has a lone surrogate U+{ord(m.group()):04X} at offset {m.start()} (not valid "
                             "Unicode, so no model can read it); fix the encoding of the source.")
        return doc

    def _prepare(self, doc: Document) -> Prepared:
        prep = Prepared(doc)
        text = doc.text
        url = doc.meta.get("url")
        if not isinstance(url, str) or not url:
            url = None
        elif self._segmenter_takes_url is None:
            import inspect

            self._segmenter_takes_url = "url" in inspect.signature(self.segmenter.segment).parameters
        # the page's address is evidence for the speaker (a slug naming the writer); a segmenter may not take it
        structure = self.segmenter.segment(text, url=url) if url and self._segmenter_takes_url else self.segmenter.segment(text)
        linker = self.linker
        if self._linker_takes_date is None:
            import inspect

            self._linker_takes_date = "date" in inspect.signature(linker.link).parameters
        date = _iso_date(doc.meta.get("date")) if self._linker_takes_date else None
        mentions = linker.link(text, structure, date=date) if date else linker.link(text, structure)
        prep.structure, prep.mentions = structure, mentions
        by_claim: dict[int, dict[str, list[int]]] = defaultdict(dict)
        for mi, m in enumerate(mentions):
            if m.actor_id is None or m.claim_index is None or m.link == "incidental":
                continue  # an incidental mention (a place, a name inside another name) makes no pair
            by_claim[m.claim_index].setdefault(m.actor_id, []).append(mi)
        for ci in sorted(by_claim):
            claim = structure.claims[ci]
            actors = tuple(by_claim[ci])
            targets = []
            for actor_id in actors:
                spans = []
                for mi in by_claim[ci][actor_id]:
                    m = mentions[mi]
                    s, e = max(m.start, claim.start) - claim.start, min(m.end, claim.end) - claim.start
                    if e > s:
                        spans.append((s, e))
                targets.append(tuple(spans) or ((0, len(claim.text)),))
            groups = tuple(tuple(by_claim[ci][a]) for a in actors)
            prep.tasks.append((ci, actors, groups, ScoringTask(scoring_text(claim.text), tuple(targets))))
        return prep

    def _run_chunk(self, docs: Sequence[Document | Prepared], *, on_error: str, progress: bool) -> Iterator[DocumentAnalysis]:
        prepared: list[Prepared] = []
        for doc in docs:
            if isinstance(doc, Prepared):
                prepared.append(doc)
                continue
            try:
                prepared.append(self._prepare(doc))
            except Exception as exc:  # noqa: BLE001 - turned into an error record or re-raised
                if on_error == "raise":
                    if isinstance(exc, PolisentError):
                        raise
                    raise InputError(f"Could not analyse document {doc.id or ''}: {exc}").with_traceback(exc.__traceback__) from exc
                logger.warning("document %s failed: %s", doc.id, exc)
                prepared.append(Prepared(doc, error=one_line(exc)))
        tasks = [t for p in prepared if p.error is None for *_, t in p.tasks]
        scorer = self.scorer
        alone: dict[int, ScoreArrays] | None = None  # per-document scores after a chunk failed
        try:
            scores = scorer.score(tasks, progress=self._progress_enabled() and len(tasks) > 256) if tasks else ScoreArrays(None, None)
        except Exception as exc:
            if on_error == "raise":
                raise
            scores = ScoreArrays(None, None)
            scored = [p for p in prepared if p.error is None and p.tasks]
            if len(scored) == 1:
                logger.warning("scoring failed for document %s: %s", scored[0].doc.id, exc)
                scored[0].error = f"scoring failed: {one_line(exc)}"
            else:  # find the document(s) that fail: one bad document costs one error record, not the chunk
                logger.warning("scoring failed for a chunk of %d documents (%s); scoring them one by one", len(prepared), one_line(exc))
                alone = {id(p): self._score_alone(p) for p in scored}
        provenance = Provenance(__version__, tuple(sorted(self.models().items())))
        row = 0
        for p in prepared:
            if p.error is not None:
                yield error_analysis(p, provenance)
                continue
            if alone is not None:
                yield build_analysis(p, alone.get(id(p), ScoreArrays(None, None)), 0, provenance)
                continue
            n = sum(t.n_targets for *_, t in p.tasks)
            yield build_analysis(p, scores, row, provenance)
            row += n

    def _score_alone(self, p: Prepared) -> ScoreArrays:
        """Score one document's tasks on their own; a failure becomes the document's error."""
        try:
            return self.scorer.score([t for *_, t in p.tasks])
        except Exception as exc:  # noqa: BLE001 - becomes this document's error record
            logger.warning("scoring failed for document %s: %s", p.doc.id, exc)
            p.error = f"scoring failed: {one_line(exc)}"
            return ScoreArrays(None, None)


def _iso_date(value: Any) -> str | None:
    """``YYYY-MM-DD`` (or ``YYYY-MM``, ``YYYY``) prefix of a date value, else None."""
    import datetime as dt
    import re

    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, str):
        m = re.match(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?![\d-])", value.strip())
        return m.group() if m else None
    return None


def default_model_available() -> bool:
    """True when the shipped default model's weights are present in the package."""
    from pathlib import Path

    return any((Path(__file__).parent / "models" / "default").glob("*.safetensors"))


_DEFAULT: Analyzer | None = None


def default_analyzer() -> Analyzer:
    """The process-wide default :class:`Analyzer`, created on first use and then reused."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Analyzer()
    return _DEFAULT


@overload
def analyze(texts: str | Document) -> DocumentAnalysis: ...
@overload
def analyze(texts: Iterable[str | Document]) -> list[DocumentAnalysis]: ...


def analyze(texts: Any) -> Any:
    """Analyse one text (returns a :class:`DocumentAnalysis`) or many (returns a list).

    Uses a default :class:`Analyzer` created once per process (the shipped model on the best
    device). For other settings create an ``Analyzer(...)`` and keep it.

    >>> import polisent
    >>> polisent.analyze(123)
    Traceback (most recent call last):
    ...
    polisent.errors.InputError: analyze() takes a str, a Document or an iterable of them, got int.
    """
    if isinstance(texts, (str, Document)):
        return default_analyzer()(texts)
    if isinstance(texts, (bytes, bytearray)):
        raise InputError("analyze() takes a str, got bytes. Decode it first, e.g. data.decode('utf-8').")
    if not isinstance(texts, Iterable) or isinstance(texts, Mapping):
        raise InputError(f"analyze() takes a str, a Document or an iterable of them, got {type(texts).__name__}.")
    return list(default_analyzer().pipe(texts))
