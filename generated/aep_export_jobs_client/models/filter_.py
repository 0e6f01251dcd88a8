from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, pop_optional

T = TypeVar("T", bound="Filter")


@_attrs_define
class Filter:
    """Which profiles to export. Without it, all profiles are exported."""

    segments: list[SegmentFilter] | Unset = UNSET
    """ The audiences to export. """
    segment_qualification_time: TimeWindow | Unset = UNSET
    """ A window of time; either end may be left open. """
    from_ingest_timestamp: datetime.datetime | Unset = UNSET
    """ Only profiles ingested at or after this time (RFC 3339). """
    empty_profiles: bool | Unset = UNSET
    """ Whether profiles without any attribute are exported too. """

    def to_dict(self) -> dict[str, Any]:
        segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        segment_qualification_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segment_qualification_time, Unset):
            segment_qualification_time = self.segment_qualification_time.to_dict()

        from_ingest_timestamp: str | Unset = UNSET
        if not isinstance(self.from_ingest_timestamp, Unset):
            from_ingest_timestamp = self.from_ingest_timestamp.isoformat()

        empty_profiles = self.empty_profiles

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if segments is not UNSET:
            field_dict["segments"] = segments
        if segment_qualification_time is not UNSET:
            field_dict["segmentQualificationTime"] = segment_qualification_time
        if from_ingest_timestamp is not UNSET:
            field_dict["fromIngestTimestamp"] = from_ingest_timestamp
        if empty_profiles is not UNSET:
            field_dict["emptyProfiles"] = empty_profiles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _segments = pop_optional(d, "segments")
        segments: list[SegmentFilter] | Unset = UNSET
        if _segments is not UNSET:
            segments = []
            for segments_item_data in _segments:
                segments_item = SegmentFilter.from_dict(segments_item_data)

                segments.append(segments_item)

        _segment_qualification_time = pop_optional(d, "segmentQualificationTime")
        segment_qualification_time: TimeWindow | Unset
        if isinstance(_segment_qualification_time, Unset):
            segment_qualification_time = UNSET
        else:
            segment_qualification_time = TimeWindow.from_dict(_segment_qualification_time)

        _from_ingest_timestamp = pop_optional(d, "fromIngestTimestamp")
        from_ingest_timestamp: datetime.datetime | Unset
        if isinstance(_from_ingest_timestamp, Unset):
            from_ingest_timestamp = UNSET
        else:
            from_ingest_timestamp = datetime.datetime.fromisoformat(_from_ingest_timestamp)

        empty_profiles = pop_optional(d, "emptyProfiles")

        filter_ = cls(
            segments=segments,
            segment_qualification_time=segment_qualification_time,
            from_ingest_timestamp=from_ingest_timestamp,
            empty_profiles=empty_profiles,
        )

        return filter_


# Models this one refers to are imported last: not inside each method (an import
# statement on every call cost about a third of the parsing time) and not at the
# top (two models that refer to each other could not load); when these lines run,
# this module's class already exists.
from ..models.segment_filter import SegmentFilter  # noqa: E402
from ..models.time_window import TimeWindow  # noqa: E402
