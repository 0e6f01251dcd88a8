from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, pop_optional

T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem:
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
        title = self.title

        status = self.status

        type_ = self.type_

        detail = self.detail

        request_id = self.request_id

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

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
        d = dict(src_dict)
        title = d.pop("title")

        status = d.pop("status")

        type_ = pop_optional(d, "type")

        detail = pop_optional(d, "detail")

        request_id = pop_optional(d, "requestId")

        _errors = pop_optional(d, "errors")
        errors: ProblemErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = ProblemErrors.from_dict(_errors)

        problem = cls(
            title=title,
            status=status,
            type_=type_,
            detail=detail,
            request_id=request_id,
            errors=errors,
        )

        problem.additional_properties = d
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


# Models this one refers to are imported last: not inside each method (an import
# statement on every call cost about a third of the parsing time) and not at the
# top (two models that refer to each other could not load); when these lines run,
# this module's class already exists.
from ..models.problem_errors import ProblemErrors  # noqa: E402
