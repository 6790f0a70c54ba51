from django.urls import path

from xiaobao.inspection import views, views_config

app_name = "inspection"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("agents/", views.agents, name="agents"),
    path("rules/", views_config.rules_page, name="rules"),
    path("plans/", views_config.plans_page, name="plans"),
    path("plans/<int:pk>/", views_config.plans_page, name="plan"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/act/<str:action>/", views.act, name="act"),
    path("findings/<int:pk>/decision/", views.decide, name="decide"),
]
