from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime import (
    Model,
    complete_subclass,
)

T = TypeVar("T", bound="ProblemErrors")


@_attrs_define
class ProblemErrors(Model):
    """The errors, grouped by HTTP status code."""

    additional_properties: dict[str, list[ProblemItem]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        common = cls is ProblemErrors and len(src_dict) == 0
        if not common:
            return cls._from_any_dict(src_dict)
        problem_errors = cls.__new__(cls)
        problem_errors._unread = None
        problem_errors.additional_properties = {}

        return problem_errors

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = []
            _additional_property = prop_dict
            for additional_property_item_data in _additional_property:
                additional_property_item = ProblemItem.from_dict(additional_property_item_data)

                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        problem_errors = cls.__new__(cls)
        problem_errors._unread = None
        problem_errors.additional_properties = additional_properties

        if cls is not ProblemErrors:
            complete_subclass(problem_errors, ProblemErrors)
        return problem_errors

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[ProblemItem]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[ProblemItem]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.problem_item import ProblemItem  # noqa: E402
