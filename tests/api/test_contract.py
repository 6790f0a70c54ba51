"""The API accepts exactly what its OpenAPI document says (issue 16; the fuzzer's positive and negative checks
in tests/api/test_fuzz.py, here as plain cases that fail on their own)."""

from __future__ import annotations

import pytest

from tests.api.test_bad_input import call, refused  # noqa: F401 - the fixture
from xiaobao.api.router import api
from xiaobao.complaints.api import ACTION_FIELDS, REQUIRED
from xiaobao.complaints.transitions import TRANSITIONS

TRANSITION = "/api/v1/complaints/{complaint_id}/transitions"


@pytest.fixture(scope="module")
def document():
    return api.get_openapi_schema()


def _member(document, action):
    body = document["paths"][TRANSITION]["post"]["requestBody"]["content"]["application/json"]["schema"]
    refs = [item["$ref"].rsplit("/", 1)[1] for item in body["oneOf"]]
    members = [document["components"]["schemas"][name] for name in refs]
    return next(m for m in members if m["properties"]["action"].get("const") == action)


@pytest.mark.parametrize("action", list(TRANSITIONS))
def test_the_document_states_each_actions_own_required_fields(document, action):
    member = _member(document, action)
    assert set(member["required"]) == {"action", "version", *REQUIRED.get(action, ())}
    assert set(member["properties"]) == {"action", "version", *ACTION_FIELDS[action]}
    for name in REQUIRED.get(action, ()):
        if "maxLength" in member["properties"][name]:  # a free text
            assert member["properties"][name]["minLength"] == 1, name  # and a visible character:
            assert "pattern" in member["properties"][name], name


@pytest.mark.parametrize(("body", "field"), [
    ({"version": 1}, "action"), ({"action": "fly", "version": 1}, "action"), ({"action": 3, "version": 1}, "action"),
    ({"action": "note", "version": 1, "note": " \t\n "}, "note"),  # white space only: nothing to record
    ({"action": "note", "version": 1, "note": "\u0000\u000b"}, "note"),  # control characters only: removed on input
    ({"action": "note", "version": 1, "note": "x" * 5001}, "note"),
    ({"action": "extend", "version": 1, "reason": "复杂案件", "days": 61}, "days"),
    ({"action": "decline", "version": 1, "reason": "非消费投诉", "reason_code": "other-thing"}, "reason_code"),
])
def test_a_body_outside_its_actions_schema_is_refused_naming_the_field(call, make_complaint, body, field):  # noqa: F811
    c = make_complaint()
    refused(call()("post", f"/complaints/{c.pk}/transitions", body), field)


def test_a_schema_valid_body_is_taken_and_fields_of_other_actions_are_ignored(call, make_complaint):  # noqa: F811
    c = make_complaint()
    r = call()("post", f"/complaints/{c.pk}/transitions",
               {"action": "note", "version": 1, "note": "已电话联系", "days": "not read by a note"})
    assert r.status_code == 200, r.content
    assert r.json()["version"] == 2


@pytest.mark.parametrize(("method", "url", "field"), [
    ("get", "/complaints", "received_to"), ("post", "/complaints/search", "received_to"),
    ("get", "/major/recurrence", "until"),
])
def test_a_short_date_time_is_both_documented_and_accepted(call, document, method, url, field):  # noqa: F811
    """`2025-10-01T09:30` (no seconds, no offset: Beijing time) was accepted while the document's `format:
    date-time` (RFC 3339) called it invalid; the document now states the pattern alone."""
    import re

    operation = document["paths"][f"/api/v1{url}"][method]
    if method == "get":
        schema = next(p["schema"] for p in operation["parameters"] if p["name"] == field)
    else:
        ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
        schema = document["components"]["schemas"][ref]["properties"][field]
    instant = next(s for s in schema.get("anyOf", [schema]) if s.get("type") == "string")
    assert "format" not in instant and re.search(instant["pattern"], "2025-10-01T09:30")
    assert call()(method, url, {field: "2025-10-01T09:30"}).status_code == 200
