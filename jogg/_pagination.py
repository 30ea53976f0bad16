"""Lazy iteration over the pages of list endpoints, sync and async.

List answers come in several shapes (`pagination{total_pages}`, `total`, `has_more`, or
nothing at all); ``read_page`` reads them all, and the iterators only fetch the next page
when the items of the previous one are used up.

A hostile or broken API must not make a listing endless: items already seen on an earlier
page are skipped, a page with nothing new ends the listing, and more than ``max_pages``
pages (a client option) is an APIError.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from types import ModuleType
from typing import Any, Generic, TypeVar

import attrs

from . import _parse as p
from ._errors import APIError
from ._options import RequestOptions, check_options
from ._transport import AsyncTransport, Call, SyncTransport, logger

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 10  # what the API uses when page_size is not sent


@attrs.frozen
class Page(Generic[T]):
    items: list[T]
    has_more: bool


@attrs.frozen
class ListCall(Generic[T]):
    """A list operation: its generated endpoint and filters, and how to read the items of
    one page's `data`. ``paged`` is False for endpoints that return everything at once."""

    endpoint: ModuleType
    read_items: Callable[[p.Json], Sequence[T]]
    arguments: Mapping[str, Any] = attrs.field(factory=dict)
    paged: bool = True
    page_size: int | None = None
    # Checked here, before any page is asked for.
    options: RequestOptions = attrs.field(factory=dict, converter=check_options)  # type: ignore[assignment]

    @property
    def operation_id(self) -> str:
        return self.endpoint.__name__.rpartition(".")[2]


def has_more_pages(data: p.Json, page: int, page_size: int, count: int) -> bool:
    if count == 0:
        return False
    pagination = p.child(data, "pagination")
    total_pages = p.integer(pagination, "total_pages")
    if total_pages is not None:
        return page < total_pages
    size = (
        p.positive_integer(pagination, "page_size")
        or p.positive_integer(data, "page_size")
        or page_size
    )
    total = p.integer(pagination, "total_items") or p.integer(data, "total")
    if total is not None:
        return page * size < total
    has_more = p.flag(data, "has_more")
    if has_more is not None:
        return has_more
    return count >= size


class PageCursor(Generic[T]):
    """Which page to ask for next, and whether there is one: the logic both iterators share."""

    def __init__(self, spec: ListCall[T], max_pages: int) -> None:
        self.spec = spec
        self.max_pages = max_pages
        self.page = 1
        self.finished = False
        self._seen: set[str] = set()

    def next_call(self) -> Call[Page[T]] | None:
        if self.finished:
            return None
        spec = self.spec
        if self.page > self.max_pages:
            self.finished = True
            raise APIError(
                f"the listing still had more after {self.max_pages} pages, the limit "
                "(max_pages); the items so far were returned. Narrow it with filters, or "
                "raise max_pages on the client",
                operation=spec.operation_id,
            )
        arguments = {k: v for k, v in spec.arguments.items() if v is not None}
        if spec.paged:
            arguments["page"] = self.page
            if spec.page_size is not None:
                arguments["page_size"] = spec.page_size
        return Call(spec.endpoint, arguments, parse=self._read_page, options=spec.options)

    def _read_page(self, data: Any) -> Page[T]:
        body = p.as_object(data, self.spec.operation_id)
        items = list(self.spec.read_items(body))
        raw_items = [_raw_of(item) for item in items]
        more = self.spec.paged and has_more_pages(
            body, self.page, self.spec.page_size or DEFAULT_PAGE_SIZE, len(raw_items)
        )
        fresh = [item for item in items if self._first_sight(_raw_of(item))]
        if items and not fresh:
            # An API that ignores `page`, or cycles between pages, would repeat for ever.
            logger.warning(
                "%s answered page %d with items already listed; stopping there",
                self.spec.operation_id,
                self.page,
            )
            return Page([], False)
        return Page(fresh, more)

    def _first_sight(self, item: Any) -> bool:
        """Whether ``item`` is new to this listing (pages can shift while one reads them)."""
        try:
            key = json.dumps(item, sort_keys=True, default=str)
        except (TypeError, ValueError, RecursionError):
            key = repr(item)
        if key in self._seen:
            return False
        self._seen.add(key)
        return True

    def advance(self, page: Page[T]) -> None:
        self.page += 1
        self.finished = not page.has_more


def _raw_of(item: Any) -> Any:
    """An item's JSON (results keep it as ``raw``) for telling repeated items apart."""
    return getattr(item, "raw", item)


def describe(pager: object, spec: ListCall[Any]) -> str:
    """``<SyncPager list_voices gender='female' language='english' page_size=5>``: the
    operation and the filters given, by name (not the page being read)."""
    filters = {key: value for key, value in sorted(spec.arguments.items()) if value is not None}
    if spec.page_size is not None:
        filters["page_size"] = spec.page_size
    shown = "".join(f" {key}={value!r}" for key, value in filters.items())
    return f"<{type(pager).__name__} {spec.operation_id}{shown}>"


class SyncPager(Iterator[T]):
    """Iterates over every item of every page, fetching pages as they are needed."""

    def __init__(self, transport: SyncTransport, spec: ListCall[T]) -> None:
        self._transport = transport
        self._cursor = PageCursor(spec, transport.core.settings.max_pages)
        self._buffer: deque[T] = deque()

    def __iter__(self) -> SyncPager[T]:
        return self

    def __repr__(self) -> str:
        return describe(self, self._cursor.spec)

    def __next__(self) -> T:
        while not self._buffer:
            call = self._cursor.next_call()
            if call is None:
                raise StopIteration
            page = self._transport.call(call)
            self._cursor.advance(page)
            self._buffer.extend(page.items)
        return self._buffer.popleft()


class AsyncPager(AsyncIterator[T]):
    """The async twin of SyncPager: ``async for item in client.x.list()``."""

    def __init__(self, transport: AsyncTransport, spec: ListCall[T]) -> None:
        self._transport = transport
        self._cursor = PageCursor(spec, transport.core.settings.max_pages)
        self._buffer: deque[T] = deque()

    def __aiter__(self) -> AsyncPager[T]:
        return self

    def __repr__(self) -> str:
        return describe(self, self._cursor.spec)

    async def __anext__(self) -> T:
        while not self._buffer:
            call = self._cursor.next_call()
            if call is None:
                raise StopAsyncIteration
            page = await self._transport.call(call)
            self._cursor.advance(page)
            self._buffer.extend(page.items)
        return self._buffer.popleft()
