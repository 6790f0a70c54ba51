"""A handler sees the recording of a sales-dispute complaint's policy on the complaint page, plays it after
giving a reason, and the officer finds the playback in the personal-data access log; an auditor sees the
evidence but gets no player. At 1366×768."""

from __future__ import annotations

import io
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.browser.pages import as_user
from tests.complaints.conftest import intake
from xiaobao.complaints import services as complaint_services
from xiaobao.traceability import samples, services

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
BEIJING = ZoneInfo("Asia/Shanghai")


def test_a_handler_plays_the_recording_from_the_complaint_with_a_reason(browser, live_server, cast, tmp_path,
                                                                        settings):
    settings.MEDIA_ROOT = tmp_path / "files"
    sale, _created = services.register_sale(data=services.SaleInput(
        institution="650100", policy_number="PDEA-BROWSER-1", product_name="安心意外伤害保险", product_line="accident",
        channel="telephone", sold_at=datetime(2025, 3, 1, 10, 0, tzinfo=BEIJING), agent_name="王小明",
        agent_number="TS8801", policyholder_name="张建国", policyholder_phone="13912345678",
        contract_start=date(2025, 3, 2), contract_end=date(2026, 3, 1)), by=cast.officer)
    item = services.add_item(sale=sale, kind="recording", name="call.wav", stream=io.BytesIO(samples.tone_wav(2.0)),
                             by=cast.officer)
    complaint, _new = complaint_services.register(intake(policy_number=sale.policy_number, cause="sales"),
                                                  by=cast.handler_a)

    handler = as_user(browser, live_server, "handler_a")
    handler.goto(f"{live_server.url}/complaints/{complaint.pk}/")
    panel = handler.get_by_test_id("traceability-panel")
    panel.get_by_test_id(f"evidence-{item.pk}").wait_for()
    assert handler.locator("audio").count() == 0
    panel.get_by_test_id(f"reason-{item.pk}").fill("核实销售误导投诉")
    panel.get_by_test_id(f"play-{item.pk}").click()
    audio = panel.get_by_test_id("audio")
    audio.wait_for()
    # the stream answered (polled from here: the page's CSP refuses the eval wait_for_function would need)
    for _ in range(200):
        if handler.evaluate("document.querySelector('audio').readyState") >= 1:
            break
        handler.wait_for_timeout(50)
    assert handler.evaluate("document.querySelector('audio').readyState") >= 1
    assert handler.evaluate("document.querySelector('audio').duration") == pytest.approx(2.0, abs=0.1)
    handler.evaluate("document.querySelector('audio').play()")
    assert handler.evaluate("document.documentElement.scrollWidth <= 1366")

    officer = as_user(browser, live_server, "officer")
    officer.goto(f"{live_server.url}/privacy/access-log/")
    log = officer.get_by_test_id("access-log")
    log.get_by_text("核实销售误导投诉").wait_for()
    assert complaint.number in log.inner_text() and "handler_a" in log.inner_text()

    auditor = as_user(browser, live_server, "auditor")
    auditor.goto(f"{live_server.url}/complaints/{complaint.pk}/")
    auditor.get_by_test_id(f"evidence-{item.pk}").wait_for()
    assert auditor.get_by_test_id(f"play-{item.pk}").count() == 0
