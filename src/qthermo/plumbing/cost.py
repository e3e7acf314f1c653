"""Cost estimate per job from the configuration, checked against a budget before any job runs.

Each size-driven job is split into parts (a sweep, a cross-check), each with a work law (the
operation count its method scales with, e.g. ``sum_N (2N)^3`` for the dense eigendecompositions
of the 2N-state model) and its physics time measured in-process at the default configuration
(development machine, 2 cores, one job at a time, 2026-12-02).  The estimate is

    seconds = START + sum_parts seconds_part * law_part(config) / law_part(defaults),

``START`` being the interpreter start-up and imports of one job (job wall time from the rules'
``benchmark:`` files minus the in-process time: 0.2-0.5 s).  The laws keep the leading term
only; checked against the 10x configuration (``config/scaled10x.yaml``), measured over estimated
ranges from 0.43 to 2.05 per job (benchmarks/README.md): good enough to stop a run that would
take hours, not a timing prediction.
Jobs not listed cost about ``START`` at every configuration the schema allows.

``budget.job_seconds`` is the largest estimate allowed; ``budget.action`` says whether a job
over it stops the run before anything is scheduled (``refuse``) or only prints a warning
(``warn``).  Every message names the job, its estimate and the keys that drive it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

from qthermo.plumbing.cost_models import COST_MODELS

__all__ = [
    "START",
    "JobEstimate",
    "COST_MODELS",
    "estimate_jobs",
    "budget_problems",
    "check_budget",
]

#: Start-up and imports of one job script (seconds, development machine).
START = 0.5


@dataclass(frozen=True)
class JobEstimate:
    """Estimated wall time of one job and the config keys that drive it."""

    job: str
    seconds: float
    ratio: float  # estimated physics time / physics time at the defaults
    keys: tuple[str, ...]


def estimate_jobs(config: dict[str, Any], defaults: dict[str, Any]) -> list[JobEstimate]:
    """Estimated seconds of every size-driven job at ``config`` (largest first)."""
    out = []
    for job, m in COST_MODELS.items():
        physics = sum(sec * law(config) / law(defaults) for law, sec in m.parts)
        ratio = physics / sum(sec for _, sec in m.parts)
        out.append(JobEstimate(job, START + physics, ratio, m.keys))
    return sorted(out, key=lambda e: -e.seconds)


def _format(e: JobEstimate) -> str:
    return (
        f"job {e.job}: estimated {e.seconds:.0f} s ({e.ratio:.3g} x the work at the defaults), "
        f"driven by {', '.join(e.keys)}"
    )


def budget_problems(config: dict[str, Any], defaults: dict[str, Any]) -> list[str]:
    """Messages for every job whose estimate exceeds ``budget.job_seconds``."""
    limit = float(config["budget"]["job_seconds"])
    over = [e for e in estimate_jobs(config, defaults) if e.seconds > limit]
    return [f"{_format(e)}; over budget.job_seconds = {limit:g}" for e in over]


def check_budget(config: dict[str, Any], defaults: dict[str, Any]) -> list[str]:
    """Apply ``budget.action``: raise (``refuse``) or print to stderr (``warn``) the problems."""
    from qthermo.plumbing.config import ConfigError

    problems = budget_problems(config, defaults)
    if problems and config["budget"]["action"] == "refuse":
        raise ConfigError(
            "estimated work exceeds the budget (raise budget.job_seconds or set "
            "budget.action: warn to run anyway):\n  - " + "\n  - ".join(problems)
        )
    for p in problems:
        print(f"WARNING: {p}", file=sys.stderr)
    return problems
