"""Benchmark of the workflow as a whole (not a test): wall times, medians of repeated runs.

Measures, on a fresh copy of the repository (so the main tree is untouched):

1. full regeneration from a clean tree (``snakemake --cores all``),
2. a no-op rerun (nothing to do),
3. an incremental rerun after changing one physical parameter (tajima_funo.fig1.beta).

Usage::

    python benchmarks/workflow_bench.py [--repeats 3] [--quick]

Prints a Markdown table of min / median / max wall seconds.
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
    args = ap.parse_args()

    rows: dict[str, list[float]] = {
        "full regeneration (clean tree)": [],
        "no-op rerun": [],
        "incremental rerun (one parameter)": [],
    }
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.repeats):
            repo = copy_repo(Path(tmp) / f"r{i}")
            extra = ["--configfile", *quick_configfiles(repo)] if args.quick else []
            base = snakemake_cmd("--cores", "all", *extra)
            rows["full regeneration (clean tree)"].append(timed(base, repo))
            rows["no-op rerun"].append(timed(base, repo))
            override = repo / "bench_override.yaml"
            override.write_text(f"tajima_funo:\n  fig1:\n    beta: {0.9 - 0.1 * i}\n")
            cfgs = [*(quick_configfiles(repo) if args.quick else []), str(override)]
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


if __name__ == "__main__":
    main()
