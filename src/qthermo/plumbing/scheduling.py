"""Snakemake's scheduler in a local run: no job-submission rate limit.

Snakemake 9 applies ``--max-jobs-per-timespan`` (default ``100/1s``) to every run. With a limit
set, every scheduling round that leaves jobs waiting also starts a one-off timer thread that
triggers another round one timespan later, and each round so triggered starts its own timer.
The timers therefore add up: after k such rounds, about k re-evaluations per second. In a full
local regeneration (114 jobs on 2 cores, most of them waiting for a core) that made ~2300
scheduling rounds, each re-checking the existence and size of every ready job's inputs, and the
last timer keeps the process alive up to one timespan after the last job has finished.

The limit exists to spare a cluster's scheduler; a local run does not need it. The Snakefile's
``onstart`` hook removes it for local runs, so that a round happens when a job ends, as under
Snakemake's Python API, whose default is no limit. Cluster runs keep the limit, and so does a
local run given a limit other than the default on the command line or in a profile.
"""

from __future__ import annotations

from typing import Any

__all__ = ["LOCAL_SCHEDULING_NOTE", "SNAKEMAKE_DEFAULT_LIMIT", "drop_local_rate_limit"]

#: Snakemake's default ``--max-jobs-per-timespan 100/1s`` as (jobs, seconds)
SNAKEMAKE_DEFAULT_LIMIT = (100, 1.0)
#: what the run's log says when the limit was removed
LOCAL_SCHEDULING_NOTE = "Local run: jobs are scheduled without a submission rate limit."


def drop_local_rate_limit(workflow: Any) -> bool:
    """Remove the job-submission rate limit of a local run's scheduler (see the module
    docstring); returns whether there was one to remove.

    Does nothing for a cluster run, for a limit other than Snakemake's default (the user's own
    choice), or where the scheduler has no limit (``--dry-run``, ``--touch``).
    """
    scheduler = getattr(workflow, "scheduler", None)
    if not getattr(workflow, "local_exec", False) or scheduler is None:
        return False
    limiter = getattr(scheduler, "job_rate_limiter", None)
    if limiter is None or (limiter.max_jobs, float(limiter.timespan)) != SNAKEMAKE_DEFAULT_LIMIT:
        return False
    scheduler.job_rate_limiter = None
    return True
