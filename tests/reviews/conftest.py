"""The review module's cast: the shared one plus a compliance reviewer (消保审查员) and a head at the branch."""

from __future__ import annotations

import io

import pytest

from tests.factories import UserFactory
from xiaobao.org.roles import Role
from xiaobao.reviews import services
from xiaobao.reviews.codes import CheckAs, Kind

POSTER = "本产品保本保息，稳赚不赔，年化收益高达8%！名额有限，下个月就停售。联系人王建国 13812345678。"
CLEAN = "本产品为意外伤害保险，保障以保险合同约定为准，投保前请仔细阅读条款。"


def upload(text: str = POSTER, name: str = "poster.txt", check_as: str = CheckAs.MARKETING) -> services.Upload:
    return services.Upload(name=name, stream=io.BytesIO(text.encode("utf-8")), check_as=check_as)


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "files"


@pytest.fixture
def compliance(cast):
    return UserFactory(username="compliance", full_name="周审", institution=cast.branch,
                       roles=[Role.COMPLIANCE_REVIEWER])


@pytest.fixture
def head(cast):
    return UserFactory(username="head", full_name="吴总", institution=cast.branch, roles=[Role.HEAD])


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Checks are enqueued on commit, which a test transaction never reaches: `with committed(): ...` runs the
    callbacks (the tasks, immediately in tests) when the block ends."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def submit(cast, committed):
    def make(by=None, kind=Kind.MARKETING, uploads=None, form="wechat", **extra):
        with committed():
            request, _created = services.request_submit(
                by=by or cast.handler_a, kind=kind, title=extra.pop("title", "朋友圈海报"),
                institution=extra.pop("institution", cast.sub_a), uploads=uploads or [upload()],
                material_form=form if kind == Kind.MARKETING else "", **extra)
        request.refresh_from_db()
        return request

    return make
