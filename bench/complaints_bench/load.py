"""A small HTTP load generator: N client threads with keep-alive connections, bounded by count and time."""

from __future__ import annotations

import http.client
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from complaints_bench.stats import summary


@dataclass
class LoadResult:
    ok: int = 0
    failed: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    first_error: str = ""

    @property
    def per_second(self) -> float:
        return self.ok / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        s = summary(self.latencies)
        text = (f"{self.ok} ok / {self.failed} failed in {self.seconds:.1f} s = {self.per_second:.0f} req/s; "
                f"latency p50 {s['p50']} ms, p95 {s['p95']} ms, p99 {s['p99']} ms")
        if self.failed:
            text += f"; statuses {self.statuses}; first error: {self.first_error[:200]}"
        return text


def run(*, port: int | list[int], path: str, headers: dict[str, str], body: Callable[[int], dict[str, Any]], clients: int,
        max_requests: int, max_seconds: float, expect: tuple[int, ...] = (200, 201)) -> LoadResult:
    """POST `body(i)` as JSON to 127.0.0.1:port/path from `clients` threads until either bound is hit.

    With several ports (several server processes), client k talks to port k mod len(ports).
    """
    ports = port if isinstance(port, list) else [port]
    result = LoadResult()
    lock = threading.Lock()
    counter = iter(range(max_requests))
    deadline = time.monotonic() + max_seconds

    def client(port: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while time.monotonic() < deadline:
            with lock:
                i = next(counter, None)
            if i is None:
                break
            payload = json.dumps(body(i)).encode()
            started = time.perf_counter()
            try:
                conn.request("POST", path, payload, {**headers, "Content-Type": "application/json"})
                response = conn.getresponse()
                text = response.read()
                status = response.status
            except (OSError, http.client.HTTPException) as exc:
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                status, text = 0, repr(exc).encode()
            elapsed = time.perf_counter() - started
            with lock:
                result.statuses[status] = result.statuses.get(status, 0) + 1
                if status in expect:
                    result.ok += 1
                    result.latencies.append(elapsed)
                else:
                    result.failed += 1
                    result.first_error = result.first_error or f"{status} {text[:300]!r}"
        conn.close()

    threads = [threading.Thread(target=client, args=(ports[k % len(ports)],)) for k in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result.seconds = time.perf_counter() - started
    return result
