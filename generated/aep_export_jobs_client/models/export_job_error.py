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

T = TypeVar("T", bound="ExportJobError")


@_attrs_define
class ExportJobError(Model):
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
        if code is not UNSET:
            field_dict["code"] = code
        if msg is not UNSET:
            field_dict["msg"] = msg
        if call_stack is not UNSET:
            field_dict["callStack"] = call_stack

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_code = src_dict.get("code", UNSET)
        raw_msg = src_dict.get("msg", UNSET)
        raw_call_stack = src_dict.get("callStack", UNSET)
        common = (
            cls is ExportJobError
            and (raw_code is UNSET or type(raw_code) is str)
            and (raw_msg is UNSET or type(raw_msg) is str)
            and (raw_call_stack is UNSET or type(raw_call_stack) is str)
            and len(src_dict) == 0 + (raw_code is not UNSET) + (raw_msg is not UNSET) + (raw_call_stack is not UNSET)
        )
        if not common:
            return cls._from_any_dict(src_dict)
        code = raw_code

        msg = raw_msg

        call_stack = raw_call_stack

        export_job_error = cls.__new__(cls)
        export_job_error._unread = None
        export_job_error.code = code
        export_job_error.msg = msg
        export_job_error.call_stack = call_stack
        export_job_error.additional_properties = {}

        return export_job_error

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        raw_code = d.pop("code", UNSET)
        if raw_code is not UNSET and not (type(raw_code) is str or isinstance(raw_code, str)):
            d["code"] = raw_code
            raw_code = UNSET
        code = raw_code

        raw_msg = d.pop("msg", UNSET)
        if raw_msg is not UNSET and not (type(raw_msg) is str or isinstance(raw_msg, str)):
            d["msg"] = raw_msg
            raw_msg = UNSET
        msg = raw_msg

        raw_call_stack = d.pop("callStack", UNSET)
        if raw_call_stack is not UNSET and not (type(raw_call_stack) is str or isinstance(raw_call_stack, str)):
            d["callStack"] = raw_call_stack
            raw_call_stack = UNSET
        call_stack = raw_call_stack

        export_job_error = cls.__new__(cls)
        export_job_error._unread = None
        export_job_error.code = code
        export_job_error.msg = msg
        export_job_error.call_stack = call_stack
        export_job_error.additional_properties = d

        if cls is not ExportJobError:
            complete_subclass(export_job_error, ExportJobError)
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
