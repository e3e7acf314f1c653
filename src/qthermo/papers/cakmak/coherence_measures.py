"""Is the growth of the coherence with N a property of the l1 norm?  Cakmak et al. Sec. IV.

Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117.
The paper measures coherence by C_l1 in the product basis of the atoms (Eq. 4).  Beside it we
evaluate the relative entropy of coherence in the same basis (Baumgratz, Cramer & Plenio,
doi:10.1103/PhysRevLett.113.140401),

    C_re(rho) = S(Delta(rho)) - S(rho),     Delta: dephasing in the product basis,

which is a faithful, monotone measure bounded by ln 2^N = N ln 2 (C_l1 is bounded by 2^N - 1).

Long-time state from |g...g> (close-atom limit): rho = sum_k p_k |D_k><D_k| with Dicke states
|D_k> (k excitations) and the ladder's steady populations p_k (detailed balance,
p_{k+1}/p_k = nbar/(nbar + 1)).  Each |D_k> is a uniform superposition of C(N, k) product states,
so Delta(rho) carries p_k / C(N, k) on each of them and the spectrum of rho is {p_k}:

    C_re = sum_k p_k ln C(N, k)                    (nats; our derivation)
    C_l1 = sum_k p_k C(N, k) - 1.

At fixed nbar the populations are geometric with mean -> nbar as N grows, and
ln C(N, k) = k ln N - ln k! + O(k^2/N), so C_re = nbar ln N - <ln k!> + O(nbar^2/N): the relative
entropy grows only logarithmically in N, while C_l1 grows as ((2 nbar + 1)/(nbar + 1))^N (the
closed form of :mod:`qthermo.papers.cakmak.symmetric`).  The exponential growth of C_l1 comes from
the exponentially rare, exponentially wide high-k Dicke components.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from qthermo.papers.cakmak.grids import scaling_N_values
from qthermo.papers.cakmak.symmetric import (
    dicke_to_computational,
    log_binomial,
    log_c_l1_plus_one,
    log_steady_populations,
)

__all__ = [
    "von_neumann_entropy",
    "relative_entropy_of_coherence",
    "dicke_diagonal_c_re",
    "long_time_measures",
    "scaling_table",
    "full_space_table",
    "SCALING_COLUMNS",
    "FULL_COLUMNS",
]

SCALING_COLUMNS = [
    "nbar",
    "N",
    "c_re",
    "c_re_over_max",
    "log10_c_l1_plus_one",
    "log10_c_l1_over_max",
    "mean_k",
]
FULL_COLUMNS = ["N", "nbar", "c_re_full", "c_re_closed_form", "c_l1_full", "c_l1_closed_form"]


def von_neumann_entropy(rho: np.ndarray) -> float:
    """``S(rho) = -Tr rho ln rho`` (nats) from the eigenvalues of the Hermitian part."""
    w = np.linalg.eigvalsh(0.5 * (rho + np.conj(rho).T))
    w = w[w > 0.0]
    return float(-(w * np.log(w)).sum())


def relative_entropy_of_coherence(rho: np.ndarray) -> float:
    """``C_re = S(Delta rho) - S(rho)`` in the basis ``rho`` is written in (nats)."""
    d = np.real(np.diag(rho))
    d = d[d > 0.0]
    return float(-(d * np.log(d)).sum()) - von_neumann_entropy(rho)


def dicke_diagonal_c_re(log_p: np.ndarray, N: int) -> float:
    """``C_re = sum_k p_k ln C(N, k)`` of a Dicke-diagonal state (product basis, nats)."""
    p = np.exp(log_p)
    return float(p @ log_binomial(N))


def long_time_measures(N: int, *, gamma0: float, nbar: float) -> dict[str, float]:
    """Both measures of the long-time state from |g...g>, each also over its maximum.

    ``log10_c_l1_over_max = log10(C_l1 / (2^N - 1))``; ``c_re_over_max = C_re / (N ln 2)``.
    """
    lp = log_steady_populations(N, gamma0=gamma0, nbar=nbar)
    log_s = log_c_l1_plus_one(lp, N)
    log_c_l1 = log_s + np.log(-np.expm1(-log_s)) if log_s > 0 else -np.inf
    log_max = N * np.log(2.0) + np.log(-np.expm1(-N * np.log(2.0)))  # ln(2^N - 1)
    c_re = dicke_diagonal_c_re(lp, N)
    return {
        "c_re": c_re,
        "c_re_over_max": c_re / (N * np.log(2.0)),
        "log10_c_l1_plus_one": log_s / np.log(10.0),
        "log10_c_l1_over_max": float((log_c_l1 - log_max) / np.log(10.0)),
        "mean_k": float(np.exp(lp) @ np.arange(N + 1)),
    }


def scaling_table(c: dict[str, Any]) -> pd.DataFrame:
    """Both measures of the long-time state for every nbar of ``c["nbar_values"]`` and N."""
    rows = [
        {"nbar": float(nbar), "N": N, **long_time_measures(N, gamma0=c["gamma0"], nbar=nbar)}
        for nbar in c["nbar_values"]
        for N in scaling_N_values(c)
    ]
    return pd.DataFrame(rows, columns=SCALING_COLUMNS)


def full_space_table(c: dict[str, Any]) -> pd.DataFrame:
    """Cross-check in the 2^N product space: C_re and C_l1 of the embedded long-time state by
    eigendecomposition, against the closed forms, for N = 2..``full_N_max``."""
    rows = []
    for nbar in c["nbar_values"]:
        for N in range(2, c["full_N_max"] + 1):
            lp = log_steady_populations(N, gamma0=c["gamma0"], nbar=nbar)
            rho = dicke_to_computational(np.diag(np.exp(lp)), N)
            off = ~np.eye(rho.shape[0], dtype=bool)
            rows.append({
                "N": N,
                "nbar": float(nbar),
                "c_re_full": relative_entropy_of_coherence(rho),
                "c_re_closed_form": dicke_diagonal_c_re(lp, N),
                "c_l1_full": float(np.abs(rho[off]).sum()),
                "c_l1_closed_form": float(np.expm1(log_c_l1_plus_one(lp, N))),
            })  # fmt: skip
    return pd.DataFrame(rows, columns=FULL_COLUMNS)
