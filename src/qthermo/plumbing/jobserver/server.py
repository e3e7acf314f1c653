"""The job server process: ``python -m qthermo.plumbing.jobserver.server SOCKET PARENT_PID``.

It imports the jobs' modules once (:func:`preload`), then serves requests from
:mod:`.client` on a Unix socket: each accepted job is a fork that takes over the client's
standard streams, working directory, environment and argv and runs the job's script as
``__main__``; the client gets the exit status when the fork ends, and a fork whose client goes
away first (the job was interrupted or killed) is killed.
"""

from __future__ import annotations

import atexit
import gc
import importlib
import json
import os
import pkgutil
import runpy
import selectors
import signal
import socket
import struct
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qthermo.plumbing.jobserver import SHELL_VARS
from qthermo.plumbing.jobserver.client import ACCEPT, DECLINE, LENGTH, STATUS, recv_exact

__all__ = ["PRELOAD", "preload", "serve"]

#: third-party modules the jobs import (every module of the package is added by `preload`)
PRELOAD = (
    "snakemake.iocontainers",
    "snakemake.logging",
    "snakemake.script",
    "numpy",
    "scipy.integrate",
    "scipy.linalg",
    "scipy.optimize",
    "scipy.sparse",
    "scipy.sparse.linalg",
    "scipy.special",
    "pandas",
    "pandera.pandas",
    "matplotlib.pyplot",
    "jsonschema",
    "yaml",
)


def _comparable(env: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in env.items() if k not in SHELL_VARS}


def preload() -> list[str]:
    """Import the jobs' third-party modules and every module of the package; returns the
    package modules imported."""
    import matplotlib

    matplotlib.use("Agg")
    for name in PRELOAD:
        importlib.import_module(name)
    import qthermo

    skip = {"qthermo.plumbing.jobserver.server"}
    names = [
        m.name for m in pkgutil.walk_packages(qthermo.__path__, "qthermo.") if m.name not in skip
    ]
    for name in names:
        importlib.import_module(name)
    _warm_matplotlib()
    _warm_pandera()
    return names


def _warm_matplotlib() -> None:
    """Draw one throw-away figure with mathtext to PDF and PNG in memory, so the forks find
    the fonts loaded and the mathtext grammar built (about 0.3 s of every plot job). It touches
    no rcParams and no pyplot figure; the byte-identity tests compare whole runs with the
    server on and off."""
    import io

    from matplotlib.figure import Figure

    fig = Figure()
    ax = fig.add_subplot()
    ax.plot([0.0, 1.0], [1.0, 0.0], label=r"$\sigma$")
    ax.set_xlabel(r"$\gamma_0 t$")
    ax.set_ylabel(r"$C_{l_1}/C_{\max}$")
    ax.legend()
    fig.tight_layout()
    for fmt in ("pdf", "png"):
        fig.savefig(io.BytesIO(), format=fmt)


def _warm_pandera() -> None:
    """Validate one throw-away table of every column kind, so the forks find pandera's pandas
    backends registered. The first validation of a process registers them, importing pandera's
    checks and, through its data-synthesis strategies, hypothesis: 0.25-0.4 s of every job that
    reads or writes a table, before any of its own work. Registration only fills pandera's
    backend registry; the byte-identity tests compare whole runs with the server on and off."""
    import pandas as pd

    from qthermo.plumbing.tables import table_schema, validate_table

    schema = table_schema(
        "warm-up",
        "x n s b y",
        ints="n",
        strs="s",
        bools="b",
        nullable="y",
        ranges={"x": (0.0, None)},
        isin={"s": ("a",)},
        grid={"n": (1,)},
        rows=1,
    )
    frame = pd.DataFrame({"x": [1.0], "n": [1], "s": ["a"], "b": [True], "y": [float("nan")]})
    validate_table(frame, schema, "warm-up")


@dataclass
class _Job:
    conn: socket.socket
    script: str
    pid: int = 0
    pidfd: int = -1
    registered: bool = False
    started: float = field(default_factory=time.monotonic)


def _exit_status(wait_status: int) -> int:
    code = os.waitstatus_to_exitcode(wait_status)
    return code if code >= 0 else 128 - code  # killed by signal n: 128 + n, as a shell reports


def _recv_request(conn: socket.socket) -> tuple[dict[str, Any], list[int]]:
    msg, fds, _, _ = socket.recv_fds(conn, LENGTH.size, 3)
    try:
        if len(msg) != LENGTH.size or len(fds) != 3:
            raise ConnectionError("malformed request")
        body = recv_exact(conn, LENGTH.unpack(msg)[0])
        if body is None:
            raise ConnectionError("request cut short")
        return json.loads(body), fds
    except BaseException:
        for fd in fds:
            os.close(fd)
        raise


def _decline_reason(
    conn: socket.socket, request: dict[str, Any], baseline: dict[str, str]
) -> str | None:
    uid = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12))[1]
    if uid != os.getuid():
        return f"request from user id {uid}"
    env = _comparable(request["env"])
    differ = sorted(k for k in env.keys() | baseline.keys() if env.get(k) != baseline.get(k))
    return f"environment differs in {', '.join(differ)}" if differ else None


def _run_script(script: str) -> int:
    """Run ``script`` as ``__main__`` the way ``python script`` would; its exit status."""
    try:
        runpy.run_path(script, run_name="__main__")
        return 0
    except SystemExit as exc:
        if exc.code is None or isinstance(exc.code, int):
            return exc.code or 0
        print(exc.code, file=sys.stderr)
        return 1
    except BaseException as exc:  # the interpreter's report: traceback from the script on
        tb = exc.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != script:
            tb = tb.tb_next
        traceback.print_exception(type(exc), exc, tb or exc.__traceback__)
        return 1
    finally:
        atexit._run_exitfuncs()  # noqa: SLF001 (what interpreter exit would run)
        for stream in (sys.stdout, sys.stderr):
            stream.flush()


def _child(request: dict[str, Any], fds: list[int], close: list[int], env_delta: dict) -> None:
    """In the fork: become the job (streams, directory, environment, argv) and run it."""
    status = 1
    try:
        for fd in close:
            os.close(fd)
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
        for fd in fds:
            if fd > 2:
                os.close(fd)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update({**request["env"], **env_delta})
        script = request["args"][0]
        sys.argv = [script]
        sys.path[0] = os.path.dirname(os.path.abspath(script))
        status = _run_script(script)
    except BaseException:
        traceback.print_exc()
    finally:
        os._exit(status)


def _log(message: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} {message}", flush=True)


class _Server:
    """The accept loop: one fork per accepted job; a job ends when its process exits (its
    pidfd becomes readable) and is killed when its client goes away first."""

    def __init__(self, sock_path: str, baseline: dict[str, str]) -> None:
        self.baseline = baseline
        self.env_delta: dict[str, str] = {}
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.listener.bind(sock_path)
        self.listener.listen(64)
        self.sel = selectors.DefaultSelector()
        self.sel.register(self.listener, selectors.EVENT_READ, None)
        self.jobs: dict[int, _Job] = {}

    def step(self, timeout: float) -> None:
        for key, _ in self.sel.select(timeout):
            if key.data is None:
                self.accept()
            elif key.data[0] == "exit":
                self.finish(key.data[1])
            else:
                self.abandon(key.data[1])

    def accept(self) -> None:
        conn, _ = self.listener.accept()
        conn.settimeout(10)
        try:
            request, fds = _recv_request(conn)
        except (OSError, ValueError) as exc:
            _log(f"bad request: {exc!r}")
            conn.close()
            return
        try:
            script = str(request["args"][0])
            reason = _decline_reason(conn, request, self.baseline)
        except (OSError, LookupError, TypeError) as exc:
            script, reason = "?", f"bad request: {exc!r}"
        if reason is not None:
            _log(f"declined {os.path.basename(script)}: {reason}")
            for fd in fds:
                os.close(fd)
            try:
                conn.sendall(DECLINE)
            finally:
                conn.close()
            return
        close = [self.listener.fileno(), self.sel.fileno(), conn.fileno()]
        close += [fd for job in self.jobs.values() for fd in (job.conn.fileno(), job.pidfd)]
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _child(request, fds, close, self.env_delta)
        for fd in fds:
            os.close(fd)
        job = _Job(conn=conn, script=script, pid=pid, pidfd=os.pidfd_open(pid))
        self.jobs[pid] = job
        self.sel.register(job.pidfd, selectors.EVENT_READ, ("exit", job))
        try:
            conn.sendall(ACCEPT)
            self.sel.register(conn, selectors.EVENT_READ, ("client", job))
            job.registered = True
        except OSError:
            self.abandon(job)

    def abandon(self, job: _Job) -> None:
        """The client is gone (interrupted, killed): the job is killed too."""
        if job.registered:
            self.sel.unregister(job.conn)
            job.registered = False
        job.conn.close()
        try:
            os.kill(job.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass

    def finish(self, job: _Job) -> None:
        _, wait_status, usage = os.wait4(job.pid, 0)
        status = _exit_status(wait_status)
        self.sel.unregister(job.pidfd)
        os.close(job.pidfd)
        del self.jobs[job.pid]
        wall = time.monotonic() - job.started
        cpu = usage.ru_utime + usage.ru_stime
        # logged before the client learns the status, so the line is there once the job ends
        _log(
            f"{os.path.basename(job.script)}: status {status}, wall {wall:.2f} s, "
            f"cpu {cpu:.2f} s, peak rss {usage.ru_maxrss / 1024:.0f} MB"
        )
        if job.registered:
            self.sel.unregister(job.conn)
            job.registered = False
            try:
                job.conn.sendall(STATUS.pack(status))
            except OSError:
                pass
            job.conn.close()

    def close(self) -> None:
        for job in list(self.jobs.values()):
            try:
                os.kill(job.pid, signal.SIGTERM)
                os.waitpid(job.pid, 0)
            except ChildProcessError:
                pass
            job.conn.close()
        self.sel.close()
        path = self.listener.getsockname()
        self.listener.close()
        if isinstance(path, str) and path:
            Path(path).unlink(missing_ok=True)


def serve(sock_path: str, parent_pid: int) -> None:
    """Serve jobs on the Unix socket ``sock_path`` until process ``parent_pid`` (the Snakemake
    run) is gone or the server receives SIGTERM/SIGINT.

    The socket is bound before the imports, so the first jobs wait for them rather than
    starting their own; the jobs' environment must equal the server's at its start (up to
    :data:`SHELL_VARS`), and variables the imports set (``SOURCE_DATE_EPOCH``) are passed on
    as a fresh interpreter's imports would set them.
    """
    before = dict(os.environ)
    server = _Server(sock_path, _comparable(before))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        t0 = time.monotonic()
        names = preload()
        server.env_delta = {k: v for k, v in os.environ.items() if before.get(k) != v}
        gc.freeze()  # the forks never collect (and so never copy) the preloaded objects
        _log(
            f"ready: {len(names)} package modules imported in {time.monotonic() - t0:.2f} s; "
            f"the imports set {', '.join(sorted(server.env_delta)) or 'no variable'}"
        )
        while os.getppid() == parent_pid:
            server.step(timeout=0.5)
        _log("the run that started the server is gone: stopping")
    except KeyboardInterrupt:
        _log("interrupted: stopping")
    finally:
        server.close()


if __name__ == "__main__":
    serve(sys.argv[1], int(sys.argv[2]))
