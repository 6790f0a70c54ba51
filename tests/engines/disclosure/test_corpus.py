"""The committed labelled corpus: the engine must agree with every label."""

import json
from pathlib import Path

import pytest

from xiaobao.engines.disclosure import SECTION_CODES, check_document

CORPUS = Path(__file__).resolve().parents[2] / "data" / "disclosure"
LABELS = [json.loads(line) for line in (CORPUS / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line]


def test_corpus_is_large_enough():
    assert len(LABELS) >= 12
    assert {label["exclusions_emphasized"] for label in LABELS} == {True, False}
    for label in LABELS:
        assert (CORPUS / label["file"]).is_file()
        assert sorted(label["sections_present"] + label["sections_missing"]) == sorted(SECTION_CODES)


@pytest.mark.parametrize("label", LABELS, ids=[label["file"] for label in LABELS])
def test_document_matches_label(label):
    result = check_document(CORPUS / label["file"])
    assert result.exclusions_emphasized == label["exclusions_emphasized"]
    assert result.sections_present == label["sections_present"]
    assert result.sections_missing == label["sections_missing"]
    not_emphasised = [f for f in result.findings if f.code == "EXCLUSION_NOT_EMPHASIZED"]
    assert bool(not_emphasised) == (not label["exclusions_emphasized"])
    missing = [f.section for f in result.findings if f.code == "SECTION_MISSING"]
    assert missing == label["sections_missing"]


def test_hidden_exclusion_is_reported_with_its_text_and_location():
    result = check_document(CORPUS / "06_motor_hidden_in_coverage.docx")
    hidden = [f for f in result.findings if f.code == "EXCLUSION_NOT_EMPHASIZED"]
    coverage = [f for f in hidden if f.section == "COVERAGE"]
    assert coverage
    assert coverage[0].text == "但因驾驶人饮酒后驾驶导致的损失，保险人不负责赔偿"
    assert isinstance(coverage[0].paragraph, int)
    assert "第十七条" in coverage[0].basis
    assert "免除保险人责任" in coverage[0].explanation


def test_heading_only_bold_is_explained():
    result = check_document(CORPUS / "02_accident_heading_only_bold.docx")
    finding = next(f for f in result.findings if f.code == "EXCLUSION_NOT_EMPHASIZED")
    assert "仅将“责任免除”标题加粗" in finding.explanation
