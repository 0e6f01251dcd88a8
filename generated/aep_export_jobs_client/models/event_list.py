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

T = TypeVar("T", bound="EventList")


@_attrs_define
class EventList(LazyModel):
    """The experience events to export with each profile."""

    fields: str | Unset = UNSET
    """ Comma-separated event fields to export. """
    filter_: EventListFilter | Unset = UNSET
    """ Which experience events to export. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unread = getattr(self, "_unread", None) or {}
        fields = self.fields

        if "filter_" not in unread:
            filter_: dict[str, Any] | Unset = UNSET
            if not isinstance(self.filter_, Unset):
                filter_ = self.filter_.to_dict()
        else:
            filter_ = copy_json(unread["filter_"])

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if fields is not UNSET:
            field_dict["fields"] = fields
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_fields = src_dict.get("fields", UNSET)
        raw_filter_ = src_dict.get("filter", UNSET)
        common = (
            cls is EventList
            and (raw_fields is UNSET or type(raw_fields) is str)
            and (raw_filter_ is UNSET or type(raw_filter_) is dict)
            and len(src_dict) == 0 + (raw_fields is not UNSET) + (raw_filter_ is not UNSET)
        )
        if not common:
            return cls._from_any_dict(src_dict)
        unread: dict[str, Any] = {}
        fields = raw_fields

        event_list: T = object.__new__(EventList._assembly)
        event_list._unread = unread
        event_list.fields = fields
        if raw_filter_ is UNSET:
            event_list.filter_ = UNSET
        else:
            unread["filter_"] = raw_filter_
        event_list.additional_properties = {}
        event_list.__class__ = cls

        return event_list

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        unread: dict[str, Any] = {}
        raw_fields = d.pop("fields", UNSET)
        if raw_fields is not UNSET and not (type(raw_fields) is str or isinstance(raw_fields, str)):
            d["fields"] = raw_fields
            raw_fields = UNSET
        fields = raw_fields

        raw_filter_ = d.pop("filter", UNSET)
        if raw_filter_ is not UNSET and not (type(raw_filter_) is dict or isinstance(raw_filter_, dict)):
            d["filter"] = raw_filter_
            raw_filter_ = UNSET

        event_list = cls.__new__(cls)
        init_slot(event_list, "_unread", unread)
        init_slot(event_list, "fields", fields)
        if raw_filter_ is UNSET:
            init_slot(event_list, "filter_", UNSET)
        else:
            unread["filter_"] = raw_filter_
        init_slot(event_list, "additional_properties", d)

        if cls is not EventList:
            complete_subclass(event_list, EventList)
        return event_list

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


from ..models.event_list_filter import EventListFilter  # noqa: E402

built_on_first_read(
    EventList,
    {
        "filter_": EventListFilter.from_dict,
    },
)
