"""The quick configuration through a real SLURM cluster (snakemake-executor-plugin-slurm).

Needs ``sbatch`` and a controller that answers. On a machine with SLURM installed but no
controller running, the test starts a single-node cluster with ``.ci/slurm_up.sh`` (as root,
with its own pid file) and stops exactly those daemons afterwards; otherwise it skips.
``.ci/run`` starts the cluster before the slow tests.

Checks: every job Snakemake ran (local rules excluded) was submitted through sbatch and is
known to slurmctld as COMPLETED under this run's job name; the results are byte-identical to
a local run of the same configuration; the SLURM run takes well under five minutes.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from repo_copy import REPO_ROOT, copy_repo, quick_configfiles, snakemake_cmd, workflow_env

# The SLURM profile, relative to the repository root: top-level profiles/ (the new layout) or
# workflow/profiles/ (the old one), whichever this checkout has.
SLURM_PROFILE = next(
    (
        d
        for d in ("profiles/slurm", "workflow/profiles/slurm")
        if (REPO_ROOT / d / "config.yaml").is_file()
    ),
    "profiles/slurm",
)
# Two papers' data and claims jobs plus provenance: every kind of job (script rules reading
# config, data -> claims chains, the provenance digest) without the whole DAG, which at ~20 s of
# Snakemake start-up per SLURM job on two cores would not fit the time limit.
TARGETS = (
    "results/claims/kamimura.json",
    "results/claims/diosi.json",
    "results/provenance.json",
)
# Low-latency settings that only make sense on an idle one-node cluster; the profile keeps
# values for a real site. No accounting database here, so status comes from squeue.
CI_SLURM_ARGS = (
    "--slurm-status-command", "squeue",
    "--slurm-no-account",
    "--slurm-init-seconds-before-status-checks", "1",
    "--seconds-between-status-checks", "1",
    "--max-status-checks-per-second", "10",
    "--latency-wait", "5",
    "--slurm-keep-successful-logs",
)  # fmt: skip
TIME_LIMIT = 300.0  # seconds for the SLURM run
PING_TIMEOUT = 5.0


def _controller_answers() -> bool:
    try:
        res = subprocess.run(
            ["sinfo", "--noheader", "--format=%t"],
            capture_output=True,
            text=True,
            timeout=PING_TIMEOUT,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    states = res.stdout.split()
    return res.returncode == 0 and any(s.startswith(("idle", "mix", "alloc")) for s in states)


@pytest.fixture(scope="module")
def slurm_cluster(tmp_path_factory):
    """A SLURM controller with a usable node; started (and stopped) here if none answers."""
    # find_spec, not import: importing the plugin probes the controller (~9 s when none answers)
    if importlib.util.find_spec("snakemake_executor_plugin_slurm") is None:
        pytest.skip("pip install snakemake-executor-plugin-slurm")
    if shutil.which("sbatch") is None:
        pytest.skip("sbatch not found: no SLURM client (bash .ci/slurm_up.sh installs one)")
    if _controller_answers():
        yield None
        return
    up, down = REPO_ROOT / ".ci" / "slurm_up.sh", REPO_ROOT / ".ci" / "slurm_down.sh"
    if os.geteuid() != 0 or not up.is_file():
        pytest.skip(f"no SLURM controller answered within {PING_TIMEOUT:.0f} s")
    # own state directory, hence own pid file: slurm_down.sh stops exactly what this started
    env = dict(os.environ, QTHERMO_SLURM_STATE=str(tmp_path_factory.mktemp("slurm-state")))
    try:
        res = subprocess.run(
            ["bash", str(up)], env=env, capture_output=True, text=True, timeout=600
        )
        if res.returncode != 0 or not _controller_answers():
            pytest.skip(
                f"no SLURM controller answered within {PING_TIMEOUT:.0f} s and "
                f".ci/slurm_up.sh could not start one:\n{(res.stdout + res.stderr)[-2000:]}"
            )
        yield env["QTHERMO_SLURM_STATE"]
    finally:
        subprocess.run(["bash", str(down)], env=env, capture_output=True, timeout=120)


def _run(repo: Path, *args: str) -> tuple[str, float]:
    cmd = snakemake_cmd(*args, "--configfile", *quick_configfiles(repo), "--", *TARGETS)
    t0 = time.monotonic()
    res = subprocess.run(
        cmd, cwd=repo, env=workflow_env(repo), capture_output=True, text=True, timeout=900
    )
    elapsed = time.monotonic() - t0
    log = res.stdout + res.stderr
    assert res.returncode == 0, log[-6000:]
    return log, elapsed


def _job_rules(log: str) -> dict[str, tuple[str, bool]]:
    """Snakemake job id -> (rule name, is a local rule) from the job headers in the log."""
    jobs = {}
    for m in re.finditer(r"^(local)?(?:rule|checkpoint) (\w+):\n((?:    .*\n)+)", log, re.M):
        jobid = re.search(r"^    jobid: (\d+)$", m.group(3), re.M)
        if jobid:
            jobs[jobid.group(1)] = (m.group(2), bool(m.group(1)))
    return jobs


def _outputs(repo: Path) -> dict[str, bytes]:
    results = repo / "results"
    return {
        str(p.relative_to(repo)): p.read_bytes()
        for p in sorted(results.rglob("*"))
        if p.is_file() and p.suffix in (".csv", ".json")
    }


@pytest.mark.workflow
@pytest.mark.slow
def test_quick_workflow_on_slurm(slurm_cluster, tmp_path: Path) -> None:
    slurm_repo = copy_repo(tmp_path / "slurm")
    local_repo = copy_repo(tmp_path / "local")

    log, elapsed = _run(slurm_repo, "--workflow-profile", SLURM_PROFILE, *CI_SLURM_ARGS)
    print(f"SLURM run: {elapsed:.1f} s")

    # (1) every non-local job went through sbatch, once
    submitted = dict(re.findall(r"Job (\d+) has been submitted with SLURM jobid (\d+)", log))
    jobs = _job_rules(log)
    remote = {j for j, (_, local) in jobs.items() if not local}
    assert remote, log[-3000:]
    assert set(submitted) == remote, (sorted(submitted), sorted(remote))
    assert len(set(submitted.values())) == len(submitted)  # distinct SLURM job ids
    steps = re.findall(r"(\d+) of (\d+) steps \(100%\) done", log)
    assert steps and int(steps[-1][1]) == len(jobs), (steps, len(jobs))
    # ... and slurmctld knows each of them, finished, under this run's job name
    run_id = re.search(r"SLURM run ID: (\S+)", log).group(1)
    squeue = subprocess.run(
        ["squeue", "--states=all", "--noheader", "--format=%i|%T", "--name", run_id],
        capture_output=True, text=True, check=True, timeout=30,
    ).stdout  # fmt: skip
    states = dict(line.split("|") for line in squeue.split())
    assert {i: states.get(i) for i in submitted.values()} == {
        i: "COMPLETED" for i in submitted.values()
    }, squeue

    # (3) well under five minutes
    assert elapsed < TIME_LIMIT, f"SLURM run took {elapsed:.0f} s"

    # (2) byte-identical to a local run of the same configuration
    local_log, local_elapsed = _run(local_repo, "--cores", "2")
    print(f"local run: {local_elapsed:.1f} s")
    assert "SLURM jobid" not in local_log
    got, want = _outputs(slurm_repo), _outputs(local_repo)
    assert sorted(got) == sorted(want)
    assert sum(name.endswith(".csv") for name in want) >= 5
    assert set(TARGETS) <= set(want), sorted(set(TARGETS) - set(want))
    differ = [name for name in want if got[name] != want[name]]
    assert not differ, differ
    assert all(json.loads(want[t]) for t in TARGETS if t.startswith("results/claims/"))
