"""Helpers the generated models and endpoints call at run time.

They live here, hand-written and checked by ruff and mypy, rather than inside
the generator's templates, which only call them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast, overload

import attrs

if TYPE_CHECKING:
    import httpx

from .exceptions import UnreadableResponseError

try:
    import msgspec
except ImportError:  # pragma: no cover - a vendored copy without msgspec parses with json alone
    msgspec = None  # type: ignore[assignment]

T = TypeVar("T")
#: msgspec's decoder, when msgspec is installed (see ``loads_json``).
_DECODE = msgspec.json.Decoder().decode if msgspec is not None else None
#: What msgspec raises for a body it leaves to the standard library.
_UNDECODED = (
    (msgspec.DecodeError, UnicodeDecodeError, RecursionError) if msgspec is not None else ()
)
#: What a model's ``from_dict`` raises for JSON it cannot be built from.
BUILD_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


class Model:
    """Base of the generated models.

    ``from_dict`` checks the shape of every property at once (a value of another
    JSON type is held back in ``additional_properties``). A model with nested
    objects is a ``LazyModel``: those objects are built on first read.
    """

    __slots__ = ("_unread",)

    #: Attribute name -> the JSON it is built from on first read (None: nothing unread).
    _unread: dict[str, Any] | None

    def __attrs_pre_init__(self) -> None:
        self._unread = None


class LazyModel(Model):
    """A model whose nested objects are built from their JSON when first read.

    ``from_dict`` leaves the slots of the nested objects empty and parks their
    JSON in ``_unread``. Reading an empty slot fails in C and Python then calls
    ``__getattr__``, which builds the object, stores it in its slot and forgets
    the JSON. Every later read is a plain slot read, as fast as any attribute. A
    caller that reads a job's ``id`` and ``status`` pays for two fields, not for
    twenty objects; ``to_dict()`` gives an unread object back as a copy of the
    JSON it came as.

    Assigning or deleting an attribute forgets its JSON too (``__setattr__``).
    ``from_dict`` skips it: it fills a new model as the class's ``_assembly``,
    which stores as ``object`` does, or with ``init_slot``. Models made
    with ``__init__`` have nothing unread; comparison, ``repr``,
    ``attrs.evolve``, copying and pickling read every field, so they see built
    objects.
    """

    __slots__ = ()

    #: Per attribute built on first read: its slot and what builds it from its JSON
    #: (see ``built_on_first_read``).
    _lazy_slots: ClassVar[dict[str, tuple[Any, Callable[[Any], Any]]]] = {}
    #: What ``from_dict`` fills a new model as: a subclass with the plain stores of
    #: ``object`` (a Python ``__setattr__`` costs ten times a slot store), made the
    #: model's own class again once it is filled (see ``built_on_first_read``).
    _assembly: ClassVar[type[Any]]

    if not TYPE_CHECKING:  # hidden from type checkers: they would accept any attribute

        def __getattr__(self, name: str) -> Any:
            # Called only when the usual lookup failed: for a lazy attribute, an empty
            # slot. Inlined throughout: this runs once per nested object read.
            lazy = type(self)._lazy_slots.get(name)
            if lazy is None:
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self
                )
            try:
                unread = _read_unread_slot(self)
            except AttributeError:
                unread = _unread_of(self)
            raw = unread.get(name, _ABSENT) if unread else _ABSENT
            if raw is _ABSENT:
                return lazy[0].__get__(self)  # built meanwhile by another thread, or AttributeError
            try:
                value = lazy[1](raw)
            except BUILD_ERRORS as error:
                raise _unreadable(self, name, raw, error) from error
            # Stored before it is forgotten: a concurrent first read finds one or the other.
            lazy[0].__set__(self, value)
            unread.pop(name, None)
            return value

        # Hidden too: a type checker that saw it would accept an assignment to any name.
        def __setattr__(self, name: str, value: Any) -> None:
            _object_setattr(self, name, value)
            unread = _unread_of(self)
            if unread:
                unread.pop(name, None)

    def __delattr__(self, name: str) -> None:
        unread = _unread_of(self)
        if unread and unread.pop(name, _ABSENT) is not _ABSENT:
            return  # never read: its slot is still empty, forgetting the JSON deletes it
        _object_delattr(self, name)


_object_setattr = object.__setattr__
_object_delattr = object.__delattr__
#: ``from_dict``'s stores into a lazy model: past ``LazyModel.__setattr__``, nothing to forget.
init_slot = _object_setattr


def _unreadable(model: Model, name: str, raw: Any, error: Exception) -> UnreadableResponseError:
    where = f"{type(model).__name__}.{name}"
    error.add_note(f"while building {where} on its first read")
    return UnreadableResponseError.from_value(where, raw, error)


L = TypeVar("L", bound=LazyModel)


def built_on_first_read(cls: type[L], builders: dict[str, Callable[[Any], Any]]) -> None:
    """The attributes of ``cls`` named in ``builders`` are built on first read, each by its builder.

    Each generated module calls it last, once the models its builders name are
    imported. It records the slot of each (see ``LazyModel``); the slots stay
    plain. It also makes the class ``from_dict`` fills a new model as
    (``LazyModel._assembly``): it adds no slot, so the filled model can take
    ``cls`` back as its class.
    """
    own = {name: (cls.__dict__[name], build) for name, build in builders.items()}
    cls._lazy_slots = {**cls._lazy_slots, **own}
    namespace = {
        "__slots__": (),
        "__setattr__": _object_setattr,
        "__delattr__": _object_delattr,
        "__module__": cls.__module__,
        "__qualname__": f"{cls.__qualname__}._assembly",
    }
    cls._assembly = type(cls.__name__, (cls,), namespace)


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


def all_of_type(items: list[Any], kind: type) -> bool:
    """Whether every item of ``items`` is exactly of type ``kind`` (from_dict's common case).

    A loop rather than ``all()`` over a generator: no generator to make per list.

    >>> all_of_type([{}, {}], dict), all_of_type([{}, []], dict), all_of_type([], str)
    (True, False, True)
    """
    for item in items:  # noqa: SIM110 - all() would need that generator
        if type(item) is not kind:
            return False
    return True


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
        # A copy: an item's JSON is let go once it is parsed, and the list is the caller's.
        self._items = items.copy()
        self._parse = parse
        self._name = name
        # One entry per item, _ABSENT until parsed: no exception on a first access.
        self._parsed: list[Any] = [_ABSENT] * len(items)

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
        parsed = self._parsed[position]
        if parsed is _ABSENT:
            return self._parse_item(position)
        return cast("T", parsed)

    def _parse_item(self, position: int) -> T:
        raw = self._items[position]
        if raw is _ABSENT:  # parsed meanwhile by another thread
            return cast("T", self._parsed[position])
        try:
            parsed = self._parsed[position] = self._parse(raw)
        except BUILD_ERRORS as error:
            where = f"{self._name}[{position}]"
            raise UnreadableResponseError.from_value(where, raw, error) from error
        self._items[position] = _ABSENT  # its JSON is no longer needed: the heap stays small
        return parsed

    def __iter__(self) -> Iterator[T]:
        parsed = self._parsed
        for position, item in enumerate(parsed):
            yield self._parse_item(position) if item is _ABSENT else item

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str | bytes):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self)!r})"


def loads_json(content: bytes) -> Any:
    """``json.loads(content)``: the same values and the same errors, in about half the time.

    msgspec parses the body when it is installed. It gives what ``json.loads``
    gives for every document it accepts (integers of any size stay exact), and
    refuses the few that only the standard library reads (``NaN``, a lone
    surrogate, a byte-order mark, UTF-16, nesting past its depth): those, and
    every malformed body, are parsed again by ``json.loads``, which returns or
    raises exactly what it always did.

    >>> loads_json(b'{"id": 18446744073709551616, "total": NaN}')
    {'id': 18446744073709551616, 'total': nan}
    """
    if _DECODE is not None:
        try:
            return _DECODE(content)
        except _UNDECODED:
            pass
    return json.loads(content)


def json_body(response: httpx.Response) -> Any:
    """The JSON of an ``httpx.Response``, as ``response.json()`` gives it (see ``loads_json``)."""
    return loads_json(response.content)


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
