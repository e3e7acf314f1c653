"""Benchmark: Dicke-subspace sweep of Kamimura et al. versus the explicit 2^L space.

Prints medians of repeated timings (not a test). Run from the repository root:

    python benchmarks/kamimura_bench.py [--repeat 3] [--full-L-max 11]

* the whole sweep of the workflow (all models and bounds for odd L up to 1001, Eq. 12 for all
  m, the superradiant burst to L = 1000 and the RWA check), with the default config;
* one L point of the scaling table in the Dicke subspace (L = 1001);
* the same L point with explicit 2^L x 2^L matrices (J(0), ||A|| by dense diagonalisation,
  Delta E) for the largest L that fit in memory and time;
* the superradiant burst with QuTiP ``mesolve`` in the 2^L space versus the Dicke populations.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

import numpy as np
import qutip
import yaml
from timing import median_time  # noqa: E402  (benchmarks/timing.py)

from qthermo.core import dicke as d
from qthermo.papers.kamimura import bounds as kb
from qthermo.papers.kamimura import burst as kburst
from qthermo.papers.kamimura import models as k
from qthermo.papers.kamimura import tables as ak

ROOT = Path(__file__).resolve().parents[1]


def full_space_point(L: int, c: dict) -> None:
    """J(0), ||H||, ||A|| (dense eigvalsh) and Delta E for the m-body and SR models in 2^L space."""
    F = d.full_collective_ops(L)
    e = c["omega_q"] * F.Jz.diagonal()
    for m in (L, L - 1, L - 2):
        A = d.full_m_body_operator(L, m, c["g"])
        psi = np.zeros(2**L)
        psi[0] = 1.0
        X = kb.current_operator(e, [(A, c["gamma_wn"] / c["g"] ** 2)])
        _ = np.real(psi @ (X @ psi))
        _ = np.max(np.abs(np.linalg.eigvalsh(A.toarray())))
        _ = kb.max_energy_jump(e, A)
    A = 2 * c["g"] * F.Jx
    _ = np.max(np.abs(np.linalg.eigvalsh(A.toarray())))


def dicke_point(L: int, c: dict) -> None:
    for _name, mod in ak.models_at(L, c):
        k.heat_current(mod), kb.bound1(mod), kb.bound2(mod)


def full_space_burst(L: int, c: dict) -> None:
    F = d.full_collective_ops(L)
    H = qutip.Qobj(c["omega_q"] * F.Jz.tocsr()).to("CSR")
    Jm = qutip.Qobj(F.Jm.tocsr()).to("CSR")
    rho0 = qutip.Qobj(np.diag(np.eye(2**L)[0])).to("CSR")
    t = np.linspace(0, 3 * math.log(L + 1) / (c["gamma_0"] * L), 200)
    qutip.mesolve(H, rho0, t, [math.sqrt(c["gamma_0"]) * Jm], e_ops=[H])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--full-L-max", type=int, default=11)
    args = ap.parse_args()
    cfg = yaml.safe_load((ROOT / "config/config.yaml").read_text())["kamimura"]
    c = cfg["scaling"]

    print(
        f"whole sweep (L <= {c['L_max']}, burst L <= {cfg['burst']['L_max']}): "
        f"median {median_time(lambda: ak.sweep(cfg), args.repeat):.2f} s"
    )
    print(f"  scaling table only:   {median_time(lambda: ak.scaling_table(c), args.repeat):.2f} s")
    print(
        f"  burst tables only:    {median_time(lambda: ak.burst_tables(c, cfg['burst']), args.repeat):.2f} s"
    )
    print(f"  Eq. (12) all m table: {median_time(lambda: ak.eq12_table(c), args.repeat):.2f} s")
    print(
        f"one L point, Dicke subspace, L = 1001: {median_time(lambda: dicke_point(1001, c), args.repeat) * 1e3:.1f} ms"
    )
    for L in range(7, args.full_L_max + 1, 2):
        t_full = median_time(lambda L=L: full_space_point(L, c), 1 if L >= 11 else args.repeat)
        t_dicke = median_time(lambda L=L: dicke_point(L, c), args.repeat)
        print(f"one L point, L = {L:2d}: 2^L space {t_full:8.3f} s   Dicke {t_dicke * 1e3:6.1f} ms")
    for L in (4, 6, 8):
        t_full = median_time(lambda L=L: full_space_burst(L, c), 1)
        t_dicke = median_time(
            lambda L=L: kburst.superradiant_burst(L, omega_q=c["omega_q"], gamma0=c["gamma_0"]),
            args.repeat,
        )
        print(
            f"burst, L = {L}: QuTiP mesolve in 2^L space {t_full:7.2f} s   Dicke populations {t_dicke * 1e3:6.1f} ms"
        )
    t = median_time(
        lambda: kburst.superradiant_burst(1000, omega_q=c["omega_q"], gamma0=c["gamma_0"]),
        args.repeat,
    )
    print(f"burst, L = 1000, Dicke populations: {t:.2f} s")


if __name__ == "__main__":
    main()
