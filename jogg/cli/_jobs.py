"""The job commands: ``status``, ``wait`` and ``download`` for a job made earlier."""

from __future__ import annotations

from ._context import Context, Failure, UsageError, job_method, save_to
from ._output import print_json


def cmd_status(ctx: Context) -> int:
    a = ctx.args
    ctx.show_job(a.kind, job_method(ctx.client(), a.kind, "retrieve")(a.job_id))
    return 0


def cmd_wait(ctx: Context) -> int:
    a = ctx.args
    wait = job_method(ctx.client(), a.kind, "wait")
    job = ctx.wait(
        a.kind,
        a.job_id,
        lambda display: wait(
            a.job_id, timeout=a.wait_timeout, poll_interval=a.poll_interval, on_progress=display
        ),
    )
    ctx.show_job(a.kind, job)
    return 0


def cmd_download(ctx: Context) -> int:
    a = ctx.args
    target = save_to(a.file)
    if target.to_stdout and ctx.json:
        raise UsageError("FILE - and --json both want stdout: choose one")
    ctx.stdout_is_data = target.to_stdout
    job = job_method(ctx.client(), a.kind, "retrieve")(a.job_id)
    if not job.status.is_completed:
        hint = (
            "it failed"
            if job.status.is_failed
            else f"wait for it with `jogg wait {a.kind} {a.job_id}`"
        )
        raise Failure(f"{a.kind} {a.job_id} is {job.status}, so there is no file yet: {hint}")
    path = ctx.download(job, target.path(a.kind, a.job_id))
    if ctx.json and path is not None:
        print_json({"file": str(path), "size": path.stat().st_size})
    return 0
