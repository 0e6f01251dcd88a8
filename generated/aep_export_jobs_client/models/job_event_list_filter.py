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

T = TypeVar("T", bound="JobEventListFilter")


@_attrs_define
class JobEventListFilter(Model):
    """Which experience events the job exports, as it reports it."""

    from_ingest_timestamp: datetime.datetime | Unset = UNSET
    """ Only events ingested at or after this time (RFC 3339). """
    to_ingest_timestamp: datetime.datetime | Unset = UNSET
    """ Only events ingested before this time (RFC 3339). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ingest_timestamp: str | Unset = UNSET
        if not isinstance(self.from_ingest_timestamp, Unset):
            from_ingest_timestamp = rfc3339(self.from_ingest_timestamp)

        to_ingest_timestamp: str | Unset = UNSET
        if not isinstance(self.to_ingest_timestamp, Unset):
            to_ingest_timestamp = rfc3339(self.to_ingest_timestamp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if from_ingest_timestamp is not UNSET:
            field_dict["fromIngestTimestamp"] = from_ingest_timestamp
        if to_ingest_timestamp is not UNSET:
            field_dict["toIngestTimestamp"] = to_ingest_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_from_ingest_timestamp = src_dict.get("fromIngestTimestamp", UNSET)
        raw_to_ingest_timestamp = src_dict.get("toIngestTimestamp", UNSET)
        common = (
            cls is JobEventListFilter
            and (raw_from_ingest_timestamp is UNSET or type(raw_from_ingest_timestamp) is str)
            and (raw_to_ingest_timestamp is UNSET or type(raw_to_ingest_timestamp) is str)
            and len(src_dict) == 0 + (raw_from_ingest_timestamp is not UNSET) + (raw_to_ingest_timestamp is not UNSET)
        )
        if not common:
            return cls._from_any_dict(src_dict)
        from_ingest_timestamp: datetime.datetime | Unset = UNSET
        if raw_from_ingest_timestamp is not UNSET:
            try:
                from_ingest_timestamp = datetime.datetime.fromisoformat(raw_from_ingest_timestamp)
            except ValueError:
                return cls._from_any_dict(src_dict)

        to_ingest_timestamp: datetime.datetime | Unset = UNSET
        if raw_to_ingest_timestamp is not UNSET:
            try:
                to_ingest_timestamp = datetime.datetime.fromisoformat(raw_to_ingest_timestamp)
            except ValueError:
                return cls._from_any_dict(src_dict)

        job_event_list_filter = cls.__new__(cls)
        job_event_list_filter._unread = None
        job_event_list_filter.from_ingest_timestamp = from_ingest_timestamp
        job_event_list_filter.to_ingest_timestamp = to_ingest_timestamp
        job_event_list_filter.additional_properties = {}

        return job_event_list_filter

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
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

        raw_to_ingest_timestamp = d.pop("toIngestTimestamp", UNSET)
        if raw_to_ingest_timestamp is not UNSET and not (
            type(raw_to_ingest_timestamp) is str or isinstance(raw_to_ingest_timestamp, str)
        ):
            d["toIngestTimestamp"] = raw_to_ingest_timestamp
            raw_to_ingest_timestamp = UNSET
        to_ingest_timestamp: datetime.datetime | Unset = UNSET
        if raw_to_ingest_timestamp is not UNSET:
            try:
                to_ingest_timestamp = datetime.datetime.fromisoformat(raw_to_ingest_timestamp)
            except ValueError:
                d["toIngestTimestamp"] = raw_to_ingest_timestamp

        job_event_list_filter = cls.__new__(cls)
        job_event_list_filter._unread = None
        job_event_list_filter.from_ingest_timestamp = from_ingest_timestamp
        job_event_list_filter.to_ingest_timestamp = to_ingest_timestamp
        job_event_list_filter.additional_properties = d

        if cls is not JobEventListFilter:
            complete_subclass(job_event_list_filter, JobEventListFilter)
        return job_event_list_filter

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
