"""The special-group services' test helpers: records are made through the real services."""

from __future__ import annotations

from datetime import date

import pytest

from xiaobao.assistance import services

PHONE = "13811112222"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "files"


def service_in(**overrides) -> services.ServiceIn:
    data = {
        "served_on": date(2025, 9, 26), "institution": "650100", "channel": "counter",
        "need": "客户仅会维吾尔语，咨询理赔进度。", "measures": ["bilingual"], "staff_name": "古丽娜尔",
        "customer_name": "阿依古丽", "customer_phone": PHONE, "outcome": "resolved", "language": "uyghur",
    }
    data.update(overrides)
    return services.ServiceIn(**data)


@pytest.fixture
def record(cast):
    def make(by=None, **overrides):
        service, _created = services.service_record(service_in(**overrides), by=by or cast.handler_a)
        return service
    return make


@pytest.fixture
def q3_services(cast, record):
    """Q3 2025 at sub_a (and its outlet): 4 services; one at sub_b; one in Q2; the outlet checked in August."""
    from xiaobao.assistance.codes import Facility

    record(served_on=date(2025, 7, 1), language="uyghur", measures=["bilingual", "green_channel"])
    record(served_on=date(2025, 8, 1), language="", is_elderly=True, measures=["home_service", "proxy"],
           institution=cast.outlet_a.code)
    record(served_on=date(2025, 9, 30), language="kazakh", is_elderly=True, measures=["bilingual"])
    record(served_on=date(2025, 9, 2), language="", has_disability=True, measures=["sign_language"],
           channel="phone")
    record(by=cast.handler_b, institution="653100", served_on=date(2025, 8, 8))
    record(served_on=date(2025, 6, 30), is_elderly=True)
    services.facility_check_record(by=cast.officer, institution=cast.outlet_a, checked_on=date(2025, 8, 15),
                                   items=dict.fromkeys(Facility.values, True))
