"""Relaxation of the dissipation-less state rho^+ of Tajima-Funo's 2N-state model (Result 2, last
paragraph: rho^+ is not stationary, so its current does not last).

Closed form (ours).  The lowering operator is ``L = N |g,+><e,+|``, so from
``rho^+ = p_g |g,+><g,+| + p_e |e,+><e,+|`` the state stays diagonal on ``{|g,+>, |e,+>}``, a
two-level system with decay rate ``N^2 gamma(omega0)`` and excitation rate
``N^2 gamma(omega0) e^{-x}``, ``x = beta hbar omega0``.  Hence, with
``Gamma = N^2 gamma(omega0) (1 + e^{-x})``,

* ``p_e(t) = p_e^inf + (p_e(0) - p_e^inf) e^{-Gamma t}``, ``p_e^inf = e^{-x} / (1 + e^{-x})``;
* ``J(t) = hbar omega0 dp_e/dt = J(0) e^{-Gamma t}`` with ``J(0)`` of Eq. (6);
* ``sigma(t) = (J(t) / hbar omega0) ln[e^{-x} p_g(t) / p_e(t)]`` (Spohn form on two levels),
  equal to Eq. (7) at t = 0.

So the O(N) current lasts a time 1/Gamma = O(1/N^2) and delivers the heat
``J(0)/Gamma = hbar omega0 p_e(0) / [N (1 + e^{-x})] = O(1/N)``.  The claim compares this closed
form with the full 2N-dimensional evolution (the Liouvillian of
:func:`~qthermo.papers.tajima_funo.two_n_state.two_n_state_model`, the Spohn entropy production of
:mod:`qthermo.core.thermo`).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from qthermo.core.fitting import fit_exponent
from qthermo.core.superop import evolve, model_liouvillian
from qthermo.core.thermo import entropy_production, total_heat_current
from qthermo.ledger.claims import Claim, check_absolute, check_relative, claim, margin_leq
from qthermo.papers import PAPERS
from qthermo.papers.tajima_funo.two_n_state import (
    plus_state_populations,
    rho_plus,
    two_n_state_model,
)

__all__ = ["relaxation_rate", "closed_form", "numeric", "transient_table", "evaluate_claims"]

SOURCE = PAPERS["tajima_funo"].citation + ", Result 2, last paragraph (and Eqs. 6-7)"


def relaxation_rate(N: int, *, omega0: float, beta: float, gamma0: float, hbar: float) -> float:
    """``Gamma = N^2 gamma(omega0) (1 + exp(-beta hbar omega0))`` (module docstring)."""
    return float(N**2 * gamma0 * (1.0 + np.exp(-beta * hbar * omega0)))


def closed_form(N: int, t: np.ndarray, *, omega0: float, beta: float, gamma0: float, hbar: float,
                rate: float | None = None) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """``(J(t), sigma(t))`` from rho^+ (module docstring); ``rate`` overrides Gamma (for the
    negative controls)."""
    x = beta * hbar * omega0
    G = rate
    if G is None:
        G = relaxation_rate(N, omega0=omega0, beta=beta, gamma0=gamma0, hbar=hbar)
    p_inf = np.exp(-x) / (1.0 + np.exp(-x))
    p_e0 = plus_state_populations(N, omega0=omega0, beta=beta, hbar=hbar)[1]
    p_e = p_inf + (p_e0 - p_inf) * np.exp(-G * np.asarray(t, float))
    J = hbar * omega0 * G * (p_inf - p_e)
    sigma = J / (hbar * omega0) * np.log(np.exp(-x) * (1.0 - p_e) / p_e)
    return J, sigma


def numeric(N: int, t: np.ndarray, *, omega0: float, beta: float, gamma0: float, hbar: float,
            support_tol: float | None = None) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """``(J(t), sigma(t))`` from rho^+ under the full 2N-dimensional Lindblad evolution (uniform
    time grid ``t`` starting at 0)."""
    model = two_n_state_model(N, omega0=omega0, beta=beta, gamma0=gamma0, hbar=hbar)
    rhos = evolve(rho_plus(N, omega0=omega0, beta=beta, hbar=hbar), model_liouvillian(model), t)
    J = np.array([total_heat_current(model, r) for r in rhos])
    sigma = np.array([entropy_production(model, r, support_tol=support_tol) for r in rhos])
    return J, sigma


def transient_table(N_values, kw: dict[str, float], *, decay_times: float, n_times: int,
                    support_tol: float | None = None) -> list[dict[str, Any]]:  # fmt: skip
    """Per N: worst deviations of the numerical J(t), sigma(t) from the closed form (relative to
    their t = 0 values), the numerical decay rate from ln J between the first two grid points,
    J at the last time over J(0), and the heat J(0)/Gamma."""
    rows = []
    for N in N_values:
        G = relaxation_rate(N, **kw)
        t = np.linspace(0.0, decay_times / G, n_times)
        Jn, sn = numeric(N, t, support_tol=support_tol, **kw)
        Jc, sc = closed_form(N, t, **kw)
        rows.append({
            "N": int(N), "Gamma": G, "J0": float(Jn[0]), "sigma0": float(sn[0]),
            "J_dev": float(np.max(np.abs(Jn - Jc)) / abs(Jc[0])),
            "sigma_dev": float(np.max(np.abs(sn - sc)) / abs(sc[0])),
            "Gamma_numeric": float(np.log(Jn[0] / Jn[1]) / (t[1] - t[0])),
            "J_end_over_J0": float(Jn[-1] / Jn[0]), "heat": float(Jc[0] / G),
        })  # fmt: skip
    return rows


def evaluate_claims(cfg: dict[str, Any], *, hbar: float, support_tol: float | None = None,
                    decay_times: float = 5.0, n_times: int = 11) -> list[Claim]:  # fmt: skip
    """Claim tf.result2.transient; ``cfg`` holds the ``fig1`` (model, tolerances) and ``printed``
    (N_values of the full 2N-dimensional models) sections."""
    f1 = cfg["fig1"]
    kw = {"omega0": f1["omega0"], "beta": f1["beta"], "gamma0": f1["gamma0"], "hbar": hbar}
    Ns = [int(n) for n in cfg["printed"]["N_values"]]
    rows = transient_table(Ns, kw, decay_times=decay_times, n_times=n_times,
                           support_tol=support_tol)  # fmt: skip
    dev = max(max(r["J_dev"], r["sigma_dev"]) for r in rows)
    ok_cf, _ = check_absolute(dev, 0.0, f1["eq_rtol"])
    ok_rate, rate_dev = check_relative([r["Gamma_numeric"] for r in rows],
                                       [r["Gamma"] for r in rows], f1["eq_rtol"])  # fmt: skip
    slope = fit_exponent(Ns, [r["Gamma_numeric"] for r in rows]) if len(Ns) > 1 else float("nan")
    ok_slope, slope_err = check_absolute(slope, 2.0, f1["exponent_atol"])
    worst = max(dev / f1["eq_rtol"], rate_dev / f1["eq_rtol"], slope_err / f1["exponent_atol"])
    return [
        claim(
            "tf.result2.transient",
            source=SOURCE,
            statement="rho^+ is not stationary: under the 2N-state dynamics its heat current decays "
            "as J(0) exp(-Gamma t), Gamma = N^2 gamma(omega0)(1 + e^{-beta hbar omega0}), and "
            "sigma(t) follows the two-level Spohn form (our closed form); the O(N) current lasts "
            "a time O(1/N^2) (decay-rate exponent 2) and delivers heat J(0)/Gamma = O(1/N).",
            measured={
                "max_rel_dev_closed_form": dev,
                "max_rel_dev_rate": rate_dev,
                "rate_exponent": slope,
                "rows": rows,
            },  # fmt: skip
            expected={"closed_form": 0.0, "rate_exponent": 2.0},
            comparator="max |J_num - J_cf|/J(0), |sigma_num - sigma_cf|/sigma(0) and |Gamma_num/"
            "Gamma - 1| <= eq_rtol, |rate exponent - 2| <= exponent_atol",
            tolerance={"eq_rtol": f1["eq_rtol"], "exponent_atol": f1["exponent_atol"]},
            ok=ok_cf and ok_rate and ok_slope,
            margin=margin_leq(worst, 1.0, "largest deviation in units of its tolerance"),
            parameters={**kw, "N_values": Ns, "decay_times": decay_times, "n_times": n_times},
        )
    ]
