"""Moving the major-complaint models out of `complaints` keeps every row of a database migrated on main.

The database is taken back to the last migration before the move (complaints 0003, no `major` app), rows are
written through that state's models, then everything is migrated forward and read through today's models.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE_MOVE = [("complaints", "0003_search_indexes_and_transfer_origin"), ("major", None)]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor


def _latest() -> list[tuple[str, str]]:
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@pytest.mark.django_db(transaction=True)
def test_every_row_survives_the_move(cast, make_complaint):
    complaint = make_complaint()
    latest = _latest()
    executor = _migrate(BEFORE_MOVE)
    old = executor.loader.project_state(BEFORE_MOVE[0]).apps
    tables = connection.introspection.table_names()
    assert "complaints_majorcase" in tables and "major_majorcase" not in tables

    now = timezone.now()
    major = old.get_model("complaints", "MajorCase").objects.create(
        complaint_id=complaint.pk, level="major", media_exposure=True, confirmed_by_id=cast.officer.pk,
        confirmed_at=now, rules_version="builtin-1")
    old.get_model("complaints", "ResponseClock").objects.create(
        major=major, kind="first_response", level="major", started_at=now, due_at=now + timedelta(hours=2))
    old.get_model("complaints", "Notice").objects.create(recipient_id=cast.officer.pk, complaint_id=complaint.pk,
                                                         kind="grading", title="重大投诉")
    route = old.get_model("complaints", "ExternalRoute").objects.create(
        complaint_id=complaint.pk, kind="mediation", body="乌鲁木齐保险纠纷调解中心", referred_on=date(2025, 10, 14),
        created_by_id=cast.handler_a.pk)
    old.get_model("complaints", "MediationSession").objects.create(route=route, held_on=date(2025, 10, 20),
                                                                   notes="首次调解", recorded_by_id=cast.handler_a.pk)
    old.get_model("complaints", "RootCause").objects.create(complaint_id=complaint.pk, category="claims",
                                                            analysis="理赔时效", proposed_by_id=cast.handler_a.pk)
    task = old.get_model("complaints", "RectificationTask").objects.create(
        complaint_id=complaint.pk, title="修订查勘时效制度", owner_id=cast.handler_a.pk, institution_id=cast.sub_a.pk,
        due_on=date(2025, 11, 30), created_by_id=cast.officer.pk)
    record = old.get_model("complaints", "AccountabilityRecord").objects.create(
        complaint_id=complaint.pk, responsible_institution_id=cast.sub_a.pk, finding="查勘迟延", measure="fine",
        amount=Decimal("500.00"), status="approved", proposed_by_id=cast.officer.pk)
    old.get_model("complaints", "AssessmentRecord").objects.create(
        accountability=record, complaint_id=complaint.pk, institution_id=cast.sub_a.pk, period="2025Q4",
        measure="fine")
    old.get_model("complaints", "GradingRuleSet").objects.create(version=2, content="# rules", note="试行",
                                                                 created_by_id=cast.officer.pk)

    _migrate(latest)

    from xiaobao.major.models import (
        AccountabilityRecord,
        AssessmentRecord,
        ExternalRoute,
        GradingRuleSet,
        MajorCase,
        MediationSession,
        Notice,
        RectificationTask,
        ResponseClock,
        RootCause,
    )
    tables = connection.introspection.table_names()
    assert "complaints_majorcase" not in tables and "major_majorcase" in tables
    moved = MajorCase.objects.get(complaint=complaint)
    assert moved.pk == major.pk and moved.level == "major" and moved.media_exposure
    assert moved.clocks.get().kind == "first_response"
    assert Notice.objects.get().title == "重大投诉"
    assert ExternalRoute.objects.get().sessions.get().notes == "首次调解"
    assert RootCause.objects.get(complaint=complaint).category == "claims"
    moved_task = RectificationTask.objects.get()
    assert moved_task.pk == task.pk and moved_task.subject == complaint  # the complaint became the generic subject
    assert (moved_task.subject_label, moved_task.subject_url, moved_task.source) == (
        complaint.number, f"/complaints/{complaint.pk}/", "major")
    assert AccountabilityRecord.objects.get().amount == Decimal("500.00")
    assert AssessmentRecord.objects.get().accountability_id == record.pk
    assert GradingRuleSet.objects.get().version == 2
    assert MediationSession.objects.count() == ResponseClock.objects.count() == 1
    # new rows get fresh keys after the moved ones (the id sequences came along with the tables)
    assert GradingRuleSet.objects.create(version=3, content="#", note="n", created_by=cast.officer).pk > 1
    assert ContentType.objects.get_for_model(MajorCase).app_label == "major"
    assert not ContentType.objects.filter(app_label="complaints", model="majorcase").exists()
    if connection.vendor == "sqlite":  # foreign keys of other tables follow the renamed tables
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA foreign_key_check")
            assert cursor.fetchall() == []
            cursor.execute("SELECT sql FROM sqlite_master WHERE name = 'major_responseclock'")
            assert '"major_majorcase"' in cursor.fetchone()[0]
