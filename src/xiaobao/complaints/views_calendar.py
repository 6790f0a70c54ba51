"""节假日调休 page: the maintained years, and a form that replaces one year from the State Council's notice."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.complaints import deadlines, forms, selectors
from xiaobao.complaints.services import calendar
from xiaobao.core.errors import DomainError


@login_required
def holidays(request: HttpRequest) -> HttpResponse:
    if not calendar.may_maintain(request.user):
        raise PermissionDenied(_("Only an administrator may maintain the holiday calendar."))
    gaps = deadlines.calendar_gaps()
    initial = {"year": gaps[0] if gaps else timezone.localdate().year + 1}
    form = forms.CalendarYearForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            summary = calendar.year_replace(year=form.cleaned_data["year"], text=form.cleaned_data["text"],
                                            by=request.user)
        except DomainError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, str(exc.message))
        else:
            messages.success(request, _("%(year)s saved: %(holidays)s holidays, %(workdays)s make-up working days.")
                             % {"year": summary.year, "holidays": summary.holidays, "workdays": summary.workdays})
            return redirect("complaints:holidays")
    return render(request, "complaints/holidays.html",
                  {"form": form, "years": selectors.calendar_years(), "gaps": gaps},
                  status=400 if form.errors else 200)
