"""The mock's random ids: in the service's formats, version-4, and never repeated."""

from __future__ import annotations

import re
import uuid

from export_jobs_mock import ids

PLAIN = re.compile(r"[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}")


def test_request_ids_are_version_4_uuids() -> None:
    for _ in range(2000):  # crosses a refill of the pool
        text = ids.request_id()
        parsed = uuid.UUID(text)
        assert str(parsed) == text
        assert (parsed.version, parsed.variant) == (4, uuid.RFC_4122)


def test_a_jobs_references_and_batch_ids_are_distinct_and_well_formed() -> None:
    references, batches = ids.job_ids(3)
    assert len(references) == 3
    assert len(batches) == 3
    assert all(uuid.UUID(text).version == 4 for text in references)
    assert all(PLAIN.fullmatch(text) for text in batches)
    assert len({text.replace("-", "") for text in references} | set(batches)) == 6
    assert PLAIN.fullmatch(ids.batch_id())


def test_ids_do_not_repeat() -> None:
    drawn = [ids.request_id() for _ in range(5000)]
    drawn += [text for _ in range(1000) for text in ids.job_ids(2)[0]]
    assert len(set(drawn)) == len(drawn)
