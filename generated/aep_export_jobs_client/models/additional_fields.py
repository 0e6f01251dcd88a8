from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime import (
    LazyModel,
    built_on_first_read,
    complete_subclass,
    copy_json,
    init_slot,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdditionalFields")


@_attrs_define
class AdditionalFields(LazyModel):
    """Data exported beside each profile."""

    event_list: EventList | Unset = UNSET
    """ The experience events to export with each profile. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unread = getattr(self, "_unread", None) or {}
        if "event_list" not in unread:
            event_list: dict[str, Any] | Unset = UNSET
            if not isinstance(self.event_list, Unset):
                event_list = self.event_list.to_dict()
        else:
            event_list = copy_json(unread["event_list"])

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if event_list is not UNSET:
            field_dict["eventList"] = event_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_event_list = src_dict.get("eventList", UNSET)
        common = (
            cls is AdditionalFields
            and (raw_event_list is UNSET or type(raw_event_list) is dict)
            and len(src_dict) == 0 + (raw_event_list is not UNSET)
        )
        if not common:
            return cls._from_any_dict(src_dict)
        unread: dict[str, Any] = {}

        additional_fields: T = object.__new__(AdditionalFields._assembly)
        additional_fields._unread = unread
        if raw_event_list is UNSET:
            additional_fields.event_list = UNSET
        else:
            unread["event_list"] = raw_event_list
        additional_fields.additional_properties = {}
        additional_fields.__class__ = cls

        return additional_fields

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        unread: dict[str, Any] = {}
        raw_event_list = d.pop("eventList", UNSET)
        if raw_event_list is not UNSET and not (type(raw_event_list) is dict or isinstance(raw_event_list, dict)):
            d["eventList"] = raw_event_list
            raw_event_list = UNSET

        additional_fields = cls.__new__(cls)
        init_slot(additional_fields, "_unread", unread)
        if raw_event_list is UNSET:
            init_slot(additional_fields, "event_list", UNSET)
        else:
            unread["event_list"] = raw_event_list
        init_slot(additional_fields, "additional_properties", d)

        if cls is not AdditionalFields:
            complete_subclass(additional_fields, AdditionalFields)
        return additional_fields

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.event_list import EventList  # noqa: E402

built_on_first_read(
    AdditionalFields,
    {
        "event_list": EventList.from_dict,
    },
)
