from django.urls import path

from xiaobao.complaints import views, views_calendar, views_export, views_figures, views_import

app_name = "complaints"

urlpatterns = [
    path("", views.complaint_list, name="list"),
    path("new/", views.complaint_create, name="create"),
    path("overdue/", views.overdue_list, name="overdue"),
    path("figures/", views_figures.figure_records, name="figure-records"),
    path("export.xlsx", views_export.export_xlsx, name="export-xlsx"),
    path("export.csv", views_export.export_csv, name="export-csv"),
    path("import/", views_import.ledger_import, name="import"),
    path("import/template.xlsx", views_import.ledger_template, name="import-template"),
    path("import/<uuid:pk>/", views_import.ledger_job, name="import-job"),
    path("import/<uuid:pk>/report.xlsx", views_import.ledger_report, name="import-report"),
    path("holidays/", views_calendar.holidays, name="holidays"),
    path("<int:pk>/", views.complaint_detail, name="detail"),
    path("<int:pk>/act/<str:action>/", views.complaint_act, name="act"),
    path("<int:pk>/upload/", views.attachment_upload, name="upload"),
    path("attachments/<int:pk>/", views.attachment_download, name="download"),
]
