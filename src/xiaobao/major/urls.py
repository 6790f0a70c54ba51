"""Pages of major complaints, routes, root cause and accountability: include at `path("major/", ...)`."""

from django.urls import path

from xiaobao.major import views as views_major

app_name = "major"

urlpatterns = [
    path("", views_major.board, name="board"),
    path("rules/", views_major.rules_page, name="rules"),
    path("recurrence/", views_major.recurrence_page, name="recurrence"),
    path("notices/", views_major.notices_page, name="notices"),
    path("duplicate-check/", views_major.duplicate_check, name="duplicate-check"),
    path("cases/<int:pk>/", views_major.case_panel, name="case-panel"),
    path("cases/<int:pk>/<str:action>/", views_major.case_act, name="case-act"),
]
