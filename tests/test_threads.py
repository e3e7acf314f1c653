"""Snakemake exports a job's `threads` as the BLAS/OpenMP thread-count variables.

Snakemake 9 runs `script:` rules through its shell wrapper, which sets OMP_NUM_THREADS,
OPENBLAS_NUM_THREADS, MKL_NUM_THREADS (and GOTO/VECLIB/NUMEXPR) to the job's thread count, so
numpy/scipy in a rule never oversubscribe the cores Snakemake assigned. These tests prove it on
a tiny throw-away workflow, locally and through the non-local cluster-generic executor.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from repo_copy import REPO_ROOT, snakemake_cmd, workflow_env

VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")

SNAKEFILE = """
rule all:
    input:
        "out/script_t1.json",
        "out/script_t2.json",
        "out/shell_t2.txt",


rule script_job:
    output:
        "out/script_t{n}.json",
    threads: lambda wc: int(wc.n)
    log:
        "logs/script_t{n}.log",
    script:
        "env_dump.py"


rule shell_job:
    output:
        "out/shell_t2.txt",
    threads: 2
    shell:
        "echo $OMP_NUM_THREADS $OPENBLAS_NUM_THREADS $MKL_NUM_THREADS > {output}"
"""

SCRIPT = """
import json, os
names = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
with open(snakemake.output[0], "w") as fh:
    json.dump({"threads": snakemake.threads, **{n: os.environ.get(n) for n in names}}, fh)
"""


def _make_workflow(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "Snakefile").write_text(SNAKEFILE)
    (root / "env_dump.py").write_text(SCRIPT)
    return root


def _run(root: Path, *extra: str) -> None:
    env = workflow_env(REPO_ROOT)
    for name in VARS:  # make sure the values come from Snakemake, not from the caller
        env[name] = "7"
    res = subprocess.run(
        snakemake_cmd("--cores", "2", "--workflow-profile", "none", *extra),
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-3000:]


def _check(root: Path) -> None:
    for n in (1, 2):
        got = json.loads((root / f"out/script_t{n}.json").read_text())
        assert got["threads"] == n
        assert {k: got[k] for k in VARS} == {k: str(n) for k in VARS}
    assert (root / "out/shell_t2.txt").read_text().split() == ["2", "2", "2"]


@pytest.mark.workflow
def test_threads_exported_locally(tmp_path: Path) -> None:
    root = _make_workflow(tmp_path / "wf")
    _run(root)
    _check(root)


@pytest.mark.workflow
@pytest.mark.slow
def test_threads_exported_by_cluster_generic_executor(tmp_path: Path) -> None:
    pytest.importorskip("snakemake_executor_plugin_cluster_generic")
    root = _make_workflow(tmp_path / "wf")
    shutil.copytree(
        REPO_ROOT / "profiles/cluster-generic-local", root / "profile", dirs_exist_ok=True
    )
    profile = root / "profile"
    _run(
        root,
        "--executor",
        "cluster-generic",
        "--cluster-generic-submit-cmd",
        str(profile / "submit.sh"),
        "--cluster-generic-status-cmd",
        str(profile / "status.sh"),
        "--seconds-between-status-checks",
        "1",
        "--jobs",
        "3",
    )
    _check(root)
