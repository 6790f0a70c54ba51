"""No page or API response shows a complainant's personal data in clear; the database holds none.

Realistic cases are worked through the real services, then every main page and API response is fetched
as a handler, a reviewer and an officer, and each body is checked two ways: against the stored plain
values themselves, and with the pii engine (no phone, ID number, bank card, e-mail or street address).
"""

from __future__ import annotations

import html
import json

import pytest
from django.db import connection

from tests.complaints.conftest import intake
from xiaobao.complaints import services
from xiaobao.complaints.models import Complaint
from xiaobao.engines.pii import scan
from xiaobao.org import services as org_services
from xiaobao.privacy import policy

PEOPLE = [
    # name, phone, ID number (valid check digits), address, institution
    ("张三丰", "13812345678", "650103195301191540", "新疆乌鲁木齐市天山区解放北路100号", "650100"),
    ("欧阳娜娜", "+86 139 9123 4567", "65010219880712342X", "新疆乌鲁木齐市沙依巴克区友好南路88号3单元502室", "650102"),
    ("阿依古丽·吐尔逊", "18690112233", "653101199001010021", "新疆喀什地区喀什市人民东路17号", "653100"),
    ("李建国", "0991-4567890", "", "乌鲁木齐市新市区北京南路358号", "650100"),
]
ROLES = ("handler_a", "reviewer_a", "officer")


def _body(response) -> str:
    text = response.content.decode()
    if response.get("Content-Type", "").startswith("application/json"):
        text = json.dumps(response.json(), ensure_ascii=False)
    return html.unescape(text)


@pytest.fixture
def cases(cast):
    made = []
    for i, (name, phone, id_number, address, institution) in enumerate(PEOPLE):
        by = cast.handler_b if institution == "653100" else cast.handler_a
        c, _ = services.register(intake(
            complainant=services.ComplainantIn(name=name, phone=phone, id_number=id_number, address=address),
            institution=institution, summary=f"第{i + 1}件：车险理赔金额与定损不一致，要求重新核定。",
            requested_outcome="按定损金额赔付"), by=by)
        made.append(c)
    a = made[0]
    a = services.accept(complaint_id=a.pk, version=a.version, by=cast.handler_a)
    a = services.add_note(complaint_id=a.pk, version=a.version, by=cast.handler_a, note="已调取定损单据")
    a = services.record_contact(complaint_id=a.pk, version=a.version, by=cast.handler_a, at=a.received_at,
                                way="phone", content="电话告知处理进度", outcome="客户同意等待复核")
    a = services.submit(complaint_id=a.pk, version=a.version, by=cast.handler_a, decision="按定损金额补足差额",
                        result="support", compensation=None)
    return made


def _leaks(body: str) -> list[str]:
    stored = []
    for name, phone, id_number, address, _inst in PEOPLE:
        digits = "".join(ch for ch in phone if ch.isdigit())[-11:]
        stored += [name, phone, digits, id_number, address, address[-8:]]
    problems = [f"stored value {v!r}" for v in stored if v and v in body]
    problems += [f"{f.type} {f.text!r}" for f in scan(body, types=set(policy.DLP_BLOCKING_TYPES))]
    return problems


def _pages(cast, cases):
    urls = ["/", "/complaints/", "/complaints/?q=TS", "/complaints/overdue/", "/institutions/",
            f"/institutions/{cast.sub_a.code}/", f"/institutions/{cast.branch.code}/"]
    urls += [f"/complaints/{c.pk}/" for c in cases]
    return urls


@pytest.mark.parametrize("who", ROLES)
def test_pages_show_no_personal_data_in_clear(client, cast, cases, who):
    client.force_login(getattr(cast, who))
    fetched = 0
    for url in _pages(cast, cases):
        r = client.get(url)
        assert r.status_code in (200, 404), (url, r.status_code)
        if r.status_code == 200:
            fetched += 1
            assert _leaks(_body(r)) == [], url
    assert fetched >= 7


@pytest.mark.parametrize("who", ROLES)
def test_api_responses_show_no_personal_data_in_clear(client, cast, cases, who):
    token = org_services.token_create(user=getattr(cast, who))
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    urls = ["/api/v1/complaints", "/api/v1/complaints?limit=200", f"/api/v1/complaints?q={cases[0].number}"]
    for c in cases:
        urls += [f"/api/v1/complaints/{c.pk}", f"/api/v1/complaints/{c.pk}/events"]
    seen = 0
    for url in urls:
        r = client.get(url, **auth)
        assert r.status_code in (200, 404), (url, r.status_code)
        if r.status_code == 200:
            seen += 1
            assert _leaks(_body(r)) == [], url
    assert seen >= 5


def test_the_check_itself_finds_a_leak(cases):
    assert _leaks("投诉人欧阳娜娜，电话 139 9123 4567") != []
    assert _leaks("联系电话 13500001111") != []


def test_masked_values_are_what_the_pages_show(client, cast, cases):
    client.force_login(cast.officer)
    body = _body(client.get(f"/complaints/{cases[1].pk}/"))
    assert "欧阳**" in body and "4567" in body and "650102" in body


def test_the_database_holds_no_plain_phone_or_id_number(cases):
    tables = {Complaint._meta.db_table}
    with connection.cursor() as cur:
        for table in tables:
            cur.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            dump = "\n".join(" ".join(str(v) for v in row) for row in cur.fetchall())
            for name, phone, id_number, address, _inst in PEOPLE:
                digits = "".join(ch for ch in phone if ch.isdigit())[-11:]
                for value in (name, phone, digits, id_number, address):
                    assert not value or value not in dump, (table, value)
            assert [f.type for f in scan(dump, types={"MOBILE", "ID_CARD"})] == []
