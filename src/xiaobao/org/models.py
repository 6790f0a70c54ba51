"""Organisation: institution tree, departments, users and API tokens."""

from __future__ import annotations

from functools import cached_property

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from xiaobao.org.roles import CASE_ROLES, ORGANISATION_WIDE_ROLES, READ_ONLY_ROLES, Role


class Institution(models.Model):
    """机构: branch (分公司) → sub-institution (三级机构, 中心支公司) → outlet (四级机构, 支公司/营业部)."""

    class Level(models.IntegerChoices):
        HEAD_OFFICE = 1, _("Head office")  # 总公司
        BRANCH = 2, _("Branch")  # 分公司 (省级)
        SUB_INSTITUTION = 3, _("Sub-institution")  # 三级机构
        OUTLET = 4, _("Outlet")  # 四级机构

    code = models.CharField(_("code"), max_length=20, unique=True)
    name = models.CharField(_("name"), max_length=100)
    level = models.PositiveSmallIntegerField(_("level"), choices=Level.choices)
    parent = models.ForeignKey(
        "self", verbose_name=_("parent"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    # Materialised path of codes, "/650000/650100/": a subtree is one indexed prefix query.
    path = models.CharField(max_length=255, unique=True, editable=False)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        ordering = ["path"]
        constraints = [
            models.CheckConstraint(condition=models.Q(level__in=[1, 2, 3, 4]), name="institution_level_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.name}（{self.code}）"

    def contains(self, other: Institution) -> bool:
        """Whether `other` is this institution or below it."""
        return other.path.startswith(self.path)


class Department(models.Model):
    """部门 within an institution (消保部, 理赔部, ...)."""

    class Kind(models.TextChoices):
        CONSUMER_PROTECTION = "consumer_protection", _("Consumer protection")  # 消费者权益保护部
        CLAIMS = "claims", _("Claims")  # 理赔部
        MOTOR = "motor", _("Motor insurance")  # 车险部
        NON_MOTOR = "non_motor", _("Non-motor insurance")  # 非车险部
        LEGAL_COMPLIANCE = "legal_compliance", _("Legal and compliance")  # 法律合规部
        CUSTOMER_SERVICE = "customer_service", _("Customer service centre")  # 客户服务中心
        SALES = "sales", _("Sales")  # 销售管理部
        OFFICE = "office", _("General office")  # 综合办公室

    institution = models.ForeignKey(
        Institution, verbose_name=_("institution"), on_delete=models.PROTECT, related_name="departments"
    )
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        ordering = ["institution__path", "kind"]
        constraints = [models.UniqueConstraint(fields=["institution", "kind"], name="department_unique_kind")]

    def __str__(self) -> str:
        return f"{self.institution.name} · {self.name}"


class User(AbstractUser):
    """A staff member. Roles are groups named by `Role` codes; the data scope follows the institution."""

    full_name = models.CharField(_("full name"), max_length=60, blank=True)
    institution = models.ForeignKey(
        Institution,
        verbose_name=_("institution"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="staff",
    )
    department = models.ForeignKey(
        Department, verbose_name=_("department"), null=True, blank=True, on_delete=models.PROTECT, related_name="staff"
    )
    is_part_time = models.BooleanField(_("part-time"), default=False)  # 兼职投诉处理员

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.full_name or self.username

    @cached_property
    def roles(self) -> frozenset[str]:
        return frozenset(self.groups.values_list("name", flat=True))

    def has_role(self, *roles: str) -> bool:
        return bool(self.roles.intersection(roles))

    @property
    def has_case_role(self) -> bool:
        return bool(self.roles & CASE_ROLES)

    @property
    def sees_whole_organisation(self) -> bool:
        return bool(self.roles & ORGANISATION_WIDE_ROLES)

    @property
    def is_read_only(self) -> bool:
        return bool(self.roles) and self.roles <= READ_ONLY_ROLES

    @property
    def role_labels(self) -> list[str]:
        return [str(Role(code).label) for code in Role.values if code in self.roles]


class ApiToken(models.Model):
    """An API bearer token. Only its SHA-256 is stored; the token itself is shown once at creation."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("name"), max_length=100, blank=True)
    prefix = models.CharField(max_length=12)
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.user})"
