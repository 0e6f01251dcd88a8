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

T = TypeVar("T", bound="CancelResult")


@_attrs_define
class CancelResult(Model):
    """The answer to a cancel."""

    status: bool
    """ Whether the job was marked for cancelling. """
    message: str
    """ What happened. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_status = src_dict.get("status", UNSET)
        raw_message = src_dict.get("message", UNSET)
        common = cls is CancelResult and type(raw_status) is bool and type(raw_message) is str and len(src_dict) == 2
        if not common:
            return cls._from_any_dict(src_dict)
        status = raw_status

        message = raw_message

        cancel_result = cls.__new__(cls)
        cancel_result._unread = None
        cancel_result.status = status
        cancel_result.message = message
        cancel_result.additional_properties = {}

        return cancel_result

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        raw_status = d.pop("status")
        if not isinstance(raw_status, bool):
            raise TypeError(f"CancelResult.status: {raw_status!r:.100} does not fit the spec")
        status = raw_status

        raw_message = d.pop("message")
        if not (type(raw_message) is str or isinstance(raw_message, str)):
            raise TypeError(f"CancelResult.message: {raw_message!r:.100} does not fit the spec")
        message = raw_message

        cancel_result = cls.__new__(cls)
        cancel_result._unread = None
        cancel_result.status = status
        cancel_result.message = message
        cancel_result.additional_properties = d

        if cls is not CancelResult:
            complete_subclass(cancel_result, CancelResult)
        return cancel_result

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
