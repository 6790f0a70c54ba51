"""Shared admin pieces."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest


class ReadOnlyAdmin(admin.ModelAdmin):
    """Looked at in the admin, never added, changed or deleted there: records change only through the services
    (which audit every change), and evidence (audit events, access logs) never changes at all."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


# ------------------------------------------------------------------------------- background work (后台任务)

from django.utils.html import format_html  # noqa: E402
from django.utils.translation import gettext_lazy as _  # noqa: E402
from django.utils.translation import pgettext_lazy  # noqa: E402
from django_tasks_db.models import DBTaskResult  # noqa: E402

from xiaobao.core.models import BackgroundTask, Job  # noqa: E402

# django_tasks' status labels (its catalogue has no Chinese): repeated here so that ours translates them.
TASK_STATUS = {
    "READY": pgettext_lazy("Task", "Ready"),
    "RUNNING": pgettext_lazy("Task", "Running"),
    "FAILED": pgettext_lazy("Task", "Failed"),
    "SUCCESSFUL": pgettext_lazy("Task", "Successful"),
}


def is_administrator(user: Any) -> bool:
    """The administrator role (系统管理员, staff) or a superuser: who uses the admin pages."""
    return bool(user.is_active and user.is_staff and (
        user.is_superuser or (hasattr(user, "has_role") and user.has_role("admin"))))


class AdministratorReads(ReadOnlyAdmin):
    """Visible to the administrator role (系统管理员) and superusers, read-only."""

    @staticmethod
    def _allowed(request: HttpRequest) -> bool:
        return is_administrator(request.user)

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self._allowed(request)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._allowed(request)


class AdministratorMaintains(admin.ModelAdmin):
    """Maintained by the administrator role (users, institutions, departments): no Django permission rows needed,
    so a fresh install's administrator can work at once. Other staff keep Django's permission checks."""

    def has_module_permission(self, request: HttpRequest) -> bool:
        return is_administrator(request.user) or super().has_module_permission(request)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return is_administrator(request.user) or super().has_view_permission(request, obj)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return is_administrator(request.user) or super().has_add_permission(request)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return is_administrator(request.user) or super().has_change_permission(request, obj)


class TaskStatusFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "status"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, Any]]:
        return list(TASK_STATUS.items())

    def queryset(self, request: HttpRequest, queryset: Any) -> Any:
        return queryset.filter(status=self.value()) if self.value() else queryset


if admin.site.is_registered(DBTaskResult):
    admin.site.unregister(DBTaskResult)  # shown as 后台任务 below, in Chinese


@admin.register(BackgroundTask)
class BackgroundTaskAdmin(AdministratorReads):
    list_display = ("task", "status_label", "enqueued", "started", "finished", "attempts")
    list_filter = (TaskStatusFilter, "queue_name")
    ordering = ("-enqueued_at",)
    fields = ("task", "status_label", "enqueued", "started", "finished", "attempts", "arguments", "error")
    readonly_fields = fields

    @admin.display(description=_("task"))
    def task(self, obj: BackgroundTask) -> str:
        return obj.task_path

    @admin.display(description=_("status"))
    def status_label(self, obj: BackgroundTask) -> str:
        return str(TASK_STATUS.get(obj.status, obj.status))

    @admin.display(description=_("enqueued at"), ordering="enqueued_at")
    def enqueued(self, obj: BackgroundTask) -> Any:
        return obj.enqueued_at

    @admin.display(description=_("started at"))
    def started(self, obj: BackgroundTask) -> Any:
        return obj.started_at

    @admin.display(description=_("finished at"))
    def finished(self, obj: BackgroundTask) -> Any:
        return obj.finished_at

    @admin.display(description=_("attempts"))
    def attempts(self, obj: BackgroundTask) -> int:
        return len(obj.worker_ids or [])

    @admin.display(description=_("arguments"))
    def arguments(self, obj: BackgroundTask) -> str:
        return format_html("<code>{}</code>", obj.args_kwargs)

    @admin.display(description=_("error"))
    def error(self, obj: BackgroundTask) -> str:
        if not obj.traceback:
            return "—"
        return format_html("<strong>{}</strong><pre>{}</pre>", obj.exception_class_path, obj.traceback)


@admin.register(Job)
class JobAdmin(AdministratorReads):
    list_display = ("title", "kind", "status", "done", "total", "created_by", "created_at", "finished_at")
    list_filter = ("status", "kind")
    fields = ("title", "kind", "status", "phase", "done", "total", "attempts", "created_by", "created_at",
              "started_at", "finished_at", "result", "errors", "task_id")
    readonly_fields = fields
