"""The outreach pages and API: the publishing refusal as JSON, scoped reads, masking, exports, the summary."""

from __future__ import annotations

import io
from datetime import date

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.outreach.conftest import CLEAN, PHONE, RETURNS
from xiaobao.outreach.codes import Status
from xiaobao.outreach.models import Activity, Piece

pytestmark = pytest.mark.django_db
API = "/api/v1/outreach"


def test_api_publish_refused_with_the_findings_then_fixed_and_published(client, cast):
    client.force_login(cast.handler_a)
    created = client.post(f"{API}/pieces", {"institution": cast.sub_a.code, "kind": "article", "title": "守住钱袋子",
                                            "text": RETURNS, "channel": "wechat_account"},
                          content_type="application/json", HTTP_IDEMPOTENCY_KEY="draft-1")
    assert created.status_code == 201, created.content
    piece = created.json()
    assert piece["status"] == "draft" and piece["findings"] == []
    again = client.post(f"{API}/pieces", {"institution": cast.sub_a.code, "kind": "article", "title": "守住钱袋子",
                                          "text": RETURNS, "channel": "wechat_account"},
                        content_type="application/json", HTTP_IDEMPOTENCY_KEY="draft-1")
    assert again.status_code == 200 and again.json()["id"] == piece["id"]
    refused = client.post(f"{API}/pieces/{piece['id']}/actions", {"action": "publish", "version": piece["version"]},
                          content_type="application/json")
    assert refused.status_code == 422
    body = refused.json()
    assert body["code"] == "publication_findings" and body["field"] == "text"
    assert "GUARANTEED_RETURN" in {f["code"] for f in body["data"]["findings"]}
    current = client.get(f"{API}/pieces/{piece['id']}").json()
    assert current["findings"] and current["status"] == "draft"
    stale = client.put(f"{API}/pieces/{piece['id']}", {"version": piece["version"], "title": "守住钱袋子",
                                                       "text": CLEAN, "channel": "wechat_account"},
                       content_type="application/json")
    assert stale.status_code == 409 and stale.json()["code"] == "stale_version"
    fixed = client.put(f"{API}/pieces/{piece['id']}", {"version": current["version"], "title": "守住钱袋子",
                                                       "text": CLEAN, "channel": "wechat_account"},
                       content_type="application/json")
    assert fixed.status_code == 200
    published = client.post(f"{API}/pieces/{piece['id']}/actions",
                            {"action": "publish", "version": fixed.json()["version"]}, content_type="application/json")
    assert published.status_code == 200 and published.json()["status"] == "published"
    reach = client.post(f"{API}/pieces/{piece['id']}/actions",
                        {"action": "record_reach", "version": published.json()["version"], "reads": 1200,
                         "plays": 0}, content_type="application/json")
    assert reach.json()["reads"] == 1200


def test_api_scoped_reads_and_the_auditor_refused(client, cast):
    client.force_login(cast.handler_a)
    activity = client.post(f"{API}/activities", {
        "institution": cast.sub_a.code, "title": "进社区", "held_on": "2026-03-15", "format": "community",
        "audiences": ["elderly", "new_citizens"], "people_reached": 120, "materials": 300,
        "partners": "红山社区居委会 联系人王建国 13812345678"}, content_type="application/json")
    assert activity.status_code == 201, activity.content
    data = activity.json()
    assert data["audiences"] == ["elderly", "new_citizens"] and "13812345678" not in data["partners"]
    client.force_login(cast.handler_b)
    assert client.get(f"{API}/activities/{data['id']}").status_code == 404
    assert client.get(f"{API}/activities").json()["count"] == 0
    client.force_login(cast.auditor)
    assert client.get(f"{API}/activities").json()["count"] == 1
    refused = client.post(f"{API}/activities", {"institution": cast.sub_a.code, "title": "x", "held_on": "2026-03-15",
                                                "format": "community"}, content_type="application/json")
    assert refused.status_code == 403 and refused.json()["code"] == "permission_denied"
    assert client.get(f"{API}/activities?audience=elderly").json()["count"] == 1
    assert client.get(f"{API}/activities?audience=rural").json()["count"] == 0


def test_free_text_is_stored_encrypted_and_shown_masked_everywhere(client, cast, make_activity):
    activity = make_activity(partners="联系人王建国 13812345678", description="居民张某（身份证650102199001011239）咨询")
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT partners, partners_masked, description, description_masked FROM outreach_activity "
                       "WHERE id = %s", [activity.pk])
        row = cursor.fetchone()
    assert all("13812345678" not in v and "650102199001011239" not in v for v in row)
    client.force_login(cast.officer)
    for url in (f"/outreach/activities/{activity.pk}/", "/outreach/", "/outreach/activities/export.xlsx"):
        response = client.get(url)
        assert response.status_code == 200, url
        content = response.content if url.endswith(".html") or not url.endswith("xlsx") else _xlsx_text(response)
        text = content if isinstance(content, str) else content.decode()
        assert "13812345678" not in text and "650102199001011239" not in text, url


def _xlsx_text(response) -> str:
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    return "\n".join(str(c) for row in book.active.iter_rows(values_only=True) for c in row if c is not None)


def test_pages_the_publish_refusal_and_the_override_form(client, cast, make_piece):
    piece = make_piece(PHONE)
    client.force_login(cast.handler_a)
    response = client.post(f"/outreach/pieces/{piece.pk}/act/publish/", {"version": piece.version})
    assert response.status_code == 422
    page = response.content.decode()
    assert "手机号码" in page and "13812345678" not in page and 'data-testid="finding"' in page
    assert "override_reason" not in page  # a handler is not offered to publish over the findings
    client.force_login(cast.officer)
    piece.refresh_from_db()
    page = client.get(f"/outreach/pieces/{piece.pk}/").content.decode()
    assert "override_reason" in page
    response = client.post(f"/outreach/pieces/{piece.pk}/act/publish/",
                           {"version": piece.version, "override_reason": "经客户书面同意公开其联系方式。"})
    assert response.status_code == 302
    assert Piece.objects.get(pk=piece.pk).status == Status.PUBLISHED


def test_list_pages_filters_exports_and_summary(client, cast, campaign, make_activity, make_piece):
    make_activity(campaign=campaign, people=120, audiences=["elderly"])
    make_activity(title="常态化进企业", fmt="enterprise", people=30, held_on=date(2026, 2, 1))
    make_piece(CLEAN, title="以案说险一")
    client.force_login(cast.officer)
    listing = client.get(f"/outreach/?campaign={campaign.pk}").content.decode()
    assert "进社区宣传" in listing and "常态化进企业" not in listing
    assert "常态化进企业" in client.get("/outreach/?campaign=regular").content.decode()
    assert "常态化进企业" in client.get("/outreach/?format=enterprise").content.decode()
    assert "以案说险一" in client.get("/outreach/pieces/?status=draft").content.decode()
    for url in ("/outreach/pieces/export.xlsx", "/outreach/summary/export.xlsx?institution=650000&year=2026&quarter=1"):
        response = client.get(url)
        assert response.status_code == 200 and response["Content-Type"].startswith("application/vnd.openxml"), url
    table = _xlsx_text(client.get("/outreach/summary/export.xlsx?institution=650000&year=2026&quarter=1"))
    assert campaign.name in table and "150" in table  # 120 + 30 people in Q1
    summary = client.get("/outreach/summary/?institution=650000&year=2026&quarter=1").content.decode()
    assert "3·15" in summary and "老年人" in summary
    numbers = client.get(f"{API}/numbers?institution=650000&year=2026&quarter=1").json()
    assert numbers[0]["total"] == {"activities": 2, "people": 150, "materials": 0}
    assert client.get("/outreach/campaigns/").status_code == 200


def test_activity_pages_create_edit_and_upload(client, cast, campaign):
    client.force_login(cast.handler_a)
    response = client.post("/outreach/activities/new/", {
        "institution": cast.sub_a.code, "campaign": str(campaign.pk), "title": "进乡村", "held_on": "2026-03-10",
        "format": "village", "audiences": ["rural", "minority"], "people_reached": "180", "materials": "400",
        "place": "阿热吐格曼村", "partners": "村两委", "description": ""})
    assert response.status_code == 302, response.content.decode()[:3000]
    activity = Activity.objects.get()
    assert activity.audience_list == ["rural", "minority"]
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    response = client.post(f"/outreach/activities/{activity.pk}/files/",
                           {"file": SimpleUploadedFile("现场照片.png", png)})
    assert response.status_code == 302 and activity.files.count() == 1
    assert client.get(f"/outreach/files/{activity.files.get().pk}/").status_code == 200
    client.force_login(cast.handler_b)
    assert client.get(f"/outreach/files/{activity.files.get().pk}/").status_code == 404
    assert client.get(f"/outreach/activities/{activity.pk}/").status_code == 404


def test_the_demo_seeds_every_state_with_real_engine_findings(db, settings, tmp_path):
    from xiaobao.org.demo import seed_organisation
    from xiaobao.outreach import demo

    seed_organisation()
    demo.seed()
    statuses = set(Piece.objects.values_list("status", flat=True))
    assert statuses == {"draft", "published", "withdrawn"}
    refused = Piece.objects.get(title="守住钱袋子：理财型保险知多少")
    assert refused.status == "draft" and "GUARANTEED_RETURN" in {f["code"] for f in refused.findings}
    over = Piece.objects.exclude(override_reason_masked="")
    assert over.exists() and all(p.status == "published" and p.findings for p in over)
    assert Activity.objects.count() == 7 and Activity.objects.filter(campaign__isnull=True).count() == 1
    demo.seed()  # idempotent
    assert Activity.objects.count() == 7
