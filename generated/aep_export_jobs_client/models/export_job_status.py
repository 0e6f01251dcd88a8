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
        """An unknown value (the service adds some over time) as a pseudo-member of its own."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @classmethod
    def parse(cls, value: str) -> "ExportJobStatus":
        """``ExportJobStatus(value)``, with the values the spec lists looked up directly."""
        member = _MEMBERS.get(value)
        return member if member is not None else cls(value)


_MEMBERS: dict[str, ExportJobStatus] = {member.value: member for member in ExportJobStatus}
