from enum import StrEnum


class ExportJobStatus(StrEnum):
    FAILED = "FAILED"
    NEW = "NEW"
    PROCESSING = "PROCESSING"
    SUCCEEDED = "SUCCEEDED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ExportJobStatus | None":
        # The service adds values over time: keep an unknown one as a pseudo-member
        # (readable as its string, round-trips through to_dict) instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @classmethod
    def parse(cls, value: str) -> "ExportJobStatus":
        """``ExportJobStatus(value)``, about twice as fast for the values the spec lists."""
        member = _MEMBERS.get(value)
        return member if member is not None else cls(value)


_MEMBERS: dict[str, ExportJobStatus] = {member.value: member for member in ExportJobStatus}
