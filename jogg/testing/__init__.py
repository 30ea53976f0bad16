"""An in-memory fake of the JoggAI v2 API for your own tests — no account, no network.

Three lines in a pytest suite::

    from jogg.testing import FakeJogg

    def test_make_video():
        client = FakeJogg(clock="manual").client()   # a jogg.Jogg wired to the fake
        ...

``FakeJogg`` answers all 47 operations of the v2 API in the real envelope
(``code``, ``msg``, ``data``, ``rid``), keeps state (products, jobs of every kind,
webhook endpoints, uploads), checks what the real API checks (10105 bad key, 40000 bad
parameter, 10104 unknown id, 429 with ``Retry-After`` after 20 POSTs a minute; serving
starts with an empty window, ``fake.reset_rate_limit()`` empties it) and serves finished videos
itself, so downloads work end to end. Jobs go pending -> processing -> completed over
``job_seconds`` on a clock you control (``fake.advance(seconds)`` with
``clock="manual"``). Webhooks are signed like the real service's; ``fake.faults``
scripts failures, latency, dropped connections and broken bodies.

Time: a job is ``pending`` for the first half of ``job_seconds`` (default 2.0) after its
creation, ``processing`` for the second half and ``completed`` from then on, read on
``clock`` (default ``time.monotonic``; ``clock="manual"`` or a ``ManualClock`` moves only
with ``fake.advance(seconds)``; any zero-argument callable returning seconds works).
``fake.complete_job(id)`` / ``fake.fail_job(id, code=..., message=...)`` end a job now.
Each endpoint spells the status its own way (product videos never say ``pending``; lip
sync says ``success``; photos ``in_progress``/``success``/``error``; avatar list items
0/1/2; list filters 3/4/5). The POST rate limit uses the same clock.

Webhooks: the fake notices that a job has ended lazily — at the start of every API
request, in ``advance``/``complete_job``/``fail_job``/``tick``, and (when served) on a
background ticker every 0.1 s — and then builds one delivery per target: the request's
``webhook_url`` (signed with ``fake.webhook_secret``) and every enabled endpoint
subscribed to the event (signed with its secret; an endpoint URL may be ``http://`` on
loopback, so a local receiver can be tried end to end). All are recorded in
``fake.deliveries`` and passed to ``fake.on_delivery`` hooks; only loopback URLs are
really POSTed (from a background thread; ``fake.flush_deliveries()`` waits for them).

Seeded catalogue (ids you can use in tests): public avatars 1, 81, 127, 203, 318, 412,
517, 624; custom avatars 5001 (completed), 5002, 5003; photo avatars 6001, 6002; product
avatars 7001, 7002; voices ``en-US-ChristopherNeural``, ``en-US-JennyNeural``,
``es-ES-ElviraNeural`` and nine more, custom voices ``custom_1001``, ``custom_1002``;
musics 1-15; visual styles "Simple Product Switch", "Dynamic Showcase" (every aspect),
"Simple split screen template", "Clean Studio", "Bold Captions", "Lifestyle Montage";
index templates 149, 143, 108 and custom templates 123, 124.

Other ways in:

- ``fake.transport()`` — an ``httpx.MockTransport`` for any ``httpx.Client`` /
  ``httpx.AsyncClient``; ``fake.async_client()`` gives a ``jogg.AsyncJogg``.
- ``with fake.serve() as url:`` — the fake on a free loopback port, for other processes.
- ``python -m jogg.testing --port 8765`` — the same from a shell, until Ctrl-C. It prints
  the URL, the API key and the webhook secret it signs ``webhook_url`` deliveries with.
  Options: ``--host``, ``--api-key``, ``--job-seconds``, ``--webhook-secret`` (choose the
  secret), ``--no-rate-limit`` (no 429 after 20 POSTs a minute).

The fake's parts: ``_transport`` (httpx and served requests, faults), ``_routing`` (key
check, rate limit, dispatch), ``_state`` (ids, jobs, quota), ``_files`` (downloads and
uploads), ``_deliveries`` (webhooks) and ``handlers/<area>.py``, one table per area keyed
by the spec's operationIds.
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
