"""The local run's scheduler without Snakemake's default submission rate limit."""

from types import SimpleNamespace

import pytest
from snakemake.scheduling.job_scheduler import JobRateLimiter
from snakemake.settings.types import MaxJobsPerTimespan

from qthermo.plumbing.scheduling import SNAKEMAKE_DEFAULT_LIMIT, drop_local_rate_limit


def _workflow(local: bool, limit: str | None):
    limiter = None if limit is None else JobRateLimiter(MaxJobsPerTimespan.parse_choice(limit))
    return SimpleNamespace(local_exec=local, scheduler=SimpleNamespace(job_rate_limiter=limiter))


def test_snakemake_default_is_the_limit_we_drop():
    """If Snakemake changes its default, this says so (the limit we recognise as default)."""
    from snakemake.cli import get_argument_parser

    default = get_argument_parser().get_default("max_jobs_per_timespan")
    parsed = MaxJobsPerTimespan.parse_choice(default) if isinstance(default, str) else default
    assert (parsed.max_jobs, float(parsed.timespan)) == SNAKEMAKE_DEFAULT_LIMIT


def test_local_run_with_the_default_limit_loses_it():
    wf = _workflow(local=True, limit="100/1s")
    assert drop_local_rate_limit(wf)
    assert wf.scheduler.job_rate_limiter is None
    assert not drop_local_rate_limit(wf)  # nothing left to drop


@pytest.mark.parametrize(
    ("local", "limit"),
    [(False, "100/1s"), (True, "10/1s"), (True, "100/1m"), (True, None)],
    ids=["cluster", "user-count", "user-timespan", "no-limit"],
)
def test_cluster_runs_and_chosen_limits_are_kept(local, limit):
    wf = _workflow(local=local, limit=limit)
    before = wf.scheduler.job_rate_limiter
    assert not drop_local_rate_limit(wf)
    assert wf.scheduler.job_rate_limiter is before


def test_no_scheduler_yet_is_not_an_error():
    assert not drop_local_rate_limit(SimpleNamespace(local_exec=True))
