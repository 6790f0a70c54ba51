"""The partners module's main path in a browser: an officer registers a partner and a contact person (shown masked,
seen in clear only with a reason), asks for its blacklisting, a head approves it; a handler filling in a review
request or a complaint naming it is warned; the blacklisting is lifted (asked and approved as its own step) and
the warning is gone."""

from __future__ import annotations

from datetime import date

import pytest
from playwright.sync_api import expect

from tests.browser.pages import as_user
from tests.factories import UserFactory
from tests.partners.conftest import code
from xiaobao.org.roles import Role
from xiaobao.partners.models import Listing, Partner
from xiaobao.privacy.models import PersonalDataAccess

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NAME = "乌鲁木齐恒通汽车销售服务有限公司"


@pytest.fixture(autouse=True)
def _patient_expect():
    """The shared machine is slow at times: assertions wait as long as the pages' default timeout."""
    expect.set_options(timeout=15_000)
    yield
    expect.set_options(timeout=5_000)


def name_the_partner(page, url, field, value):
    """Open a form, name the partner in `field` and wait for the form checks' answer; the checks' panel."""
    page.goto(url)
    page.wait_for_load_state("networkidle")
    with page.expect_response(lambda r: "/checks/" in r.url and r.request.method == "POST"):
        page.fill(field, value)
        page.press(field, "Tab")
    return page.get_by_test_id("form-checks").first


def test_register_blacklist_warn_and_lift(browser, live_server, cast, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "files"
    UserFactory(username="head", full_name="吴总", institution=cast.branch, roles=[Role.HEAD])
    credit_code = code("91650100MA7K1B2C3")

    officer = as_user(browser, live_server, "officer")
    officer.goto(f"{live_server.url}/partners/new/")
    officer.fill("#id_name", NAME)
    officer.select_option("#id_kind", "dealer")
    officer.fill("#id_credit_code", credit_code.lower())  # normalised to capitals by the service
    officer.uncheck(f"input[name=institutions][value='{cast.branch.code}']")
    officer.check(f"input[name=institutions][value='{cast.sub_a.code}']")
    officer.get_by_role("button", name="保存").click()
    officer.wait_for_url("**/partners/*/")
    partner = Partner.objects.get()
    assert partner.credit_code == credit_code and partner.institution == cast.sub_a

    # a contact person: masked on the page, in clear once after a reason, and the view is logged
    add = officer.locator("form[action$='/contacts/']")
    add.locator("input[name=name]").fill("马晓燕")
    add.locator("input[name=phone]").fill("13912345678")
    add.locator("button[type=submit]").click()
    contact = officer.get_by_test_id("contact").first
    expect(contact).to_contain_text("139****5678")
    assert "13912345678" not in officer.content()
    contact.get_by_test_id("unmask-contact_phone").locator("summary").click()
    contact.get_by_test_id("unmask-contact_phone").get_by_role("button", name="显示").click()
    expect(contact.get_by_test_id("unmask-contact_phone").get_by_role("alert")).to_contain_text("理由")  # refused
    contact.get_by_test_id("unmask-contact_phone").locator("input[name=reason]").fill("核对合作机构联系方式")
    contact.get_by_test_id("unmask-contact_phone").get_by_role("button", name="显示").click()
    expect(contact.get_by_test_id("unmasked-contact_phone")).to_contain_text("13912345678")
    assert PersonalDataAccess.objects.get().reason == "核对合作机构联系方式"

    officer.fill("#id_reason", "多次误导销售车险，经检查属实。")
    officer.get_by_test_id("blacklist-request").locator("button[type=submit]").click()
    officer.wait_for_load_state()
    expect(officer.get_by_test_id("blacklist")).to_contain_text("待审批")
    expect(officer.get_by_test_id("listing-approve_listing")).to_have_count(0)  # not by the requester

    head = as_user(browser, live_server, "head")
    head.goto(f"{live_server.url}/partners/{partner.pk}/")
    head.get_by_test_id("listing-approve_listing").click()
    expect(head.get_by_test_id("blacklist-banner")).to_contain_text("多次误导销售")
    assert Listing.objects.get().approved_by.username == "head"

    handler = as_user(browser, live_server, "handler_a")
    checks = name_the_partner(handler, f"{live_server.url}/reviews/new/", "#id_partner_name", NAME)
    expect(checks).to_contain_text("黑名单")
    expect(checks).to_contain_text(credit_code)
    checks = name_the_partner(handler, f"{live_server.url}/complaints/new/", "#id_partner", credit_code)
    expect(checks).to_contain_text("黑名单")
    handler.goto(f"{live_server.url}/partners/?blacklisted=on")
    expect(handler.locator("main")).to_contain_text(NAME)

    officer.goto(f"{live_server.url}/partners/{partner.pk}/")
    lift = officer.locator("form:has([data-testid=listing-request_lift])")
    lift.locator("input[name=note]").fill("已整改并通过复查。")
    lift.locator("button[type=submit]").click()
    expect(officer.get_by_test_id("listing-approve_lift")).to_have_count(0)
    head.goto(f"{live_server.url}/partners/{partner.pk}/")
    head.get_by_test_id("listing-approve_lift").click()
    expect(head.get_by_test_id("blacklist")).to_contain_text("已解除")
    expect(head.get_by_test_id("blacklist-banner")).to_have_count(0)

    checks = name_the_partner(handler, f"{live_server.url}/reviews/new/", "#id_partner_name", NAME)
    expect(checks).not_to_contain_text("黑名单")


def test_a_sale_naming_a_blacklisted_partner_is_warned_on_the_form_and_on_its_page(browser, live_server, cast):
    """An officer registers a sale sold through a blacklisted agency: the form warns while it is filled in, and the
    sale's page shows the partner with the warning (at 1366×768, no horizontal scrolling)."""
    from xiaobao.partners import services

    head = UserFactory(username="head", full_name="吴总", institution=cast.branch, roles=[Role.HEAD])
    partner, _new = services.partner_register(by=cast.officer, name=NAME, kind="dealer",
                                              credit_code=code("91650100MA7K1B2C4"), institutions=[cast.sub_a])
    listing = services.listing_request(partner_id=partner.pk, by=cast.officer, reason="多次误导销售车险，经检查属实。",
                                       starts_on=date(2025, 1, 1))
    services.listing_act(listing_id=listing.pk, version=listing.version, action="approve_listing", by=head,
                         note="同意")

    officer = as_user(browser, live_server, "officer")
    checks = name_the_partner(officer, f"{live_server.url}/traceability/new/", "#id_partner_credit_code",
                              partner.credit_code)
    expect(checks).to_contain_text("黑名单")
    officer.select_option("#id_institution", cast.sub_a.code)
    officer.fill("#id_policy_number", "PDAA202565010000077")
    officer.fill("#id_product_name", "机动车商业保险")
    officer.select_option("#id_product_line", "motor")
    officer.select_option("#id_channel", "intermediary")
    officer.fill("#id_sold_at", "2025-05-06T10:30")
    officer.fill("#id_agent_name", "李销售")
    officer.fill("#id_agent_number", "HT0001")
    officer.fill("#id_policyholder_name", "张建国")
    officer.fill("#id_contract_start", "2025-05-07")
    officer.fill("#id_contract_end", "2026-05-06")
    officer.locator("form:has(#id_policy_number) button[type=submit]").click()
    officer.wait_for_url("**/traceability/sales/*/")
    panel = officer.get_by_test_id("partner-panel")
    expect(panel).to_contain_text(NAME)
    expect(panel.get_by_test_id("partner-blacklist-warning")).to_contain_text("多次误导销售车险")
    assert not officer.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    panel.get_by_role("link", name=NAME).click()
    officer.wait_for_url(f"**/partners/{partner.pk}/")
    expect(officer.get_by_test_id("blacklist-banner")).to_be_visible()
