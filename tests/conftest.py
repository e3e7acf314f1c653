"""Shared pytest fixtures."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# No per-example deadline anywhere (tests must not fail because the machine is slow), and under
# CI a derandomized search, so that a CI run is reproducible; local runs keep exploring.
settings.register_profile("default", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, database=None)
settings.load_profile("ci" if os.environ.get("CI") else "default")

# One BLAS thread per test process: the matrices here are small, and on a loaded 2-core
# machine threaded BLAS makes them far slower (must be set before numpy is imported).
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

from repo_copy import clone_run, copy_repo, shared_quick_run  # noqa: E402


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """A fresh copy of the repository's working tree (tracked + untracked non-ignored files)."""
    return copy_repo(tmp_path / "repo")


@pytest.fixture(scope="session")
def quick_run_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One clean quick-configuration run per test session, shared by all xdist workers.

    Read-only: tests that need a run use :func:`quick_run` (a private copy).
    """
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # shared by the workers of this session
    return shared_quick_run(base)


@pytest.fixture
def quick_run(quick_run_template: Path, tmp_path: Path) -> Path:
    """A private copy of the session's clean quick run, up to date for Snakemake."""
    return clone_run(quick_run_template, tmp_path / "run")
