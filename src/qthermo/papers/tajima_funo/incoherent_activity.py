"""Without coherence an O(N) current costs O(N) dissipation (Tajima-Funo, Fig. 1a and Result 2).

doi:10.1103/PhysRevLett.127.190604, Fig. 1(a) and Result 2: in the 2N-state model of Eq. (5)
``A_cl = O(N)`` for *every* state (the proof is in Supplemental Material Sec. IIB, which we do
not have), so by Ineq. (3) a state without coherence that carries an O(N) current produces
entropy at a rate Omega(N).  v0.1 evaluated ``A_cl`` only on rho^+ and rho^+_sd.

For Eq. (5), ``L = sum_{j,j'} |g,j><e,j'| = N |g,+><e,+|``, so ``L^dag L = N^2 |e,+><e,+|`` and
``L L^dag = N^2 |g,+><g,+|``.  The diagonal of ``X`` (definition after Eq. 4) is therefore
``(hbar omega0)^2 gamma0 N`` on every excited state and ``(hbar omega0)^2 gamma0 e^{-x} N`` on every
ground state (``x = beta hbar omega0``), and since ``A_cl = Tr[X rho_sd]`` is linear in the
populations,

    A_cl(rho) = N (hbar omega0)^2 gamma0 [P_e + e^{-x} P_g] <= N (hbar omega0)^2 gamma0 max(1, e^{-x})

for every state, with the maximum attained on the basis states |e,j> (the extreme points).
For a strictly diagonal state the current depends on ``P_e`` only as well,
``J_tot = N hbar omega0 gamma0 |P_e - e^{-x} P_g|``, and Ineq. (3) gives an N-independent floor
``sigma / N >= 2 (J_tot/N)^2 / (A_cl/N)``.

The table holds the 2N-dimensional evaluation (no reduction) of random diagonal states
(Dirichlet populations), of structured ones (thermal at other temperatures, inverted, one
level nearly full) and of the family "P_e fixed, spread uniformly", whose sigma is fitted
against N; ``A_cl_max`` is the largest diagonal element of the numerically built ``X``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.tradeoff import evaluate_tradeoff, x_operator
from qthermo.papers.tajima_funo.grids import powers_of_two
from qthermo.papers.tajima_funo.two_n_state import two_n_state_model

__all__ = [
    "activity_closed_form",
    "current_closed_form",
    "incoherent_states",
    "incoherent_table",
    "COLUMNS",
]

COLUMNS = (
    "N kind sample P_e J_tot sigma cd A_cl A_cl_closed_form J_closed_form sigma_floor "
    "A_cl_max A_cl_max_closed_form"
).split()


def activity_closed_form(
    P_e: float, N: int, *, omega0: float, beta: float, gamma0: float, hbar: float = 1.0
) -> float:
    """``A_cl = N (hbar omega0)^2 gamma0 [P_e + e^{-x} (1 - P_e)]`` (module docstring)."""
    x = beta * hbar * omega0
    return N * (hbar * omega0) ** 2 * gamma0 * (P_e + np.exp(-x) * (1.0 - P_e))


def current_closed_form(
    P_e: float, N: int, *, omega0: float, beta: float, gamma0: float, hbar: float = 1.0
) -> float:
    """``J_tot = N hbar omega0 gamma0 |P_e - e^{-x} P_g|`` of a strictly diagonal state."""
    x = beta * hbar * omega0
    return N * hbar * omega0 * gamma0 * abs(P_e - np.exp(-x) * (1.0 - P_e))


def _spread(P_e: float, N: int, weights_g: np.ndarray, weights_e: np.ndarray) -> np.ndarray:
    """Populations ``(p_g,1..N, p_e,1..N)`` with total ``P_e`` on the excited level."""
    return np.concatenate(
        [(1.0 - P_e) * weights_g / weights_g.sum(), P_e * weights_e / weights_e.sum()]
    )


def incoherent_states(
    N: int, c: dict[str, Any], rng: np.random.Generator
) -> Iterator[tuple[str, int, np.ndarray]]:
    """``(kind, sample, populations)`` of the diagonal states evaluated at one N.

    ``random``: Dirichlet(1) over all 2N states; ``thermal``: Gibbs populations of the model at
    inverse temperatures ``beta * f`` for f in (-1, 0, 0.5, 2); ``one_level``: |e,1> (or |g,1>)
    holding ``1 - eps`` of the weight; ``uniform``: the fitted family, ``P_e`` =
    ``c["family_P_e"]`` spread evenly.
    """
    ones = np.ones(N)
    for s in range(c["n_random"]):
        yield "random", s, rng.dirichlet(np.ones(2 * N))
    x = c["beta"] * c["hbar"] * c["omega0"]
    for s, f in enumerate((-1.0, 0.0, 0.5, 2.0)):
        yield "thermal", s, _spread(1.0 / (1.0 + np.exp(f * x)), N, ones, ones)
    eps = c["one_level_eps"]
    for s, level in enumerate(("e", "g")):
        p = np.full(2 * N, eps / (2 * N - 1)) if N > 1 else np.full(2, eps)
        p[N if level == "e" else 0] = 1.0 - eps
        yield "one_level", s, p / p.sum()
    yield "uniform", 0, _spread(c["family_P_e"], N, ones, ones)


def _row(model, a_max: float, N: int, kind: str, s: int, p: np.ndarray, c: dict[str, Any]) -> dict:
    tp = evaluate_tradeoff(model, np.diag(p).astype(complex))
    args = {k: c[k] for k in ("omega0", "beta", "gamma0", "hbar")}
    P_e = float(p[N:].sum())
    return {"N": N, "kind": kind, "sample": s, "P_e": P_e, "J_tot": tp.J_tot,
            "sigma": tp.sigma, "cd": tp.cd, "A_cl": tp.A_cl,
            "A_cl_closed_form": activity_closed_form(P_e, N, **args),
            "J_closed_form": current_closed_form(P_e, N, **args),
            "sigma_floor": 2.0 * tp.J_tot**2 / tp.A_cl,
            "A_cl_max": a_max,
            "A_cl_max_closed_form": activity_closed_form(
                1.0 if c["beta"] > 0 else 0.0, N, **args)}  # fmt: skip


def incoherent_table(
    c: dict[str, Any], progress: Callable[[str], None] | None = None
) -> pd.DataFrame:
    """All incoherent states of :func:`incoherent_states` for N on :func:`~qthermo.papers.tajima_funo.grids.powers_of_two`, in 2N space.

    ``c`` holds ``omega0, beta, gamma0, hbar`` (the Fig. 1 model), ``N_max, n_random, seed,
    one_level_eps, family_P_e``.
    """
    rng = np.random.default_rng(c["seed"])
    rows = []
    for N in powers_of_two(c["N_max"]):
        model = two_n_state_model(
            N, omega0=c["omega0"], beta=c["beta"], gamma0=c["gamma0"], hbar=c["hbar"]
        )
        a_max = float(np.max(np.real(np.diag(x_operator(model)))))  # max over all states
        rows += [_row(model, a_max, N, k, s, p, c) for k, s, p in incoherent_states(N, c, rng)]
        if progress is not None:
            progress(f"N={N}: {len(rows)} states")
    return pd.DataFrame(rows, columns=COLUMNS)
