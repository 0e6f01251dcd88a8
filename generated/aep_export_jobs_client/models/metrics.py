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

T = TypeVar("T", bound="Metrics")


@_attrs_define
class Metrics(LazyModel):
    """How long the job took, per step. A `NEW` job may report only the start of `totalTime`; the service adds counters
    over time.

    """

    total_time: TimeMetric | Unset = UNSET
    """ The duration of one step of the job. """
    profile_export_time: TimeMetric | Unset = UNSET
    """ The duration of one step of the job. """
    a_cp_dataset_write_time: TimeMetric | Unset = UNSET
    """ The duration of one step of the job. """
    total_exported_profile_counter: int | Unset = UNSET
    """ The number of profiles exported. """
    exported_profile_by_namespace_counter: MetricsExportedProfileByNamespaceCounter | Unset = UNSET
    """ The number of profiles exported, per identity namespace. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unread = getattr(self, "_unread", None) or {}
        if "total_time" not in unread:
            total_time: dict[str, Any] | Unset = UNSET
            if not isinstance(self.total_time, Unset):
                total_time = self.total_time.to_dict()
        else:
            total_time = copy_json(unread["total_time"])

        if "profile_export_time" not in unread:
            profile_export_time: dict[str, Any] | Unset = UNSET
            if not isinstance(self.profile_export_time, Unset):
                profile_export_time = self.profile_export_time.to_dict()
        else:
            profile_export_time = copy_json(unread["profile_export_time"])

        if "a_cp_dataset_write_time" not in unread:
            a_cp_dataset_write_time: dict[str, Any] | Unset = UNSET
            if not isinstance(self.a_cp_dataset_write_time, Unset):
                a_cp_dataset_write_time = self.a_cp_dataset_write_time.to_dict()
        else:
            a_cp_dataset_write_time = copy_json(unread["a_cp_dataset_write_time"])

        total_exported_profile_counter = self.total_exported_profile_counter

        if "exported_profile_by_namespace_counter" not in unread:
            exported_profile_by_namespace_counter: dict[str, Any] | Unset = UNSET
            if not isinstance(self.exported_profile_by_namespace_counter, Unset):
                exported_profile_by_namespace_counter = self.exported_profile_by_namespace_counter.to_dict()
        else:
            exported_profile_by_namespace_counter = copy_json(unread["exported_profile_by_namespace_counter"])

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total_time is not UNSET:
            field_dict["totalTime"] = total_time
        if profile_export_time is not UNSET:
            field_dict["profileExportTime"] = profile_export_time
        if a_cp_dataset_write_time is not UNSET:
            field_dict["aCPDatasetWriteTime"] = a_cp_dataset_write_time
        if total_exported_profile_counter is not UNSET:
            field_dict["totalExportedProfileCounter"] = total_exported_profile_counter
        if exported_profile_by_namespace_counter is not UNSET:
            field_dict["exportedProfileByNamespaceCounter"] = exported_profile_by_namespace_counter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_total_time = src_dict.get("totalTime", UNSET)
        raw_profile_export_time = src_dict.get("profileExportTime", UNSET)
        raw_a_cp_dataset_write_time = src_dict.get("aCPDatasetWriteTime", UNSET)
        raw_total_exported_profile_counter = src_dict.get("totalExportedProfileCounter", UNSET)
        raw_exported_profile_by_namespace_counter = src_dict.get("exportedProfileByNamespaceCounter", UNSET)
        common = (
            cls is Metrics
            and (raw_total_time is UNSET or type(raw_total_time) is dict)
            and (raw_profile_export_time is UNSET or type(raw_profile_export_time) is dict)
            and (raw_a_cp_dataset_write_time is UNSET or type(raw_a_cp_dataset_write_time) is dict)
            and (raw_total_exported_profile_counter is UNSET or type(raw_total_exported_profile_counter) is int)
            and (
                raw_exported_profile_by_namespace_counter is UNSET
                or type(raw_exported_profile_by_namespace_counter) is dict
            )
            and len(src_dict)
            == 0
            + (raw_total_time is not UNSET)
            + (raw_profile_export_time is not UNSET)
            + (raw_a_cp_dataset_write_time is not UNSET)
            + (raw_total_exported_profile_counter is not UNSET)
            + (raw_exported_profile_by_namespace_counter is not UNSET)
        )
        if not common:
            return cls._from_any_dict(src_dict)
        unread: dict[str, Any] = {}

        total_exported_profile_counter = raw_total_exported_profile_counter

        metrics: T = object.__new__(Metrics._assembly)
        metrics._unread = unread
        if raw_total_time is UNSET:
            metrics.total_time = UNSET
        else:
            unread["total_time"] = raw_total_time
        if raw_profile_export_time is UNSET:
            metrics.profile_export_time = UNSET
        else:
            unread["profile_export_time"] = raw_profile_export_time
        if raw_a_cp_dataset_write_time is UNSET:
            metrics.a_cp_dataset_write_time = UNSET
        else:
            unread["a_cp_dataset_write_time"] = raw_a_cp_dataset_write_time
        metrics.total_exported_profile_counter = total_exported_profile_counter
        if raw_exported_profile_by_namespace_counter is UNSET:
            metrics.exported_profile_by_namespace_counter = UNSET
        else:
            unread["exported_profile_by_namespace_counter"] = raw_exported_profile_by_namespace_counter
        metrics.additional_properties = {}
        metrics.__class__ = cls

        return metrics

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        unread: dict[str, Any] = {}
        raw_total_time = d.pop("totalTime", UNSET)
        if raw_total_time is not UNSET and not (type(raw_total_time) is dict or isinstance(raw_total_time, dict)):
            d["totalTime"] = raw_total_time
            raw_total_time = UNSET

        raw_profile_export_time = d.pop("profileExportTime", UNSET)
        if raw_profile_export_time is not UNSET and not (
            type(raw_profile_export_time) is dict or isinstance(raw_profile_export_time, dict)
        ):
            d["profileExportTime"] = raw_profile_export_time
            raw_profile_export_time = UNSET

        raw_a_cp_dataset_write_time = d.pop("aCPDatasetWriteTime", UNSET)
        if raw_a_cp_dataset_write_time is not UNSET and not (
            type(raw_a_cp_dataset_write_time) is dict or isinstance(raw_a_cp_dataset_write_time, dict)
        ):
            d["aCPDatasetWriteTime"] = raw_a_cp_dataset_write_time
            raw_a_cp_dataset_write_time = UNSET

        raw_total_exported_profile_counter = d.pop("totalExportedProfileCounter", UNSET)
        if raw_total_exported_profile_counter is not UNSET and not (
            type(raw_total_exported_profile_counter) is int
            or (
                isinstance(raw_total_exported_profile_counter, int)
                and not isinstance(raw_total_exported_profile_counter, bool)
            )
        ):
            d["totalExportedProfileCounter"] = raw_total_exported_profile_counter
            raw_total_exported_profile_counter = UNSET
        total_exported_profile_counter = raw_total_exported_profile_counter

        raw_exported_profile_by_namespace_counter = d.pop("exportedProfileByNamespaceCounter", UNSET)
        if raw_exported_profile_by_namespace_counter is not UNSET and not (
            type(raw_exported_profile_by_namespace_counter) is dict
            or isinstance(raw_exported_profile_by_namespace_counter, dict)
        ):
            d["exportedProfileByNamespaceCounter"] = raw_exported_profile_by_namespace_counter
            raw_exported_profile_by_namespace_counter = UNSET

        metrics = cls.__new__(cls)
        init_slot(metrics, "_unread", unread)
        if raw_total_time is UNSET:
            init_slot(metrics, "total_time", UNSET)
        else:
            unread["total_time"] = raw_total_time
        if raw_profile_export_time is UNSET:
            init_slot(metrics, "profile_export_time", UNSET)
        else:
            unread["profile_export_time"] = raw_profile_export_time
        if raw_a_cp_dataset_write_time is UNSET:
            init_slot(metrics, "a_cp_dataset_write_time", UNSET)
        else:
            unread["a_cp_dataset_write_time"] = raw_a_cp_dataset_write_time
        init_slot(metrics, "total_exported_profile_counter", total_exported_profile_counter)
        if raw_exported_profile_by_namespace_counter is UNSET:
            init_slot(metrics, "exported_profile_by_namespace_counter", UNSET)
        else:
            unread["exported_profile_by_namespace_counter"] = raw_exported_profile_by_namespace_counter
        init_slot(metrics, "additional_properties", d)

        if cls is not Metrics:
            complete_subclass(metrics, Metrics)
        return metrics

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


from ..models.metrics_exported_profile_by_namespace_counter import MetricsExportedProfileByNamespaceCounter  # noqa: E402
from ..models.time_metric import TimeMetric  # noqa: E402

built_on_first_read(
    Metrics,
    {
        "total_time": TimeMetric.from_dict,
        "profile_export_time": TimeMetric.from_dict,
        "a_cp_dataset_write_time": TimeMetric.from_dict,
        "exported_profile_by_namespace_counter": MetricsExportedProfileByNamespaceCounter.from_dict,
    },
)
