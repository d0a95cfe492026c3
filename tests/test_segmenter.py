"""The segmenter's faster inner loops give exactly jieba's tokens."""

import json
from pathlib import Path

import jieba
from hypothesis import given, settings
from hypothesis import strategies as st

from handlers.parsing.segmenter import Segmenter
from tests.conftest import SHARED
from tests.parsing_fixtures import shared_parser


def _reference() -> jieba.Tokenizer:
    """Plain jieba with the same dictionary as the parser's segmenter."""
    ours = shared_parser().segmenter._tokenizer
    plain = jieba.Tokenizer()
    plain.FREQ, plain.total, plain.initialized = ours.FREQ, ours.total, True
    return plain


def _texts() -> list[str]:
    probe = Path(__file__).parent / "data" / "probe.jsonl"
    texts = [json.loads(line)["text"] for line in probe.read_text(encoding="utf-8").splitlines() if line.strip()]
    dev = SHARED / "eval" / "dev.jsonl"
    if dev.exists():
        texts += [json.loads(line)["text"] for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def test_same_tokens_as_jieba_on_real_messages() -> None:
    plain, ours = _reference(), shared_parser().segmenter
    texts = _texts()
    assert len(texts) >= 60
    for text in texts:
        assert ours.tokens(text) == plain.lcut(text, HMM=False)


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF) | st.sampled_from("楼道堆物号1，。"),
        max_size=60,
    )
)
def test_same_tokens_as_jieba_on_any_chinese(text: str) -> None:
    assert shared_parser().segmenter.tokens(text) == _reference().lcut(text, HMM=False)


def test_the_plain_tokenizer_cuts_as_jiebas_default_and_is_its_own() -> None:
    """jieba's keyword extraction cuts with it (xiuhua corrections suggest): as jieba's own default would, with
    HMM, and without xiuhua's words; a word added to it reaches neither the segmenter nor the next plain one."""
    segmenter = shared_parser().segmenter
    default = jieba.Tokenizer()
    plain = segmenter.plain()
    texts = _texts()
    for text in texts:
        assert plain.lcut(text) == default.lcut(text)
    assert plain.lcut("楼道堆物") != segmenter.tokens("楼道堆物")  # xiuhua's own word is not jieba's
    before = segmenter.tokens("天一小区楼道")
    plain.add_word("区楼道")
    assert segmenter.tokens("天一小区楼道") == before
    assert "区楼道" not in segmenter.plain().FREQ


def test_words_added_move_no_cut_far_from_them() -> None:
    """A street's configured names, or a word a later rule adds, change only the cuts of text holding them:
    jieba's total frequency would otherwise grow with each, and near-ties elsewhere flip (车/开进 → 车开进)."""
    words = ["楼道堆物", "没修好", "草坪"]
    added = [f"{a}{b}苑" for a in "甲乙丙丁戊己庚辛壬癸" for b in "东南西北"]  # 40 names of a street's estates
    before, after = Segmenter(words), Segmenter(words + added)
    texts = [*_texts(), "有人把车开进小区草坪上停着，压坏一大片，请物业处理"]
    for text in texts:
        assert after.tokens(text) == before.tokens(text)
    assert after.tokens("甲东苑楼道堆物") == ["甲东苑", "楼道堆物"] != before.tokens("甲东苑楼道堆物")
