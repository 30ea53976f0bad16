"""An in-memory fake of the JoggAI v2 API for your own tests — no account, no network.

Three lines in a pytest suite::

    from jogg.testing import FakeJogg

    def test_make_video():
        client = FakeJogg(clock="manual").client()   # a jogg.Jogg wired to the fake
        ...

``FakeJogg`` answers all 47 operations of the v2 API in the real envelope
(``code``, ``msg``, ``data``, ``rid``), keeps state (products, jobs of every kind,
webhook endpoints, uploads), checks what the real API checks (10105 bad key, 40000 bad
parameter, 10104 unknown id, 429 after 20 POSTs a minute) and serves finished videos
itself, so downloads work end to end. Jobs go pending -> processing -> completed over
``job_seconds`` on a clock you control (``fake.advance(seconds)`` with
``clock="manual"``). Webhooks are signed like the real service's; ``fake.faults``
scripts failures, latency, dropped connections and broken bodies.

Other ways in:

- ``fake.transport()`` — an ``httpx.MockTransport`` for any ``httpx.Client`` /
  ``httpx.AsyncClient``; ``fake.async_client()`` gives a ``jogg.AsyncJogg``.
- ``with fake.serve() as url:`` — the fake on a free loopback port, for other processes.
- ``python -m jogg.testing --port 8765`` — the same from a shell, until Ctrl-C.
"""

from ._clock import ManualClock
from ._fake import FakeJogg, FakeTransport
from ._faults import Fault, Faults
from ._records import Delivery, RecordedRequest, Upload

__all__ = [
    "Delivery",
    "FakeJogg",
    "FakeTransport",
    "Fault",
    "Faults",
    "ManualClock",
    "RecordedRequest",
    "Upload",
]
