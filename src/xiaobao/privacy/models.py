"""Records of personal-data access (个人信息访问日志) and of blocked exports (外发拦截记录).

Both are append-only evidence: they hold who, when, whose data (the case number and field) and why —
never the personal value itself.
"""

from __future__ import annotations

from typing import Any, NoReturn

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AppendOnlyError(Exception):
    """Access-log and blocked-export rows are never updated or deleted by the application."""


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError("privacy records cannot be updated")

    def delete(self) -> NoReturn:
        raise AppendOnlyError("privacy records cannot be deleted")


class AppendOnlyModel(models.Model):
    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise AppendOnlyError("privacy records cannot be updated")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError("privacy records cannot be deleted")


class PersonalDataAccess(AppendOnlyModel):
    """One look at personal data in clear: an unmasked field of a case, or a plain export."""

    class Kind(models.TextChoices):
        UNMASK = "unmask", _("Unmask")  # 查看明文
        EXPORT = "export", _("Plain export")  # 明文导出

    at = models.DateTimeField(_("time"), db_index=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.PROTECT,
                             related_name="+")
    username = models.CharField(_("user"), max_length=150)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.UNMASK)
    complaint = models.ForeignKey("complaints.Complaint", verbose_name=_("complaint"), null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="+")
    complaint_number = models.CharField(_("complaint number"), max_length=32, blank=True, db_index=True)
    field = models.CharField(_("field"), max_length=20)  # name / phone / id_number / address / all
    reason = models.TextField(_("reason"))
    ip = models.GenericIPAddressField(_("client IP"), null=True, blank=True)
    channel = models.CharField(_("access channel"), max_length=10, blank=True)  # page / api / export
    filename = models.CharField(_("file name"), max_length=200, blank=True)
    record_count = models.PositiveIntegerField(_("records"), default=1)

    class Meta:
        verbose_name = _("personal data access")
        verbose_name_plural = _("personal data access log")
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["username", "at"], name="privacy_access_user_idx")]
        constraints = [
            models.CheckConstraint(condition=models.Q(kind__in=["unmask", "export"]), name="privacy_access_kind_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.username} {self.complaint_number or self.filename} {self.field}"


class BlockedExport(AppendOnlyModel):
    """An outbound file the DLP check stopped: the finding counts by type, never the values."""

    at = models.DateTimeField(_("time"), db_index=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.PROTECT,
                             related_name="+")
    username = models.CharField(_("user"), max_length=150)
    filename = models.CharField(_("file name"), max_length=200)
    kind = models.CharField(_("format"), max_length=10)
    findings = models.JSONField(_("findings"), default=dict)  # {"MOBILE": 3, "ID_CARD": 1}
    total = models.PositiveIntegerField(_("findings"), default=0)
    ip = models.GenericIPAddressField(_("client IP"), null=True, blank=True)

    class Meta:
        verbose_name = _("blocked export")
        verbose_name_plural = _("blocked exports")
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.username} {self.filename}"
