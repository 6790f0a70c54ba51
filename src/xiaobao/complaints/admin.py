from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from xiaobao.complaints import deadlines
from xiaobao.complaints.models import CalendarDay, CalendarYear, Complaint
from xiaobao.core.admin import ReadOnlyAdmin


class CalendarTableAdmin(admin.ModelAdmin):
    """The admin-maintained holiday table: every change takes effect on the next deadline computed here."""

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        deadlines.forget_calendar()

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        super().delete_model(request, obj)
        deadlines.forget_calendar()


@admin.register(CalendarDay)
class CalendarDayAdmin(CalendarTableAdmin):
    """节假日调休: holidays and make-up working days for years chinese-calendar does not cover yet."""

    list_display = ("day", "is_working_day", "note")
    list_filter = ("is_working_day",)
    date_hierarchy = "day"


@admin.register(CalendarYear)
class CalendarYearAdmin(CalendarTableAdmin):
    """已维护年份: a year the table covers completely (no warning for deadlines reaching into it)."""

    list_display = ("year",)


@admin.register(Complaint)
class ComplaintAdmin(ReadOnlyAdmin):
    """Read-only in the admin: cases change only through the workflow services (and their audit trail)."""

    list_display = ("number", "status", "channel", "institution", "received_at", "due_at")
    list_filter = ("status", "channel", "product_line")
    search_fields = ("number", "policy_number")
    exclude = ("complainant_name", "complainant_phone", "complainant_id_number", "complainant_address",
               "phone_index", "id_number_index", "summary", "requested_outcome", "decision", "feedback")
