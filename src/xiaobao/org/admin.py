from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from xiaobao.core.admin import AdministratorMaintains
from xiaobao.org.models import ApiToken, Department, Institution, User
from xiaobao.org.roles import Role


def role_label(code: str) -> str:
    """A role (a group named by its code) as users read it; a group that is no role keeps its name."""
    return str(Role(code).label) if code in Role.values else code


class RoleFilter(admin.SimpleListFilter):
    title = _("role")
    parameter_name = "role"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [(code, str(label)) for code, label in Role.choices]

    def queryset(self, request: HttpRequest, queryset: Any) -> Any:
        return queryset.filter(groups__name=self.value()) if self.value() else queryset


@admin.register(Institution)
class InstitutionAdmin(AdministratorMaintains):
    list_display = ("code", "name", "level", "parent", "is_active")
    list_filter = ("level", "is_active")
    search_fields = ("code", "name")
    readonly_fields = ("path",)


@admin.register(Department)
class DepartmentAdmin(AdministratorMaintains):
    list_display = ("institution", "kind", "name")
    list_filter = ("kind",)


@admin.register(User)
class UserAdmin(AdministratorMaintains, DjangoUserAdmin):
    list_display = ("username", "full_name", "institution", "department", "is_part_time", "is_active")
    list_filter = (RoleFilter, "is_part_time", "is_active", "institution__level")
    search_fields = ("username", "full_name", "institution__name")
    fieldsets = (
        *DjangoUserAdmin.fieldsets,
        (_("Organisation"), {"fields": ("full_name", "institution", "department", "is_part_time")}),
    )

    def formfield_for_manytomany(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if db_field.name == "groups" and field is not None:
            field.label_from_instance = lambda group: role_label(group.name)
        return field

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> tuple[str, ...]:
        """Only a superuser makes superusers or hands out single permissions: the administrator role works with
        roles (groups) and cannot raise itself above them."""
        fields = tuple(super().get_readonly_fields(request, obj))
        if request.user.is_superuser:
            return fields
        return (*fields, "is_superuser", "user_permissions")


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("prefix", "user", "name", "created_at", "last_used_at", "revoked_at")
    readonly_fields = ("prefix", "key_hash", "created_at", "last_used_at")
