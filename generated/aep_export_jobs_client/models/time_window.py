from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, pop_optional

T = TypeVar("T", bound="TimeWindow")


@_attrs_define
class TimeWindow:
    """A window of time; either end may be left open."""

    start_time: datetime.datetime | Unset = UNSET
    """ Start of the window (RFC 3339). """
    end_time: datetime.datetime | Unset = UNSET
    """ End of the window (RFC 3339). """

    def to_dict(self) -> dict[str, Any]:
        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _start_time = pop_optional(d, "startTime")
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _end_time = pop_optional(d, "endTime")
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        time_window = cls(
            start_time=start_time,
            end_time=end_time,
        )

        return time_window
