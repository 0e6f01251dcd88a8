from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, pop_optional

T = TypeVar("T", bound="AdditionalFields")


@_attrs_define
class AdditionalFields:
    """Data exported beside each profile."""

    event_list: EventList | Unset = UNSET
    """ The experience events to export with each profile. """

    def to_dict(self) -> dict[str, Any]:
        event_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_list, Unset):
            event_list = self.event_list.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if event_list is not UNSET:
            field_dict["eventList"] = event_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _event_list = pop_optional(d, "eventList")
        event_list: EventList | Unset
        if isinstance(_event_list, Unset):
            event_list = UNSET
        else:
            event_list = EventList.from_dict(_event_list)

        additional_fields = cls(
            event_list=event_list,
        )

        return additional_fields


# Models this one refers to are imported last: not inside each method (an import
# statement on every call cost about a third of the parsing time) and not at the
# top (two models that refer to each other could not load); when these lines run,
# this module's class already exists.
from ..models.event_list import EventList  # noqa: E402
