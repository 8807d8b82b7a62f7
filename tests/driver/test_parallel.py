"""The one parallel path: n_jobs checked, results in order."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("n_jobs", [0, -2, 1.5])
def test_bad_n_jobs_is_refused(n_jobs):
    from actorlens.driver.parallel import resolve_jobs

    with pytest.raises(ValueError, match="n_jobs"):
        resolve_jobs(n_jobs)
