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

T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem(LazyModel):
    """A problem-style error raised by the service."""

    title: str
    """ A short summary of the problem. """
    status: int
    """ The HTTP status code. """
    type_: str | Unset = UNSET
    """ A URI that names the kind of problem. """
    detail: str | Unset = UNSET
    """ A longer explanation of this occurrence. """
    request_id: str | Unset = UNSET
    """ The id of the request, for support. """
    errors: ProblemErrors | Unset = UNSET
    """ The errors, grouped by HTTP status code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unread = getattr(self, "_unread", None) or {}
        title = self.title

        status = self.status

        type_ = self.type_

        detail = self.detail

        request_id = self.request_id

        if "errors" not in unread:
            errors: dict[str, Any] | Unset = UNSET
            if not isinstance(self.errors, Unset):
                errors = self.errors.to_dict()
        else:
            errors = copy_json(unread["errors"])

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "status": status,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if detail is not UNSET:
            field_dict["detail"] = detail
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            return cls._from_any_dict(src_dict)
        raw_title = src_dict.get("title", UNSET)
        raw_status = src_dict.get("status", UNSET)
        raw_type_ = src_dict.get("type", UNSET)
        raw_detail = src_dict.get("detail", UNSET)
        raw_request_id = src_dict.get("requestId", UNSET)
        raw_errors = src_dict.get("errors", UNSET)
        common = (
            cls is Problem
            and type(raw_title) is str
            and type(raw_status) is int
            and (raw_type_ is UNSET or type(raw_type_) is str)
            and (raw_detail is UNSET or type(raw_detail) is str)
            and (raw_request_id is UNSET or type(raw_request_id) is str)
            and (raw_errors is UNSET or type(raw_errors) is dict)
            and len(src_dict)
            == 2
            + (raw_type_ is not UNSET)
            + (raw_detail is not UNSET)
            + (raw_request_id is not UNSET)
            + (raw_errors is not UNSET)
        )
        if not common:
            return cls._from_any_dict(src_dict)
        unread: dict[str, Any] = {}
        title = raw_title

        status = raw_status

        type_ = raw_type_

        detail = raw_detail

        request_id = raw_request_id

        problem: T = object.__new__(Problem._assembly)
        problem._unread = unread
        problem.title = title
        problem.status = status
        problem.type_ = type_
        problem.detail = detail
        problem.request_id = request_id
        if raw_errors is UNSET:
            problem.errors = UNSET
        else:
            unread["errors"] = raw_errors
        problem.additional_properties = {}
        problem.__class__ = cls

        return problem

    @classmethod
    def _from_any_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict``'s general path: any mapping, for any subclass."""
        d = dict(src_dict)
        unread: dict[str, Any] = {}
        raw_title = d.pop("title")
        if not (type(raw_title) is str or isinstance(raw_title, str)):
            raise TypeError(f"Problem.title: {raw_title!r:.100} does not fit the spec")
        title = raw_title

        raw_status = d.pop("status")
        if not (type(raw_status) is int or (isinstance(raw_status, int) and not isinstance(raw_status, bool))):
            raise TypeError(f"Problem.status: {raw_status!r:.100} does not fit the spec")
        status = raw_status

        raw_type_ = d.pop("type", UNSET)
        if raw_type_ is not UNSET and not (type(raw_type_) is str or isinstance(raw_type_, str)):
            d["type"] = raw_type_
            raw_type_ = UNSET
        type_ = raw_type_

        raw_detail = d.pop("detail", UNSET)
        if raw_detail is not UNSET and not (type(raw_detail) is str or isinstance(raw_detail, str)):
            d["detail"] = raw_detail
            raw_detail = UNSET
        detail = raw_detail

        raw_request_id = d.pop("requestId", UNSET)
        if raw_request_id is not UNSET and not (type(raw_request_id) is str or isinstance(raw_request_id, str)):
            d["requestId"] = raw_request_id
            raw_request_id = UNSET
        request_id = raw_request_id

        raw_errors = d.pop("errors", UNSET)
        if raw_errors is not UNSET and not (type(raw_errors) is dict or isinstance(raw_errors, dict)):
            d["errors"] = raw_errors
            raw_errors = UNSET

        problem = cls.__new__(cls)
        init_slot(problem, "_unread", unread)
        init_slot(problem, "title", title)
        init_slot(problem, "status", status)
        init_slot(problem, "type_", type_)
        init_slot(problem, "detail", detail)
        init_slot(problem, "request_id", request_id)
        if raw_errors is UNSET:
            init_slot(problem, "errors", UNSET)
        else:
            unread["errors"] = raw_errors
        init_slot(problem, "additional_properties", d)

        if cls is not Problem:
            complete_subclass(problem, Problem)
        return problem

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


from ..models.problem_errors import ProblemErrors  # noqa: E402

built_on_first_read(
    Problem,
    {
        "errors": ProblemErrors.from_dict,
    },
)
