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

T = TypeVar("T", bound="ComputeGatewayJobId")


@_attrs_define
class ComputeGatewayJobId(Model):
    """The ids of the internal jobs that carry out the export."""

    export_job: str | Unset = UNSET
    """ The id of the export step. """
    push_job: str | Unset = UNSET
    """ The id of the push step (absent in later revisions of the service). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        export_job = self.export_job

        push_job = self.push_job

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if export_job is not UNSET:
            field_dict["exportJob"] = export_job
        if push_job is not UNSET:
            field_dict["pushJob"] = push_job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_export_job = src_dict.get("exportJob", UNSET)
        raw_push_job = src_dict.get("pushJob", UNSET)
        common = (
            cls is ComputeGatewayJobId
            and (raw_export_job is UNSET or type(raw_export_job) is str)
            and (raw_push_job is UNSET or type(raw_push_job) is str)
            and len(src_dict) == 0 + (raw_export_job is not UNSET) + (raw_push_job is not UNSET)
        )
        if not common:
            return cls._from_any_dict(src_dict)
        export_job = raw_export_job

        push_job = raw_push_job

        compute_gateway_job_id = cls.__new__(cls)
        compute_gateway_job_id._unread = None
        compute_gateway_job_id.export_job = export_job
        compute_gateway_job_id.push_job = push_job
        compute_gateway_job_id.additional_properties = {}

        return compute_gateway_job_id

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        raw_export_job = d.pop("exportJob", UNSET)
        if raw_export_job is not UNSET and not (type(raw_export_job) is str or isinstance(raw_export_job, str)):
            d["exportJob"] = raw_export_job
            raw_export_job = UNSET
        export_job = raw_export_job

        raw_push_job = d.pop("pushJob", UNSET)
        if raw_push_job is not UNSET and not (type(raw_push_job) is str or isinstance(raw_push_job, str)):
            d["pushJob"] = raw_push_job
            raw_push_job = UNSET
        push_job = raw_push_job

        compute_gateway_job_id = cls.__new__(cls)
        compute_gateway_job_id._unread = None
        compute_gateway_job_id.export_job = export_job
        compute_gateway_job_id.push_job = push_job
        compute_gateway_job_id.additional_properties = d

        if cls is not ComputeGatewayJobId:
            complete_subclass(compute_gateway_job_id, ComputeGatewayJobId)
        return compute_gateway_job_id

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
