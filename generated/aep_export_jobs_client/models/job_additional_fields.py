from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobAdditionalFields")


@_attrs_define
class JobAdditionalFields:
    """Data exported beside each profile, as the job reports it."""

    event_list: JobEventList | Unset = UNSET
    """ The experience events exported with each profile, as the job reports them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_list, Unset):
            event_list = self.event_list.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_list is not UNSET:
            field_dict["eventList"] = event_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        raw_event_list = d.pop("eventList", UNSET)
        if raw_event_list is not UNSET and not isinstance(raw_event_list, dict):
            d["eventList"] = raw_event_list
            raw_event_list = UNSET
        _event_list = raw_event_list
        event_list: JobEventList | Unset
        if isinstance(_event_list, Unset):
            event_list = UNSET
        else:
            event_list = JobEventList.from_dict(_event_list)

        job_additional_fields = cls(
            event_list=event_list,
        )

        job_additional_fields.additional_properties = d
        return job_additional_fields

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


from ..models.job_event_list import JobEventList  # noqa: E402
