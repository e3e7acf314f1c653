"""Benchmark of the Tajima-Funo engine topic (Figs. 2-4): medians of repeated timings.

A script, not a test. Run: OMP_NUM_THREADS=1 python benchmarks/tajima_funo_bench.py
(BLAS threads on a busy 2-core machine slow small matrix exponentials by orders of magnitude;
Snakemake sets the thread variables for its jobs).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import yaml
from timing import median_time  # noqa: E402  (benchmarks/timing.py)

from qthermo.core.channels import fixed_point
from qthermo.core.cycles import cycle_map, limit_cycle_state, run_cycle
from qthermo.papers.tajima_funo import fig2 as tf_carnot
from qthermo.papers.tajima_funo import fig4 as tf_fig4
from qthermo.papers.tajima_funo.carnot_cycle import (
    embed,
    full_cycle,
    protocol,
    reduced_cycle,
    reduced_start,
)
from qthermo.papers.tajima_funo.engine_cycle import make_cycle
from qthermo.papers.tajima_funo.two_qubit import ground_state

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    cfg = yaml.safe_load((ROOT / "config/config.yaml").read_text())["tajima_funo"]
    sr, cn = cfg["superradiant"], cfg["carnot"]
    cyc = make_cycle(sr, 1.0)
    M = cycle_map(cyc)
    fp = fixed_point(M, ground_state())
    proto = {k: cn[k] for k in ("beta_h", "beta_c", "x_h", "delta0", "tau0", "gamma0")}
    p128 = protocol(128, **proto)
    p8 = protocol(8, **proto)
    red = reduced_cycle(p128, "collective")
    full8 = full_cycle(p8, "collective")
    start8 = embed(reduced_start(p8), 8, "collective")
    small = {**sr, "fig4": {**sr["fig4"], "n_tau": 20}}
    cases = {
        "superradiant: build cycle (2 models, checks on)": lambda: make_cycle(sr, 1.0),
        "superradiant: one-cycle map (2 expm, 16x16)": lambda: cycle_map(make_cycle(sr, 1.0)),
        "superradiant: fixed point (SVD projector)": lambda: fixed_point(M, ground_state()),
        "superradiant: run_cycle 101 pts/stroke": lambda: run_cycle(cyc, fp.rho, 101),
        "superradiant: run_cycle 201 pts + trade-off": lambda: run_cycle(
            cyc, fp.rho, 201, tradeoff=True
        ),
        "Fig. 4: 20 tau_C x 2 starts": lambda: tf_fig4.fig4_tables(small, 1.0),
        "Result 3: reduced limit cycle + pass, N=128": lambda: run_cycle(
            red, limit_cycle_state(red, reduced_start(p128)).rho, 101
        ),
        "Result 3: full 2N-dim limit cycle, N=8 (256x256)": lambda: limit_cycle_state(
            full8, start8
        ),
        "Result 3: full sweep (config)": lambda: tf_carnot.sweep(cn, 1.0),
    }
    width = max(len(k) for k in cases)
    for name, fn in cases.items():
        t = median_time(fn, repeat=5)
        print(f"{name:<{width}}  {t * 1e3:10.3f} ms")
    assert np.isfinite(fp.closure)


if __name__ == "__main__":
    main()
