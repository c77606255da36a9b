"""Per-actor aggregation: weighting, exclusions, missing scores, bootstrap intervals."""

from __future__ import annotations

import math

import pytest

from polisent.aggregate import aggregate, export_table, weighted_bootstrap
from polisent.errors import ConfigError

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")


def row(doc, ci, actor, favor, against, *, certainty=1.0, question=False, reported=False, role="interviewee", sent=None):
    none = 1.0 - favor - against
    r = {"doc_id": doc, "claim_index": ci, "actor_id": actor, "actor_name": actor.title(), "is_question": question,
         "reported": reported, "certainty": certainty, "role": role, "speaker": "claim-speaker",
         "p_stance_against": against, "p_stance_none": none, "p_stance_favor": favor}
    s = sent if sent is not None else (favor, against)
    r.update({"p_sentiment_negative": s[1], "p_sentiment_neutral": 1.0 - s[0] - s[1], "p_sentiment_positive": s[0]})
    return r


@pytest.fixture
def tables():
    a = pd.DataFrame([
        row("d1", 0, "russia", 0.1, 0.8),
        row("d1", 1, "russia", 0.7, 0.2, certainty=0.5),
        row("d1", 2, "russia", 0.9, 0.05, question=True),  # a question: left out
        row("d1", 3, "russia", 0.9, 0.05, role="interviewer"),  # the interviewer's line: left out
        row("d1", 4, "russia", 0.0, 1.0, reported=True),  # a reported view: apart
        row("d1", 5, "russia", 0.95, 0.0),  # in a clutter segment: left out
        row("d1", 6, "russia", 0.95, 0.0, role="editor"),  # the editor's standfirst: left out
        row("d2", 0, "russia", 0.2, 0.6),
        row("d2", 1, "nato", 0.6, 0.1),
        row("d3", 0, "nato", 0.5, 0.3),
    ])
    claims = pd.DataFrame({"doc_id": ["d1"] * 7 + ["d2", "d2", "d3"], "claim_index": [0, 1, 2, 3, 4, 5, 6, 0, 1, 0],
                           "segment_index": [0, 0, 0, 0, 0, 1, 0, 0, 0, 0]})
    segments = pd.DataFrame({"doc_id": ["d1", "d1", "d2", "d3"], "segment_index": [0, 1, 0, 0],
                             "kind": ["answer", "clutter", "answer", "answer"]})
    documents = pd.DataFrame({"doc_id": ["d1", "d2", "d3"], "speaker": ["Ann", "Ann", None],
                              "outlet": ["Daily", "Weekly", "Daily"], "date": ["2024-03-05", "2024-04-01", "someday"]})
    return {"assessments": a, "claims": claims, "segments": segments, "documents": documents}


def expected_mean(pairs):
    """Weighted mean of (favor, against, certainty) triples, weight = max prob × certainty."""
    num = den = 0.0
    for favor, against, cert in pairs:
        w = max(favor, against, 1 - favor - against) * cert
        num += w * (favor - against)
        den += w
    return num / den


def test_weighted_means_and_exclusions(tables):
    df = aggregate(tables, by="document", n_boot=0, reported="drop")
    d1 = df[(df["actor_id"] == "russia") & (df["doc_id"] == "d1")].iloc[0]
    assert d1["n_claims"] == 2 and d1["view"] == "own"  # question, interviewer, editor, reported and clutter left out
    assert d1["stance"] == pytest.approx(expected_mean([(0.1, 0.8, 1.0), (0.7, 0.2, 0.5)]))
    assert math.isnan(d1["stance_lo"]) and math.isnan(d1["stance_hi"])  # n_boot=0: no interval
    assert set(df.columns[:6]) == {"actor_id", "actor_name", "doc_id", "view", "n_docs", "n_claims"}
    assert df.iloc[0]["actor_id"] == "russia"  # the actor with most claims first


def test_reported_views_pooled_by_default(tables):
    df = aggregate(tables, by="document", n_boot=0)
    d1 = df[(df["actor_id"] == "russia") & (df["doc_id"] == "d1")].iloc[0]
    assert d1["n_claims"] == 3 and d1["view"] == "all"  # the reported view counts; question, interviewer, editor, clutter do not
    assert d1["stance"] == pytest.approx(expected_mean([(0.1, 0.8, 1.0), (0.7, 0.2, 0.5), (0.0, 1.0, 1.0)]))
    with pytest.raises(ConfigError, match="'reported'"):
        aggregate(tables, reported="own")


def test_reported_views_kept_apart(tables):
    df = aggregate(tables, by="speaker", n_boot=0, reported="apart")
    rep = df[df["view"] == "reported"]
    assert len(rep) == 1 and rep.iloc[0]["stance"] == pytest.approx(-1.0) and rep.iloc[0]["speaker"] == "Ann"
    own = df[(df["view"] == "own") & (df["actor_id"] == "russia")].iloc[0]
    assert own["n_claims"] == 3 and own["n_docs"] == 2


def test_group_keys_from_documents(tables, caplog):
    by_speaker = aggregate(tables, by="speaker", n_boot=0)
    assert set(by_speaker["speaker"]) == {"Ann", "claim-speaker"}  # d3 has no speaker metadata: the claim's speaker
    by_outlet = aggregate(tables, by="outlet", n_boot=0)
    nato = by_outlet[by_outlet["actor_id"] == "nato"].set_index("outlet")
    assert nato.loc["Daily", "stance"] == pytest.approx(0.2) and nato.loc["Weekly", "n_claims"] == 1
    with caplog.at_level("WARNING"):
        by_month = aggregate(tables, by="month", n_boot=0)
    assert set(by_month["month"]) == {"2024-03", "2024-04"} and "left out" in caplog.text  # 'someday' does not parse
    corpus = aggregate(tables, by="corpus", n_boot=0)
    assert corpus.set_index("actor_id").loc["russia", "n_claims"] == 4  # d1 0, 1, the reported view 4; d2 0


def test_missing_scores_stay_missing(tables):
    a = tables["assessments"].copy()
    for col in ("p_stance_against", "p_stance_none", "p_stance_favor"):
        a.loc[a["actor_id"] == "nato", col] = np.nan
    df = aggregate({**tables, "assessments": a}, by="corpus", n_boot=200)
    nato = df.set_index("actor_id").loc["nato"]
    assert nato["n_claims"] == 2 and nato["n_stance"] == 0 and math.isnan(nato["stance"]) and math.isnan(nato["stance_lo"])
    assert nato["n_sentiment"] == 2 and not math.isnan(nato["sentiment"])  # sentiment is still there


def test_bootstrap_is_seeded_and_covers_the_mean():
    rng = np.random.default_rng(0)
    rows = [row(f"d{i % 5}", i, ["russia", "nato"][i % 2], f, (1 - f) * rng.uniform(0, 1), certainty=rng.uniform(0.3, 1))
            for i, f in enumerate(rng.uniform(0, 0.9, 60))]
    tables = {"assessments": pd.DataFrame(rows)}
    a = aggregate(tables, by="corpus", n_boot=500, seed=1)
    b = aggregate(tables, by="corpus", n_boot=500, seed=1)
    c = aggregate(tables, by="corpus", n_boot=500, seed=2)
    pd.testing.assert_frame_equal(a, b)
    assert not a["stance_lo"].equals(c["stance_lo"])
    assert (a["stance_lo"] <= a["stance"] + 1e-12).all() and (a["stance"] <= a["stance_hi"] + 1e-12).all()


def test_weighted_bootstrap_matches_a_plain_loop():
    rng = np.random.default_rng(5)
    n_groups = 4
    codes = rng.integers(0, n_groups, 300)
    values = rng.uniform(-1, 1, 300) + codes * 0.1
    weights = rng.uniform(0.2, 1.0, 300)
    mean, lo, hi = weighted_bootstrap(values, weights, codes, n_groups, n_boot=4000, rng=np.random.default_rng(0))
    ref_rng = np.random.default_rng(1)
    for g in range(n_groups):
        v, w = values[codes == g], weights[codes == g]
        assert mean[g] == pytest.approx(np.average(v, weights=w))
        stats = []
        for _ in range(4000):
            i = ref_rng.integers(0, len(v), len(v))
            stats.append(np.average(v[i], weights=w[i]))
        r_lo, r_hi = np.percentile(stats, [2.5, 97.5])
        assert lo[g] == pytest.approx(r_lo, abs=0.03) and hi[g] == pytest.approx(r_hi, abs=0.03)


def test_weighted_bootstrap_memory_blocks_give_the_same_estimates(monkeypatch):
    import polisent.aggregate as agg

    rng = np.random.default_rng(3)
    codes = rng.integers(0, 30, 3000)
    values, weights = rng.uniform(-1, 1, 3000), rng.uniform(0.1, 1, 3000)
    big = weighted_bootstrap(values, weights, codes, 31, n_boot=300, rng=np.random.default_rng(0))
    monkeypatch.setattr(agg, "_BUDGET", 500)  # forces many small blocks and boot sub-blocks
    small = weighted_bootstrap(values, weights, codes, 31, n_boot=300, rng=np.random.default_rng(0))
    np.testing.assert_allclose(big[0], small[0])
    assert np.isnan(big[0][30]) and np.isnan(small[1][30])  # an empty group
    np.testing.assert_allclose(big[1][:30], small[1][:30], atol=0.06)
    zero = weighted_bootstrap(np.array([0.5, 0.2]), np.zeros(2), np.array([0, 0]), 1, n_boot=10)
    assert np.isnan(zero[0][0]) and np.isnan(zero[1][0])  # weights sum to 0: undefined, not 0


def test_from_analyses_and_bad_arguments(simple_stages, tmp_path):
    from polisent.analyzer import Analyzer, Document
    from polisent.testing import FakeScorer

    analyzer = Analyzer(**simple_stages, scorer=FakeScorer(), progress=False)
    docs = analyzer.pipe([Document("Moscow failed badly. NATO is strong.", id="a", meta={"speaker": "Ann"}),
                          Document("Russia is weak.", id="b", meta={"speaker": "Bo"})])
    df = aggregate(list(docs), by="speaker", n_boot=50)
    assert set(zip(df["actor_id"], df["speaker"], strict=True)) == {("russia", "Ann"), ("russia", "Bo"), ("nato", "Ann")}
    assert (df[df["actor_id"] == "russia"]["stance"] < 0).all()
    with pytest.raises(ConfigError, match="'by' parameter"):
        aggregate(list(docs), by="week")
    with pytest.raises(ConfigError, match="n_boot"):
        aggregate({"assessments": pd.DataFrame()}, n_boot=-1)
    empty = aggregate({"assessments": pd.DataFrame()}, by="speaker")
    assert empty.empty and "stance_lo" in empty.columns
    for suffix in (".csv", ".jsonl", ".json", ".parquet"):
        path = export_table(df, tmp_path / f"agg{suffix}")
        assert path.stat().st_size > 0
    with pytest.raises(ConfigError, match="extension"):
        export_table(df, tmp_path / "agg.xlsx")


def test_groups_over_several_documents_resample_documents() -> None:
    # two interviews: every claim of d1 is favourable, every claim of d2 hostile. Claims of one
    # interview are not independent, so the interval must reflect 2 documents, not 40 claims.
    a = pd.DataFrame([row("d1", i, "russia", 0.9, 0.05) for i in range(20)]
                     + [row("d2", i, "russia", 0.05, 0.9) for i in range(20)]
                     + [row("d3", i, "nato", 0.6, 0.1) for i in range(3)])
    docs = pd.DataFrame({"doc_id": ["d1", "d2", "d3"], "speaker": ["Ann", "Ann", "Bo"]})
    t = {"assessments": a, "documents": docs}
    by_doc = aggregate(t, by="corpus", n_boot=400, seed=1).set_index("actor_id")
    by_claim = aggregate(t, by="corpus", n_boot=400, seed=1, resample="claims").set_index("actor_id")
    assert by_doc.loc["russia", "stance"] == pytest.approx(by_claim.loc["russia", "stance"])  # same point estimate
    assert by_doc.loc["russia", "ci_unit"] == "documents" and by_claim.loc["russia", "ci_unit"] == "claims"
    width_doc = by_doc.loc["russia", "stance_hi"] - by_doc.loc["russia", "stance_lo"]
    width_claim = by_claim.loc["russia", "stance_hi"] - by_claim.loc["russia", "stance_lo"]
    assert width_doc > 1.2 and width_claim < 0.8  # drawing d1 or d2 twice moves the mean to +-0.85
    assert by_doc.loc["nato", "ci_unit"] == "claims"  # one document: its claims are resampled
    speakers = aggregate(t, by="speaker", n_boot=50)
    assert set(zip(speakers["speaker"], speakers["ci_unit"])) == {("Ann", "documents"), ("Bo", "claims")}
    assert set(aggregate(t, by="document", n_boot=50)["ci_unit"]) == {"claims"}
    with pytest.raises(ConfigError, match="resample"):
        aggregate(t, by="corpus", resample="docs")
