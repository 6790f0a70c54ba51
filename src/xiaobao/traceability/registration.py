"""What the traceability module contributes to the platform (core.registry): menu, measures, the complaint
page's panel, demo data, personal-data holder."""

from __future__ import annotations


def register() -> None:
    from xiaobao.core import registry
    from xiaobao.traceability import selectors

    registry.register_personal_data("sale", lambda user, pk: selectors.sale_get(user=user, pk=pk))
