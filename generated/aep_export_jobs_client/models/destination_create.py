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

T = TypeVar("T", bound="DestinationCreate")


@_attrs_define
class DestinationCreate(Model):
    """Where to export to."""

    dataset_id: str
    """ The `id` of the dataset the profiles are exported into. """
    segment_per_batch: bool | Unset = False
    """ Whether each segment is written as a batch of its own. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        segment_per_batch = self.segment_per_batch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datasetId": dataset_id,
            }
        )
        if segment_per_batch is not UNSET:
            field_dict["segmentPerBatch"] = segment_per_batch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_dataset_id = src_dict.get("datasetId", UNSET)
        raw_segment_per_batch = src_dict.get("segmentPerBatch", UNSET)
        common = (
            cls is DestinationCreate
            and type(raw_dataset_id) is str
            and (raw_segment_per_batch is UNSET or type(raw_segment_per_batch) is bool)
            and len(src_dict) == 1 + (raw_segment_per_batch is not UNSET)
        )
        if not common:
            return cls._from_any_dict(src_dict)
        dataset_id = raw_dataset_id

        segment_per_batch = raw_segment_per_batch

        destination_create = cls.__new__(cls)
        destination_create._unread = None
        destination_create.dataset_id = dataset_id
        destination_create.segment_per_batch = segment_per_batch
        destination_create.additional_properties = {}

        return destination_create

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        raw_dataset_id = d.pop("datasetId")
        if not (type(raw_dataset_id) is str or isinstance(raw_dataset_id, str)):
            raise TypeError(f"DestinationCreate.datasetId: {raw_dataset_id!r:.100} does not fit the spec")
        dataset_id = raw_dataset_id

        raw_segment_per_batch = d.pop("segmentPerBatch", UNSET)
        if raw_segment_per_batch is not UNSET and not isinstance(raw_segment_per_batch, bool):
            d["segmentPerBatch"] = raw_segment_per_batch
            raw_segment_per_batch = UNSET
        segment_per_batch = raw_segment_per_batch

        destination_create = cls.__new__(cls)
        destination_create._unread = None
        destination_create.dataset_id = dataset_id
        destination_create.segment_per_batch = segment_per_batch
        destination_create.additional_properties = d

        if cls is not DestinationCreate:
            complete_subclass(destination_create, DestinationCreate)
        return destination_create

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
