"""重复投诉: repeats of a complaint for grading — same phone or ID (blind index) or policy number within the rules'
window, across the whole organisation. The duplicate check the intake form and API show before a case is saved is
`complaints.selectors_major.possible_duplicates`; both match through its `_matching`.
"""

from __future__ import annotations

from xiaobao.complaints import grading
from xiaobao.complaints.models import Complaint
from xiaobao.complaints.selectors_major import _matching


def repeat_count(complaint: Complaint, rules: grading.Rules | None = None) -> int:
    """How many other complaints of the same person or policy fall in the window (whole organisation)."""
    rules = rules or grading.current()
    keys: dict[str, tuple[str, str]] = {}
    if "phone" in rules.duplicate_match and complaint.phone_index:
        keys["phone"] = ("phone_index", complaint.phone_index)
    if "id" in rules.duplicate_match and complaint.id_number_index:
        keys["id"] = ("id_number_index", complaint.id_number_index)
    if "policy" in rules.duplicate_match and complaint.policy_number:
        keys["policy"] = ("policy_number", complaint.policy_number)
    return _matching(keys, complaint.received_at, rules.duplicate_window_days, complaint.pk).count()
