from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime import (
    Model,
    complete_subclass,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Link")


@_attrs_define
class Link(Model):
    """Links to further pages."""

    next_: str | Unset = UNSET
    """ The relative URL of the next page, carrying its `offset` (a cursor or a number); empty on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_next_ = src_dict.get("next", UNSET)
        common = (
            cls is Link
            and (raw_next_ is UNSET or type(raw_next_) is str)
            and len(src_dict) == 0 + (raw_next_ is not UNSET)
        )
        if not common:
            return cls._from_any_dict(src_dict)
        next_ = raw_next_

        link = cls.__new__(cls)
        link._unread = None
        link.next_ = next_
        link.additional_properties = {}

        return link

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        raw_next_ = d.pop("next", UNSET)
        if raw_next_ is not UNSET and not (type(raw_next_) is str or isinstance(raw_next_, str)):
            d["next"] = raw_next_
            raw_next_ = UNSET
        next_ = raw_next_

        link = cls.__new__(cls)
        link._unread = None
        link.next_ = next_
        link.additional_properties = d

        if cls is not Link:
            complete_subclass(link, Link)
        return link

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
