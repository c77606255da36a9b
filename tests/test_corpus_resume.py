"""Kill-and-resume: a corpus run in a subprocess is killed (SIGKILL) mid-run, rerun, killed again,
then finished; the output must equal an uninterrupted run's, with no lost and no duplicated rows.

Run as a script, this file is the worker: ``python tests/test_corpus_resume.py INPUT OUTDIR``
(a slowed-down fake scorer and the test stages from conftest, so a kill lands mid-run).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _analyzer(delay: float):
    sys.path.insert(0, str(HERE))
    from conftest import SentenceSegmenter, WordLinker

    from polisent.analyzer import Analyzer
    from polisent.testing import FakeScorer

    class SlowScorer(FakeScorer):
        def score(self, tasks, *, progress=False):
            time.sleep(delay)
            return FakeScorer.score(self, tasks, progress=progress)

    return Analyzer(segmenter=SentenceSegmenter(), linker=WordLinker(), scorer=SlowScorer(), batch_size=5, progress=False)


def _worker(argv: list[str]) -> int:
    from polisent.corpus import run_corpus

    res = run_corpus(argv[0], argv[1], analyzer=_analyzer(float(argv[2]) if len(argv) > 2 else 0.02), format="parquet",
                     chunk_size=5, progress=False)
    print(json.dumps({"n_documents": res.n_documents, "n_new": res.n_new, "complete": res.complete}))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(_worker(sys.argv[1:]))


import pytest  # noqa: E402  (the worker above must not need pytest)

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")


def _n_done(out: Path) -> int:
    try:
        return json.loads((out / "manifest.json").read_text())["n_done"]
    except (OSError, ValueError, KeyError):
        return 0


def _start(inp: Path, out: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen([sys.executable, str(Path(__file__)), str(inp), str(out)], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _canonical(tables):
    out = {}
    for name, df in tables.items():
        df = df.drop(columns=[c for c in ("chunk",) if c in df.columns])
        keys = [c for c in ("doc_id", "segment_index", "claim_index", "mention_index", "actor_id") if c in df.columns]
        out[name] = df.sort_values(keys).reset_index(drop=True)
    return out


def test_kill_and_resume_subprocess(tmp_path):
    from polisent.corpus import load_tables, run_corpus

    inp = tmp_path / "corpus.jsonl"
    words = ["Moscow failed badly.", "NATO is strong.", "Will Kyiv agree?", "Russia may invade.", "Talks are good."]
    with inp.open("w", encoding="utf-8") as fh:
        for i in range(200):
            text = " ".join(words[(i + k) % 5] for k in range(1 + i % 4)) + f" Doc {i}."
            fh.write(json.dumps({"id": f"doc-{i:03d}", "text": text, "speaker": f"S{i % 7}", "date": f"2024-{1 + i % 12:02d}-01"}) + "\n")
        fh.write("{this line is broken\n")  # an error row must survive the kills too
    full = tmp_path / "full"
    run_corpus(inp, full, analyzer=_analyzer(0.0), format="parquet", chunk_size=5, progress=False)

    out = tmp_path / "out"
    kills = []
    for target in (20, 90, 150):
        proc = _start(inp, out)
        deadline = time.monotonic() + 60
        while _n_done(out) < target and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.013 * len(kills))  # land the kill at different points of a chunk
        proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, err[-2000:]
        kills.append(_n_done(out))
        docs = load_tables(out, tables=("documents",))["documents"]
        assert docs["doc_id"].is_unique and len(docs) == _n_done(out)
    assert kills[0] < 201 and kills == sorted(kills) and kills[-1] < 201, kills  # every kill was mid-run

    proc = _start(inp, out)
    stdout, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err[-2000:]
    summary = json.loads(stdout.strip().splitlines()[-1])
    assert summary["complete"] and summary["n_documents"] == 201 and summary["n_new"] == 201 - kills[-1]

    a, b = _canonical(load_tables(full)), _canonical(load_tables(out))
    assert len(b["documents"]) == 201 and b["documents"]["doc_id"].is_unique
    assert (b["documents"]["status"] == "error").sum() == 1
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name], check_like=True)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["status"] == "complete" and len(manifest["resumed_at"]) == 3
    listed = {f for c in manifest["chunks"] for f in c["files"].values()}
    on_disk = {p.relative_to(out).as_posix() for p in out.rglob("part-*")}
    assert on_disk == listed and not list(out.rglob("*.tmp"))
