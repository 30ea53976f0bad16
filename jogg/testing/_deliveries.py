"""Webhook deliveries: noticing jobs that ended, building signed events, POSTing them.

One delivery per target: the job's own ``webhook_url`` (signed with the fake's
``webhook_secret``) and every enabled endpoint subscribed to the event (signed with the
endpoint's secret). Only loopback URLs are really POSTed, from a background thread.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._jobs import KINDS, VIDEO_KINDS, Job, Phase, media_urls, photo_urls, spell, video_error
from ._records import Delivery
from ._state import State
from ._transport import json_bytes

DeliveryHook = Callable[[Delivery], object]


def is_loopback(url: str) -> bool:
    """Whether ``url`` points at this machine (localhost, 127.0.0.0/8, ::1)."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return False
    if not host:
        return False
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _event_data(job: Job, phase: Phase) -> dict[str, Any]:
    ok = phase == "completed"
    status = spell(job.kind, phase)
    if job.kind in VIDEO_KINDS:
        urls = media_urls(job, job.base)
        return {
            "video_id": job.id,
            "status": status,
            "video_url": urls["video_url"] if ok else "",
            "cover_url": urls["cover_url"] if ok else "",
            "duration": job.extra.get("duration", 30) if ok else 0,
            "error": None if ok else video_error(job),
        }
    data: dict[str, Any]
    if job.kind == "script":
        data = {"task_id": job.id}
    elif job.kind == "photo":
        data = {"photo_id": job.id, "image_url_list": photo_urls(job, job.base) if ok else []}
    elif job.kind == "product_image":
        data = {
            "batch_id": job.extra["batch_id"],
            "generation_id": job.id,
            "url": f"{job.base}/files/images/{job.id}.png" if ok else "",
        }
    else:
        data = {
            "motion_id": job.id,
            "avatar_id": job.extra["avatar_id"],
            "motion_preview_url": f"{job.base}/files/motions/{job.id}.mp4" if ok else "",
        }
    data["status"] = status
    data["error"] = None if ok else job.error_message
    return data


def _deliveries_for(state: State, job: Job, phase: Phase) -> list[Delivery]:
    stem = KINDS[job.kind][0]
    if stem is None:
        return []
    event = f"{stem}_{'success' if phase == 'completed' else 'failed'}"
    targets: list[tuple[str, str, str | None]] = []
    if job.webhook_url:
        targets.append((job.webhook_url, state.webhook_secret, None))
    for ep in state.endpoints.values():
        if ep.status == "enabled" and event in ep.events:
            targets.append((ep.url, ep.secret, ep.endpoint_id))
    if not targets:
        return []
    body = json_bytes(
        {
            "event": event,
            "timestamp": int(time.time()),
            "data": _event_data(job, phase),
            "event_id": "evt_" + uuid.uuid4().hex,
        }
    )
    out = []
    for url, secret, endpoint_id in targets:
        signature = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "JoggAI-Webhook (FakeJogg)",
            "X-Webhook-Event": event,
            "X-Webhook-Signature": signature,
        }
        out.append(Delivery(url, event, headers, body, endpoint_id))
    return out


def observe(state: State) -> list[Delivery]:
    """Deliveries for the jobs that ended since the last look (hold ``state.lock``)."""
    now = state.clock()
    out: list[Delivery] = []
    for job in state.jobs.values():
        if job.notified:
            continue
        phase = job.phase(now, state.job_seconds)
        if phase not in ("completed", "failed"):
            continue
        job.notified = True
        out.extend(_deliveries_for(state, job, phase))
    return out


class Deliverer:
    """Records deliveries, runs the hooks and POSTs to loopback receivers."""

    def __init__(self, state: State, timeout: float) -> None:
        self.state = state
        self.timeout = timeout
        self.deliveries: list[Delivery] = []
        self._hooks: list[DeliveryHook] = []
        self._senders: list[threading.Thread] = []

    def tick(self) -> list[Delivery]:
        """Observe ended jobs and deliver their webhooks; return the deliveries made."""
        with self.state.lock:
            deliveries = observe(self.state)
        self.send(deliveries)
        return deliveries

    def add_hook(self, hook: DeliveryHook) -> None:
        with self.state.lock:
            self._hooks.append(hook)

    def send(self, deliveries: list[Delivery]) -> None:
        if not deliveries:
            return
        with self.state.lock:
            self.deliveries.extend(deliveries)
            hooks = list(self._hooks)
        for delivery in deliveries:
            for hook in hooks:
                hook(delivery)
            if is_loopback(delivery.url):
                delivery.sent = True
                thread = threading.Thread(
                    target=self._post, args=(delivery,), daemon=True, name="fake-webhook"
                )
                with self.state.lock:
                    self._senders = [t for t in self._senders if t.is_alive()]
                    self._senders.append(thread)
                thread.start()
            else:
                delivery.error = "not sent: only loopback URLs receive real HTTP deliveries"

    def _post(self, delivery: Delivery) -> None:
        try:
            with httpx.Client(trust_env=False, timeout=self.timeout) as client:
                response = client.post(
                    delivery.url, content=delivery.body, headers=delivery.headers
                )
            delivery.status_code = response.status_code
        except Exception as exc:
            delivery.error = f"{type(exc).__name__}: {exc}"

    def flush(self, timeout: float) -> None:
        """Wait up to ``timeout`` seconds for the POSTs under way to finish."""
        deadline = time.monotonic() + timeout
        with self.state.lock:
            senders = list(self._senders)
        for thread in senders:
            thread.join(max(0.0, deadline - time.monotonic()))
