from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_job_status import ExportJobStatus
from ..models.job_type import JobType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportJob")


@_attrs_define
class ExportJob:
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
    """ How long the job took, per step. Present once the job has finished; the service adds counters over time. """
    compute_gateway_job_id: ComputeGatewayJobId | Unset = UNSET
    """ The ids of the internal jobs that carry out the export. """
    request_id: str | Unset = UNSET
    """ The id of the request that created the job. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        destination = self.destination.to_dict()

        schema = self.schema.to_dict()

        ims_org_id = self.ims_org_id

        creation_time = self.creation_time

        update_time = self.update_time

        job_type: str | Unset = UNSET
        if not isinstance(self.job_type, Unset):
            job_type = self.job_type.value

        fields = self.fields

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        additional_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_fields, Unset):
            additional_fields = self.additional_fields.to_dict()

        merge_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merge_policy, Unset):
            merge_policy = self.merge_policy.to_dict()

        evaluation_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evaluation_info, Unset):
            evaluation_info = self.evaluation_info.to_dict()

        profile_instance_id = self.profile_instance_id

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        compute_gateway_job_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compute_gateway_job_id, Unset):
            compute_gateway_job_id = self.compute_gateway_job_id.to_dict()

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
        d = dict(src_dict)
        raw_id = d.pop("id")
        if not (isinstance(raw_id, int) and not isinstance(raw_id, bool)):
            raise TypeError(f"ExportJob.id: {raw_id!r:.100} does not fit the spec")
        id = raw_id

        raw_status = d.pop("status")
        if not isinstance(raw_status, str):
            raise TypeError(f"ExportJob.status: {raw_status!r:.100} does not fit the spec")
        status = ExportJobStatus.parse(raw_status)

        raw_destination = d.pop("destination")
        if not isinstance(raw_destination, dict):
            raise TypeError(f"ExportJob.destination: {raw_destination!r:.100} does not fit the spec")
        destination = Destination.from_dict(raw_destination)

        raw_schema = d.pop("schema")
        if not isinstance(raw_schema, dict):
            raise TypeError(f"ExportJob.schema: {raw_schema!r:.100} does not fit the spec")
        schema = JobSchema.from_dict(raw_schema)

        raw_ims_org_id = d.pop("imsOrgId")
        if not isinstance(raw_ims_org_id, str):
            raise TypeError(f"ExportJob.imsOrgId: {raw_ims_org_id!r:.100} does not fit the spec")
        ims_org_id = raw_ims_org_id

        raw_creation_time = d.pop("creationTime")
        if not (isinstance(raw_creation_time, int) and not isinstance(raw_creation_time, bool)):
            raise TypeError(f"ExportJob.creationTime: {raw_creation_time!r:.100} does not fit the spec")
        creation_time = raw_creation_time

        raw_update_time = d.pop("updateTime")
        if not (isinstance(raw_update_time, int) and not isinstance(raw_update_time, bool)):
            raise TypeError(f"ExportJob.updateTime: {raw_update_time!r:.100} does not fit the spec")
        update_time = raw_update_time

        raw_job_type = d.pop("jobType", UNSET)
        if raw_job_type is not UNSET and not isinstance(raw_job_type, str):
            d["jobType"] = raw_job_type
            raw_job_type = UNSET
        _job_type = raw_job_type
        job_type: JobType | Unset
        if isinstance(_job_type, Unset):
            job_type = UNSET
        else:
            job_type = JobType.parse(_job_type)

        raw_fields = d.pop("fields", UNSET)
        if raw_fields is not UNSET and not isinstance(raw_fields, str):
            d["fields"] = raw_fields
            raw_fields = UNSET
        fields = raw_fields

        raw_filter_ = d.pop("filter", UNSET)
        if raw_filter_ is not UNSET and not isinstance(raw_filter_, dict):
            d["filter"] = raw_filter_
            raw_filter_ = UNSET
        _filter_ = raw_filter_
        filter_: JobFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = JobFilter.from_dict(_filter_)

        raw_additional_fields = d.pop("additionalFields", UNSET)
        if raw_additional_fields is not UNSET and not isinstance(raw_additional_fields, dict):
            d["additionalFields"] = raw_additional_fields
            raw_additional_fields = UNSET
        _additional_fields = raw_additional_fields
        additional_fields: JobAdditionalFields | Unset
        if isinstance(_additional_fields, Unset):
            additional_fields = UNSET
        else:
            additional_fields = JobAdditionalFields.from_dict(_additional_fields)

        raw_merge_policy = d.pop("mergePolicy", UNSET)
        if raw_merge_policy is not UNSET and not isinstance(raw_merge_policy, dict):
            d["mergePolicy"] = raw_merge_policy
            raw_merge_policy = UNSET
        _merge_policy = raw_merge_policy
        merge_policy: JobMergePolicy | Unset
        if isinstance(_merge_policy, Unset):
            merge_policy = UNSET
        else:
            merge_policy = JobMergePolicy.from_dict(_merge_policy)

        raw_evaluation_info = d.pop("evaluationInfo", UNSET)
        if raw_evaluation_info is not UNSET and not isinstance(raw_evaluation_info, dict):
            d["evaluationInfo"] = raw_evaluation_info
            raw_evaluation_info = UNSET
        _evaluation_info = raw_evaluation_info
        evaluation_info: JobEvaluationInfo | Unset
        if isinstance(_evaluation_info, Unset):
            evaluation_info = UNSET
        else:
            evaluation_info = JobEvaluationInfo.from_dict(_evaluation_info)

        raw_profile_instance_id = d.pop("profileInstanceId", UNSET)
        if raw_profile_instance_id is not UNSET and not isinstance(raw_profile_instance_id, str):
            d["profileInstanceId"] = raw_profile_instance_id
            raw_profile_instance_id = UNSET
        profile_instance_id = raw_profile_instance_id

        raw_errors = d.pop("errors", UNSET)
        if raw_errors is not UNSET and not (
            isinstance(raw_errors, list) and all(isinstance(_item0, dict) for _item0 in raw_errors)
        ):
            d["errors"] = raw_errors
            raw_errors = UNSET
        _errors = raw_errors
        errors: list[ExportJobError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ExportJobError.from_dict(errors_item_data)

                errors.append(errors_item)

        raw_metrics = d.pop("metrics", UNSET)
        if raw_metrics is not UNSET and not isinstance(raw_metrics, dict):
            d["metrics"] = raw_metrics
            raw_metrics = UNSET
        _metrics = raw_metrics
        metrics: Metrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = Metrics.from_dict(_metrics)

        raw_compute_gateway_job_id = d.pop("computeGatewayJobId", UNSET)
        if raw_compute_gateway_job_id is not UNSET and not isinstance(raw_compute_gateway_job_id, dict):
            d["computeGatewayJobId"] = raw_compute_gateway_job_id
            raw_compute_gateway_job_id = UNSET
        _compute_gateway_job_id = raw_compute_gateway_job_id
        compute_gateway_job_id: ComputeGatewayJobId | Unset
        if isinstance(_compute_gateway_job_id, Unset):
            compute_gateway_job_id = UNSET
        else:
            compute_gateway_job_id = ComputeGatewayJobId.from_dict(_compute_gateway_job_id)

        raw_request_id = d.pop("requestId", UNSET)
        if raw_request_id is not UNSET and not isinstance(raw_request_id, str):
            d["requestId"] = raw_request_id
            raw_request_id = UNSET
        request_id = raw_request_id

        export_job = cls(
            id=id,
            status=status,
            destination=destination,
            schema=schema,
            ims_org_id=ims_org_id,
            creation_time=creation_time,
            update_time=update_time,
            job_type=job_type,
            fields=fields,
            filter_=filter_,
            additional_fields=additional_fields,
            merge_policy=merge_policy,
            evaluation_info=evaluation_info,
            profile_instance_id=profile_instance_id,
            errors=errors,
            metrics=metrics,
            compute_gateway_job_id=compute_gateway_job_id,
            request_id=request_id,
        )

        export_job.additional_properties = d
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


from ..models.compute_gateway_job_id import ComputeGatewayJobId  # noqa: E402
from ..models.destination import Destination  # noqa: E402
from ..models.export_job_error import ExportJobError  # noqa: E402
from ..models.job_additional_fields import JobAdditionalFields  # noqa: E402
from ..models.job_evaluation_info import JobEvaluationInfo  # noqa: E402
from ..models.job_filter import JobFilter  # noqa: E402
from ..models.job_merge_policy import JobMergePolicy  # noqa: E402
from ..models.job_schema import JobSchema  # noqa: E402
from ..models.metrics import Metrics  # noqa: E402
