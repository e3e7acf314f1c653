"""Benchmark of the workflow as a whole (not a test): wall times, medians of repeated runs.

Measures, on a fresh copy of the repository (so the main tree is untouched):

1. full regeneration from a clean tree (``snakemake --cores all``),
2. a no-op rerun (nothing to do),
3. an incremental rerun after changing one physical parameter (tajima_funo.fig1.beta),

and, from the ``benchmark:`` file every rule writes (``logs/benchmarks/``), the wall time of each
job of the full regeneration, split into start-up (``qthermo.plumbing.cost.START`` per job:
interpreter and imports) and the rest (physics, plotting, I/O).

Usage::

    python benchmarks/workflow_bench.py [--repeats 3] [--quick] [--configfile config/scaled10x.yaml]

Prints Markdown tables of min / median / max wall seconds.
"""

from __future__ import annotations

import argparse
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

from qthermo.plumbing.cost import START  # noqa: E402


def job_seconds(repo: Path) -> dict[str, float]:
    """Wall seconds of every job of the last run, from its ``benchmark:`` file."""
    out = {}
    for tsv in sorted((repo / "logs" / "benchmarks").rglob("*.tsv")):
        last = tsv.read_text().strip().splitlines()[-1]
        out[str(tsv.relative_to(repo / "logs" / "benchmarks").with_suffix(""))] = float(
            last.split("\t")[0]
        )
    return out


def print_jobs(per_job: dict[str, list[float]]) -> None:
    """Table of per-job medians, largest first, with the start-up share."""
    med = {k: statistics.median(v) for k, v in per_job.items()}
    total = sum(med.values())
    print("\n| job | median s (min-max) |")
    print("|---|---|")
    for k in sorted(med, key=lambda k: -med[k]):
        v = per_job[k]
        print(f"| {k} | {med[k]:.2f} ({min(v):.2f}-{max(v):.2f}) |")
    startup = START * len(med)
    print(
        f"\n{len(med)} jobs, {total:.1f} s of job wall time: start-up ~{startup:.0f} s "
        f"({100 * startup / total:.0f} %), the rest {total - startup:.1f} s"
    )


def timed(cmd: list[str], cwd: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run(
        cmd,
        cwd=cwd,
        env=workflow_env(cwd),
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="use the quick configuration")
    ap.add_argument("--configfile", nargs="*", default=[], help="extra config files (merged)")
    args = ap.parse_args()
    per_job: dict[str, list[float]] = {}

    rows: dict[str, list[float]] = {
        "full regeneration (clean tree)": [],
        "no-op rerun": [],
        "incremental rerun (one parameter)": [],
    }
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.repeats):
            repo = copy_repo(Path(tmp) / f"r{i}")
            files = [*(quick_configfiles(repo) if args.quick else []), *args.configfile]
            extra = ["--configfile", *[str(Path(f).resolve()) for f in files]] if files else []
            base = snakemake_cmd("--cores", "all", *extra)
            rows["full regeneration (clean tree)"].append(timed(base, repo))
            for job, sec in job_seconds(repo).items():
                per_job.setdefault(job, []).append(sec)
            rows["no-op rerun"].append(timed(base, repo))
            override = repo / "bench_override.yaml"
            override.write_text(f"tajima_funo:\n  fig1:\n    beta: {0.9 - 0.1 * i}\n")
            cfgs = [*extra[1:], str(override)]
            rows["incremental rerun (one parameter)"].append(
                timed(snakemake_cmd("--cores", "all", "--configfile", *cfgs), repo)
            )
            shutil.rmtree(repo)
            print(f"repeat {i + 1}/{args.repeats} done", file=sys.stderr)

    print(
        f"| step ({'quick' if args.quick else 'default'} config, {args.repeats} runs) | min s | median s | max s |"
    )
    print("|---|---|---|---|")
    for name, vals in rows.items():
        print(f"| {name} | {min(vals):.2f} | {statistics.median(vals):.2f} | {max(vals):.2f} |")
    print_jobs(per_job)


if __name__ == "__main__":
    main()
