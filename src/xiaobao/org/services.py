"""Writes of the organisation: institutions, departments, users, roles and API tokens."""

from __future__ import annotations

import hashlib
import secrets

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from xiaobao.audit import services as audit
from xiaobao.org.models import ApiToken, Department, Institution, User
from xiaobao.org.roles import Role

TOKEN_PREFIX = "xb_"  # noqa: S105 - the visible prefix of API tokens, not a secret


def ensure_role_groups() -> None:
    """One Django group per role code; idempotent."""
    for code in Role.values:
        Group.objects.get_or_create(name=code)


@transaction.atomic
def institution_create(*, code: str, name: str, level: int, parent: Institution | None = None) -> Institution:
    path = f"{parent.path if parent else '/'}{code}/"
    institution = Institution(code=code, name=name, level=level, parent=parent, path=path)
    institution.full_clean()
    institution.save()
    audit.record(action="org.institution_created", obj=institution, after={"code": code, "name": name})
    return institution


@transaction.atomic
def department_create(*, institution: Institution, kind: str, name: str | None = None) -> Department:
    department = Department(institution=institution, kind=kind, name=name or str(Department.Kind(kind).label))
    department.full_clean()
    department.save()
    return department


@transaction.atomic
def user_create(
    *,
    username: str,
    password: str,
    full_name: str,
    institution: Institution | None,
    roles: list[str],
    department: Department | None = None,
    email: str = "",
    is_part_time: bool = False,
    by: User | None = None,
    password_hash: str | None = None,
) -> User:
    """Create a staff member with roles. `password_hash` (from make_password) skips hashing again, for seeding
    many accounts that share one password."""
    user = User(
        username=username,
        full_name=full_name,
        institution=institution,
        department=department,
        email=email,
        is_part_time=is_part_time,
        is_staff=Role.ADMIN in roles,
    )
    if password_hash:
        user.password = password_hash
    else:
        user.set_password(password)
    user.full_clean()
    user.save()
    user_set_roles(user=user, roles=roles, by=by)
    audit.record(action="org.user_created", obj=user, actor=by, after={"username": username, "roles": roles})
    return user


@transaction.atomic
def user_set_roles(*, user: User, roles: list[str], by: User | None = None) -> None:
    unknown = set(roles) - set(Role.values)
    if unknown:
        raise ValueError(f"unknown roles: {sorted(unknown)}")
    ensure_role_groups()
    before = sorted(user.groups.values_list("name", flat=True))
    user.groups.set(Group.objects.filter(name__in=roles))
    user.__dict__.pop("roles", None)
    if before and before != sorted(roles):
        audit.record(action="org.user_roles_changed", obj=user, actor=by, before={"roles": before},
                     after={"roles": sorted(roles)})


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def token_create(*, user: User, name: str = "", by: User | None = None) -> str:
    """Create an API token for `user` and return it; only its hash is kept."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    api_token = ApiToken.objects.create(user=user, name=name, prefix=token[:10], key_hash=_hash_token(token))
    audit.record(action="org.token_created", obj=api_token, actor=by or user, after={"prefix": api_token.prefix})
    return token


def token_authenticate(token: str) -> User | None:
    """The active user owning an unrevoked token, or None."""
    try:
        api_token = ApiToken.objects.select_related("user", "user__institution").get(
            key_hash=_hash_token(token), revoked_at__isnull=True
        )
    except ApiToken.DoesNotExist:
        return None
    if not api_token.user.is_active:
        return None
    now = timezone.now()
    if api_token.last_used_at is None or (now - api_token.last_used_at).total_seconds() > 60:
        ApiToken.objects.filter(pk=api_token.pk).update(last_used_at=now)
    return api_token.user
