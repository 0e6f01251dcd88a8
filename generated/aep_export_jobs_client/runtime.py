# Copied from codegen/extras/runtime.py by `make generate`: edit it there.
"""Helpers the generated models and endpoints call at run time.

They live here, hand-written and checked by ruff and mypy, rather than inside
the generator's templates, which only call them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta
from http import HTTPStatus
from typing import Any, TypeVar, overload

T = TypeVar("T")


class LazySequence(Sequence[T]):
    """A read-only sequence whose items are parsed on first access, then kept.

    >>> numbers = LazySequence(["1", "2"], int)
    >>> numbers[1], len(numbers), list(numbers)
    (2, 2, [1, 2])
    """

    __slots__ = ("_items", "_parse", "_parsed")

    def __init__(self, items: list[Any], parse: Callable[[Any], T]) -> None:
        self._items = items
        self._parse = parse
        self._parsed: dict[int, T] = {}

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self[position] for position in range(*index.indices(len(self._items)))]
        position = index + len(self._items) if index < 0 else index
        if not 0 <= position < len(self._items):
            raise IndexError("LazySequence index out of range")
        try:
            return self._parsed[position]
        except KeyError:
            parsed = self._parsed[position] = self._parse(self._items[position])
            return parsed

    def __iter__(self) -> Iterator[T]:
        for position in range(len(self._items)):
            yield self[position]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str | bytes):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self)!r})"


def rfc3339(value: datetime) -> str:
    """``value`` in ISO 8601, with ``Z`` for UTC as the service writes it.

    >>> from datetime import timezone
    >>> rfc3339(datetime(2018, 1, 1, tzinfo=timezone.utc))
    '2018-01-01T00:00:00Z'
    >>> rfc3339(datetime(2018, 1, 1, 1, tzinfo=timezone(timedelta(hours=1))))
    '2018-01-01T01:00:00+01:00'
    """
    text = value.isoformat()
    return (
        text[:-6] + "Z" if value.utcoffset() == timedelta(0) and text.endswith("+00:00") else text
    )


def as_http_status(code: int) -> HTTPStatus | int:
    """``code`` as an ``HTTPStatus`` when Python knows it, else the plain int (a proxy's 520).

    >>> as_http_status(404), as_http_status(520)
    (<HTTPStatus.NOT_FOUND: 404>, 520)
    """
    try:
        return HTTPStatus(code)
    except ValueError:
        return code
