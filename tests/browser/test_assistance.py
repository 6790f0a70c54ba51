"""An officer records a minority-language service and links it from the complaint page; an auditor may read the
ledger but not record (1366×768, no horizontal scrolling)."""

from __future__ import annotations

import pytest

from tests.browser.test_reviews import as_user
from xiaobao.assistance.models import Service

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def no_horizontal_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_an_officer_records_a_service_and_links_it_from_the_complaint(browser, live_server, cast, make_complaint):
    complaint = make_complaint(needs_minority_language=True)
    officer = as_user(browser, live_server, "officer")
    officer.goto(f"{live_server.url}/assistance/new/")
    officer.fill("#id_served_on", "2025-09-26")
    officer.select_option("#id_institution", cast.sub_a.code)
    officer.select_option("#id_language", "uyghur")
    officer.fill("#id_need", "客户仅会维吾尔语，咨询理赔进度。")
    officer.check("input[name=measures][value=bilingual]")
    officer.fill("#id_customer_name", "阿依古丽")
    officer.fill("#id_customer_phone", "13811112222")
    officer.select_option("#id_outcome", "resolved")
    assert no_horizontal_scroll(officer)
    officer.click("button.primary")
    officer.wait_for_url("**/assistance/services/*/")
    officer.get_by_test_id("service").get_by_text("少数民族语言（维吾尔语）").wait_for()
    assert "13811112222" not in officer.content()
    service = Service.objects.get()

    officer.goto(f"{live_server.url}/complaints/{complaint.pk}/")
    panel = officer.get_by_test_id("assistance-panel")
    panel.locator("select[name=service]").select_option(str(service.pk))
    panel.get_by_role("button", name="关联到本投诉").click()
    officer.wait_for_url(f"**/complaints/{complaint.pk}/")
    officer.get_by_test_id("assistance-panel").get_by_role("link", name=service.number).wait_for()
    assert Service.objects.get().complaint_id == complaint.pk
    assert no_horizontal_scroll(officer)


def test_an_auditor_reads_the_ledger_but_cannot_record(browser, live_server, cast):
    auditor = as_user(browser, live_server, "auditor")
    auditor.goto(f"{live_server.url}/assistance/")
    auditor.get_by_test_id("assistance-ledger").wait_for()
    assert auditor.get_by_role("link", name="登记服务").count() == 0
    response = auditor.goto(f"{live_server.url}/assistance/new/")
    assert response.status == 403
    assert no_horizontal_scroll(auditor)
