from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.segment_status import SegmentStatus
from ..types import UNSET, Unset, pop_optional

T = TypeVar("T", bound="SegmentBatch")


@_attrs_define
class SegmentBatch:
    """The batch written for one segment."""

    segment_id: str | Unset = UNSET
    """ The `id` of the segment. """
    segment_ns: str | Unset = UNSET
    """ The namespace of the segment. """
    status: list[SegmentStatus] | Unset = UNSET
    """ The memberships exported. """
    batch_id: str | Unset = UNSET
    """ The `id` of the batch. """
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

        batch_id = self.batch_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if segment_id is not UNSET:
            field_dict["segmentId"] = segment_id
        if segment_ns is not UNSET:
            field_dict["segmentNs"] = segment_ns
        if status is not UNSET:
            field_dict["status"] = status
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        segment_id = pop_optional(d, "segmentId")

        segment_ns = pop_optional(d, "segmentNs")

        _status = pop_optional(d, "status")
        status: list[SegmentStatus] | Unset = UNSET
        if _status is not UNSET:
            status = []
            for status_item_data in _status:
                status_item = SegmentStatus.parse(status_item_data)

                status.append(status_item)

        batch_id = pop_optional(d, "batchId")

        segment_batch = cls(
            segment_id=segment_id,
            segment_ns=segment_ns,
            status=status,
            batch_id=batch_id,
        )

        segment_batch.additional_properties = d
        return segment_batch

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
