"""Helpers for tests: tiny random Hugging Face models built locally and a fake scorer.

Nothing here downloads anything. The tiny models exercise the real loading and batching code.

>>> scorer = FakeScorer()
>>> scorer.score([ScoringTask("Moscow failed badly.", (((0, 6),),))]).sentiment.shape
(1, 3)
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path

from polisent.protocols import ScoreArrays, ScoringTask

__all__ = ["FakeScorer", "TINY_VOCAB", "answer_speakers", "build_tiny_bert"]

#: Words in the tiny models' vocabulary (plus single letters and digits so nothing is lost).
TINY_VOCAB: tuple[str, ...] = tuple(
    "the a an of to and in on is are was were be been it its he she his her they their we our "
    "i you that this which who not no but if unless while may might could likely perhaps think "
    "said says will would should can russia moscow kremlin ukraine kyiv china beijing nato west "
    "western united states washington president minister biden putin zelensky xi macron europe eu "
    "war peace talks sanctions invade invades invasion support supports oppose against favor good bad "
    "strong weak failed success crisis deal threat . , ; : ? ! ' \" ( ) - speaker supports".split()
)

_POS = {"good", "success", "strong", "support", "supports", "peace", "deal", "praised", "wise", "favor"}
_NEG = {"bad", "failed", "weak", "threat", "war", "invade", "invades", "invasion", "against", "oppose", "crisis"}


def build_tiny_bert(
    path: str | Path,
    *,
    num_labels: int | None = None,
    id2label: dict[int, str] | None = None,
    hidden_size: int = 16,
    num_layers: int = 2,
    max_position_embeddings: int = 128,
    seed: int = 0,
) -> Path:
    """Save a tiny random BERT (and its fast WordPiece tokenizer) to ``path``; return the path.

    With ``num_labels`` (or ``id2label``) the model is a ``BertForSequenceClassification``,
    otherwise a plain ``BertModel``. Needs torch and transformers.
    """
    import torch
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import BertConfig, BertForSequenceClassification, BertModel, PreTrainedTokenizerFast

    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    letters = [chr(c) for c in range(ord("a"), ord("z") + 1)] + [str(d) for d in range(10)]
    pieces = ["##" + c for c in letters]
    vocab_list = list(dict.fromkeys(specials + list(TINY_VOCAB) + letters + pieces))
    vocab = {tok: i for i, tok in enumerate(vocab_list)}
    tok = Tokenizer(models.WordPiece(vocab=vocab, unk_token="[UNK]", max_input_chars_per_word=100))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])],
    )
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]",
        sep_token="[SEP]", mask_token="[MASK]", model_max_length=max_position_embeddings,
    )
    fast.save_pretrained(path)
    if id2label is None and num_labels is not None:
        id2label = {i: f"LABEL_{i}" for i in range(num_labels)}
    config = BertConfig(
        vocab_size=len(vocab), hidden_size=hidden_size, num_hidden_layers=num_layers,
        num_attention_heads=2, intermediate_size=hidden_size * 2,
        max_position_embeddings=max_position_embeddings,
        **({"id2label": id2label, "label2id": {v: k for k, v in id2label.items()}} if id2label else {}),
    )
    torch.manual_seed(seed)
    model = BertForSequenceClassification(config) if id2label else BertModel(config)
    model.eval()
    model.save_pretrained(path, safe_serialization=True)
    return path


class FakeScorer:
    """Deterministic lexical scorer for tests and demos; not a model.

    Counts a few positive and negative words in the claim; stance follows sentiment. It lets
    the analyzer, corpus and report code be tested without torch.
    """

    name = "fake-lexical"

    def __init__(self) -> None:
        self.calls = 0
        self.device = "cpu"

    def models(self) -> dict[str, str]:
        return {"sentiment": self.name, "stance": self.name}

    def load(self) -> FakeScorer:
        return self

    def to(self, device: str) -> FakeScorer:
        self.device = device
        return self

    def score(self, tasks: Sequence[ScoringTask], *, progress: bool = False) -> ScoreArrays:
        import numpy as np

        n = sum(t.n_targets for t in tasks)
        if n == 0:
            return ScoreArrays(np.zeros((0, 3), np.float32), np.zeros((0, 3), np.float32))
        self.calls += 1
        rows = []
        for task in tasks:
            words = re.findall(r"[a-z]+", task.text.lower())
            pos = sum(w in _POS for w in words)
            neg = sum(w in _NEG for w in words)
            for spans in task.targets:
                h = int(hashlib.md5(f"{task.text}{spans}".encode()).hexdigest()[:4], 16) / 65535
                logits = np.array([neg, 0.5 + 0.1 * h, pos], dtype=np.float64)
                p = np.exp(logits - logits.max())
                rows.append(p / p.sum())
        arr = np.asarray(rows, dtype=np.float32)
        return ScoreArrays(sentiment=arr, stance=arr.copy())


def answer_speakers(text: str) -> set[tuple[str | None, str]]:
    r"""The (speaker, role) pairs of the rule segmenter's answer claims (author, interviewee or unknown), the shape the
    structure tests compare.

    >>> answer_speakers("By Ana Ruiz\n\nThe border closed. The talks failed, and I think they will not resume soon.\n")
    {('Ana Ruiz', 'author')}
    """
    from polisent.records import SpeakerRole
    from polisent.segment import RuleSegmenter

    kinds = (SpeakerRole.AUTHOR, SpeakerRole.INTERVIEWEE, SpeakerRole.UNKNOWN)
    return {(c.speaker, c.role.value) for c in RuleSegmenter().segment(text).claims if not c.is_question and c.role in kinds}
