"""The account commands: ``webhooks`` (list, create, delete, events), ``whoami``, ``quota``."""

from __future__ import annotations

import difflib

from ._context import Context, UsageError, raw_of
from ._output import cell, details, mask_urls, print_json, sanitize


def cmd_webhooks_list(ctx: Context) -> int:
    return ctx.show_list(
        ctx.take(ctx.client().webhooks.list_endpoints()),
        ["ID", "URL", "ENABLED", "EVENTS", "CREATED"],
        lambda e: [e.id, e.url, e.enabled, e.events, e.created_at],
    )


def cmd_webhooks_events(ctx: Context) -> int:
    return ctx.show_list(
        ctx.take(ctx.client().webhooks.list_events()),
        ["EVENT"],
        lambda event: [getattr(event, "name", event)],
        keep=1,
    )


def cmd_webhooks_delete(ctx: Context) -> int:
    endpoint_id = ctx.args.endpoint_id
    ctx.client().webhooks.delete_endpoint(endpoint_id)
    if ctx.json:
        print_json({"deleted": endpoint_id})
    else:
        ctx.say(f"endpoint {endpoint_id} deleted")
    return 0


def endpoint_arguments(url: str | None, words: list[str]) -> tuple[str, list[str]]:
    """The endpoint URL and the event names. ``--event`` takes one or more names, so in
    ``--event X URL`` argparse reads URL as an event: the one word with ``://`` is the URL.
    Names may also be given comma-separated (``--event a,b``)."""
    names = [name.strip() for word in words for name in word.split(",") if name.strip()]
    if url is None:
        urls = [name for name in names if "://" in name]
        if len(urls) != 1:
            raise UsageError("expected one endpoint URL (https://...)")
        url = urls[0]
        names = [name for name in names if name != url]
    if not names:
        raise UsageError("argument --event: expected at least one event name")
    return url, names


def check_event_names(names: list[str], known: list[str]) -> None:
    """Refuse names the API does not list (a typo would create an endpoint that never
    receives anything). An empty list checks nothing: there is nothing to check against."""
    if not known:
        return
    for name in names:
        if name in known:
            continue
        close = difflib.get_close_matches(name, known, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise UsageError(
            f"argument --event: unknown event {name!r}; {hint}"
            f"expected one of: {', '.join(known)} "
            "(--allow-unknown-event sends it anyway)"
        )


def cmd_webhooks_create(ctx: Context) -> int:
    a = ctx.args
    url, events = endpoint_arguments(a.url, a.events)
    webhooks = ctx.client().webhooks
    if not a.allow_unknown_event:
        # The API's own list (operation list_webhook_events), not a copy that goes stale.
        check_event_names(events, webhooks.list_events())
    endpoint = webhooks.create_endpoint(url, events, enabled=not a.disabled)
    if ctx.json:
        print_json(sanitize(raw_of(endpoint), keep_secret=a.show_secret))
        return 0
    ctx.say(f"endpoint {endpoint.id} created: {mask_urls(endpoint.url or url)}")
    ctx.say(f"events:   {', '.join(endpoint.events or events)}")
    if a.show_secret:
        ctx.say(f"signing secret (store it now, it verifies deliveries): {endpoint.secret}")
    else:
        ctx.say("the signing secret is not printed; pass --show-secret to see it when creating")
    return 0


def cmd_whoami(ctx: Context) -> int:
    user = ctx.client().user.whoami()
    if ctx.json:
        print_json(sanitize(raw_of(user)))
    else:
        details([("email", user.email), ("username", user.username)])
    return 0


def cmd_quota(ctx: Context) -> int:
    quota = ctx.client().user.remaining_quota()
    if ctx.json:
        print_json(sanitize(raw_of(quota)))
    else:
        ctx.say(f"remaining quota: {cell(quota.remaining, None)}")
    return 0
