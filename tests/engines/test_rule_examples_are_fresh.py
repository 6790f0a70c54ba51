"""Rule files hold patterns and short phrases; their examples are written fresh, never copied from a corpus.

An example that is a corpus record (or a sentence or clause of one) would make every score on that corpus an
in-sample number. Corpora: every labelled record under tests/data and ../shared/datasets (text fields and
transcript turns).
"""

import json
import re
import tomllib
from pathlib import Path

import pytest

from xiaobao.engines.marketing.rules import DEFAULT_RULES_PATH

REPO = Path(__file__).resolve().parents[2]
SHARED = next((p for p in (REPO.parent / "shared", REPO.parents[1] / "shared") if (p / "datasets").is_dir()), None)
_CLAUSE = re.compile(r"[。！？!?；;，,\n]+")
LONG = 12  # an example this long must not occur inside any corpus text either


def _corpus_texts() -> list[str]:
    files = sorted((REPO / "tests" / "data").rglob("*.jsonl"))
    if SHARED is not None:
        files += sorted((SHARED / "datasets").rglob("*.jsonl"))
    texts = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            if isinstance(record.get("text"), str):
                texts.append(record["text"])
            texts.extend(t["text"] for t in record.get("turns", ()) if isinstance(t.get("text"), str))
    return texts


def _rule_examples() -> list[tuple[str, str]]:
    data = tomllib.loads(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    return [
        (rule["id"], example)
        for rule in data["rules"]
        for key in ("examples_violation", "examples_compliant")
        for example in rule.get(key, ())
    ]


def _pieces(text: str) -> set[str]:
    """The text, its clauses, and every run of consecutive clauses (so a sentence inside a record counts)."""
    clauses = [c.strip() for c in _CLAUSE.split(text) if c.strip()]
    out = {text.strip()}
    for i in range(len(clauses)):
        for j in range(i + 1, len(clauses) + 1):
            out.add("，".join(clauses[i:j]))
    return out


def _normalise(text: str) -> str:
    return "，".join(c.strip() for c in _CLAUSE.split(text) if c.strip())


@pytest.fixture(scope="module")
def corpus() -> tuple[set[str], list[str]]:
    texts = _corpus_texts()
    return {p for t in texts for p in _pieces(t)}, texts


def test_corpora_are_found():
    assert len(_corpus_texts()) > 500


def test_no_rule_example_is_a_corpus_text(corpus):
    pieces, texts = corpus
    copied = []
    for rule_id, example in _rule_examples():
        norm = _normalise(example)
        if norm in pieces or (len(example) >= LONG and any(example in t for t in texts)):
            copied.append(f"{rule_id}: {example}")
    assert copied == [], "rule-file examples copied from a corpus (write fresh ones):\n" + "\n".join(copied)


def test_the_check_catches_a_copied_example(corpus):
    pieces, texts = corpus
    record = next(t for t in texts if len(_CLAUSE.split(t)) > 2)
    clause = _normalise(record).split("，")[1]
    assert _normalise(record) in pieces
    assert clause in pieces
