"""datasets and pandas in, result tables out (built on Analyzer.pipe, with the fake scorer)."""

from __future__ import annotations

import datetime as dt

import pytest

from polisent import Analyzer
from polisent.errors import ConfigError
from polisent.integrations import analyze_dataframe, analyze_dataset
from polisent.testing import FakeScorer

TEXTS = [
    "Moscow failed badly. NATO is strong.",
    "",
    "Nothing about anyone here.",
    "Kyiv made a good deal with Moscow.",
]


class CountingScorer(FakeScorer):
    """Records the number of tasks of each call."""

    def __init__(self) -> None:
        super().__init__()
        self.sizes: list[int] = []

    def score(self, tasks, *, progress=False):  # type: ignore[no-untyped-def]
        self.sizes.append(len(tasks))
        return super().score(tasks, progress=progress)


def _analyzer(scorer: FakeScorer | None = None) -> Analyzer:
    return Analyzer(scorer=scorer or FakeScorer(), progress=False)


def test_analyze_dataset_assessments_match_direct_analysis() -> None:
    datasets = pytest.importorskip("datasets")
    ds = datasets.Dataset.from_dict({
        "text": TEXTS, "doc": ["a", "b", "c", "d"], "who": ["X", "Y", "Z", "W"],
        "when": ["2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04"],
    })
    out = analyze_dataset(ds, _analyzer(), text_column="text", id_column="doc", speaker_column="who", date_column="when")
    assert isinstance(out, datasets.Dataset)
    analyzer = _analyzer()
    expected = [(i, a.actor_id, a.sentiment.value) for i, t in enumerate(TEXTS) for a in analyzer(t).assessments]
    got = list(zip(out["row"], out["actor_id"], out["sentiment_value"]))
    assert [(r, a) for r, a, _ in got] == [(r, a) for r, a, _ in expected]
    assert [v for *_, v in got] == pytest.approx([v for *_, v in expected])
    assert set(out["doc_id"]) == {"a", "d"}
    assert list(out["date"])[0] == "2024-01-01"


def test_analyze_dataset_tables_and_chunking() -> None:
    datasets = pytest.importorskip("datasets")
    texts = [f"Moscow failed {i} times. NATO is strong." for i in range(25)]
    ds = datasets.Dataset.from_dict({"text": texts})
    scorer = CountingScorer()
    docs = analyze_dataset(ds, _analyzer(scorer), table="documents", batch_size=10)
    assert list(docs["row"]) == list(range(25))
    assert scorer.sizes == [20, 20, 10]  # one scorer call per chunk of 10 documents (2 claims each)
    assert all(n == 2 for n in docs["n_claims"])
    claims = analyze_dataset(ds, _analyzer(), table="claims")
    assert len(claims) == 50 and set(claims["row"]) == set(range(25))
    empty = analyze_dataset(datasets.Dataset.from_dict({"text": ["No actors at all."]}), _analyzer())
    assert len(empty) == 0


def test_analyze_dataframe_round_trip() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"body": TEXTS, "id": [1, 2, None, 4],
                       "date": [dt.date(2024, 1, d) for d in range(1, 5)]}, index=[10, 11, 12, 13])
    out = analyze_dataframe(df, _analyzer(), text_column="body", id_column="id", date_column="date", table="assessments")
    assert isinstance(out, pd.DataFrame)
    assert out["row"].tolist() == [0, 0, 3, 3]
    assert out["doc_id"].tolist() == ["1.0", "1.0", "4.0", "4.0"]
    assert out["date"].iloc[0] == "2024-01-01"
    joined = out.merge(df.reset_index(drop=True), left_on="row", right_index=True)
    assert (joined["body"] == [TEXTS[0], TEXTS[0], TEXTS[3], TEXTS[3]]).all()
    for col in ("p_sentiment_negative", "p_stance_favor", "actor_id", "claim"):
        assert col in out.columns


def test_bad_arguments_are_clear() -> None:
    pd = pytest.importorskip("pandas")
    datasets = pytest.importorskip("datasets")
    df = pd.DataFrame({"text": ["x"]})
    with pytest.raises(ConfigError, match="Available columns: 'text'"):
        analyze_dataframe(df, _analyzer(), text_column="body")
    with pytest.raises(ConfigError, match="'table'"):
        analyze_dataframe(df, _analyzer(), table="rows")
    with pytest.raises(ConfigError, match="datasets.Dataset"):
        analyze_dataset(df, _analyzer())  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="id_column"):
        analyze_dataset(datasets.Dataset.from_dict({"text": ["x"]}), _analyzer(), id_column="id")
