"""Read-only admin views of the privacy records (append-only evidence)."""

from __future__ import annotations

from django.contrib import admin

from xiaobao.core.admin import ReadOnlyAdmin
from xiaobao.privacy.models import BlockedExport, PersonalDataAccess


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
