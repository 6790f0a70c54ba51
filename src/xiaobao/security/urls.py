from django.urls import path

from xiaobao.security import views

app_name = "security"

urlpatterns = [
    path("locks/", views.locks, name="locks"),
    path("locks/clear/", views.clear, name="clear"),
]
