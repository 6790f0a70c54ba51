"""Exports never run a formula, never fail on stored text, and never widen a filter (issue 16 items 4, 5, 9, 10)."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest
from django.db import connection  # noqa: F401  (the skipif condition)
from openpyxl import load_workbook

from xiaobao.complaints import exports, selectors, services
from xiaobao.complaints.models import Complaint
from xiaobao.core.errors import InvalidInput

DANGEROUS = ["=1+2", "+1+2", "-1+2", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("http://evil")']


def cells_of(content):
    ws = load_workbook(io.BytesIO(content)).active
    return [cell for row in ws.iter_rows() for cell in row]


@pytest.mark.parametrize("text", DANGEROUS)
def test_the_shared_helper_neutralises_formula_text_in_xlsx_and_csv(text):
    from xiaobao.core import safe_export

    rows = [[text, 12, Decimal("1.50")]]
    cells = cells_of(safe_export.xlsx_bytes("s", ["a", "b", "c"], rows))
    assert all(c.data_type != "f" for c in cells)
    assert cells[3].value == text and cells[3].data_type == "s"  # the text itself, shown as text
    assert cells[4].value == 12  # numbers stay numbers
    line = list(csv.reader(io.StringIO(safe_export.csv_bytes(["a", "b", "c"], rows).decode("utf-8-sig"))))[1]
    assert line[0] == "'" + text and line[1] == "12"


def test_the_helper_never_fails_on_control_characters():
    from xiaobao.core import safe_export

    rows = [["a\x0bb\x00c\x1fd", "ok"]]
    cells = cells_of(safe_export.xlsx_bytes("s", ["a", "b"], rows))
    assert cells[2].value == "abcd"
    assert "abcd" in safe_export.csv_bytes(["a", "b"], rows).decode("utf-8-sig")


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_policy_number_that_looks_like_a_formula_is_inert_in_both_exports(cast, make_complaint, fmt):
    make_complaint(policy_number="=1+2", summary="-2+3 @A1")
    file = exports.complaint_export(user=cast.handler_a, filters=selectors.ComplaintFilters(), fmt=fmt)
    if fmt == "xlsx":
        cells = cells_of(file.content)
        assert all(c.data_type != "f" for c in cells)
        assert "=1+2" in [c.value for c in cells]
    else:
        text = file.content.decode("utf-8-sig")
        assert "'=1+2" in text and "'-2+3" in text


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_stored_control_characters_do_not_break_the_export(cast, make_complaint, client, fmt):
    c = make_complaint()
    Complaint.objects.filter(pk=c.pk).update(summary="a\x0bb\x00c", policy_number="P\x071")
    client.force_login(cast.handler_a)
    r = client.get(f"/complaints/export.{fmt}")
    assert r.status_code == 200


def test_an_export_filtered_on_an_institution_outside_the_scope_is_refused(cast, make_complaint, client):
    make_complaint()
    make_complaint(institution="653100", by=cast.officer)
    with pytest.raises(InvalidInput) as refused:
        exports.complaint_export(user=cast.handler_a, filters=selectors.ComplaintFilters(institution="653100"),
                                 fmt="csv")
    assert refused.value.field == "institution"
    client.force_login(cast.handler_a)
    r = client.get("/complaints/export.csv", {"institution": "653100"})
    assert r.status_code == 422 and "653100" in r.content.decode()
    r = client.get("/complaints/export.csv", {"institution": "650100"})
    assert r.status_code == 200 and len(r.content.decode("utf-8-sig").strip().splitlines()) == 2


def test_an_absurd_compensation_is_refused_by_the_service(cast, make_complaint):
    c = make_complaint()
    c = services.accept(complaint_id=c.pk, version=c.version, by=cast.handler_a)
    for amount in (Decimal("1e20"), Decimal("-1"), Decimal("0.001")):
        with pytest.raises(InvalidInput) as refused:
            services.submit(complaint_id=c.pk, version=c.version, by=cast.handler_a, decision="同意赔付",
                            result="support", compensation=amount)
        assert refused.value.field == "compensation"


def test_the_api_refuses_an_absurd_compensation_with_422(client, cast, make_complaint):
    from xiaobao.org import services as org_services

    c = make_complaint()
    c = services.accept(complaint_id=c.pk, version=c.version, by=cast.handler_a)
    token = org_services.token_create(user=cast.handler_a)
    r = client.post(f"/api/v1/complaints/{c.pk}/transitions",
                    {"action": "submit", "version": c.version, "decision": "赔", "result": "support",
                     "compensation": 1e20}, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert r.status_code == 422 and r.json()["field"] == "compensation"


@pytest.mark.skipif("connection.vendor != 'sqlite'", reason="PostgreSQL's numeric(14, 2) refuses the write itself")
def test_pages_and_lists_survive_an_out_of_range_stored_amount(cast, make_complaint, client):
    c = make_complaint()
    Complaint.objects.filter(pk=c.pk).update(compensation=Decimal("1E+20"), disputed_amount=Decimal("1E+20"))
    client.force_login(cast.handler_a)
    for url in ("/complaints/", f"/complaints/{c.pk}/", "/complaints/export.xlsx", "/complaints/export.csv", "/"):
        assert client.get(url).status_code == 200, url
