from django.urls import path

from xiaobao.web import views

app_name = "web"

urlpatterns = [
    path("", views.home, name="home"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", views.LogoutView.as_view(), name="logout"),
    path("institutions/", views.institution_list, name="institution-list"),
    path("institutions/<str:code>/", views.institution_detail, name="institution-detail"),
    path("checks/<str:slot>/", views.form_checks, name="form-checks"),
    path("healthz", views.healthz, name="healthz"),
]
