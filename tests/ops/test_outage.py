"""Database down: kept pages keep being served, the rest is a friendly 503, and the site
comes back by itself. PostgreSQL is reached through a proxy in this test whose port is
closed and reopened; the shared database server itself is never touched."""

from __future__ import annotations

import contextlib
import socket
import threading

import pytest
from django.db import InterfaceError, OperationalError, close_old_connections, connection
from django.utils import translation

from summit.ops.views import server_error


class TcpProxy:
    """Forwards a local port to PostgreSQL; `close()` refuses new connections and cuts the
    open ones (as a dead server would), `open()` listens on the same port again."""

    def __init__(self, target: tuple[str, int]):
        self.target = target
        self.port = 0
        self.listener: socket.socket | None = None
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()

    def open(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self.port = listener.getsockname()[1]
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def close(self) -> None:
        # shutdown() wakes the thread blocked in accept(), so the port is free at once.
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        with self.lock:
            for sock in self.sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self.sockets.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return  # closed
            server = socket.create_connection(self.target)
            with self.lock:
                self.sockets += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while chunk := source.recv(65536):
                sink.sendall(chunk)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)


@pytest.fixture
def database_behind_proxy(transactional_db, settings):
    """Django's connection goes through the proxy for the test, directly again afterwards
    (the flush that ends a transactional test needs the database)."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL behind a TCP proxy")
    # Every request asks the database for the ticker's state: the outage is met at once.
    settings.TICKER_REVISION_TTL = 0
    params = connection.settings_dict
    original = (params["HOST"], params["PORT"])
    proxy = TcpProxy((original[0] or "127.0.0.1", int(original[1] or 5432)))
    proxy.open()
    connection.close()
    params["HOST"], params["PORT"] = "127.0.0.1", str(proxy.port)
    yield proxy
    connection.close()
    params["HOST"], params["PORT"] = original
    with contextlib.suppress(OSError):
        proxy.close()


def served(client, url: str):
    """A request as a server runs it: Django closes a broken connection when a request
    starts and ends (the test client leaves that out to keep its test transaction)."""
    close_old_connections()
    response = client.get(url)
    close_old_connections()
    return response


@pytest.mark.postgres
def test_database_outage_serves_kept_pages_answers_503_and_recovers(
    database_behind_proxy, ticker, make_entry, client
):
    entry = make_entry(title="Gipfel beginnt")
    timeline = f"/ticker/{ticker.slug}/"
    kept = served(client, timeline)
    assert kept.status_code == 200
    ticker.refresh_from_db()

    database_behind_proxy.close()
    client.raise_request_exception = False  # answer as a server would, not re-raise

    still_kept = served(client, timeline)
    assert still_kept.status_code == 200
    assert still_kept.content == kept.content
    poll = served(client, f"/ticker/{ticker.slug}/updates/?since={ticker.revision}")
    assert poll.status_code == 204
    for url in (f"/ticker/{ticker.slug}/entries/{entry.pk}/", "/", f"/ticker/{ticker.slug}/feed/"):
        down = served(client, url)
        assert down.status_code == 503, url
        page = down.content.decode()
        assert "Gleich wieder da." in page
        assert 'class="site-header"' in page  # the site's layout, not a bare error
        assert down["Retry-After"] == "30"
    assert served(client, "/healthz").status_code == 503

    database_behind_proxy.open()

    back = served(client, f"/ticker/{ticker.slug}/entries/{entry.pk}/")
    assert back.status_code == 200
    assert "Gipfel beginnt" in back.content.decode()
    assert served(client, "/healthz").status_code == 200


def answer_to(error: Exception, rf):
    try:
        raise error
    except Exception:
        return server_error(rf.get("/"))


@pytest.mark.parametrize("error", [OperationalError("connection refused"), InterfaceError()])
def test_an_unreachable_database_is_a_friendly_503(error, rf):
    response = answer_to(error, rf)
    assert response.status_code == 503
    assert "Gleich wieder da." in response.content.decode()


def test_other_errors_stay_a_500(rf):
    response = answer_to(ValueError("a bug, not an outage"), rf)
    assert response.status_code == 500
    assert "Technischer Fehler" in response.content.decode()


def test_the_outage_page_speaks_the_readers_language(rf):
    with translation.override("en"):
        response = answer_to(OperationalError("connection refused"), rf)
    assert "Back in a moment." in response.content.decode()
