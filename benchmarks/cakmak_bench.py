"""Benchmark of the Cakmak et al. topic: medians of repeated timings (a script, not a test).

Run: OMP_NUM_THREADS=1 python benchmarks/cakmak_bench.py [--mesolve]

Times the long-time C_l1 at N = 7 (full 2^7 space by Krylov kernel projection; symmetric
subspace), the log-space N = 1000 value, the repeated-interaction simulation, and (with
--mesolve) direct QuTiP integration of the full space for reference at smaller N.
"""

from __future__ import annotations

import sys
import time

import numpy as np
from timing import median_time  # noqa: E402  (benchmarks/timing.py)

from qthermo.papers.cakmak.harvesting import simulate_repeated_interactions, thermal_pair_state
from qthermo.papers.cakmak.kernel import full_space_c_l1
from qthermo.papers.cakmak.model import collective_lowering, excitation_numbers, ground_state
from qthermo.papers.cakmak.symmetric import dicke_c_l1, long_time_c_l1_log, symmetric_steady_state


def mesolve_time(N: int, t_end: float = 20.0, nbar: float = 10.0) -> float:
    import qutip

    Jm = collective_lowering(N).toarray()
    H = Jm.T @ Jm - np.diag(excitation_numbers(N))
    c_ops = [np.sqrt(nbar + 1) * qutip.Qobj(Jm), np.sqrt(nbar) * qutip.Qobj(Jm.T)]
    t0 = time.perf_counter()
    qutip.mesolve(
        qutip.Qobj(H), qutip.Qobj(ground_state(N)), [0.0, t_end], c_ops, options={"nsteps": 10**7}
    )
    return time.perf_counter() - t0


def main() -> None:
    rows = [
        (
            "full space N=7 (build + Krylov projection)",
            median_time(lambda: full_space_c_l1(7, gamma0=1.0, nbar=10.0, f0=1.0, tol=1e-10)),
        ),
        (
            "full space N=5",
            median_time(lambda: full_space_c_l1(5, gamma0=1.0, nbar=10.0, f0=1.0, tol=1e-10)),
        ),
        (
            "symmetric subspace N=7",
            median_time(
                lambda: dicke_c_l1(symmetric_steady_state(7, gamma0=1.0, nbar=10.0, f0=1.0), 7), 21
            ),
        ),
        (
            "log-space N=200",
            median_time(lambda: long_time_c_l1_log(200, gamma0=1.0, nbar=10.0), 21),
        ),
        (
            "log-space N=1000",
            median_time(lambda: long_time_c_l1_log(1000, gamma0=1.0, nbar=10.0), 21),
        ),
        (
            "repeated interactions (20000 traj, 300 collisions)",
            median_time(
                lambda: simulate_repeated_interactions(
                    thermal_pair_state(10.0),
                    g_tau=0.1,
                    p=1.0,
                    times=np.linspace(0, 300, 31),
                    n_traj=20000,
                    seed=1,
                ),
                3,
            ),
        ),
    ]
    for name, t in rows:
        print(f"{name:55s} median {t * 1e3:9.2f} ms")
    if "--mesolve" in sys.argv:
        for N in (3, 4):
            print(f"{'qutip mesolve to gamma0 t = 20, N=' + str(N):55s} {mesolve_time(N):9.2f} s")


if __name__ == "__main__":
    main()
