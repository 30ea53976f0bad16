"""Checks on request parameters, answering the API's 40000 with the field's name."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


class ParamError(Exception):
    """A request parameter is missing, of the wrong type or outside its allowed values."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"parameter error: {field} {problem}")
        self.field = field


def _choices(enum: Iterable[object]) -> str:
    return ", ".join(repr(e) if isinstance(e, str) else str(e) for e in enum)


class Body:
    """Typed access to one JSON object of a request body; ``prefix`` names nested fields."""

    def __init__(self, data: Any, prefix: str = "") -> None:
        if not isinstance(data, Mapping):
            raise ParamError(prefix.rstrip(".") or "body", "must be a JSON object")
        self.data: Mapping[str, Any] = data
        self.prefix = prefix

    def _name(self, name: str) -> str:
        return f"{self.prefix}{name}"

    def _get(self, name: str, required: bool) -> Any:
        value = self.data.get(name)
        if value is None and required:
            raise ParamError(self._name(name), "is required")
        return value

    def text(
        self,
        name: str,
        *,
        required: bool = False,
        enum: Iterable[str] | None = None,
        nonempty: bool = False,
    ) -> str | None:
        value = self._get(name, required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise ParamError(self._name(name), "must be a string")
        if (required or nonempty) and not value.strip():
            raise ParamError(self._name(name), "must not be empty")
        if enum is not None:
            allowed = list(enum)
            if value not in allowed:
                raise ParamError(self._name(name), f"must be one of {_choices(allowed)}")
        return value

    def req_text(self, name: str, *, enum: Iterable[str] | None = None) -> str:
        value = self.text(name, required=True, enum=enum)
        assert value is not None
        return value

    def integer(
        self,
        name: str,
        *,
        required: bool = False,
        enum: Iterable[int] | None = None,
        minimum: int | None = None,
        maximum: int | None = None,
    ) -> int | None:
        value = self._get(name, required)
        if value is None:
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ParamError(self._name(name), "must be an integer")
        if enum is not None:
            allowed = list(enum)
            if value not in allowed:
                raise ParamError(self._name(name), f"must be one of {_choices(allowed)}")
        if minimum is not None and value < minimum:
            raise ParamError(self._name(name), f"must be at least {minimum}")
        if maximum is not None and value > maximum:
            raise ParamError(self._name(name), f"must be at most {maximum}")
        return value

    def req_integer(
        self,
        name: str,
        *,
        enum: Iterable[int] | None = None,
        minimum: int | None = None,
        maximum: int | None = None,
    ) -> int:
        value = self.integer(name, required=True, enum=enum, minimum=minimum, maximum=maximum)
        assert value is not None
        return value

    def number(self, name: str, *, minimum: float | None = None) -> float | None:
        value = self._get(name, False)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ParamError(self._name(name), "must be a number")
        if minimum is not None and value < minimum:
            raise ParamError(self._name(name), f"must be at least {minimum}")
        return float(value)

    def flag(self, name: str) -> bool | None:
        value = self._get(name, False)
        if value is None:
            return None
        if not isinstance(value, bool):
            raise ParamError(self._name(name), "must be a boolean")
        return value

    def obj(self, name: str, *, required: bool = False) -> Body | None:
        value = self._get(name, required)
        if value is None:
            return None
        if not isinstance(value, Mapping):
            raise ParamError(self._name(name), "must be an object")
        return Body(value, f"{self._name(name)}.")

    def req_obj(self, name: str) -> Body:
        value = self.obj(name, required=True)
        assert value is not None
        return value

    def array(
        self, name: str, *, required: bool = False, nonempty: bool = False
    ) -> list[Any] | None:
        value = self._get(name, required)
        if value is None:
            return None
        if not isinstance(value, list):
            raise ParamError(self._name(name), "must be an array")
        if nonempty and not value:
            raise ParamError(self._name(name), "must not be empty")
        return value

    def texts(self, name: str, *, required: bool = False, nonempty: bool = False) -> list[str]:
        items = self.array(name, required=required, nonempty=nonempty) or []
        for i, item in enumerate(items):
            if not isinstance(item, str):
                raise ParamError(f"{self._name(name)}[{i}]", "must be a string")
        return items

    def objs(self, name: str, *, required: bool = False, nonempty: bool = False) -> list[Body]:
        items = self.array(name, required=required, nonempty=nonempty) or []
        return [Body(item, f"{self._name(name)}[{i}].") for i, item in enumerate(items)]


class Query:
    """Typed access to query-string parameters."""

    def __init__(self, params: Mapping[str, str]) -> None:
        self.params = params

    def text(
        self, name: str, *, required: bool = False, enum: Iterable[str] | None = None
    ) -> str | None:
        value = self.params.get(name)
        if value is None or value == "":
            if required:
                raise ParamError(name, "is required")
            return None
        if enum is not None:
            allowed = list(enum)
            if value not in allowed:
                raise ParamError(name, f"must be one of {_choices(allowed)}")
        return value

    def req_text(self, name: str) -> str:
        value = self.text(name, required=True)
        assert value is not None
        return value

    def integer(
        self,
        name: str,
        *,
        default: int | None = None,
        enum: Iterable[int] | None = None,
        minimum: int | None = None,
        maximum: int | None = None,
    ) -> int | None:
        raw = self.params.get(name)
        if raw is None or raw == "":
            return default
        try:
            value = int(raw)
        except ValueError:
            raise ParamError(name, "must be an integer") from None
        if enum is not None:
            allowed = list(enum)
            if value not in allowed:
                raise ParamError(name, f"must be one of {_choices(allowed)}")
        if minimum is not None and value < minimum:
            raise ParamError(name, f"must be at least {minimum}")
        if maximum is not None and value > maximum:
            raise ParamError(name, f"must be at most {maximum}")
        return value

    def page(self) -> tuple[int, int]:
        page = self.integer("page", default=1, minimum=1)
        size = self.integer("page_size", default=10, minimum=1, maximum=100)
        assert page is not None and size is not None
        return page, size
