"""The browser tests' live server ends every request thread with the test (tests/live_server.py): a kept-alive
connection, as a browser's, no longer leaves a thread behind to close the shared database connection later."""

from __future__ import annotations

import http.client
import threading
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def _request_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("live-server-request-")]


def test_a_kept_alive_connection_is_ended_with_its_thread(live_server):
    url = urlsplit(live_server.url)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    connection.request("GET", "/login/")
    response = connection.getresponse()
    response.read()
    assert response.status == 200 and response.getheader("Connection") != "close"
    waiting = _request_threads()
    assert waiting and all(t.is_alive() for t in waiting)  # blocked on the connection's next request

    live_server.settle()

    assert not any(t.is_alive() for t in waiting) and not _request_threads()
    with pytest.raises((http.client.HTTPException, ConnectionError)):
        connection.request("GET", "/login/")
        connection.getresponse()
    connection.close()
