from django.contrib import admin
from django.urls import include, path

from xiaobao.api.router import api

admin.site.site_header = "xiaobao 消保 · 系统管理"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("complaints/", include("xiaobao.complaints.urls")),
    path("privacy/", include("xiaobao.privacy.urls")),
    path("major/", include("xiaobao.complaints.urls_major")),
    path("", include("xiaobao.web.urls")),
]
