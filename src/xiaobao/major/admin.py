"""Read-only admin pages of the major-complaint module (changes go through the services and the pages)."""

from django.contrib import admin

from xiaobao.core.admin import ReadOnlyAdmin
from xiaobao.major.models import (
    AccountabilityRecord,
    AssessmentRecord,
    ExternalRoute,
    GradingRuleSet,
    MajorCase,
    RectificationTask,
)


@admin.register(GradingRuleSet)
class GradingRuleSetAdmin(ReadOnlyAdmin):
    list_display = ("version", "created_by", "created_at", "note")


@admin.register(MajorCase)
class MajorCaseAdmin(ReadOnlyAdmin):
    list_display = ("complaint", "suggested_level", "level", "confirmed_by", "confirmed_at")
    list_filter = ("level",)


@admin.register(ExternalRoute)
class ExternalRouteAdmin(ReadOnlyAdmin):
    list_display = ("complaint", "kind", "body", "referred_on", "outcome")
    list_filter = ("kind", "outcome")


@admin.register(RectificationTask)
class RectificationTaskAdmin(ReadOnlyAdmin):
    list_display = ("subject_label", "title", "owner", "institution", "due_on", "status")
    list_filter = ("status",)


@admin.register(AccountabilityRecord)
class AccountabilityRecordAdmin(ReadOnlyAdmin):
    list_display = ("complaint", "responsible_user", "responsible_institution", "measure", "status")
    list_filter = ("measure", "status")


@admin.register(AssessmentRecord)
class AssessmentRecordAdmin(ReadOnlyAdmin):
    list_display = ("period", "institution", "user", "accountability")
