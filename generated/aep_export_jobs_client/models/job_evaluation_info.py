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

T = TypeVar("T", bound="JobEvaluationInfo")


@_attrs_define
class JobEvaluationInfo(Model):
    """How the audiences were evaluated before the export, as the job reports it."""

    segmentation: bool | Unset = UNSET
    """ Whether the audiences were evaluated anew before the export. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segmentation = self.segmentation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if segmentation is not UNSET:
            field_dict["segmentation"] = segmentation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_segmentation = src_dict.get("segmentation", UNSET)
        common = (
            cls is JobEvaluationInfo
            and (raw_segmentation is UNSET or type(raw_segmentation) is bool)
            and len(src_dict) == 0 + (raw_segmentation is not UNSET)
        )
        if not common:
            return cls._from_any_dict(src_dict)
        segmentation = raw_segmentation

        job_evaluation_info = cls.__new__(cls)
        job_evaluation_info._unread = None
        job_evaluation_info.segmentation = segmentation
        job_evaluation_info.additional_properties = {}

        return job_evaluation_info

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        raw_segmentation = d.pop("segmentation", UNSET)
        if raw_segmentation is not UNSET and not isinstance(raw_segmentation, bool):
            d["segmentation"] = raw_segmentation
            raw_segmentation = UNSET
        segmentation = raw_segmentation

        job_evaluation_info = cls.__new__(cls)
        job_evaluation_info._unread = None
        job_evaluation_info.segmentation = segmentation
        job_evaluation_info.additional_properties = d

        if cls is not JobEvaluationInfo:
            complete_subclass(job_evaluation_info, JobEvaluationInfo)
        return job_evaluation_info

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
