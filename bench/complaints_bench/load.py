"""HTTP load: wrk (C, a few percent of a core) when installed, else N Python client threads.

Both POST pre-generated JSON bodies with keep-alive connections. Every request gets its own idempotency key:
"@K@" in a body becomes a key prefix unique to the request, and with `key_header` the request also carries an
`Idempotency-Key` header, as a real client that retries safely would send. The Python generator needs most of
a core itself; on a 2-core machine it takes that core from the server, so its numbers are lower bounds.
"""

from __future__ import annotations

import http.client
import itertools
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from complaints_bench.stats import summary

LUA = Path(__file__).with_name("intake.lua")


@dataclass
class LoadResult:
    ok: int = 0
    failed: int = 0
    created: int = 0  # cases registered (a batch reply counts its "created")
    seconds: float = 0.0
    items_per_request: int = 1
    percentiles: dict[str, float] = field(default_factory=dict)  # p50/p95/p99 in ms
    statuses: dict[int, int] = field(default_factory=dict)
    first_error: str = ""
    generator: str = ""

    @property
    def per_second(self) -> float:
        return self.ok / self.seconds if self.seconds else 0.0

    @property
    def created_per_second(self) -> float:
        return self.created / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        p = self.percentiles
        text = f"{self.ok} ok / {self.failed} failed in {self.seconds:.1f} s = {self.per_second:.0f} req/s"
        if self.items_per_request > 1:
            text += f" of {self.items_per_request} complaints"
        text += f"; {self.created:,} cases registered = {self.created_per_second:.0f} intakes/s"
        text += f"; latency p50 {p.get('p50')} ms, p95 {p.get('p95')} ms, p99 {p.get('p99')} ms [{self.generator}]"
        if self.failed:
            text += f"; statuses {self.statuses}; first error: {self.first_error[:200]}"
        return text


def wrk_available() -> bool:
    return shutil.which("wrk") is not None


def run(*, ports: list[int], path: str, auth: str, bodies: list[str], clients: int, seconds: float,
        key_header: bool = True, items_per_request: int = 1, max_requests: int | None = None,
        use_wrk: bool | None = None) -> LoadResult:
    """POST the bodies round-robin to 127.0.0.1:ports/path for `seconds` (clients spread over the ports).

    `max_requests` bounds only the Python generator; wrk runs for the time alone."""
    use_wrk = wrk_available() if use_wrk is None else use_wrk
    runner = _run_wrk if use_wrk else _run_threads
    result = runner(ports=ports, path=path, auth=auth, bodies=bodies, clients=clients, seconds=seconds,
                    key_header=key_header, max_requests=max_requests)
    result.items_per_request = items_per_request
    return result


def _run_wrk(*, ports: list[int], path: str, auth: str, bodies: list[str], clients: int, seconds: float,
             key_header: bool, max_requests: int | None) -> LoadResult:
    """One wrk process per port (one thread each); their counts add up, their percentiles are the worst one's."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        fh.write("\n".join(bodies) + "\n")
    per_port = max(1, clients // len(ports))
    procs = []
    try:
        for k, port in enumerate(ports):
            env = {**os.environ, "BODIES": fh.name, "AUTH": auth, "TARGET_PATH": path, "PREFIX": f"w{time.time_ns()}-{k}",
                   "KEY_HEADER": "1" if key_header else "0"}
            procs.append(subprocess.Popen(["wrk", "-t1", f"-c{per_port}", f"-d{max(1, round(seconds))}s", "--timeout",
                                           "30s", "-s", str(LUA), f"http://127.0.0.1:{port}"], env=env,
                                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True))
        outputs = [p.communicate(timeout=seconds + 120)[0] for p in procs]
    finally:
        os.unlink(fh.name)
    result = LoadResult(generator=f"wrk, {len(ports)} × {per_port} connections")
    for out in outputs:
        line = next((x for x in out.splitlines() if x.startswith("WRK_JSON ")), None)
        if line is None:
            raise RuntimeError(f"wrk printed no result: {out[-500:]}")
        data = json.loads(line.removeprefix("WRK_JSON "))
        for status, count in data["statuses"].items():
            result.statuses[int(status)] = result.statuses.get(int(status), 0) + count
            if 200 <= int(status) < 300:
                result.ok += count
            else:
                result.failed += count
        result.failed += data["errors"]
        result.created += data["created"]
        result.seconds = max(result.seconds, data["seconds"])
        for p in ("p50", "p95", "p99"):
            result.percentiles[p] = max(result.percentiles.get(p, 0.0), round(data[p], 1))
        result.first_error = result.first_error or data["first_error"]
    return result


def _run_threads(*, ports: list[int], path: str, auth: str, bodies: list[str], clients: int, seconds: float,
                 key_header: bool, max_requests: int | None) -> LoadResult:
    result = LoadResult(generator=f"Python threads, {clients} clients")
    latencies: list[float] = []
    lock = threading.Lock()
    counter = itertools.count() if max_requests is None else iter(range(max_requests))
    deadline = time.monotonic() + seconds
    prefix = f"t{time.time_ns()}"

    def client(port: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while time.monotonic() < deadline:
            with lock:
                i = next(counter, None)
            if i is None:
                break
            key = f"{prefix}-{i}"
            headers = {"Authorization": auth, "Content-Type": "application/json"}
            if key_header:
                headers["Idempotency-Key"] = key
            payload = bodies[i % len(bodies)].replace("@K@", key).encode()
            started = time.perf_counter()
            try:
                conn.request("POST", path, payload, headers)
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
                if 200 <= status < 300:
                    result.ok += 1
                    result.created += 1 if status == 201 else json.loads(text).get("created", 0)
                    latencies.append(elapsed)
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
    result.percentiles = summary(latencies)
    return result
