from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, pop_optional

T = TypeVar("T", bound="DestinationCreate")


@_attrs_define
class DestinationCreate:
    """Where to export to."""

    dataset_id: str
    """ The `id` of the dataset the profiles are exported into. """
    segment_per_batch: bool | Unset = False
    """ Whether each segment is written as a batch of its own. """

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        segment_per_batch = self.segment_per_batch

        field_dict: dict[str, Any] = {}

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
        d = dict(src_dict)
        dataset_id = d.pop("datasetId")

        segment_per_batch = pop_optional(d, "segmentPerBatch")

        destination_create = cls(
            dataset_id=dataset_id,
            segment_per_batch=segment_per_batch,
        )

        return destination_create
