"""Education and outreach (宣传教育): campaigns, activities with their photos and files, and published pieces
(education articles, 以案说险 case stories, activity reports) with their channel, reach and publication check."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from xiaobao.outreach.codes import Audience, CampaignKind, Channel, Format, PieceKind, Status
from xiaobao.privacy.fields import MaskedTextField, PrivateTextField, PrivateTextModel


class Campaign(models.Model):
    """A campaign an officer maintains (3·15, 金融知识万里行 …); activities outside any campaign are 常态化."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    kind = models.CharField(_("type"), max_length=20, choices=CampaignKind.choices,
                            default=CampaignKind.CONCENTRATED)
    season = models.CharField(_("usual season"), max_length=60, blank=True)  # e.g. 每年3月
    is_active = models.BooleanField(_("in use"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")
        ordering = ["-is_active", "name"]

    def __str__(self) -> str:
        return self.name


class Activity(PrivateTextModel):
    """宣传教育活动: one event (or online action) of an institution."""

    institution = models.ForeignKey("org.Institution", verbose_name=_("institution"), on_delete=models.PROTECT,
                                    related_name="outreach_activities")
    campaign = models.ForeignKey(Campaign, verbose_name=_("campaign"), null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="activities")
    title = models.CharField(_("title"), max_length=200)
    held_on = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=200, blank=True)
    format = models.CharField(_("format"), max_length=20, choices=Format.choices)
    # Audience codes as ",elderly,rural," so that one group is a portable `audiences__contains=",elderly,"`
    audiences = models.CharField(_("audience groups"), max_length=200, blank=True)
    people_reached = models.PositiveIntegerField(_("people reached"), default=0)
    materials = models.PositiveIntegerField(_("materials handed out"), default=0)
    partners = PrivateTextField(_("partner organisations"), blank=True)
    partners_masked = MaskedTextField(source="partners")
    description = PrivateTextField(_("what was done"), blank=True)
    description_masked = MaskedTextField(source="description")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)
    idempotency_key = models.CharField(max_length=200, null=True, blank=True)
    import_key = models.CharField(max_length=64, null=True, blank=True)  # a ledger row imported once

    class Meta:
        verbose_name = _("outreach activity")
        verbose_name_plural = _("outreach activities")
        ordering = ["-held_on", "-id"]
        indexes = [models.Index(fields=["institution", "held_on"], name="outreach_act_inst_day_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(format__in=Format.values), name="outreach_activity_format_valid"),
            models.UniqueConstraint(fields=["created_by", "idempotency_key"], name="outreach_activity_idem_unique",
                                    condition=Q(idempotency_key__isnull=False)),
            models.UniqueConstraint(fields=["import_key"], name="outreach_activity_import_unique",
                                    condition=Q(import_key__isnull=False)),
        ]

    def __str__(self) -> str:
        return f"{self.held_on:%Y-%m-%d} {self.title}"

    @property
    def personal_data_caretaker_id(self) -> int | None:
        """Its author opens its private text in clear to edit it (privacy.policy.can_open_for_editing)."""
        return self.created_by_id

    @property
    def audience_list(self) -> list[str]:
        return [a for a in self.audiences.split(",") if a]

    @property
    def audience_labels(self) -> list[str]:
        return [str(Audience(a).label) for a in self.audience_list if a in Audience.values]


class ActivityFile(models.Model):
    """A photo or file of an activity (签到表, 现场照片, 宣传折页 …), stored through core.uploads."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="files")
    original_name = models.CharField(_("file name"), max_length=200)
    stored_name = models.CharField(max_length=80, unique=True)
    content_type = models.CharField(max_length=120)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("activity file")
        verbose_name_plural = _("activity files")
        ordering = ["id"]

    def __str__(self) -> str:
        return self.original_name

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")


class Piece(PrivateTextModel):
    """A published text (宣传文章, 以案说险, 活动报道), of an activity or on its own. Its text passes the marketing
    and pii checks before it is published (`services.publish`); `status` is written only by transitions.apply."""

    institution = models.ForeignKey("org.Institution", verbose_name=_("institution"), on_delete=models.PROTECT,
                                    related_name="outreach_pieces")
    activity = models.ForeignKey(Activity, verbose_name=_("activity"), null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="pieces")
    campaign = models.ForeignKey(Campaign, verbose_name=_("campaign"), null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="pieces")
    kind = models.CharField(_("type"), max_length=20, choices=PieceKind.choices)
    title = models.CharField(_("title"), max_length=200)
    text = PrivateTextField(_("text"))
    text_masked = MaskedTextField(source="text")
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices)
    url = models.CharField(_("link"), max_length=500, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    published_on = models.DateField(_("publication date"), null=True, blank=True)
    reads = models.PositiveIntegerField(_("reads"), default=0)
    plays = models.PositiveIntegerField(_("plays"), default=0)
    # the last publication check: [{engine, code, label, before, quote, after, explanation, basis}] (masked)
    findings = models.JSONField(default=list, blank=True)
    checked_at = models.DateTimeField(null=True, blank=True)
    engine_versions = models.JSONField(default=dict, blank=True)
    override_reason = PrivateTextField(_("reason for publishing over the findings"), blank=True)
    override_reason_masked = MaskedTextField(source="override_reason")
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                     related_name="+")
    published_at = models.DateTimeField(null=True, blank=True)
    withdraw_reason = PrivateTextField(_("reason for withdrawal"), blank=True)
    withdraw_reason_masked = MaskedTextField(source="withdraw_reason")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)
    idempotency_key = models.CharField(max_length=200, null=True, blank=True)

    class Meta:
        verbose_name = _("published piece")
        verbose_name_plural = _("published pieces")
        ordering = ["-published_on", "-id"]
        indexes = [models.Index(fields=["institution", "status", "published_on"], name="outreach_piece_pub_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=Status.values), name="outreach_piece_status_valid"),
            models.CheckConstraint(condition=Q(kind__in=PieceKind.values), name="outreach_piece_kind_valid"),
            models.CheckConstraint(condition=~Q(status=Status.PUBLISHED) | Q(published_on__isnull=False),
                                   name="outreach_piece_published_dated"),
            models.UniqueConstraint(fields=["created_by", "idempotency_key"], name="outreach_piece_idem_unique",
                                    condition=Q(idempotency_key__isnull=False)),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def personal_data_caretaker_id(self) -> int | None:
        """Its author opens its private text in clear to edit it (privacy.policy.can_open_for_editing)."""
        return self.created_by_id

    @property
    def reach(self) -> int:
        return self.reads + self.plays

    @property
    def published_over_findings(self) -> bool:
        return bool(self.override_reason)
