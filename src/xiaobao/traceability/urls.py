from django.urls import path

from xiaobao.traceability import views, views_import

app_name = "traceability"

urlpatterns = [
    path("", views.sale_list, name="list"),
    path("new/", views.sale_create, name="create"),
    path("export.xlsx", views.sale_export, name="export-xlsx"),
    path("integrity/", views.integrity, name="integrity"),
    path("import/", views_import.import_page, name="import"),
    path("import/<uuid:job_id>/", views_import.import_status, name="import-status"),
    path("import/<uuid:job_id>/errors.csv", views_import.import_errors, name="import-errors"),
    path("sales/<int:pk>/", views.sale_detail, name="sale"),
    path("items/<int:pk>/", views.item_detail, name="item"),
    path("items/<int:pk>/access/<str:purpose>/", views.item_access, name="access"),
    path("items/<int:pk>/stream", views.item_stream, name="stream"),
]
