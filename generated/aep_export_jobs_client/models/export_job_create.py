from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime import (
    LazyModel,
    built_on_first_read,
    complete_subclass,
    copy_json,
    init_slot,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportJobCreate")


@_attrs_define
class ExportJobCreate(LazyModel):
    """A new export job."""

    destination: DestinationCreate
    """ Where to export to. """
    schema: SchemaRef
    """ The schema of the exported data. """
    fields: str | Unset = UNSET
    """ Comma-separated profile fields to export. Without it, all fields are exported. """
    merge_policy: MergePolicy | Unset = UNSET
    """ The merge policy used to build the exported profiles. """
    filter_: Filter | Unset = UNSET
    """ Which profiles to export. Without it, all profiles are exported. """
    additional_fields: AdditionalFields | Unset = UNSET
    """ Data exported beside each profile. """
    evaluation_info: EvaluationInfo | Unset = UNSET
    """ How the audiences are evaluated before the export. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unread = getattr(self, "_unread", None) or {}
        if "destination" not in unread:
            destination = self.destination.to_dict()
        else:
            destination = copy_json(unread["destination"])

        if "schema" not in unread:
            schema = self.schema.to_dict()
        else:
            schema = copy_json(unread["schema"])

        fields = self.fields

        if "merge_policy" not in unread:
            merge_policy: dict[str, Any] | Unset = UNSET
            if not isinstance(self.merge_policy, Unset):
                merge_policy = self.merge_policy.to_dict()
        else:
            merge_policy = copy_json(unread["merge_policy"])

        if "filter_" not in unread:
            filter_: dict[str, Any] | Unset = UNSET
            if not isinstance(self.filter_, Unset):
                filter_ = self.filter_.to_dict()
        else:
            filter_ = copy_json(unread["filter_"])

        if "additional_fields" not in unread:
            additional_fields: dict[str, Any] | Unset = UNSET
            if not isinstance(self.additional_fields, Unset):
                additional_fields = self.additional_fields.to_dict()
        else:
            additional_fields = copy_json(unread["additional_fields"])

        if "evaluation_info" not in unread:
            evaluation_info: dict[str, Any] | Unset = UNSET
            if not isinstance(self.evaluation_info, Unset):
                evaluation_info = self.evaluation_info.to_dict()
        else:
            evaluation_info = copy_json(unread["evaluation_info"])

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination": destination,
                "schema": schema,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields
        if merge_policy is not UNSET:
            field_dict["mergePolicy"] = merge_policy
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if additional_fields is not UNSET:
            field_dict["additionalFields"] = additional_fields
        if evaluation_info is not UNSET:
            field_dict["evaluationInfo"] = evaluation_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_destination = src_dict.get("destination", UNSET)
        raw_schema = src_dict.get("schema", UNSET)
        raw_fields = src_dict.get("fields", UNSET)
        raw_merge_policy = src_dict.get("mergePolicy", UNSET)
        raw_filter_ = src_dict.get("filter", UNSET)
        raw_additional_fields = src_dict.get("additionalFields", UNSET)
        raw_evaluation_info = src_dict.get("evaluationInfo", UNSET)
        common = (
            cls is ExportJobCreate
            and type(raw_destination) is dict
            and type(raw_schema) is dict
            and (raw_fields is UNSET or type(raw_fields) is str)
            and (raw_merge_policy is UNSET or type(raw_merge_policy) is dict)
            and (raw_filter_ is UNSET or type(raw_filter_) is dict)
            and (raw_additional_fields is UNSET or type(raw_additional_fields) is dict)
            and (raw_evaluation_info is UNSET or type(raw_evaluation_info) is dict)
            and len(src_dict)
            == 2
            + (raw_fields is not UNSET)
            + (raw_merge_policy is not UNSET)
            + (raw_filter_ is not UNSET)
            + (raw_additional_fields is not UNSET)
            + (raw_evaluation_info is not UNSET)
        )
        if not common:
            return cls._from_any_dict(src_dict)
        unread: dict[str, Any] = {}

        fields = raw_fields

        export_job_create: T = object.__new__(ExportJobCreate._assembly)
        export_job_create._unread = unread
        unread["destination"] = raw_destination
        unread["schema"] = raw_schema
        export_job_create.fields = fields
        if raw_merge_policy is UNSET:
            export_job_create.merge_policy = UNSET
        else:
            unread["merge_policy"] = raw_merge_policy
        if raw_filter_ is UNSET:
            export_job_create.filter_ = UNSET
        else:
            unread["filter_"] = raw_filter_
        if raw_additional_fields is UNSET:
            export_job_create.additional_fields = UNSET
        else:
            unread["additional_fields"] = raw_additional_fields
        if raw_evaluation_info is UNSET:
            export_job_create.evaluation_info = UNSET
        else:
            unread["evaluation_info"] = raw_evaluation_info
        export_job_create.additional_properties = {}
        export_job_create.__class__ = cls

        return export_job_create

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        unread: dict[str, Any] = {}
        raw_destination = d.pop("destination")
        if not (type(raw_destination) is dict or isinstance(raw_destination, dict)):
            raise TypeError(f"ExportJobCreate.destination: {raw_destination!r:.100} does not fit the spec")

        raw_schema = d.pop("schema")
        if not (type(raw_schema) is dict or isinstance(raw_schema, dict)):
            raise TypeError(f"ExportJobCreate.schema: {raw_schema!r:.100} does not fit the spec")

        raw_fields = d.pop("fields", UNSET)
        if raw_fields is not UNSET and not (type(raw_fields) is str or isinstance(raw_fields, str)):
            d["fields"] = raw_fields
            raw_fields = UNSET
        fields = raw_fields

        raw_merge_policy = d.pop("mergePolicy", UNSET)
        if raw_merge_policy is not UNSET and not (type(raw_merge_policy) is dict or isinstance(raw_merge_policy, dict)):
            d["mergePolicy"] = raw_merge_policy
            raw_merge_policy = UNSET

        raw_filter_ = d.pop("filter", UNSET)
        if raw_filter_ is not UNSET and not (type(raw_filter_) is dict or isinstance(raw_filter_, dict)):
            d["filter"] = raw_filter_
            raw_filter_ = UNSET

        raw_additional_fields = d.pop("additionalFields", UNSET)
        if raw_additional_fields is not UNSET and not (
            type(raw_additional_fields) is dict or isinstance(raw_additional_fields, dict)
        ):
            d["additionalFields"] = raw_additional_fields
            raw_additional_fields = UNSET

        raw_evaluation_info = d.pop("evaluationInfo", UNSET)
        if raw_evaluation_info is not UNSET and not (
            type(raw_evaluation_info) is dict or isinstance(raw_evaluation_info, dict)
        ):
            d["evaluationInfo"] = raw_evaluation_info
            raw_evaluation_info = UNSET

        export_job_create = cls.__new__(cls)
        init_slot(export_job_create, "_unread", unread)
        unread["destination"] = raw_destination
        unread["schema"] = raw_schema
        init_slot(export_job_create, "fields", fields)
        if raw_merge_policy is UNSET:
            init_slot(export_job_create, "merge_policy", UNSET)
        else:
            unread["merge_policy"] = raw_merge_policy
        if raw_filter_ is UNSET:
            init_slot(export_job_create, "filter_", UNSET)
        else:
            unread["filter_"] = raw_filter_
        if raw_additional_fields is UNSET:
            init_slot(export_job_create, "additional_fields", UNSET)
        else:
            unread["additional_fields"] = raw_additional_fields
        if raw_evaluation_info is UNSET:
            init_slot(export_job_create, "evaluation_info", UNSET)
        else:
            unread["evaluation_info"] = raw_evaluation_info
        init_slot(export_job_create, "additional_properties", d)

        if cls is not ExportJobCreate:
            complete_subclass(export_job_create, ExportJobCreate)
        return export_job_create

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


from ..models.additional_fields import AdditionalFields  # noqa: E402
from ..models.destination_create import DestinationCreate  # noqa: E402
from ..models.evaluation_info import EvaluationInfo  # noqa: E402
from ..models.filter_ import Filter  # noqa: E402
from ..models.merge_policy import MergePolicy  # noqa: E402
from ..models.schema_ref import SchemaRef  # noqa: E402

built_on_first_read(
    ExportJobCreate,
    {
        "destination": DestinationCreate.from_dict,
        "schema": SchemaRef.from_dict,
        "merge_policy": MergePolicy.from_dict,
        "filter_": Filter.from_dict,
        "additional_fields": AdditionalFields.from_dict,
        "evaluation_info": EvaluationInfo.from_dict,
    },
)
