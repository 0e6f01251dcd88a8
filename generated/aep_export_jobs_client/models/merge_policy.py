from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, pop_optional

T = TypeVar("T", bound="MergePolicy")


@_attrs_define
class MergePolicy:
    """The merge policy used to build the exported profiles."""

    id: str
    """ The `id` of the merge policy. """
    version: int | Unset = UNSET
    """ The version of the merge policy. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        version = pop_optional(d, "version")

        merge_policy = cls(
            id=id,
            version=version,
        )

        return merge_policy
