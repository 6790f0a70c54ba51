"""Privacy test helpers: complaints through the real intake service, an API client, assignment."""

from __future__ import annotations

import pytest

from tests.complaints.conftest import VALID_ID
from xiaobao.complaints import services
from xiaobao.org import services as org_services

PHONE = "13812345678"
NAME = "张三丰"
ADDRESS = "新疆乌鲁木齐市天山区解放北路100号"


__all__ = ["ADDRESS", "NAME", "PHONE", "VALID_ID"]


@pytest.fixture
def accepted(cast, make_complaint):
    """A case accepted by handler_a, who therefore handles it."""

    def make(**overrides):
        c = make_complaint(**overrides)
        return services.accept(complaint_id=c.pk, version=c.version, by=cast.handler_a)

    return make


@pytest.fixture
def api_as(client):
    def make(user):
        token = org_services.token_create(user=user)

        class Api:
            def post(self, url, data):
                return client.post(url, data, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")

            def get(self, url, **params):
                return client.get(url, params, HTTP_AUTHORIZATION=f"Bearer {token}")

        return Api()

    return make
