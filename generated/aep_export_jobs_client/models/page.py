from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.page_sort import PageSort
from ..runtime import (
    Model,
    complete_subclass,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Page")


@_attrs_define
class Page(Model):
    """Where this page sits in the listing."""

    page_size: int
    """ The number of records on this page. """
    sort_field: str | Unset = UNSET
    """ The field the listing is sorted by. """
    sort: PageSort | Unset = UNSET
    """ The direction of the sort. """
    page_offset: str | Unset = UNSET
    """ Where the next page starts (the cursor `{creationTimeMs}_{id}` of the last record on this page, or a
    number). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_size = self.page_size

        sort_field = self.sort_field

        sort: str | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = self.sort.value

        page_offset = self.page_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pageSize": page_size,
            }
        )
        if sort_field is not UNSET:
            field_dict["sortField"] = sort_field
        if sort is not UNSET:
            field_dict["sort"] = sort
        if page_offset is not UNSET:
            field_dict["pageOffset"] = page_offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_page_size = src_dict.get("pageSize", UNSET)
        raw_sort_field = src_dict.get("sortField", UNSET)
        raw_sort = src_dict.get("sort", UNSET)
        raw_page_offset = src_dict.get("pageOffset", UNSET)
        common = (
            cls is Page
            and type(raw_page_size) is int
            and (raw_sort_field is UNSET or type(raw_sort_field) is str)
            and (raw_sort is UNSET or type(raw_sort) is str)
            and (raw_page_offset is UNSET or type(raw_page_offset) is str)
            and len(src_dict)
            == 1 + (raw_sort_field is not UNSET) + (raw_sort is not UNSET) + (raw_page_offset is not UNSET)
        )
        if not common:
            return cls._from_any_dict(src_dict)
        page_size = raw_page_size

        sort_field = raw_sort_field

        _sort = raw_sort
        sort: PageSort | Unset
        if isinstance(_sort, Unset):
            sort = UNSET
        else:
            sort = PageSort.parse(_sort)

        page_offset = raw_page_offset

        page = cls.__new__(cls)
        page._unread = None
        page.page_size = page_size
        page.sort_field = sort_field
        page.sort = sort
        page.page_offset = page_offset
        page.additional_properties = {}

        return page

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        raw_page_size = d.pop("pageSize")
        if not (type(raw_page_size) is int or (isinstance(raw_page_size, int) and not isinstance(raw_page_size, bool))):
            raise TypeError(f"Page.pageSize: {raw_page_size!r:.100} does not fit the spec")
        page_size = raw_page_size

        raw_sort_field = d.pop("sortField", UNSET)
        if raw_sort_field is not UNSET and not (type(raw_sort_field) is str or isinstance(raw_sort_field, str)):
            d["sortField"] = raw_sort_field
            raw_sort_field = UNSET
        sort_field = raw_sort_field

        raw_sort = d.pop("sort", UNSET)
        if raw_sort is not UNSET and not (type(raw_sort) is str or isinstance(raw_sort, str)):
            d["sort"] = raw_sort
            raw_sort = UNSET
        _sort = raw_sort
        sort: PageSort | Unset
        if isinstance(_sort, Unset):
            sort = UNSET
        else:
            sort = PageSort.parse(_sort)

        raw_page_offset = d.pop("pageOffset", UNSET)
        if raw_page_offset is not UNSET and not (type(raw_page_offset) is str or isinstance(raw_page_offset, str)):
            d["pageOffset"] = raw_page_offset
            raw_page_offset = UNSET
        page_offset = raw_page_offset

        page = cls.__new__(cls)
        page._unread = None
        page.page_size = page_size
        page.sort_field = sort_field
        page.sort = sort
        page.page_offset = page_offset
        page.additional_properties = d

        if cls is not Page:
            complete_subclass(page, Page)
        return page

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
