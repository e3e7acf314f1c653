"""Environment for workflow jobs started by Snakemake."""

from __future__ import annotations

import os

__all__ = ["prepend_pythonpath"]


def prepend_pythonpath(src: str) -> None:
    """Make jobs (child processes, also inside ``--use-conda`` environments) import the
    package from ``src`` of the working tree that runs the workflow."""
    parts = [src] + [
        p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p and p != src
    ]
    os.environ["PYTHONPATH"] = os.pathsep.join(parts)
