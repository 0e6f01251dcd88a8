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

T = TypeVar("T", bound="TimeMetric")


@_attrs_define
class TimeMetric(Model):
    """The duration of one step of the job."""

    start_time_in_ms: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch. """
    end_time_in_ms: int | Unset = UNSET
    """ A point in time as milliseconds since the Unix epoch. """
    total_time_in_ms: int | Unset = UNSET
    """ The duration in milliseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time_in_ms = self.start_time_in_ms

        end_time_in_ms = self.end_time_in_ms

        total_time_in_ms = self.total_time_in_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if start_time_in_ms is not UNSET:
            field_dict["startTimeInMs"] = start_time_in_ms
        if end_time_in_ms is not UNSET:
            field_dict["endTimeInMs"] = end_time_in_ms
        if total_time_in_ms is not UNSET:
            field_dict["totalTimeInMs"] = total_time_in_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_start_time_in_ms = src_dict.get("startTimeInMs", UNSET)
        raw_end_time_in_ms = src_dict.get("endTimeInMs", UNSET)
        raw_total_time_in_ms = src_dict.get("totalTimeInMs", UNSET)
        common = (
            cls is TimeMetric
            and (raw_start_time_in_ms is UNSET or type(raw_start_time_in_ms) is int)
            and (raw_end_time_in_ms is UNSET or type(raw_end_time_in_ms) is int)
            and (raw_total_time_in_ms is UNSET or type(raw_total_time_in_ms) is int)
            and len(src_dict)
            == 0
            + (raw_start_time_in_ms is not UNSET)
            + (raw_end_time_in_ms is not UNSET)
            + (raw_total_time_in_ms is not UNSET)
        )
        if not common:
            return cls._from_any_dict(src_dict)
        start_time_in_ms = raw_start_time_in_ms

        end_time_in_ms = raw_end_time_in_ms

        total_time_in_ms = raw_total_time_in_ms

        time_metric = cls.__new__(cls)
        time_metric._unread = None
        time_metric.start_time_in_ms = start_time_in_ms
        time_metric.end_time_in_ms = end_time_in_ms
        time_metric.total_time_in_ms = total_time_in_ms
        time_metric.additional_properties = {}

        return time_metric

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        raw_start_time_in_ms = d.pop("startTimeInMs", UNSET)
        if raw_start_time_in_ms is not UNSET and not (
            type(raw_start_time_in_ms) is int
            or (isinstance(raw_start_time_in_ms, int) and not isinstance(raw_start_time_in_ms, bool))
        ):
            d["startTimeInMs"] = raw_start_time_in_ms
            raw_start_time_in_ms = UNSET
        start_time_in_ms = raw_start_time_in_ms

        raw_end_time_in_ms = d.pop("endTimeInMs", UNSET)
        if raw_end_time_in_ms is not UNSET and not (
            type(raw_end_time_in_ms) is int
            or (isinstance(raw_end_time_in_ms, int) and not isinstance(raw_end_time_in_ms, bool))
        ):
            d["endTimeInMs"] = raw_end_time_in_ms
            raw_end_time_in_ms = UNSET
        end_time_in_ms = raw_end_time_in_ms

        raw_total_time_in_ms = d.pop("totalTimeInMs", UNSET)
        if raw_total_time_in_ms is not UNSET and not (
            type(raw_total_time_in_ms) is int
            or (isinstance(raw_total_time_in_ms, int) and not isinstance(raw_total_time_in_ms, bool))
        ):
            d["totalTimeInMs"] = raw_total_time_in_ms
            raw_total_time_in_ms = UNSET
        total_time_in_ms = raw_total_time_in_ms

        time_metric = cls.__new__(cls)
        time_metric._unread = None
        time_metric.start_time_in_ms = start_time_in_ms
        time_metric.end_time_in_ms = end_time_in_ms
        time_metric.total_time_in_ms = total_time_in_ms
        time_metric.additional_properties = d

        if cls is not TimeMetric:
            complete_subclass(time_metric, TimeMetric)
        return time_metric

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
