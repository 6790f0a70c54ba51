from django.urls import path

from xiaobao.reviews import views

app_name = "reviews"

urlpatterns = [
    path("", views.review_list, name="list"),
    path("new/", views.review_create, name="create"),
    path("export.xlsx", views.review_export, name="export-xlsx"),
    path("monitoring/", views.monitoring, name="monitoring"),
    path("<int:pk>/", views.review_detail, name="detail"),
    path("<int:pk>/act/<str:action>/", views.review_act, name="act"),
    path("<int:pk>/documents/", views.document_upload, name="upload"),
    path("<int:pk>/releases/", views.release_register, name="release"),
    path("documents/<int:pk>/", views.document_download, name="download"),
    path("opinions/<int:pk>/answer/", views.opinion_answer, name="answer"),
    path("findings/<int:pk>/decision/", views.finding_decide, name="decide"),
]
