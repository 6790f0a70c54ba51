"""Read-only admin views of the privacy records (append-only evidence)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from xiaobao.privacy.models import BlockedExport, PersonalDataAccess


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(PersonalDataAccess)
class PersonalDataAccessAdmin(ReadOnlyAdmin):
    list_display = ("at", "username", "kind", "complaint_number", "field", "reason", "ip", "channel")
    list_filter = ("kind", "field", "channel")
    search_fields = ("username", "complaint_number")
    date_hierarchy = "at"


@admin.register(BlockedExport)
class BlockedExportAdmin(ReadOnlyAdmin):
    list_display = ("at", "username", "filename", "kind", "total", "ip")
    search_fields = ("username", "filename")
    date_hierarchy = "at"
