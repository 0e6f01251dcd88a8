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

T = TypeVar("T", bound="SegmentBatch")


@_attrs_define
class SegmentBatch(Model):
    """The batch written for one segment."""

    segment_id: str | Unset = UNSET
    """ The `id` of the segment. """
    segment_ns: str | Unset = UNSET
    """ The namespace of the segment. """
    status: list[SegmentStatus] | SegmentStatus | Unset = UNSET
    """ The memberships exported: a list, or (in some revisions of the
    service) a single value such as `exited`.
     """
    batch_id: str | Unset = UNSET
    """ The `id` of the batch. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment_id = self.segment_id

        segment_ns = self.segment_ns

        status: list[str] | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, list):
            status = []
            for status_type_0_item_data in self.status:
                status_type_0_item = status_type_0_item_data.value
                status.append(status_type_0_item)

        else:
            status = self.status.value

        batch_id = self.batch_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_segment_id = src_dict.get("segmentId", UNSET)
        raw_segment_ns = src_dict.get("segmentNs", UNSET)
        raw_status = src_dict.get("status", UNSET)
        raw_batch_id = src_dict.get("batchId", UNSET)
        common = (
            cls is SegmentBatch
            and (raw_segment_id is UNSET or type(raw_segment_id) is str)
            and (raw_segment_ns is UNSET or type(raw_segment_ns) is str)
            and (
                raw_status is UNSET
                or ((type(raw_status) is list and all_of_type(raw_status, str)) or type(raw_status) is str)
            )
            and (raw_batch_id is UNSET or type(raw_batch_id) is str)
            and len(src_dict)
            == 0
            + (raw_segment_id is not UNSET)
            + (raw_segment_ns is not UNSET)
            + (raw_status is not UNSET)
            + (raw_batch_id is not UNSET)
        )
        if not common:
            return cls._from_any_dict(src_dict)
        segment_id = raw_segment_id

        segment_ns = raw_segment_ns

        def _parse_status(data: object) -> list[SegmentStatus] | SegmentStatus | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                status_type_0 = []
                _status_type_0 = data
                for status_type_0_item_data in _status_type_0:
                    status_type_0_item = SegmentStatus.parse(status_type_0_item_data)

                    status_type_0.append(status_type_0_item)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            status_type_1 = SegmentStatus.parse(data)

            return status_type_1

        status = _parse_status(raw_status)

        batch_id = raw_batch_id

        segment_batch = cls.__new__(cls)
        segment_batch._unread = None
        segment_batch.segment_id = segment_id
        segment_batch.segment_ns = segment_ns
        segment_batch.status = status
        segment_batch.batch_id = batch_id
        segment_batch.additional_properties = {}

        return segment_batch

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        raw_segment_id = d.pop("segmentId", UNSET)
        if raw_segment_id is not UNSET and not (type(raw_segment_id) is str or isinstance(raw_segment_id, str)):
            d["segmentId"] = raw_segment_id
            raw_segment_id = UNSET
        segment_id = raw_segment_id

        raw_segment_ns = d.pop("segmentNs", UNSET)
        if raw_segment_ns is not UNSET and not (type(raw_segment_ns) is str or isinstance(raw_segment_ns, str)):
            d["segmentNs"] = raw_segment_ns
            raw_segment_ns = UNSET
        segment_ns = raw_segment_ns

        raw_status = d.pop("status", UNSET)
        if raw_status is not UNSET and not (
            (
                (type(raw_status) is list or isinstance(raw_status, list))
                and all((type(_item0) is str or isinstance(_item0, str)) for _item0 in raw_status)
            )
            or (type(raw_status) is str or isinstance(raw_status, str))
        ):
            d["status"] = raw_status
            raw_status = UNSET

        def _parse_status(data: object) -> list[SegmentStatus] | SegmentStatus | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                status_type_0 = []
                _status_type_0 = data
                for status_type_0_item_data in _status_type_0:
                    status_type_0_item = SegmentStatus.parse(status_type_0_item_data)

                    status_type_0.append(status_type_0_item)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            status_type_1 = SegmentStatus.parse(data)

            return status_type_1

        status = _parse_status(raw_status)

        raw_batch_id = d.pop("batchId", UNSET)
        if raw_batch_id is not UNSET and not (type(raw_batch_id) is str or isinstance(raw_batch_id, str)):
            d["batchId"] = raw_batch_id
            raw_batch_id = UNSET
        batch_id = raw_batch_id

        segment_batch = cls.__new__(cls)
        segment_batch._unread = None
        segment_batch.segment_id = segment_id
        segment_batch.segment_ns = segment_ns
        segment_batch.status = status
        segment_batch.batch_id = batch_id
        segment_batch.additional_properties = d

        if cls is not SegmentBatch:
            complete_subclass(segment_batch, SegmentBatch)
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
