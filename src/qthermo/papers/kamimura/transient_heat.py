"""How much heat the Theta(L^3) transient delivers, and for how long (Kamimura et al., issue 13).

Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), doi:10.1103/PhysRevLett.131.090401,
Eqs. (10)-(12).  The paper evaluates J at t = 0 only.  For m = L the noise operator is
``A = g L sigma_x^{(x)L}``, which in the Dicke space pairs |M> with |-M> only; from |L/2> the
dynamics stays in the two-level block {|L/2>, |-L/2>} with splitting ``L omega_q`` and the
dephasing ``gamma_wn L^2 D[sigma_x]`` (white noise: an infinite-temperature bath).  The
inversion decays as one exponential,

    E(t) = (L omega_q / 2) exp(-2 gamma_wn L^2 t),   J(t) = dE/dt,

so the Theta(L^3) current lasts a time Theta(1/L^2) and delivers Q = L omega_q / 2 in total:
half the stored energy, since the state ends maximally mixed in the pair, not in the ground
state.  The table holds the full Dicke-space dynamics (dense Liouvillian of dimension
(L+1)^2, no reduction) on a grid of the scaled time ``s = gamma_wn L^2 t`` and its long-time
fixed point, beside the closed forms; the superradiant burst of the same L (T = 0, Eq. 17)
delivers L omega_q over a time Theta(ln L / L) (``burst`` rows, from its population chain).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import scipy.linalg as sla

from qthermo.core.channels import fixed_point
from qthermo.core.dicke import collective_ops, dicke_state, m_body_operator, m_values
from qthermo.core.superop import liouvillian, propagator, unvec, vec
from qthermo.papers.kamimura.burst import population_generator

__all__ = ["m_eq_L_rows", "transient_tables", "COLUMNS", "BURST_COLUMNS"]

COLUMNS = ["L", "s", "E", "J", "E_closed", "J_closed"]
BURST_COLUMNS = ["L", "model", "Q_total", "Q_total_closed", "t_90", "E_inf"]


def _dicke_generator(L: int, c: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """``(H, Liouvillian)`` of the m = L model in the Dicke space (Eqs. 10-11, white noise)."""
    H = np.diag(c["omega_q"] * m_values(L)).astype(complex)
    A = m_body_operator(L, L, c["g"]).toarray()
    return H, liouvillian(H, [(A, c["gamma_wn"] / c["g"] ** 2)])


def m_eq_L_rows(L: int, c: dict[str, Any], s_grid: np.ndarray) -> tuple[list[dict], float]:
    """Dicke-space E(t), J(t) of the m = L model from |L/2> on ``s = gamma_wn L^2 t``, and the
    energy of the long-time fixed point."""
    H, sup = _dicke_generator(L, c)
    psi = dicke_state(L, L / 2)
    v = vec(np.outer(psi, psi).astype(complex))
    rate = c["gamma_wn"] * L**2
    step = propagator(sup, float(s_grid[1] - s_grid[0]) / rate)
    E0, rows = L * c["omega_q"] / 2.0, []
    for s in s_grid:
        rho = unvec(v, L + 1)
        drho = unvec(sup @ v, L + 1)
        rows.append({"L": L, "s": float(s), "E": float(np.real(np.trace(H @ rho))),
                     "J": float(np.real(np.trace(H @ drho))),
                     "E_closed": E0 * np.exp(-2.0 * s), "J_closed": -2.0 * rate * E0 * np.exp(-2.0 * s)})  # fmt: skip
        v = step @ v
    fp = fixed_point(propagator(sup, c["relax_s"] / rate), unvec(vec(np.outer(psi, psi)), L + 1))
    return rows, float(np.real(np.trace(H @ fp.rho)))


def _m_eq_L_t90(d: pd.DataFrame, e_inf: float, rate: float) -> float:
    """Time at which 90 % of E(0) - E_inf has flowed: log-linear interpolation of E - E_inf."""
    excess = d.E.to_numpy() - e_inf
    keep = excess > 0
    target = np.log(0.1 * excess[0])
    logs = np.log(excess[keep])
    return float(np.interp(-target, -logs, d.s.to_numpy()[keep]) / rate)


def _superradiant_t90(L: int, c: dict[str, Any]) -> tuple[float, float]:
    """Time by which the T = 0 burst from |L/2> has emitted 90 % of L omega_q: populations
    ``p(t) = exp(W t) p0`` of the Dicke ladder under ``gamma_0 D[J_-]`` (Eq. 17), stepped on a
    grid of ``burst_n_grid`` points (``Q_total``: emitted by the grid's end) up to ``burst_t_max_scaled * ln(L + 1)/(gamma_0 L)``."""
    W = population_generator([(collective_ops(L).Jm, c["gamma_0"])], L + 1).toarray()
    t = np.linspace(0.0, c["burst_t_max_scaled"] * np.log(L + 1) / (c["gamma_0"] * L),
                    c["burst_n_grid"])  # fmt: skip
    step, p = sla.expm(W * (t[1] - t[0])), dicke_state(L, L / 2)
    energies, emitted = c["omega_q"] * m_values(L), np.empty(t.size)
    for k in range(t.size):
        emitted[k] = energies[-1] - energies @ p
        p = step @ p
    target = 0.9 * L * c["omega_q"]
    if emitted[-1] < target:
        raise ArithmeticError(f"burst at L = {L} has not emitted 90 % by the end of the grid")
    return float(emitted[-1]), float(np.interp(target, emitted, t))


def transient_tables(
    c: dict[str, Any], progress: Callable[[str], None] | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The m = L transients (``curves``) and per (L, model) the delivered heat and the time of
    its first 90 % (``budget``); ``c`` = ``kamimura.scaling`` plus ``kamimura.transient``."""
    s_grid = np.linspace(0.0, c["s_max"], c["n_s"])
    curves, budget = [], []
    for L in range(3, c["L_max"] + 1, 2):
        rows, e_inf = m_eq_L_rows(L, c, s_grid)
        curves += rows
        d = pd.DataFrame(rows)
        budget.append({"L": L, "model": "m=L", "Q_total": float(d.E.iloc[0] - e_inf),
                       "Q_total_closed": L * c["omega_q"] / 2,
                       "t_90": _m_eq_L_t90(d, e_inf, c["gamma_wn"] * L**2), "E_inf": e_inf})  # fmt: skip
        qb, tb = _superradiant_t90(L, c)
        budget.append({"L": L, "model": "superradiance", "Q_total": qb,
                       "Q_total_closed": L * c["omega_q"], "t_90": tb, "E_inf": 0.0})  # fmt: skip
        if progress is not None:
            progress(f"transient: L={L} done")
    return pd.DataFrame(curves, columns=COLUMNS), pd.DataFrame(budget, columns=BURST_COLUMNS)
