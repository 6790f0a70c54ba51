"""The assessment pages and API: the flow, scoped pages, refusals, Excel export, template validation."""

from __future__ import annotations

import io
import json

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.reviews.test_pages_api import _token
from xiaobao.assessment import services
from xiaobao.assessment.indicators import SHIPPED_DIR
from xiaobao.assessment.models import IndicatorSet, Run

pytestmark = pytest.mark.django_db


def _run(cast):
    run, _new = services.run_create(by=cast.officer, institution=cast.branch, template_code="2025",
                                    period_kind="year", year=2025)
    return run


def test_pages_flow_for_an_officer_and_a_head(client, cast, people, make_complaint, without_outreach):
    make_complaint()
    client.force_login(cast.officer)
    response = client.post("/assessment/new/", {"template": "2025", "institution": cast.branch.code,
                                                "period_kind": "year", "year": 2025})
    assert response.status_code == 302, response.content.decode()[:3000]
    run = Run.objects.get()
    page = client.get(f"/assessment/runs/{run.pk}/").content.decode()
    assert "信息收集" in page and cast.sub_a.name in page and "已计算" in page
    result_a = run.results.get(institution=cast.sub_a)
    detail = client.get(f"/assessment/results/{result_a.pk}/").content.decode()
    assert "暂不可用" in detail  # as long as no module provides a measure
    assert "/complaints/" in detail  # the measure's evidence link
    assert client.post(f"/assessment/runs/{run.pk}/act/start_first_review/", {"version": run.version}).status_code == 302
    client.force_login(people.head_a)  # the sub-institution head sees only their own result
    assert client.get(f"/assessment/results/{run.results.get(institution=cast.sub_b).pk}/").status_code == 404
    assert client.get(f"/assessment/results/{result_a.pk}/report/").status_code == 200
    run.refresh_from_db()
    refused = client.post(f"/assessment/runs/{run.pk}/act/submit_first/", {"version": run.version})
    assert refused.status_code == 403 and "不能" in refused.content.decode()


def test_excel_export_and_evidence_download(client, cast, people):
    run = _run(cast)
    result = run.results.get(institution=cast.sub_a)
    client.force_login(people.head_a)
    response = client.post(f"/assessment/results/{result.pk}/evidence/",
                           {"indicator": "", "file": SimpleUploadedFile("自评.txt", "自评材料".encode())})
    assert response.status_code == 302
    evidence = result.evidence.get()
    assert client.get(f"/assessment/evidence/{evidence.pk}/").status_code == 200
    client.force_login(cast.handler_b)
    assert client.get(f"/assessment/evidence/{evidence.pk}/").status_code == 404
    client.force_login(cast.officer)
    xlsx = client.get(f"/assessment/runs/{run.pk}/export.xlsx")
    assert xlsx.status_code == 200
    rows = list(openpyxl.load_workbook(io.BytesIO(xlsx.content)).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("排名", "机构代码", "机构") and {r[1] for r in rows[1:]} == {cast.sub_a.code, cast.sub_b.code}


def test_template_page_refuses_broken_weights_in_chinese(client, cast):
    client.force_login(cast.officer)
    text = (SHIPPED_DIR / "2025.toml").read_text(encoding="utf-8").replace(
        'name = "个人信息保护"\nweight = 5', 'name = "个人信息保护"\nweight = 3', 1)
    response = client.post("/assessment/templates/", {"content": text, "note": "试调权重"})
    page = response.content.decode()
    assert response.status_code == 422
    assert "要素“个人信息保护”：权重 3 低于最低权重 5" in page
    assert not IndicatorSet.objects.exists()
    good = (SHIPPED_DIR / "2025.toml").read_text(encoding="utf-8")
    assert client.post("/assessment/templates/", {"content": good, "note": "年度调整"}).status_code == 302
    assert IndicatorSet.objects.get().version == 1


def test_api_flow_conflicts_and_refusals(client, cast, people, without_outreach):
    officer, officer2, head = _token(cast.officer), _token(people.officer2), _token(people.head)
    body = {"institution": cast.branch.code, "template": "2021", "year": 2025}
    created = client.post("/api/v1/assessment/runs", json.dumps(body), content_type="application/json",
                          HTTP_IDEMPOTENCY_KEY="k1", **officer)
    assert created.status_code == 201, created.content
    again = client.post("/api/v1/assessment/runs", json.dumps(body), content_type="application/json",
                        HTTP_IDEMPOTENCY_KEY="k1", **officer)
    assert again.status_code == 200 and again.json()["id"] == created.json()["id"]
    run = created.json()
    url = f"/api/v1/assessment/runs/{run['id']}/actions"

    def act(action, version, token):
        return client.post(url, json.dumps({"action": action, "version": version}), content_type="application/json",
                           **token)

    stale = act("start_first_review", run["version"] - 1, officer)
    assert stale.status_code == 409 and stale.json()["code"] == "stale_version"
    run = act("start_first_review", run["version"], officer).json()
    run = act("submit_first", run["version"], officer).json()
    assert act("submit_second", run["version"], officer).status_code == 403
    run = act("submit_second", run["version"], officer2).json()
    refused = act("approve", run["version"], officer)
    assert refused.status_code == 403 and refused.json()["code"] == "permission_denied"
    approved = act("approve", run["version"], head)
    assert approved.json()["status"] == "approved" and approved.json()["frozen"]
    results = client.get(f"/api/v1/assessment/runs/{run['id']}/results", **head).json()
    assert [r["rank"] for r in results] and all(r["total"] is not None for r in results)
    one = client.get(f"/api/v1/assessment/results/{results[0]['id']}", **head).json()
    outreach = next(r for r in one["readings"] if r["measure"] == "outreach.activity_count")
    assert outreach == {**outreach, "available": False, "value": None}
    bad = client.post("/api/v1/assessment/templates", json.dumps({"content": "code = 1", "note": "x"}),
                      content_type="application/json", **officer)
    assert bad.status_code == 422 and bad.json()["code"] == "invalid_template"


def test_the_start_form_names_each_template_version_in_chinese(client, cast):
    """The indicator-system choice reads 内置版本 for a shipped file and v2 for a saved one, never "shipped"."""
    from xiaobao.assessment import indicators

    client.force_login(cast.officer)
    page = client.get("/assessment/new/").content.decode()
    assert "（内置版本）</option>" in page and "shipped" not in page
    assert indicators.version_label("v2") == "v2" and indicators.version_label(3) == "v3"
