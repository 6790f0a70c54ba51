"""Background work of the assessment: computing a run's measures (with progress on the run's page)."""

from __future__ import annotations

from django_tasks import task


@task()
def compute_measures(job_id: str) -> None:
    """信息收集: read every measure of every assessed institution (idempotent: a finished job is not redone)."""
    from xiaobao.assessment import services
    from xiaobao.assessment.codes import MeasureState
    from xiaobao.assessment.models import Run
    from xiaobao.core import progress

    job = progress.begin(job_id)
    if job is None:
        return
    run = Run.objects.filter(pk=int(bytes(job.payload or b"0").decode() or 0)).first()
    if run is None:
        progress.finish(job, failed=True, errors=[{"message": "run missing"}])
        return
    try:
        counts = services.measure_run(run, report=progress.Reporter(job))
    except Exception as exc:
        Run.objects.filter(pk=run.pk).update(measure_state=MeasureState.FAILED)
        progress.finish(job, failed=True, errors=[{"message": str(exc)[:300]}])
        raise
    progress.finish(job, result=counts)
