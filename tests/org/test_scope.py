"""Data scope: own subtree; officers and auditors everything; administrators no case data."""

from xiaobao.org import selectors
from xiaobao.org.scope import scope_for


def codes(qs):
    return sorted(qs.values_list("code", flat=True))


def test_a_handler_sees_their_institution_subtree_only(cast):
    assert codes(selectors.institutions_visible_to(cast.handler_a)) == ["650100", "650102"]


def test_the_outsider_sees_nothing_of_another_sub_institution(cast):
    assert codes(selectors.institutions_visible_to(cast.handler_b)) == ["653100"]
    assert not scope_for(cast.handler_b).contains(cast.sub_a)


def test_officers_and_auditors_see_the_whole_organisation(cast):
    for user in (cast.officer, cast.auditor):
        assert scope_for(user).everything
        assert codes(selectors.institutions_visible_to(user)) == ["650000", "650100", "650102", "653100"]


def test_an_administrator_without_a_case_role_sees_no_case_data(cast):
    scope = scope_for(cast.admin)
    assert scope.is_empty
    assert codes(selectors.institutions_visible_to(cast.admin)) == []


def test_an_inactive_user_sees_nothing(cast):
    cast.handler_a.is_active = False
    assert scope_for(cast.handler_a).is_empty


def test_the_auditor_is_read_only_and_the_handler_is_not(cast):
    assert cast.auditor.is_read_only
    assert not cast.handler_a.is_read_only


def test_scope_filter_q_restricts_by_institution_path(cast):
    from xiaobao.org.models import User

    visible = User.objects.filter(scope_for(cast.handler_a).filter_q("institution"))
    assert sorted(visible.values_list("username", flat=True)) == ["handler_a", "reviewer_a"]
