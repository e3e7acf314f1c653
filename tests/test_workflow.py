"""End-to-end workflow behaviour on a copy of the repo with the quick configuration.

The first clean run is the session's shared one (``quick_run_template`` in conftest.py, also
used by the tamper, report and browser tests); this module works on a copy of it.

* a second run does nothing;
* changing one physical parameter reruns only the jobs downstream of it (dry-run job list);
* two clean runs give byte-identical outputs (CSV, JSON, PDF, PNG): the whole workflow run from
  another directory (``-s <repo>/Snakefile -d <dir>``), in a fresh directory, is compared file
  by file with the first;
* as a Snakemake module of another workflow, one paper's chain (``SUBSET_TARGETS``) gives the
  same bytes;
* runs of that chain interrupted by SIGINT or SIGKILL complete on rerun with results identical
  to the clean run.
"""

from __future__ import annotations

import hashlib
import os
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest
from repo_copy import (
    SUBSET_TARGETS,
    clone_run,
    copy_repo,
    quick_configfiles,
    snakemake_cmd,
    workflow_env,
)

from qthermo.plumbing import jobserver

pytestmark = [pytest.mark.workflow, pytest.mark.slow]


def run(
    repo: Path, *args: str, check: bool = True, timeout: int = 900
) -> subprocess.CompletedProcess:
    cmd = snakemake_cmd("--cores", "2", "--configfile", *quick_configfiles(repo), *args)
    res = subprocess.run(
        cmd, cwd=repo, env=workflow_env(repo), capture_output=True, text=True, timeout=timeout
    )
    if check and res.returncode != 0:
        raise AssertionError(
            f"snakemake failed ({res.returncode}):\n{res.stdout[-3000:]}\n{res.stderr[-5000:]}"
            + failed_job_logs(repo, res.stdout + res.stderr)
        )
    return res


def failed_job_logs(repo: Path, output: str, tail: int = 3000) -> str:
    """The end of each log file snakemake points to for a failed job (CI shows only this)."""
    text = ""
    for rel in sorted(set(re.findall(r"log: (\S+) \(check log file", output))):
        log = repo / rel
        if log.is_file():
            text += f"\n--- {rel} ---\n{log.read_text(errors='replace')[-tail:]}"
    return text


def output_hashes(repo: Path) -> dict[str, str]:
    out = {}
    for top in ("results", "figures"):
        for p in sorted((repo / top).rglob("*")):
            if p.is_file() and p.name != "README.md" and not p.name.startswith("."):
                out[str(p.relative_to(repo))] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def job_counts(output: str) -> dict[str, int]:
    """Parse the 'Job stats' table of a snakemake dry run."""
    counts: dict[str, int] = {}
    m = re.search(r"Job stats:\n.*?\n-+\s+-+\n(.*?)\ntotal", output, re.S)
    if not m:
        return counts
    for line in m.group(1).splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].isdigit():
            counts[parts[0]] = int(parts[1])
    return counts


def rule_graph_downstream(repo: Path, *starts: str) -> set[str]:
    """Rules reachable from any of ``starts`` in the rule graph (including ``starts``)."""
    res = run(repo, "--rulegraph", "-F")
    labels = dict(re.findall(r'(\d+)\[label = "([^"]+)"', res.stdout))
    edges = re.findall(r"(\d+) -> (\d+)", res.stdout)
    children: dict[str, set[str]] = {}
    for a, b in edges:
        children.setdefault(labels[a], set()).add(labels[b])
    seen: set[str] = set()
    todo = list(starts)
    while todo:
        r = todo.pop()
        if r not in seen:
            seen.add(r)
            todo.extend(children.get(r, ()))
    return seen


@pytest.fixture(scope="module")
def clean_run(quick_run_template, tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """A copy of the session's clean quick run (see conftest.py) and its output hashes."""
    repo = clone_run(quick_run_template, tmp_path_factory.mktemp("clean") / "repo")
    return repo, output_hashes(repo)


def assert_subset_identical(got: dict[str, str], clean: dict[str, str]) -> None:
    """A run of SUBSET_TARGETS wrote every subset target, only files the clean run has, and the
    same bytes."""
    assert set(SUBSET_TARGETS) <= got.keys() <= clean.keys(), sorted(got.keys() - clean.keys())
    assert sorted(k for k in got if got[k] != clean[k]) == []


def test_clean_run_produces_ledger_and_figures(clean_run):
    repo, hashes = clean_run
    assert "results/claims.json" in hashes
    assert "figures/tajima_funo_fig1.pdf" in hashes and "figures/tajima_funo_fig1.png" in hashes


def test_the_clean_run_ran_its_jobs_in_the_job_server(clean_run):
    """Every script job of the clean run was a fork of the job server and exited 0; none was
    declined (a declined job would run in a fresh interpreter: correct, but slow)."""
    repo, _ = clean_run
    lines = (repo / ".qthermo" / "jobserver.log").read_text().splitlines()
    assert lines[0].split(" ", 1)[1].startswith("ready:"), lines[0]
    jobs = [line for line in lines[1:] if ": status " in line]
    assert len(jobs) == len(lines) - 1, [line for line in lines[1:] if line not in jobs]
    assert all(": status 0," in line for line in jobs), [j for j in jobs if "status 0," not in j]
    # every job writes a benchmark file; the few that are not served run shell commands
    # (the notebooks, the report)
    benchmarks = list((repo / "logs" / "benchmarks").rglob("*.tsv"))
    assert len(jobs) >= 0.9 * len(benchmarks), (len(jobs), len(benchmarks))


def test_the_clean_run_scheduled_without_a_submission_rate_limit(clean_run):
    """The local run's onstart removed Snakemake's default submission rate limit, whose
    re-evaluation timers pile up (qthermo.plumbing.scheduling), and said so in the run's log."""
    from qthermo.plumbing.scheduling import LOCAL_SCHEDULING_NOTE

    repo, _ = clean_run
    logs = sorted((repo / ".snakemake" / "log").glob("*.snakemake.log"))
    assert logs, "the clean run left no Snakemake log"
    assert LOCAL_SCHEDULING_NOTE in logs[0].read_text()


def test_second_run_does_nothing(clean_run):
    repo, hashes = clean_run
    res = run(repo, "-n")
    assert "Nothing to be done" in res.stdout + res.stderr
    assert output_hashes(repo) == hashes


def rules_reading(repo: Path, *names: str) -> set[str]:
    """Rules whose definition block in ``workflow/rules/*.smk`` mentions one of ``names``.

    A static oracle for which rules take a config section as a parameter, independent of
    Snakemake's own params-change tracking that the test below checks.
    """
    found: set[str] = set()
    for smk in sorted((repo / "workflow" / "rules").glob("*.smk")):
        blocks = re.split(r"^rule (\w+):\n", smk.read_text(), flags=re.M)
        for name, body in zip(blocks[1::2], blocks[2::2], strict=True):
            block = re.split(r"^\S", body, maxsplit=1, flags=re.M)[0]
            if any(n in block for n in names):
                found.add(name)
    return found


def test_changing_one_parameter_reruns_only_downstream_jobs(clean_run, tmp_path):
    repo, _ = clean_run
    override = tmp_path / "beta.yaml"
    override.write_text("tajima_funo:\n  fig1:\n    beta: 0.5\n")
    res = run(repo, "-n", "--configfile", *quick_configfiles(repo), str(override))
    jobs = set(job_counts(res.stdout + res.stderr))
    # every rule that takes the Fig. 1 section as a parameter (directly, or through the
    # incoherent-state section that copies its omega0, beta, gamma0) legitimately reruns, and so
    # does everything downstream of it
    readers = rules_reading(repo, 'TF["fig1"]', "TF_INCOHERENT")
    assert {"tajima_funo_fig1_data", "tajima_funo_incoherent_data"} <= readers
    downstream = rule_graph_downstream(repo, *sorted(readers))
    assert {
        "tajima_funo_fig1_data",
        "tajima_funo_fig1_claims",
        "tajima_funo_fig1",
        "claims_merge",
    } <= jobs
    assert downstream <= jobs | {"verify"}
    # provenance records the config hash, so it legitimately reruns on any config change
    assert jobs - downstream <= {"provenance"}, f"unexpected reruns: {sorted(jobs - downstream)}"


def rules_importing(repo: Path, module: str) -> set[str]:
    """Rules whose ``code_digest(...)`` closure contains ``module`` (a path under the package),
    from the rule files and :func:`module_closure` (a static oracle, as above)."""
    from qthermo.plumbing.deps import module_closure

    root = repo / "src" / "qthermo"
    base = ["plumbing/runlog", "plumbing/outputs", "ledger/claims", "plumbing/provenance",
            "plumbing/tables"]  # fmt: skip
    found: set[str] = set()
    for smk in sorted((repo / "workflow" / "rules").glob("*.smk")):
        blocks = re.split(r"^rule (\w+):\n", smk.read_text(), flags=re.M)
        for name, body in zip(blocks[1::2], blocks[2::2], strict=True):
            for args in re.findall(r"code_digest\((.*?)\)", body, re.S):
                mods = re.findall(r'"([\w/]+)"', args)
                if not mods:  # the wildcard rule: any paper's alternatives may import it
                    mods = [f"papers/{p.parent.name}/alternatives"
                            for p in root.glob("papers/*/alternatives.py")]  # fmt: skip
                closure = module_closure([*base, *mods], root=root)
                if str(root / module) in closure:
                    found.add(name)
    return found


def test_editing_a_module_reruns_the_jobs_that_import_it_and_touching_it_nothing(clean_run):
    """The rules' code parameters (a digest of the modules each job imports): an edit reruns
    the rules that import the module and what depends on them, nothing else but provenance
    (which digests every source); a new mtime with the same bytes reruns nothing."""
    repo, _ = clean_run
    module = "papers/diosi/noise.py"
    src = repo / "src" / "qthermo" / module
    original = src.read_bytes()
    src.write_bytes(original + b"# edited\n")
    try:
        res = run(repo, "-n")
    finally:
        src.write_bytes(original)
    jobs = set(job_counts(res.stdout + res.stderr))
    importers = rules_importing(repo, module)
    assert "diosi_noise_data" in importers and "tajima_funo_fig1_data" not in importers
    assert importers <= jobs, sorted(importers - jobs)
    downstream = rule_graph_downstream(repo, *sorted(importers))
    assert jobs - downstream <= {"provenance"}, f"unexpected reruns: {sorted(jobs - downstream)}"
    os.utime(src)
    res = run(repo, "-n")
    assert "Nothing to be done" in res.stdout + res.stderr


def _run_elsewhere(
    repo: Path, cwd: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    res = subprocess.run(
        snakemake_cmd("--cores", "2", *args),
        cwd=cwd,
        env={**workflow_env(repo), **(env or {})},
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert res.returncode == 0, f"{res.stdout[-3000:]}\n{res.stderr[-5000:]}"
    return res


def test_runs_from_another_directory_with_identical_bytes(clean_run, tmp_path):
    """`snakemake -s <repo>/Snakefile -d <dir>` from a third directory: a second clean run, in a
    fresh directory, with the same bytes as the first. The first ran its script jobs in the
    local job server; this one runs each in a fresh interpreter, so it also shows that the
    server changes no byte."""
    repo, hashes = clean_run
    work, elsewhere = tmp_path / "work", tmp_path / "elsewhere"
    elsewhere.mkdir()
    _run_elsewhere(
        repo, elsewhere, "-s", str(repo / "Snakefile"), "-d", str(work),
        "--configfile", *quick_configfiles(repo), env={jobserver.ENV_SWITCH: "0"},
    )  # fmt: skip
    assert not (work / ".qthermo" / "jobserver.log").exists()
    got = output_hashes(work)
    assert got.keys() == hashes.keys()
    assert sorted(k for k in hashes if hashes[k] != got[k]) == []
    assert not (repo / "results" / "notebooks" / "stray").exists()


def test_runs_as_a_snakemake_module(clean_run, tmp_path):
    """A three-line Snakefile elsewhere includes the workflow as a module and runs one paper's
    chain (SUBSET_TARGETS; the whole workflow runs elsewhere in the test above)."""
    repo, hashes = clean_run
    user = tmp_path / "user"
    user.mkdir()
    (user / "Snakefile").write_text(
        f'module qthermo:\n    snakefile: "{repo / "Snakefile"}"\n    config: config\n'
        "use rule * from qthermo\n"
    )
    _run_elsewhere(repo, user, "--configfile", *quick_configfiles(repo), "--", *SUBSET_TARGETS)
    assert_subset_identical(output_hashes(user), hashes)


def _interrupt_after_first_outputs(repo: Path, sig: int, timeout: float = 300) -> None:
    cmd = snakemake_cmd(
        "--cores", "2", "--configfile", *quick_configfiles(repo), "--", *SUBSET_TARGETS
    )  # fmt: skip
    proc = subprocess.Popen(
        cmd,
        cwd=repo,
        env=workflow_env(repo),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    t0 = time.monotonic()
    try:
        while time.monotonic() - t0 < timeout:
            # Kill as soon as the first result file is being written (its '.partial'
            # temporary) or has been written, so some job is usually cut mid-write.
            done = [
                p
                for p in (repo / "results").rglob("*")
                if p.is_file() and (p.suffix == ".csv" or p.name.endswith(".partial"))
            ]
            if done or proc.poll() is not None:
                break
            time.sleep(0.05)
        if proc.poll() is None:
            os.killpg(proc.pid, sig)
        proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_interrupted_run_completes_identically(clean_run, tmp_path, sig):
    _, hashes = clean_run
    repo = copy_repo(tmp_path / "repo")
    _interrupt_after_first_outputs(repo, sig)
    # Outputs are written to '.'-prefixed temporary names and renamed, so a killed job never
    # leaves a half-written file under a final name; the rerun must reproduce the clean run.
    # the documented recovery: unlock (needed after SIGKILL), then the plain command again (the
    # default profile sets rerun-incomplete)
    run(repo, "--unlock")
    run(repo, "--", *SUBSET_TARGETS)
    assert_subset_identical(output_hashes(repo), hashes)
    # A write cut short leaves at most a hidden '.partial' temporary, never a hidden file with
    # a result suffix that a '*.csv' glob would read.
    hidden = [
        p.relative_to(repo)
        for top in ("results", "figures")
        for p in (repo / top).rglob(".*")
        if p.is_file() and p.name != ".gitkeep"
    ]
    assert all(p.name.endswith(".partial") for p in hidden), hidden
