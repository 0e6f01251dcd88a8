from enum import StrEnum


class SegmentStatus(StrEnum):
    EXISTING = "existing"
    EXITED = "exited"
    REALIZED = "realized"

    def __str__(self) -> str:
        return str(self.value)
