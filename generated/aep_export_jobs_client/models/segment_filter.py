from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.segment_status import SegmentStatus
from ..runtime import (
    Model,
    all_of_type,
    complete_subclass,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SegmentFilter")


@_attrs_define
class SegmentFilter(Model):
    """One audience to export."""

    segment_id: str
    """ The `id` of the segment to export. """
    segment_ns: str | Unset = "ups"
    """ The namespace of the segment. """
    status: list[SegmentStatus] | Unset = UNSET
    """ The memberships to export. Without it, `realized` and `existing`
    (the newest revision of the guide says `realized` alone).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment_id = self.segment_id

        segment_ns = self.segment_ns

        status: list[str] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = []
            for status_item_data in self.status:
                status_item = status_item_data.value
                status.append(status_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "segmentId": segment_id,
            }
        )
        if segment_ns is not UNSET:
            field_dict["segmentNs"] = segment_ns
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_segment_id = src_dict.get("segmentId", UNSET)
        raw_segment_ns = src_dict.get("segmentNs", UNSET)
        raw_status = src_dict.get("status", UNSET)
        common = (
            cls is SegmentFilter
            and type(raw_segment_id) is str
            and (raw_segment_ns is UNSET or type(raw_segment_ns) is str)
            and (raw_status is UNSET or (type(raw_status) is list and all_of_type(raw_status, str)))
            and len(src_dict) == 1 + (raw_segment_ns is not UNSET) + (raw_status is not UNSET)
        )
        if not common:
            return cls._from_any_dict(src_dict)
        segment_id = raw_segment_id

        segment_ns = raw_segment_ns

        _status = raw_status
        status: list[SegmentStatus] | Unset = UNSET
        if _status is not UNSET:
            status = []
            for status_item_data in _status:
                status_item = SegmentStatus.parse(status_item_data)

                status.append(status_item)

        segment_filter = cls.__new__(cls)
        segment_filter._unread = None
        segment_filter.segment_id = segment_id
        segment_filter.segment_ns = segment_ns
        segment_filter.status = status
        segment_filter.additional_properties = {}

        return segment_filter

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        raw_segment_id = d.pop("segmentId")
        if not (type(raw_segment_id) is str or isinstance(raw_segment_id, str)):
            raise TypeError(f"SegmentFilter.segmentId: {raw_segment_id!r:.100} does not fit the spec")
        segment_id = raw_segment_id

        raw_segment_ns = d.pop("segmentNs", UNSET)
        if raw_segment_ns is not UNSET and not (type(raw_segment_ns) is str or isinstance(raw_segment_ns, str)):
            d["segmentNs"] = raw_segment_ns
            raw_segment_ns = UNSET
        segment_ns = raw_segment_ns

        raw_status = d.pop("status", UNSET)
        if raw_status is not UNSET and not (
            (type(raw_status) is list or isinstance(raw_status, list))
            and all((type(_item0) is str or isinstance(_item0, str)) for _item0 in raw_status)
        ):
            d["status"] = raw_status
            raw_status = UNSET
        _status = raw_status
        status: list[SegmentStatus] | Unset = UNSET
        if _status is not UNSET:
            status = []
            for status_item_data in _status:
                status_item = SegmentStatus.parse(status_item_data)

                status.append(status_item)

        segment_filter = cls.__new__(cls)
        segment_filter._unread = None
        segment_filter.segment_id = segment_id
        segment_filter.segment_ns = segment_ns
        segment_filter.status = status
        segment_filter.additional_properties = d

        if cls is not SegmentFilter:
            complete_subclass(segment_filter, SegmentFilter)
        return segment_filter

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
