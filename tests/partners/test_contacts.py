"""A partner's contact person: name and phone stored encrypted and shown masked on the page and in the API; a user
who may view personal data in clear sees one field only by giving a reason, and that view is in the access log
and the audit trail (the privacy module's service); others are refused, outsiders get 404."""

from __future__ import annotations

import json

import pytest
from django.db import connection

from tests.partners.conftest import token
from xiaobao.audit.models import AuditEvent
from xiaobao.core.errors import InvalidInput, NotFound, PermissionDenied
from xiaobao.partners import services
from xiaobao.privacy.models import PersonalDataAccess

pytestmark = pytest.mark.django_db

PHONE, NAME = "13912345678", "马晓燕"


@pytest.fixture
def contact(cast, register):
    partner = register()
    return services.contact_add(partner_id=partner.pk, by=cast.officer, name=NAME, phone=PHONE, role="渠道经理")


def test_the_contact_is_stored_encrypted_and_shown_masked(client, cast, contact):
    with connection.cursor() as cursor:
        cursor.execute("SELECT name, phone FROM partners_contact WHERE id = %s", [contact.pk])
        stored = cursor.fetchone()
    assert NAME not in stored[0] and PHONE not in stored[1]
    client.force_login(cast.officer)
    page = client.get(f"/partners/{contact.partner_id}/").content.decode()
    assert PHONE not in page and NAME not in page and "139****5678" in page
    assert 'data-testid="unmask-contact_phone"' in page and 'data-testid="unmask-contact_name"' in page
    body = client.get(f"/api/v1/partners/{contact.partner_id}", **token(cast.officer)).json()
    assert body["contacts"] == [{"id": contact.pk, "role": "渠道经理", "name": "马**", "phone": "139****5678"}]


def test_the_service_needs_a_reason_and_logs_the_view(cast, contact):
    with pytest.raises(InvalidInput) as refused:
        services.contact_unmask(contact_id=contact.pk, by=cast.officer, field="contact_phone", reason=" 看 ")
    assert refused.value.field == "reason"
    assert not PersonalDataAccess.objects.exists()
    with pytest.raises(InvalidInput):
        services.contact_unmask(contact_id=contact.pk, by=cast.officer, field="phone_index", reason="核对联系方式")
    value = services.contact_unmask(contact_id=contact.pk, by=cast.officer, field="contact_phone",
                                    reason="核对联系方式", channel="page")
    assert value == PHONE
    entry = PersonalDataAccess.objects.get()
    assert (entry.username, entry.field, entry.reason, entry.channel) == ("officer", "contact_phone", "核对联系方式",
                                                                          "page")
    assert PHONE not in entry.filename and contact.partner.credit_code in entry.filename
    event = AuditEvent.objects.get(action="privacy.unmask")
    assert event.summary["note"] == "核对联系方式" and event.summary["after"]["field"] == "contact_phone"
    assert PHONE not in json.dumps(event.summary, ensure_ascii=False) and event.object_id == str(contact.pk)


def test_who_may_see_it_in_clear(cast, contact, sub_head):
    assert services.contact_unmask(contact_id=contact.pk, by=sub_head, field="contact_name", reason="核对联系人") == NAME
    for refused in (cast.handler_a, cast.auditor):  # a handler has no case here; an auditor never unmasks
        with pytest.raises(PermissionDenied):
            services.contact_unmask(contact_id=contact.pk, by=refused, field="contact_name", reason="核对联系人")
    with pytest.raises(NotFound):  # outside the scope: as if it did not exist
        services.contact_unmask(contact_id=contact.pk, by=cast.handler_b, field="contact_name", reason="核对联系人")
    assert PersonalDataAccess.objects.count() == 1


def test_the_page_shows_the_value_once_after_a_reason(client, cast, contact):
    url = f"/partners/{contact.partner_id}/contacts/{contact.pk}/unmask/contact_phone/"
    client.force_login(cast.officer)
    assert "name=\"reason\"" in client.get(url).content.decode()
    missing = client.post(url, {"reason": ""}, HTTP_HX_REQUEST="true")
    assert missing.status_code == 200 and PHONE not in missing.content.decode() and "理由" in missing.content.decode()
    shown = client.post(url, {"reason": "回访合作机构联系人"})
    assert shown.status_code == 200 and PHONE in shown.content.decode()
    assert "no-store" in shown["Cache-Control"] or "no-cache" in shown["Cache-Control"]
    assert client.post(f"/partners/{contact.partner_id + 999}/contacts/{contact.pk}/unmask/contact_phone/",
                       {"reason": "回访合作机构联系人"}).status_code == 404
    assert client.get(f"/partners/{contact.partner_id}/contacts/{contact.pk}/unmask/phone_index/").status_code == 404
    client.force_login(cast.handler_a)
    refused = client.post(url, {"reason": "回访合作机构联系人"})
    assert refused.status_code == 403 and PHONE not in refused.content.decode()
    assert PersonalDataAccess.objects.count() == 1


def test_the_api_reveals_with_a_reason(client, cast, contact):
    url = f"/api/v1/partners/contacts/{contact.pk}/unmask"

    def post(user, payload):
        return client.post(url, json.dumps(payload), content_type="application/json", **token(user))

    no_reason = post(cast.officer, {"field": "contact_phone"})
    assert no_reason.status_code == 422 and no_reason.json()["field"] == "reason"
    shown = post(cast.officer, {"field": "contact_phone", "reason": "核对联系方式"})
    assert shown.status_code == 200 and shown.json() == {"field": "contact_phone", "value": PHONE}
    assert shown["Cache-Control"] == "no-store"
    assert post(cast.handler_a, {"field": "contact_phone", "reason": "核对联系方式"}).status_code == 403
    assert post(cast.handler_b, {"field": "contact_phone", "reason": "核对联系方式"}).status_code == 404
    assert post(cast.officer, {"field": "phone_index", "reason": "核对联系方式"}).status_code == 422
    assert PersonalDataAccess.objects.filter(channel="api").count() == 1
