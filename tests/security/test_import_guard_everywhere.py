"""Every importer of an uploaded workbook refuses spreadsheet bombs through the one guard, with the guard's message
(issue 16 item 8). tests/security/test_spreadsheets.py tests the guard and the complaint ledger; this file every
other module's import, so that none reads a bomb past the guard or turns its refusal into a crash."""

from __future__ import annotations

import io
import zipfile

import pytest

from tests.security import bombs
from tests.training.conftest import make_course, make_plan
from xiaobao.core.errors import InvalidInput
from xiaobao.security.spreadsheets import SpreadsheetRefused

BOMBS = {"far_cell": bombs.far_cell, "deflate": lambda: bombs.long_text(80 * 1024 * 1024)}
# What each refusal says (the guard's Chinese message): the declared size, or the unpacked size.
SAYS = {"far_cell": "1,048,576", "deflate": "64"}


def _refusal(call) -> str:
    """The message of the refusal, however the importer reports it: an exception or a result that says so."""
    try:
        result = call()
    except (InvalidInput, SpreadsheetRefused) as exc:
        return str(exc.message)
    refused = getattr(result, "refused", "")  # assistance reports instead of raising
    assert refused, f"{result!r} imported a bomb"
    return refused


@pytest.fixture(params=sorted(BOMBS))
def bomb(request, settings):
    settings.LANGUAGE_CODE = "zh-hans"
    return request.param, BOMBS[request.param]()


def _assert_refused(message: str, kind: str) -> None:
    assert SAYS[kind] in message, message
    assert any("\u4e00" <= ch <= "\u9fff" for ch in message), message  # in Chinese


def test_outreach_activities(cast, bomb):
    from xiaobao.outreach import importing

    kind, raw = bomb
    _assert_refused(_refusal(lambda: importing.import_ledger(by=cast.officer, source=io.BytesIO(raw))), kind)


def test_partners(cast, bomb):
    from xiaobao.partners import importing

    kind, raw = bomb
    _assert_refused(_refusal(lambda: importing.import_ledger(io.BytesIO(raw), by=cast.officer)), kind)


def test_assistance_services(cast, bomb):
    from xiaobao.assistance import imports

    kind, raw = bomb
    _assert_refused(_refusal(lambda: imports.import_ledger(io.BytesIO(raw), by=cast.handler_a)), kind)


def test_reports_volumes(cast, bomb):
    from xiaobao.reports import services

    kind, raw = bomb
    _assert_refused(_refusal(lambda: services.import_volumes(io.BytesIO(raw), by=cast.officer)), kind)


def test_training_questions_and_attendance(cast, bomb):
    from xiaobao.training import services

    kind, raw = bomb
    _assert_refused(_refusal(lambda: services.questions_import(by=cast.officer, stream=io.BytesIO(raw))), kind)
    course = make_course(cast.officer, make_plan(cast.officer, cast.branch))
    _assert_refused(_refusal(lambda: services.attendance_import(by=cast.officer, course_id=course.pk,
                                                                 stream=io.BytesIO(raw))), kind)


def test_reviews_documents(tmp_path, bomb):
    from xiaobao.reviews import checking

    kind, raw = bomb
    path = tmp_path / "sheet.xlsx"
    path.write_bytes(raw)
    with pytest.raises(checking.TextExtractionError) as refused:
        checking.read_text(path, "宣传材料.xlsx")
    _assert_refused(str(refused.value), kind)


def test_traceability_manifest(cast, bomb):
    from xiaobao.traceability import importing

    kind, raw = bomb
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("manifest.xlsx", raw)
    archive.seek(0)
    with pytest.raises(InvalidInput) as refused:  # a refusal of the user's file, not a crash of the job
        importing.import_zip(archive, by=cast.officer)
    assert refused.value.field == "manifest"
    _assert_refused(str(refused.value.message), kind)
