"""Reduced methods against the general path they replace, same problem, same run (a script).

Run: python benchmarks/fast_paths.py [--repeats 5] [--out benchmarks/results/fast_paths.md]

* Tajima-Funo Fig. 1 sweep: the exact bright-dark reduction (fig1_reduced, O(1) per N) against
  the 2N-dimensional evaluation, N_max = 512 with 200 log-spaced points (the issue's case), and
  the reduction alone to N_max = 10^5.
* Tajima-Funo 2-qubit limit cycle (Fig. 4): the three-level chain vectorised over tau_C
  (triplet_chain) against the 4x4 Liouvillian path (core.cycles) per tau_C point, and a
  10^4-point tau_C map with the chain.
Agreement is checked in the same run (max relative deviation over all points and columns).
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import statistics  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import yaml  # noqa: E402
from timing import emit, fmt, table_args, timings  # noqa: E402  (benchmarks/timing.py)

from qthermo.papers.tajima_funo import fig1, fig4  # noqa: E402
from qthermo.papers.tajima_funo.triplet_chain import fig4_sweep  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CFG = yaml.safe_load((ROOT / "config" / "config.yaml").read_text())["tajima_funo"]


def max_dev(a, b, cols):
    return max(
        float(
            np.max(
                np.abs(a[c].to_numpy(float) - b[c].to_numpy(float))
                / np.maximum(np.abs(b[c].to_numpy(float)), 1e-300)
            )
        )
        for c in cols
    )


def fig1_rows(repeats):
    base = {**CFG["fig1"], "N_max": 512, "n_points": 200}
    t_full, full = timings(lambda: fig1.sweep({**base, "full_N_max": 512}), 1)
    t_red, red = timings(lambda: fig1.sweep({**base, "full_N_max": 1}), repeats)
    cols = ["J_tot", "sigma", "cd_ratio", "A_cl", "A_qm", "C_l1_bd"]
    dev = max_dev(red, full, cols)
    t_big, big = timings(lambda: fig1.sweep({**base, "N_max": 100_000, "full_N_max": 1}), repeats)
    return [
        f"| Fig. 1 sweep, N_max = 512, {full.N.nunique()} N values | {fmt(t_full)} s (1 run) | "
        f"{fmt(t_red)} s | {statistics.median(t_full) / statistics.median(t_red):.0f}x | {dev:.1e} |",
        f"| Fig. 1 sweep, N_max = 10^5, {big.N.nunique()} N values | not run | {fmt(t_big)} s | | |",
    ]


def cycle_rows(repeats):
    sr = CFG["superradiant"]
    n_pts = sr["fig4"]["points_per_stroke"]
    taus = np.geomspace(sr["fig4"]["tau_c_min"], sr["fig4"]["tau_c_max"], sr["fig4"]["n_tau"])
    t_gen, (_, det) = timings(lambda: fig4.fig4_tables(sr), 1)
    ref = det[det.start == "ground"].reset_index(drop=True)
    t_ch, red = timings(lambda: fig4_sweep(sr, taus, "ground", n_pts), repeats)
    cols = ["work", "heat_hot", "eta", "power", "A_cl_bar", "A_qm_bar", "ratio"]
    dev = max_dev(red, ref, cols)
    per_gen = statistics.median(t_gen) / (2 * len(taus)) * 1e3  # fig4_tables runs two starts
    per_ch = statistics.median(t_ch) / len(taus) * 1e3
    big = np.geomspace(sr["fig4"]["tau_c_min"], sr["fig4"]["tau_c_max"], 10_000)
    t_big, _ = timings(lambda: fig4_sweep(sr, big, "ground", n_pts), repeats)
    return [
        f"| limit cycle, {len(taus)} tau_C x {n_pts} points/stroke, per point | {per_gen:.3g} ms | "
        f"{per_ch:.3g} ms | {per_gen / per_ch:.0f}x | {dev:.1e} |",
        f"| limit-cycle map, 10^4 tau_C, {n_pts} points/stroke | not run | {fmt(t_big)} s | | |",
    ]


def main():
    args = table_args(__doc__, 5)
    lines = [
        "| problem | general path | reduced method | ratio | max rel. dev. |",
        "|---|---|---|---|---|",
        *fig1_rows(args.repeats),
        *cycle_rows(args.repeats),
    ]
    emit(lines, args.out)


if __name__ == "__main__":
    main()
