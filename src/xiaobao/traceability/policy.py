"""Who may do what with sales evidence (可回溯资料的保密) — the one place to change it.

- Reading the registry (sale records, the list of evidence, the masked policyholder) is open to `READ_ROLES`
  within their data scope (officers and auditors: the whole organisation).
- Playing, viewing or downloading an evidence file is personal data in clear (the policyholder's voice, their
  answers): `PLAYBACK_ROLES` within their scope, always with a stated reason, logged in the privacy access log.
  Auditors never play: they are read-only and audit the access log instead.
- Registering sales and adding evidence (by hand or bulk intake): `WRITE_ROLES` within scope.
- The integrity page: officers run the check; auditors read its results.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from xiaobao.org.roles import Role

if TYPE_CHECKING:
    from xiaobao.org.models import User

READ_ROLES: frozenset[str] = frozenset({Role.HANDLER, Role.REVIEWER, Role.HEAD, Role.OFFICER,
                                        Role.COMPLIANCE_REVIEWER, Role.AUDITOR})
PLAYBACK_ROLES: frozenset[str] = frozenset({Role.HANDLER, Role.REVIEWER, Role.HEAD, Role.OFFICER,
                                            Role.COMPLIANCE_REVIEWER})
WRITE_ROLES: frozenset[str] = frozenset({Role.OFFICER, Role.HEAD, Role.COMPLIANCE_REVIEWER})
INTEGRITY_READ_ROLES: frozenset[str] = frozenset({Role.OFFICER, Role.AUDITOR})
INTEGRITY_RUN_ROLES: frozenset[str] = frozenset({Role.OFFICER})


def _active(user: User) -> bool:
    return bool(user.is_authenticated and user.is_active)


def can_read(user: User) -> bool:
    return _active(user) and user.has_role(*READ_ROLES)


def can_play(user: User) -> bool:
    return _active(user) and not user.is_read_only and user.has_role(*PLAYBACK_ROLES)


def can_write(user: User) -> bool:
    return _active(user) and not user.is_read_only and user.has_role(*WRITE_ROLES)


def can_read_integrity(user: User) -> bool:
    return _active(user) and user.has_role(*INTEGRITY_READ_ROLES)


def can_run_integrity(user: User) -> bool:
    return _active(user) and not user.is_read_only and user.has_role(*INTEGRITY_RUN_ROLES)
