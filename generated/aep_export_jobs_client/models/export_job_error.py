from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, pop_optional

T = TypeVar("T", bound="ExportJobError")


@_attrs_define
class ExportJobError:
    """Why an export job failed."""

    code: str | Unset = UNSET
    """ The error code. """
    msg: str | Unset = UNSET
    """ The error message. """
    call_stack: str | Unset = UNSET
    """ Where in the service the error arose. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        msg = self.msg

        call_stack = self.call_stack

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if msg is not UNSET:
            field_dict["msg"] = msg
        if call_stack is not UNSET:
            field_dict["callStack"] = call_stack

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = pop_optional(d, "code")

        msg = pop_optional(d, "msg")

        call_stack = pop_optional(d, "callStack")

        export_job_error = cls(
            code=code,
            msg=msg,
            call_stack=call_stack,
        )

        export_job_error.additional_properties = d
        return export_job_error

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
