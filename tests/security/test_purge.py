"""The security tables and intake's Idempotency-Keys do not grow without bound: daily periodic tasks purge them
(issue 16: lock growth)."""

from __future__ import annotations

from datetime import time, timedelta

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.utils import timezone

from xiaobao.complaints.models import IntakeKey
from xiaobao.complaints.tasks import INTAKE_KEY_KEEP_DAYS, purge_intake_keys
from xiaobao.core import registry
from xiaobao.security.tasks import ACCESS_LOG_KEEP_DAYS, purge_security_records


def _attempt(username: str, age: timedelta) -> AccessAttempt:
    attempt = AccessAttempt.objects.create(username=username, ip_address="10.0.0.1", user_agent="t", path_info="/",
                                           get_data="", post_data="", http_accept="", failures_since_start=5)
    AccessAttempt.objects.filter(pk=attempt.pk).update(attempt_time=timezone.now() - age)
    return attempt


def _log(model: type, username: str, age: timedelta) -> None:
    row = model.objects.create(username=username, ip_address="10.0.0.1", user_agent="t", path_info="/",
                               http_accept="")
    model.objects.filter(pk=row.pk).update(attempt_time=timezone.now() - age)


def _session(expires_in: timedelta) -> str:
    store = SessionStore()
    store["x"] = 1
    store.create()
    Session.objects.filter(session_key=store.session_key).update(expire_date=timezone.now() + expires_in)
    return store.session_key


def test_expired_attempts_old_access_logs_and_expired_sessions_are_purged(db):
    cooloff = settings.AXES_COOLOFF_TIME
    _attempt("still-locked", cooloff - timedelta(minutes=1))
    _attempt("lock-expired", cooloff + timedelta(minutes=1))
    for model in (AccessLog, AccessFailureLog):
        _log(model, "recent", timedelta(days=ACCESS_LOG_KEEP_DAYS - 1))
        _log(model, "old", timedelta(days=ACCESS_LOG_KEEP_DAYS + 1))
    live, expired = _session(timedelta(hours=1)), _session(-timedelta(seconds=1))

    outcome = purge_security_records.enqueue().return_value

    assert outcome == {"attempts": 1, "access_logs": 1, "failure_logs": 1, "sessions": 1}
    assert list(AccessAttempt.objects.values_list("username", flat=True)) == ["still-locked"]
    assert list(AccessLog.objects.values_list("username", flat=True)) == ["recent"]
    assert list(AccessFailureLog.objects.values_list("username", flat=True)) == ["recent"]
    assert list(Session.objects.values_list("session_key", flat=True)) == [live] and expired != live
    # idempotent: a second run finds nothing more
    assert purge_security_records.enqueue().return_value == dict.fromkeys(outcome, 0)


def test_a_lock_still_holds_after_the_purge(db, client, cast):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/login/", {"username": "handler_a", "password": "wrong"}, REMOTE_ADDR="10.0.0.9")
    purge_security_records.enqueue()
    assert AccessAttempt.objects.filter(username="handler_a").exists()


def test_old_intake_keys_are_purged(db, cast, make_complaint):
    complaint = make_complaint()
    for key, age in (("fresh", INTAKE_KEY_KEEP_DAYS - 1), ("old", INTAKE_KEY_KEEP_DAYS + 1)):
        row = IntakeKey.objects.create(user=cast.handler_a, key=key, request_hash="h", complaint=complaint)
        IntakeKey.objects.filter(pk=row.pk).update(created_at=timezone.now() - timedelta(days=age))
    assert purge_intake_keys.enqueue().return_value == 1
    assert list(IntakeKey.objects.values_list("key", flat=True)) == ["fresh"]
    assert purge_intake_keys.enqueue().return_value == 0


def test_the_purges_are_registered_as_daily_periodic_work():
    names = {p.name: p for p in registry.periodic_tasks()}
    assert names["security.purge_records"].task is purge_security_records
    assert names["security.purge_records"].daily_at == time(3, 20)
    assert names["complaints.purge_intake_keys"].task is purge_intake_keys
