"""Who may see or export personal data in clear (个人信息明文查看/导出权限) — the one place to change it.

Decisions (DESIGN.md "least access", 《个人信息保护法》 Art. 28):

- Unmasking one field of one case, with a stated reason, is open to the roles in `UNMASK_ROLES`
  (officer, reviewer, head) for cases in their data scope, and to a complaint handler only for the cases
  assigned to them (`Complaint.handler`), since they must call the complainant back.
- Auditors never unmask: they are read-only everywhere and audit the access log instead. A user whose
  roles are all read-only is refused even if `UNMASK_ROLES` is later widened.
- Exporting personal data in clear (`plain=1`) is for `EXPORT_PLAIN_ROLES` only (officer).
- A private free text of a draft (an outreach article, an activity note …) is opened in clear for editing by its
  author (the holder's `personal_data_caretaker_id`) without typing a reason: they wrote it; the opening is
  logged all the same. Anyone else who may write it opens it in clear only as they would unmask (`can_unmask`,
  with a reason) — or edits the masked copy, where masked data may not be saved back (privacy.editing).
- The access log is read by `ACCESS_LOG_ROLES` (auditor, officer); blocked exports likewise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext_lazy as _

from xiaobao.org.roles import Role
from xiaobao.privacy import masking

if TYPE_CHECKING:
    from xiaobao.org.models import User

UNMASK_ROLES: frozenset[str] = frozenset({Role.OFFICER, Role.REVIEWER, Role.HEAD})
# A handler may unmask only a case they handle.
UNMASK_OWN_CASE_ROLES: frozenset[str] = frozenset({Role.HANDLER})
EXPORT_PLAIN_ROLES: frozenset[str] = frozenset({Role.OFFICER})
ACCESS_LOG_ROLES: frozenset[str] = frozenset({Role.AUDITOR, Role.OFFICER})
BLOCKED_EXPORT_ROLES: frozenset[str] = frozenset({Role.AUDITOR, Role.OFFICER})

MIN_REASON_LENGTH = 4

# The complainant fields that can be unmasked: API/page name → (model attribute, masking kind, label).
FIELDS: dict[str, tuple[str, str]] = {
    "name": ("complainant_name", masking.NAME),
    "phone": ("complainant_phone", masking.PHONE),
    "id_number": ("complainant_id_number", masking.ID_NUMBER),
    "address": ("complainant_address", masking.ADDRESS),
}
# Free text of a case, encrypted with a masked copy shown by default (privacy.fields.PrivateTextField), that
# can be unmasked the same way: API/page name → (related rows of the case, or "" for the case itself;
# attribute). A related row is named by the request's `item` (its id).
TEXT_FIELDS: dict[str, tuple[str, str]] = {
    "summary": ("", "summary"),
    "requested_outcome": ("", "requested_outcome"),
    "decision": ("", "decision"),
    "feedback": ("", "feedback"),
    "event_reason": ("events", "reason"),
    "contact_content": ("contacts", "content"),
    "contact_outcome": ("contacts", "outcome"),
}
FIELD_LABELS = {
    "name": _("Complainant name"),
    "phone": _("Phone"),
    "id_number": _("ID number"),
    "address": _("Address"),
    "summary": _("Summary"),
    "requested_outcome": _("Requested outcome"),
    "decision": _("Decision"),
    "feedback": _("Complainant feedback"),
    "event_reason": _("Timeline entry"),
    "contact_content": _("Contact record"),
    "contact_outcome": _("Contact outcome"),
    "all": _("All personal fields"),
    "evidence_play": _("Sales evidence played or viewed"),
    "evidence_download": _("Sales evidence downloaded"),
    "edit_text": _("Text opened in clear to edit it"),
    "contact_name": _("Contact person's name"),
    "contact_phone": _("Contact person's phone"),
}
UNMASKABLE: tuple[str, ...] = (*FIELDS, *TEXT_FIELDS)

# DLP: personal-data types whose unmasked presence in an outbound file blocks it for users without
# EXPORT_PLAIN_ROLES. All are validated or strongly patterned by the pii engine (ID check digit, Luhn,
# mobile prefixes, address down to the street or house number). PERSON is not blocking: without context
# a bare name is not reliably told from other words, and names are masked to the surname already.
# Masked values (138****5678, 650103********1540, 张**) are not found by the engine, so they never count.
DLP_BLOCKING_TYPES: frozenset[str] = frozenset({"MOBILE", "LANDLINE", "ID_CARD", "BANK_CARD", "EMAIL", "ADDRESS"})


def can_unmask(user: User, complaint: Any) -> bool:
    """`complaint`: any personal-data holder (core.registry); its `personal_data_caretaker_id` may unmask it."""
    if not user.is_active or user.is_read_only:
        return False
    if user.has_role(Role.AUDITOR) and not user.has_role(*UNMASK_ROLES):
        return False  # an auditor who is also a handler still may not unmask
    if user.has_role(*UNMASK_ROLES):
        return True
    caretaker = getattr(complaint, "personal_data_caretaker_id", None)
    return user.has_role(*UNMASK_OWN_CASE_ROLES) and caretaker is not None and caretaker == user.pk


def can_open_for_editing(user: User, holder: Any) -> bool:
    """The author of `holder` (its `personal_data_caretaker_id`) opens its free text in clear to edit it."""
    caretaker = getattr(holder, "personal_data_caretaker_id", None)
    return user.is_active and not user.is_read_only and caretaker is not None and caretaker == user.pk


def can_export_plain(user: User) -> bool:
    return user.is_active and not user.is_read_only and user.has_role(*EXPORT_PLAIN_ROLES)


def can_read_access_log(user: User) -> bool:
    return user.is_active and user.has_role(*ACCESS_LOG_ROLES)


def can_read_blocked_exports(user: User) -> bool:
    return user.is_active and user.has_role(*BLOCKED_EXPORT_ROLES)
