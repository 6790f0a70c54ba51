"""The root URLs plus the privacy pages, API and the complaint export, until the lead wires them in.

Use with `@pytest.mark.urls("tests.privacy.urls")`. Once the lead has added the lines listed in the
hand-over, these resolve to the same views through the root URLs.
"""

from django.urls import include, path
from ninja import NinjaAPI

from xiaobao.api import errors
from xiaobao.api.auth import auth
from xiaobao.api.router import api as root_api
from xiaobao.complaints import urls as complaint_urls
from xiaobao.complaints import views_export
from xiaobao.privacy.api import router as privacy_router
from xiaobao.urls import urlpatterns as root

test_api = NinjaAPI(title="privacy (tests)", auth=auth, urls_namespace="privacy-test-api")
errors.install(test_api)
if all(r is not privacy_router for _prefix, r in root_api._routers):
    test_api.add_router("/", privacy_router)

complaints_patterns = (
    [*complaint_urls.urlpatterns,
     path("export.xlsx", views_export.export_xlsx, name="export-xlsx"),
     path("export.csv", views_export.export_csv, name="export-csv")],
    "complaints",
)

urlpatterns = [
    path("api/v1/", test_api.urls),
    path("privacy/", include("xiaobao.privacy.urls")),
    path("complaints/", include(complaints_patterns)),
    *[p for p in root if not str(p.pattern).startswith("complaints/")],
]
