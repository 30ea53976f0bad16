"""Serving a FakeJogg over loopback HTTP with the standard library's threaded server."""

from __future__ import annotations

import contextlib
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._fake import FakeJogg


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    # socketserver's default backlog of 5 refuses bursts of concurrent clients.
    request_queue_size = 1024
    fake: FakeJogg
    fake_host: str


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeJogg"
    sys_version = ""
    timeout = 60
    # Headers and body go out as separate writes; with Nagle on, the body waits for the
    # client's delayed ACK (~40 ms a request).
    disable_nagle_algorithm = True
    server: _HTTPServer

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet: the fake never logs requests (they carry keys)."""

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks = []
            while True:
                line = self.rfile.readline(65537)
                size = int(line.split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                        pass
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline(65537)
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _cut(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.wfile.flush()
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _serve(self) -> None:
        body = self._read_body()
        host = self.headers.get("Host") or self.server.fake_host
        reply = self.server.fake._serve_one(
            self.command, f"http://{host}{self.path}", list(self.headers.items()), body
        )
        if reply.drop is not None:
            self._cut()
            return
        length = reply.length if reply.length is not None else len(reply.body)
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            if name.lower() != "content-length":
                self.send_header(name, value)
        self.send_header("Content-Length", str(length))
        if reply.truncate:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            payload = reply.body[: len(reply.body) // 2] if reply.truncate else reply.body
            self.wfile.write(payload)
        if reply.truncate:
            self._cut()

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _serve


class RunningServer:
    """A FakeJogg served on a loopback port, with its ticker."""

    def __init__(self, fake: FakeJogg, host: str, port: int, tick_interval: float) -> None:
        self.httpd = _HTTPServer((host, port), _Handler)
        self.httpd.fake = fake
        bound_host, bound_port = str(self.httpd.server_address[0]), self.httpd.server_address[1]
        shown = f"[{bound_host}]" if ":" in bound_host else bound_host
        self.url = f"http://{shown}:{bound_port}"
        self.httpd.fake_host = f"{shown}:{bound_port}"
        self._stop = threading.Event()
        self._threads = [
            threading.Thread(
                target=self.httpd.serve_forever,
                kwargs={"poll_interval": 0.05},
                name="fakejogg-server",
                daemon=True,
            ),
            threading.Thread(
                target=self._tick, args=(fake, tick_interval), name="fakejogg-ticker", daemon=True
            ),
        ]
        for thread in self._threads:
            thread.start()

    def _tick(self, fake: FakeJogg, interval: float) -> None:
        while not self._stop.wait(interval):
            with contextlib.suppress(Exception):
                fake.tick()

    def close(self) -> None:
        self._stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        for thread in self._threads:
            thread.join(2.0)


def start_server(fake: FakeJogg, host: str, port: int, tick_interval: float) -> RunningServer:
    return RunningServer(fake, host, port, tick_interval)
