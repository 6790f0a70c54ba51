"""The spike rule on constructed series, and the background detection writing alerts with their cases."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.reports.conftest import bj
from xiaobao.core import registry
from xiaobao.reports import selectors, spikes, tasks
from xiaobao.reports.models import SpikeAlert, SpikeRule

RULE = {"p_threshold": 0.001, "min_cases": 5, "min_baseline": 0.5}


def test_poisson_tail_matches_the_hand_computed_values():
    # P(X ≥ 3 | λ=1) = 1 − e^-1 (1 + 1 + 1/2) = 0.0803013…
    assert spikes.poisson_tail(3, 1.0) == pytest.approx(0.0803013970713942)
    assert spikes.poisson_tail(0, 4.0) == 1.0
    # P(X ≥ 8 | λ=1) = 1.0249e-5 (sum of the upper tail)
    assert spikes.poisson_tail(8, 1.0) == pytest.approx(1.024919667e-05, rel=1e-6)


def test_a_wave_well_above_the_baseline_is_a_spike():
    verdict = spikes.test_week([1, 0, 1, 1, 0, 1, 1, 1], 8, **RULE)  # baseline mean 0.75
    assert verdict.is_spike
    assert verdict.expected == 0.75
    assert verdict.p_value < 0.001


def test_ordinary_variation_and_small_counts_are_not():
    assert not spikes.test_week([4, 6, 5, 5, 4, 6, 5, 5], 8, **RULE).is_spike  # P(X≥8|5)≈0.13
    assert not spikes.test_week([0] * 8, 4, **RULE).is_spike  # p tiny, but fewer than min_cases
    assert spikes.test_week([0] * 8, 5, **RULE).is_spike  # floor 0.5: P(X≥5|0.5)≈1.7e-4


def test_detection_writes_an_alert_with_the_cases_behind_it(cast, make_complaint):
    today = date(2025, 11, 19)  # Wednesday; the week tested runs from Monday 11-17
    monday = date(2025, 11, 17)
    for k in range(1, 9):  # one sales complaint a week for eight weeks before
        day = monday - timedelta(weeks=k)
        make_complaint(received_at=bj(day.year, day.month, day.day, 10, 0), cause="sales")
    wave = [make_complaint(received_at=bj(2025, 11, 17 + (k % 3), 9, k), cause="sales") for k in range(7)]
    make_complaint(received_at=bj(2025, 11, 18, 9, 0), cause="claims")  # another cause: its own series
    from xiaobao.reports import services

    alerts = services.detect_spikes(today=today)
    assert [(a.institution_id, a.cause, a.week_start, a.observed) for a in alerts] == [
        (cast.sub_a.pk, "sales", monday, 7)]
    assert sorted(alerts[0].case_ids) == sorted(c.pk for c in wave)
    assert services.detect_spikes(today=today)  # idempotent: the same alert again, not a second one
    assert SpikeAlert.objects.count() == 1
    # the officer gets a notice and a work-queue item; a handler does not
    assert selectors.spike_notices(cast.officer)
    assert [i.module for i in registry.queue_items(cast.officer) if i.module == "reports"] == ["reports"]
    assert not selectors.spike_notices(cast.handler_a)


def test_the_threshold_is_data(cast, make_complaint):
    SpikeRule.objects.update(min_cases=50)
    for k in range(6):
        make_complaint(received_at=bj(2025, 11, 17, 9, k), cause="sales")
    from xiaobao.reports import services

    assert services.detect_spikes(today=date(2025, 11, 19)) == []


def test_the_task_runs_the_detection(cast):
    result = tasks.detect_spikes.enqueue()
    assert result.return_value == 0


def test_the_officer_acknowledges_an_alert(client, cast, make_complaint):
    for k in range(6):
        make_complaint(received_at=bj(2025, 11, 17, 9, k), cause="sales")
    from xiaobao.reports import services

    alert = services.detect_spikes(today=date(2025, 11, 19))[0]
    client.force_login(cast.officer)
    page = client.get(f"/reports/alerts/{alert.pk}/").content.decode()
    assert "销售纠纷" in page
    client.post(f"/reports/alerts/{alert.pk}/acknowledge/")
    alert.refresh_from_db()
    assert alert.acknowledged_by == cast.officer
    assert not selectors.spike_notices(cast.officer)
