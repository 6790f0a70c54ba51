"""Rules the fuzzing reached once it took the demo's objects (issue 16, tests/api/test_fuzz.py): each one stated in
the OpenAPI document and enforced as stated, or answered as what it is — an unknown reference 404, a clash with the
object's state 409 — so that a request the document calls valid is never a 422."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime

import pytest

from tests.api.test_bad_input import call, refused  # noqa: F401 - the fixture
from tests.complaints.test_api import BODY
from xiaobao.api.router import api
from xiaobao.core.schema import PHONE_OR_NONE, visible_at_least
from xiaobao.major import rectification
from xiaobao.org import services as org_services


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
    schema = document["components"]["schemas"]["UnmaskCaseFieldIn"]["properties"]["reason"]
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


def test_returning_evidence_states_its_reason(call, make_complaint, cast, document):  # noqa: F811
    members = _members(document, "/rectifications/{task_id}/verify")
    assert "note" in members["VerifyReturnIn"]["required"] and "note" not in members["VerifyAcceptIn"]["required"]
    task = rectification.open_task(subject=make_complaint(), institution=cast.sub_a, title="完善回访",
                                   owner=cast.handler_a, due_on=date(2030, 1, 1), by=cast.officer, source="major")
    rectification.submit_evidence(task_id=task.pk, by=cast.handler_a, note="已整改",
                                  upload=("签到表.txt", io.BytesIO("培训签到\n".encode()), None))
    refused(call()("post", f"/rectifications/{task.pk}/verify", {"accepted": False, "note": " "}), "note")
    assert call()("post", f"/rectifications/{task.pk}/verify", {"accepted": False, "note": "缺少签到表"}).status_code == 200


def _evidence(client, cast, task, **data):
    token = org_services.token_create(user=cast.handler_a)
    return client.post(f"/api/v1/rectifications/{task.pk}/evidence", {"note": "已整改", **data},
                       HTTP_AUTHORIZATION=f"Bearer {token}")


def test_evidence_a_task_cannot_take_is_a_clash_with_the_task(client, cast, make_complaint):
    """What a task takes depends on what it is about (the schema cannot say which task a path names): a task on a
    complaint without its evidence, or another module's task given a file, is a 409; an attachment the case does
    not have is a 404 on attachment_id."""
    on_case = rectification.open_task(subject=make_complaint(), institution=cast.sub_a, title="完善回访",
                                      owner=cast.handler_a, due_on=date(2030, 1, 1), by=cast.officer, source="major")
    refused(_evidence(client, cast, on_case), "file", status=409)
    refused(_evidence(client, cast, on_case, attachment_id=2**40), "attachment_id", status=404)
    elsewhere = rectification.open_task(subject=cast.outlet_a, institution=cast.sub_a, title="补正双录资料",
                                        owner=cast.handler_a, due_on=date(2030, 1, 1), by=cast.officer,
                                        source="partners")
    refused(_evidence(client, cast, elsewhere, file=io.BytesIO(b"x")), "file", status=409)
    assert _evidence(client, cast, elsewhere).status_code == 200


def test_a_row_text_to_unmask_states_its_item(call, make_complaint, document):  # noqa: F811
    members = _members(document, "/complaints/{complaint_id}/unmask")
    assert "item" in members["UnmaskRowTextIn"]["required"]
    assert "item" not in members["UnmaskCaseFieldIn"]["required"]
    c = make_complaint()
    refused(call()("post", f"/complaints/{c.pk}/unmask", {"field": "event_reason", "reason": "核实内容"}), "item")
    refused(call()("post", f"/complaints/{c.pk}/unmask", {"field": "unknown", "reason": "核实内容"}), "field")


def test_a_signal_without_a_note_on_file_is_a_409(call, make_complaint):  # noqa: F811
    c = make_complaint()
    url = f"/complaints/{c.pk}/grading/signals"
    refused(call()("post", url, {"media_exposure": True, "extreme_threat": False}), "note", status=409)
    assert call()("post", url, {"media_exposure": True, "extreme_threat": False, "note": "微博转发"}).status_code == 200
    assert call()("post", url, {"media_exposure": False, "extreme_threat": True}).status_code == 200  # note kept


QUESTION = {"kind": "single", "text": "投诉处理时限是多少天？", "options": ["10天", "15天", "30天"], "answer": [1]}


@pytest.mark.parametrize(("body", "field"), [
    ({"options": ["10天"]}, "options"),  # a choice question has 2 to 8 options
    ({"options": ["10天", " ", "30天"]}, "options.1"),  # a blank option was dropped, moving the answers after it
    ({"answer": [3]}, "answer.0"),  # the answer names one of the options
    ({"answer": [0, 1]}, "answer"),  # a single choice has one
    ({"answer": [True]}, "answer.0"),
    ({"kind": "multiple", "answer": [1, 1]}, "answer"),  # each once: [1, 1] was one answer, refused as too few
    ({"kind": "multiple", "answer": [1]}, "answer"),
    ({"kind": "true_false", "answer": [2]}, "answer.0"),
    ({"kind": "short"}, "reference"),
    ({"difficulty": True}, "difficulty"),
])
def test_a_question_states_its_options_and_answers(call, document, body, field):  # noqa: F811
    multiple = _members(document, "/training/questions")["QuestionMultiple3In"]["properties"]
    assert multiple["answer"]["uniqueItems"] and multiple["answer"]["items"]["maximum"] == 2
    assert multiple["options"]["minItems"] == multiple["options"]["maxItems"] == 3
    refused(call()("post", "/training/questions", {**QUESTION, **body}), field)


@pytest.mark.parametrize("body", [
    {}, {"kind": "multiple", "answer": [2, 0]}, {"kind": "true_false", "options": [], "answer": [1]},
    {"kind": "short", "options": [], "answer": [], "reference": "15天"},
    {"options": [f"选项{n}" for n in range(8)], "answer": [7]},
])
def test_a_question_the_document_calls_valid_is_saved(call, body):  # noqa: F811
    assert call()("post", "/training/questions", {**QUESTION, **body}).status_code == 201
