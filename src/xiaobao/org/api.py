"""REST endpoints of the organisation: who am I, institutions in my scope."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router, Schema

from xiaobao.core.errors import NotFound
from xiaobao.org import selectors

router = Router(tags=["org"])


class InstitutionOut(Schema):
    code: str
    name: str
    level: int
    parent: str | None


class MeOut(Schema):
    username: str
    full_name: str
    roles: list[str]
    institution: InstitutionOut | None


def _institution_out(institution) -> InstitutionOut:
    return InstitutionOut(
        code=institution.code,
        name=institution.name,
        level=institution.level,
        parent=institution.parent.code if institution.parent_id else None,
    )


@router.get("/me", response=MeOut, summary="The authenticated user")
def me(request: HttpRequest) -> MeOut:
    user = request.user
    return MeOut(
        username=user.username,
        full_name=user.full_name,
        roles=sorted(user.roles),
        institution=_institution_out(user.institution) if user.institution_id else None,
    )


@router.get("/institutions", response=list[InstitutionOut], summary="Institutions in the user's data scope")
def institution_list(request: HttpRequest) -> list[InstitutionOut]:
    return [_institution_out(i) for i in selectors.institutions_visible_to(request.user).select_related("parent")]


@router.get("/institutions/{code}", response=InstitutionOut, summary="One institution in the user's scope")
def institution_detail(request: HttpRequest, code: str) -> InstitutionOut:
    institution = selectors.institutions_visible_to(request.user).select_related("parent").filter(code=code).first()
    if institution is None:
        raise NotFound("institution not found")
    return _institution_out(institution)
