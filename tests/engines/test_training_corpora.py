"""The labelled training corpora (tests/data/train/) are well formed: the checker every author's file goes through."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

VALIDATOR = Path(__file__).resolve().parents[1] / "data" / "train" / "validate.py"
spec = importlib.util.spec_from_file_location("train_validate", VALIDATOR)
assert spec is not None and spec.loader is not None
validate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(validate)


@pytest.mark.parametrize("path", validate.corpora(), ids=lambda p: p.name)
def test_a_training_corpus_is_well_formed(path: Path) -> None:
    seen: dict[str, str] = {}
    for other in validate.corpora():
        if other != path:
            validate.check_file(other, seen)
    errors, _warnings, counts = validate.check_file(path, seen)
    assert errors == []
    assert sum(counts.values()) > 100


def test_the_checker_finds_what_it_is_for(tmp_path: Path) -> None:
    rows = [
        '{"id": "x-1", "text": "卡号6222020200112233440。", "spans": [{"start": 2, "end": 21, "type": "BANK_CARD"}]}',
        '{"id": "x-1", "text": "李四 来电", "spans": [{"start": 0, "end": 3, "type": "PERSON"}]}',
        '{"id": "x-2", "text": "王五来电", "spans": [{"start": 0, "end": 2, "type": "NAME"}]}',
        '{"id": "x-3", "text": "王五来电", "spans": []}',
    ]
    bad = tmp_path / "pii_bad.jsonl"
    bad.write_text("\n".join(rows) + "\n", encoding="utf-8")
    errors, _, _ = validate.check_file(bad, {})
    assert [e.split(": ", 1)[1] for e in errors] == [
        "BANK_CARD '6222020200112233440' fails its check",
        "id x-1 twice",
        "PERSON '李四 ' starts or ends with whitespace or punctuation",
        "unknown type 'NAME'",
        "the same text as pii_bad.jsonl:3",
    ]


def test_the_checker_reads_sales_calls(tmp_path: Path) -> None:
    good = {"speaker": "agent", "text": "您好，本次通话将被录音。"}
    rows = [
        {
            "id": "t-1",
            "product_line": "motor",
            "turns": [good],
            "steps_present": ["RECORDING_NOTICE"],
            "violations": [],
        },
        {
            "id": "t-2",
            "product_line": "motor",
            "turns": [good, {"speaker": "robot", "text": "嗯"}],
            "steps_present": ["COOLING_OFF_OR_CANCELLATION"],
            "violations": ["FREE"],
        },
    ]
    calls = tmp_path / "transcripts_bad.jsonl"
    calls.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    errors, _, counts = validate.check_file(calls, {})
    assert [e.split(": ", 1)[1] for e in errors] == [
        "turns must be a non-empty list of {speaker: agent|customer, text}",
        "a motor call has no cooling-off step",
        "violations must be distinct known codes, got ['FREE']",
    ]
    assert counts["RECORDING_NOTICE"] == 1
