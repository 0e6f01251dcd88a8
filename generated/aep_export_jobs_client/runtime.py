# Copied from codegen/extras/runtime.py by `make generate`: edit it there.
"""Helpers the generated models and endpoints call at run time.

They live here, hand-written and checked by ruff and mypy, rather than inside
the generator's templates, which only call them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from http import HTTPStatus
from typing import Any, TypeVar, cast, overload

import attrs

from .exceptions import UnreadableResponseError

T = TypeVar("T")
#: What a model's ``from_dict`` raises for JSON it cannot be built from.
BUILD_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


class Model:
    """Base of the generated models: a nested object is built from its JSON when first read.

    ``from_dict`` checks the shape of every property at once (a value of another
    JSON type is held back in ``additional_properties``) but leaves the model's
    nested objects unbuilt: their JSON waits in ``_unread``, and the first read
    of such an attribute (see ``built_on_first_read``) builds the object, keeps
    it and forgets the JSON. A caller that reads a job's ``id`` and ``status``
    pays for two fields, not for twenty objects; ``to_dict()`` gives an unread
    object back as a copy of the JSON it came as.

    Assigning the attribute forgets its JSON too. Models made with ``__init__``
    have nothing unread; comparison, ``repr``, ``attrs.evolve``, copying and
    pickling read every field, so they see built objects.
    """

    __slots__ = ("_unread",)

    #: Attribute name -> the JSON it is built from on first read (None: nothing unread).
    _unread: dict[str, Any] | None

    def __attrs_pre_init__(self) -> None:
        self._unread = None

    def _build(self, name: str, raw: Any) -> Any:
        """The value of attribute ``name`` from its JSON ``raw`` (each model overrides it)."""
        raise AttributeError(name)


M = TypeVar("M", bound=Model)


def built_on_first_read(*names: str) -> Callable[[type[M]], type[M]]:
    """Class decorator (outside attrs'): the attributes ``names`` are built on first read.

    Each attribute's slot is kept, behind a descriptor that builds the value from
    the model's ``_unread`` JSON when the slot is still empty, and forgets that
    JSON when the attribute is assigned. The other attributes stay plain slots.
    """

    def install(cls: type[M]) -> type[M]:
        for name in names:
            setattr(cls, name, _BuiltOnFirstRead(name, cls.__dict__[name]))
        return cls

    return install


class _BuiltOnFirstRead:
    __slots__ = ("_delete", "_get", "_set", "name")

    def __init__(self, name: str, slot: Any) -> None:
        self.name = name
        self._get = slot.__get__
        self._set = slot.__set__
        self._delete = slot.__delete__

    def __get__(self, model: Model | None, owner: type | None = None) -> Any:
        if model is None:
            return self
        try:
            unread = _read_unread_slot(model)  # inline: this runs on every read
        except AttributeError:
            unread = _unread_of(model)
        if unread:
            raw = unread.get(self.name, _ABSENT)
            if raw is not _ABSENT:
                return self._first_read(model, unread, raw)
        return self._get(model)  # built, assigned, or the usual AttributeError

    def _first_read(self, model: Model, unread: dict[str, Any], raw: Any) -> Any:
        try:
            value = model._build(self.name, raw)
        except BUILD_ERRORS as error:
            where = f"{type(model).__name__}.{self.name}"
            error.add_note(f"while building {where} on its first read")
            raise UnreadableResponseError.from_value(where, raw, error) from error
        # Stored before it is forgotten: a concurrent first read finds one or the other.
        self._set(model, value)
        unread.pop(self.name, None)
        return value

    def __set__(self, model: Model, value: Any) -> None:
        self._set(model, value)
        unread = _unread_of(model)
        if unread:
            unread.pop(self.name, None)

    def __delete__(self, model: Model) -> None:
        unread = _unread_of(model)
        if unread and unread.pop(self.name, _ABSENT) is not _ABSENT:
            return  # never read: its slot is still empty, forgetting the JSON deletes it
        self._delete(model)


def complete_subclass(model: Model, generated: type[Model]) -> None:
    """What ``__init__`` would have done for the fields a subclass of a generated model adds.

    ``from_dict`` makes instances without ``__init__`` (the unread attributes
    have no value yet); for a subclass it then sets the subclass's own fields to
    their defaults and runs its ``__attrs_post_init__``, as ``cls(...)`` did.
    """
    subclass = cast("type[attrs.AttrsInstance]", type(model))
    known = {field.name for field in attrs.fields(cast("type[attrs.AttrsInstance]", generated))}
    for field in attrs.fields(subclass):
        if field.name in known:
            continue
        default = field.default
        if default is attrs.NOTHING:
            name = type(model).__name__
            raise TypeError(f"{name}.from_dict() cannot set {field.name!r}, which has no default")
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            value = default.factory(model) if default.takes_self else default.factory()
        else:
            value = default
        object.__setattr__(model, field.name, value)
    post_init = getattr(model, "__attrs_post_init__", None)
    if post_init is not None:
        post_init()


_UNREAD_SLOT = Model.__dict__["_unread"]
_read_unread_slot = _UNREAD_SLOT.__get__


def _unread_of(model: Model) -> dict[str, Any] | None:
    """``model._unread``, read from its slot without going through attribute lookup."""
    try:
        unread: dict[str, Any] | None = _read_unread_slot(model)
    except AttributeError:
        # A copy or an unpickled model, made field by field: nothing is unread.
        _UNREAD_SLOT.__set__(model, None)
        return None
    return unread


_ABSENT = object()
_CONTAINERS = (dict, list)


def copy_json(value: Any) -> Any:
    """A deep copy of a value made of JSON types (dicts, lists and scalars).

    Containers are copied whole in C, then only their nested containers are
    replaced: about as fast as pure Python copies JSON.

    >>> nested = {"a": [{"b": 1}], "c": "d"}
    >>> copied = copy_json(nested)
    >>> copied == nested, copied["a"] is nested["a"], copied["a"][0] is nested["a"][0]
    (True, False, False)
    """
    if type(value) is dict:
        copied = value.copy()
        for key, item in copied.items():
            if type(item) in _CONTAINERS:
                copied[key] = copy_json(item)
        return copied
    if type(value) is list:
        items = value.copy()
        for index, item in enumerate(items):
            if type(item) in _CONTAINERS:
                items[index] = copy_json(item)
        return items
    return value


class LazySequence(Sequence[T]):
    """A read-only sequence whose items are parsed on first access, then kept.

    An item that cannot be parsed raises ``UnreadableResponseError`` naming it
    (``name[position]``), and spoils only itself.

    >>> numbers = LazySequence(["1", "2"], int)
    >>> numbers[1], len(numbers), list(numbers)
    (2, 2, [1, 2])
    """

    __slots__ = ("_items", "_name", "_parse", "_parsed")

    def __init__(self, items: list[Any], parse: Callable[[Any], T], name: str = "items") -> None:
        self._items = items
        self._parse = parse
        self._name = name
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
            pass
        raw = self._items[position]
        try:
            parsed = self._parsed[position] = self._parse(raw)
        except BUILD_ERRORS as error:
            where = f"{self._name}[{position}]"
            raise UnreadableResponseError.from_value(where, raw, error) from error
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

    >>> from datetime import timedelta, timezone
    >>> rfc3339(datetime(2018, 1, 1, tzinfo=timezone.utc))
    '2018-01-01T00:00:00Z'
    >>> rfc3339(datetime(2018, 1, 1, 1, tzinfo=timezone(timedelta(hours=1))))
    '2018-01-01T01:00:00+01:00'
    """
    text = value.isoformat()
    return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text


def as_http_status(code: int) -> HTTPStatus | int:
    """``code`` as an ``HTTPStatus`` when Python knows it, else the plain int (a proxy's 520).

    >>> as_http_status(404), as_http_status(520)
    (<HTTPStatus.NOT_FOUND: 404>, 520)
    """
    try:
        return HTTPStatus(code)
    except ValueError:
        return code
