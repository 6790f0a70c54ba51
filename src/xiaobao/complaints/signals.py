"""Signals the complaints app sends (its public write notifications; listeners live in the apps that need them).

Every save and delete of a case also sends Django's own pre_save/post_save/pre_delete/post_delete; a bulk insert
sends none of those, so it sends `cases_created` with the cases it wrote (pks set), in its transaction."""

from __future__ import annotations

from django.dispatch import Signal

cases_created = Signal()  # sender=Complaint, cases=list[Complaint], using=str
