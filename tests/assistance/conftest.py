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
