"""Publishing an outreach text: the marketing and pii engines read it first (the real engines)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.outreach.conftest import CLEAN, PHONE, RETURNS
from xiaobao.audit.models import AuditEvent
from xiaobao.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from xiaobao.outreach import services, transitions
from xiaobao.outreach.codes import Status
from xiaobao.outreach.models import Piece

pytestmark = pytest.mark.django_db


def test_a_promise_of_returns_refuses_publishing_and_lists_the_findings(cast, make_piece, publish):
    piece = make_piece(RETURNS)
    with pytest.raises(services.PublicationRefused) as refused:
        publish(piece, cast.handler_a)
    piece.refresh_from_db()
    assert piece.status == Status.DRAFT and piece.published_on is None
    codes = {f["code"] for f in refused.value.data["findings"]}
    assert "GUARANTEED_RETURN" in codes
    assert {f["code"] for f in piece.findings} == codes  # kept on the piece for its page
    finding = next(f for f in piece.findings if f["code"] == "GUARANTEED_RETURN")
    assert finding["engine"] == "marketing" and finding["quote"] in RETURNS and finding["label"]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in finding["label"])  # the rule label is Chinese
    assert AuditEvent.objects.filter(action="outreach.publish_refused", object_id=str(piece.pk)).exists()


def test_a_customers_phone_number_refuses_publishing_and_is_never_stored_in_clear(cast, make_piece, publish):
    piece = make_piece(PHONE)
    with pytest.raises(services.PublicationRefused):
        publish(piece, cast.handler_a)
    piece.refresh_from_db()
    mobile = [f for f in piece.findings if f["code"] == "MOBILE"]
    assert mobile and mobile[0]["engine"] == "pii" and mobile[0]["label"] == "手机号码"
    assert "13812345678" not in json.dumps(piece.findings, ensure_ascii=False)
    assert "13812345678" not in piece.text_masked
    assert piece.text == PHONE  # the draft itself is kept as written (encrypted at rest)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT text, text_masked, findings FROM outreach_piece WHERE id = %s", [piece.pk])
        row = cursor.fetchone()
    assert all("13812345678" not in str(value) for value in row)


def test_a_clean_text_is_published_and_an_edited_draft_can_be_published(cast, make_piece, publish):
    piece = make_piece(RETURNS)
    with pytest.raises(services.PublicationRefused):
        publish(piece, cast.handler_a)
    piece.refresh_from_db()
    services.piece_update(piece_id=piece.pk, version=piece.version, by=cast.handler_a, title="守住钱袋子",
                          text=CLEAN, channel=piece.channel)
    piece.refresh_from_db()
    assert piece.findings == []  # the old findings described the old text
    published = publish(piece, cast.handler_a, published_on=date(2026, 3, 16))
    assert published.status == Status.PUBLISHED and published.published_on == date(2026, 3, 16)
    assert published.findings == [] and published.override_reason == ""
    with pytest.raises(Conflict):  # a published piece is not edited any more
        services.piece_update(piece_id=piece.pk, version=published.version, by=cast.handler_a, title="x",
                              text=RETURNS, channel=piece.channel)


def test_an_officer_publishes_over_a_finding_only_with_a_reason_which_is_audited(cast, make_piece, publish):
    piece = make_piece(RETURNS, by=cast.officer, institution=cast.branch)
    with pytest.raises(services.PublicationRefused):
        publish(piece, cast.officer)
    with pytest.raises(InvalidInput) as short:
        publish(piece, cast.officer, override_reason="引用")
    assert short.value.field == "override_reason"
    reason = "文中“保本保息、稳赚不赔”为引述的非法集资话术，用于风险提示。"
    published = publish(piece, cast.officer, override_reason=reason)
    assert published.status == Status.PUBLISHED and published.override_reason == reason
    assert {f["code"] for f in published.findings} >= {"GUARANTEED_RETURN"}
    event = AuditEvent.objects.get(action="outreach.publish_over_findings", object_id=str(piece.pk))
    summary = json.dumps(event.summary, ensure_ascii=False)
    assert "GUARANTEED_RETURN" in summary and "非法集资话术" in summary and event.actor_id == cast.officer.pk


def test_only_an_officer_may_publish_over_findings(cast, make_piece, publish):
    piece = make_piece(RETURNS)
    with pytest.raises(PermissionDenied):
        publish(piece, cast.handler_a, override_reason="我认为这段话没有问题。")
    piece.refresh_from_db()
    assert piece.status == Status.DRAFT


def test_the_auditor_reads_but_may_not_write_or_publish(cast, make_piece, publish):
    piece = make_piece(CLEAN)
    assert services.selectors.piece_get(user=cast.auditor, pk=piece.pk) == piece
    with pytest.raises(PermissionDenied):
        publish(piece, cast.auditor)
    with pytest.raises(PermissionDenied):
        services.piece_create(by=cast.auditor, institution=cast.branch, kind="article", title="x", text=CLEAN,
                              channel="website")
    assert not transitions.may(piece, "publish", cast.auditor)


def test_withdraw_stale_version_and_idempotent_retry(cast, make_piece, publish):
    piece = make_piece(CLEAN)
    published = publish(piece, cast.handler_a)
    with pytest.raises(Conflict) as stale:
        services.withdraw(piece_id=piece.pk, version=published.version - 1, by=cast.handler_a, reason="渠道下线。")
    assert stale.value.http_status == 409
    withdrawn = services.withdraw(piece_id=piece.pk, version=published.version, by=cast.handler_a,
                                  reason="渠道下线，撤回。")
    assert withdrawn.status == Status.WITHDRAWN
    with pytest.raises(Conflict):
        services.record_reach(piece_id=piece.pk, by=cast.handler_a, reads=1, plays=0)
    first, created = services.piece_create(by=cast.handler_a, institution=cast.sub_a, kind="article", title="t",
                                           text=CLEAN, channel="website", idempotency_key="k-1")
    again, created_again = services.piece_create(by=cast.handler_a, institution=cast.sub_a, kind="article",
                                                 title="t", text=CLEAN, channel="website", idempotency_key="k-1")
    assert created and not created_again and first.pk == again.pk


def test_reads_are_scoped_to_the_institution_subtree(cast, make_piece, make_activity):
    piece = make_piece(CLEAN)
    activity = make_activity()
    with pytest.raises(NotFound):
        services.selectors.piece_get(user=cast.handler_b, pk=piece.pk)
    with pytest.raises(NotFound):
        services.selectors.activity_get(user=cast.handler_b, pk=activity.pk)
    assert list(services.selectors.pieces_visible_to(cast.handler_b)) == []
    assert list(services.selectors.pieces_visible_to(cast.officer)) == [piece]
    with pytest.raises(InvalidInput):  # nobody records for an institution outside their scope
        services.activity_create(by=cast.handler_b, institution=cast.sub_a, title="x", held_on=date(2026, 3, 1),
                                 format="community")
    with pytest.raises(NotFound):
        services.publish(piece_id=piece.pk, version=piece.version, by=cast.handler_b)
    assert Piece.objects.get(pk=piece.pk).status == Status.DRAFT
