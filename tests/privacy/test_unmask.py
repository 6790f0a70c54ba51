"""Unmasking one field with a reason: scope 404, permission 403, reason 422, a log row + audit event."""

from __future__ import annotations

import pytest
from django.template import engines

from tests.privacy.conftest import ADDRESS, NAME, PHONE, VALID_ID
from xiaobao.audit.context import client_ip
from xiaobao.audit.models import AuditEvent
from xiaobao.complaints import services as complaint_services
from xiaobao.core.errors import InvalidInput, NotFound, PermissionDenied
from xiaobao.privacy import services
from xiaobao.privacy.models import PersonalDataAccess


def test_officer_unmasks_a_field_and_the_access_is_logged_without_the_value(cast, make_complaint):
    c = make_complaint()
    token = client_ip.set("10.1.2.3")
    try:
        value = services.unmask(user=cast.officer, complaint_id=c.pk, field="phone", reason="回访投诉人核实诉求")
    finally:
        client_ip.reset(token)
    assert value == PHONE
    entry = PersonalDataAccess.objects.get()
    assert (entry.username, entry.complaint_number, entry.field, entry.reason, entry.ip) == (
        "officer", c.number, "phone", "回访投诉人核实诉求", "10.1.2.3")
    event = AuditEvent.objects.filter(action="privacy.unmask").get()
    assert event.object_id == str(c.pk) and event.ip == "10.1.2.3" and event.summary["after"]["field"] == "phone"
    assert PHONE not in str(event.summary) and PHONE not in str(entry.__dict__)


@pytest.mark.parametrize(("field", "expected"), [("name", NAME), ("id_number", VALID_ID), ("address", ADDRESS)])
def test_every_field_can_be_unmasked(cast, make_complaint, field, expected):
    c = make_complaint()
    assert services.unmask(user=cast.reviewer_a, complaint_id=c.pk, field=field, reason="核对身份信息") == expected


def test_outside_the_scope_is_not_found_and_nothing_is_logged(cast, make_complaint):
    c = make_complaint()
    with pytest.raises(NotFound):
        services.unmask(user=cast.handler_b, complaint_id=c.pk, field="phone", reason="回访投诉人")
    with pytest.raises(NotFound):
        services.unmask(user=cast.officer, complaint_id=999999, field="phone", reason="回访投诉人")
    assert not PersonalDataAccess.objects.exists()


def test_handler_may_unmask_only_the_cases_they_handle(cast, make_complaint, accepted):
    unassigned = make_complaint()
    with pytest.raises(PermissionDenied):
        services.unmask(user=cast.handler_a, complaint_id=unassigned.pk, field="phone", reason="回访投诉人")
    mine = accepted()
    assert mine.handler_id == cast.handler_a.pk
    assert services.unmask(user=cast.handler_a, complaint_id=mine.pk, field="phone", reason="回访投诉人") == PHONE


def test_auditor_and_admin_never_unmask(cast, make_complaint):
    c = make_complaint()
    with pytest.raises(PermissionDenied):
        services.unmask(user=cast.auditor, complaint_id=c.pk, field="phone", reason="抽查核对")
    with pytest.raises(NotFound):  # an administrator sees no case at all
        services.unmask(user=cast.admin, complaint_id=c.pk, field="phone", reason="抽查核对")
    assert not PersonalDataAccess.objects.exists()


@pytest.mark.parametrize("reason", ["", "   ", "看看", "abc"])
def test_a_reason_of_at_least_four_characters_is_required(cast, make_complaint, reason):
    c = make_complaint()
    with pytest.raises(InvalidInput) as err:
        services.unmask(user=cast.officer, complaint_id=c.pk, field="phone", reason=reason)
    assert err.value.field == "reason" and err.value.http_status == 422
    assert not PersonalDataAccess.objects.exists() and not AuditEvent.objects.filter(action="privacy.unmask").exists()


def test_unknown_field_is_invalid(cast, make_complaint):
    c = make_complaint()
    with pytest.raises(InvalidInput):
        services.unmask(user=cast.officer, complaint_id=c.pk, field="policy_number", reason="回访投诉人")


# API ------------------------------------------------------------------------------------------------


def test_api_returns_the_value_once_with_no_store(cast, make_complaint, api_as):
    c = make_complaint()
    r = api_as(cast.officer).post(f"/api/v1/complaints/{c.pk}/unmask", {"field": "id_number", "reason": "核对身份"})
    assert r.status_code == 200, r.content
    assert r.json() == {"field": "id_number", "item": None, "value": VALID_ID}
    assert "no-store" in r["Cache-Control"]
    entry = PersonalDataAccess.objects.get()
    assert entry.channel == "api" and entry.ip == "127.0.0.1"


def test_api_errors(cast, make_complaint, api_as):
    c = make_complaint()
    url = f"/api/v1/complaints/{c.pk}/unmask"
    r = api_as(cast.handler_b).post(url, {"field": "phone", "reason": "回访投诉人"})
    assert r.status_code == 404 and r.json()["code"] == "not_found"
    r = api_as(cast.auditor).post(url, {"field": "phone", "reason": "回访投诉人"})
    assert r.status_code == 403 and r.json()["code"] == "permission_denied"
    r = api_as(cast.officer).post(url, {"field": "phone", "reason": "看"})
    assert r.status_code == 422 and r.json()["code"] == "invalid" and r.json()["field"] == "reason"
    r = api_as(cast.officer).post(url, {"field": "bank", "reason": "回访投诉人"})
    assert r.status_code == 422 and r.json()["field"] == "field"
    assert not PersonalDataAccess.objects.exists()


def test_api_needs_authentication(client, make_complaint):
    c = make_complaint()
    r = client.post(f"/api/v1/complaints/{c.pk}/unmask", {"field": "phone", "reason": "回访投诉人"},
                    content_type="application/json")
    assert r.status_code == 401


# Page (htmx fragment) --------------------------------------------------------------------------------


def test_page_fragment_shows_the_value_and_logs(client, cast, make_complaint):
    c = make_complaint()
    client.force_login(cast.officer)
    url = f"/privacy/unmask/{c.pk}/phone/"
    form = client.get(url, HTTP_HX_REQUEST="true")
    assert form.status_code == 200 and 'name="reason"' in form.content.decode() and PHONE not in form.content.decode()
    r = client.post(url, {"reason": "回访投诉人核实"}, HTTP_HX_REQUEST="true")
    body = r.content.decode()
    assert r.status_code == 200 and PHONE in body and "<html" not in body
    assert "no-store" in r["Cache-Control"] or "no-cache" in r["Cache-Control"]
    assert PersonalDataAccess.objects.get().channel == "page"
    assert PHONE not in str(dict(client.session))  # never kept in the session


def test_page_fragment_errors_are_shown_in_chinese(client, cast, make_complaint):
    c = make_complaint()
    client.force_login(cast.officer)
    r = client.post(f"/privacy/unmask/{c.pk}/phone/", {"reason": "看"}, HTTP_HX_REQUEST="true")
    body = r.content.decode()
    assert r.status_code == 200 and 'role="alert"' in body and PHONE not in body  # htmx swaps only 2xx
    assert "理由" in body or "reason" in body
    r = client.post(f"/privacy/unmask/{c.pk}/phone/", {"reason": "看"})
    assert r.status_code == 422
    client.force_login(cast.auditor)
    r = client.post(f"/privacy/unmask/{c.pk}/phone/", {"reason": "抽查核对信息"})
    assert r.status_code == 403 and PHONE not in r.content.decode()
    client.force_login(cast.handler_b)
    assert client.post(f"/privacy/unmask/{c.pk}/phone/", {"reason": "回访投诉人"}).status_code == 404
    assert client.get(f"/privacy/unmask/{c.pk}/bank/").status_code == 404
    assert not PersonalDataAccess.objects.exists()


def test_the_include_offers_the_control_only_to_those_who_may_unmask(rf, cast, make_complaint, accepted):
    c = make_complaint(complainant=complaint_services.ComplainantIn(name="李四", phone=PHONE))

    def render(user, case, field="phone"):
        request = rf.get("/")
        request.user = user
        tpl = engines["django"].from_string('{% include "privacy/_unmask.html" with complaint=c field=f %}')
        return tpl.render({"c": case, "f": field, "user": user}, request)

    assert f"/privacy/unmask/{c.pk}/phone/" in render(cast.officer, c)
    assert PHONE not in render(cast.officer, c)
    assert render(cast.auditor, c).strip() == ""
    assert render(cast.handler_a, c).strip() == ""  # not (yet) their case
    mine = accepted()
    assert f"/privacy/unmask/{mine.pk}/phone/" in render(cast.handler_a, mine)
    assert render(cast.officer, c, "id_number").strip() == ""  # nothing stored: nothing to unmask
