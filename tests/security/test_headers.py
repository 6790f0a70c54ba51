"""Security headers: a strict CSP without inline code, no-store on personal data, Permissions-Policy (issue 16, 13)."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import django
import pytest
from django.conf import settings
from django.test import Client

import xiaobao

PACKAGE = Path(xiaobao.__file__).parent
# What a CSP without 'unsafe-inline' blocks in a template: inline scripts and styles, handlers, javascript: URLs.
INLINE = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>|<style\b|\sstyle=|\son[a-z]+=|javascript:|hx-on", re.IGNORECASE)


def test_no_template_has_inline_script_style_or_handler():
    offenders = []
    for template in PACKAGE.rglob("templates/**/*.html"):
        for number, line in enumerate(template.read_text(encoding="utf-8").splitlines(), start=1):
            if INLINE.search(line):
                offenders.append(f"{template.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert not offenders, "move these into static files or CSS classes:\n" + "\n".join(offenders)


def test_the_policy_is_strict():
    directives = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    flat = " ".join(" ".join(v) for v in directives.values())
    assert "unsafe-inline" not in flat and "unsafe-eval" not in flat and "*" not in flat.split()
    assert directives["script-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"] and directives["frame-ancestors"] == ["'none'"]


def test_the_admin_style_hash_matches_djangos_template():
    template = Path(django.__file__).parent / "contrib/admin/templates/admin/change_list.html"
    style = re.search(r"<style>(.*?)</style>", template.read_text(), re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["style-src"]


@pytest.fixture
def officer_client(cast):
    client = Client()
    client.force_login(cast.officer)
    return client


def test_pages_api_and_exports_with_personal_data_are_not_stored(officer_client, make_complaint):
    case = make_complaint()
    for url in [f"/complaints/{case.pk}/", "/complaints/", f"/api/v1/complaints/{case.pk}", "/complaints/export.csv",
                "/"]:
        response = officer_client.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response["Cache-Control"], url
        assert response["Permissions-Policy"].startswith("accelerometer=()"), url
        policy = response["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy, url


def test_static_files_keep_their_own_caching(client):
    response = client.get("/static/xiaobao/app.css")
    if response.status_code == 404:
        pytest.skip("static files not collected")
    assert "no-store" not in response.get("Cache-Control", "")
