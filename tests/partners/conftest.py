"""The partners module's cast: the shared one plus a second approver (a head at the branch) and helpers."""

from __future__ import annotations

import hashlib
import secrets
from datetime import date

import pytest

from tests.factories import UserFactory
from xiaobao.org.models import ApiToken
from xiaobao.org.roles import Role
from xiaobao.partners import credit_code, services

# Real codes (the check character computed by GB 32100-2015 matches the published one).
VALID_CODES = ("91110000710931141J", "91440300708461136T", "91330100716105852F", "9144030071526726XG")


def code(body: str = "91650100MA7765432") -> str:
    return body + credit_code.check_character(body)


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "files"


@pytest.fixture
def head(cast):
    return UserFactory(username="head", full_name="吴总", institution=cast.branch, roles=[Role.HEAD])


@pytest.fixture
def sub_head(cast):
    return UserFactory(username="sub_head", full_name="郑经理", institution=cast.sub_a, roles=[Role.HEAD])


@pytest.fixture
def register(cast):
    def make(by=None, *, name="天山农村商业银行股份有限公司", body="91650100MA7765432", institutions=None, **extra):
        partner, _created = services.partner_register(
            by=by or cast.officer, name=name, kind=extra.pop("kind", "bank"), credit_code=code(body),
            institutions=institutions or [cast.sub_a], **extra)
        return partner

    return make


@pytest.fixture
def blacklist(cast, head):
    """Blacklist `partner`: requested by the officer, approved by the head."""
    def make(partner, *, starts_on=None, ends_on=None):
        listing = services.listing_request(partner_id=partner.pk, by=cast.officer, reason="多次误导销售，经检查属实。",
                                           starts_on=starts_on or date(2025, 1, 1), ends_on=ends_on)
        return services.listing_act(listing_id=listing.pk, version=listing.version, action="approve_listing",
                                    by=head, note="同意")

    return make


def token(user) -> dict[str, str]:
    raw = secrets.token_urlsafe(32)
    ApiToken.objects.create(user=user, prefix=raw[:8], key_hash=hashlib.sha256(raw.encode()).hexdigest())
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}
