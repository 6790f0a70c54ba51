"""The live server of the browser tests, with request threads that never outlive the test that started them.

Django's live server answers each connection in a daemon thread that nobody waits for. A browser keeps its
connections alive between requests, so such a thread stays blocked on the next request after the test has ended;
it wakes up when the browser goes away — at the end of the session, after the server has stopped and taken back
the shared in-memory SQLite connection — and its `connections.close_all()` then fails ("DatabaseWrapper objects
created in a thread can only be used in that same thread"), reported as an error of whatever test ran last on
that process. Or a page left open polls while the next test's data is being flushed.

Here every request thread is remembered with its socket, and `settle()` — run at the end of every test that
uses the live server, after the browser contexts are closed — ends them: a connection still open is shut for
reading (a thread waiting for the next request sees the end of the stream; one answering a request still sends
its answer), and each thread is joined. A thread closes its own database connections as it ends (Django's
`close_request`), so when the test's fixtures return no request thread is left.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from typing import Any

from django.core.servers.basehttp import ThreadedWSGIServer
from pytest_django.live_server_helper import LiveServer

SETTLE_SECONDS = 30.0  # a thread still answering after this is a hung request: the test fails, naming it


class SettlingWSGIServer(ThreadedWSGIServer):
    """Django's threaded test server, keeping track of its request threads (see the module's docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lock = threading.Lock()
        self._requests: dict[threading.Thread, socket.socket] = {}

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(target=self.process_request_thread, args=(request, client_address),
                                  name=f"live-server-request-{client_address[1]}", daemon=True)
        with self._lock:
            self._requests[thread] = request
        thread.start()

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)  # ends with close_request: close_all()
        finally:
            with self._lock:
                self._requests.pop(threading.current_thread(), None)

    def settle(self, timeout: float = SETTLE_SECONDS) -> None:
        """End every request thread, each closing its own database connections; raise if one does not end."""
        with self._lock:
            pending = dict(self._requests)
        for request in pending.values():
            with contextlib.suppress(OSError):  # OSError: the thread has closed it meanwhile
                request.shutdown(socket.SHUT_RD)  # wakes a thread waiting on a kept-alive connection
        for thread in pending:
            thread.join(timeout)
        hung = [thread.name for thread in pending if thread.is_alive()]
        if hung:
            raise RuntimeError(f"live server request threads still running after {timeout:.0f} s: {hung}")


class SettlingLiveServer(LiveServer):
    """pytest-django's live server, on a `SettlingWSGIServer`."""

    def __init__(self, addr: str) -> None:
        super().__init__(addr, start=False)
        self.thread.server_class = SettlingWSGIServer
        self.start()

    def settle(self) -> None:
        httpd = getattr(self.thread, "httpd", None)
        if isinstance(httpd, SettlingWSGIServer):
            httpd.settle()

    def stop(self) -> None:
        self.settle()
        super().stop()
