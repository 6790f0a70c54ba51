from django.apps import apps
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from xiaobao.api.router import api

admin.site.site_header = _("xiaobao · administration")
admin.site.site_title = _("xiaobao administration")  # Django's default reads "Django 站点管理员"
admin.site.index_title = _("System administration")

# Error pages in the user's language inside the site layout; JSON under /api/ (xiaobao.web.errors).
handler400 = "xiaobao.web.errors.bad_request"
handler403 = "xiaobao.web.errors.permission_denied"
handler404 = "xiaobao.web.errors.page_not_found"
handler500 = "xiaobao.web.errors.server_error"

# On the Redis queue, RQ's own pages (queues, failed tasks with their errors) for staff, beside the admin.
redis_queue = [path("admin/rq/", include("django_rq.urls"))] if apps.is_installed("django_rq") else []

urlpatterns = [
    *redis_queue,
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("complaints/", include("xiaobao.complaints.urls")),
    path("privacy/", include("xiaobao.privacy.urls")),
    path("security/", include("xiaobao.security.urls")),
    path("major/", include("xiaobao.major.urls")),
    path("assessment/", include("xiaobao.assessment.urls")),
    path("reports/", include("xiaobao.reports.urls")),
    path("reviews/", include("xiaobao.reviews.urls")),
    path("traceability/", include("xiaobao.traceability.urls")),
    path("inspection/", include("xiaobao.inspection.urls")),
    path("outreach/", include("xiaobao.outreach.urls")),
    path("partners/", include("xiaobao.partners.urls")),
    path("training/", include("xiaobao.training.urls")),
    path("assistance/", include("xiaobao.assistance.urls")),
    path("", include("xiaobao.web.urls")),
]
