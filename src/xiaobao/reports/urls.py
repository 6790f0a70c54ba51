from django.urls import path

from xiaobao.reports import views

app_name = "reports"

urlpatterns = [
    path("", views.index, name="index"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("quarterly/", views.quarterly, name="quarterly"),
    path("quarterly/print/", views.quarterly_print, name="quarterly-print"),
    path("quarterly.xlsx", views.quarterly_xlsx, name="quarterly-xlsx"),
    path("quarterly.pdf", views.quarterly_pdf, name="quarterly-pdf"),
    path("monthly/", views.monthly, name="monthly"),
    path("monthly.xlsx", views.monthly_xlsx, name="monthly-xlsx"),
    path("monthly.pdf", views.monthly_pdf, name="monthly-pdf"),
    path("freeze/", views.freeze, name="freeze"),
    path("volumes/", views.volumes, name="volumes"),
    path("volumes/import/", views.volumes_import, name="volumes-import"),
    path("medians/", views.medians, name="medians"),
    path("alerts/", views.alert_list, name="alerts"),
    path("alerts/<int:pk>/", views.alert_detail, name="alert"),
    path("alerts/<int:pk>/acknowledge/", views.alert_acknowledge, name="alert-acknowledge"),
]
