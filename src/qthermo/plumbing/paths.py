"""Locating the repository from notebooks and scripts."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["repo_root", "workdir", "WORKDIR_ENV"]

#: Environment variable through which a workflow job tells a notebook where the outputs live.
WORKDIR_ENV = "QTHERMO_WORKDIR"


def repo_root(start: str | Path | None = None) -> Path:
    """The nearest directory at or above ``start`` (default: the working directory) that holds
    the workflow's ``Snakefile``."""
    root = Path.cwd() if start is None else Path(start)
    for candidate in (root, *root.parents):
        if (candidate / "Snakefile").exists():
            return candidate
    raise FileNotFoundError(
        f"repository root (a directory with a Snakefile) not found above {root}"
    )


def workdir(start: str | Path | None = None) -> Path:
    """Directory holding the workflow's outputs (``results/``, ``figures/``).

    The working directory of the Snakemake run, passed to notebooks in ``$QTHERMO_WORKDIR`` (so a
    run with ``-d <elsewhere>`` or as a module reads its own outputs); otherwise the repository
    root found by :func:`repo_root`.
    """
    env = os.environ.get(WORKDIR_ENV)
    return Path(env).resolve() if env else repo_root(start)
