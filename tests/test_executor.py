"""The workflow runs through a non-local executor (snakemake-executor-plugin-cluster-generic).

The profile profiles/cluster-generic-local submits every job script through a small
submit script that starts it in the background on this machine and reports a job id; a status
script polls it. This exercises what a cluster run does (job scripts, a Snakemake job step per
job, status polling, files appearing on a shared file system) without a cluster.
"""

from __future__ import annotations

import json
import re
import subprocess
import time
from pathlib import Path

import pytest
from repo_copy import REPO_ROOT, SUBSET_TARGETS, quick_configfiles, snakemake_cmd, workflow_env

PROFILE = "profiles/cluster-generic-local"
PROFILES = REPO_ROOT / "profiles"


def _profile_args(monkeypatch, profile: str):
    from snakemake.cli import parse_args

    monkeypatch.chdir(REPO_ROOT)
    _, args = parse_args(["--workflow-profile", f"profiles/{profile}", "-n"])
    return args


def test_default_profile_parses(monkeypatch) -> None:
    args = _profile_args(monkeypatch, "default")
    assert args.executor is None
    assert isinstance(args.cores, int) and args.cores >= 1  # "all" resolved to the core count
    assert {t.name for t in args.rerun_triggers} == {
        "MTIME", "PARAMS", "INPUT", "CODE", "SOFTWARE_ENV"
    }  # fmt: skip
    assert args.keep_going is False and args.printshellcmds is True


def test_slurm_profile_parses(monkeypatch) -> None:
    pytest.importorskip("snakemake_executor_plugin_slurm", reason="slurm plugin not installed")
    args = _profile_args(monkeypatch, "slurm")
    assert args.executor == "slurm"
    assert args.jobs >= 1 and args.latency_wait >= 30
    assert {"mem_mb", "runtime"} <= set(args.default_resources.keys())


def test_cluster_generic_profile_parses(monkeypatch) -> None:
    pytest.importorskip("snakemake_executor_plugin_cluster_generic")
    args = _profile_args(monkeypatch, "cluster-generic-local")
    assert args.executor == "cluster-generic"


def _submit_and_wait(tmp_path: Path, body: str) -> tuple[str, list[str]]:
    script = tmp_path / "job.sh"
    script.write_text(f"#!/bin/sh\n{body}\n")
    submit = PROFILES / "cluster-generic-local" / "submit.sh"
    status = PROFILES / "cluster-generic-local" / "status.sh"
    jobid = subprocess.run(
        [str(submit), str(script)], cwd=tmp_path, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert jobid.isdigit()
    seen = []
    for _ in range(200):
        state = subprocess.run(
            [str(status), jobid], cwd=tmp_path, capture_output=True, text=True, check=True
        ).stdout
        seen.append(state)
        if state.strip() != "running":
            break
        time.sleep(0.05)
    return jobid, seen


def test_local_submit_and_status_scripts(tmp_path: Path) -> None:
    jobid, seen = _submit_and_wait(tmp_path, "sleep 1; echo done; exit 0")
    assert seen[0] == "running\n" and seen[-1] == "success\n"
    assert all(s in ("running\n", "success\n") for s in seen)
    out = tmp_path / ".snakemake" / "cluster-generic-local" / f"{jobid}.out"
    assert out.read_text() == "done\n"
    _, seen = _submit_and_wait(tmp_path, "exit 3")
    assert seen[-1] == "failed\n"


@pytest.mark.workflow
@pytest.mark.slow
def test_quick_workflow_through_cluster_generic(repo_copy: Path) -> None:
    pytest.importorskip(
        "snakemake_executor_plugin_cluster_generic",
        reason="pip install snakemake-executor-plugin-cluster-generic",
    )
    # one paper's chain (data, claims, figures, notebook) and the provenance record: every job
    # starts a Snakemake job step of its own, so the whole workflow would take ~15 minutes here
    targets = (*SUBSET_TARGETS, "results/provenance.json")
    cmd = snakemake_cmd(
        "--workflow-profile", PROFILE, "--configfile", *quick_configfiles(repo_copy), "--", *targets
    )  # fmt: skip
    res = subprocess.run(
        cmd, cwd=repo_copy, env=workflow_env(repo_copy), capture_output=True, text=True, timeout=900
    )
    log = res.stdout + res.stderr
    assert res.returncode == 0, log[-6000:]

    # every job went through submit.sh: one external job id and one exit record per job
    submitted = re.findall(r"Submitted (?:group )?job \d+ with external jobid '(\d+)'", log)
    assert submitted, log[-3000:]
    state = repo_copy / ".snakemake" / "cluster-generic-local"
    exits = {p.stem.split(".")[0]: p.read_text().strip() for p in state.glob("*.exit")}
    assert set(submitted) <= set(exits)
    assert all(code == "0" for code in exits.values())

    assert len(submitted) >= len(targets)
    for target in targets:
        assert (repo_copy / target).stat().st_size > 0, target
    for claims_file in (t for t in targets if t.startswith("results/claims/")):
        records = json.loads((repo_copy / claims_file).read_text())
        assert records and all(r["status"] in ("pass", "fail") for r in records), claims_file
