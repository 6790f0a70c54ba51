"""Every outreach measure read for many institutions at once equals the same measure read one institution at a
time (the registry's batch contract), on the constructed quarter of tests/outreach/test_numbers.py."""

from __future__ import annotations

import pytest

from tests.batches import batch_equals_one_by_one, module_codes
from tests.outreach.test_numbers import Q1, data  # noqa: F401  (data: a fixture)
from xiaobao.core.registry import Period
from xiaobao.outreach import selectors

pytestmark = pytest.mark.django_db

CODES = {"outreach.activity_count", "outreach.people_reached", "outreach.materials", "outreach.case_story_count",
         "outreach.article_count", "outreach.article_reach"}


def test_every_outreach_measure_batched_equals_one_by_one(cast, data):  # noqa: F811
    institutions = [cast.branch, cast.sub_a, cast.outlet_a, cast.sub_b]
    assert set(module_codes("outreach")) == CODES
    seen = batch_equals_one_by_one(CODES, institutions, [Q1, Period.quarter(2026, 2), Period.year(2026),
                                                         Period.month(2026, 3)])
    assert seen[("outreach.people_reached", "650000", Q1.label)] == 240 + 500
    assert seen[("outreach.people_reached", "650102", Q1.label)] == 80
    assert seen[("outreach.people_reached", "653100", Q1.label)] == 500
    assert seen[("outreach.article_reach", "650100", Q1.label)] == 1050
    assert seen[("outreach.activity_count", "650000", "2026年度")] == 5


def test_the_summary_reads_every_row_in_one_batch(cast, data, django_assert_max_num_queries):  # noqa: F811
    expected = [(i.code, selectors.numbers(i, Q1)) for i in (cast.branch, cast.sub_a, cast.sub_b)]
    with django_assert_max_num_queries(6):  # scope, children, subtrees, activities, pieces
        rows = selectors.summary(cast.officer, cast.branch, Q1)
    assert [(r.institution.code, r.numbers) for r in rows] == expected
