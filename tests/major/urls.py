"""Test URLs: the project's, with the major-complaint router and pages mounted the way the lead will wire them."""

from django.urls import include, path
from ninja import NinjaAPI

from xiaobao.api import errors
from xiaobao.api.auth import auth
from xiaobao.urls import urlpatterns as project_urls

api = NinjaAPI(title="xiaobao API (major-complaint tests)", auth=auth, urls_namespace="api_major_tests")
errors.install(api)
api.add_router("/", "xiaobao.complaints.api_major.router")
api.add_router("/", "xiaobao.complaints.api.router")

urlpatterns = [
    path("api/v1/", api.urls),
    path("major/", include("xiaobao.complaints.urls_major")),
    *project_urls,
]
