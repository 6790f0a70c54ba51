from django.urls import path

from xiaobao.partners import views

app_name = "partners"

urlpatterns = [
    path("", views.partner_list, name="list"),
    path("new/", views.partner_create, name="create"),
    path("export.xlsx", views.partner_export, name="export-xlsx"),
    path("import/", views.partner_import, name="import"),
    path("<int:pk>/", views.partner_detail, name="detail"),
    path("<int:pk>/edit/", views.partner_edit, name="edit"),
    path("<int:pk>/step/<str:action>/", views.partner_step, name="step"),
    path("<int:pk>/blacklist/", views.listing_request, name="blacklist"),
    path("<int:pk>/blacklist/<int:listing_id>/<str:action>/", views.listing_act, name="listing-act"),
    path("<int:pk>/contacts/", views.contact_add, name="contact"),
    path("<int:pk>/contacts/<int:contact_id>/unmask/<str:field>/", views.contact_unmask, name="contact-unmask"),
    path("<int:pk>/agreements/", views.agreement_upload, name="agreement"),
    path("<int:pk>/agreements/<int:agreement_id>/clauses/", views.agreement_confirm, name="clauses"),
    path("<int:pk>/agreements/<int:agreement_id>/file/", views.agreement_download, name="agreement-file"),
    path("<int:pk>/violations/", views.violation_record, name="violation"),
    path("<int:pk>/violations/<int:violation_id>/rectified/", views.violation_rectified, name="violation-rectified"),
    path("<int:pk>/evaluations/", views.evaluate, name="evaluate"),
]
