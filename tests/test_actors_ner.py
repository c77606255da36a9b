"""Optional NER backends: callable plumbing, a tiny random HF token-classification model, spaCy."""

from __future__ import annotations

import importlib.util

import pytest

from polisent.actors import RegistryLinker
from polisent.actors.ner import _chunks, make_ner
from polisent.errors import ConfigError, ModelLoadError
from polisent.protocols import DocumentStructure
from polisent.records import ActorType, MentionKind

TEXT = ("Professor Anna Kowalczyk of the Baltic Institute met Vladimir Putin. Kowalczyk said she doubted him. "
        "The Baltic Institute agreed.")


def fake_ner(text: str):
    out = []
    for phrase, label in (("Anna Kowalczyk", "PER"), ("Kowalczyk", "PERSON"), ("Baltic Institute", "ORG"),
                          ("Vladimir Putin", "PER"), ("Professor", "MISC")):
        start = 0
        while (i := text.find(phrase, start)) >= 0:
            out.append({"start": i, "end": i + len(phrase), "entity_group": label, "score": 0.99})
            start = i + len(phrase)
    # overlapping duplicates, as some backends produce
    return [e for e in out if not any(o is not e and o["start"] <= e["start"] and e["end"] <= o["end"]
                                      and (o["end"] - o["start"]) > (e["end"] - e["start"]) for o in out)]


def test_callable_backend_makes_local_actors():
    linker = RegistryLinker(ner=fake_ner)
    assert linker.name == "registry-v1+ner:fake_ner+pronoun-v1"
    ms = linker.link(TEXT, DocumentStructure((), ()))
    got = [(m.text, m.kind.value, m.actor_id, m.link) for m in ms]
    assert ("Anna Kowalczyk", "entity", "local:anna_kowalczyk", "ner") in got
    assert ("Kowalczyk", "entity", "local:anna_kowalczyk", "ner") in got
    assert ("Vladimir Putin", "name", "vladimir_putin", "registry") in got  # the registry wins over NER
    orgs = [m for m in ms if m.actor_id == "local:baltic_institute"]
    assert len(orgs) == 2 and all(m.actor_type is ActorType.ORGANISATION for m in orgs)
    anna = [m for m in ms if m.actor_id == "local:anna_kowalczyk"]
    assert {m.actor_name for m in anna} == {"Anna Kowalczyk"} and anna[0].actor_type is ActorType.PERSON
    she = next(m for m in ms if m.text == "she")
    assert she.actor_id == "local:anna_kowalczyk" and she.kind is MentionKind.PRONOUN
    him = next(m for m in ms if m.text == "him")
    assert him.actor_id == "vladimir_putin"
    for m in ms:
        assert TEXT[m.start:m.end] == m.text


def test_callable_output_is_cleaned():
    fn, name = make_ner(lambda text: [(0, 6, "PER", 0.5), (7, 9, "LOC"), (-3, 99, "ORG"), ("x" and 10, 12, "B-PER")])
    assert name == "ner:<lambda>"
    # trimmed, out-of-range clipped, unknown labels and lower-case junk dropped
    assert fn("  Jane, of Acme Ltd") == [(2, 6, "person", 0.5), (2, 19, "organisation", 1.0)]


def test_bad_ner_spec():
    with pytest.raises(ConfigError, match="'ner' parameter of RegistryLinker"):
        RegistryLinker(ner=42)  # type: ignore[arg-type]
    with pytest.raises(ModelLoadError, match="Cannot load the token-classification model"):
        RegistryLinker(ner="/nonexistent/model-dir")


def test_chunks_cover_text_exactly():
    text = "One sentence here. " * 50 + "x" * 900
    spans = _chunks(text, 100)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(e - s <= 100 for s, e in spans)


@pytest.fixture(scope="module")
def tiny_token_model(tmp_path_factory):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from transformers import AutoConfig, BertForTokenClassification

    from polisent.testing import build_tiny_bert

    path = build_tiny_bert(tmp_path_factory.mktemp("tiny-ner"), max_position_embeddings=512)
    config = AutoConfig.from_pretrained(path)
    config.id2label = {0: "O", 1: "B-PER", 2: "I-PER", 3: "B-ORG", 4: "I-ORG"}
    config.label2id = {v: k for k, v in config.id2label.items()}
    config.num_labels = 5
    import torch

    torch.manual_seed(1)
    BertForTokenClassification(config).save_pretrained(path, safe_serialization=True)
    return path


def test_hf_token_classification_plumbing(tiny_token_model):
    linker = RegistryLinker(ner=str(tiny_token_model))
    assert linker.name.startswith("registry-v1+hf:")
    text = TEXT * 3
    ms = linker.link(text, DocumentStructure((), ()))
    assert [m.start for m in ms] == sorted(m.start for m in ms)
    for m in ms:
        assert text[m.start:m.end] == m.text
        if m.kind is MentionKind.ENTITY:
            assert m.actor_id.startswith("local:") and m.link == "ner" and 0 <= m.confidence <= 1
    # the registry's own mentions are there whatever the random model says
    assert sum(m.actor_id == "vladimir_putin" and m.kind is MentionKind.NAME for m in ms) == 3


@pytest.mark.skipif(importlib.util.find_spec("spacy") is None, reason="spaCy not installed (optional extra 'ner')")
def test_spacy_backend():
    try:
        linker = RegistryLinker(ner="spacy")
    except ImportError as exc:  # spaCy without an English pipeline
        pytest.skip(str(exc))
    assert linker.name == "registry-v1+spacy+pronoun-v1"
    ms = linker.link(TEXT, DocumentStructure((), ()))
    assert any(m.kind is MentionKind.ENTITY and m.actor_id == "local:anna_kowalczyk" for m in ms)
    assert any(m.actor_id == "vladimir_putin" for m in ms)
    for m in ms:
        assert TEXT[m.start:m.end] == m.text
