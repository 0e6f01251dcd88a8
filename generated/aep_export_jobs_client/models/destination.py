from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime import (
    LazyModel,
    all_of_type,
    built_on_first_read,
    complete_subclass,
    copy_json,
    init_slot,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Destination")


@_attrs_define
class Destination(LazyModel):
    """Where the job exports to, and the batches it wrote. The dataset is
    named by `datasetId`; one revision of the guide spells it `dataSetId`.

    """

    dataset_id: str | Unset = UNSET
    """ The `id` of the dataset the profiles are exported into. """
    data_set_id: str | Unset = UNSET
    """ `datasetId` as one revision of the guide spells it. """
    segment_per_batch: bool | Unset = UNSET
    """ Whether each segment is written as a batch of its own. """
    batch_id: str | Unset = UNSET
    """ The `id` of the one batch of the export, when `segmentPerBatch` is false. """
    batches: list[SegmentBatch] | SegmentBatch | Unset = UNSET
    """ The batches per segment, when `segmentPerBatch` is true. The guide
    shows a single object; later revisions of the service send a list
    with one entry per segment.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unread = getattr(self, "_unread", None) or {}
        dataset_id = self.dataset_id

        data_set_id = self.data_set_id

        segment_per_batch = self.segment_per_batch

        batch_id = self.batch_id

        if "batches" not in unread:
            batches: dict[str, Any] | list[dict[str, Any]] | Unset
            if isinstance(self.batches, Unset):
                batches = UNSET
            elif isinstance(self.batches, SegmentBatch):
                batches = self.batches.to_dict()
            else:
                batches = []
                for batches_type_1_item_data in self.batches:
                    batches_type_1_item = batches_type_1_item_data.to_dict()
                    batches.append(batches_type_1_item)

        else:
            batches = copy_json(unread["batches"])

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if dataset_id is not UNSET:
            field_dict["datasetId"] = dataset_id
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if segment_per_batch is not UNSET:
            field_dict["segmentPerBatch"] = segment_per_batch
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if batches is not UNSET:
            field_dict["batches"] = batches

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_dataset_id = src_dict.get("datasetId", UNSET)
        raw_data_set_id = src_dict.get("dataSetId", UNSET)
        raw_segment_per_batch = src_dict.get("segmentPerBatch", UNSET)
        raw_batch_id = src_dict.get("batchId", UNSET)
        raw_batches = src_dict.get("batches", UNSET)
        common = (
            cls is Destination
            and (raw_dataset_id is UNSET or type(raw_dataset_id) is str)
            and (raw_data_set_id is UNSET or type(raw_data_set_id) is str)
            and (raw_segment_per_batch is UNSET or type(raw_segment_per_batch) is bool)
            and (raw_batch_id is UNSET or type(raw_batch_id) is str)
            and (
                raw_batches is UNSET
                or (type(raw_batches) is dict or (type(raw_batches) is list and all_of_type(raw_batches, dict)))
            )
            and len(src_dict)
            == 0
            + (raw_dataset_id is not UNSET)
            + (raw_data_set_id is not UNSET)
            + (raw_segment_per_batch is not UNSET)
            + (raw_batch_id is not UNSET)
            + (raw_batches is not UNSET)
        )
        if not common:
            return cls._from_any_dict(src_dict)
        unread: dict[str, Any] = {}
        dataset_id = raw_dataset_id

        data_set_id = raw_data_set_id

        segment_per_batch = raw_segment_per_batch

        batch_id = raw_batch_id

        destination: T = object.__new__(Destination._assembly)
        destination._unread = unread
        destination.dataset_id = dataset_id
        destination.data_set_id = data_set_id
        destination.segment_per_batch = segment_per_batch
        destination.batch_id = batch_id
        if raw_batches is UNSET:
            destination.batches = UNSET
        else:
            unread["batches"] = raw_batches
        destination.additional_properties = {}
        destination.__class__ = cls

        return destination

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        unread: dict[str, Any] = {}
        raw_dataset_id = d.pop("datasetId", UNSET)
        if raw_dataset_id is not UNSET and not (type(raw_dataset_id) is str or isinstance(raw_dataset_id, str)):
            d["datasetId"] = raw_dataset_id
            raw_dataset_id = UNSET
        dataset_id = raw_dataset_id

        raw_data_set_id = d.pop("dataSetId", UNSET)
        if raw_data_set_id is not UNSET and not (type(raw_data_set_id) is str or isinstance(raw_data_set_id, str)):
            d["dataSetId"] = raw_data_set_id
            raw_data_set_id = UNSET
        data_set_id = raw_data_set_id

        raw_segment_per_batch = d.pop("segmentPerBatch", UNSET)
        if raw_segment_per_batch is not UNSET and not isinstance(raw_segment_per_batch, bool):
            d["segmentPerBatch"] = raw_segment_per_batch
            raw_segment_per_batch = UNSET
        segment_per_batch = raw_segment_per_batch

        raw_batch_id = d.pop("batchId", UNSET)
        if raw_batch_id is not UNSET and not (type(raw_batch_id) is str or isinstance(raw_batch_id, str)):
            d["batchId"] = raw_batch_id
            raw_batch_id = UNSET
        batch_id = raw_batch_id

        raw_batches = d.pop("batches", UNSET)
        if raw_batches is not UNSET and not (
            (type(raw_batches) is dict or isinstance(raw_batches, dict))
            or (
                (type(raw_batches) is list or isinstance(raw_batches, list))
                and all((type(_item0) is dict or isinstance(_item0, dict)) for _item0 in raw_batches)
            )
        ):
            d["batches"] = raw_batches
            raw_batches = UNSET

        destination = cls.__new__(cls)
        init_slot(destination, "_unread", unread)
        init_slot(destination, "dataset_id", dataset_id)
        init_slot(destination, "data_set_id", data_set_id)
        init_slot(destination, "segment_per_batch", segment_per_batch)
        init_slot(destination, "batch_id", batch_id)
        if raw_batches is UNSET:
            init_slot(destination, "batches", UNSET)
        else:
            unread["batches"] = raw_batches
        init_slot(destination, "additional_properties", d)

        if cls is not Destination:
            complete_subclass(destination, Destination)
        return destination

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


def _build_batches(raw_batches: Any) -> Any:
    """``Destination.batches`` from its JSON, on its first read."""

    def _parse_batches(data: object) -> list[SegmentBatch] | SegmentBatch | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            batches_type_0 = SegmentBatch.from_dict(data)

            return batches_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError()
        batches_type_1 = []
        _batches_type_1 = data
        for batches_type_1_item_data in _batches_type_1:
            batches_type_1_item = SegmentBatch.from_dict(batches_type_1_item_data)

            batches_type_1.append(batches_type_1_item)

        return batches_type_1

    batches = _parse_batches(raw_batches)

    return batches


from ..models.segment_batch import SegmentBatch  # noqa: E402

built_on_first_read(
    Destination,
    {
        "batches": _build_batches,
    },
)
