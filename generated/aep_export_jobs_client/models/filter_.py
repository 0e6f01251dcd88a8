from __future__ import annotations

import datetime
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
    rfc3339,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Filter")


@_attrs_define
class Filter(LazyModel):
    """Which profiles to export. Without it, all profiles are exported."""

    segments: list[SegmentFilter] | Unset = UNSET
    """ The audiences to export. """
    segment_qualification_time: TimeWindow | Unset = UNSET
    """ A window of time; either end may be left open. """
    from_ingest_timestamp: datetime.datetime | Unset = UNSET
    """ Only profiles updated strictly after this time (RFC 3339). """
    empty_profiles: bool | Unset = UNSET
    """ Whether profiles with no profile record, only experience events,
    are exported too. When omitted, only profiles that have profile
    records are exported.
     """
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
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_segments = src_dict.get("segments", UNSET)
        raw_segment_qualification_time = src_dict.get("segmentQualificationTime", UNSET)
        raw_from_ingest_timestamp = src_dict.get("fromIngestTimestamp", UNSET)
        raw_empty_profiles = src_dict.get("emptyProfiles", UNSET)
        common = (
            cls is Filter
            and (raw_segments is UNSET or (type(raw_segments) is list and all_of_type(raw_segments, dict)))
            and (raw_segment_qualification_time is UNSET or type(raw_segment_qualification_time) is dict)
            and (raw_from_ingest_timestamp is UNSET or type(raw_from_ingest_timestamp) is str)
            and (raw_empty_profiles is UNSET or type(raw_empty_profiles) is bool)
            and len(src_dict)
            == 0
            + (raw_segments is not UNSET)
            + (raw_segment_qualification_time is not UNSET)
            + (raw_from_ingest_timestamp is not UNSET)
            + (raw_empty_profiles is not UNSET)
        )
        if not common:
            return cls._from_any_dict(src_dict)
        unread: dict[str, Any] = {}

        from_ingest_timestamp: datetime.datetime | Unset = UNSET
        if raw_from_ingest_timestamp is not UNSET:
            try:
                from_ingest_timestamp = datetime.datetime.fromisoformat(raw_from_ingest_timestamp)
            except ValueError:
                return cls._from_any_dict(src_dict)

        empty_profiles = raw_empty_profiles

        filter_: T = object.__new__(Filter._assembly)
        filter_._unread = unread
        if raw_segments is UNSET:
            filter_.segments = UNSET
        else:
            unread["segments"] = raw_segments
        if raw_segment_qualification_time is UNSET:
            filter_.segment_qualification_time = UNSET
        else:
            unread["segment_qualification_time"] = raw_segment_qualification_time
        filter_.from_ingest_timestamp = from_ingest_timestamp
        filter_.empty_profiles = empty_profiles
        filter_.additional_properties = {}
        filter_.__class__ = cls

        return filter_

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
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

        filter_ = cls.__new__(cls)
        init_slot(filter_, "_unread", unread)
        if raw_segments is UNSET:
            init_slot(filter_, "segments", UNSET)
        else:
            unread["segments"] = raw_segments
        if raw_segment_qualification_time is UNSET:
            init_slot(filter_, "segment_qualification_time", UNSET)
        else:
            unread["segment_qualification_time"] = raw_segment_qualification_time
        init_slot(filter_, "from_ingest_timestamp", from_ingest_timestamp)
        init_slot(filter_, "empty_profiles", empty_profiles)
        init_slot(filter_, "additional_properties", d)

        if cls is not Filter:
            complete_subclass(filter_, Filter)
        return filter_

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


def _build_segments(raw_segments: Any) -> Any:
    """``Filter.segments`` from its JSON, on its first read."""
    _segments = raw_segments
    segments: list[SegmentFilter] | Unset = UNSET
    if _segments is not UNSET:
        segments = []
        for segments_item_data in _segments:
            segments_item = SegmentFilter.from_dict(segments_item_data)

            segments.append(segments_item)

    return segments


from ..models.segment_filter import SegmentFilter  # noqa: E402
from ..models.time_window import TimeWindow  # noqa: E402

built_on_first_read(
    Filter,
    {
        "segments": _build_segments,
        "segment_qualification_time": TimeWindow.from_dict,
    },
)
