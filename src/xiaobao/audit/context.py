"""The context that services stamp onto audit events without threading it through: the request's client IP, and
the system as the actor of background work that no user started (`as_system`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

client_ip: ContextVar[str | None] = ContextVar("xiaobao_client_ip", default=None)

SYSTEM = "system"  # the actor name of events written by scheduled work (超时升级, retention ...)
system_actor: ContextVar[str | None] = ContextVar("xiaobao_system_actor", default=None)


@contextmanager
def as_system(job: str) -> Iterator[None]:
    """Events recorded without a user inside this block name the system as their actor (`system:<job>`)."""
    token = system_actor.set(f"{SYSTEM}:{job}")
    try:
        yield
    finally:
        system_actor.reset(token)
