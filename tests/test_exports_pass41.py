"""The claim as a reader sees it is exported beside the exact slice (forty-first pass)."""

from __future__ import annotations

import json

from polisent.analyzer import Analyzer

_VTT = ("WEBVTT - An episode\n\n0:00:00.040 --> 0:00:02.920\n<v Speaker 1>Hey, everybody. The episode you're about to\n\n"
        "0:00:02.920 --> 0:00:06.200\n<v Speaker 1>hear was recorded late last night in Yerevan.\n")


def test_claims_carry_their_plain_text_in_the_json_and_the_claims_table() -> None:
    a = Analyzer(scorer="none", progress=False)(_VTT)
    d = json.loads(json.dumps(a.to_dict()))
    run_on = next(c for c in d["claims"] if "recorded" in c["text"])
    assert "-->" in run_on["text"] and "<v Speaker 1>" in run_on["text"]  # the exact slice, offsets intact
    assert run_on["text"] == _VTT[run_on["start"]:run_on["end"]]
    assert run_on["plain_text"] == "The episode you're about to hear was recorded late last night in Yerevan."
    rows = a.to_records("claims")
    assert [r["plain_text"] for r in rows] == [c["plain_text"] for c in d["claims"]]
