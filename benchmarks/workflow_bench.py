"""Benchmark of the workflow as a whole (not a test): wall times, medians of repeated runs.

Measures, on fresh copies of the repository (so the main tree is untouched):

1. full regeneration from a clean tree (``snakemake --cores all``), paired: with the local job
   server (the default: script jobs are forks of one warm interpreter,
   ``qthermo.plumbing.jobserver``) and with ``QTHERMO_JOB_SERVER=0`` (every job a fresh
   interpreter), alternating which goes first; the two runs' outputs are compared byte for
   byte,
2. a no-op rerun (nothing to do),
3. an incremental rerun after changing one physical parameter (tajima_funo.fig1.beta),

and, from the ``benchmark:`` file every rule writes (``logs/benchmarks/``), the wall time of each
job of the regeneration with the server, and from the server's log the CPU seconds of the jobs
it ran.

Usage::

    python benchmarks/workflow_bench.py [--repeats 3] [--quick] [--configfile config/scaled10x.yaml]

Prints Markdown tables of min / median / max wall seconds.
"""

from __future__ import annotations

import argparse
import filecmp
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from repo_copy import copy_repo, quick_configfiles, snakemake_cmd, workflow_env  # noqa: E402

from qthermo.plumbing.jobserver import ENV_SWITCH  # noqa: E402


def job_seconds(repo: Path) -> dict[str, float]:
    """Wall seconds of every job of the last run, from its ``benchmark:`` file."""
    out = {}
    for tsv in sorted((repo / "logs" / "benchmarks").rglob("*.tsv")):
        last = tsv.read_text().strip().splitlines()[-1]
        out[str(tsv.relative_to(repo / "logs" / "benchmarks").with_suffix(""))] = float(
            last.split("\t")[0]
        )
    return out


def served_cpu(repo: Path) -> tuple[int, float]:
    """Jobs the job server ran in the last run and their CPU seconds (from its log)."""
    log = repo / ".qthermo" / "jobserver.log"
    cpu = (
        [float(c) for c in re.findall(r"cpu ([0-9.]+) s", log.read_text())] if log.exists() else []
    )
    return len(cpu), sum(cpu)


def print_jobs(per_job: dict[str, list[float]], served: list[tuple[int, float]]) -> None:
    """Table of per-job medians, largest first, and what the job server ran."""
    med = {k: statistics.median(v) for k, v in per_job.items()}
    print("\n| job | median s (min-max) |")
    print("|---|---|")
    for k in sorted(med, key=lambda k: -med[k]):
        v = per_job[k]
        print(f"| {k} | {med[k]:.2f} ({min(v):.2f}-{max(v):.2f}) |")
    print(f"\n{len(med)} jobs, {sum(med.values()):.1f} s of job wall time (sum of medians)")
    for n, cpu in served:
        print(f"job server: {n} jobs, {cpu:.1f} CPU s")


def timed(cmd: list[str], cwd: Path, **env: str) -> float:
    t0 = time.perf_counter()
    subprocess.run(
        cmd,
        cwd=cwd,
        env={**workflow_env(cwd), **env},
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - t0


def same_outputs(a: Path, b: Path) -> bool:
    """Every file under results/ and figures/ of ``a`` and ``b`` is byte-identical."""
    for top in ("results", "figures"):
        files = sorted(p.relative_to(a) for p in (a / top).rglob("*") if p.is_file())
        other = sorted(p.relative_to(b) for p in (b / top).rglob("*") if p.is_file())
        if files != other:
            return False
        _, mismatch, errors = filecmp.cmpfiles(a, b, [str(f) for f in files], shallow=False)
        if mismatch or errors:
            return False
    return True


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="use the quick configuration")
    ap.add_argument("--configfile", nargs="*", default=[], help="extra config files (merged)")
    args = ap.parse_args()
    per_job: dict[str, list[float]] = {}
    served: list[tuple[int, float]] = []
    server_on, server_off = (
        "full regeneration, job server (default)",
        (f"full regeneration, {ENV_SWITCH}=0"),
    )
    rows: dict[str, list[float]] = {
        server_on: [],
        server_off: [],
        "no-op rerun": [],
        "incremental rerun (one parameter)": [],
    }
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.repeats):
            repo, plain = copy_repo(Path(tmp) / f"r{i}"), copy_repo(Path(tmp) / f"p{i}")
            files = [*(quick_configfiles(repo) if args.quick else []), *args.configfile]
            extra = ["--configfile", *[str(Path(f).resolve()) for f in files]] if files else []
            base = snakemake_cmd("--cores", "all", *extra)
            runs = [(server_on, repo, {}), (server_off, plain, {ENV_SWITCH: "0"})]
            for name, where, env in runs if i % 2 == 0 else runs[::-1]:
                rows[name].append(timed(base, where, **env))
            if not same_outputs(repo, plain):
                sys.exit("the runs with and without the job server differ")
            for job, sec in job_seconds(repo).items():
                per_job.setdefault(job, []).append(sec)
            served.append(served_cpu(repo))
            rows["no-op rerun"].append(timed(base, repo))
            override = repo / "bench_override.yaml"
            override.write_text(f"tajima_funo:\n  fig1:\n    beta: {0.9 - 0.1 * i}\n")
            cfgs = [*extra[1:], str(override)]
            rows["incremental rerun (one parameter)"].append(
                timed(snakemake_cmd("--cores", "all", "--configfile", *cfgs), repo)
            )
            shutil.rmtree(repo)
            shutil.rmtree(plain)
            print(f"repeat {i + 1}/{args.repeats} done", file=sys.stderr)

    print(
        f"| step ({'quick' if args.quick else 'default'} config, {args.repeats} runs) | min s | median s | max s |"
    )
    print("|---|---|---|---|")
    for name, vals in rows.items():
        print(f"| {name} | {min(vals):.2f} | {statistics.median(vals):.2f} | {max(vals):.2f} |")
    print_jobs(per_job, served)


if __name__ == "__main__":
    main()
