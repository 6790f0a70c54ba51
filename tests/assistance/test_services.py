"""Recording services, the elderly rule, scope, follow-up, linking, facilities checks, and the counts."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from django.db import connection

from tests.assistance.conftest import PHONE, service_in
from tests.engines.test_identity import make_id
from xiaobao.assistance import selectors, services
from xiaobao.assistance.codes import Facility
from xiaobao.assistance.models import Service
from xiaobao.audit.models import AuditEvent
from xiaobao.core.errors import InvalidInput, NotFound, PermissionDenied
from xiaobao.core.registry import Period, compute_measure

pytestmark = pytest.mark.django_db
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c63f8cfc0f00f0004850180848c9321000000"
                    "0049454e44ae426082")


def test_a_service_is_stored_encrypted_and_audited(record):
    s = record(need="客户电话13899990000，要求双语解释。")
    with connection.cursor() as cursor:
        cursor.execute("SELECT customer_name, customer_phone, need, need_masked FROM assistance_service "
                       "WHERE id = %s", [s.pk])
        name, phone, need, need_masked = cursor.fetchone()
    assert name.startswith("enc1:") and phone.startswith("enc1:") and need.startswith("enc1:")
    assert "13899990000" not in need_masked and "阿依古丽" not in need_masked
    assert s.phone_index and AuditEvent.objects.filter(action="assistance.service_recorded").count() == 1
    assert s.customer_masked["phone"] != PHONE and s.customer_masked["name"] != "阿依古丽"


@pytest.mark.parametrize(("served", "elderly"), [(date(2025, 3, 14), False), (date(2025, 3, 15), True),
                                                  (date(2025, 3, 16), True)])
def test_elderly_from_the_id_number_on_the_service_date(record, served, elderly):
    s = record(language="", customer_id_number=make_id("19650315"), served_on=served, has_disability=True)
    assert s.is_elderly is elderly


def test_a_service_must_name_a_group(cast):
    with pytest.raises(InvalidInput) as refused:
        services.service_record(service_in(language=""), by=cast.handler_a)
    assert refused.value.field == "groups"


def test_every_error_at_once(cast):
    with pytest.raises(InvalidInput) as refused:
        services.service_record(service_in(channel="fax", measures=[], customer_id_number="123",
                                           served_on=date(2099, 1, 1), institution="653100"), by=cast.handler_a)
    fields = {e["field"] for e in refused.value.data["errors"]}
    assert fields == {"channel", "measures", "customer_id_number", "served_on", "institution"}


def test_the_auditor_may_not_record(cast):
    with pytest.raises(PermissionDenied):
        services.service_record(service_in(), by=cast.auditor)


def test_reads_are_scoped(cast, record):
    own = record()
    other = record(by=cast.handler_b, institution="653100")
    assert set(selectors.ledger(cast.handler_a, selectors.LedgerFilter())) == {own}
    assert set(selectors.ledger(cast.officer, selectors.LedgerFilter())) == {own, other}
    assert set(selectors.ledger(cast.auditor, selectors.LedgerFilter())) == {own, other}
    with pytest.raises(NotFound):
        selectors.service_get(user=cast.handler_b, pk=own.pk)


def test_an_idempotency_key_returns_the_first_record(cast):
    first, created = services.service_record(service_in(), by=cast.handler_a, idempotency_key="k1")
    again, created_again = services.service_record(service_in(), by=cast.handler_a, idempotency_key="k1")
    assert created and not created_again and first.pk == again.pk and Service.objects.count() == 1


def test_follow_up_with_a_stale_version_is_refused(record, cast):
    s = record(outcome="pending")
    services.service_follow_up(service_id=s.pk, version=1, by=cast.handler_a, outcome="resolved",
                               satisfaction="satisfied")
    with pytest.raises(services.StaleVersion):
        services.service_follow_up(service_id=s.pk, version=1, by=cast.handler_a, outcome="partly",
                                   satisfaction="")
    s.refresh_from_db()
    assert (s.outcome, s.satisfaction, s.version) == ("resolved", "satisfied", 2)


def test_linking_a_complaint_and_taking_its_complainant(cast, make_complaint):
    complaint = make_complaint(needs_minority_language=True)
    s, _ = services.service_record(service_in(customer_name="", customer_phone="", complaint_id=complaint.pk),
                                   by=cast.handler_a)
    s = Service.objects.get(pk=s.pk)
    assert s.complaint_id == complaint.pk and s.customer_name == "张三丰" and s.customer_phone == "13812345678"
    assert s.is_elderly  # the complainant's ID number: born 1953
    assert list(selectors.services_of_complaint(cast.handler_a, complaint)) == [s]
    other = make_complaint(by=cast.handler_b, institution="653100")
    with pytest.raises(InvalidInput):
        services.service_link(service_id=s.pk, version=s.version, by=cast.handler_a, complaint_id=other.pk)


def test_a_facilities_check_with_a_photo(cast):
    items = dict.fromkeys(Facility.values, True) | {"hearing_aid": False}
    check = services.facility_check_record(by=cast.handler_a, institution=cast.outlet_a,
                                           checked_on=date(2025, 9, 1), items=items,
                                           photos=[services.Photo("door.png", io.BytesIO(PNG))])
    assert check.missing == ["hearing_aid"] and check.photos.count() == 1
    with pytest.raises(InvalidInput) as refused:
        services.facility_check_record(by=cast.handler_a, institution=cast.outlet_a, checked_on=date(2025, 9, 1),
                                       items=items, photos=[services.Photo("doc.txt", io.BytesIO(b"hello"))])
    assert refused.value.field == "file"
    with pytest.raises(InvalidInput) as refused:
        services.facility_check_record(by=cast.handler_a, institution=cast.sub_a, checked_on=date(2025, 9, 1),
                                       items=items)
    assert refused.value.field == "institution"
    with pytest.raises(InvalidInput) as refused:
        services.facility_check_record(by=cast.handler_a, institution=cast.outlet_a, checked_on=date(2025, 9, 1),
                                       items={"hearing_aid": True})
    assert refused.value.field == "items"


def test_an_outlet_overdue_for_a_check_is_on_the_queue(cast, settings):
    settings.ASSISTANCE_CHECK_INTERVAL_DAYS = 30
    from tests.factories import UserFactory
    from xiaobao.org.roles import Role

    head = UserFactory(username="head_a", institution=cast.sub_a, roles=[Role.HEAD])
    assert [i.url for i in selectors.queue_items(head, 10)] == [f"/assistance/outlets/{cast.outlet_a.pk}/"]
    assert selectors.queue_items(cast.handler_a, 10) == []  # handlers do not check outlets
    items = dict.fromkeys(Facility.values, True)
    services.facility_check_record(by=head, institution=cast.outlet_a, checked_on=selectors.today()
                                   - timedelta(days=30), items=items)
    assert selectors.queue_count(head) == 0  # due today, not yet overdue
    status = selectors.outlet_statuses(head, on=selectors.today() + timedelta(days=1))[0]
    assert status.overdue


def test_counts_on_constructed_data(cast, q3_services):
    q3 = Period.quarter(2025, 3)

    def value(code, institution):
        return compute_measure(code, institution, q3).value

    assert value("assistance.service_count", cast.sub_a) == 4
    assert value("assistance.service_count", cast.branch) == 5
    assert value("assistance.elderly_service_count", cast.sub_a) == 2
    assert value("assistance.disability_service_count", cast.sub_a) == 1
    assert value("assistance.minority_language_service_count", cast.sub_a) == 2
    assert value("assistance.minority_language_service_count", cast.branch) == 3
    assert value("assistance.outlets_checked_rate", cast.branch) == 100  # the one outlet was checked
    assert value("assistance.outlets_checked_rate", cast.sub_b) is None  # no outlet there
    n = selectors.numbers(cast.sub_a, q3)
    assert n.by_measure["bilingual"] == 2 and n.by_measure["home_service"] == 1 and n.by_channel == {
        "counter": 3, "phone": 1}
    assert compute_measure("assistance.outlets_checked_rate", cast.branch, Period.quarter(2025, 2)).value == 0


def test_the_demo_seeds_every_state(settings, tmp_path):
    """Services of each group and outcome, asked and unasked satisfaction, one linked to a minority-language
    complaint; outlets checked recently, checked long ago (on the queue) and never; seeding again adds nothing."""
    from tests.conftest import seed_demo_through
    from xiaobao.assistance.codes import Outcome, Satisfaction
    from xiaobao.assistance.models import FacilityCheck
    from xiaobao.org.models import Institution, User

    settings.MEDIA_ROOT = tmp_path / "files"
    seed_demo_through("assistance")
    services_ = Service.objects.all()
    assert set(services_.values_list("outcome", flat=True)) == set(Outcome.values)
    assert set(Satisfaction.values) <= set(services_.values_list("satisfaction", flat=True))
    assert services_.filter(is_elderly=True).exists() and services_.filter(has_disability=True).exists()
    assert {"uyghur", "kazakh", "mongolian"} <= set(services_.values_list("language", flat=True))
    linked = services_.get(complaint__isnull=False)
    assert linked.complaint.needs_minority_language and linked.language == "uyghur"
    outlets = Institution.objects.filter(level=Institution.Level.OUTLET, is_active=True).order_by("path")[:3]
    checks = [FacilityCheck.objects.filter(institution=o).order_by("-checked_on").first() for o in outlets]
    today = selectors.today()
    assert checks[0].checked_on == today - timedelta(days=10) and checks[0].photos.exists()
    assert checks[1].checked_on == today - timedelta(days=200) and checks[2] is None
    officer = User.objects.get(username="xj.officer1")
    overdue = {row.outlet for row in selectors.outlet_statuses(officer, overdue_only=True)}  # the work queue's
    assert outlets[0] not in overdue and {outlets[1], outlets[2]} <= overdue
    count = services_.count()
    seed_demo_through("assistance")
    assert Service.objects.count() == count
