"""Which operation of the spec a request's path and method name, or the 404/405 reply.

The answer depends on the path and method alone, so it is remembered per path
(a bounded map: hostile requests with ever new paths cannot make it grow).
"""

from __future__ import annotations

from export_jobs_mock.replies import Reply, problem
from export_jobs_spec import Operation, Spec

#: Paths remembered; past it the map starts again (a job's path is one entry).
_MAX_PATHS = 4096
#: Longer paths are matched every time, never remembered: hostile ones cannot fill memory.
_MAX_REMEMBERED_PATH = 256
Route = tuple[Operation, dict[str, str]]
_Matches = tuple[tuple[Operation, dict[str, str]], ...]


class Routes:
    """The spec's operations by path and method."""

    def __init__(self, spec: Spec) -> None:
        self._spec = spec
        self._base = spec.base_path
        self._matches: dict[str, _Matches] = {}

    def find(self, path: str, method: str) -> Route | Reply:
        """The operation and its path parameters, or the reply saying why there is none.

        The parameters are shared between requests: read them, never change them.
        """
        matches = self._matches.get(path)
        if matches is None:
            matches = self._match(path)
            if len(path) <= _MAX_REMEMBERED_PATH:
                if len(self._matches) >= _MAX_PATHS:
                    self._matches.clear()
                self._matches[path] = matches
        for operation, values in matches:
            if operation.method == method:
                return operation, values
        if not matches:
            return problem(404, 100404, "No such resource.", "Unknown path.")
        allowed = ", ".join(sorted({operation.method for operation, _ in matches}))
        reply = problem(405, 100405, "Method not allowed.", f"Allowed: {allowed}.")
        reply.headers["Allow"] = allowed
        return reply

    def _match(self, path: str) -> _Matches:
        base = self._base
        if path != base and not path.startswith(base + "/"):
            return ()
        relative = path[len(base) :] or "/"
        return tuple(
            (operation, found.groupdict())
            for operation in self._spec.operations
            if (found := operation.path_regex.match(relative)) is not None
        )
