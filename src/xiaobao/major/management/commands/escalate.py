"""`xiaobao escalate [--quiet]` — the response-clock check, by hand (the worker runs it every 5 minutes by itself:
`major.tasks.escalate_missed_clocks`; no cron entry is needed).

Every missed, unmet response clock of a graded complaint is escalated one institution level up (again after
the rules' `repeat_hours`): notices and e-mails go out, and the step is on the case timeline and in the audit
trail, with the system as the actor. Idempotent. Exit 0, or 1 on a domain error.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError, CommandParser

from xiaobao.audit.context import as_system
from xiaobao.core.errors import DomainError
from xiaobao.major.services import response


class Command(BaseCommand):
    help = "Escalate missed major-complaint response clocks one institution level up now (the worker does it every 5 minutes)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--quiet", action="store_true", help="print nothing when nothing was escalated")

    def handle(self, *args: object, **options: object) -> None:
        try:
            with as_system("escalate"):
                done = response.escalate_due()
        except DomainError as exc:
            raise CommandError(str(exc.message), returncode=1) from exc
        for clock in done:
            complaint = clock.major.complaint
            self.stdout.write(f"{complaint.number} {clock.kind} → {clock.major.complaint.institution.code}↑")
        if done or not options["quiet"]:
            self.stdout.write(f"escalated: {len(done)}")
