from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime import (
    Model,
    complete_subclass,
)
from ..types import UNSET

T = TypeVar("T", bound="JobSchema")


@_attrs_define
class JobSchema(Model):
    """The schema of the exported data, as the job reports it."""

    name: str
    """ The name of the schema. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_name = src_dict.get("name", UNSET)
        common = cls is JobSchema and type(raw_name) is str and len(src_dict) == 1
        if not common:
            return cls._from_any_dict(src_dict)
        name = raw_name

        job_schema = cls.__new__(cls)
        job_schema._unread = None
        job_schema.name = name
        job_schema.additional_properties = {}

        return job_schema

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        raw_name = d.pop("name")
        if not (type(raw_name) is str or isinstance(raw_name, str)):
            raise TypeError(f"JobSchema.name: {raw_name!r:.100} does not fit the spec")
        name = raw_name

        job_schema = cls.__new__(cls)
        job_schema._unread = None
        job_schema.name = name
        job_schema.additional_properties = d

        if cls is not JobSchema:
            complete_subclass(job_schema, JobSchema)
        return job_schema

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
