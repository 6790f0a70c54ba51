"""Editing a draft never replaces personal data with the asterisks of its masked copy (it did: the edit form was
filled from the masked copy, and saving it stored 138****5678 in place of the number).

Its author edits the text in clear (the opening is logged in the access log); anyone else edits the masked copy
and may not save a masked value back; an officer opens it in clear with a reason, logged."""

from __future__ import annotations

import pytest

from tests.factories import UserFactory
from tests.outreach.conftest import PHONE
from xiaobao.core.errors import InvalidInput, PermissionDenied
from xiaobao.org.roles import Role
from xiaobao.outreach import services
from xiaobao.outreach.models import Activity, Piece
from xiaobao.privacy.models import PersonalDataAccess

pytestmark = pytest.mark.django_db

NUMBER = "13812345678"


def _edit_post(piece: Piece, text: str, **extra: str) -> dict[str, str]:
    return {"version": str(piece.version), "kind": piece.kind, "title": piece.title, "channel": piece.channel,
            "url": "", "text": text, **extra}


def test_saving_the_masked_copy_back_is_refused_and_the_data_is_kept(cast, make_piece):
    piece = make_piece(PHONE)
    assert "138****5678" in piece.text_masked and NUMBER not in piece.text_masked
    with pytest.raises(InvalidInput) as refused:
        services.piece_update(piece_id=piece.pk, version=piece.version, by=cast.officer, title="以案说险",
                              text=piece.text_masked, channel=piece.channel)
    assert refused.value.field == "text" and "138****5678" in str(refused.value.message)
    piece.refresh_from_db()
    assert piece.text == PHONE and piece.version == 1
    # an edit that keeps one masked value (the name) and changes the rest is refused as well
    edited = piece.text_masked.replace("（电话138****5678）", "")
    with pytest.raises(InvalidInput):
        services.piece_update(piece_id=piece.pk, version=1, by=cast.officer, title="以案说险", text=edited,
                              channel=piece.channel)
    # removing the personal data, or writing new text, is saved
    services.piece_update(piece_id=piece.pk, version=1, by=cast.officer, title="以案说险",
                          text="以案说险：一位客户在理赔中遇到的问题。", channel=piece.channel)
    piece.refresh_from_db()
    assert piece.text == "以案说险：一位客户在理赔中遇到的问题。" and piece.version == 2


def test_asterisks_the_author_typed_are_not_personal_data(cast, make_piece):
    piece = make_piece("保单号 ****1234 仅作示例。")
    services.piece_update(piece_id=piece.pk, version=1, by=cast.handler_a, title="示例",
                          text="保单号 ****1234 仅作示例，请勿外传。", channel=piece.channel)
    piece.refresh_from_db()
    assert piece.version == 2


def test_the_author_edits_in_clear_and_the_opening_is_logged(client, cast, make_piece):
    piece = make_piece(PHONE, by=cast.handler_a)
    client.force_login(cast.handler_a)
    page = client.get(f"/outreach/pieces/{piece.pk}/edit/")
    assert page.status_code == 200
    assert NUMBER in page.content.decode()  # the form holds what the author wrote
    entry = PersonalDataAccess.objects.get(user=cast.handler_a, field="edit_text")
    assert entry.reason and str(piece.pk) in entry.filename
    response = client.post(f"/outreach/pieces/{piece.pk}/edit/", _edit_post(piece, PHONE + "（已回访）"))
    assert response.status_code == 302
    piece.refresh_from_db()
    assert piece.text == PHONE + "（已回访）" and NUMBER in piece.text


def test_another_writer_edits_the_masked_copy_and_cannot_save_it_back(client, cast, make_piece):
    piece = make_piece(PHONE, by=cast.handler_a)
    client.force_login(cast.reviewer_a)  # a writer in scope, not the author
    page = client.get(f"/outreach/pieces/{piece.pk}/edit/").content.decode()
    assert NUMBER not in page and "138****5678" in page
    response = client.post(f"/outreach/pieces/{piece.pk}/edit/", _edit_post(piece, piece.text_masked))
    assert response.status_code == 422 and "138****5678" in response.content.decode()
    piece.refresh_from_db()
    assert piece.text == PHONE and piece.version == 1
    assert not PersonalDataAccess.objects.filter(user=cast.reviewer_a).exists()


def test_an_officer_opens_the_text_in_clear_with_a_reason(client, cast, make_piece):
    piece = make_piece(PHONE, by=cast.handler_a)
    client.force_login(cast.officer)
    assert NUMBER not in client.get(f"/outreach/pieces/{piece.pk}/edit/").content.decode()
    short = client.post(f"/outreach/pieces/{piece.pk}/edit/", {"open_reason": "看"})
    assert short.status_code == 422 and NUMBER not in short.content.decode()
    opened = client.post(f"/outreach/pieces/{piece.pk}/edit/", {"open_reason": "核对案例原文后改写"})
    assert opened.status_code == 200 and NUMBER in opened.content.decode()
    entry = PersonalDataAccess.objects.get(user=cast.officer, field="edit_text")
    assert entry.reason == "核对案例原文后改写"
    colleague = UserFactory(username="handler_a2", institution=cast.sub_a, roles=[Role.HANDLER])
    with pytest.raises(PermissionDenied):  # a handler who did not write it has no way to the clear text
        services.piece_text_for_editing(piece_id=piece.pk, by=colleague, reason="想看一下原文")


def test_an_activity_keeps_its_partners_and_description_when_edited(client, cast, make_activity):
    activity = make_activity(partners="社区居委会（联系人李梅 13912345678）",
                             description="为独居老人王建国（13812345678）上门讲解防诈骗知识。")
    assert "139****5678" in activity.partners_masked
    post = {"version": "1", "institution": cast.sub_a.code, "campaign": "", "title": activity.title,
            "held_on": "2026-03-15", "place": "", "format": activity.format, "people_reached": "10",
            "materials": "0", "partners": activity.partners_masked, "description": activity.description_masked}
    client.force_login(cast.reviewer_a)
    response = client.post(f"/outreach/activities/{activity.pk}/edit/", post)
    assert response.status_code == 422
    activity.refresh_from_db()
    assert "13912345678" in activity.partners and activity.version == 1
    client.force_login(cast.handler_a)  # the author: the form holds the clear texts
    page = client.get(f"/outreach/activities/{activity.pk}/edit/").content.decode()
    assert "13912345678" in page and NUMBER in page
    response = client.post(f"/outreach/activities/{activity.pk}/edit/",
                           {**post, "partners": activity.partners, "description": activity.description})
    assert response.status_code == 302
    activity = Activity.objects.get(pk=activity.pk)
    assert activity.people_reached == 10 and "13912345678" in activity.partners and NUMBER in activity.description


def test_the_auditor_is_offered_no_edit_page(client, cast, make_piece):
    piece = make_piece(PHONE, by=cast.handler_a)
    client.force_login(cast.auditor)
    assert client.get(f"/outreach/pieces/{piece.pk}/edit/").status_code == 403
    assert not PersonalDataAccess.objects.exists()
