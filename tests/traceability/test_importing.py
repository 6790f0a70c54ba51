"""Bulk intake: CSV / JSON Lines / xlsx manifests, idempotent on (system, recording id), resumed after a
crash, per-row errors, the zip through the API, the CLI."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from xiaobao.org import services as org_services
from xiaobao.traceability import importing, samples, services
from xiaobao.traceability.models import EvidenceItem, SaleRecord

SALE_COLUMNS = {"institution": "650100", "product_name": "安心意外伤害保险", "product_line": "accident",
                "channel": "telephone", "sold_at": "2025-03-01 10:00", "agent_name": "王小明", "agent_number": "TS1",
                "policyholder_name": "张建国", "policyholder_phone": "13912345678", "contract_start": "2025-03-02",
                "contract_end": "2026-03-01"}


def _rows(n: int, *, bad: set[int] = frozenset()) -> list[dict[str, str]]:
    rows = []
    for i in range(n):
        row = {"system": "cc", "recording_id": f"R{i}", "policy_number": f"P{i // 2}", "file": f"r{i}.wav",
               **SALE_COLUMNS}
        if i in bad:
            row["file"] = f"missing{i}.wav"
        rows.append(row)
    return rows


def _write(tmp_path, rows, *, fmt="csv"):
    files = tmp_path / "export"
    files.mkdir(exist_ok=True)
    for i, row in enumerate(rows):
        if not row["file"].startswith("missing"):
            (files / row["file"]).write_bytes(samples.tone_wav(0.05, seed=i))
    manifest = tmp_path / f"manifest.{fmt}"
    if fmt == "csv":
        with manifest.open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    else:
        manifest.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return manifest, files


def test_import_is_idempotent_and_reports_bad_rows(cast, tmp_path):
    manifest, files = _write(tmp_path, _rows(6, bad={3}))
    report = importing.import_directory(manifest, files, by=cast.officer)
    assert (report.created, report.skipped, len(report.errors), report.sales_created) == (5, 0, 1, 3)
    assert report.errors[0].row == 5 and report.errors[0].field == "file" and "missing3.wav" in report.errors[0].message
    again = importing.import_directory(manifest, files, by=cast.officer)
    assert (again.created, again.skipped, len(again.errors)) == (0, 5, 1)
    assert EvidenceItem.objects.count() == 5 and SaleRecord.objects.count() == 3


def test_a_crashed_import_resumes_where_it_stopped(cast, tmp_path, monkeypatch):
    manifest, files = _write(tmp_path, _rows(8), fmt="jsonl")
    real, calls = services.add_item, {"n": 0}

    def crash_on_the_fifth(**kwargs):
        calls["n"] += 1
        if calls["n"] == 5:
            raise KeyboardInterrupt  # the process dies mid-import
        return real(**kwargs)

    monkeypatch.setattr(services, "add_item", crash_on_the_fifth)
    with pytest.raises(KeyboardInterrupt):
        importing.import_directory(manifest, files, by=cast.officer)
    assert EvidenceItem.objects.count() == 4  # every row before the crash committed on its own
    monkeypatch.setattr(services, "add_item", real)
    resumed = importing.import_directory(manifest, files, by=cast.officer)
    assert (resumed.created, resumed.skipped) == (4, 4)
    assert sorted(EvidenceItem.objects.values_list("source_id", flat=True)) == sorted(f"R{i}" for i in range(8))


def test_rows_outside_the_scope_are_refused(cast, tmp_path, head_a):
    rows = _rows(2)
    rows[1] = {**rows[1], "institution": "653100", "policy_number": "PKS"}
    manifest, files = _write(tmp_path, rows)
    report = importing.import_directory(manifest, files, by=head_a)
    assert report.created == 1 and report.errors[0].field == "institution"


def test_xlsx_manifest_with_chinese_headers(cast, tmp_path):
    import openpyxl

    _manifest, files = _write(tmp_path, _rows(2))
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["系统", "录音编号", "保单号", "文件", "机构代码", "产品", "险种", "渠道", "销售时间", "销售人员", "工号",
                  "投保人", "保险起期", "保险止期"])
    for r in _rows(2):
        sheet.append([r["system"], r["recording_id"], r["policy_number"], r["file"], r["institution"],
                      r["product_name"], r["product_line"], r["channel"], r["sold_at"], r["agent_name"],
                      r["agent_number"], r["policyholder_name"], r["contract_start"], r["contract_end"]])
    xlsx = tmp_path / "manifest.xlsx"
    book.save(xlsx)
    report = importing.import_directory(xlsx, files, by=cast.officer)
    assert report.created == 2 and not report.errors


def test_the_api_takes_one_zip_and_reports_progress_and_errors(client, cast, tmp_path):
    rows = _rows(4, bad={2})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
        archive.writestr("manifest.csv", out.getvalue())
        for i, row in enumerate(rows):
            if i != 2:
                archive.writestr(f"files/{row['file']}", samples.tone_wav(0.05, seed=i))
    token = org_services.token_create(user=cast.officer)
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post("/api/v1/traceability/imports",
                           {"archive": SimpleUploadedFile("batch.zip", buffer.getvalue(), "application/zip")},
                           HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 202, response.content
    job = client.get(f"/api/v1/traceability/imports/{response.json()['id']}",
                     HTTP_AUTHORIZATION=f"Bearer {token}").json()
    assert job["status"] == "done" and job["result"]["created"] == 3 and job["errors"][0]["row"] == 4
    assert EvidenceItem.objects.count() == 3
    bad = client.post("/api/v1/traceability/imports",
                      {"archive": SimpleUploadedFile("batch.zip", b"not a zip", "application/zip")},
                      HTTP_AUTHORIZATION=f"Bearer {token}")
    assert bad.status_code == 422


def test_the_cli_import_verify_and_purge(cast, tmp_path, capsys):
    manifest, files = _write(tmp_path, _rows(2))
    call_command("traceability", "import", str(manifest), "--files", str(files), "--user", "officer",
                 "--no-progress")
    assert EvidenceItem.objects.count() == 2
    call_command("traceability", "verify", "--no-progress")
    item = EvidenceItem.objects.first()
    item.path.write_bytes(b"RIFF tampered")
    with pytest.raises(CommandError):
        call_command("traceability", "verify", "--no-progress")
    assert f"CHANGED item {item.pk}" in capsys.readouterr().out
    call_command("traceability", "purge", "--today", "2031-03-02")
    assert "2 items past keep-until" in capsys.readouterr().out
    call_command("traceability", "purge", "--today", "2031-03-01")
    assert "0 items" in capsys.readouterr().out
