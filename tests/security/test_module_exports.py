"""Every module's export: a filter outside the user's scope is refused, never widened (issue 16 item 10), and text
that a spreadsheet would run is written as text (item 9). tests/complaints/test_export_safety.py covers the
complaint list's .xlsx and .csv, tests/reports the regulator's report; this file every other ledger export."""

from __future__ import annotations

import io

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from openpyxl import load_workbook

from tests.assistance.conftest import record  # noqa: F401 - fixtures, found by name
from tests.outreach.conftest import make_activity, make_piece  # noqa: F401
from tests.partners.conftest import register  # noqa: F401
from tests.reviews.conftest import _media, committed, submit  # noqa: F401
from tests.traceability.conftest import make_sale  # noqa: F401

# The ledger exports whose rows a filter form chooses; each is fetched (GET) with the form's parameters.
FILTERED = ["/assistance/export.xlsx", "/partners/export.xlsx", "/reviews/export.xlsx", "/traceability/export.xlsx",
            "/outreach/activities/export.xlsx", "/outreach/pieces/export.xlsx", "/complaints/export.xlsx",
            "/complaints/export.csv"]
# Exports of one object or one period (no ledger filter): the assessment run, the outreach summary (an invalid
# period is a 404 there), the report downloads.
UNFILTERED = {"/assessment/runs/<int:pk>/export.xlsx", "/outreach/summary/export.xlsx"}
# A day that does not exist or a kind that is not one: each filter form has at least one of these fields.
UNAPPLICABLE = {"served_from": "2025-02-30", "sold_from": "2025-02-30", "held_from": "2025-02-30",
                "published_from": "2025-02-30", "submitted_from": "2025-02-30", "kind": "nope", "status": "nope"}


def _routes(resolver: URLResolver, prefix: str = "/") -> list[str]:
    found = []
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            found += _routes(entry, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            found.append(prefix + str(entry.pattern))
    return found


def test_every_export_route_is_covered_here():
    """A new module's export joins FILTERED (and its tests below) or UNFILTERED: none is left unchecked."""
    exports = {r for r in _routes(get_resolver()) if "export." in r and "/api/" not in r}
    assert exports == set(FILTERED) | UNFILTERED


@pytest.mark.parametrize("url", FILTERED)
def test_an_institution_outside_the_scope_is_refused_not_widened(client, cast, url):
    client.force_login(cast.handler_a)  # 乌鲁木齐: 喀什 (653100) is outside the scope
    assert client.get(url).status_code == 200
    assert client.get(url, {"institution": "650100"}).status_code == 200
    refused = client.get(url, {"institution": "653100"})
    assert refused.status_code == 422, refused.content[:200]
    text = refused.content.decode()
    assert 'data-testid="export-error"' in text and "653100" in text
    assert refused["Content-Type"].startswith("text/html")  # the refusal page, no file


@pytest.mark.parametrize("url", [u for u in FILTERED if not u.startswith("/complaints/")])
def test_a_filter_the_list_cannot_apply_is_refused_not_dropped(client, cast, url):
    client.force_login(cast.officer)
    refused = client.get(url, UNAPPLICABLE)
    assert refused.status_code == 422, refused.content[:200]
    assert 'data-testid="export-error"' in refused.content.decode()


FORMULA = '=HYPERLINK("http://evil.example","点击")'


def _cells(response) -> list:
    assert response.status_code == 200, response.content[:300]
    sheet = load_workbook(io.BytesIO(response.content)).active
    return [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]


@pytest.fixture
def typed_everywhere(cast, record, register, submit, make_sale, make_activity, make_piece):  # noqa: F811
    """One object per module whose text begins with "=" (a formula if written as typed)."""
    record(staff_name=FORMULA)
    register(former_names=[FORMULA])
    submit(title=FORMULA)
    make_sale(product_name=FORMULA)
    make_activity(title=FORMULA)
    make_piece(title=FORMULA)


@pytest.mark.parametrize("url", [u for u in FILTERED if not u.startswith("/complaints/")])
def test_text_that_looks_like_a_formula_is_exported_as_text(client, cast, typed_everywhere, url):
    client.force_login(cast.officer)
    cells = _cells(client.get(url))
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert FORMULA in [c.value for c in cells]  # the text itself, as a string cell
