from __future__ import annotations

import datetime
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
    rfc3339,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobFilter")


@built_on_first_read("segments", "segment_qualification_time")
@_attrs_define
class JobFilter(LazyModel):
    """Which profiles the job exports, as it reports it."""

    segments: list[JobSegment] | Unset = UNSET
    """ The audiences exported. """
    segment_qualification_time: JobTimeWindow | Unset = UNSET
    """ A window of time, as the job reports it. """
    from_ingest_timestamp: datetime.datetime | Unset = UNSET
    """ Only profiles updated strictly after this time (RFC 3339). """
    empty_profiles: bool | Unset = UNSET
    """ Whether profiles with no profile record, only experience events, were exported too. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unread = getattr(self, "_unread", None) or {}
        if "segments" not in unread:
            segments: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.segments, Unset):
                segments = []
                for segments_item_data in self.segments:
                    segments_item = segments_item_data.to_dict()
                    segments.append(segments_item)

        else:
            segments = copy_json(unread["segments"])

        if "segment_qualification_time" not in unread:
            segment_qualification_time: dict[str, Any] | Unset = UNSET
            if not isinstance(self.segment_qualification_time, Unset):
                segment_qualification_time = self.segment_qualification_time.to_dict()
        else:
            segment_qualification_time = copy_json(unread["segment_qualification_time"])

        from_ingest_timestamp: str | Unset = UNSET
        if not isinstance(self.from_ingest_timestamp, Unset):
            from_ingest_timestamp = rfc3339(self.from_ingest_timestamp)

        empty_profiles = self.empty_profiles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        unread: dict[str, Any] = {}
        raw_segments = d.pop("segments", UNSET)
        if raw_segments is not UNSET and not (
            (type(raw_segments) is list or isinstance(raw_segments, list))
            and all((type(_item0) is dict or isinstance(_item0, dict)) for _item0 in raw_segments)
        ):
            d["segments"] = raw_segments
            raw_segments = UNSET

        raw_segment_qualification_time = d.pop("segmentQualificationTime", UNSET)
        if raw_segment_qualification_time is not UNSET and not (
            type(raw_segment_qualification_time) is dict or isinstance(raw_segment_qualification_time, dict)
        ):
            d["segmentQualificationTime"] = raw_segment_qualification_time
            raw_segment_qualification_time = UNSET

        raw_from_ingest_timestamp = d.pop("fromIngestTimestamp", UNSET)
        if raw_from_ingest_timestamp is not UNSET and not (
            type(raw_from_ingest_timestamp) is str or isinstance(raw_from_ingest_timestamp, str)
        ):
            d["fromIngestTimestamp"] = raw_from_ingest_timestamp
            raw_from_ingest_timestamp = UNSET
        from_ingest_timestamp: datetime.datetime | Unset = UNSET
        if raw_from_ingest_timestamp is not UNSET:
            try:
                from_ingest_timestamp = datetime.datetime.fromisoformat(raw_from_ingest_timestamp)
            except ValueError:
                d["fromIngestTimestamp"] = raw_from_ingest_timestamp

        raw_empty_profiles = d.pop("emptyProfiles", UNSET)
        if raw_empty_profiles is not UNSET and not isinstance(raw_empty_profiles, bool):
            d["emptyProfiles"] = raw_empty_profiles
            raw_empty_profiles = UNSET
        empty_profiles = raw_empty_profiles

        job_filter = cls.__new__(cls)
        init_slot(job_filter, "_unread", unread)
        if raw_segments is UNSET:
            init_slot(job_filter, "segments", UNSET)
        else:
            unread["segments"] = raw_segments
        if raw_segment_qualification_time is UNSET:
            init_slot(job_filter, "segment_qualification_time", UNSET)
        else:
            unread["segment_qualification_time"] = raw_segment_qualification_time
        init_slot(job_filter, "from_ingest_timestamp", from_ingest_timestamp)
        init_slot(job_filter, "empty_profiles", empty_profiles)

        init_slot(job_filter, "additional_properties", d)
        if cls is not JobFilter:
            complete_subclass(job_filter, JobFilter)
        return job_filter

    def _build(self, name: str, raw: Any) -> Any:
        if name == "segments":
            raw_segments = raw
            _segments = raw_segments
            segments: list[JobSegment] | Unset = UNSET
            if _segments is not UNSET:
                segments = []
                for segments_item_data in _segments:
                    segments_item = JobSegment.from_dict(segments_item_data)

                    segments.append(segments_item)

            return segments
        if name == "segment_qualification_time":
            return JobTimeWindow.from_dict(raw)
        return super()._build(name, raw)

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


from ..models.job_segment import JobSegment  # noqa: E402
from ..models.job_time_window import JobTimeWindow  # noqa: E402
