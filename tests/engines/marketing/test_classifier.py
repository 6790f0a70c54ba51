"""The n-gram classifier (the marketing engine's second opinion): features, the model file, its rebuild."""

import subprocess
import sys

import numpy as np
import pytest

from xiaobao.engines.marketing.classifier import (
    DEFAULT_MODEL_PATH,
    ORDERS,
    default_model,
    features,
    gram_hashes,
    ngram_hashes,
    normalise,
)


def test_normalise_folds_width_case_and_digits_and_keeps_length():
    assert normalise("保证年化５．５%，ＡＢc") == "保证年化0.0%,abc"
    assert normalise("保证年化3.5%") == normalise("保证年化8.0%")
    text = "稳赚不赔，年化１２%"
    assert len(normalise(text)) == len(text)


def test_gram_hashes_agree_with_the_text_scan():
    cps = np.frombuffer("保本保息".encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    scanned = {n: h for n, (h, _) in zip(ORDERS, ngram_hashes(cps), strict=True)}
    assert gram_hashes(["保", "本保", "保本保", "保本保息"]).tolist() == [
        scanned[1][0], scanned[2][1], scanned[3][0], scanned[4][0]
    ]


def test_ngrams_never_cross_from_one_snippet_into_the_next():
    vocab = np.sort(gram_hashes(["本保"]))
    rows, _, _ = features(["保本", "保息"], vocab)  # "本保" only across the boundary
    assert rows.tolist() == []
    rows, _, _ = features(["保本保息"], vocab)
    assert rows.tolist() == [0]


def test_a_batch_scores_each_snippet_as_alone():
    model = default_model()
    texts = ["本产品保本保息，稳赚不赔", "等待期为90天，具体以合同为准", "今晚十二点后停售，赶紧下单"]
    together = model.probabilities(texts)
    alone = np.vstack([model.probabilities([t]) for t in texts])
    assert np.allclose(together, alone)


def test_the_model_reads_claims_it_was_never_shown_word_for_word():
    model = default_model()
    probs = dict(zip(model.codes, model.probabilities(["存够十年，本金一分不少还能多拿利息"])[0], strict=True))
    assert probs["GUARANTEED_RETURN"] > 0.5
    assert max(model.probabilities(["本产品等待期为30天，等待期内出险不予赔付"])[0]) < 0.5


def test_the_runtime_needs_neither_scikit_learn_nor_scipy():
    code = (
        "import sys; sys.modules['sklearn'] = None; sys.modules['scipy'] = None\n"
        "from xiaobao.engines.marketing.classifier import default_model\n"
        "print(default_model().probabilities(['稳赚不赔']).shape)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "(1, 8)"


def test_rebuilding_the_model_gives_the_same_file():
    pytest.importorskip("sklearn")
    from xiaobao.engines.marketing.build_classifier import build

    assert build() == DEFAULT_MODEL_PATH.read_text(encoding="utf-8")
