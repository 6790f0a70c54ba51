"""The administrator role (系统管理员) uses the admin pages it needs, in Chinese, and cannot raise itself."""


def test_the_administrator_reaches_the_admin_in_chinese(client, cast):
    client.force_login(cast.admin)
    body = client.get("/admin/").content.decode()
    assert "消保平台系统管理" in body and "Django" not in body
    for url in ("/admin/org/user/", "/admin/org/institution/", "/admin/org/department/",
                f"/admin/org/user/{cast.handler_a.pk}/change/"):
        assert client.get(url).status_code == 200, url
    assert client.get("/admin/complaints/complaint/").status_code == 403  # the administrator sees no case


def test_the_administrator_cannot_make_a_superuser(client, cast):
    client.force_login(cast.admin)
    form = client.get(f"/admin/org/user/{cast.admin.pk}/change/").content.decode()
    assert 'name="is_superuser"' not in form and 'name="user_permissions"' not in form
    assert 'name="groups"' in form


def test_other_staff_keep_djangos_permission_checks(client, cast):
    cast.officer.is_staff = True
    cast.officer.save()
    client.force_login(cast.officer)
    assert client.get("/admin/org/user/").status_code == 403


def test_the_holiday_page_is_in_the_administrators_menu(client, cast):
    client.force_login(cast.admin)
    assert 'href="/complaints/holidays/"' in client.get("/").content.decode()
    client.force_login(cast.handler_a)
    assert 'href="/complaints/holidays/"' not in client.get("/").content.decode()
