"""A small, fast loopback HTTP/1.1 server for the benchmarks, run in its own process so that
it never competes with the client under test for the GIL.

It answers every API path with one fixed, realistic JSON envelope (a product video for GET,
a fresh job for POST), streams ``/files/<size>/video.mp4`` from one reusable 1 MiB buffer
(so a 500 MB download never sits in memory), and reads and discards PUT bodies (uploads).
Paths under ``/attack/<kind>/`` misbehave on purpose (the memory-under-attack benchmark):
``flood`` announces and sends 1 GB, ``chunked`` sends chunks until the client hangs up (at
most 8 GB), ``bomb`` sends 2 MB of gzip that unpacks to 2 GB, ``trickle`` one byte a second.

    python -m bench.loopback          # prints the port, serves until stdin closes
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import zlib

CHUNK = 1 << 20
_FILLER = os.urandom(CHUNK)


def video_body(port: int, download_size: int) -> bytes:
    data = {
        "video_id": "NTQ0MTkzNjgw",
        "title": "Spring sneaker launch — 30 s vertical",
        "video_url": f"http://127.0.0.1:{port}/files/{download_size}/video.mp4",
        "cover_url": f"http://127.0.0.1:{port}/files/4096/cover.jpg",
        "status": "completed",
        "duration": 30,
        "created_at": 1735689600,
        "deducted_credit": 10,
        "aspect_ratio": "portrait",
        "caption": True,
        "language": "english",
        "avatar_id": 127,
        "voice_id": "en-US-ChristopherNeural",
    }
    return envelope(data)


def envelope(data: object) -> bytes:
    body = {"code": 0, "msg": "Success", "data": data, "rid": "8d5b0c1e9f2a4d7b"}
    return json.dumps(body, ensure_ascii=False).encode()


def _response(status: str, body: bytes, content_type: str = "application/json") -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\nConnection: keep-alive\r\n\r\n"
    )
    return head.encode() + body


async def _discard_body(reader: asyncio.StreamReader, headers: dict[bytes, bytes]) -> int:
    """Read a request body (sized or chunked) without keeping it; returns its length."""
    if b"chunked" in headers.get(b"transfer-encoding", b"").lower():
        total = 0
        while True:
            size = int((await reader.readline()).split(b";", 1)[0].strip() or b"0", 16)
            if size == 0:
                while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                    pass
                return total
            remaining = size
            while remaining:
                remaining -= len(await reader.read(min(remaining, CHUNK)))
            total += size
            await reader.readline()
    remaining = int(headers.get(b"content-length", b"0") or 0)
    total = remaining
    while remaining:
        part = await reader.read(min(remaining, CHUNK))
        if not part:
            break
        remaining -= len(part)
    return total


class Server:
    def __init__(self, download_size: int) -> None:
        self.download_size = download_size
        self.get_reply = b""
        self.post_reply = _response(
            "200 OK", envelope({"video_id": "NTQ0MTkzNjgx", "status": "processing"})
        )

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                lines = head.split(b"\r\n")
                method, path, _ = lines[0].split(b" ", 2)
                headers = {}
                for line in lines[1:]:
                    if b":" in line:
                        name, value = line.split(b":", 1)
                        headers[name.strip().lower()] = value.strip()
                await _discard_body(reader, headers)
                if path.startswith(b"/attack/"):
                    await _attack(writer, path.split(b"/")[2].decode())
                    return
                if path.startswith(b"/files/"):
                    await self._stream(writer, int(path.split(b"/")[2]))
                elif method == b"GET":
                    writer.write(self.get_reply)
                elif method == b"PUT":
                    writer.write(_response("200 OK", b""))
                else:
                    writer.write(self.post_reply)
                await writer.drain()
        finally:
            writer.close()

    async def _stream(self, writer: asyncio.StreamWriter, size: int) -> None:
        writer.write(
            f"HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\nContent-Length: {size}\r\n"
            "Connection: keep-alive\r\n\r\n".encode()
        )
        view = memoryview(_FILLER)
        remaining = size
        while remaining:
            part = min(remaining, CHUNK)
            writer.write(view[:part])
            remaining -= part
            await writer.drain()


_BOMB: list[bytes] = []


def _bomb() -> bytes:
    if not _BOMB:
        packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        zeros = bytes(CHUNK)
        parts = [packer.compress(b'{"code": 0, "data": "')]
        parts += [packer.compress(zeros) for _ in range(2048)]
        _BOMB.append(b"".join(parts) + packer.flush())
    return _BOMB[0]


async def _attack(writer: asyncio.StreamWriter, kind: str) -> None:
    """What a hostile server does; every kind ends when the client hangs up."""
    head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
    view = memoryview(bytes(CHUNK))
    try:
        if kind == "flood":
            writer.write(f"{head}Content-Length: {1 << 30}\r\n\r\n".encode())
            for _ in range(1024):
                writer.write(view)
                await writer.drain()
        elif kind == "chunked":
            writer.write(f"{head}Transfer-Encoding: chunked\r\n\r\n".encode())
            frame = b"%x\r\n" % CHUNK + bytes(CHUNK) + b"\r\n"
            for _ in range(8192):
                writer.write(frame)
                await writer.drain()
        elif kind == "bomb":
            body = _bomb()
            writer.write(
                f"{head}Content-Encoding: gzip\r\nContent-Length: {len(body)}\r\n\r\n".encode()
            )
            writer.write(body)
            await writer.drain()
        elif kind == "trickle":
            writer.write(f"{head}Content-Length: 100000\r\n\r\n".encode())
            for _ in range(3600):
                writer.write(b" ")
                await writer.drain()
                await asyncio.sleep(1)
    except ConnectionError:
        return


async def serve(download_size: int) -> None:
    app = Server(download_size)
    server = await asyncio.start_server(app.handle, "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    app.get_reply = _response("200 OK", video_body(port, download_size))
    print(port, flush=True)
    # Serve until the parent closes our stdin (or dies).
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)
    # Exit at once: open keep-alive connections need no goodbye.
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    asyncio.run(serve(int(sys.argv[1]) if len(sys.argv) > 1 else 500_000_000))
