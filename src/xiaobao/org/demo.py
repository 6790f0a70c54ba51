"""The demo branch: 新疆分公司 with 18 sub-institutions, outlets, departments and staff (idempotent)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from django.contrib.auth.hashers import make_password
from django.db import transaction

from xiaobao.org import services
from xiaobao.org.models import Department, Institution, User
from xiaobao.org.roles import Role

DEMO_PASSWORD = "xiaobao-demo-2026"  # noqa: S105 - the published password of the demo accounts (README)

BRANCH = ("650000", "新疆分公司", "xj")
# (code, name, username prefix): the 14 prefecture-level divisions of Xinjiang plus four cities.
SUB_INSTITUTIONS: tuple[tuple[str, str, str], ...] = (
    ("650100", "乌鲁木齐中心支公司", "wlmq"),
    ("650200", "克拉玛依中心支公司", "klmy"),
    ("650400", "吐鲁番中心支公司", "tlf"),
    ("650500", "哈密中心支公司", "hm"),
    ("652300", "昌吉中心支公司", "cj"),
    ("652700", "博尔塔拉中心支公司", "betl"),
    ("652800", "巴音郭楞中心支公司", "bygl"),
    ("652900", "阿克苏中心支公司", "aks"),
    ("653000", "克孜勒苏中心支公司", "kzls"),
    ("653100", "喀什中心支公司", "ks"),
    ("653200", "和田中心支公司", "ht"),
    ("654000", "伊犁中心支公司", "yl"),
    ("654200", "塔城中心支公司", "tc"),
    ("654300", "阿勒泰中心支公司", "alt"),
    ("659001", "石河子中心支公司", "shz"),
    ("654003", "奎屯中心支公司", "kt"),
    ("659004", "五家渠中心支公司", "wjq"),
    ("659002", "阿拉尔中心支公司", "ale"),
)
OUTLETS: tuple[tuple[str, str, str], ...] = (  # (parent code, code, name)
    ("650100", "650102", "天山区支公司"),
    ("650100", "650103", "沙依巴克区支公司"),
    ("650100", "650105", "水磨沟区营业部"),
    ("652300", "652302", "阜康支公司"),
    ("652800", "652801", "库尔勒支公司"),
    ("653100", "653101", "喀什市营业部"),
    ("654000", "654002", "伊宁市支公司"),
)
BRANCH_DEPARTMENTS = [k.value for k in Department.Kind]
SUB_DEPARTMENTS = [Department.Kind.CONSUMER_PROTECTION, Department.Kind.CLAIMS, Department.Kind.MOTOR,
                   Department.Kind.NON_MOTOR, Department.Kind.CUSTOMER_SERVICE, Department.Kind.OFFICE]

_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_GIVEN = ["建国", "丽娟", "海燕", "志强", "秀英", "伟", "静", "敏", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛",
          "明", "超", "秀兰", "霞", "平", "刚", "桂英", "玉兰", "红梅", "晓东", "文华", "春燕", "国庆", "新民"]
_UYGHUR = ["买买提·艾力", "阿依古丽·吐尔逊", "艾尔肯·吐尔洪", "古丽米拉·阿布都", "热依拉·买合木提", "努尔兰·哈力克",
           "迪丽努尔·艾山", "阿不都热合曼·斯拉木"]
HANDLERS_PER_INSTITUTION = [3] * 10 + [2] * 8  # 46 part-time complaint handlers over the 18 sub-institutions


def _name(n: int) -> str:
    if n % 7 == 3:
        return _UYGHUR[n % len(_UYGHUR)]
    return _SURNAMES[(n * 7) % len(_SURNAMES)] + _GIVEN[(n * 11) % len(_GIVEN)]


@cache
def _demo_password_hash() -> str:
    """One hash for the shared demo password: hashing it 93 times would take most of `xiaobao demo`'s time."""
    return make_password(DEMO_PASSWORD)


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: str
    institution: str
    institution_name: str
    full_name: str


def _institution(code: str, name: str, level: int, parent: Institution | None) -> Institution:
    existing = Institution.objects.filter(code=code).first()
    return existing or services.institution_create(code=code, name=name, level=level, parent=parent)


def _departments(institution: Institution, kinds: list[str]) -> dict[str, Department]:
    out = {}
    for kind in kinds:
        dept = Department.objects.filter(institution=institution, kind=kind).first()
        out[kind] = dept or services.department_create(institution=institution, kind=kind)
    return out


def _user(accounts: list[DemoAccount], counter: list[int], *, username: str, role: str,
          institution: Institution, department: Department | None, part_time: bool = False) -> None:
    counter[0] += 1
    user = User.objects.filter(username=username).first()
    if user is None:
        user = services.user_create(
            username=username, password=DEMO_PASSWORD, full_name=_name(counter[0]), institution=institution,
            department=department, roles=[role], email=f"{username}@demo.xiaobao.local", is_part_time=part_time,
            password_hash=_demo_password_hash(),
        )
    accounts.append(DemoAccount(username, DEMO_PASSWORD, role, institution.code, institution.name, user.full_name))


@transaction.atomic
def seed_organisation() -> list[DemoAccount]:
    """Create (or find) the demo branch and its staff; returns the demo accounts."""
    services.ensure_role_groups()
    accounts: list[DemoAccount] = []
    counter = [0]
    code, name, prefix = BRANCH
    branch = _institution(code, name, Institution.Level.BRANCH, None)
    bd = _departments(branch, BRANCH_DEPARTMENTS)
    cp = bd[Department.Kind.CONSUMER_PROTECTION]
    for i in range(1, 6):  # five full-time consumer-protection officers at the branch
        _user(accounts, counter, username=f"{prefix}.officer{i}", role=Role.OFFICER, institution=branch, department=cp)
    for role, dept in ((Role.REVIEWER, cp), (Role.HEAD, bd[Department.Kind.OFFICE]),
                       (Role.COMPLIANCE_REVIEWER, bd[Department.Kind.LEGAL_COMPLIANCE]), (Role.TRAINER, cp),
                       (Role.AUDITOR, bd[Department.Kind.LEGAL_COMPLIANCE]), (Role.ADMIN, bd[Department.Kind.OFFICE])):
        _user(accounts, counter, username=f"{prefix}.{role.replace('_reviewer', '')}", role=role, institution=branch,
              department=dept)
    for (sub_code, sub_name, sub_prefix), handlers in zip(SUB_INSTITUTIONS, HANDLERS_PER_INSTITUTION, strict=True):
        sub = _institution(sub_code, sub_name, Institution.Level.SUB_INSTITUTION, branch)
        depts = _departments(sub, SUB_DEPARTMENTS)
        for i in range(1, handlers + 1):
            dept = depts[[Department.Kind.CLAIMS, Department.Kind.CUSTOMER_SERVICE, Department.Kind.MOTOR][i - 1]]
            _user(accounts, counter, username=f"{sub_prefix}.handler{i}", role=Role.HANDLER, institution=sub,
                  department=dept, part_time=True)
        _user(accounts, counter, username=f"{sub_prefix}.reviewer", role=Role.REVIEWER, institution=sub,
              department=depts[Department.Kind.CONSUMER_PROTECTION])
        _user(accounts, counter, username=f"{sub_prefix}.head", role=Role.HEAD, institution=sub,
              department=depts[Department.Kind.OFFICE])
    for parent_code, outlet_code, outlet_name in OUTLETS:
        parent = Institution.objects.get(code=parent_code)
        outlet = _institution(outlet_code, parent.name.replace("中心支公司", "") + outlet_name,
                              Institution.Level.OUTLET, parent)
        _departments(outlet, [Department.Kind.CUSTOMER_SERVICE])
    return accounts
