from django.urls import path

from xiaobao.security import views

app_name = "security"

urlpatterns = [
    path("locks/", views.locks, name="locks"),
    path("locks/clear/", views.clear, name="clear"),
    path("imports/<uuid:pk>/", views.import_job, name="import-job"),
    path("imports/<uuid:pk>/report.xlsx", views.import_report, name="import-report"),
]
