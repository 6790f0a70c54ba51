"""The UI shell: login page, home, navigation, scoped organisation pages, language switch."""

import pytest


def test_the_login_page_is_in_chinese_by_default(client, db):
    response = client.get("/login/")
    assert response.status_code == 200
    assert "登录" in response.content.decode()


def test_anonymous_users_are_sent_to_login(client, db):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


def test_a_wrong_password_shows_a_chinese_error_and_keeps_the_username(client, cast):
    response = client.post("/login/", {"username": "handler_a", "password": "nope"})
    body = response.content.decode()
    assert "用户名或密码错误" in body
    assert 'value="handler_a"' in body


def test_home_shows_the_work_queue_and_the_module_navigation(client, cast):
    client.force_login(cast.handler_a)
    body = client.get("/").content.decode()
    assert "我的待办" in body
    for label in ("投诉管理", "消保审查", "可回溯", "教育培训", "考核评价", "合作机构", "特殊群体服务", "宣传教育", "监管报表"):
        assert label in body, label
    assert "个人信息保护" not in body  # the access log is for auditors and officers
    assert "乌鲁木齐中心支公司" in body


def test_auditors_see_the_personal_information_module(client, cast):
    client.force_login(cast.auditor)
    assert "个人信息保护" in client.get("/").content.decode()


def test_english_is_available(client, cast):
    client.force_login(cast.handler_a)
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert "My work" in client.get("/").content.decode()


@pytest.mark.parametrize("code,status", [("650100", 200), ("650102", 200), ("653100", 404), ("650000", 404)])
def test_institution_pages_are_scoped(client, cast, code, status):
    client.force_login(cast.handler_a)
    response = client.get(f"/institutions/{code}/")
    assert response.status_code == status
    if status == 404:
        assert "喀什中心支公司" not in response.content.decode()


def test_health_endpoint(client, db):
    assert client.get("/healthz").json()["status"] == "ok"


def test_the_home_queue_shows_the_total_and_pages_through_the_rest(client, cast, monkeypatch):
    from datetime import timedelta

    from django.utils import timezone

    from xiaobao.core import registry

    start = timezone.now()
    items = [registry.QueueItem(module="t", title=f"事项{n:03d}", url="/", status_label="待办",
                                due_at=start + timedelta(hours=n), sla="on_time", sla_label="正常")
             for n in range(120)]
    monkeypatch.setattr(registry, "_queue_providers", {
        "t": (lambda user, limit: items[:limit], lambda user: len(items))})
    client.force_login(cast.handler_a)
    first = client.get("/").content.decode()
    assert "共 120 项" in first and "事项049" in first and "事项050" not in first and "?page=2" in first
    third = client.get("/?page=3").content.decode()
    assert "事项100" in third and "事项119" in third and "事项099" not in third and "?page=4" not in third
    assert "第 101–120 项" in third
