"""Rebuild classifier.json (the marketing engine's n-gram second opinion) from the project's labelled corpora.

    pip install scikit-learn==1.9.1 && python -m xiaobao.engines.marketing.build_classifier

One L2-regularised logistic regression per violation code (one-vs-rest, liblinear, balanced class weights),
and one more for "violates at all" (any code against none), over the hashed character 1–4-grams of
classifier.features, vocabulary = the n-grams seen in at least
MIN_DF training snippets. The weights are stored quantised to integers (-127..127, one scale per code) with
the n-grams written out, so the file is small, readable, diffable and the same on every rebuild; the engine
reads it with numpy and needs no scikit-learn. C was chosen by leave-one-set-out cross-validation on the
training sets (bench/bench_marketing_classifier.py prints it).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from xiaobao.engines.marketing.classifier import (
    DEFAULT_MODEL_PATH,
    ORDERS,
    Model,
    all_ngrams,
    features,
    gram_hashes,
)
from xiaobao.engines.marketing.rules import CODES

REPO = Path(__file__).resolve().parents[4]
DATA = REPO / "tests" / "data"
TRAINING_SETS: tuple[str, ...] = (
    "marketing.jsonl",
    "marketing_regression_1.jsonl",
    "marketing_regression_2.jsonl",
    "marketing_regression_3.jsonl",
    "marketing_regression_4.jsonl",
    "marketing_regression_5.jsonl",
    "fresh/2026-12-05/marketing.jsonl",
    "fresh/2026-12-05b/marketing_published.jsonl",
    "fresh/2026-12-06/marketing_unseen.jsonl",
    # the set held out for the keep-or-drop decision (s9), trained on once the decision was made
    "fresh/2026-12-07/marketing_unseen.jsonl",
    # the blind sets that confirmed it (scored once on 8f37eac), tuned on in s10
    "fresh/2026-12-08/marketing_unseen.jsonl",
    "fresh/2026-12-08/marketing_published.jsonl",
    # the blind sets scored once on fe53c37 (their rules-only predictions from then are the LOSO before-state),
    # tuned on in s10-mkt2 and trained on from s11
    "fresh/2026-12-09/marketing_unseen.jsonl",
    "fresh/2026-12-09/marketing_published.jsonl",
    # the blind sets scored once on a266aad (2026-12-10) and 9748384 (2026-12-11), never tuned on: their LOSO
    # before-state is the rules-only predictions of 5dba8bf (today's rules, which nobody tuned on them), trained on
    # from s12
    "fresh/2026-12-10/marketing_unseen.jsonl",
    "fresh/2026-12-10/marketing_published.jsonl",
    "fresh/2026-12-11/marketing_unseen.jsonl",
    "fresh/2026-12-11/marketing_published.jsonl",
    # training corpora written blind for the classifier in s12 (tests/data/train/README.md); the rules were never
    # tuned on them, so their before-state is the rules-only predictions of the day they were added
    "train/marketing_s12a.jsonl",
    "train/marketing_s12b.jsonl",
    "train/marketing_s12c.jsonl",
    "train/marketing_s12d.jsonl",
    # the blind sets scored once on 5dba8bf (2026-12-12) and f8b2cea (2026-12-13), never tuned on, trained on from
    # s13 (their before-state: the rules of 68ca94e, which nobody tuned on them), and the training corpora written
    # blind in s13
    "fresh/2026-12-12/marketing_unseen.jsonl",
    "fresh/2026-12-12/marketing_published.jsonl",
    "fresh/2026-12-13/marketing_unseen.jsonl",
    "fresh/2026-12-13/marketing_published.jsonl",
    "train/marketing_s13ma.jsonl",
    "train/marketing_s13mb.jsonl",
    # the blind sets scored once on ae409f5 (2026-12-30), then tuned on in s15-mtune (their before-state: the rules
    # of ae409f5) and trained on from s15
    "fresh/2026-12-30/marketing_unseen.jsonl",
    "fresh/2026-12-30/marketing_published.jsonl",
)
# every training set is also a leave-one-set-out fold of bench/bench_marketing_classifier.py (with the rules'
# predictions from before they were tuned on it); the shipped model learns from all of them
SHIPPED_SETS: tuple[str, ...] = TRAINING_SETS
# inverse regularisation strength, chosen with the combination below on leave-one-set-out over TRAINING_SETS
# (grid 4, 16, 32, 64; bench/bench_marketing_classifier.py prints the choice)
C = 64.0
MIN_DF = 2
# combination with the rules, chosen by leave-one-set-out on the training sets (never on a held-out set):
# the highest micro F1 whose precision is no lower than the rules' and that flags no more compliant
# snippets than the rules on any one set. 11 folds (s10): 0.85 / 0.1, LOSO 0.855 (31 of 684 compliant flagged).
# 13 folds, with the 2026-12-09 sets (s11): the bench's grid picks 0.8 / 0.2 at 0.864 (32 of 878 flagged), and
# 0.85 / 0.1 scores 0.862 (37 flagged) — a difference within noise. Kept at 0.85 / 0.1: the LOSO before-state
# is the rules of the day each set was scored, older than today's rules, so it cannot see what a veto costs on
# today's rule hits; on the 616 family claims of test_families*.py (all found by the rules) a veto at 0.2 drops
# 26 against 16 at 0.1, and adding at 0.8 flags 8 of their 210 compliant texts against 6 at 0.85.
# 17 folds, with the 2026-12-10 and 2026-12-11 sets (s12): rules alone 0.720 (108 of 1262 compliant flagged) ->
# 0.863 at 0.85 / 0.1 (P 0.928 R 0.807, 49 flagged). 21 folds, with the s12 training corpora (s12d at 145 of its
# 400): rules alone 0.726 (179 of 2059 flagged) -> 0.886 (P 0.936 R 0.841, 79 flagged), but 23 of s12c's compliant
# snippets flagged against the rules' 20. With the "violates at all" score below (s12), grid add x veto x its
# thresholds: the best that meets the criterion is add 0.8 / veto 0.05 with gate 0.5, rescue 0.9 (min 0.3) and
# veto 0.05: 0.913 (P 0.934 R 0.892, 55 of 2059 flagged, s12c 20 = the rules'); 0.85 / 0.1 with the same score
# 0.910 (50 flagged). On the 672 family claims of test_families*.py (all found by the rules) 0.8 / 0.05 keeps 665
# against 655 at 0.85 / 0.1; both flag 3 of the 230 compliant family texts. Re-run on the final corpora (s12d at
# 400): rescue at 0.9 flags 2 compliant snippets of regression set 2 against the rules' 1 (0.916, 55 flagged), so
# rescue at 0.95, the best that meets the criterion there: 0.913 (P 0.935 R 0.892, 54 of 2246 flagged).
# 27 folds, with the 2026-12-12/13 blind sets and the s13 training corpora (s13): rules alone 0.738 (247 of 3112
# compliant flagged); these thresholds 0.928 (P 0.944 R 0.912, 56 flagged); the grid's pick by the criterion,
# C=32 with 0.9 / 0.1, 0.918 (P 0.951 R 0.888, 54 flagged). Kept: 0.01 higher at two more compliant snippets
# flagged in 3112, and the family claims of test_families*.py are tuned for these thresholds.
# 29 folds, with the 2026-12-30 blind sets (s15): thresholds kept, the grid not searched again. Training on them or
# not, on six folds left out in turn (2026-12-12/13, s13ma/mb; the shipped thresholds): 0.943 -> 0.944 (12 of the
# folds' compliant snippets flagged against 10); on 2026-12-17, which no model has trained on: 0.933 -> 0.936 and
# 0.876 -> 0.883.
# s17-mtune (not retrained): trained on 2026-12-17, 2027-01-09 and 2027-01-14 as well (6 more sets, 1160 snippets; two
# builds byte-identical), each day left out in turn scored with the other two added, F1 of the default combination,
# unseen / published: with today's rules 12-17 0.974 -> 0.969 / 0.918 -> 0.925, 01-09 0.976 -> 0.982 / 0.930 -> 0.936,
# 01-14 0.974 -> 0.977 / 0.938 -> 0.945 (compliant flagged 4 -> 3 of 590); with each day's rules from before it was
# tuned on (bench/marketing_rules_before.jsonl) 0.936 -> 0.933 / 0.883 -> 0.890, 0.947 -> 0.957 / 0.901 -> 0.900,
# 0.928 -> 0.943 / 0.900 -> 0.908. A small gain on days it was not trained on, but the shipped model so trained scored
# sets it had learnt from lower (2026-12-09 published 0.994 -> 0.982, 12-10 unseen 0.985 -> 0.982, s12a 0.995 ->
# 0.992) and moved the transcripts engine's turn additions (steps on fresh 2026-12-09 0.988 -> 0.981), while the
# transcripts rules were being tuned on this model: left for a session that can weigh both engines at once.
# s18-mtune (not retrained): the same three days added, scored on 2027-01-21 (which no model has trained on) with the
# s18 rules: unseen 0.991 -> 0.991, published 0.980 -> 0.980 (no change); sets it had learnt from lower as in s17.
# s19-mtune (not retrained): 2026-12-17, 2027-01-03, 01-09, 01-14 and 01-21 added (10 sets, 9151 snippets), scored on
# 2027-01-25, which no model has trained on (published without its 45 report texts, bench/fresh_history.toml): with the
# rules from before s19 tuned on it, unseen 0.954 -> 0.960, published 0.960 -> 1.000 (1 -> 0 compliant flagged); with
# the s19 rules 0.982 -> 0.979 and 0.960 -> 1.000 (the rules alone: 0.988 and 1.000). But sets it had learnt from drop
# by more than 0.003 (2026-12-05 0.989 -> 0.985, 12-09 published 0.994 -> 0.982; s12a 0.993 -> 0.991 with 1 -> 3
# compliant flagged), and the transcripts engine's classifier gates were tuned on this model: not shipped.
ADD_THRESHOLD = 0.8
VETO_THRESHOLD = 0.05
# the code-independent "violates at all" model (one more logistic regression, any code against none) and how
# second_opinion.py uses it (classifier.Violating): additions only where it is >= VIOLATING["gate"]; a paragraph
# left without any finding gets its most likely code where it is >= "rescue" and that code's probability
# >= "rescue_min"; every rule finding of a paragraph is dropped where it is <= "veto". Chosen by LOSO with the
# criterion above (bench/bench_marketing_classifier.py).
VIOLATING: dict[str, float] | None = {"gate": 0.5, "rescue": 0.95, "rescue_min": 0.3, "veto": 0.05}
QUANT = 127


def load_items(paths: list[Path]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for path in paths:
        items.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return items


def design_matrix(texts: list[str], min_df: int) -> tuple[list[str], Any]:
    """The vocabulary (n-grams seen in at least min_df texts, sorted) and the texts' sparse feature matrix
    over it (scipy CSR, one row per text), with the features the engine computes at run time."""
    from scipy import sparse

    df: Counter[str] = Counter(g for _, g in set(all_ngrams(texts)))
    grams = sorted(g for g, n in df.items() if n >= min_df)
    hashes = gram_hashes(grams)
    order = np.argsort(hashes, kind="stable")
    r, col, v = features(texts, hashes[order])
    x = sparse.csr_matrix((v, (r, order[col])), shape=(len(texts), len(grams)))
    x.sum_duplicates()
    return grams, x


def quantise(weights: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Weights (features × codes) as integers -QUANT..QUANT: (scale per code, integer weights, which features
    keep a non-zero weight)."""
    scale = np.abs(weights).max(axis=0) / QUANT
    scale[scale == 0] = 1.0
    q = np.rint(weights / scale).astype(int)
    return scale, q, np.abs(q).sum(axis=1) > 0


def train(items: list[dict[str, Any]], c: float = C, min_df: int = MIN_DF,
          add: float = ADD_THRESHOLD, veto: float = VETO_THRESHOLD,
          violating: dict[str, float] | None = VIOLATING) -> dict[str, Any]:
    """The model file's content trained on these labelled snippets ({"text", "violations"}): one column per
    code and, with `violating`, a last column for "violates at all"."""
    from sklearn.linear_model import LogisticRegression

    texts = [i["text"] for i in items]
    grams, x = design_matrix(texts, min_df)
    targets = [[code in i["violations"] for i in items] for code in CODES]
    if violating is not None:
        targets.append([bool(i["violations"]) for i in items])
    weights = np.zeros((len(grams), len(targets)))
    intercept = np.zeros(len(targets))
    for k, target in enumerate(targets):
        m = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", max_iter=1000, random_state=0)
        m.fit(x, np.array(target, dtype=int))
        weights[:, k] = m.coef_[0]
        intercept[k] = m.intercept_[0]
    head: dict[str, Any] = {"c": c, "min_df": min_df, "training_snippets": len(items), "add_threshold": add,
                            "veto_threshold": veto}
    if violating is not None:
        head["violating"] = violating
    return model_content(
        "marketing n-gram classifier; built by build_classifier.py, read by classifier.py", list(CODES),
        head, grams, weights, intercept,
    )


def model_content(about: str, codes: list[str], head: dict[str, Any], grams: list[str], weights: np.ndarray,
                  intercept: np.ndarray) -> dict[str, Any]:
    """A model file's content: `head` (training parameters and thresholds) and the quantised weights (one
    column per code, then any further columns the head describes)."""
    scale, q, keep = quantise(weights)
    return {
        "about": about,
        "codes": codes,
        "orders": list(ORDERS),
        **head,
        "intercept": [round(float(b), 4) for b in intercept],
        "scale": [float(f"{s:.6g}") for s in scale],
        "features": {g: q[i].tolist() for i, g in enumerate(grams) if keep[i]},
    }


def dumps(data: dict[str, Any]) -> str:
    """The model file's text: one feature per line, so a rebuild's diff reads as changed weights."""
    head = {k: v for k, v in data.items() if k != "features"}
    lines = [json.dumps(head, ensure_ascii=False)[:-1] + ', "features": {']
    feats = list(data["features"].items())
    for n, (g, w) in enumerate(feats):
        lines.append(f"{json.dumps(g, ensure_ascii=False)}: {json.dumps(w)}{',' if n < len(feats) - 1 else ''}")
    lines.append("}}")
    return "\n".join(lines) + "\n"


def build(paths: list[Path] | None = None) -> str:
    """The text of classifier.json trained on the training sets."""
    return dumps(train(load_items(paths or [DATA / p for p in SHIPPED_SETS])))


def model_of(data: dict[str, Any]) -> Model:
    """A Model straight from train()'s result (for cross-validation without writing files)."""
    from xiaobao.engines.marketing.classifier import model_from_data

    return model_from_data(data, source="<trained>")


def main() -> None:
    text = build()
    DEFAULT_MODEL_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {DEFAULT_MODEL_PATH} ({len(text.encode('utf-8')) / 1e3:.0f} kB)")


if __name__ == "__main__":
    main()
