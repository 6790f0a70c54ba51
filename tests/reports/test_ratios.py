"""亿元保费投诉量 / 万张保单投诉量 with the stored denominator definitions, entry and Excel import."""

from __future__ import annotations

from decimal import Decimal
from io import BytesIO

import pytest
from openpyxl import Workbook

from tests.reports.conftest import AS_OF
from xiaobao.core import registry
from xiaobao.core.errors import InvalidInput, PermissionDenied
from xiaobao.core.registry import NotAvailable, Period
from xiaobao.reports import figures, ratios, services
from xiaobao.reports.models import BusinessVolume


def volume(by, code, premium=None, policies=None, year=2025, quarter=3):
    return services.save_volume(services.VolumeIn(
        institution=code, year=year, quarter=quarter, premium=premium,
        premium_basis="original-premium" if premium is not None else "", policies=policies,
        policies_basis="policies-issued" if policies is not None else ""), by=by)


def test_ratio_arithmetic():
    assert ratios.per_100m_premium(7, Decimal("250000000")) == Decimal("2.8000")
    assert ratios.per_10k_policies(7, 40_000) == Decimal("1.7500")
    assert ratios.per_100m_premium(8, Decimal("350000000")) == Decimal("2.2857")  # 2.285714… rounded half up
    assert ratios.per_100m_premium(3, None) is None
    assert ratios.per_10k_policies(3, 0) is None


def test_the_report_uses_the_stored_figures_and_names_their_definition(cast, quarter):
    volume(cast.officer, "650100", premium=Decimal("250000000"), policies=40_000)
    data = figures.quarterly(user=cast.officer, institution=cast.branch, year=2025, quarter=3, as_of=AS_OF)
    sub_a = next(row for row in data["institutions"] if row["key"] == "650100")
    assert sub_a["all_per_100m"] == "2.8000"  # 7 complaints ÷ 2.5 亿元
    assert sub_a["regulator_per_100m"] == "0.4000"  # 1 regulator transfer ÷ 2.5
    assert sub_a["all_per_10k"] == "1.7500"  # 7 ÷ 4 万张
    assert sub_a["premium_basis"] == "原保险保费收入"
    assert sub_a["policies_basis"] == "期内签发保单件数"
    # the branch has no figure of its own and 喀什 none yet: no ratio on a partial denominator
    assert data["ratios"]["all_per_100m"] is None
    volume(cast.officer, "653100", premium=Decimal("100000000"), policies=10_000)
    data = figures.quarterly(user=cast.officer, institution=cast.branch, year=2025, quarter=3, as_of=AS_OF)
    assert data["ratios"]["premium"] == "350000000.00"
    assert data["ratios"]["all_per_100m"] == "2.2857"  # 8 ÷ 3.5
    assert data["ratios"]["all_per_10k"] == "1.6000"  # 8 ÷ 5
    assert data["ratios"]["regulator_per_10k"] == "0.4000"  # 2 ÷ 5


def test_the_ratio_measures_read_the_complaint_count_through_the_registry(cast, quarter):
    volume(cast.officer, "650100", premium=Decimal("250000000"), policies=40_000)
    value = registry.compute_measure("reports.per_100m_premium", cast.sub_a, Period.quarter(2025, 3))
    assert value.value == Decimal("2.8000")
    assert value.numerator == 7 and value.denominator == Decimal("250000000")
    assert "原保险保费收入" in value.detail
    assert registry.compute_measure("reports.premium", cast.sub_a, Period.year(2025)).value is None  # Q1,Q2,Q4 missing
    assert registry.compute_measure("reports.per_100m_premium", cast.sub_b, Period.quarter(2025, 3)).value is None


def test_without_the_complaint_measure_the_ratio_is_not_available(cast, monkeypatch):
    monkeypatch.delitem(registry._measures, "complaints.count")
    value = registry.compute_measure("reports.per_100m_premium", cast.sub_a, Period.quarter(2025, 3))
    assert isinstance(value, NotAvailable)


def test_only_the_officer_enters_figures_and_every_figure_needs_its_definition(cast):
    with pytest.raises(PermissionDenied):
        volume(cast.reviewer_a, "650100", premium=Decimal("1"))
    with pytest.raises(InvalidInput) as exc:
        services.save_volume(services.VolumeIn(institution="650100", year=2025, quarter=3,
                                               premium=Decimal("100")), by=cast.officer)
    assert exc.value.field == "premium_basis"
    with pytest.raises(InvalidInput):
        volume(cast.officer, "650100", premium=Decimal("-5"))


def test_a_second_entry_replaces_the_first_and_a_stale_version_is_refused(cast):
    first = volume(cast.officer, "650100", premium=Decimal("100"))
    second = services.save_volume(services.VolumeIn(institution="650100", year=2025, quarter=3,
                                                    policies=5, policies_basis="policies-in-force"),
                                  by=cast.officer, version=first.version)
    assert BusinessVolume.objects.count() == 1 and second.version == 2 and second.premium is None
    from xiaobao.core.errors import Conflict
    with pytest.raises(Conflict):
        services.save_volume(services.VolumeIn(institution="650100", year=2025, quarter=3, policies=6,
                                               policies_basis="policies-in-force"), by=cast.officer, version=1)


def _workbook(rows):
    wb = Workbook()
    wb.active.append(list(services.VOLUME_COLUMNS))
    for row in rows:
        wb.active.append(row)
    out = BytesIO()
    wb.save(out)
    out.seek(0)
    return out


def test_excel_import_is_all_or_nothing(cast):
    bad = _workbook([["650100", 2025, 3, 250000000, "original-premium", 40000, "policies-issued"],
                     ["999999", 2025, 3, 1, "original-premium", None, None]])
    result = services.import_volumes(bad, by=cast.officer)
    assert result.saved == 0 and result.errors[0][0] == 3
    assert BusinessVolume.objects.count() == 0
    good = _workbook([["650100", 2025, 3, 250000000, "original-premium", 40000, "policies-issued"],
                      ["653100", 2025, 3, "100,000,000", "gross-written-premium", None, None]])
    result = services.import_volumes(good, by=cast.officer)
    assert result.saved == 2 and not result.errors
    imported = BusinessVolume.objects.get(institution=cast.sub_b)
    assert imported.premium == Decimal("100000000") and imported.premium_basis.code == "gross-written-premium"
    assert imported.source == "imported"


def test_a_file_that_is_not_a_workbook_is_refused(cast):
    with pytest.raises(InvalidInput) as exc:
        services.import_volumes(BytesIO(b"not a zip"), by=cast.officer)
    assert exc.value.field == "file"


def test_the_page_imports_volumes_as_a_job_all_or_nothing(client, cast):
    from xiaobao.core.models import Job

    client.force_login(cast.officer)
    bad = _workbook([["650100", 2025, 3, 250000000, "original-premium", 40000, "policies-issued"],
                     ["999999", 2025, 3, 1, "original-premium", None, None]])
    bad.name = "volumes.xlsx"
    response = client.post("/reports/volumes/import/", {"file": bad})
    job = Job.objects.get()
    assert response.status_code == 302 and response.url == f"/security/imports/{job.pk}/"
    body = client.get(response.url).content.decode()
    assert "2行中有1行存在错误，本次未导入任何数据" in body and "机构代码" in body and "999999" in body
    assert 'href="/reports/volumes/"' in body and BusinessVolume.objects.count() == 0
    good = _workbook([["650100", 2025, 3, 250000000, "original-premium", 40000, "policies-issued"]])
    good.name = "volumes.xlsx"
    for _attempt in range(2):  # the same file twice: the quarter's figures are replaced, never doubled
        response = client.post("/reports/volumes/import/", {"file": good})
        good.seek(0)
        assert "共读取 1 行：登记 1 行" in client.get(response.url).content.decode()
    assert BusinessVolume.objects.count() == 1
    assert "导入 volumes.xlsx" in client.get("/reports/volumes/").content.decode()  # the recent imports
    client.force_login(cast.handler_a)  # reports are not theirs: nothing is queued
    assert client.post("/reports/volumes/import/", {"file": good}).status_code in (403, 404)
    assert Job.objects.count() == 3
    client.force_login(cast.reviewer_a)  # reads the figures, may not change them: offered no form, told why
    page = client.get("/reports/volumes/").content.decode()
    assert "/reports/volumes/import/" not in page and 'name="premium"' not in page
    assert "只有消保专员可以修改报表数据。" in page and 'data-testid="volumes"' in page
    client.force_login(cast.officer)
    assert "/reports/volumes/import/" in client.get("/reports/volumes/").content.decode()


def test_the_api_enters_a_volume_and_reads_the_quarter(client, cast, quarter):
    client.force_login(cast.officer)
    body = {"institution": "650100", "year": 2025, "quarter": 3, "premium": "250000000", "premium_basis":
            "original-premium", "policies": 40000, "policies_basis": "policies-issued"}
    saved = client.put("/api/v1/reports/volumes", body, content_type="application/json")
    assert saved.status_code == 200 and saved.json()["version"] == 1
    stale = client.put("/api/v1/reports/volumes", {**body, "version": 7}, content_type="application/json")
    assert stale.status_code == 409 and stale.json()["code"] == "conflict"
    report = client.get("/api/v1/reports/quarterly?institution=650000&year=2025&quarter=3").json()
    assert report["frozen"] is False and report["report"]["total"]["all"]["received"] == 8
    assert client.get("/api/v1/reports/quarterly?year=2025&quarter=9").status_code == 422
    client.force_login(cast.reviewer_a)
    refused = client.put("/api/v1/reports/volumes", body, content_type="application/json")
    assert refused.status_code == 403
