from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazySequence

T = TypeVar("T", bound="ExportJobList")


@_attrs_define
class ExportJobList:
    """A page of export jobs."""

    records: Sequence[ExportJob]
    """ The jobs on this page, newest first. """
    page: Page
    """ Where this page sits in the listing. """
    link: Link
    """ Links to further pages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        page = self.page.to_dict()

        link = self.link.to_dict()

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
        d = dict(src_dict)
        records = LazySequence.of(d.pop("records"), ExportJob.from_dict)

        page = Page.from_dict(d.pop("page"))

        link = Link.from_dict(d.pop("link"))

        export_job_list = cls(
            records=records,
            page=page,
            link=link,
        )

        export_job_list.additional_properties = d
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


# Models this one refers to are imported last: not inside each method (an import
# statement on every call cost about a third of the parsing time) and not at the
# top (two models that refer to each other could not load); when these lines run,
# this module's class already exists.
from ..models.export_job import ExportJob  # noqa: E402
from ..models.link import Link  # noqa: E402
from ..models.page import Page  # noqa: E402
