from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_job_status import ExportJobStatus
from ..models.job_type import JobType
from ..runtime import (
    LazyModel,
    all_of_type,
    built_on_first_read,
    complete_subclass,
    copy_json,
    init_slot,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportJob")


@_attrs_define
class ExportJob(LazyModel):
    """An export job as the service reports it."""

    id: int
    """ The integer id of an export job. """
    status: ExportJobStatus
    """ Where the job is in its lifecycle: `NEW` → `PROCESSING` →
    `SUCCEEDED` or `FAILED`. The service may add values; clients should
    keep unknown ones rather than fail.
     """
    destination: Destination
    """ Where the job exports to, and the batches it wrote. The dataset is
    named by `datasetId`; one revision of the guide spells it `dataSetId`.
     """
    schema: JobSchema
    """ The schema of the exported data, as the job reports it. """
    ims_org_id: str
    """ The organisation the job belongs to. """
    creation_time: int
    """ A point in time as milliseconds since the Unix epoch. """
    update_time: int
    """ A point in time as milliseconds since the Unix epoch. """
    job_type: JobType | Unset = UNSET
    """ How the audiences were evaluated. The service may add values. """
    fields: str | Unset = UNSET
    """ Comma-separated profile fields exported. """
    filter_: JobFilter | Unset = UNSET
    """ Which profiles the job exports, as it reports it. """
    additional_fields: JobAdditionalFields | Unset = UNSET
    """ Data exported beside each profile, as the job reports it. """
    merge_policy: JobMergePolicy | Unset = UNSET
    """ The merge policy used to build the exported profiles, as the job reports it. """
    evaluation_info: JobEvaluationInfo | Unset = UNSET
    """ How the audiences were evaluated before the export, as the job reports it. """
    profile_instance_id: str | Unset = UNSET
    """ The profile store instance exported from. """
    errors: list[ExportJobError] | Unset = UNSET
    """ Why the job failed, when it did. """
    metrics: Metrics | Unset = UNSET
    """ How long the job took, per step. A `NEW` job may report only the start of `totalTime`; the service adds
    counters over time. """
    compute_gateway_job_id: ComputeGatewayJobId | Unset = UNSET
    """ The ids of the internal jobs that carry out the export. """
    request_id: str | Unset = UNSET
    """ The id of the request that created the job. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unread = getattr(self, "_unread", None) or {}
        id = self.id

        status = self.status.value

        if "destination" not in unread:
            destination = self.destination.to_dict()
        else:
            destination = copy_json(unread["destination"])

        if "schema" not in unread:
            schema = self.schema.to_dict()
        else:
            schema = copy_json(unread["schema"])

        ims_org_id = self.ims_org_id

        creation_time = self.creation_time

        update_time = self.update_time

        job_type: str | Unset = UNSET
        if not isinstance(self.job_type, Unset):
            job_type = self.job_type.value

        fields = self.fields

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

        if "merge_policy" not in unread:
            merge_policy: dict[str, Any] | Unset = UNSET
            if not isinstance(self.merge_policy, Unset):
                merge_policy = self.merge_policy.to_dict()
        else:
            merge_policy = copy_json(unread["merge_policy"])

        if "evaluation_info" not in unread:
            evaluation_info: dict[str, Any] | Unset = UNSET
            if not isinstance(self.evaluation_info, Unset):
                evaluation_info = self.evaluation_info.to_dict()
        else:
            evaluation_info = copy_json(unread["evaluation_info"])

        profile_instance_id = self.profile_instance_id

        if "errors" not in unread:
            errors: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.errors, Unset):
                errors = []
                for errors_item_data in self.errors:
                    errors_item = errors_item_data.to_dict()
                    errors.append(errors_item)

        else:
            errors = copy_json(unread["errors"])

        if "metrics" not in unread:
            metrics: dict[str, Any] | Unset = UNSET
            if not isinstance(self.metrics, Unset):
                metrics = self.metrics.to_dict()
        else:
            metrics = copy_json(unread["metrics"])

        if "compute_gateway_job_id" not in unread:
            compute_gateway_job_id: dict[str, Any] | Unset = UNSET
            if not isinstance(self.compute_gateway_job_id, Unset):
                compute_gateway_job_id = self.compute_gateway_job_id.to_dict()
        else:
            compute_gateway_job_id = copy_json(unread["compute_gateway_job_id"])

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "destination": destination,
                "schema": schema,
                "imsOrgId": ims_org_id,
                "creationTime": creation_time,
                "updateTime": update_time,
            }
        )
        if job_type is not UNSET:
            field_dict["jobType"] = job_type
        if fields is not UNSET:
            field_dict["fields"] = fields
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if additional_fields is not UNSET:
            field_dict["additionalFields"] = additional_fields
        if merge_policy is not UNSET:
            field_dict["mergePolicy"] = merge_policy
        if evaluation_info is not UNSET:
            field_dict["evaluationInfo"] = evaluation_info
        if profile_instance_id is not UNSET:
            field_dict["profileInstanceId"] = profile_instance_id
        if errors is not UNSET:
            field_dict["errors"] = errors
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if compute_gateway_job_id is not UNSET:
            field_dict["computeGatewayJobId"] = compute_gateway_job_id
        if request_id is not UNSET:
            field_dict["requestId"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_id = src_dict.get("id", UNSET)
        raw_status = src_dict.get("status", UNSET)
        raw_destination = src_dict.get("destination", UNSET)
        raw_schema = src_dict.get("schema", UNSET)
        raw_ims_org_id = src_dict.get("imsOrgId", UNSET)
        raw_creation_time = src_dict.get("creationTime", UNSET)
        raw_update_time = src_dict.get("updateTime", UNSET)
        raw_job_type = src_dict.get("jobType", UNSET)
        raw_fields = src_dict.get("fields", UNSET)
        raw_filter_ = src_dict.get("filter", UNSET)
        raw_additional_fields = src_dict.get("additionalFields", UNSET)
        raw_merge_policy = src_dict.get("mergePolicy", UNSET)
        raw_evaluation_info = src_dict.get("evaluationInfo", UNSET)
        raw_profile_instance_id = src_dict.get("profileInstanceId", UNSET)
        raw_errors = src_dict.get("errors", UNSET)
        raw_metrics = src_dict.get("metrics", UNSET)
        raw_compute_gateway_job_id = src_dict.get("computeGatewayJobId", UNSET)
        raw_request_id = src_dict.get("requestId", UNSET)
        common = (
            cls is ExportJob
            and type(raw_id) is int
            and type(raw_status) is str
            and type(raw_destination) is dict
            and type(raw_schema) is dict
            and type(raw_ims_org_id) is str
            and type(raw_creation_time) is int
            and type(raw_update_time) is int
            and (raw_job_type is UNSET or type(raw_job_type) is str)
            and (raw_fields is UNSET or type(raw_fields) is str)
            and (raw_filter_ is UNSET or type(raw_filter_) is dict)
            and (raw_additional_fields is UNSET or type(raw_additional_fields) is dict)
            and (raw_merge_policy is UNSET or type(raw_merge_policy) is dict)
            and (raw_evaluation_info is UNSET or type(raw_evaluation_info) is dict)
            and (raw_profile_instance_id is UNSET or type(raw_profile_instance_id) is str)
            and (raw_errors is UNSET or (type(raw_errors) is list and all_of_type(raw_errors, dict)))
            and (raw_metrics is UNSET or type(raw_metrics) is dict)
            and (raw_compute_gateway_job_id is UNSET or type(raw_compute_gateway_job_id) is dict)
            and (raw_request_id is UNSET or type(raw_request_id) is str)
            and len(src_dict)
            == 7
            + (raw_job_type is not UNSET)
            + (raw_fields is not UNSET)
            + (raw_filter_ is not UNSET)
            + (raw_additional_fields is not UNSET)
            + (raw_merge_policy is not UNSET)
            + (raw_evaluation_info is not UNSET)
            + (raw_profile_instance_id is not UNSET)
            + (raw_errors is not UNSET)
            + (raw_metrics is not UNSET)
            + (raw_compute_gateway_job_id is not UNSET)
            + (raw_request_id is not UNSET)
        )
        if not common:
            return cls._from_any_dict(src_dict)
        unread: dict[str, Any] = {}
        id = raw_id

        status = ExportJobStatus.parse(raw_status)

        ims_org_id = raw_ims_org_id

        creation_time = raw_creation_time

        update_time = raw_update_time

        _job_type = raw_job_type
        job_type: JobType | Unset
        if isinstance(_job_type, Unset):
            job_type = UNSET
        else:
            job_type = JobType.parse(_job_type)

        fields = raw_fields

        profile_instance_id = raw_profile_instance_id

        request_id = raw_request_id

        export_job: T = object.__new__(ExportJob._assembly)
        export_job._unread = unread
        export_job.id = id
        export_job.status = status
        unread["destination"] = raw_destination
        unread["schema"] = raw_schema
        export_job.ims_org_id = ims_org_id
        export_job.creation_time = creation_time
        export_job.update_time = update_time
        export_job.job_type = job_type
        export_job.fields = fields
        if raw_filter_ is UNSET:
            export_job.filter_ = UNSET
        else:
            unread["filter_"] = raw_filter_
        if raw_additional_fields is UNSET:
            export_job.additional_fields = UNSET
        else:
            unread["additional_fields"] = raw_additional_fields
        if raw_merge_policy is UNSET:
            export_job.merge_policy = UNSET
        else:
            unread["merge_policy"] = raw_merge_policy
        if raw_evaluation_info is UNSET:
            export_job.evaluation_info = UNSET
        else:
            unread["evaluation_info"] = raw_evaluation_info
        export_job.profile_instance_id = profile_instance_id
        if raw_errors is UNSET:
            export_job.errors = UNSET
        else:
            unread["errors"] = raw_errors
        if raw_metrics is UNSET:
            export_job.metrics = UNSET
        else:
            unread["metrics"] = raw_metrics
        if raw_compute_gateway_job_id is UNSET:
            export_job.compute_gateway_job_id = UNSET
        else:
            unread["compute_gateway_job_id"] = raw_compute_gateway_job_id
        export_job.request_id = request_id
        export_job.additional_properties = {}
        export_job.__class__ = cls

        return export_job

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        unread: dict[str, Any] = {}
        raw_id = d.pop("id")
        if not (type(raw_id) is int or (isinstance(raw_id, int) and not isinstance(raw_id, bool))):
            raise TypeError(f"ExportJob.id: {raw_id!r:.100} does not fit the spec")
        id = raw_id

        raw_status = d.pop("status")
        if not (type(raw_status) is str or isinstance(raw_status, str)):
            raise TypeError(f"ExportJob.status: {raw_status!r:.100} does not fit the spec")
        status = ExportJobStatus.parse(raw_status)

        raw_destination = d.pop("destination")
        if not (type(raw_destination) is dict or isinstance(raw_destination, dict)):
            raise TypeError(f"ExportJob.destination: {raw_destination!r:.100} does not fit the spec")

        raw_schema = d.pop("schema")
        if not (type(raw_schema) is dict or isinstance(raw_schema, dict)):
            raise TypeError(f"ExportJob.schema: {raw_schema!r:.100} does not fit the spec")

        raw_ims_org_id = d.pop("imsOrgId")
        if not (type(raw_ims_org_id) is str or isinstance(raw_ims_org_id, str)):
            raise TypeError(f"ExportJob.imsOrgId: {raw_ims_org_id!r:.100} does not fit the spec")
        ims_org_id = raw_ims_org_id

        raw_creation_time = d.pop("creationTime")
        if not (
            type(raw_creation_time) is int
            or (isinstance(raw_creation_time, int) and not isinstance(raw_creation_time, bool))
        ):
            raise TypeError(f"ExportJob.creationTime: {raw_creation_time!r:.100} does not fit the spec")
        creation_time = raw_creation_time

        raw_update_time = d.pop("updateTime")
        if not (
            type(raw_update_time) is int or (isinstance(raw_update_time, int) and not isinstance(raw_update_time, bool))
        ):
            raise TypeError(f"ExportJob.updateTime: {raw_update_time!r:.100} does not fit the spec")
        update_time = raw_update_time

        raw_job_type = d.pop("jobType", UNSET)
        if raw_job_type is not UNSET and not (type(raw_job_type) is str or isinstance(raw_job_type, str)):
            d["jobType"] = raw_job_type
            raw_job_type = UNSET
        _job_type = raw_job_type
        job_type: JobType | Unset
        if isinstance(_job_type, Unset):
            job_type = UNSET
        else:
            job_type = JobType.parse(_job_type)

        raw_fields = d.pop("fields", UNSET)
        if raw_fields is not UNSET and not (type(raw_fields) is str or isinstance(raw_fields, str)):
            d["fields"] = raw_fields
            raw_fields = UNSET
        fields = raw_fields

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

        raw_merge_policy = d.pop("mergePolicy", UNSET)
        if raw_merge_policy is not UNSET and not (type(raw_merge_policy) is dict or isinstance(raw_merge_policy, dict)):
            d["mergePolicy"] = raw_merge_policy
            raw_merge_policy = UNSET

        raw_evaluation_info = d.pop("evaluationInfo", UNSET)
        if raw_evaluation_info is not UNSET and not (
            type(raw_evaluation_info) is dict or isinstance(raw_evaluation_info, dict)
        ):
            d["evaluationInfo"] = raw_evaluation_info
            raw_evaluation_info = UNSET

        raw_profile_instance_id = d.pop("profileInstanceId", UNSET)
        if raw_profile_instance_id is not UNSET and not (
            type(raw_profile_instance_id) is str or isinstance(raw_profile_instance_id, str)
        ):
            d["profileInstanceId"] = raw_profile_instance_id
            raw_profile_instance_id = UNSET
        profile_instance_id = raw_profile_instance_id

        raw_errors = d.pop("errors", UNSET)
        if raw_errors is not UNSET and not (
            (type(raw_errors) is list or isinstance(raw_errors, list))
            and all((type(_item0) is dict or isinstance(_item0, dict)) for _item0 in raw_errors)
        ):
            d["errors"] = raw_errors
            raw_errors = UNSET

        raw_metrics = d.pop("metrics", UNSET)
        if raw_metrics is not UNSET and not (type(raw_metrics) is dict or isinstance(raw_metrics, dict)):
            d["metrics"] = raw_metrics
            raw_metrics = UNSET

        raw_compute_gateway_job_id = d.pop("computeGatewayJobId", UNSET)
        if raw_compute_gateway_job_id is not UNSET and not (
            type(raw_compute_gateway_job_id) is dict or isinstance(raw_compute_gateway_job_id, dict)
        ):
            d["computeGatewayJobId"] = raw_compute_gateway_job_id
            raw_compute_gateway_job_id = UNSET

        raw_request_id = d.pop("requestId", UNSET)
        if raw_request_id is not UNSET and not (type(raw_request_id) is str or isinstance(raw_request_id, str)):
            d["requestId"] = raw_request_id
            raw_request_id = UNSET
        request_id = raw_request_id

        export_job = cls.__new__(cls)
        init_slot(export_job, "_unread", unread)
        init_slot(export_job, "id", id)
        init_slot(export_job, "status", status)
        unread["destination"] = raw_destination
        unread["schema"] = raw_schema
        init_slot(export_job, "ims_org_id", ims_org_id)
        init_slot(export_job, "creation_time", creation_time)
        init_slot(export_job, "update_time", update_time)
        init_slot(export_job, "job_type", job_type)
        init_slot(export_job, "fields", fields)
        if raw_filter_ is UNSET:
            init_slot(export_job, "filter_", UNSET)
        else:
            unread["filter_"] = raw_filter_
        if raw_additional_fields is UNSET:
            init_slot(export_job, "additional_fields", UNSET)
        else:
            unread["additional_fields"] = raw_additional_fields
        if raw_merge_policy is UNSET:
            init_slot(export_job, "merge_policy", UNSET)
        else:
            unread["merge_policy"] = raw_merge_policy
        if raw_evaluation_info is UNSET:
            init_slot(export_job, "evaluation_info", UNSET)
        else:
            unread["evaluation_info"] = raw_evaluation_info
        init_slot(export_job, "profile_instance_id", profile_instance_id)
        if raw_errors is UNSET:
            init_slot(export_job, "errors", UNSET)
        else:
            unread["errors"] = raw_errors
        if raw_metrics is UNSET:
            init_slot(export_job, "metrics", UNSET)
        else:
            unread["metrics"] = raw_metrics
        if raw_compute_gateway_job_id is UNSET:
            init_slot(export_job, "compute_gateway_job_id", UNSET)
        else:
            unread["compute_gateway_job_id"] = raw_compute_gateway_job_id
        init_slot(export_job, "request_id", request_id)
        init_slot(export_job, "additional_properties", d)

        if cls is not ExportJob:
            complete_subclass(export_job, ExportJob)
        return export_job

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


def _build_errors(raw_errors: Any) -> Any:
    """``ExportJob.errors`` from its JSON, on its first read."""
    _errors = raw_errors
    errors: list[ExportJobError] | Unset = UNSET
    if _errors is not UNSET:
        errors = []
        for errors_item_data in _errors:
            errors_item = ExportJobError.from_dict(errors_item_data)

            errors.append(errors_item)

    return errors


from ..models.compute_gateway_job_id import ComputeGatewayJobId  # noqa: E402
from ..models.destination import Destination  # noqa: E402
from ..models.export_job_error import ExportJobError  # noqa: E402
from ..models.job_additional_fields import JobAdditionalFields  # noqa: E402
from ..models.job_evaluation_info import JobEvaluationInfo  # noqa: E402
from ..models.job_filter import JobFilter  # noqa: E402
from ..models.job_merge_policy import JobMergePolicy  # noqa: E402
from ..models.job_schema import JobSchema  # noqa: E402
from ..models.metrics import Metrics  # noqa: E402

built_on_first_read(
    ExportJob,
    {
        "destination": Destination.from_dict,
        "schema": JobSchema.from_dict,
        "filter_": JobFilter.from_dict,
        "additional_fields": JobAdditionalFields.from_dict,
        "merge_policy": JobMergePolicy.from_dict,
        "evaluation_info": JobEvaluationInfo.from_dict,
        "errors": _build_errors,
        "metrics": Metrics.from_dict,
        "compute_gateway_job_id": ComputeGatewayJobId.from_dict,
    },
)
