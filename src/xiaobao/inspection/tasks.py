"""Background work of sales quality inspection: the check of each arriving transcript, the periodic sweep."""

from __future__ import annotations

from django_tasks import task


@task()
def check_transcript(item_id: int) -> str:
    """自动质检 of one transcript item, then the sampling of its agent's month (idempotent: a checked item is left
    as it is)."""
    from xiaobao.audit.context import as_system
    from xiaobao.inspection.services import checks

    with as_system("inspection"):
        made = checks.check_item(item_id)
    return made.state if made is not None else "skipped"


@task()
def sweep() -> dict[str, int]:
    """Check every transcript that arrived without a check (bulk intake, a lost task), then sample the months
    touched; also re-sample the current month, so a new complaint brings in its agent's calls."""
    from xiaobao.audit.context import as_system
    from xiaobao.inspection.services import checks

    with as_system("inspection.sweep"):
        return checks.sweep(resample_current=True)
