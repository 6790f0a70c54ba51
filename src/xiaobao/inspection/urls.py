from django.urls import path

from xiaobao.inspection import views_config

app_name = "inspection"

urlpatterns = [
    path("rules/", views_config.rules_page, name="rules"),
    path("plans/", views_config.plans_page, name="plans"),
    path("plans/<int:pk>/", views_config.plans_page, name="plan"),
]
