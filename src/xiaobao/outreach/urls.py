from django.urls import path

from xiaobao.outreach import views

app_name = "outreach"

urlpatterns = [
    path("", views.activity_list, name="activities"),
    path("activities/new/", views.activity_create, name="activity-create"),
    path("activities/export.xlsx", views.activity_export, name="activity-export"),
    path("activities/import/", views.activity_import, name="activity-import"),
    path("activities/import/template.xlsx", views.import_template, name="import-template"),
    path("activities/<int:pk>/", views.activity_detail, name="activity"),
    path("activities/<int:pk>/edit/", views.activity_edit, name="activity-edit"),
    path("activities/<int:pk>/files/", views.activity_file_upload, name="activity-file-upload"),
    path("files/<int:pk>/", views.activity_file, name="file"),
    path("pieces/", views.piece_list, name="pieces"),
    path("pieces/new/", views.piece_create, name="piece-create"),
    path("pieces/export.xlsx", views.piece_export, name="piece-export"),
    path("pieces/<int:pk>/", views.piece_detail, name="piece"),
    path("pieces/<int:pk>/edit/", views.piece_edit, name="piece-edit"),
    path("pieces/<int:pk>/act/<str:action>/", views.piece_act, name="piece-act"),
    path("summary/", views.summary, name="summary"),
    path("summary/export.xlsx", views.summary_export, name="summary-export"),
    path("campaigns/", views.campaigns, name="campaigns"),
]
