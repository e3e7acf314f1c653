"""Cakmak et al. symmetric-subspace dynamics against qutip.piqs.Pim (a script, not a test).

Run: python benchmarks/cakmak_peers.py [--repeats 7] [--out benchmarks/results/cakmak_peers.md]

Same problem for both, one BLAS thread: N atoms in the close-atom limit, gamma0 = 1, nbar = 10,
from |g..g>.  Time-resolved: C_l1 at 101 points of gamma0 t in [0, 1] (the ladder chain of
qthermo.papers.cakmak.ladder against piqs' Pim.solve, which integrates the Dicke-diagonal
populations of every j block with odeint).  Long-time: the log-space detailed-balance chain of
qthermo.papers.cakmak.symmetric against Pim.solve to gamma0 t = 40 (converged for N >= 10).
Agreement is checked in the same run: against each other and against the closed form.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import statistics  # noqa: E402

import numpy as np  # noqa: E402
import qutip.piqs as piqs  # noqa: E402
from timing import emit, fmt, table_args, timings  # noqa: E402  (benchmarks/timing.py)

from qthermo.papers.cakmak.kernel import full_space_c_l1  # noqa: E402
from qthermo.papers.cakmak.ladder import c_l1_from_populations, ladder_c_l1  # noqa: E402
from qthermo.papers.cakmak.matrix_free import (  # noqa: E402
    block_liouvillian,
    blocks_c_l1,
    long_time_blocks,
)
from qthermo.papers.cakmak.model import close_atom_couplings  # noqa: E402
from qthermo.papers.cakmak.symmetric import (  # noqa: E402
    long_time_c_l1_closed_form,
    long_time_c_l1_log,
)

NBAR = 10.0
SIZES = (5, 10, 20, 40, 60, 80)


def piqs_c_l1(N: int, times: np.ndarray) -> np.ndarray:
    """C_l1(t) from qutip.piqs: Pim.solve, then the j = N/2 block (m = j..-j, i.e. k = N..0)."""
    pim = piqs.Pim(N, collective_emission=NBAR + 1.0, collective_pumping=NBAR)
    res = pim.solve(piqs.ground(N), times)
    p = np.array([np.real(np.diag(s.full()))[: N + 1][::-1] for s in res.states])
    return c_l1_from_populations(p, N)[0]


def time_resolved_rows(repeats: int) -> list[str]:
    times = np.linspace(0.0, 1.0, 101)
    rows = []
    for N in SIZES:
        t_ours, (ours, _) = timings(
            lambda N=N: ladder_c_l1(N, times, gamma0=1.0, nbar=NBAR), repeats
        )
        t_piqs, peer = timings(lambda N=N: piqs_c_l1(N, times), max(3, repeats // 2))
        dev = float(np.max(np.abs(ours[1:] / peer[1:] - 1.0)))
        ratio = statistics.median(t_piqs) / statistics.median(t_ours)
        rows.append(f"| {N} | {fmt(t_ours, 1e3)} | {fmt(t_piqs, 1e3)} | {ratio:.0f}x | {dev:.1e} |")
    return rows


def long_time_rows(repeats: int) -> list[str]:
    rows = []
    for N in SIZES:
        t_ours, (c_ours, l_ours) = timings(
            lambda N=N: long_time_c_l1_log(N, gamma0=1.0, nbar=NBAR), repeats
        )
        c_cf, l_cf = long_time_c_l1_closed_form(N, NBAR)
        t_piqs, peer = timings(lambda N=N: piqs_c_l1(N, np.array([0.0, 40.0])), 3)
        ratio = statistics.median(t_piqs) / statistics.median(t_ours)
        rows.append(
            f"| {N} | {fmt(t_ours, 1e3)} | {fmt(t_piqs, 1e3)} | {ratio:.0f}x | "
            f"{abs(c_ours / c_cf - 1):.1e} | {abs(peer[-1] / c_cf - 1):.1e} |"
        )
    for N in (1000, 10_000):
        t_ours, (_, l_ours) = timings(
            lambda N=N: long_time_c_l1_log(N, gamma0=1.0, nbar=NBAR), repeats
        )
        l_cf = long_time_c_l1_closed_form(N, NBAR)[1]
        rows.append(
            f"| {N} | {fmt(t_ours, 1e3)} | not run | | {abs(l_ours / l_cf - 1):.1e} (log10) | |"
        )
    return rows


def matrix_free_c_l1(N: int, partition: str) -> float:
    """Long-time C_l1 from |g..g> with the matrix-free full-space Liouvillian."""
    L = block_liouvillian(*close_atom_couplings(N, gamma0=1.0, f0=1.0), NBAR, partition)
    rho0 = [np.zeros((s.size, s.size)) for s in L.sectors]
    for s, b in zip(L.sectors, rho0, strict=True):
        b[s == 2**N - 1, s == 2**N - 1] = 1.0
    return blocks_c_l1(long_time_blocks(L, rho0)[0])


FULL_SPACE_LIMITS = {"assembled": 8, "full": 11, "excitation": 12}


def full_space_rows(repeats: int) -> list[str]:
    rows = []
    for N in range(6, 13):
        cells = [str(N)]
        c_cf = long_time_c_l1_closed_form(N, NBAR)[0]
        methods = {
            "assembled": lambda N=N: full_space_c_l1(N, gamma0=1.0, nbar=NBAR, f0=1.0, tol=1e-10)[
                "c_l1"
            ],
            "full": lambda N=N: matrix_free_c_l1(N, "full"),
            "excitation": lambda N=N: matrix_free_c_l1(N, "excitation"),
        }
        for name, fn in methods.items():
            if N > FULL_SPACE_LIMITS[name]:
                cells.append("not run")
                continue
            reps = repeats if N <= 9 else (3 if N <= 10 else 1)
            ts, c = timings(fn, reps)
            cells.append(f"{fmt(ts, 1e3)}, dev {abs(c / c_cf - 1):.0e}")
        rows.append("| " + " | ".join(cells) + " |")
    return rows


def main() -> None:
    args = table_args(__doc__, 7)
    lines = [
        "### Time-resolved C_l1(t), 101 points to gamma0 t = 1: ladder chain vs qutip.piqs.Pim",
        "",
        "| N | ladder chain ms (min-max) | piqs Pim.solve ms (min-max) | ratio | max rel. dev. |",
        "|---|---|---|---|---|",
        *time_resolved_rows(args.repeats),
        "",
        "### Long-time C_l1: log-space detailed balance vs Pim.solve to gamma0 t = 40",
        "",
        "| N | ours ms (min-max) | piqs ms (min-max) | ratio | ours vs closed form |"
        " piqs vs closed form |",
        "|---|---|---|---|---|---|",
        *long_time_rows(args.repeats),
        "",
        "### Full 2^N space, long-time C_l1 from |g..g> (no permutation symmetry assumed)",
        "",
        "Krylov kernel projection with the 4^N superoperator assembled (sparse), applied matrix-free",
        "to 2^N x 2^N matrices, and applied matrix-free to the excitation-number blocks (exact for",
        "states without coherence between sectors); dev = relative deviation from the closed form.",
        "",
        "| N | assembled ms | matrix-free, 2^N x 2^N ms | matrix-free, sector blocks ms |",
        "|---|---|---|---|",
        *full_space_rows(args.repeats),
    ]
    emit(lines, args.out)


if __name__ == "__main__":
    main()
