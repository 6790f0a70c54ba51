"""Every admin page lists without error; case data is read-only there."""

import pytest
from django.contrib import admin
from django.urls import reverse


@pytest.mark.parametrize("model", list(admin.site._registry), ids=lambda m: m._meta.label)
def test_every_admin_changelist_loads(admin_client, model, make_complaint):
    make_complaint()
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    assert admin_client.get(url).status_code == 200


def test_complaints_cannot_be_edited_in_the_admin(admin_client, make_complaint):
    c = make_complaint()
    assert admin_client.post(reverse("admin:complaints_complaint_change", args=[c.pk]), {"status": "closed"}
                             ).status_code == 403
