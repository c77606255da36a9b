"""Public API: Analyzer, analyze(), results, errors, import lightness."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import polisent
from polisent import Analyzer, Document, DocumentAnalysis
from polisent.errors import ConfigError, InputError, PolisentError
from polisent.protocols import NullScorer, ScoreArrays


def test_import_is_light() -> None:
    code = "import sys, polisent; print(sorted(m for m in ('torch', 'transformers', 'datasets', 'sklearn') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_all_is_complete_and_sorted() -> None:
    assert polisent.__all__ == sorted(polisent.__all__)
    for name in polisent.__all__:
        assert getattr(polisent, name) is not None, name
    from polisent import analyzer, errors, protocols, records

    exported = set().union(records.__all__, errors.__all__, protocols.__all__, analyzer.__all__)
    assert exported <= set(polisent.__all__), exported - set(polisent.__all__)


def test_error_hierarchy_matches_builtins() -> None:
    assert issubclass(polisent.ConfigError, ValueError)
    assert issubclass(polisent.InputError, ValueError)
    assert issubclass(polisent.ModelLoadError, OSError)
    assert issubclass(polisent.InputDecodeError, UnicodeError)
    assert issubclass(polisent.RegistryError, polisent.ConfigError)
    for name in ("ConfigError", "InputError", "ModelLoadError", "ModelError", "DependencyError", "OutputError"):
        assert issubclass(getattr(polisent, name), PolisentError)


def test_analyzer_call_scores_each_claim_actor_pair(simple_stages, fake_scorer) -> None:
    doc = Analyzer(scorer=fake_scorer, **simple_stages)("Moscow failed badly. NATO is strong and Russia is weak.")
    assert isinstance(doc, DocumentAnalysis)
    assert [c.text for c in doc.claims] == ["Moscow failed badly.", "NATO is strong and Russia is weak."]
    pairs = [(a.claim_index, a.actor_id) for a in doc.assessments]
    assert pairs == [(0, "russia"), (1, "nato"), (1, "russia")]
    for a in doc.assessments:
        probs = a.sentiment.probabilities
        assert abs(sum(probs.values()) - 1) < 1e-5
        assert -1 <= a.sentiment_value <= 1 and -1 <= a.stance_value <= 1
    russia = doc.actor("russia")
    assert russia is not None and russia.n_mentions == 2 and russia.n_claims == 2 and russia.n_scored == 2
    assert russia.sentiment is not None and russia.sentiment < 0
    assert dict(doc.provenance.models)["sentiment"] == "fake-lexical"
    assert doc.provenance.polisent_version == polisent.__version__


def test_offsets_point_into_original_text(simple_stages, fake_scorer) -> None:
    text = "  Moscow said no.\r\nKyiv? NATO!  "
    doc = Analyzer(scorer=fake_scorer, **simple_stages)(text)
    for span in (*doc.claims, *doc.mentions, *doc.segments):
        assert text[span.start:span.end] == span.text


def test_null_scorer_marks_scores_unavailable(simple_stages) -> None:
    doc = Analyzer(scorer=None, **simple_stages)("Moscow failed.")
    assert doc.assessments and all(a.sentiment is None and a.stance is None for a in doc.assessments)
    assert not doc.scored
    assert doc.actors[0].sentiment is None and doc.actors[0].n_scored == 0
    rows = doc.to_records("assessments")
    assert rows[0]["sentiment_value"] is None and rows[0]["p_stance_favor"] is None


def test_questions_and_reported_views_are_excluded_from_summary(simple_stages, fake_scorer) -> None:
    doc = Analyzer(scorer=fake_scorer, **simple_stages)("Is Moscow weak? Moscow is strong.")
    s = doc.actor("russia")
    assert s is not None and s.n_claims == 2 and s.n_scored == 1


def test_pipe_keeps_order_ids_and_contexts(simple_stages, fake_scorer) -> None:
    analyzer = Analyzer(scorer=fake_scorer, batch_size=3, **simple_stages)
    texts = [f"Moscow said {i}." if i % 2 else f"Plain text {i}." for i in range(10)]
    out = list(analyzer.pipe(((Document(t, id=str(i)), {"n": i}) for i, t in enumerate(texts)), as_tuples=True))
    assert [ctx["n"] for _, ctx in out] == list(range(10))
    assert [d.id for d, _ in out] == [str(i) for i in range(10)]
    assert [d.text for d, _ in out] == texts
    assert fake_scorer.calls == 4  # one scorer call per chunk of 3 documents (ceil(10 / 3))


def test_pipe_results_do_not_depend_on_batch_size(simple_stages, fake_scorer) -> None:
    texts = ["Moscow failed. NATO is strong.", "", "Kyiv won.", "Russia and NATO talk."] * 3
    a = [d.to_dict() for d in Analyzer(scorer=fake_scorer, batch_size=1, **simple_stages).pipe(texts)]
    b = [d.to_dict() for d in Analyzer(scorer=fake_scorer, batch_size=64, **simple_stages).pipe(texts)]
    assert a == b


def test_empty_text_gives_empty_analysis_and_no_model_call(simple_stages, fake_scorer) -> None:
    doc = Analyzer(scorer=fake_scorer, **simple_stages)("")
    assert doc.claims == () and doc.assessments == () and doc.actors == () and doc.error is None
    assert fake_scorer.calls == 0


@pytest.mark.parametrize("bad", [None, 3, b"bytes", ["list"]])
def test_bad_input_types_raise_clear_errors(simple_stages, bad) -> None:
    analyzer = Analyzer(scorer=None, **simple_stages)
    with pytest.raises(InputError, match="must be a str"):
        analyzer(bad)


def test_pipe_reports_position_of_bad_item_or_returns_error_record(simple_stages) -> None:
    analyzer = Analyzer(scorer=None, **simple_stages)
    with pytest.raises(InputError, match=r"items\[1\] must be a str, got NoneType"):
        list(analyzer.pipe(["ok", None]))
    out = list(analyzer.pipe(["Moscow.", None, "Kyiv."], on_error="return"))
    assert [d.error is None for d in out] == [True, False, True]
    assert "NoneType" in out[1].error


def test_pipe_refuses_a_single_string(simple_stages) -> None:
    with pytest.raises(InputError, match="single document"):
        list(Analyzer(scorer=None, **simple_stages).pipe("text"))


def test_huge_document_is_refused_with_advice(simple_stages) -> None:
    with pytest.raises(InputError, match="max_chars"):
        Analyzer(scorer=None, max_chars=10, **simple_stages)("x" * 11)


@pytest.mark.parametrize("kwargs, match", [
    ({"batch_size": 0}, r"'batch_size' parameter of Analyzer must be an int in the range \[1, 1000000\]\. Got 0"),
    ({"batch_size": True}, "batch_size"),
    ({"precision": "fp64"}, "precision"),
    ({"scorer": 3.5}, "scorer"),
    ({"device": ""}, "device"),
])
def test_bad_config_raises_config_error(kwargs, match) -> None:
    with pytest.raises(ConfigError, match=match):
        Analyzer(**kwargs)


def test_to_dict_is_json_and_records_are_flat(simple_stages, fake_scorer) -> None:
    doc = Analyzer(scorer=fake_scorer, **simple_stages)(Document("Moscow failed.", id="d1", meta={"outlet": "X"}))
    data = json.loads(json.dumps(doc.to_dict()))
    assert data["id"] == "d1" and data["meta"] == {"outlet": "X"}
    assert data["assessments"][0]["sentiment"]["label"] in ("negative", "neutral", "positive")
    assert set(data["assessments"][0]["stance"]) >= {"against", "none", "favor", "value", "label"}
    for kind in ("claims", "mentions", "assessments", "actors", "segments"):
        rows = doc.to_records(kind)
        assert rows and all(r["doc_id"] == "d1" and r["outlet"] == "X" for r in rows)
        assert all(not isinstance(v, (dict, list, tuple)) for r in rows for v in r.values())
    with pytest.raises(ConfigError, match="Unknown record kind"):
        doc.to_records("nope")  # type: ignore[arg-type]


def test_results_are_frozen(simple_stages, fake_scorer) -> None:
    doc = Analyzer(scorer=fake_scorer, **simple_stages)("Moscow failed.")
    with pytest.raises(AttributeError):
        doc.claims[0].text = "x"  # type: ignore[misc]


def test_to_returns_self_and_moves_scorer(simple_stages, fake_scorer) -> None:
    analyzer = Analyzer(scorer=fake_scorer, **simple_stages)
    _ = analyzer.scorer
    assert analyzer.to("cpu") is analyzer and fake_scorer.device == "cpu"
    assert analyzer.load() is analyzer


def test_scorer_failure_becomes_error_record_when_asked(simple_stages) -> None:
    class Broken(NullScorer):
        def score(self, tasks, *, progress=False) -> ScoreArrays:
            raise RuntimeError("boom")

    analyzer = Analyzer(scorer=Broken(), **simple_stages)
    out = list(analyzer.pipe(["Moscow.", "No actor here.", "NATO."], on_error="return"))
    assert "boom" in out[0].error and "boom" in out[2].error
    assert out[1].error is None  # nothing to score: the failing scorer does not cost this document
    with pytest.raises(RuntimeError):
        analyzer("Moscow.")


def test_analyze_rejects_wrong_types() -> None:
    for bad in (3, b"x", {"text": "x"}):
        with pytest.raises(InputError, match="analyze"):
            polisent.analyze(bad)


def test_analyze_uses_one_cached_default_analyzer(monkeypatch, simple_stages, fake_scorer) -> None:
    from polisent import analyzer as mod

    monkeypatch.setattr(mod, "_DEFAULT", Analyzer(scorer=fake_scorer, **simple_stages))
    first = polisent.analyze("Moscow failed.")
    many = polisent.analyze(["Kyiv won.", "NATO met."])
    assert isinstance(first, DocumentAnalysis) and len(many) == 2
    assert mod.default_analyzer() is mod._DEFAULT and fake_scorer.calls == 2


def test_registry_option_adds_corpus_actor_and_date_reaches_linker(tmp_path, fake_scorer) -> None:
    reg = tmp_path / "extra.jsonl"
    reg.write_text('{"id": "acme", "name": "Acme Corp", "type": "organisation", "aliases": ["Acme"]}\n')
    analyzer = Analyzer(scorer=fake_scorer, registry=str(reg))
    doc = analyzer("Acme failed badly, and Moscow said nothing.")
    assert {"acme", "russia"} <= {m.actor_id for m in doc.mentions}
    calls = []

    class DatedLinker:
        name = "dated"

        def link(self, text, structure, *, date=None):
            calls.append(date)
            return ()

    Analyzer(scorer=None, linker=DatedLinker())(Document("x", meta={"date": "2024-05-03T10:00"}))
    Analyzer(scorer=None, linker=DatedLinker())(Document("x", meta={"date": "May 2024"}))
    assert calls == ["2024-05-03", None]
    with pytest.raises(ConfigError, match="not both"):
        Analyzer(linker=DatedLinker(), registry=str(reg))


def test_reported_is_decided_per_actor(fake_scorer) -> None:
    from conftest import WordLinker

    from polisent.segment import RuleSegmenter

    text = "Moscow claims that NATO provoked the war. Kyiv is holding. NATO is united."
    doc = Analyzer(segmenter=RuleSegmenter(), linker=WordLinker(), scorer=fake_scorer)(text)
    first = {a.actor_id: a.reported for a in doc.assessments if a.claim_index == 0}
    assert doc.claims[0].is_reported and first == {"russia": False, "nato": True}
    assert not any(a.reported for a in doc.assessments if a.claim_index > 0)
    rows = [r for r in doc.to_records("assessments") if r["claim_index"] == 0]
    assert {r["actor_id"]: r["reported"] for r in rows} == first
    # the summary counts NATO inside Moscow's claim too: the claim portrays it (the flag stays on the assessment)
    assert doc.actor("russia").n_scored == 1
    assert doc.actor("nato").n_claims == 2 and doc.actor("nato").n_scored == 2
