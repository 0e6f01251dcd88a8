"""Contains all the data models used in inputs/outputs"""

from .additional_fields import AdditionalFields
from .cancel_result import CancelResult
from .compute_gateway_job_id import ComputeGatewayJobId
from .destination import Destination
from .destination_create import DestinationCreate
from .evaluation_info import EvaluationInfo
from .event_list import EventList
from .event_list_filter import EventListFilter
from .export_job import ExportJob
from .export_job_create import ExportJobCreate
from .export_job_error import ExportJobError
from .export_job_list import ExportJobList
from .export_job_status import ExportJobStatus
from .filter_ import Filter
from .gateway_error import GatewayError
from .job_additional_fields import JobAdditionalFields
from .job_evaluation_info import JobEvaluationInfo
from .job_event_list import JobEventList
from .job_event_list_filter import JobEventListFilter
from .job_filter import JobFilter
from .job_merge_policy import JobMergePolicy
from .job_schema import JobSchema
from .job_segment import JobSegment
from .job_time_window import JobTimeWindow
from .job_type import JobType
from .link import Link
from .list_export_jobs_status import ListExportJobsStatus
from .merge_policy import MergePolicy
from .metrics import Metrics
from .metrics_exported_profile_by_namespace_counter import MetricsExportedProfileByNamespaceCounter
from .page import Page
from .page_sort import PageSort
from .problem import Problem
from .problem_errors import ProblemErrors
from .problem_item import ProblemItem
from .schema_ref import SchemaRef
from .segment_batch import SegmentBatch
from .segment_filter import SegmentFilter
from .segment_status import SegmentStatus
from .time_metric import TimeMetric
from .time_window import TimeWindow

__all__ = (
    "AdditionalFields",
    "CancelResult",
    "ComputeGatewayJobId",
    "Destination",
    "DestinationCreate",
    "EvaluationInfo",
    "EventList",
    "EventListFilter",
    "ExportJob",
    "ExportJobCreate",
    "ExportJobError",
    "ExportJobList",
    "ExportJobStatus",
    "Filter",
    "GatewayError",
    "JobAdditionalFields",
    "JobEvaluationInfo",
    "JobEventList",
    "JobEventListFilter",
    "JobFilter",
    "JobMergePolicy",
    "JobSchema",
    "JobSegment",
    "JobTimeWindow",
    "JobType",
    "Link",
    "ListExportJobsStatus",
    "MergePolicy",
    "Metrics",
    "MetricsExportedProfileByNamespaceCounter",
    "Page",
    "PageSort",
    "Problem",
    "ProblemErrors",
    "ProblemItem",
    "SchemaRef",
    "SegmentBatch",
    "SegmentFilter",
    "SegmentStatus",
    "TimeMetric",
    "TimeWindow",
)
