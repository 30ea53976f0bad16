"""The Prism contract harness: the facade's requests checked against openapi/jogg-v2.yaml.

Prism (npm @stoplight/prism-cli, installed by `make node`) is started once per session on a
free loopback port with ``--errors``, so a request that breaks the spec is answered with an
error status (422) instead of a mocked success. ``ResponseRecorder`` builds clients pointed
at it whose every response is recorded, and ``assert_clean`` fails on any violation.

To add contract tests for more resources, write tests/contract/test_contract_*.py and use
the fixtures ``prism_url``, ``recorder``, ``prism_client`` (a Jogg) and, in async tests,
``recorder.async_client(prism_url)``::

    def test_templates(prism_client: jogg.Jogg, recorder: ResponseRecorder) -> None:
        next(iter(prism_client.templates.list()))
        recorder.assert_clean(expected=["GET /v2/templates"])
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import attrs
import httpx
import pytest

import jogg

REPO = Path(__file__).resolve().parents[2]
PRISM = REPO / "node_modules" / ".bin" / "prism"
SPEC = REPO / "openapi" / "jogg-v2.yaml"
CONTRACT_KEY = "contract-test-key"
STARTUP_TIMEOUT = 60.0


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _stop(process: subprocess.Popen[bytes]) -> None:
    """End Prism (and anything it spawned: it runs in its own process group)."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    except ProcessLookupError:
        pass


def _wait_until_answering(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(
                f"Prism exited with code {process.returncode} before answering:\n"
                + log.read_text(errors="replace")[-3000:]
            )
        try:
            httpx.get(f"{url}/v2/musics", headers={"x-api-key": CONTRACT_KEY}, timeout=2.0)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    _stop(process)
    pytest.fail(
        f"Prism did not answer on {url} within {STARTUP_TIMEOUT:.0f} s:\n"
        + log.read_text(errors="replace")[-3000:]
    )


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a Prism mock of openapi/jogg-v2.yaml that validates requests."""
    if not PRISM.exists():
        pytest.fail(
            f"the Prism mock server is not installed ({PRISM.relative_to(REPO)} is missing): "
            "run `make node` first"
        )
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = tmp_path_factory.mktemp("prism") / "prism.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), "--errors", str(SPEC)],
            cwd=REPO,
            stdout=sink,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    try:
        _wait_until_answering(url, process, log)
        yield url
    finally:
        _stop(process)


@attrs.frozen
class Exchange:
    """One request the facade sent and what Prism said about it."""

    method: str
    path: str
    status: int
    violations: str | None
    detail: str = ""

    @property
    def clean(self) -> bool:
        return self.status != 422 and self.violations is None and self.status < 400

    def __str__(self) -> str:
        extra = f" sl-violations={self.violations}" if self.violations else ""
        body = f"\n    {self.detail}" if self.detail else ""
        return f"{self.method} {self.path} -> {self.status}{extra}{body}"


class ResponseRecorder:
    """Records every response of the clients it builds (through httpx event hooks)."""

    def __init__(self) -> None:
        self.exchanges: list[Exchange] = []
        self._sync_http: list[httpx.Client] = []
        self._async_http: list[httpx.AsyncClient] = []

    def _add(self, response: httpx.Response, detail: str) -> None:
        self.exchanges.append(
            Exchange(
                method=response.request.method,
                path=response.request.url.path,
                status=response.status_code,
                violations=response.headers.get("sl-violations"),
                detail=detail,
            )
        )

    @staticmethod
    def _suspect(response: httpx.Response) -> bool:
        return response.status_code >= 400 or "sl-violations" in response.headers

    def record(self, response: httpx.Response) -> None:
        # Only a suspect answer's body is read here (the facade reads it again from cache).
        detail = response.read().decode(errors="replace")[:2000] if self._suspect(response) else ""
        self._add(response, detail)

    async def arecord(self, response: httpx.Response) -> None:
        detail = (
            (await response.aread()).decode(errors="replace")[:2000]
            if self._suspect(response)
            else ""
        )
        self._add(response, detail)

    def sync_client(self, base_url: str) -> jogg.Jogg:
        """A Jogg on Prism: no retries (a violation must not be hidden by a retry) and no
        POST pacing (Prism has no rate limit, and the suite must not sleep)."""
        http = httpx.Client(event_hooks={"response": [self.record]})
        self._sync_http.append(http)
        return jogg.Jogg(
            CONTRACT_KEY, base_url=base_url, http_client=http, max_retries=0, post_rate_limit=None
        )

    def async_client(self, base_url: str) -> jogg.AsyncJogg:
        http = httpx.AsyncClient(event_hooks={"response": [self.arecord]})
        self._async_http.append(http)
        return jogg.AsyncJogg(
            CONTRACT_KEY, base_url=base_url, http_client=http, max_retries=0, post_rate_limit=None
        )

    def close(self) -> None:
        for http in self._sync_http:
            http.close()

    async def aclose(self) -> None:
        """Close the HTTP clients of ``async_client`` (call it at the end of an async test)."""
        for http in self._async_http:
            await http.aclose()

    def assert_clean(self, expected: list[str] | None = None) -> None:
        """No response was a violation; and, when given, exactly ``expected`` ("METHOD
        /path" each, in order) was sent — so a test that sent nothing cannot pass."""
        assert self.exchanges, "no request reached Prism"
        bad = [str(e) for e in self.exchanges if not e.clean]
        assert not bad, "Prism found violations:\n" + "\n".join(bad)
        if expected is not None:
            assert [f"{e.method} {e.path}" for e in self.exchanges] == expected


@pytest.fixture
def recorder() -> Iterator[ResponseRecorder]:
    recorder = ResponseRecorder()
    yield recorder
    recorder.close()


@pytest.fixture
def prism_client(prism_url: str, recorder: ResponseRecorder) -> jogg.Jogg:
    """A Jogg on the session's Prism whose responses go to ``recorder``."""
    return recorder.sync_client(prism_url)
