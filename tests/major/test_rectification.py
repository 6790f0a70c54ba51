"""Generic rectification (整改): the public entry point other modules call, its status table, and the rule that
nothing but the table assigns a status."""

from __future__ import annotations

import pathlib
import re
from datetime import date, timedelta

import pytest
from django.utils import timezone

import xiaobao.major as major_pkg
from tests.factories import UserFactory
from xiaobao.audit.models import AuditEvent
from xiaobao.core.errors import InvalidInput, NotFound, PermissionDenied
from xiaobao.major import rectification, transitions
from xiaobao.major.models import AccountabilityRecord, Notice, RectificationTask
from xiaobao.org.models import Institution
from xiaobao.org.roles import Role


def _due() -> date:
    return timezone.localdate() + timedelta(days=10)


def test_another_module_opens_a_task_on_its_own_object(cast):
    """Any saved model instance is a subject: here an institution stands in for a partner or a review."""
    partner = Institution.objects.get(pk=cast.outlet_a.pk)
    task = rectification.open_task(subject=partner, institution=cast.sub_a, title="补正双录资料", owner=cast.handler_a,
                                   due_on=_due(), by=cast.officer, source="partners", detail="抽检发现缺失",
                                   subject_label="合作机构 A", subject_url="/partners/7/")
    assert task.subject == partner and task.source == "partners" and task.status == RectificationTask.Status.OPEN
    assert list(rectification.tasks_for(partner)) == [task]
    assert not rectification.tasks_for(cast.sub_b).exists()
    assert Notice.objects.get(recipient=cast.handler_a).url == "/partners/7/"
    assert AuditEvent.objects.filter(action="rectification.open").count() == 1

    done = rectification.submit_evidence(task_id=task.pk, by=cast.handler_a, note="已补录并上传至合作机构系统")
    assert done.status == RectificationTask.Status.SUBMITTED and done.evidence is None
    back = rectification.verify(task_id=task.pk, by=cast.officer, accepted=False, note="缺少签字页")
    assert back.status == RectificationTask.Status.OPEN
    rectification.submit_evidence(task_id=task.pk, by=cast.handler_a, note="已补签字页")
    assert rectification.verify(task_id=task.pk, by=cast.officer, accepted=True).status == "verified"
    with pytest.raises(transitions.TransitionNotAllowed):
        rectification.verify(task_id=task.pk, by=cast.officer, accepted=True)


def test_the_owner_must_belong_to_the_institution(cast):
    """Issue 16 item 14: an owner from another institution is refused, before anything is written."""
    with pytest.raises(InvalidInput) as refused:
        rectification.open_task(subject=cast.sub_a, institution=cast.sub_a, title="整改", owner=cast.handler_b,
                                due_on=_due(), by=cast.officer, source="reviews")
    assert refused.value.field == "owner"
    with pytest.raises(InvalidInput) as refused:  # the branch officer is above sub_a, not in it
        rectification.open_task(subject=cast.sub_a, institution=cast.sub_a, title="整改", owner=cast.officer,
                                due_on=_due(), by=cast.officer, source="reviews")
    assert refused.value.field == "owner"
    below = UserFactory(username="outlet_handler", institution=cast.outlet_a, roles=[Role.HANDLER])
    assert rectification.open_task(subject=cast.sub_a, institution=cast.sub_a, title="整改", owner=below,
                                   due_on=_due(), by=cast.officer, source="reviews").owner == below
    with pytest.raises(InvalidInput) as refused:
        rectification.open_task(subject=cast.sub_a, institution=cast.sub_a, title="整改", owner=below,
                                due_on=timezone.localdate() - timedelta(days=1), by=cast.officer, source="reviews")
    assert refused.value.field == "due_on"
    with pytest.raises(PermissionDenied):
        rectification.open_task(subject=cast.sub_a, institution=cast.sub_a, title="整改", owner=below,
                                due_on=_due(), by=cast.handler_a, source="reviews")
    assert RectificationTask.objects.count() == 1


def test_tasks_are_scoped_and_only_the_officer_verifies(cast):
    task = rectification.open_task(subject=cast.sub_a, institution=cast.sub_a, title="整改", owner=cast.handler_a,
                                   due_on=_due(), by=cast.officer, source="reviews")
    with pytest.raises(NotFound):
        rectification.submit_evidence(task_id=task.pk, by=cast.handler_b, note="不是我的")
    rectification.submit_evidence(task_id=task.pk, by=cast.handler_a, note="已整改")
    with pytest.raises(PermissionDenied):
        rectification.verify(task_id=task.pk, by=cast.reviewer_a, accepted=True)
    with pytest.raises(InvalidInput) as refused:
        rectification.verify(task_id=task.pk, by=cast.officer, accepted=False, note="")
    assert refused.value.field == "note"


@pytest.mark.parametrize(("model", "table"), [(RectificationTask, transitions.RECTIFICATION),
                                              (AccountabilityRecord, transitions.ACCOUNTABILITY)])
def test_the_tables_allow_exactly_what_they_say(model, table):
    """Walk every (status, action): the table's answer and apply()'s agree, and a refusal changes nothing."""
    for status in model.Status.values:
        for action, step in table.items():
            obj = model(status=status)
            if status in step.sources:
                assert transitions.apply(obj, action) == (status, step.target)
                assert obj.status == step.target
            else:
                with pytest.raises(transitions.TransitionNotAllowed):
                    transitions.apply(obj, action)
                assert obj.status == status
    with pytest.raises(transitions.TransitionNotAllowed):
        transitions.apply(model(status=model.Status.values[0]), "no_such_action")


def test_only_the_transition_module_assigns_a_task_or_record_status():
    """Nothing but transitions.apply() writes `.status` of a rectification task or accountability record."""
    assignment = re.compile(r"\.status\s*=[^=]|update\(status=")
    root = pathlib.Path(major_pkg.__file__).parent
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py")
                 if p.name != "transitions.py" and "migrations" not in p.parts
                 and assignment.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_waiting_tasks_reach_the_home_queue_of_their_owner_and_the_officer(cast, client):
    from xiaobao.core import registry

    task = rectification.open_task(subject=cast.sub_a, institution=cast.sub_a, title="补正双录资料",
                                   owner=cast.handler_a, due_on=_due(), by=cast.officer, source="partners",
                                   subject_label="合作机构 A", subject_url="/partners/7/")
    mine = [i for i in registry.queue_items(cast.handler_a) if i.module == "major"]
    assert [(i.url, i.detail) for i in mine] == [("/partners/7/", f"合作机构 A · {cast.sub_a.name}")]
    assert mine[0].due_label.startswith(_due().isoformat())
    assert not [i for i in registry.queue_items(cast.officer) if i.module == "major"]
    rectification.submit_evidence(task_id=task.pk, by=cast.handler_a, note="已补录")
    assert not [i for i in registry.queue_items(cast.handler_a) if i.module == "major"]
    assert [i.url for i in registry.queue_items(cast.officer) if i.module == "major"] == ["/partners/7/"]
    assert not [i for i in registry.queue_items(cast.handler_b) if i.module == "major"]
    client.force_login(cast.handler_a)
    rectification.verify(task_id=task.pk, by=cast.officer, accepted=False, note="缺签字页")
    assert "补正双录资料" in client.get("/").content.decode()


def test_the_api_refuses_another_institutions_handler_as_owner_and_shows_them_nothing(client, cast, make_complaint):
    """Issue 16 item 14 as reported: an officer made 喀什's handler the owner of a task on an 乌鲁木齐 case, which then
    showed that handler the other institution's case number and title."""
    from xiaobao.major.models import RectificationTask
    from xiaobao.org import services as org_services

    c = make_complaint()
    token = org_services.token_create(user=cast.officer)
    r = client.post(f"/api/v1/complaints/{c.pk}/rectifications",
                    {"title": "修订查勘时效制度", "owner": cast.handler_b.username, "due_on": f"{_due():%Y-%m-%d}"},
                    content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert r.status_code == 422, r.content
    assert r.json()["field"] == "owner"
    assert not RectificationTask.objects.exists()
    client.force_login(cast.handler_b)
    assert c.number not in client.get("/").content.decode()
    ok = client.post(f"/api/v1/complaints/{c.pk}/rectifications",
                     {"title": "修订查勘时效制度", "owner": cast.handler_a.username, "due_on": f"{_due():%Y-%m-%d}"},
                     content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert ok.status_code == 201, ok.content
