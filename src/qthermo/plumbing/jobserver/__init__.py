"""Local job server: run the workflow's ``script:`` jobs in forks of one warm interpreter.

Each job of a local run used to spend 1-1.5 s of its life starting Python and importing numpy,
scipy, pandas, pandera, matplotlib and the package before doing any physics. While a local run
is going, one server process imports all of that once; every ``script:`` job is then a fork of
it that runs the script Snakemake generated, with the job's working directory, environment and
standard streams. Outputs, logs, exit status and interruption behave as in a fresh interpreter
(``tests/test_jobserver.py``; the end-to-end suite compares whole runs with the server on and
off byte for byte).

The pieces:

* :func:`start` (the Snakefile's ``onstart``) starts :mod:`.server` with the environment
  Snakemake gives a one-thread job, and points ``sys.executable``, which Snakemake uses to run
  ``script:`` jobs, at a shim that runs :mod:`.client`;
* :func:`stop` (``onsuccess``/``onerror``, and at exit) stops the server by its process id and
  restores ``sys.executable``; the server also exits by itself when the Snakemake process that
  started it is gone.

It is switched on for local runs of at least :data:`MIN_JOBS` jobs on Linux (it needs ``fork``
and ``pidfd_open``); ``QTHERMO_JOB_SERVER=0`` switches it off. It is never used under a cluster
executor, with ``--use-conda`` (Snakemake then runs the environment's ``python``, not
``sys.executable``), or for a job whose environment differs from the server's in anything but
the shell's bookkeeping variables: such jobs run in a fresh interpreter as before.

The benchmark file of a served job measures the client process, so its ``s`` (wall seconds) is
the job's, but its ``cpu_time`` and ``max_rss`` are not; the server's log
(``.qthermo/jobserver.log``) has the job's CPU seconds and peak memory.
"""

from __future__ import annotations

import atexit
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ENV_SWITCH", "MIN_JOBS", "SHELL_VARS", "job_environment", "start", "stop"]

#: set to "0" to run every job in a fresh interpreter
ENV_SWITCH = "QTHERMO_JOB_SERVER"
#: fewer jobs than this do not repay the server's own start-up (about 2 s of imports)
MIN_JOBS = 4
#: Snakemake sets these to the job's thread count (its shell wrapper); every rule here has one
THREAD_VARS = (
    "OMP_NUM_THREADS",
    "GOTO_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "NUMEXPR_NUM_THREADS",
)
#: variables a job's shell sets for itself, and the prompts a non-interactive bash drops (PS1,
#: PS2) or resets (PS4) from the environment it was given (an activated virtualenv exports PS1);
#: no library reads them when it is imported
SHELL_VARS = frozenset({"_", "SHLVL", "PWD", "OLDPWD", "PS1", "PS2", "PS4"})
_SAFE_PATH = re.compile(r"[A-Za-z0-9_./+-]+")


def job_environment(threads: int = 1) -> dict[str, str]:
    """The environment Snakemake gives a local job with ``threads`` threads: this process's,
    with the BLAS/OpenMP thread counts and the ``tmpdir`` resource's temporary directory."""
    env = dict(os.environ)
    env.update({name: str(threads) for name in THREAD_VARS})
    tmp = tempfile.gettempdir()
    env.update({name: tmp for name in ("TMPDIR", "TMP", "TEMPDIR", "TEMP")})
    return env


@dataclass
class _Handle:
    proc: subprocess.Popen[bytes]
    tmpdir: str  # the socket and the shim
    python: str  # the real interpreter

    @property
    def shim(self) -> str:
        return os.path.join(self.tmpdir, "python")


_HANDLE: _Handle | None = None


def _supported() -> bool:
    return sys.platform.startswith("linux") and hasattr(os, "pidfd_open") and hasattr(os, "fork")


_TMP_PREFIX = "qthermo-jobs-"


def _private_dir(base: Path) -> str:
    """A fresh directory only this user can enter, for the socket and the shim: ``base/<pid>``,
    or ``<tmp>/qthermo-jobs-<pid>-*`` where that path is too long for a Unix socket (about 100
    bytes). Directories left by runs that are gone (killed by SIGKILL) are removed first."""
    base.mkdir(parents=True, exist_ok=True)
    stale = [p for p in base.iterdir() if p.name.isdigit() and not _alive(int(p.name))]
    for p in Path(tempfile.gettempdir()).glob(f"{_TMP_PREFIX}*-*"):
        pid = p.name[len(_TMP_PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and p.stat().st_uid == os.getuid() and not _alive(int(pid)):
            stale.append(p)
    for p in stale:
        shutil.rmtree(p, ignore_errors=True)
    path = base.resolve() / str(os.getpid())
    if len(str(path / "socket")) > 100:
        return tempfile.mkdtemp(prefix=f"{_TMP_PREFIX}{os.getpid()}-")
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(mode=0o700)
    return str(path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def start(*, local: bool, njobs: int, log_path: str | os.PathLike[str]) -> bool:
    """Start the job server for this run when it pays; returns whether it was started.

    Parameters
    ----------
    local
        The run executes its jobs on this machine (not a cluster executor).
    njobs
        Number of jobs the run will execute.
    log_path
        The server's log: its start-up, then one line per job (script, exit status, wall and
        CPU seconds, peak memory) or per job it declined, with the reason.
    """
    global _HANDLE
    if (
        _HANDLE is not None
        or os.environ.get(ENV_SWITCH, "1") == "0"
        or not local
        or njobs < MIN_JOBS
        or not _supported()
    ):
        return False
    try:
        _HANDLE = _launch(Path(log_path))
    except OSError as exc:  # an unwritable directory, no interpreter: run without the server
        print(f"qthermo job server not started ({exc}); jobs run in fresh interpreters",
              file=sys.stderr)  # fmt: skip
        return False
    if _HANDLE is None:
        return False
    sys.executable = _HANDLE.shim
    atexit.register(stop)
    return True


def _launch(log_path: Path) -> _Handle | None:
    """Write the shim, start the server; None where the shim's path is not shell-safe."""
    tmpdir = _private_dir(log_path.parent / "jobserver")
    shim, sock = os.path.join(tmpdir, "python"), os.path.join(tmpdir, "socket")
    if not _SAFE_PATH.fullmatch(shim):  # Snakemake puts sys.executable into a shell unquoted
        shutil.rmtree(tmpdir, ignore_errors=True)
        return None
    python = sys.executable
    client = Path(__file__).with_name("client.py")
    with open(shim, "w", encoding="utf-8") as fh:
        fh.write(
            "#!/bin/sh\n"
            f"exec {shlex.quote(python)} -S -E {shlex.quote(str(client))} "
            f'{shlex.quote(sock)} {shlex.quote(python)} "$@"\n'
        )
    os.chmod(shim, 0o700)
    try:
        with open(log_path, "w", encoding="utf-8") as log:  # the server keeps its own copy
            proc = subprocess.Popen(
                [python, "-m", "qthermo.plumbing.jobserver.server", sock, str(os.getpid())],
                env=job_environment(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
            )
    except OSError:
        shutil.rmtree(tmpdir, ignore_errors=True)
        raise
    return _Handle(proc=proc, tmpdir=tmpdir, python=python)


def stop() -> None:
    """Stop the job server (SIGTERM to its process id, SIGKILL after 10 s), restore
    ``sys.executable`` and remove the socket and the shim. Does nothing without a server."""
    global _HANDLE
    handle, _HANDLE = _HANDLE, None
    if handle is None:
        return
    sys.executable = handle.python
    if handle.proc.poll() is None:
        handle.proc.terminate()
        try:
            handle.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            handle.proc.kill()
            handle.proc.wait()
    shutil.rmtree(handle.tmpdir, ignore_errors=True)
