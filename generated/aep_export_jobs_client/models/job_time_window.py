from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime import (
    Model,
    complete_subclass,
    rfc3339,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobTimeWindow")


@_attrs_define
class JobTimeWindow(Model):
    """A window of time, as the job reports it."""

    start_time: datetime.datetime | Unset = UNSET
    """ Start of the window (RFC 3339). """
    end_time: datetime.datetime | Unset = UNSET
    """ End of the window (RFC 3339). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = rfc3339(self.start_time)

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = rfc3339(self.end_time)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_start_time = src_dict.get("startTime", UNSET)
        raw_end_time = src_dict.get("endTime", UNSET)
        common = (
            cls is JobTimeWindow
            and (raw_start_time is UNSET or type(raw_start_time) is str)
            and (raw_end_time is UNSET or type(raw_end_time) is str)
            and len(src_dict) == 0 + (raw_start_time is not UNSET) + (raw_end_time is not UNSET)
        )
        if not common:
            return cls._from_any_dict(src_dict)
        start_time: datetime.datetime | Unset = UNSET
        if raw_start_time is not UNSET:
            try:
                start_time = datetime.datetime.fromisoformat(raw_start_time)
            except ValueError:
                return cls._from_any_dict(src_dict)

        end_time: datetime.datetime | Unset = UNSET
        if raw_end_time is not UNSET:
            try:
                end_time = datetime.datetime.fromisoformat(raw_end_time)
            except ValueError:
                return cls._from_any_dict(src_dict)

        job_time_window = cls.__new__(cls)
        job_time_window._unread = None
        job_time_window.start_time = start_time
        job_time_window.end_time = end_time
        job_time_window.additional_properties = {}

        return job_time_window

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        raw_start_time = d.pop("startTime", UNSET)
        if raw_start_time is not UNSET and not (type(raw_start_time) is str or isinstance(raw_start_time, str)):
            d["startTime"] = raw_start_time
            raw_start_time = UNSET
        start_time: datetime.datetime | Unset = UNSET
        if raw_start_time is not UNSET:
            try:
                start_time = datetime.datetime.fromisoformat(raw_start_time)
            except ValueError:
                d["startTime"] = raw_start_time

        raw_end_time = d.pop("endTime", UNSET)
        if raw_end_time is not UNSET and not (type(raw_end_time) is str or isinstance(raw_end_time, str)):
            d["endTime"] = raw_end_time
            raw_end_time = UNSET
        end_time: datetime.datetime | Unset = UNSET
        if raw_end_time is not UNSET:
            try:
                end_time = datetime.datetime.fromisoformat(raw_end_time)
            except ValueError:
                d["endTime"] = raw_end_time

        job_time_window = cls.__new__(cls)
        job_time_window._unread = None
        job_time_window.start_time = start_time
        job_time_window.end_time = end_time
        job_time_window.additional_properties = d

        if cls is not JobTimeWindow:
            complete_subclass(job_time_window, JobTimeWindow)
        return job_time_window

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
