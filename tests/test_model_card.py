"""The model card is rendered from the artifact's records: the shipped (v3) card, and the v2 card of a
refit record (``tests/fixtures/model_v2``: the records of the previous default, polisent-targeted-minilm-v2)."""

from __future__ import annotations

import json
from pathlib import Path

from polisent.training.card import render_model_card

DEFAULT = Path(__file__).resolve().parents[1] / "polisent" / "models" / "default"
V2 = Path(__file__).resolve().parent / "fixtures" / "model_v2"


def test_card_renders_the_stance_refit_from_the_record() -> None:
    config = json.loads((V2 / "config.json").read_text(encoding="utf-8"))
    record = json.loads((V2 / "training_record.json").read_text(encoding="utf-8"))
    refit = record["stance_refit"]
    card = render_model_card(config, record)
    assert card.startswith(f"# {config['name']}")
    assert "## Stance head refit" in card and "weak **favor**/**against**" in card
    t = refit["calibration"]["stance"]["temperature"]
    assert f"| stance (refit head) | {refit['calibration']['stance']['n']} | {t:.3f} |" in card
    assert f"{100 * refit['dev_after']['val']['f_avg']:.1f}" in card
    gold = {"gold": {"n": 3}, "created": "now", "summary": {"m": {
        "stance_macro_f1": 0.5, "stance_accuracy": 0.6, "stance_f1_per_class": {"against": 0.1, "none": 0.2, "favor": 0.3},
        "stance_predicted": {"against": 1, "none": 1, "favor": 1}, "sentiment_macro_f1": 0.4}}}
    assert "| `m` | 50.0 | 60.0 | 10.0 / 20.0 / 30.0 | 1 / 1 / 1 | 40.0 |" in render_model_card(config, record, gold=gold)
    # without a refit the card keeps the original explanation of "none"
    plain = {k: v for k, v in record.items() if k != "stance_refit"}
    card = render_model_card(config, plain)
    assert "## Stance head refit" not in card and 'What stance "none" means' in card


def test_shipped_cards_are_current() -> None:
    from polisent.training.card_heads import render_heads_card

    for d in (DEFAULT, DEFAULT.parent / "accurate"):
        if not (d / "config.json").is_file():
            continue
        config = json.loads((d / "config.json").read_text(encoding="utf-8"))
        record = json.loads((d / "training_record.json").read_text(encoding="utf-8"))
        card = (d / "MODEL_CARD.md").read_text(encoding="utf-8")
        assert card.startswith(f"# Model card: {config['name']}\n")
        t = config["temperatures"]
        if (config.get("metrics") or {}).get("recalibration"):  # the shipped numbers are the refitted ones
            assert f"| stance | {t['stance']:.3f} |" in card.split("## Recalibration")[1]
        else:
            assert f"| stance | rate-matched biases + temperature | {t['stance']:.3f} |" in card
        # everything but the evaluation section is what the records render today
        head = render_heads_card(config, record).split("\n## Limitations")[0]
        assert card.startswith(head)
