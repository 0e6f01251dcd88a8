from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, pop_optional

T = TypeVar("T", bound="EventList")


@_attrs_define
class EventList:
    """The experience events to export with each profile."""

    fields: str | Unset = UNSET
    """ Comma-separated event fields to export. """
    filter_: EventListFilter | Unset = UNSET
    """ Which experience events to export. """

    def to_dict(self) -> dict[str, Any]:
        fields = self.fields

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if fields is not UNSET:
            field_dict["fields"] = fields
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fields = pop_optional(d, "fields")

        _filter_ = pop_optional(d, "filter")
        filter_: EventListFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = EventListFilter.from_dict(_filter_)

        event_list = cls(
            fields=fields,
            filter_=filter_,
        )

        return event_list


# Models this one refers to are imported last: not inside each method (an import
# statement on every call cost about a third of the parsing time) and not at the
# top (two models that refer to each other could not load); when these lines run,
# this module's class already exists.
from ..models.event_list_filter import EventListFilter  # noqa: E402
