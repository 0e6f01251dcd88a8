from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.segment_status import SegmentStatus
from ..types import UNSET, Unset, pop_optional

T = TypeVar("T", bound="SegmentFilter")


@_attrs_define
class SegmentFilter:
    """One audience to export."""

    segment_id: str
    """ The `id` of the segment to export. """
    segment_ns: str | Unset = "ups"
    """ The namespace of the segment. """
    status: list[SegmentStatus] | Unset = UNSET
    """ The memberships to export. Without it, `realized` and `existing`. """

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
        d = dict(src_dict)
        segment_id = d.pop("segmentId")

        segment_ns = pop_optional(d, "segmentNs")

        _status = pop_optional(d, "status")
        status: list[SegmentStatus] | Unset = UNSET
        if _status is not UNSET:
            status = []
            for status_item_data in _status:
                status_item = SegmentStatus.parse(status_item_data)

                status.append(status_item)

        segment_filter = cls(
            segment_id=segment_id,
            segment_ns=segment_ns,
            status=status,
        )

        return segment_filter
