from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, pop_optional

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_time is not UNSET:
            field_dict["totalTime"] = total_time
        if profile_export_time is not UNSET:
            field_dict["profileExportTime"] = profile_export_time
        if a_cp_dataset_write_time is not UNSET:
            field_dict["aCPDatasetWriteTime"] = a_cp_dataset_write_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _total_time = pop_optional(d, "totalTime")
        total_time: TimeMetric | Unset
        if isinstance(_total_time, Unset):
            total_time = UNSET
        else:
            total_time = TimeMetric.from_dict(_total_time)

        _profile_export_time = pop_optional(d, "profileExportTime")
        profile_export_time: TimeMetric | Unset
        if isinstance(_profile_export_time, Unset):
            profile_export_time = UNSET
        else:
            profile_export_time = TimeMetric.from_dict(_profile_export_time)

        _a_cp_dataset_write_time = pop_optional(d, "aCPDatasetWriteTime")
        a_cp_dataset_write_time: TimeMetric | Unset
        if isinstance(_a_cp_dataset_write_time, Unset):
            a_cp_dataset_write_time = UNSET
        else:
            a_cp_dataset_write_time = TimeMetric.from_dict(_a_cp_dataset_write_time)

        metrics = cls(
            total_time=total_time,
            profile_export_time=profile_export_time,
            a_cp_dataset_write_time=a_cp_dataset_write_time,
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


# Models this one refers to are imported last: not inside each method (an import
# statement on every call cost about a third of the parsing time) and not at the
# top (two models that refer to each other could not load); when these lines run,
# this module's class already exists.
from ..models.time_metric import TimeMetric  # noqa: E402
