from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime import (
    LazyModel,
    LazySequence,
    built_on_first_read,
    complete_subclass,
    copy_json,
    init_slot,
)
from ..types import UNSET

T = TypeVar("T", bound="ExportJobList")


@_attrs_define
class ExportJobList(LazyModel):
    """A page of export jobs."""

    records: Sequence[ExportJob]
    """ The jobs on this page, newest first. """
    page: Page
    """ Where this page sits in the listing. """
    link: Link
    """ Links to further pages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unread = getattr(self, "_unread", None) or {}
        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        if "page" not in unread:
            page = self.page.to_dict()
        else:
            page = copy_json(unread["page"])

        if "link" not in unread:
            link = self.link.to_dict()
        else:
            link = copy_json(unread["link"])

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "records": records,
                "page": page,
                "link": link,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_records = src_dict.get("records", UNSET)
        raw_page = src_dict.get("page", UNSET)
        raw_link = src_dict.get("link", UNSET)
        common = (
            cls is ExportJobList
            and type(raw_records) is list
            and type(raw_page) is dict
            and type(raw_link) is dict
            and len(src_dict) == 3
        )
        if not common:
            return cls._from_any_dict(src_dict)
        unread: dict[str, Any] = {}
        records = LazySequence(raw_records, ExportJob.from_dict, "ExportJobList.records")

        export_job_list: T = object.__new__(ExportJobList._assembly)
        export_job_list._unread = unread
        export_job_list.records = records
        unread["page"] = raw_page
        unread["link"] = raw_link
        export_job_list.additional_properties = {}
        export_job_list.__class__ = cls

        return export_job_list

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        unread: dict[str, Any] = {}
        raw_records = d.pop("records")
        if not isinstance(raw_records, list):
            raise TypeError(f"ExportJobList.records: {raw_records!r:.100} does not fit the spec")
        records = LazySequence(raw_records, ExportJob.from_dict, "ExportJobList.records")

        raw_page = d.pop("page")
        if not (type(raw_page) is dict or isinstance(raw_page, dict)):
            raise TypeError(f"ExportJobList.page: {raw_page!r:.100} does not fit the spec")

        raw_link = d.pop("link")
        if not (type(raw_link) is dict or isinstance(raw_link, dict)):
            raise TypeError(f"ExportJobList.link: {raw_link!r:.100} does not fit the spec")

        export_job_list = cls.__new__(cls)
        init_slot(export_job_list, "_unread", unread)
        init_slot(export_job_list, "records", records)
        unread["page"] = raw_page
        unread["link"] = raw_link
        init_slot(export_job_list, "additional_properties", d)

        if cls is not ExportJobList:
            complete_subclass(export_job_list, ExportJobList)
        return export_job_list

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


from ..models.export_job import ExportJob  # noqa: E402
from ..models.link import Link  # noqa: E402
from ..models.page import Page  # noqa: E402

built_on_first_read(
    ExportJobList,
    {
        "page": Page.from_dict,
        "link": Link.from_dict,
    },
)
