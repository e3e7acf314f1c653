"""The local job server runs a script exactly as a fresh interpreter would.

Every check compares a job run through the server (client -> fork of the warm interpreter) with
the same script run by ``python script`` directly: standard streams, exit status, tracebacks,
working directory, argv, ``sys.path[0]`` and environment. Also: a job the server cannot take
(different environment, no server) falls back to the plain interpreter; a job whose client is
killed is killed too; the server stops when the run that started it is gone; ``start``/``stop``
swap and restore ``sys.executable`` and leave no process or file behind.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from qthermo.plumbing import jobserver
from qthermo.plumbing.jobserver import client as jobclient

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the job server needs fork and pidfd_open"
)

CLIENT = str(Path(jobclient.__file__))

PROBE = """\
import json, os, sys
from pathlib import Path
print("to stdout")
print("to stderr", file=sys.stderr)
env = {k: v for k, v in os.environ.items() if k not in ("_", "SHLVL", "PWD", "OLDPWD")}
Path(__file__).with_suffix(".json").write_text(json.dumps(
    {"cwd": os.getcwd(), "argv": sys.argv, "path0": sys.path[0], "name": __name__, "env": env}))
sys.exit(int(Path(__file__).with_suffix(".status").read_text()))
"""

IMPORT_ENV = """\
import json, os
before = dict(os.environ)
from qthermo.plumbing.jobserver.server import preload
preload()
print(json.dumps({k: v for k, v in os.environ.items() if before.get(k) != v}))
"""

FAILING = """\
def physics():
    raise ValueError("negative temperature")

physics()
"""


def _wait_for(path: Path, timeout: float = 60) -> None:
    t0 = time.monotonic()
    while not path.exists():
        if time.monotonic() - t0 > timeout:
            raise TimeoutError(path)
        time.sleep(0.02)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A job server started as the workflow starts it (short socket path, job environment)."""
    sockdir = tempfile.mkdtemp(prefix="qthermo-test-")
    sock = os.path.join(sockdir, "socket")
    # prompts exported as an activated virtualenv exports them (PS1), which bash drops
    env = {**jobserver.job_environment(), "PS1": "(venv) $ ", "PS2": "more> ", "PS4": "++ "}
    log = tmp_path_factory.mktemp("server") / "server.log"
    with open(log, "w") as fh:
        proc = subprocess.Popen(
            [sys.executable, "-m", "qthermo.plumbing.jobserver.server", sock, str(os.getpid())],
            env=env,
            stdout=fh,
            stderr=fh,
        )
    try:
        _wait_for(Path(sock))
        yield {"socket": sock, "env": env, "log": log, "proc": proc}
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        shutil.rmtree(sockdir, ignore_errors=True)


def _run(script: Path, *, via: str | None, env: dict[str, str], cwd: Path):
    """``python script`` directly (via=None) or through the client and the server at ``via``."""
    cmd = (
        [sys.executable, str(script)]
        if via is None
        else [sys.executable, "-S", "-E", CLIENT, via, sys.executable, str(script)]
    )
    return subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=120)


def _probe(server, tmp_path, name, *, status=0, env_extra=None, via=True):
    script = tmp_path / "scripts" / f"{name}.py"
    script.parent.mkdir(exist_ok=True)
    script.write_text(PROBE)
    script.with_suffix(".status").write_text(str(status))
    env = {**server["env"], **(env_extra or {})}
    res = _run(script, via=server["socket"] if via else None, env=env, cwd=tmp_path)
    return res, json.loads(script.with_suffix(".json").read_text())


def _served(server) -> str:
    return server["log"].read_text()


def test_a_served_job_sees_what_a_fresh_interpreter_sees(server, tmp_path):
    direct, seen_direct = _probe(server, tmp_path, "direct", via=False)
    served, seen_served = _probe(server, tmp_path, "served")
    assert "served.py: status 0" in _served(server)
    assert (served.returncode, served.stdout, served.stderr) == (0, "to stdout\n", "to stderr\n")
    assert (direct.returncode, direct.stdout, direct.stderr) == (0, "to stdout\n", "to stderr\n")
    for key in ("cwd", "path0", "name"):
        assert seen_served[key] == seen_direct[key], key
    assert seen_served["argv"] == [str(tmp_path / "scripts" / "served.py")]
    # the environment is the job's, plus the variables the preloaded imports set, as the
    # same imports in a fresh interpreter set them (qthermo.plumbing.figures: SOURCE_DATE_EPOCH
    # for reproducible PDFs; pandera: two Spark settings)
    env_served, env_direct = seen_served["env"], seen_direct["env"]
    imports_set = json.loads(
        subprocess.run(
            [sys.executable, "-c", IMPORT_ENV], env=server["env"], capture_output=True, check=True
        ).stdout
    )
    assert env_served.get("SOURCE_DATE_EPOCH") == "0"
    assert env_served == {**env_direct, **imports_set}


def test_exit_status_and_traceback_reach_the_caller(server, tmp_path):
    served, _ = _probe(server, tmp_path, "exit3", status=3)
    assert served.returncode == 3
    script = tmp_path / "failing.py"
    script.write_text(FAILING)
    direct = _run(script, via=None, env=server["env"], cwd=tmp_path)
    served = _run(script, via=server["socket"], env=server["env"], cwd=tmp_path)
    assert direct.returncode == served.returncode == 1
    # the same report as the interpreter's: no frame of the server in it
    assert served.stderr == direct.stderr
    assert "ValueError: negative temperature" in served.stderr
    assert "jobserver" not in served.stderr


def test_a_job_with_another_environment_runs_in_a_fresh_interpreter(server, tmp_path):
    served, seen = _probe(server, tmp_path, "threads", env_extra={"OMP_NUM_THREADS": "2"})
    assert served.returncode == 0 and seen["env"]["OMP_NUM_THREADS"] == "2"
    log = _served(server)
    assert "declined threads.py: environment differs in OMP_NUM_THREADS" in log
    assert "threads.py: status" not in log


def test_a_job_started_through_bash_is_served_from_an_activated_virtualenv(server, tmp_path):
    """Snakemake starts a job through ``bash -c``, which drops PS1/PS2 and resets PS4 of the
    environment the run (and so the server) was given: the job is still served."""
    script = tmp_path / "viabash.py"
    script.write_text("import os\nprint(os.environ.get('PS1', 'no PS1'))\n")
    client = [sys.executable, "-S", "-E", CLIENT, server["socket"], sys.executable, str(script)]
    res = subprocess.run(
        ["bash", "-c", 'exec "$@"', "bash", *client],
        env=server["env"], cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert (res.returncode, res.stdout) == (0, "no PS1\n"), res.stderr
    log = _served(server)
    assert "viabash.py: status 0" in log and "declined viabash.py" not in log


def test_without_a_server_the_client_runs_the_interpreter(server, tmp_path):
    res, _ = _probe(server, tmp_path, "alone", status=4)
    assert res.returncode == 4
    script = tmp_path / "scripts" / "alone.py"
    script.with_suffix(".status").write_text("5")
    res = _run(script, via=str(tmp_path / "no-socket"), env=server["env"], cwd=tmp_path)
    assert res.returncode == 5 and res.stdout == "to stdout\n"
    # not a plain script invocation: never sent to the server
    res = subprocess.run(
        [sys.executable, "-S", "-E", CLIENT, server["socket"], sys.executable, "-c", "print(7)"],
        env=server["env"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert res.stdout == "7\n"


def test_killing_the_client_kills_the_job(server, tmp_path):
    script = tmp_path / "sleeper.py"
    pidfile = tmp_path / "pid"
    script.write_text(
        f"import os, time\nopen({str(pidfile)!r}, 'w').write(str(os.getpid()))\ntime.sleep(600)\n"
    )
    client = subprocess.Popen(
        [sys.executable, "-S", "-E", CLIENT, server["socket"], sys.executable, str(script)],
        env=server["env"],
        cwd=tmp_path,
    )
    _wait_for(pidfile)
    time.sleep(0.1)
    job = int(pidfile.read_text())
    assert job != client.pid  # the job runs in the server's fork, not in the client
    client.send_signal(signal.SIGKILL)
    client.wait()
    t0 = time.monotonic()
    while time.monotonic() - t0 < 20:
        if "sleeper.py: status 143" in _served(server):
            break
        time.sleep(0.05)
    assert "sleeper.py: status 143" in _served(server)  # 128 + SIGTERM
    with pytest.raises(ProcessLookupError):
        os.kill(job, 0)


def test_the_server_stops_when_its_run_is_gone(tmp_path):
    sockdir = tempfile.mkdtemp(prefix="qthermo-test-")
    try:
        _server_outlives_nobody(os.path.join(sockdir, "socket"))
    finally:
        shutil.rmtree(sockdir, ignore_errors=True)


def _server_outlives_nobody(sock: str) -> None:
    # a stand-in for the Snakemake process: starts the server, then exits
    starter = (
        "import os, subprocess, sys\n"
        "p = subprocess.Popen([sys.executable, '-m', 'qthermo.plumbing.jobserver.server', "
        f"{sock!r}, str(os.getpid())], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "print(p.pid)"
    )
    res = subprocess.run(
        [sys.executable, "-c", starter],
        env=jobserver.job_environment(),
        capture_output=True,
        text=True,
        check=True,
    )
    pid = int(res.stdout)
    t0 = time.monotonic()
    while time.monotonic() - t0 < 60:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        os.kill(pid, signal.SIGKILL)
        pytest.fail("the server outlived the process that started it")
    assert not os.path.exists(sock)


def test_start_and_stop_leave_nothing_behind(tmp_path, monkeypatch):
    python = sys.executable
    log = tmp_path / "server.log"
    assert not jobserver.start(local=False, njobs=100, log_path=log)  # cluster executor
    assert not jobserver.start(local=True, njobs=jobserver.MIN_JOBS - 1, log_path=log)
    monkeypatch.setenv(jobserver.ENV_SWITCH, "0")
    assert not jobserver.start(local=True, njobs=100, log_path=log)
    monkeypatch.delenv(jobserver.ENV_SWITCH)
    # a directory it cannot write to: the run goes on without a server
    assert not jobserver.start(local=True, njobs=100, log_path="/proc/qthermo/server.log")
    assert sys.executable == python and not log.exists()
    try:
        assert jobserver.start(local=True, njobs=100, log_path=log)
        shim = sys.executable
        assert shim != python and os.access(shim, os.X_OK)
        pid = jobserver._HANDLE.proc.pid  # noqa: SLF001
        out = subprocess.run(
            [shim, "-c", "import sys; print(sys.executable)"],
            capture_output=True,
            text=True,
            check=True,
        )
        assert out.stdout.strip() == python  # anything but a script: the real interpreter
    finally:
        jobserver.stop()
    assert sys.executable == python
    assert not os.path.exists(shim)
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    jobserver.stop()  # a second stop does nothing


def test_directories_of_killed_runs_are_removed(tmp_path):
    """A run killed by SIGKILL cannot remove its socket directory; the next start does."""
    dead = subprocess.Popen(["true"])
    dead.wait()
    base = tmp_path / "jobserver"
    (base / str(dead.pid)).mkdir(parents=True)
    (base / str(os.getppid())).mkdir()  # a live run's directory stays
    in_tmp = Path(tempfile.mkdtemp(prefix=f"qthermo-jobs-{dead.pid}-"))
    try:
        mine = jobserver._private_dir(base)  # noqa: SLF001
        assert mine == str(base.resolve() / str(os.getpid()))
        assert not (base / str(dead.pid)).exists() and not in_tmp.exists()
        assert (base / str(os.getppid())).exists()
    finally:
        shutil.rmtree(in_tmp, ignore_errors=True)


READ_AFTER_PRELOAD = """\
import json, sys
from qthermo.plumbing.jobserver.server import preload
preload()
from qthermo.papers.diosi.schemas import schemas
from qthermo.plumbing.config import load_yaml
from qthermo.plumbing.paths import repo_root
from qthermo.plumbing.tables import validate_table
import pandas as pd
cfg = load_yaml(repo_root() / "config" / "config.yaml")["diosi"]
schema = schemas(cfg)["incoherent"]
frame = pd.DataFrame({c: [0.0] for c in schema.columns})
before = set(sys.modules)
try:
    validate_table(frame, schema, "probe")
except Exception:
    pass  # a one-row table breaks the schema's row count: validated all the same
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def test_preload_leaves_a_jobs_first_table_validation_nothing_to_import(tmp_path):
    """The server validates one throw-away table at start (`_warm_pandera`): pandera's first
    validation in a process imports its backends and hypothesis (0.25-0.4 s), which every fork
    would otherwise repeat. After preload, validating a workflow table imports nothing."""
    script = tmp_path / "probe.py"
    script.write_text(READ_AFTER_PRELOAD)
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.splitlines()[-1]) == []
