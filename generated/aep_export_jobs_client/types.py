"""Contains some shared types for properties"""

from collections.abc import Callable, Iterator, Mapping, MutableMapping, Sequence
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar, overload

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    #: An HTTPStatus for the codes Python knows; a plain int for others (a proxy's 520, say).
    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


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
        if isinstance(other, Sequence) and not isinstance(other, (str, bytes)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self)!r})"


def status_of(code: int) -> HTTPStatus | int:
    """``code`` as an HTTPStatus when it is a standard one, else unchanged."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "LazySequence", "Response", "Unset", "status_of"]
