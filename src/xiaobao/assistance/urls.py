from django.urls import path

from xiaobao.assistance import views

app_name = "assistance"

urlpatterns = [
    path("", views.service_list, name="list"),
    path("new/", views.service_create, name="create"),
    path("export.xlsx", views.service_export, name="export-xlsx"),
    path("import/", views.service_import, name="import"),
    path("outlets/", views.outlets, name="outlets"),
    path("outlets/<int:institution_id>/", views.outlet, name="outlet"),
    path("facility-photos/<int:pk>/", views.photo, name="photo"),
    path("complaints/<int:complaint_id>/link/", views.link_complaint, name="link"),
    path("services/<int:pk>/", views.service_detail, name="detail"),
]
