"""How a case is shown: masked personal data, SLA state, labels — shared by pages, API and exports."""

from __future__ import annotations

from datetime import datetime

from django.utils import timezone

from xiaobao.complaints import deadlines
from xiaobao.complaints.models import Complaint
from xiaobao.engines.deadlines import SlaState
from xiaobao.privacy import masking


def complaint_sla(complaint: Complaint, *, now: datetime | None = None) -> SlaState:
    return deadlines.sla(complaint.due_at, complaint.closed_at, now=now or timezone.now())


def complainant_masked(complaint: Complaint) -> dict[str, str]:
    """The complainant as every screen and response shows it by default (JR/T 0171 masking)."""
    return {
        "name": masking.mask(complaint.complainant_name, masking.NAME),
        "phone": masking.mask(complaint.complainant_phone, masking.PHONE),
        "id_number": masking.mask(complaint.complainant_id_number, masking.ID_NUMBER),
        "address": masking.mask(complaint.complainant_address, masking.ADDRESS),
    }
