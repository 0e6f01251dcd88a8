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
