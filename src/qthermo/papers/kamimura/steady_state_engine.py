"""Otto engines on the two-bath models of :mod:`qthermo.papers.kamimura.steady_state` (ours).

Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), doi:10.1103/PhysRevLett.131.090401,
state that an engine with power Theta(L^3) at fixed efficiency can be built (construction in
their Supplemental Material, not available to us).  The engine here is our construction.

Cycle: ``H(t) = omega(t) J_z`` with ``omega = omega_h`` while coupled to the hot bath (stroke
time ``tau_h``) and ``omega_c`` while coupled to the cold bath (``tau_c``); the switches are
instantaneous quenches between commuting Hamiltonians (no coherence is created: the state stays
diagonal and the rate-equation description is exact).  Each bath is narrow-band and resonant
with the transitions of its stroke (Bohr frequency ``L omega_a`` for the parity model,
``omega_a`` for the collective and the parallel models), with ``beta_a w0_a = x_a`` fixed.
Since every Bohr frequency of ``omega J_z`` is proportional to omega, per cycle
``W = (omega_h - omega_c) Delta<J_z>`` and ``Q_h = omega_h Delta<J_z>``: the efficiency is
exactly ``eta = 1 - omega_c/omega_h`` for every model, L and stroke time.

* :func:`otto_limit_cycle`: finite strokes, limit cycle of ``exp(W_c tau_c) exp(W_h tau_h)``
  (dense, small L);
* :func:`fast_switching_engine`: the limit ``tau_h = tau_c -> 0`` (a continuous engine): the
  state is the null vector of ``(W_h + W_c)/2`` and ``P = (E_h.W_h p + E_c.W_c p)/2``;
* :func:`parity_otto_closed_form`: finite-time cycle of the parity model's top pair in closed
  form (a two-level Otto cycle; its power decreases with tau, so fast switching is its maximum).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import pandas as pd
import scipy.sparse as sp
from scipy.linalg import expm

from qthermo.core.dicke import dicke_state
from qthermo.papers.kamimura.steady_state import (
    TwoBathModel,
    collective_two_bath,
    limit_populations,
    parity_two_bath,
)

__all__ = [
    "engine_strokes",
    "otto_limit_cycle",
    "fast_switching_engine",
    "parity_otto_closed_form",
    "engine_table",
]

KINDS = ("parity", "collective", "parallel")


def engine_strokes(kind: str, L: int, **p: Any) -> dict[str, Any]:
    """Energies, rate matrices, inverse temperatures and Bound 1 (Eq. 9) of the two strokes.

    ``p``: ``g, omega_h, omega_c, gamma_h, gamma_c, x_h, x_c``.  ``"parallel"`` returns the
    single-qubit strokes (L = 1, where all three models coincide) with ``copies = L``.
    """
    common = {k: p[k] for k in ("g", "gamma_h", "gamma_c", "x_h", "x_c")}
    Lm = 1 if kind == "parallel" else L

    def build(omega: float) -> TwoBathModel:
        if kind == "collective":
            return collective_two_bath(Lm, omega_q=omega, **common)
        return parity_two_bath(Lm, omega_q=omega, **common)

    mh, mc = build(p["omega_h"]), build(p["omega_c"])
    copies = L if kind == "parallel" else 1
    return {
        "E_h": mh.energies,
        "E_c": mc.energies,
        "W_h": mh.generator("h"),
        "W_c": mc.generator("c"),
        "beta_h": mh.hot.beta,
        "beta_c": mc.cold.beta,
        "bound1_h": copies * mh.bound1("h"),
        "bound1_c": copies * mc.bound1("c"),
        "copies": copies,
        "p0": dicke_state(Lm, Lm / 2),
    }


def _cycle_output(s: dict[str, Any], Q_h: float, Q_c: float, period: float) -> dict[str, float]:
    n = s["copies"]
    Q_h, Q_c = n * Q_h, n * Q_c
    P = (Q_h + Q_c) / period
    return {
        "P": P,
        "Qdot_h": Q_h / period,
        "Qdot_c": Q_c / period,
        "eta": (Q_h + Q_c) / Q_h if Q_h else float("nan"),
        "sigma": -(s["beta_h"] * Q_h + s["beta_c"] * Q_c) / period,
    }


def otto_limit_cycle(s: dict[str, Any], tau_h: float, tau_c: float) -> dict[str, float]:
    """Finite-time Otto cycle: limit of ``T^n p0``, ``T = exp(W_c tau_c) exp(W_h tau_h)``.

    ``T^n`` by 60 squarings (exact for the reducible parity generator as well).  Returns power,
    average heat rates, efficiency and the cycle-averaged entropy production.
    """
    U_h = expm(sp.csc_matrix(s["W_h"]).toarray() * tau_h)
    U_c = expm(sp.csc_matrix(s["W_c"]).toarray() * tau_c)
    T = U_c @ U_h
    for _ in range(60):
        T = T @ T
        T /= T.sum(axis=0, keepdims=True)
    p_B = T @ s["p0"]  # after the cold stroke
    p_A = U_h @ p_B  # after the hot stroke
    Q_h = float(s["E_h"] @ (p_A - p_B))
    Q_c = float(s["E_c"] @ (U_c @ p_A - p_A))
    return _cycle_output(s, Q_h, Q_c, tau_h + tau_c)


def fast_switching_engine(s: dict[str, Any]) -> dict[str, float]:
    """``tau_h = tau_c -> 0`` limit of :func:`otto_limit_cycle` (continuous engine).

    Also returns ``Qdot_h_inst``, the hot-bath current while it is coupled (twice the average),
    which Bound 1 of the hot stroke must bound.
    """
    p = limit_populations(0.5 * (s["W_h"] + s["W_c"]), s["p0"])
    q_h = float(s["E_h"] @ (s["W_h"] @ p))
    q_c = float(s["E_c"] @ (s["W_c"] @ p))
    out = _cycle_output(s, q_h, q_c, 2.0)
    out["Qdot_h_inst"] = s["copies"] * q_h
    return out


def parity_otto_closed_form(
    L: int,
    *,
    omega_h: float,
    omega_c: float,
    gamma_h: float,
    gamma_c: float,
    x_h: float,
    x_c: float,
    tau_h: float,
    tau_c: float,
) -> float:
    """Power of the parity-model Otto cycle (top pair, two-level, ours).

    ``K_a = Gamma_a L^2 (1 + e^{-x_a})``, ``p_a = 1/(1 + e^{x_a})``, ``a_a = exp(-K_a tau_a)``:
    ``P = L (omega_h - omega_c) (p_h - p_c) (1-a_h)(1-a_c) / ((1 - a_h a_c)(tau_h + tau_c))``.
    """
    K_h = gamma_h * L**2 * (1 + math.exp(-x_h))
    K_c = gamma_c * L**2 * (1 + math.exp(-x_c))
    p_h, p_c = 1 / (1 + math.exp(x_h)), 1 / (1 + math.exp(x_c))
    a_h, a_c = math.exp(-K_h * tau_h), math.exp(-K_c * tau_c)
    dp = (p_h - p_c) * (1 - a_h) * (1 - a_c) / (1 - a_h * a_c)
    return L * (omega_h - omega_c) * dp / (tau_h + tau_c)


def engine_table(Ls: Sequence[int], kinds: Sequence[str] = KINDS, **p: Any) -> pd.DataFrame:
    """Fast-switching engines over an L grid: power, efficiency, Carnot efficiency, sigma and
    the ratio of the instantaneous hot current to Bound 1 of the hot stroke."""
    rows = []
    for kind in kinds:
        for L in Ls:
            s = engine_strokes(kind, L, **p)
            r = fast_switching_engine(s)
            rows.append(
                {
                    "L": L,
                    "model": kind,
                    **r,
                    "eta_otto": 1 - p["omega_c"] / p["omega_h"],
                    "eta_carnot": 1 - s["beta_h"] / s["beta_c"],
                    "bound1_h": s["bound1_h"],
                    "ratio1_h": r["Qdot_h_inst"] / s["bound1_h"],
                    "beta_h": s["beta_h"],
                    "beta_c": s["beta_c"],
                }
            )
    return pd.DataFrame(rows)
