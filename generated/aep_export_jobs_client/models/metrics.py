from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Metrics")


@_attrs_define
class Metrics:
    """How long the job took, per step. Present once the job has finished; the service adds counters over time."""

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
        total_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_time, Unset):
            total_time = self.total_time.to_dict()

        profile_export_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile_export_time, Unset):
            profile_export_time = self.profile_export_time.to_dict()

        a_cp_dataset_write_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.a_cp_dataset_write_time, Unset):
            a_cp_dataset_write_time = self.a_cp_dataset_write_time.to_dict()

        total_exported_profile_counter = self.total_exported_profile_counter

        exported_profile_by_namespace_counter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exported_profile_by_namespace_counter, Unset):
            exported_profile_by_namespace_counter = self.exported_profile_by_namespace_counter.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        d = dict(src_dict)
        raw_total_time = d.pop("totalTime", UNSET)
        if raw_total_time is not UNSET and not isinstance(raw_total_time, dict):
            d["totalTime"] = raw_total_time
            raw_total_time = UNSET
        _total_time = raw_total_time
        total_time: TimeMetric | Unset
        if isinstance(_total_time, Unset):
            total_time = UNSET
        else:
            total_time = TimeMetric.from_dict(_total_time)

        raw_profile_export_time = d.pop("profileExportTime", UNSET)
        if raw_profile_export_time is not UNSET and not isinstance(raw_profile_export_time, dict):
            d["profileExportTime"] = raw_profile_export_time
            raw_profile_export_time = UNSET
        _profile_export_time = raw_profile_export_time
        profile_export_time: TimeMetric | Unset
        if isinstance(_profile_export_time, Unset):
            profile_export_time = UNSET
        else:
            profile_export_time = TimeMetric.from_dict(_profile_export_time)

        raw_a_cp_dataset_write_time = d.pop("aCPDatasetWriteTime", UNSET)
        if raw_a_cp_dataset_write_time is not UNSET and not isinstance(raw_a_cp_dataset_write_time, dict):
            d["aCPDatasetWriteTime"] = raw_a_cp_dataset_write_time
            raw_a_cp_dataset_write_time = UNSET
        _a_cp_dataset_write_time = raw_a_cp_dataset_write_time
        a_cp_dataset_write_time: TimeMetric | Unset
        if isinstance(_a_cp_dataset_write_time, Unset):
            a_cp_dataset_write_time = UNSET
        else:
            a_cp_dataset_write_time = TimeMetric.from_dict(_a_cp_dataset_write_time)

        raw_total_exported_profile_counter = d.pop("totalExportedProfileCounter", UNSET)
        if raw_total_exported_profile_counter is not UNSET and not (
            isinstance(raw_total_exported_profile_counter, int)
            and not isinstance(raw_total_exported_profile_counter, bool)
        ):
            d["totalExportedProfileCounter"] = raw_total_exported_profile_counter
            raw_total_exported_profile_counter = UNSET
        total_exported_profile_counter = raw_total_exported_profile_counter

        raw_exported_profile_by_namespace_counter = d.pop("exportedProfileByNamespaceCounter", UNSET)
        if raw_exported_profile_by_namespace_counter is not UNSET and not isinstance(
            raw_exported_profile_by_namespace_counter, dict
        ):
            d["exportedProfileByNamespaceCounter"] = raw_exported_profile_by_namespace_counter
            raw_exported_profile_by_namespace_counter = UNSET
        _exported_profile_by_namespace_counter = raw_exported_profile_by_namespace_counter
        exported_profile_by_namespace_counter: MetricsExportedProfileByNamespaceCounter | Unset
        if isinstance(_exported_profile_by_namespace_counter, Unset):
            exported_profile_by_namespace_counter = UNSET
        else:
            exported_profile_by_namespace_counter = MetricsExportedProfileByNamespaceCounter.from_dict(
                _exported_profile_by_namespace_counter
            )

        metrics = cls(
            total_time=total_time,
            profile_export_time=profile_export_time,
            a_cp_dataset_write_time=a_cp_dataset_write_time,
            total_exported_profile_counter=total_exported_profile_counter,
            exported_profile_by_namespace_counter=exported_profile_by_namespace_counter,
        )

        metrics.additional_properties = d
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
