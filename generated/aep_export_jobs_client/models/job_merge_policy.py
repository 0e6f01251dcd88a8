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

T = TypeVar("T", bound="JobMergePolicy")


@_attrs_define
class JobMergePolicy(Model):
    """The merge policy used to build the exported profiles, as the job reports it."""

    id: str
    """ The `id` of the merge policy. """
    version: int | Unset = UNSET
    """ The version of the merge policy. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_id = src_dict.get("id", UNSET)
        raw_version = src_dict.get("version", UNSET)
        common = (
            cls is JobMergePolicy
            and type(raw_id) is str
            and (raw_version is UNSET or type(raw_version) is int)
            and len(src_dict) == 1 + (raw_version is not UNSET)
        )
        if not common:
            return cls._from_any_dict(src_dict)
        id = raw_id

        version = raw_version

        job_merge_policy = cls.__new__(cls)
        job_merge_policy._unread = None
        job_merge_policy.id = id
        job_merge_policy.version = version
        job_merge_policy.additional_properties = {}

        return job_merge_policy

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        raw_id = d.pop("id")
        if not (type(raw_id) is str or isinstance(raw_id, str)):
            raise TypeError(f"JobMergePolicy.id: {raw_id!r:.100} does not fit the spec")
        id = raw_id

        raw_version = d.pop("version", UNSET)
        if raw_version is not UNSET and not (
            type(raw_version) is int or (isinstance(raw_version, int) and not isinstance(raw_version, bool))
        ):
            d["version"] = raw_version
            raw_version = UNSET
        version = raw_version

        job_merge_policy = cls.__new__(cls)
        job_merge_policy._unread = None
        job_merge_policy.id = id
        job_merge_policy.version = version
        job_merge_policy.additional_properties = d

        if cls is not JobMergePolicy:
            complete_subclass(job_merge_policy, JobMergePolicy)
        return job_merge_policy

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
