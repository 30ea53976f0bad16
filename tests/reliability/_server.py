"""A scriptable loopback HTTP server for fault injection.

Each connection is served by its own thread; every request read off the wire is counted
and recorded, then answered by the next step of the script (or by ``fallback`` once the
script is used up). Steps can answer normally, cut the body short, stall forever or reset
the connection, which httpx's mock transports cannot do with real sockets.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import attrs


@attrs.frozen
class Seen:
    method: str
    target: str
    headers: dict[str, str]  # lower-case names
    body: bytes


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_length: int | None = None  # announce a length other than len(body)
    cut_after: int | None = None  # send only this many body bytes, then close


@dataclass
class Stall:
    """Read the request and never answer (until the server closes)."""


@dataclass
class Reset:
    """Read the request, then reset the connection (TCP RST) without any answer."""


@dataclass
class Custom:
    """Read the request, then hand the socket to ``send``, which writes whatever it likes
    (a trickle, an endless body, a bomb); the connection is closed afterwards. ``send`` gets
    the server's closing event too, to stop when the test ends."""

    send: Callable[[socket.socket, threading.Event], None]


Step = Reply | Stall | Reset | Custom
Fallback = Callable[[Seen], Step]


def json_reply(text: str, status: int = 200, **headers: str) -> Reply:
    return Reply(status, text.encode(), {"Content-Type": "application/json", **headers})


class ScriptedServer:
    def __init__(self, script: list[Step] | None = None, fallback: Fallback | None = None):
        self._script = list(script or [])
        self._fallback = fallback
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self.seen: list[Seen] = []
        self.connections = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._threads: list[threading.Thread] = []
        self._sockets: list[socket.socket] = []
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    @property
    def count(self) -> int:
        with self._lock:
            return len(self.seen)

    def _next_step(self, seen: Seen) -> Step:
        with self._lock:
            self.seen.append(seen)
            if self._script:
                return self._script.pop(0)
        if self._fallback is not None:
            return self._fallback(seen)
        return Reply(599, b"script used up")

    def _accept(self) -> None:
        while not self._closing.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self.connections += 1
                self._sockets.append(conn)
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(0.1)
        reader = _Reader(conn, self._closing)
        try:
            while not self._closing.is_set():
                seen = reader.request()
                if seen is None:
                    return
                step = self._next_step(seen)
                if isinstance(step, Stall):
                    self._closing.wait()
                    return
                if isinstance(step, Custom):
                    step.send(conn, self._closing)
                    return
                if isinstance(step, Reset):
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    return
                head = [f"HTTP/1.1 {step.status} Scripted"]
                length = step.content_length
                if length is None:
                    length = len(step.body)
                head += [f"{k}: {v}" for k, v in step.headers.items()]
                head.append(f"Content-Length: {length}")
                if step.cut_after is not None:
                    head.append("Connection: close")
                payload = "\r\n".join(head).encode() + b"\r\n\r\n"
                body = step.body if step.cut_after is None else step.body[: step.cut_after]
                conn.sendall(payload + body)
                if step.cut_after is not None or length != len(step.body):
                    return
        except OSError:
            return
        finally:
            with contextlib.suppress(OSError):
                conn.close()

    def close(self) -> None:
        self._closing.set()
        self._listener.close()
        self._acceptor.join(2)
        for thread in self._threads:
            thread.join(2)


class _Reader:
    """Reads HTTP/1.1 requests (Content-Length or chunked bodies) off one connection."""

    def __init__(self, conn: socket.socket, closing: threading.Event) -> None:
        self._conn = conn
        self._closing = closing
        self._buffer = b""

    def _fill(self) -> bool:
        while not self._closing.is_set():
            try:
                chunk = self._conn.recv(65536)
            except TimeoutError:
                continue
            if not chunk:
                return False
            self._buffer += chunk
            return True
        return False

    def _until(self, marker: bytes) -> bytes | None:
        while marker not in self._buffer:
            if not self._fill():
                return None
        line, self._buffer = self._buffer.split(marker, 1)
        return line

    def _exactly(self, size: int) -> bytes | None:
        while len(self._buffer) < size:
            if not self._fill():
                return None
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data

    def request(self) -> Seen | None:
        head = self._until(b"\r\n\r\n")
        if head is None:
            return None
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        body = b""
        if "chunked" in headers.get("transfer-encoding", "").lower():
            parts = []
            while True:
                size_line = self._until(b"\r\n")
                if size_line is None:
                    return None
                size = int(size_line.split(b";")[0] or b"0", 16)
                chunk = self._exactly(size + 2)
                if chunk is None:
                    return None
                if size == 0:
                    break
                parts.append(chunk[:-2])
            body = b"".join(parts)
        elif headers.get("content-length"):
            read = self._exactly(int(headers["content-length"]))
            if read is None:
                return None
            body = read
        return Seen(method, target, headers, body)


@contextlib.contextmanager
def scripted(
    script: list[Step] | None = None, fallback: Fallback | None = None
) -> Iterator[ScriptedServer]:
    server = ScriptedServer(script, fallback)
    try:
        yield server
    finally:
        server.close()


def closed_port() -> int:
    """A loopback port with nothing listening on it (connections are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
