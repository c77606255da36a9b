"""The Ray engine (polisent.integrations.ray, `corpus run --engine ray`) gives the local engine's tables.

A local Ray cluster (2 CPUs) is started by the module fixture and shut down after; the scorer is
the tiny random targeted model saved as a polisent artifact, loaded by every worker from its path,
fp32 on the CPU. The Ray tests skip when Ray is not installed (``pip install "polisent[ray]"``).
"""

from __future__ import annotations

import functools
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from polisent.corpus.store import TABLES
from polisent.errors import ConfigError, DependencyError

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.*", "ignore:.*inplace keyword.*")

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parent / "examples" / "corpus"
FP32 = {"device": "cpu", "precision": "fp32"}


# -- no Ray needed ------------------------------------------------------------------------------------
def test_import_stays_light():
    code = "import sys, polisent, polisent.integrations.ray, polisent.cli; assert 'ray' not in sys.modules, 'ray imported'"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_missing_ray_is_a_dependency_error(monkeypatch, tmp_path):
    from polisent.integrations.ray import run_corpus_ray

    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(DependencyError, match=r'polisent\[ray\]'):
        run_corpus_ray(EXAMPLE, tmp_path / "o")


# -- fixtures -----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def ray():
    ray = pytest.importorskip("ray")
    pytest.importorskip("ray.data")
    pytest.importorskip("torch")
    # the workers unpickle factories defined in this module: let them import it
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join([str(HERE), *([old] if old else [])])
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="WARNING")
    try:
        yield ray
    finally:
        ray.shutdown()
        if old is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = old


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> str:
    from _tiny_scorers import tiny_encoder_path, tiny_targeted

    from polisent.models.artifact import save_targeted_model

    model, _, _ = tiny_targeted()
    path = save_targeted_model(model, tmp_path_factory.mktemp("model") / "tiny", {
        "name": "tiny-ray", "encoder": {"name": "tiny", "source": "path", "path": str(tiny_encoder_path())},
        "max_length": 64, "head_hidden": 16, "dropout": 0.0, "lora": None,
    })
    return str(path)


def records(n: int = 36) -> list[dict]:
    """Interview-like records built from the example corpus, with metadata and a few bad ones."""
    texts = sorted(p.read_text(encoding="utf-8") for p in EXAMPLE.iterdir() if p.suffix in (".txt", ".md"))
    out = []
    for i in range(n):
        text = texts[i % len(texts)]
        cut = len(text) * (2 + i % 3) // 4  # documents of different lengths
        out.append({"id": f"doc{i:03d}", "text": text[:cut] + f"\n\nMoscow failed {i} times, while NATO was strong.",
                    "speaker": f"Expert {i % 4}", "outlet": ("Daily", "Weekly")[i % 2],
                    "date": ("2024-03-05", "5 March 2024", "someday")[i % 3]})
    out[5]["text"] = "   "  # empty: an error row
    out[9]["text"] = None  # not a string: an error row
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("in") / "corpus.jsonl"
    lines = [json.dumps(r) for r in records()]
    lines.insert(12, "{not json")  # a malformed line: an error row
    lines.append(json.dumps(records()[3]))  # a duplicate id: an error row
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def canonical(df, drop=("chunk",)):
    df = df.drop(columns=[c for c in drop if c in df.columns])
    keys = [c for c in ("doc_id", "segment_index", "claim_index", "mention_index", "actor_id") if c in df.columns]
    return df.sort_values(keys).reset_index(drop=True)


def assert_same_tables(local, remote, drop=("chunk",)):
    import numpy as np
    import pandas as pd

    for name in TABLES:
        a, b = canonical(local[name], drop), canonical(remote[name], drop)
        assert sorted(a.columns) == sorted(b.columns), name
        b = b[list(a.columns)]
        assert len(a) == len(b), name
        floats = [c for c in a.columns if a[c].dtype == "float64"]
        pd.testing.assert_frame_equal(a.drop(columns=floats), b.drop(columns=floats), check_dtype=False, obj=name)
        if floats:
            np.testing.assert_allclose(a[floats].to_numpy(float), b[floats].to_numpy(float), rtol=0, atol=1e-5,
                                       equal_nan=True, err_msg=name)


# -- both engines, same tables --------------------------------------------------------------------------
def test_cli_ray_engine_writes_the_local_tables(ray, corpus, tiny_model, tmp_path, capsys):
    from polisent.cli import main
    from polisent.corpus import load_tables

    common = ["--model", tiny_model, "--device", "cpu", "--precision", "fp32", "--batch-size", "4", "--chunk-size", "8",
              "--no-progress"]
    local, remote = tmp_path / "local", tmp_path / "ray"
    assert main(["corpus", "run", str(corpus), "-o", str(local), *common]) == 0
    assert main(["corpus", "run", str(corpus), "-o", str(remote), "--engine", "ray", "--workers", "2", *common]) == 0
    out = capsys.readouterr()
    assert "38 documents (4 errors)" in out.out and "could not be read" in out.err
    a, b = load_tables(local), load_tables(remote)
    assert_same_tables(a, b, drop=())  # chunk numbers too: the same chunks, in the same order
    for name in TABLES:  # same row order as well, not only after sorting
        assert a[name]["doc_id"].tolist() == b[name]["doc_id"].tolist()
    docs = b["documents"].set_index("doc_id")
    assert docs.loc["doc005", "error"] == "text is empty" and "not valid JSON" in docs.loc["corpus:13", "error"]
    assert docs.loc["doc002", "warning"].startswith("date 'someday'") and docs["status"].eq("error").sum() == 4
    scores = b["assessments"]["p_sentiment_negative"]
    assert len(scores) > 100 and scores.notna().all() and scores.nunique() > 20  # real, varied probabilities
    ma, mb = (json.loads((d / "manifest.json").read_text()) for d in (local, remote))
    assert [c["files"] for c in ma["chunks"]] == [c["files"] for c in mb["chunks"]]
    assert [c["digest"] for c in ma["chunks"]] == [c["digest"] for c in mb["chunks"]]
    assert mb["config"]["engine"] == "ray" and mb["status"] == "complete" and mb["n_documents"] == 38
    # the rest of the tool chain reads the Ray output unchanged
    assert main(["corpus", "aggregate", str(remote), "--by", "speaker", "--n-boot", "20"]) == 0
    assert "Expert 1" in capsys.readouterr().out
    assert main(["report", str(remote), "-o", str(tmp_path / "r.html"), "--no-plots", "--n-boot", "20"]) == 0
    # a rerun of the complete run does nothing
    assert main(["corpus", "run", str(corpus), "-o", str(remote), "--engine", "ray", *common]) == 0
    assert "0 processed now" in capsys.readouterr().out


def test_resume_skips_listed_chunks_with_either_engine(ray, corpus, tiny_model, tmp_path):
    from polisent.analyzer import Analyzer
    from polisent.corpus import load_tables, run_corpus
    from polisent.integrations.ray import run_corpus_ray

    opts = {"model": tiny_model, **FP32, "analyzer_batch_size": 4}
    out = tmp_path / "run"

    def local_run():
        return run_corpus(corpus, out, analyzer=Analyzer(scorer=tiny_model, batch_size=4, progress=False, **FP32),
                          chunk_size=5, progress=False)

    full = local_run()
    assert full.complete and full.n_new == 38 and full.n_chunks == 8
    before = load_tables(out)

    def cut(keep: int) -> None:  # as if the run had stopped after `keep` chunks (later files left behind)
        m = json.loads((out / "manifest.json").read_text())
        m["chunks"] = m["chunks"][:keep]
        m.update(status="running", n_done=m["chunks"][-1]["stop"], n_documents=sum(c["n_documents"] for c in m["chunks"]),
                 n_errors=sum(c["n_errors"] for c in m["chunks"]))
        (out / "manifest.json").write_text(json.dumps(m))

    cut(3)  # the Ray engine resumes: chunks 0-2 are skipped, 3-7 written under the same names
    stamps = {p.name: p.stat().st_mtime_ns for p in (out / "claims").iterdir()}
    again = run_corpus_ray(corpus, out, chunk_size=5, concurrency=2, progress=False, **opts)
    assert again.resumed and again.complete and again.n_new == 38 - 15 and again.n_documents == 38
    after = {p.name: p.stat().st_mtime_ns for p in (out / "claims").iterdir()}
    assert sorted(after) == [f"part-{i:06d}.parquet" for i in range(8)]
    assert all(after[f"part-{i:06d}.parquet"] == stamps[f"part-{i:06d}.parquet"] for i in range(3))
    assert_same_tables(before, load_tables(out), drop=())
    cut(6)  # and the local engine resumes a run the Ray engine wrote
    resumed = local_run()
    assert resumed.n_new == 38 - 30 and resumed.complete
    assert_same_tables(before, load_tables(out), drop=())


def test_analyze_ray_dataset_matches_the_local_run(ray, tiny_model, tmp_path):
    from polisent.analyzer import Analyzer
    from polisent.corpus import run_corpus
    from polisent.integrations.ray import analyze_ray

    recs = records(24)
    local = run_corpus(recs, tmp_path / "local", analyzer=Analyzer(scorer=tiny_model, batch_size=4, progress=False, **FP32),
                       format="parquet", progress=False).tables()
    ds = ray.data.from_items([{**r, "n": i} for i, r in enumerate(recs)], override_num_blocks=4)
    tables = analyze_ray(ds, index_column="n", model=tiny_model, analyzer_batch_size=4, batch_size=5, concurrency=2, **FP32)
    assert set(tables) == set(TABLES)
    remote = {name: tables[name].to_pandas() for name in TABLES}
    assert "chunk" not in remote["documents"] and set(remote["documents"]["source"]) == {f"ray.data row {i}" for i in range(24)}
    for t in (local, remote):  # error messages name the record the local way ("items[9]") or Ray's ("ray.data row 9")
        t["documents"]["error"] = t["documents"]["error"].str.replace(r"^(items\[\d+\]|ray\.data row \d+): ", "", regex=True)
    assert_same_tables(local, remote, drop=("chunk", "source"))
    with pytest.raises(ConfigError, match="no 'body' column"):
        analyze_ray(ds, text_column="body")
    with pytest.raises(ConfigError, match="not both"):
        analyze_ray(ds, analyzer=functools.partial(Analyzer, scorer="none"), model=tiny_model)


# -- a worker killed mid-run ------------------------------------------------------------------------------
class _SlowAnalyzer:
    """An Analyzer that takes its time per chunk, so the test can kill its worker mid-run."""

    def __init__(self, analyzer, delay):
        self.analyzer, self.delay = analyzer, delay

    def load(self):
        self.analyzer.load()
        return self

    def models(self):
        return self.analyzer.models()

    def pipe(self, docs, **kw):
        time.sleep(self.delay)
        return self.analyzer.pipe(docs, **kw)


def slow_analyzer(model: str, pid_dir: str, driver: int, delay: float):
    from polisent.analyzer import Analyzer

    if os.getpid() != driver:
        Path(pid_dir, str(os.getpid())).touch()  # so the test knows whom to kill
    return _SlowAnalyzer(Analyzer(scorer=model, batch_size=4, progress=False, **FP32), delay)


def test_killed_worker_every_document_once(ray, corpus, tiny_model, tmp_path):
    from polisent.corpus import load_tables
    from polisent.integrations.ray import run_corpus_ray

    pids, out = tmp_path / "pids", tmp_path / "run"
    pids.mkdir()
    killed: list[tuple[int, int]] = []

    def killer() -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not killed:
            try:
                done = len(json.loads((out / "manifest.json").read_text())["chunks"])
            except (OSError, ValueError, KeyError):
                done = 0
            workers = sorted(int(p.name) for p in pids.iterdir())
            if done >= 1 and workers:
                os.kill(workers[0], signal.SIGKILL)
                killed.append((workers[0], done))
            time.sleep(0.02)

    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    factory = functools.partial(slow_analyzer, tiny_model, str(pids), os.getpid(), 0.4)
    res = run_corpus_ray(corpus, out, analyzer=factory, chunk_size=2, concurrency=2, progress=False)
    thread.join(timeout=5)
    assert killed, "no worker was killed"
    assert killed[0][1] < res.n_chunks, "the kill came after the run"
    assert res.complete and res.n_documents == 38 and res.n_chunks == 19
    docs = load_tables(out)["documents"]
    assert docs["doc_id"].is_unique and len(docs) == 38
    assert docs["input_index"].tolist() == list(range(38))
    assert len(list(pids.iterdir())) >= 3  # the killed worker was restarted by Ray
