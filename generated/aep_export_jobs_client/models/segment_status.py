from enum import StrEnum


class SegmentStatus(StrEnum):
    EXISTING = "existing"
    EXITED = "exited"
    REALIZED = "realized"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SegmentStatus | None":
        """An unknown value (the service adds some over time) as a pseudo-member of its own."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @classmethod
    def parse(cls, value: str) -> "SegmentStatus":
        """``SegmentStatus(value)``, with the values the spec lists looked up directly."""
        member = _MEMBERS.get(value)
        return member if member is not None else cls(value)


_MEMBERS: dict[str, SegmentStatus] = {member.value: member for member in SegmentStatus}
