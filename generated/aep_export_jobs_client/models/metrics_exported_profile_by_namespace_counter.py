from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime import (
    Model,
    complete_subclass,
)

T = TypeVar("T", bound="MetricsExportedProfileByNamespaceCounter")


@_attrs_define
class MetricsExportedProfileByNamespaceCounter(Model):
    """The number of profiles exported, per identity namespace.

    Example:
        {'ECID': 80, 'Email': 22}

    """

    additional_properties: dict[str, int] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        common = cls is MetricsExportedProfileByNamespaceCounter and len(src_dict) == 0
        if not common:
            return cls._from_any_dict(src_dict)
        metrics_exported_profile_by_namespace_counter = cls.__new__(cls)
        metrics_exported_profile_by_namespace_counter._unread = None
        metrics_exported_profile_by_namespace_counter.additional_properties = {}

        return metrics_exported_profile_by_namespace_counter

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        metrics_exported_profile_by_namespace_counter = cls.__new__(cls)
        metrics_exported_profile_by_namespace_counter._unread = None
        metrics_exported_profile_by_namespace_counter.additional_properties = d

        if cls is not MetricsExportedProfileByNamespaceCounter:
            complete_subclass(metrics_exported_profile_by_namespace_counter, MetricsExportedProfileByNamespaceCounter)
        return metrics_exported_profile_by_namespace_counter

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> int:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: int) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
