"""REST API skeleton: bearer tokens, JSON errors, scoped reads, OpenAPI document."""

import pytest
from django.core.management import call_command

from xiaobao.org import services as org_services


@pytest.fixture
def token_a(cast):
    return org_services.token_create(user=cast.handler_a)


def auth(token):
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


def test_openapi_document_is_served(client, db):
    doc = client.get("/api/v1/openapi.json").json()
    assert doc["info"]["title"] == "xiaobao API"
    assert "/api/v1/me" in doc["paths"]


def test_requests_without_a_token_get_401_json(client, db):
    response = client.get("/api/v1/me")
    assert response.status_code == 401
    assert response.json()["code"] == "unauthenticated"


def test_a_bad_token_gets_401(client, db):
    assert client.get("/api/v1/me", **auth("xb_not-a-token")).status_code == 401


def test_me_with_a_bearer_token(client, token_a):
    body = client.get("/api/v1/me", **auth(token_a)).json()
    assert body["username"] == "handler_a"
    assert body["roles"] == ["handler"]
    assert body["institution"]["code"] == "650100"


def test_another_institutions_object_is_a_404_with_no_data(client, token_a):
    response = client.get("/api/v1/institutions/653100", **auth(token_a))
    assert response.status_code == 404
    assert response.json() == {"code": "not_found", "message": "institution not found", "field": None}
    assert "喀什" not in response.content.decode()


def test_institution_list_is_scoped(client, token_a):
    codes = [i["code"] for i in client.get("/api/v1/institutions", **auth(token_a)).json()]
    assert codes == ["650100", "650102"]


def test_token_create_command_prints_a_working_token(client, cast, capsys):
    call_command("token", "create", "handler_b")
    token = capsys.readouterr().out.strip()
    assert client.get("/api/v1/me", **auth(token)).json()["username"] == "handler_b"


def test_only_the_token_hash_is_stored(cast):
    from xiaobao.org.models import ApiToken

    token = org_services.token_create(user=cast.handler_a)
    stored = ApiToken.objects.get(user=cast.handler_a)
    assert token not in (stored.key_hash, stored.prefix)
