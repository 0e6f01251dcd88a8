"""The toolkit's fixtures, as an installed toolkit's pytest11 entry point provides them.

Imported here rather than loaded with ``-p``: a plugin loaded before coverage
starts would hide the mock's module-level code from the coverage figures.
"""

from export_jobs_mock.pytest_plugin import (  # noqa: F401 (fixtures, found by name)
    export_jobs_mock,
    export_jobs_mock_server,
)
