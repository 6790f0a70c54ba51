"""How a case is shown: masked personal data, SLA state, labels — shared by pages, API and exports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from xiaobao.complaints import deadlines
from xiaobao.complaints.codes import Status
from xiaobao.complaints.models import Complaint
from xiaobao.engines.deadlines import SlaState
from xiaobao.privacy import masking

SLA_LABELS = {
    SlaState.ON_TIME: _("On time"),  # 正常
    SlaState.DUE_SOON: _("Due soon"),  # 临期
    SlaState.OVERDUE: _("Overdue"),  # 超期
    SlaState.CLOSED_ON_TIME: _("Closed on time"),  # 按时办结
    SlaState.CLOSED_LATE: _("Closed late"),  # 超期办结
}


@dataclass(frozen=True)
class SlaView:
    value: str
    label: str


def complaint_sla(complaint: Complaint, *, now: datetime | None = None) -> SlaView:
    """时限状态 of a case: on time / due soon / overdue / closed on time / closed late."""
    state = deadlines.sla(complaint.due_at, complaint.closed_at, now=now or timezone.now())
    return SlaView(state.value, str(SLA_LABELS[state]))


def status_label(code: str) -> str:
    return str(Status(code).label) if code in Status.values else code


COMPLAINANT_FIELDS = {"name": masking.NAME, "phone": masking.PHONE, "id_number": masking.ID_NUMBER,
                      "address": masking.ADDRESS}
LIST_FIELDS = ("name", "phone")


def complainant_masked(complaint: Complaint, fields: tuple[str, ...] = tuple(COMPLAINANT_FIELDS)) -> dict[str, str]:
    """The complainant as every screen and response shows it by default (JR/T 0171 masking).

    List rows ask for LIST_FIELDS only, matching the columns the list selectors load.
    """
    return {field: masking.mask(getattr(complaint, f"complainant_{field}"), COMPLAINANT_FIELDS[field])
            for field in fields}
