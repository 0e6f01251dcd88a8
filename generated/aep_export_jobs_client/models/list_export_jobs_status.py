from enum import StrEnum


class ListExportJobsStatus(StrEnum):
    FAILED = "FAILED"
    NEW = "NEW"
    SUCCEEDED = "SUCCEEDED"

    def __str__(self) -> str:
        return str(self.value)
