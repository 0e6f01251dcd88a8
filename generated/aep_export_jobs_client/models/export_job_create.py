from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, pop_optional

T = TypeVar("T", bound="ExportJobCreate")


@_attrs_define
class ExportJobCreate:
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

    def to_dict(self) -> dict[str, Any]:
        destination = self.destination.to_dict()

        schema = self.schema.to_dict()

        fields = self.fields

        merge_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merge_policy, Unset):
            merge_policy = self.merge_policy.to_dict()

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        additional_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_fields, Unset):
            additional_fields = self.additional_fields.to_dict()

        field_dict: dict[str, Any] = {}

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination = DestinationCreate.from_dict(d.pop("destination"))

        schema = SchemaRef.from_dict(d.pop("schema"))

        fields = pop_optional(d, "fields")

        _merge_policy = pop_optional(d, "mergePolicy")
        merge_policy: MergePolicy | Unset
        if isinstance(_merge_policy, Unset):
            merge_policy = UNSET
        else:
            merge_policy = MergePolicy.from_dict(_merge_policy)

        _filter_ = pop_optional(d, "filter")
        filter_: Filter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = Filter.from_dict(_filter_)

        _additional_fields = pop_optional(d, "additionalFields")
        additional_fields: AdditionalFields | Unset
        if isinstance(_additional_fields, Unset):
            additional_fields = UNSET
        else:
            additional_fields = AdditionalFields.from_dict(_additional_fields)

        export_job_create = cls(
            destination=destination,
            schema=schema,
            fields=fields,
            merge_policy=merge_policy,
            filter_=filter_,
            additional_fields=additional_fields,
        )

        return export_job_create


# Models this one refers to are imported last: not inside each method (an import
# statement on every call cost about a third of the parsing time) and not at the
# top (two models that refer to each other could not load); when these lines run,
# this module's class already exists.
from ..models.additional_fields import AdditionalFields  # noqa: E402
from ..models.destination_create import DestinationCreate  # noqa: E402
from ..models.filter_ import Filter  # noqa: E402
from ..models.merge_policy import MergePolicy  # noqa: E402
from ..models.schema_ref import SchemaRef  # noqa: E402
