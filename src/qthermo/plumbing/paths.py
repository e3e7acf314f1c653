"""Locating the repository from notebooks and scripts."""

from __future__ import annotations

from pathlib import Path

__all__ = ["repo_root"]


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
