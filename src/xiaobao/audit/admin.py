from __future__ import annotations

from django.contrib import admin

from xiaobao.audit.models import AuditEvent
from xiaobao.core.admin import ReadOnlyAdmin


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdmin):
    """Read-only: the admin can look, never add, edit or delete."""

    list_display = ("seq", "occurred_at", "actor_username", "action", "object_repr", "ip")
    list_filter = ("action",)
    search_fields = ("actor_username", "object_repr", "object_id")
