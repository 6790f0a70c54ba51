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


# Decimals, whole numbers and required texts: the server takes a value exactly when the document calls it valid.
PYDANTIC_ONLY = {"ge", "gt", "le", "lt", "max_digits", "decimal_places"}


def _keys(value):
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _keys(item)
    elif isinstance(value, list):
        for item in value:
            yield from _keys(item)


def test_the_document_states_bounds_in_json_schema_only(document):
    """pydantic's own keywords (`max_digits`, `ge`…) in a schema are ignored by every client: the bounds of the
    amounts were invisible, so a schema-valid 1e20 was refused."""
    assert PYDANTIC_ONLY & set(_keys(document["components"])) == set()
    assert PYDANTIC_ONLY & set(_keys(document["paths"])) == set()


def _field_validator(document, component, field):
    import jsonschema_rs

    schema = {"$ref": f"#/components/schemas/{component}/properties/{field}", "components": document["components"]}
    return jsonschema_rs.Draft202012Validator(schema)


def _agrees(document, component, field, values, send):
    """For each value: accepted (2xx) exactly when the document's schema of the field says it is valid."""
    validator = _field_validator(document, component, field)
    for value in values:
        response = send(value)
        assert response.status_code < 500, (value, response.content)
        assert (response.status_code < 300) == validator.is_valid(value), (value, response.content)


AMOUNTS = ["0", "0.00", "8000", "8000.5", "8000.55", "999999999999.99", 0, 12.5, 0.07, 999999999999.99, 8000,
           "1000000000000", 1e12, "8000.555", 0.001, "-1", -0.01, "1e3", " 5", "5 ", "007", ".5", "5.", "+5",
           "NaN", 1e20, True, "", None]


def test_an_amount_is_taken_exactly_when_the_document_says_so(call, document):  # noqa: F811
    from tests.complaints.test_api import BODY

    def send(value):
        return call()("post", "/complaints", {**BODY, "disputed_amount": value})

    _agrees(document, "ComplaintCreateIn", "disputed_amount", AMOUNTS, send)


def test_a_compensation_on_submit_is_refused_exactly_when_the_document_says_so(call, document, make_complaint):  # noqa: F811
    """The body is validated before the case's state is: a valid compensation is never the field refused."""
    validator = _field_validator(document, _member_name(document, "submit"), "compensation")
    for value in ["1200.00", 1200, 0.5, 999999999999.99, "1200.001", -1, "1,200", 1e20]:
        c = make_complaint()
        response = call()("post", f"/complaints/{c.pk}/transitions", {
            "action": "submit", "version": 1, "result": "support", "decision": "支持赔付", "compensation": value})
        refused_here = response.status_code == 422 and response.json()["field"] == "compensation"
        assert refused_here != validator.is_valid(value), (value, response.content)


def _member_name(document, action):
    body = document["paths"][TRANSITION]["post"]["requestBody"]["content"]["application/json"]["schema"]
    names = [item["$ref"].rsplit("/", 1)[1] for item in body["oneOf"]]
    return next(n for n in names if document["components"]["schemas"][n]["properties"]["action"].get("const") == action)


@pytest.mark.parametrize("rule", [
    {"places": 2, "maximum": "999999999999.99"}, {"places": 2, "above": 0, "maximum": "9999999999999.99"},
    {"places": 2, "minimum": "0.01", "maximum": 100}, {"places": 1, "minimum": "0.5", "maximum": 40},
    {"places": 1, "above": 0, "maximum": 100}, {"places": 1, "maximum": 100}, {"places": 2, "minimum": -1000, "maximum": 1000},
    {"places": 0, "minimum": 17, "maximum": 12345}, {"places": 2, "minimum": "-5.5", "maximum": "-1.25"},
])
def test_a_decimal_rules_pattern_spells_exactly_its_values(rule):
    """The string form's pattern against the rule itself, on every value near the bounds in several spellings."""
    import re
    from decimal import Decimal

    from xiaobao.core.schema import decimal

    decimal_rule = decimal(**rule)
    pattern = re.compile(decimal_rule.schema.json_schema["anyOf"][1]["pattern"])
    step = Decimal(1).scaleb(-rule["places"])
    low = Decimal(str(rule.get("minimum", 0))) if "above" not in rule else Decimal(str(rule["above"])) + step
    high = Decimal(str(rule["maximum"]))
    spellings = set()
    for edge in (low, high, Decimal(0), (low + high) / 2):
        for k in range(-120, 121):
            value = (edge.quantize(step) if rule["places"] else edge.to_integral_value()) + k * step / 10
            text = format(value, "f")
            spellings |= {text, text.rstrip("0"), text + "0", "0" + text, text.replace("-", "+")}
            if "." in text:
                spellings.add(text.rstrip("0").rstrip("."))
    for text in spellings:
        plain = re.fullmatch(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?", text) is not None
        places = len(text.partition(".")[2])
        expected = plain and places <= rule["places"] and low <= Decimal(text) <= high
        assert bool(pattern.fullmatch(text)) == expected, (text, pattern.pattern)


def test_a_whole_number_written_with_a_zero_fraction_is_an_integer(call):  # noqa: F811
    """JSON Schema's `integer` takes 2.0; the strict body validation refused it."""
    from tests.complaints.test_api import BODY

    assert call()("post", "/complaints", {**BODY, "complainant_count": 2.0}).status_code == 201
    refused(call()("post", "/complaints", {**BODY, "complainant_count": 2.5}), "complainant_count")


@pytest.mark.parametrize("value", ["\u0001", " \u000b ", "\u3000", "\u0085"])
def test_a_required_text_without_a_visible_character_is_invalid_in_the_document_too(call, document, value):  # noqa: F811
    """Control characters are removed on input and a required text must keep a visible one: the document says so
    with a pattern (summary had only minLength 1, so `"\\u0001"` was schema-valid and refused)."""
    from tests.complaints.test_api import BODY

    assert not _field_validator(document, "ComplaintCreateIn", "summary").is_valid(value)
    refused(call()("post", "/complaints", {**BODY, "summary": value}), "summary")
    assert _field_validator(document, "ComplaintCreateIn", "summary").is_valid("\u0001摘要")
    assert call()("post", "/complaints", {**BODY, "summary": "\u0001摘要"}).status_code == 201


# A reference to nothing is a 404 naming the field; a clash with what exists a 409 (schemathesis takes both for a
# schema-valid request, as the document states them; a 422 said the request itself was malformed).
@pytest.mark.parametrize(("body", "field"), [
    ({"action": "transfer", "reason": "属地管辖", "to_institution": "999999"}, "to_institution"),
    ({"action": "assign", "handler": "nobody-here"}, "handler"),
    ({"action": "merge", "reason": "重复投诉", "into": "XB-0000-000000"}, "into"),
])
def test_a_transition_naming_nothing_is_a_404_on_its_field(call, make_complaint, body, field):  # noqa: F811
    c = make_complaint()
    refused(call()("post", f"/complaints/{c.pk}/transitions", {**body, "version": 1}), field, status=404)
    assert call()("get", f"/complaints/{c.pk}").json()["version"] == 1  # nothing changed


def test_a_transfer_to_the_institution_that_has_the_case_is_a_409(call, make_complaint):  # noqa: F811
    c = make_complaint()
    body = {"action": "transfer", "version": 1, "reason": "属地管辖", "to_institution": c.institution.code}
    refused(call()("post", f"/complaints/{c.pk}/transitions", body), "to_institution", status=409)


def test_a_sampling_plan_name_taken_is_a_409(call):  # noqa: F811
    body = {"name": "全检", "condition": "all", "rate_percent": "100", "seed": "s1"}
    assert call()("post", "/inspection/plans", body).status_code == 201
    refused(call()("post", "/inspection/plans", {**body, "seed": "s2"}), "name", status=409)


@pytest.mark.parametrize(("url", "params", "field"), [
    ("/assistance/numbers", {"institution": "999999", "year": 2026}, "institution"),
    ("/reviews/numbers", {"institution": "999999", "year": 2026}, "institution"),
    ("/outreach/numbers", {"institution": "999999", "year": 2026}, "institution"),
])
def test_figures_of_an_unknown_institution_are_a_404(call, url, params, field):  # noqa: F811
    refused(call()("get", url, params), field, status=404)


def test_every_operation_with_parameters_or_a_body_documents_404_and_the_ones_with_a_body_409(document):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if operation.get("parameters") or "requestBody" in operation:
                assert "404" in operation["responses"], (method, path)
            if "requestBody" in operation:
                assert "409" in operation["responses"], (method, path)


# Control characters are removed after validation: a length is judged on the text as sent, as documented.
@pytest.mark.parametrize(("url", "field", "limit"), [("/training/questions", "tag", 30), ("/outreach/pieces", "q", 100)])
def test_a_query_text_over_its_max_length_only_through_control_characters_is_refused(call, url, field, limit):  # noqa: F811
    refused(call()("get", url, {field: "a" * limit + "\u0001"}), field)
    assert call()("get", url, {field: "a" * (limit - 1) + "\u0001"}).status_code == 200


def test_control_characters_still_leave_a_body_text_once_it_is_valid(call):  # noqa: F811
    from tests.complaints.test_api import BODY
    from xiaobao.complaints.models import Complaint

    r = call()("post", "/complaints", {**BODY, "summary": "车险\u000b理赔\u0000纠纷", "policy_number": "P\u00071"})
    assert r.status_code == 201, r.content
    c = Complaint.objects.get(pk=r.json()["id"])
    assert (c.summary, c.policy_number) == ("车险理赔纠纷", "P1")


def test_a_single_valued_parameter_sent_twice_is_refused(call):  # noqa: F811
    """`?q=a&q=b` is an array where the document states a string: ninja silently took the last value."""
    refused(call()("get", "/outreach/pieces", {"q": ["保险", "理赔"]}), "q")
    assert call()("get", "/outreach/pieces", {"q": "保险"}).status_code == 200
