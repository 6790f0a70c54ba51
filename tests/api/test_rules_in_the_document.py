"""Rules the fuzzing reached once it took the demo's objects (issue 16, tests/api/test_fuzz.py): each one stated in
the OpenAPI document and enforced as stated, or answered as what it is — an unknown reference 404, a clash with the
object's state 409 — so that a request the document calls valid is never a 422."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from tests.api.test_bad_input import call, refused  # noqa: F401 - the fixture
from tests.complaints.test_api import BODY
from xiaobao.api.router import api
from xiaobao.core.schema import PHONE_OR_NONE, visible_at_least


@pytest.fixture(scope="module")
def document():
    return api.get_openapi_schema()


def _members(document, path, method="post"):
    """The members of an operation's oneOf body (nested oneOfs flattened), by title."""
    def walk(schema):
        if "$ref" in schema:
            yield document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
        for item in schema.get("oneOf", []):
            yield from walk(item)
    body = document["paths"][f"/api/v1{path}"][method]["requestBody"]["content"]["application/json"]["schema"]
    return {member["title"]: member for member in walk(body)}


def test_every_operation_that_changes_something_documents_409(document):
    """Handing in an attempt already handed in answers 409; the operation has no body, and only operations with one
    documented 409."""
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method != "get":
                assert "409" in operation["responses"], (method, path)


def test_a_date_time_without_an_offset_is_beijing_time(call):  # noqa: F811
    """The document reads `2025-09-26T10:00` as Beijing time; intake refused it for lacking a time zone."""
    r = call()("post", "/complaints", {**BODY, "received_at": "2025-09-26T10:00"})
    assert r.status_code == 201, r.content
    assert datetime.fromisoformat(r.json()["received_at"]) == datetime(2025, 9, 26, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(("reason", "valid"), [
    ("核实身份", True), ("a b c d", True), ("ab\u0000cd", True), ("ab c", False), ("  \u3000核实 ", False),
])
def test_a_reason_is_taken_exactly_when_its_pattern_says_so(call, make_complaint, document, reason, valid):  # noqa: F811
    schema = document["components"]["schemas"]["UnmaskIn"]["properties"]["reason"]
    assert bool(re.search(schema["pattern"], reason)) is valid and schema["pattern"] == visible_at_least(4)
    r = call()("post", f"/complaints/{make_complaint().pk}/unmask", {"field": "phone", "reason": reason})
    if valid:
        assert r.status_code == 200, r.content
    else:
        refused(r, "reason")


def test_a_sampling_plan_states_the_threshold_its_condition_needs(call, document):  # noqa: F811
    members = _members(document, "/inspection/plans")
    assert "threshold" in members["InspectionPlanAgeAtLeastIn"]["required"]
    assert members["InspectionPlanAgeAtLeastIn"]["properties"]["threshold"]["maximum"] == 120
    assert "threshold" not in members["InspectionPlanAllIn"]["required"]
    body = {"name": "高龄客户", "condition": "age_at_least", "rate_percent": "20", "seed": "s1"}
    refused(call()("post", "/inspection/plans", body), "threshold")
    refused(call()("post", "/inspection/plans", {**body, "threshold": 121}), "threshold")
    assert call()("post", "/inspection/plans", {**body, "threshold": 60}).status_code == 201
    assert call()("post", "/inspection/plans", {**body, "name": "全检", "condition": "all"}).status_code == 201


def test_review_and_inspection_actions_state_what_each_requires(document):
    reviews = _members(document, "/reviews/{review_id}/actions")
    assert "note" not in reviews["ReviewConcludePassIn"]["required"]
    assert {"conclusion", "note"} <= set(reviews["ReviewConcludeRejectIn"]["required"])
    assert "reason" in reviews["ReviewWithdrawIn"]["required"]
    inspection = _members(document, "/inspection/inspections/{inspection_id}/actions")
    assert {"conclusion", "score", "note"} <= set(inspection["InspectionConcludeFailIn"]["required"])
    assert {"measure", "finding"} <= set(inspection["InspectionProposeAccountabilityIn"]["required"])
    decision = _members(document, "/inspection/findings/{finding_id}/decision")
    assert "reason" in decision["InspectionOverrideIn"]["required"]


@pytest.mark.parametrize(("body", "status", "field"), [
    ({"measure": "fine"}, 422, "amount"),  # a fine needs its amount
    ({"measure": "warning", "amount": "100.00"}, 422, "amount"),  # no other measure takes one
    ({"measure": "warning", "responsible_user": "nobody-here"}, 404, "responsible_user"),
    ({"measure": "warning", "responsible_institution": "999999"}, 404, "responsible_institution"),
])
def test_an_accountability_proposal_is_refused_as_the_document_says(call, make_complaint, body, status, field):  # noqa: F811
    c = make_complaint()
    refused(call()("post", f"/complaints/{c.pk}/accountability", {"finding": "未按时回复", **body}), field,
            status=status)


def test_a_rectification_owner_nobody_is_a_404(call, make_complaint):  # noqa: F811
    c = make_complaint()
    body = {"title": "完善回访", "owner": "nobody-here", "due_on": "2030-01-01"}
    refused(call()("post", f"/complaints/{c.pk}/rectifications", body), "owner", status=404)


def test_a_sale_at_an_unknown_institution_is_a_404_listing_every_error(call):  # noqa: F811
    body = {"institution": "999999", "policy_number": "PAPI-9", "product_name": "意外险", "product_line": "accident",
            "channel": "internet", "sold_at": "2025-05-01T10:00:00+08:00", "agent_name": "线上",
            "agent_number": "WEB", "policyholder_name": "张建国", "contract_start": "2025-05-02",
            "contract_end": "2025-05-01"}
    error = refused(call()("post", "/traceability/sales", body), "institution", status=404)
    assert {e["field"] for e in error["data"]["errors"]} == {"institution", "contract_end"}


def test_an_evidence_download_documents_the_types_it_answers(document):
    content = document["paths"]["/api/v1/traceability/items/{item_id}/download"]["post"]["responses"]["200"]["content"]
    assert {"audio/x-wav", "application/zip", "video/mp4", "text/plain"} <= set(content)
    assert "application/json" not in content


@pytest.mark.parametrize(("phone", "valid"), [
    ("", True), ("  ", True), ("+86 138-0013-8000", True), ("0991 1234567", True), ("123456", False),
    ("1" * 16, False), ("电话", False),
])
def test_a_phone_pattern_spells_the_services_rule(phone, valid):
    assert bool(re.search(PHONE_OR_NONE, phone)) is valid
