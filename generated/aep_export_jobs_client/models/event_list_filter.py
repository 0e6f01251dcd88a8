from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, pop_optional

T = TypeVar("T", bound="EventListFilter")


@_attrs_define
class EventListFilter:
    """Which experience events to export."""

    from_ingest_timestamp: datetime.datetime | Unset = UNSET
    """ Only events ingested at or after this time (RFC 3339). """

    def to_dict(self) -> dict[str, Any]:
        from_ingest_timestamp: str | Unset = UNSET
        if not isinstance(self.from_ingest_timestamp, Unset):
            from_ingest_timestamp = self.from_ingest_timestamp.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if from_ingest_timestamp is not UNSET:
            field_dict["fromIngestTimestamp"] = from_ingest_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _from_ingest_timestamp = pop_optional(d, "fromIngestTimestamp")
        from_ingest_timestamp: datetime.datetime | Unset
        if isinstance(_from_ingest_timestamp, Unset):
            from_ingest_timestamp = UNSET
        else:
            from_ingest_timestamp = datetime.datetime.fromisoformat(_from_ingest_timestamp)

        event_list_filter = cls(
            from_ingest_timestamp=from_ingest_timestamp,
        )

        return event_list_filter
