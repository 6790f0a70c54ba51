from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from xiaobao.audit.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """Read-only: the admin can look, never add, edit or delete."""

    list_display = ("seq", "occurred_at", "actor_username", "action", "object_repr", "ip")
    list_filter = ("action",)
    search_fields = ("actor_username", "object_repr", "object_id")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
