from django.urls import path

from xiaobao.assessment import views

app_name = "assessment"

urlpatterns = [
    path("", views.run_list, name="list"),
    path("new/", views.run_create, name="create"),
    path("templates/", views.template_list, name="templates"),
    path("runs/<int:pk>/", views.run_detail, name="run"),
    path("runs/<int:pk>/progress/", views.run_progress, name="progress"),
    path("runs/<int:pk>/export.xlsx", views.run_export, name="export-xlsx"),
    path("runs/<int:pk>/act/<str:action>/", views.run_act, name="act"),
    path("results/<int:pk>/", views.result_detail, name="result"),
    path("results/<int:pk>/report/", views.result_report, name="report"),
    path("results/<int:pk>/score/", views.result_score, name="score"),
    path("results/<int:pk>/self/", views.result_self, name="self"),
    path("results/<int:pk>/evidence/", views.evidence_upload, name="evidence-upload"),
    path("results/<int:pk>/leadership/", views.result_leadership, name="leadership"),
    path("evidence/<int:pk>/", views.evidence_download, name="evidence"),
]
