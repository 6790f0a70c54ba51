"""Error pages: Chinese, inside the site layout, with the reason and a way back; JSON under /api/; DEBUG off."""

import logging
import os
import subprocess
import sys

import pytest
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import Http404
from django.test import Client

from xiaobao.core.logs import RefusalsWithoutTraceback


def test_debug_is_off_unless_asked_for(tmp_path):
    environment = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "XIAOBAO_PRODUCTION")}
    environment["XIAOBAO_DATA_DIR"] = str(tmp_path)
    check = "import xiaobao.settings as s; print(s.DEBUG)"
    run = [sys.executable, "-c", check]
    assert subprocess.run(run, env=environment, capture_output=True, text=True, check=True).stdout.strip() == "False"
    environment["DEBUG"] = "1"
    assert subprocess.run(run, env=environment, capture_output=True, text=True, check=True).stdout.strip() == "True"


def test_an_unknown_page_is_a_chinese_404_inside_the_layout(client, cast):
    client.force_login(cast.handler_a)
    r = client.get("/no-such-page/", HTTP_REFERER="http://testserver/complaints/")
    body = r.content.decode()
    assert r.status_code == 404
    assert "页面不存在" in body and 'class="sidebar"' in body
    assert 'href="http://testserver/complaints/"' in body and "返回上一页" in body and "返回我的待办" in body
    assert "Page not found" not in body and "urlpatterns" not in body.lower()


def test_a_foreign_referer_is_no_way_back(client, cast):
    client.force_login(cast.handler_a)
    body = client.get("/no-such-page/", HTTP_REFERER="https://evil.example/").content.decode()
    assert "evil.example" not in body and "返回我的待办" in body


def test_an_anonymous_404_offers_the_login(client, db):
    r = client.get("/nothing-here/")
    assert r.status_code == 404 and "登录" in r.content.decode() and 'class="sidebar"' not in r.content.decode()


def test_the_chinese_reason_of_a_refusal_reaches_the_page(client, cast):
    client.force_login(cast.handler_a)
    r = client.get("/privacy/access-log/")
    body = r.content.decode()
    assert r.status_code == 403
    assert "您无权打开此页面" in body and "只有审计人员和消保专员可以查看个人信息访问日志" in body


def test_a_domain_refusal_raised_in_a_page_view_becomes_the_django_refusal(cast, rf):
    from xiaobao.core.errors import NotFound, PermissionDenied
    from xiaobao.core.middleware import DomainErrorMiddleware

    request = rf.get("/complaints/")
    request.user = cast.handler_a
    middleware = DomainErrorMiddleware(lambda r: None)
    with pytest.raises(DjangoPermissionDenied, match="不可以"):
        middleware.process_exception(request, PermissionDenied("不可以"))
    with pytest.raises(Http404):
        middleware.process_exception(request, NotFound("无"))
    assert middleware.process_exception(request, ValueError("not ours")) is None


def test_the_import_refusal_says_why(client, cast):
    client.force_login(cast.auditor)
    r = client.get("/complaints/import/")
    assert r.status_code == 403 and "您的角色不能导入投诉台账" in r.content.decode()


def test_the_api_keeps_json_errors(client, cast):
    r = client.get("/api/v1/no-such-endpoint")
    assert r.status_code == 404 and r.json()["code"] == "not_found" and r["Content-Type"] == "application/json"


def test_an_expired_form_is_a_chinese_403(cast):
    client = Client(enforce_csrf_checks=True)
    r = client.post("/login/", {"username": "handler_a", "password": "x"})
    assert r.status_code == 403 and "表单已过期" in r.content.decode() and "CSRF cookie" not in r.content.decode()


def test_a_server_error_is_a_chinese_500_without_details(cast, rf):
    from xiaobao import urls
    from xiaobao.web import errors

    request = rf.get("/institutions/")
    request.user = cast.handler_a
    r = errors.server_error(request)
    body = r.content.decode()
    assert urls.handler500 == "xiaobao.web.errors.server_error"
    assert r.status_code == 500 and "系统出现错误" in body and 'class="sidebar"' in body and "Traceback" not in body
    api = errors.server_error(rf.get("/api/v1/complaints"))
    assert api.status_code == 500 and api["Content-Type"] == "application/json"


def test_favicon_and_static_files_are_served(live_server):
    import urllib.request

    with urllib.request.urlopen(f"{live_server.url}/favicon.ico") as r:
        assert r.status == 200 and r.read(4) == b"\x00\x00\x01\x00"


def test_refusals_are_logged_without_a_traceback():
    try:
        raise PermissionError("refused")
    except PermissionError:
        record = logging.LogRecord("django.request", logging.WARNING, __file__, 1, "Forbidden: %s", ("/x/",),
                                   sys.exc_info())
    record.status_code = 403
    assert RefusalsWithoutTraceback().filter(record) and record.exc_info is None
    record.status_code, record.exc_info = 500, (RuntimeError, RuntimeError("x"), None)
    assert RefusalsWithoutTraceback().filter(record) and record.exc_info is not None
    console = logging.getLogger().handlers
    assert any(isinstance(f, RefusalsWithoutTraceback) for h in console for f in h.filters)
