from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime import (
    Model,
    complete_subclass,
)
from ..types import UNSET

T = TypeVar("T", bound="ProblemItem")


@_attrs_define
class ProblemItem(Model):
    """One error of a problem."""

    code: int | str
    """ The service's error code; some answers give the HTTP status as an integer. """
    message: str
    """ What went wrong. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int | str
        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_code = src_dict.get("code", UNSET)
        raw_message = src_dict.get("message", UNSET)
        common = (
            cls is ProblemItem
            and (type(raw_code) is str or type(raw_code) is int)
            and type(raw_message) is str
            and len(src_dict) == 2
        )
        if not common:
            return cls._from_any_dict(src_dict)

        def _parse_code(data: object) -> int | str:
            return cast(int | str, data)

        code = _parse_code(raw_code)

        message = raw_message

        problem_item = cls.__new__(cls)
        problem_item._unread = None
        problem_item.code = code
        problem_item.message = message
        problem_item.additional_properties = {}

        return problem_item

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        raw_code = d.pop("code")
        if not (
            (type(raw_code) is str or isinstance(raw_code, str))
            or (type(raw_code) is int or (isinstance(raw_code, int) and not isinstance(raw_code, bool)))
        ):
            raise TypeError(f"ProblemItem.code: {raw_code!r:.100} does not fit the spec")

        def _parse_code(data: object) -> int | str:
            return cast(int | str, data)

        code = _parse_code(raw_code)

        raw_message = d.pop("message")
        if not (type(raw_message) is str or isinstance(raw_message, str)):
            raise TypeError(f"ProblemItem.message: {raw_message!r:.100} does not fit the spec")
        message = raw_message

        problem_item = cls.__new__(cls)
        problem_item._unread = None
        problem_item.code = code
        problem_item.message = message
        problem_item.additional_properties = d

        if cls is not ProblemItem:
            complete_subclass(problem_item, ProblemItem)
        return problem_item

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
