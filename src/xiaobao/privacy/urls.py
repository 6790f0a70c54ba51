from django.urls import path

from xiaobao.privacy import views

app_name = "privacy"

urlpatterns = [
    path("unmask/<int:complaint_id>/<str:field>/", views.unmask, name="unmask"),
    path("unmask/<int:complaint_id>/<str:field>/<int:item>/", views.unmask, name="unmask-item"),
    path("access-log/", views.access_log, name="access-log"),
    path("blocked-exports/", views.blocked_exports, name="blocked-exports"),
]
