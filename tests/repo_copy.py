"""Copy the working tree of the repository (tracked + untracked, non-ignored files) elsewhere.

Workflow tests run Snakemake on such a copy so they never touch the real ``results/`` or
``figures/`` and never race with a run in the main tree.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from pathlib import Path

__all__ = [
    "REPO_ROOT",
    "repo_files",
    "copy_repo",
    "workflow_env",
    "quick_configfiles",
    "snakemake_cmd",
    "SUBSET_TARGETS",
    "shared_quick_run",
    "clone_run",
]

# One paper's chain (data -> claims -> figures -> notebook, 11 jobs under the quick
# configuration): the target of the end-to-end tests that need a fresh run of their own but not
# of the whole workflow (running as a module, interrupted runs, the cluster executor).
SUBSET_TARGETS = (
    "results/claims/diosi_printed.json",
    "results/claims/diosi_detuned.json",
    "results/claims/diosi_noise.json",
    "figures/diosi_global.pdf",
    "figures/diosi_global.png",
    "results/notebooks/diosi.ipynb",
)

REPO_ROOT = Path(__file__).resolve().parents[1]


def repo_files(root: str | os.PathLike = REPO_ROOT) -> list[str]:
    """Repo-relative paths of tracked and untracked-but-not-ignored files that exist on disk.

    Uses ``git ls-files``; outside a git checkout, falls back to every file below ``root``
    except version-control, cache and generated directories.
    """
    root = Path(root)
    try:
        res = subprocess.run(
            [
                "git",
                "-C",
                str(root),
                "ls-files",
                "-z",
                "--cached",
                "--others",
                "--exclude-standard",
            ],
            capture_output=True,
            check=True,
        )
        names = [n for n in res.stdout.decode().split("\0") if n]
    except (OSError, subprocess.CalledProcessError):
        skip = {".git", ".snakemake", "results", "figures", "logs", "__pycache__", ".pytest_cache"}
        names = []
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if d not in skip and not d.endswith(".egg-info")]
            names += [os.path.relpath(os.path.join(dirpath, f), root) for f in filenames]
    return sorted({n for n in names if (root / n).is_file()})


def copy_repo(dest: str | os.PathLike, root: str | os.PathLike = REPO_ROOT) -> Path:
    """Copy the repository's working-tree files (see :func:`repo_files`) into ``dest``.

    Generated outputs (``results/``, ``figures/``, ``logs/``, ``.snakemake/``) are ignored by git
    and therefore not copied, except the tracked README files. Returns ``dest`` as a Path.
    """
    dest = Path(dest)
    root = Path(root)
    for name in repo_files(root):
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / name, target)
    return dest


def workflow_env(repo: str | os.PathLike) -> dict[str, str]:
    """Environment for running Snakemake in a copy: the copy's ``src`` first on PYTHONPATH.

    The package is installed editable from the main tree; putting the copy's sources first makes
    the jobs import the copied code.
    """
    env = dict(os.environ)
    src = str(Path(repo) / "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("MPLBACKEND", "Agg")
    return env


def quick_configfiles(repo: str | os.PathLike) -> list[str]:
    """The quick configuration override ``config/quick.yaml`` (as a one-element list)."""
    return [str(Path(repo) / "config" / "quick.yaml")]


def snakemake_cmd(*args: str) -> list[str]:
    """``python -m snakemake <args>`` with the interpreter running the tests."""
    return [sys.executable, "-m", "snakemake", *args]


def shared_quick_run(base: str | os.PathLike, timeout: int = 1800) -> Path:
    """A clean quick-configuration run of a copy of the repository, made once per session.

    ``base`` is a directory every test process of the session sees (the parent of the xdist
    workers' base temporary directories). The first caller copies the repository to
    ``base/quick-run`` and runs the whole workflow there under an exclusive lock; later callers,
    in any worker, wait for the lock and reuse it. A failed run is recorded beside it, so the
    others fail at once with the same message instead of running it again. Callers never
    modify the template: they work on :func:`clone_run` copies.
    """
    base = Path(base)
    repo, done, failed = base / "quick-run", base / "quick-run.done", base / "quick-run.failed"
    with open(base / "quick-run.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if failed.exists():
            raise AssertionError(failed.read_text())
        if not done.exists():
            if repo.exists():
                shutil.rmtree(repo)
            copy_repo(repo)
            cmd = snakemake_cmd("--cores", "2", "--configfile", *quick_configfiles(repo))
            res = subprocess.run(
                cmd, cwd=repo, env=workflow_env(repo), capture_output=True, text=True,
                timeout=timeout,
            )  # fmt: skip
            if res.returncode != 0:
                failed.write_text(
                    f"quick run failed ({res.returncode}):\n{res.stdout[-3000:]}\n"
                    f"{res.stderr[-5000:]}"
                )
                raise AssertionError(failed.read_text())
            done.write_text("ok\n")
    return repo


def clone_run(template: str | os.PathLike, dest: str | os.PathLike) -> Path:
    """Copy a finished run (sources, outputs, ``.snakemake`` metadata, modification times).

    Snakemake sees the copy as up to date: metadata is keyed by relative path and ``copy2``
    keeps every file's modification time.
    """
    return Path(shutil.copytree(template, dest, symlinks=True))
