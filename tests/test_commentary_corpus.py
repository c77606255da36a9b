"""The commentary corpus: build tool, loader, offsets of the committed data, and the evaluation.

The tool and evaluation tests build a two-document corpus written for this test in a temporary
folder; the data tests check the committed corpus in ``data/commentary`` (offsets, coverage,
splits by document) and skip when it is absent.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "commentary"


def _tool():
    spec = importlib.util.spec_from_file_location("commentary_corpus", ROOT / "scripts" / "commentary_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["commentary_corpus"] = mod
    spec.loader.exec_module(mod)
    return mod


INTERVIEW = """Skip to content
Talks in Vienna: what now?
By Jane Roe
Q: Is a deal close? The envoys sound upbeat.
A: Iran wants sanctions relief first. Washington will not move before the vote.
Share this article
"""
OPED = """Opinion | The AU's moment
The African Union moved faster than in past crises. Sudan's generals ignored it.
"""


@pytest.fixture
def tiny_corpus(tmp_path, monkeypatch):
    tool = _tool()
    corpus = tmp_path / "commentary"
    monkeypatch.setattr(tool, "CORPUS", corpus)
    monkeypatch.setattr(tool, "MIN_CHARS", 20)
    for cid, doc_id, text, fmt in (("T", "t-interview", INTERVIEW, "qa_lines"), ("T", "t-oped", OPED, "oped")):
        raw = corpus / "raw" / cid
        raw.mkdir(parents=True, exist_ok=True)
        (raw / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        with (raw / "meta.jsonl").open("a", encoding="utf-8") as fh:
            fh.write(json.dumps({"id": doc_id, "url": f"https://example.org/{doc_id}", "outlet": "Example",
                                 "format": fmt, "title": None, "date": None}) + "\n")
    assert tool.main(["merge"]) == 0
    (corpus / "splits.json").write_text(json.dumps({"t-interview": "dev", "t-oped": "dev"}))
    ann = corpus / "ann" / "first"
    ann.mkdir(parents=True)
    (ann / "t-interview.ann").write_text(
        "# structure\nu1 clutter navigation\nu2 heading\nu3 clutter byline\nu4 question interviewer\n"
        "u5 interviewer interviewer\nu6-u7 answer interviewee\nu8 clutter share\n# pairs\n"
        "u6 | iran | Iran | neutral | none | factual\nu7 | united_states | Washington | neutral | none | metonym,prediction\n",
        encoding="utf-8")
    (ann / "t-oped.ann").write_text(
        "# structure\nu1 heading\nu2-u3 body author\n# pairs\n"
        "u2 | african_union | The African Union | positive | favor\nu3 | sudan | Sudan's | negative | against\n"
        "u3 | african_union | it | neutral | none | pronoun\n",
        encoding="utf-8")
    assert tool.main(["build"]) == 0
    return tool, corpus


def test_units_are_lines_cut_into_sentences():
    tool = _tool()
    text = "Q: Is it over? A: No. Dr. Smith agrees.\n\n  Share  \n"
    assert [text[s:e] for s, e in tool.split_units(text)] == ["Q: Is it over?", "A: No.", "Dr. Smith agrees.", "Share"]


def test_mentions_are_whole_words_except_in_scripts_without_spaces():
    tool = _tool()
    assert tool._find_word("the Iraqgreat hope", "Iraq", 0) == -1
    assert tool._find_word("the Iraq war", "Iraq", 0) == 4
    # Chinese and Japanese write no spaces between words: a name is whole inside the run
    assert tool._find_word("\u4e60\u8fd1\u5e73\u548c\u4e2d\u56fd\u9886\u5bfc\u4eba", "\u4e2d\u56fd", 0) == 4
    assert tool._find_word("\u5317\u671d\u9bae\u8ecd\u306f\u52c7\u6562", "\u5317\u671d\u9bae\u8ecd", 0) == 0


def test_build_writes_offsets_that_point_into_the_text(tiny_corpus):
    from polisent.evaluation import read_table

    _, corpus = tiny_corpus
    docs = {d["id"]: d for d in read_table("documents", root=corpus)}
    pairs = read_table("pairs", "dev", root=corpus)
    assert len(pairs) == 5
    for p in pairs:
        text = docs[p["doc_id"]]["text"]
        assert text[p["claim_start"]:p["claim_end"]] == p["claim"]
        for m in p["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    assert {(p["unit"], p["actor"]): p["stance"] for p in pairs}[(2, "african_union")] == "favor"


def test_check_reports_unlabelled_units_and_missing_mentions(tiny_corpus, tmp_path):
    tool, corpus = tiny_corpus
    bad = corpus / "ann" / "first" / "t-oped.ann"
    bad.write_text("# structure\nu1 heading\nu2 body author\n# pairs\nu2 | russia | Moscow | negative | against\n")
    docs = tool.documents()
    ids = {r["id"] for r in tool.registry_records()}
    _, _, errors = tool.parse_ann(bad, docs, ids)
    assert any("without a structure label: u3" in e for e in errors)
    assert any("'Moscow'" in e and "not found" in e for e in errors)



def test_check_reports_a_speaker_the_text_never_names(tiny_corpus):
    tool, corpus = tiny_corpus
    docs = tool.documents()
    text = docs["t-interview"]["text"]
    ok = [{"unit": 4, "speaker": "Jane ROE"}]
    assert tool.absent_speakers("a.ann", ok, text) == []
    bad = [{"unit": 4, "speaker": "Vali Nasr"}, {"unit": 5, "speaker": "Vali Nasr"}]
    assert tool.absent_speakers("a.ann", bad, text) == ["a.ann: u4 speaker 'Vali Nasr' is not in the text (give the role only)"]
    respelled = [{"unit": 4, "speaker": "Jane Roeh"}]  # the first name written, the surname spelled otherwise
    assert tool.absent_speakers("a.ann", respelled, text) == [
        "a.ann: u4 speaker 'Jane Roeh': the text never writes 'roeh' (give the name as the text writes it, or the role only)"]

def test_loader_returns_datasets(tiny_corpus):
    from polisent.evaluation import load_commentary

    _, corpus = tiny_corpus
    ds = load_commentary("pairs", split="dev", root=corpus)
    assert len(ds) == 5 and set(ds.column_names) >= {"claim", "actor", "sentiment", "stance", "mentions", "tags"}
    assert len(load_commentary("units", root=corpus)) == 11
    with pytest.raises(ValueError):
        load_commentary("pairs", split="validation", root=corpus)


def test_missing_corpus_is_a_clear_error(tmp_path):
    from polisent.errors import PolisentError
    from polisent.evaluation import load_commentary

    with pytest.raises(PolisentError, match="documents.jsonl"):
        load_commentary(root=tmp_path)


def test_evaluation_figures_on_the_tiny_corpus(tiny_corpus, fake_scorer):
    import polisent
    from polisent.evaluation import evaluate_commentary

    _, corpus = tiny_corpus
    analyzer = polisent.Analyzer(scorer=fake_scorer)
    rep = evaluate_commentary(analyzer, "dev", corpus)
    st = rep["structure"]
    assert st["documents"] == 2
    assert st["questions"]["gold"] == 1
    assert 0.0 <= st["claims_dropped"]["share"] <= 1.0
    assert rep["pipeline_pairs"]["linking"]["gold"] == 5
    assert rep["gold_pairs"]["n"] == 5
    assert rep["baselines"]["all_neutral_stance"]["accuracy"] == 0.6
    assert set(rep["gold_pairs"]["by_tag"]) >= {"factual", "metonym", "multi_actor", "multi_actor_diverse"}
    assert rep["gold_pairs"]["same_claim_different_labels"]["sentiment"]["of"] == 1
    da = rep["document_actors"]["sentiment"]
    assert da["gold_views"] >= 1 and 0.0 <= da["coverage"] <= 1.0
    assert rep["gold_pairs"]["document_actors"]["stance"]["n"] == rep["document_actors"]["stance"]["gold_views"]


def test_speaker_names_match_on_surnames():
    from polisent.evaluation.commentary_eval import speaker_matches

    assert speaker_matches("Vali Nasr", "NASR")
    assert not speaker_matches("Scott Simon", "Vali Nasr")

def test_speaker_names_in_any_script_match():
    from polisent.evaluation.commentary_eval import speaker_matches

    assert speaker_matches("Виктор Каспрук", "Виктор Каспрук") and speaker_matches("Βασίλης Νικολάου", "Νικολάου")
    assert not speaker_matches("Виктор Каспрук", "Анна Берг")


def test_strict_speaker_accuracy_counts_a_name_the_gold_does_not_give():
    from types import SimpleNamespace as NS

    from polisent.evaluation.commentary_eval import structure_metrics

    text = "The talks failed. Nobody expected a deal."
    claims = [NS(start=0, end=17, is_question=False, speaker="Publication Date", role="author"),
              NS(start=18, end=len(text), is_question=False, speaker=None, role="author")]
    units = [{"doc_id": "d", "unit": 1, "start": 0, "end": 17, "kind": "body", "reason": None, "role": "author", "speaker": None},
             {"doc_id": "d", "unit": 2, "start": 18, "end": len(text), "kind": "body", "reason": None, "role": "author",
              "speaker": None}]
    m = structure_metrics({"d": NS(claims=claims, error=None, text=text)}, units)
    assert m["speaker_accuracy_answer_claims"]["share"] == 1.0  # the gold gives the role only: the role is right
    assert m["speaker_accuracy_answer_claims_strict"]["share"] == 0.5  # ... but no name was given to anyone


def test_one_speaker_named_two_ways_is_counted_apart_from_accuracy():
    from types import SimpleNamespace as NS

    from polisent.evaluation.commentary_eval import structure_metrics

    text = "The talks failed. Nobody expected a deal. We will try again."
    spans = [(0, 17), (18, 40), (41, len(text))]
    units = [{"doc_id": "d", "unit": i + 1, "start": s, "end": e, "kind": "answer", "reason": None, "role": "interviewee",
              "speaker": "Ferdinand Marcos Jr."} for i, (s, e) in enumerate(spans)]
    two = [NS(start=s, end=e, is_question=False, speaker=n, role="interviewee")
           for (s, e), n in zip(spans, ["Ferdinand R. Marcos Jr.", "Marcos", "Ferdinand R. Marcos Jr."])]
    m = structure_metrics({"d": NS(claims=two, error=None, text=text)}, units)
    assert m["speaker_accuracy_answer_claims"]["share"] == 1.0  # the surname matches: every claim is right ...
    assert m["speakers_named_several_ways"] == {"share": 1.0, "n": 1, "of": 1}  # ... but one person has two names
    one = [NS(start=c.start, end=c.end, is_question=False, speaker="Ferdinand R. Marcos Jr.", role="interviewee") for c in two]
    assert structure_metrics({"d": NS(claims=one, error=None, text=text)}, units)["speakers_named_several_ways"]["n"] == 0


def test_turn_labels_alone_on_their_lines_count_for_no_claim():
    from types import SimpleNamespace as NS

    from polisent.evaluation.commentary_eval import structure_metrics

    text = "Question:\nWill the talks resume?\nNASR:\nThey will resume in May."
    q, a = text.index("Will"), text.index("They")
    claims = [NS(start=q, end=q + 23, is_question=True, speaker=None, role="interviewer"),
              NS(start=a, end=len(text), is_question=False, speaker="Vali Nasr", role="interviewee")]
    units = [{"doc_id": "d", "unit": i + 1, "start": s, "end": e, "kind": k, "reason": None, "role": r,
              "speaker": sp} for i, (s, e, k, r, sp) in enumerate([
                  (0, 9, "question", "interviewer", None), (q, q + 23, "question", "interviewer", None),
                  (q + 24, q + 29, "answer", "interviewee", "Vali Nasr"),
                  (a, len(text), "answer", "interviewee", "Vali Nasr")])]
    m = structure_metrics({"d": NS(claims=claims, error=None, text=text)}, units)
    assert m["questions"]["recall_units"] == 1.0  # 'Question:' alone holds no question
    assert m["claims_dropped"]["share"] == 0.0  # nor 'NASR:' a claim
    # the label's unit still counts when the text is not given
    m = structure_metrics({"d": NS(claims=claims, error=None, text=None)}, units)
    assert m["questions"]["recall_units"] == 0.5
    # a transcription service's label with its time code before the colon ("Speaker 1 (00:37):")
    timed = text.replace("Question:", "Speaker 1 (00:37):", 1)
    shift = len(timed) - len(text)
    claims = [NS(start=c.start + shift, end=c.end + shift, is_question=c.is_question, speaker=c.speaker, role=c.role)
              for c in claims]
    units = [dict(u, start=0 if u["unit"] == 1 else u["start"] + shift, end=u["end"] + shift) for u in units]
    m = structure_metrics({"d": NS(claims=claims, error=None, text=timed)}, units)
    assert m["questions"]["recall_units"] == 1.0



# ------------------------------------------------------------------------------------ committed data
needs_data = pytest.mark.skipif(not (DATA / "pairs.jsonl").is_file(), reason="commentary corpus not built")


@needs_data
def test_committed_offsets_hold():
    docs = {json.loads(x)["id"]: json.loads(x) for x in (DATA / "documents.jsonl").read_text().splitlines() if x}
    for folder in (DATA, DATA / "second"):
        if not (folder / "pairs.jsonl").is_file():
            continue
        for line in (folder / "pairs.jsonl").read_text(encoding="utf-8").splitlines():
            p = json.loads(line)
            text = docs[p["doc_id"]]["text"]
            assert text[p["claim_start"]:p["claim_end"]] == p["claim"], p["id"]
            for m in p["mentions"]:
                assert text[m["start"]:m["end"]] == m["text"], p["id"]
        for line in (folder / "units.jsonl").read_text(encoding="utf-8").splitlines():
            u = json.loads(line)
            assert u["kind"] is not None, (u["doc_id"], u["unit"])
            assert [u["start"], u["end"]] == docs[u["doc_id"]]["units"][u["unit"] - 1]


@needs_data
def test_committed_splits_are_by_document():
    splits = json.loads((DATA / "splits.json").read_text())
    docs = [json.loads(x) for x in (DATA / "documents.jsonl").read_text().splitlines() if x]
    assert {d["id"] for d in docs} == set(splits)
    assert set(splits.values()) == {"train", "dev", "test"}
    pairs = [json.loads(x) for x in (DATA / "pairs.jsonl").read_text().splitlines() if x]
    assert all(p["split"] == splits[p["doc_id"]] for p in pairs)
    assert Counter(splits.values())["test"] >= 60


def test_written_outputs_get_the_usual_permissions(tmp_path):
    """Atomic writes go through mkstemp (0600); the final table and the -o file follow the umask."""
    import os
    import stat

    import pandas as pd

    from polisent._fs import current_umask
    from polisent.corpus.store import write_table

    want = 0o666 & ~current_umask()
    write_table(pd.DataFrame({"a": [1]}), tmp_path / "t.csv", "csv")
    assert stat.S_IMODE(os.stat(tmp_path / "t.csv").st_mode) == want
    src = tmp_path / "in.txt"
    src.write_text("Russia and China met in Beijing.", encoding="utf-8")
    from polisent.cli import main

    assert main(["analyze", str(src), "--model", "none", "-o", str(tmp_path / "out.jsonl")]) == 0
    assert stat.S_IMODE(os.stat(tmp_path / "out.jsonl").st_mode) == want


def test_pair_metrics_credit_a_registry_actor_the_gold_wrote_outside_the_registry() -> None:
    from types import SimpleNamespace

    from polisent.evaluation.commentary_eval import pipeline_pair_metrics

    claim = SimpleNamespace(start=0, end=30, is_question=False)
    asm = SimpleNamespace(claim_index=0, actor_id="rapid_support_forces", sentiment=None, stance=None)
    analyses = {"d": SimpleNamespace(error=None, claims=[claim], assessments=[asm])}
    units = [{"doc_id": "d", "unit": 1, "start": 0, "end": 30, "kind": "body"}]
    pairs = [{"doc_id": "d", "unit": 1, "actor": "x:rapid_support_forces", "sentiment": "negative", "stance": "none",
              "mentions": [{"start": 4, "end": 7, "text": "RSF"}]}]
    m = pipeline_pair_metrics(analyses, units, pairs)
    assert m["linking"]["tp"] == 1 and m["linking_registry_actors"]["gold"] == 0


def test_merge_drops_a_copy_of_another_corpus_document(tiny_corpus, capsys):
    tool, corpus = tiny_corpus
    other = corpus.parent / "commentary_other"
    other.mkdir()
    text = "Reposted: " + OPED * 3  # a mirror of a page another corpus holds, under another URL
    (other / "documents.jsonl").write_text(json.dumps({"id": "o-1", "url": "https://mirror.example.net/x", "text": OPED * 3}) + "\n")
    raw = corpus / "raw" / "U"
    raw.mkdir(parents=True)
    rows = [("u-copy", text, "https://example.com/copy"), ("u-same-url", "A different page about the Horn of Africa. " * 3,
                                                            "http://www.mirror.example.net/x/"),
            ("u-new", "Talks in Doha ended without a deal; the envoys will meet again in May. " * 2, "https://example.com/new")]
    for doc_id, body, url in rows:
        (raw / f"{doc_id}.txt").write_text(body, encoding="utf-8")
        with (raw / "meta.jsonl").open("a", encoding="utf-8") as fh:
            fh.write(json.dumps({"id": doc_id, "url": url, "outlet": "Example", "format": "oped"}) + "\n")
    assert tool.main(["merge"]) == 0
    ids = set(tool.documents())
    assert "u-new" in ids and "u-copy" not in ids and "u-same-url" not in ids
    assert "a copy of commentary_other/o-1" in capsys.readouterr().err
