"""Background work of the review module: engine checks of uploaded documents, sweeps of released material."""

from __future__ import annotations

from django_tasks import task


@task()
def check_document(document_id: int) -> str:
    """自动检查 of one uploaded document (idempotent: a checked document is left as it is)."""
    from xiaobao.reviews import services

    document = services.run_checks(document_id)
    return document.check_state if document is not None else "missing"


@task()
def sweep_releases() -> dict[str, int]:
    """Re-check released material under the current marketing rules (skips what these rules already saw)."""
    from xiaobao.reviews import services

    return services.sweep()
