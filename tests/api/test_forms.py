"""Form bodies (multipart/form-data) are documented as the server reads them (issue 16, the fuzzer's FORM class):
a form field is text or a file, never JSON's null; an optional field is left out, not sent as `null`."""

from __future__ import annotations

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.traceability.conftest import sale_input
from xiaobao.api.router import api
from xiaobao.org import services as org_services
from xiaobao.reviews import services as review_services
from xiaobao.traceability import samples
from xiaobao.traceability import services as sale_services

pytestmark = pytest.mark.django_db
FORM_MEDIA_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")


@pytest.fixture(scope="module")
def document():
    return api.get_openapi_schema()


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "files"


def _form_bodies(document):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            content = operation.get("requestBody", {}).get("content", {})
            for media_type in FORM_MEDIA_TYPES:
                if media_type in content:
                    yield f"{method.upper()} {path}", content[media_type]["schema"]


def test_no_form_field_is_documented_as_null(document):
    """ninja documented `supersedes: int | None = Form(None)` as `anyOf [integer, null]`: the fuzzer sent
    `supersedes=null`, which the server (rightly) cannot read as a number."""
    bodies = dict(_form_bodies(document))
    assert len(bodies) >= 9
    nullable = {f"{label} {name}" for label, body in bodies.items() for name, field in body["properties"].items()
                if '"null"' in json.dumps(field) or field.get("default", "") is None}
    assert nullable == set()
    # and such a field stays optional, with its type and bounds
    items = bodies["POST /api/v1/traceability/sales/{sale_id}/items"]
    assert "supersedes" not in items["required"]
    assert (items["properties"]["supersedes"]["type"], items["properties"]["supersedes"]["minimum"]) == ("integer", 1)


def test_a_review_request_states_how_many_files_it_takes(document):
    files = dict(_form_bodies(document))["POST /api/v1/reviews"]["properties"]["files"]
    assert (files["minItems"], files["maxItems"]) == (1, review_services.MAX_DOCUMENTS)


def _auth(user):
    return {"HTTP_AUTHORIZATION": f"Bearer {org_services.token_create(user=user)}"}


def _recording(name="call.wav"):
    return SimpleUploadedFile(name, samples.tone_wav(0.5, seed=1))


def test_an_optional_form_field_left_out_is_taken_and_null_is_refused_as_documented(client, cast):
    sale, _ = sale_services.register_sale(data=sale_input(), by=cast.officer)
    url = f"/api/v1/traceability/sales/{sale.pk}/items"
    first = client.post(url, {"kind": "recording", "file": _recording()}, **_auth(cast.officer))
    assert first.status_code == 201, first.content
    refused = client.post(url, {"kind": "recording", "file": _recording(), "supersedes": "null"}, **_auth(cast.officer))
    assert (refused.status_code, refused.json()["field"]) == (422, "supersedes")
    corrected = client.post(url, {"kind": "recording", "file": _recording(), "supersedes": first.json()["id"]},
                            **_auth(cast.officer))
    assert corrected.status_code == 201, corrected.content


def test_an_item_superseding_nothing_of_the_sale_is_a_404_on_supersedes(client, cast):
    sale, _ = sale_services.register_sale(data=sale_input(), by=cast.officer)
    response = client.post(f"/api/v1/traceability/sales/{sale.pk}/items",
                           {"kind": "recording", "file": _recording(), "supersedes": 4_000_000},
                           **_auth(cast.officer))
    assert (response.status_code, response.json()["field"]) == (404, "supersedes")


def _review_request(cast):
    request, _ = review_services.request_submit(
        by=cast.officer, kind="marketing", title="海报", institution=cast.sub_a, material_form="wechat",
        uploads=[review_services.Upload("poster.txt", io.BytesIO("意外伤害保险，保障以合同为准。".encode()), "marketing")])
    return request


def test_a_new_version_of_no_document_is_a_404_on_document(client, cast):
    request = _review_request(cast)
    url = f"/api/v1/reviews/{request.pk}/documents"
    poster = SimpleUploadedFile("v2.txt", "新版海报".encode())
    response = client.post(url, {"version": request.version, "document": 7, "file": poster}, **_auth(cast.officer))
    assert (response.status_code, response.json()["field"]) == (404, "document")
    poster = SimpleUploadedFile("v2.txt", "新版海报".encode())
    response = client.post(url, {"version": request.version, "file": poster}, **_auth(cast.officer))
    assert response.status_code == 201, response.content


def test_an_error_on_a_field_named_file_names_it(client, cast):
    """ninja's location of a missing upload is ("file", "file"): the handler dropped both as the source."""
    sale, _ = sale_services.register_sale(data=sale_input(), by=cast.officer)
    response = client.post(f"/api/v1/traceability/sales/{sale.pk}/items", {"kind": "recording"},
                           **_auth(cast.officer))
    assert (response.status_code, response.json()["field"]) == (422, "file")


def test_every_file_part_is_documented_as_holding_a_byte(document):
    """An empty file is refused (core.uploads; a zip or TOML that is empty is not one): the document says so,
    where it called an empty part valid (the fuzzer's empty file, whose part Django's parser drops when it has no
    line for its body, was then a missing file)."""
    parts = [(label, name, field.get("items", field)) for label, body in _form_bodies(document)
             for name, field in body["properties"].items() if "binary" in json.dumps(field)]
    assert len(parts) >= 9
    assert [(label, name) for label, name, part in parts if part.get("minLength") != 1] == []


def test_an_empty_file_is_refused_on_file(client, cast):
    request = _review_request(cast)
    url = f"/api/v1/reviews/{request.pk}/documents"
    response = client.post(url, {"version": request.version, "file": SimpleUploadedFile("v2.txt", b"")},
                           HTTP_ACCEPT_LANGUAGE="zh-hans", **_auth(cast.officer))
    assert (response.status_code, response.json()["field"]) == (422, "file")
    assert response.json()["message"] == "文件是空的。"


@pytest.mark.parametrize(("fields", "accepted"), [
    ({"kind": "marketing"}, False), ({"kind": "marketing", "material_form": ""}, False),
    ({"kind": "marketing", "material_form": "wechat"}, True), ({"kind": "contract"}, True),
    ({"kind": "contract", "material_form": ""}, True),
])
def test_marketing_material_names_its_form_in_the_document_as_on_the_server(client, cast, document, fields,
                                                                              accepted):
    import jsonschema_rs

    body = document["paths"]["/api/v1/reviews"]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"]
    form = {"title": "海报", "institution": cast.sub_a.code, **fields}
    assert jsonschema_rs.Draft202012Validator(body).is_valid({**form, "files": ["x"]}) is accepted
    poster = SimpleUploadedFile("poster.txt", "意外伤害保险，保障以合同为准。".encode())
    response = client.post("/api/v1/reviews", {**form, "files": [poster]}, **_auth(cast.officer))
    assert (response.status_code == 201) is accepted, response.content
    if not accepted:
        assert (response.status_code, response.json()["field"]) == (422, "material_form")
