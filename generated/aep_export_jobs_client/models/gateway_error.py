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

T = TypeVar("T", bound="GatewayError")


@_attrs_define
class GatewayError(Model):
    """An error raised by the gateway before the service saw the request."""

    error_code: str
    """ The gateway's error code, for example `403010`. """
    message: str
    """ What went wrong. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_code": error_code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_error_code = src_dict.get("error_code", UNSET)
        raw_message = src_dict.get("message", UNSET)
        common = cls is GatewayError and type(raw_error_code) is str and type(raw_message) is str and len(src_dict) == 2
        if not common:
            return cls._from_any_dict(src_dict)
        error_code = raw_error_code

        message = raw_message

        gateway_error = cls.__new__(cls)
        gateway_error._unread = None
        gateway_error.error_code = error_code
        gateway_error.message = message
        gateway_error.additional_properties = {}

        return gateway_error

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        raw_error_code = d.pop("error_code")
        if not (type(raw_error_code) is str or isinstance(raw_error_code, str)):
            raise TypeError(f"GatewayError.error_code: {raw_error_code!r:.100} does not fit the spec")
        error_code = raw_error_code

        raw_message = d.pop("message")
        if not (type(raw_message) is str or isinstance(raw_message, str)):
            raise TypeError(f"GatewayError.message: {raw_message!r:.100} does not fit the spec")
        message = raw_message

        gateway_error = cls.__new__(cls)
        gateway_error._unread = None
        gateway_error.error_code = error_code
        gateway_error.message = message
        gateway_error.additional_properties = d

        if cls is not GatewayError:
            complete_subclass(gateway_error, GatewayError)
        return gateway_error

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
