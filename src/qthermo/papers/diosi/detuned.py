"""The incoherent coupling off resonance and at strong coupling (Diosi slides 3-6; issue 14).

Two tables beyond the resonant weak-coupling sweep of :mod:`.heat_flow`:

* ``detuned_map``: the averaged white-noise coupling ``eps (D[a^+ b] + D[a b^+])`` with
  omega_A != omega_B over the (omega_A/omega_B, T_A/T_B) map.  The noise channel now moves the
  energy omega_B - omega_A per transfer.  White noise has equal up and down rates, which obey
  detailed balance only at infinite noise temperature (``noise_beta -> 0``, our reading); the
  alternative reading gives the coupling its own bath at ``noise_beta > 0`` (rates eps for the
  energy-lowering and eps e^{-beta_K |omega_A - omega_B|} for the raising transfer).
* ``strong_eps``: the resonant model at eps ~ Gamma and far above, exact currents against the
  leading-order formula D2, the closed form D1 and its saturation value.

Closed form (white noise, any detuning; derivation as for D1 in :mod:`.currents`): the
populations p_X = <n_X> obey dp_A/dt = -kappa_A (p_A - q_A) + eps (p_B - p_A) and the same with
A <-> B, since the noise moves an excitation between |ge> and |eg> at the same rate both ways and
p(ge) - p(eg) = p_B - p_A.  The stationary transfer rate A -> B is

    F = eps (q_A - q_B) / (1 + eps/kappa_A + eps/kappa_B),   q_X = 1/(e^{beta_X omega_X} + 1),

and J_A = omega_A F, J_B = -omega_B F, J_K = (omega_B - omega_A) F.  Hence heat flows from the
cold bath B to the hot bath A (J_B > 0) exactly where q_B > q_A, i.e. omega_A/omega_B > T_A/T_B.
"""

from __future__ import annotations

from itertools import product
from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.model import Model
from qthermo.core.superop import model_liouvillian, vec
from qthermo.core.thermo import entropy_production, heat_currents
from qthermo.papers.diosi.currents import (
    incoherent_current_exact,
    incoherent_current_leading,
    incoherent_transfer_exact,
)
from qthermo.papers.diosi.grids import map_axes
from qthermo.papers.diosi.model import (
    incoherent_model,
    relaxation_rate,
    stationary_state,
    thermal_excitation,
)

__all__ = [
    "detuned_model",
    "gibbs_residual",
    "detuned_map",
    "strong_eps_grid",
    "strong_eps_table",
]


def detuned_model(
    *,
    omega_A: float,
    omega_B: float,
    beta_A: float,
    beta_B: float,
    gamma: float,
    eps: float,
    noise_beta: float,
) -> Model:
    """Two thermalized qubits (equal Gamma) with the incoherent coupling at any detuning.

    :func:`~qthermo.papers.diosi.model.incoherent_model` with ``noise_detailed_balance``: the
    noise channel is a bath "K" at inverse temperature ``noise_beta``, the transfer that lowers
    the energy by ``|omega_A - omega_B|`` at rate ``eps``, the reverse one at
    ``eps exp(-noise_beta |omega_A - omega_B|)``.  Slide 3's L_K has equal rates, white noise at
    infinite temperature: the limit ``noise_beta -> 0`` (a Bath needs beta > 0, so the config
    uses 1e-12, a relative rate difference below the claims' tolerances).  In resonance every
    ``noise_beta`` gives the slides' L_K.  Detailed balance and commutation are checked at
    construction.
    """
    return incoherent_model(
        omega_A=omega_A, omega_B=omega_B, beta_A=beta_A, beta_B=beta_B, gamma_A=gamma,
        gamma_B=gamma, eps=eps, noise_beta=noise_beta, noise_detailed_balance=True,
    )  # fmt: skip


def gibbs_residual(model: Model, beta: float) -> float:
    """``max |L(rho_G)| / rate_scale`` for the Gibbs state of H_A + H_B at ``beta``."""
    return float(
        np.max(np.abs(model_liouvillian(model) @ vec(model.gibbs_state(beta)))) / model.rate_scale
    )


def _detuned_row(w: float, t: float, cfg: dict[str, Any], support_tol: float | None) -> dict:
    """One stationary state of the detuned incoherent model at omega_A/omega_B = w, T_A/T_B = t."""
    wB, TB = cfg["omega_B"], cfg["T_B"]
    wA, TA = w * wB, t * TB
    p = dict(omega_A=wA, omega_B=wB, beta_A=1.0 / TA, beta_B=1.0 / TB)
    model = detuned_model(**p, gamma=cfg["gamma"], eps=cfg["eps"], noise_beta=cfg["noise_beta"])
    rho = stationary_state(model)
    ep = entropy_production(model, rho, support_tol=support_tol, detail=True)
    J = ep.currents
    F = float(
        incoherent_transfer_exact(**p, gamma_A=cfg["gamma"], gamma_B=cfg["gamma"], eps=cfg["eps"])
    )
    return {
        "omega_ratio": w,
        "t_ratio": t,
        "omega_A": wA,
        "omega_B": wB,
        "T_A": TA,
        "T_B": TB,
        "J_A": J[0],
        "J_B": J[1],
        "J_K": J[2],
        "sigma": ep.total,
        "sigma_AB": -p["beta_A"] * J[0] - p["beta_B"] * J[1],
        "F_exact": F,
        "J_A_exact": wA * F,
        "J_B_exact": -wB * F,
        "J_K_exact": (wB - wA) * F,
        "gibbs_residual": gibbs_residual(model, p["beta_B"]) if t == 1.0 else np.nan,
        "resonant": bool(abs(np.log(w)) < 1e-12),
        "on_boundary": bool(abs(np.log(w / t)) < 1e-12),
    }


def detuned_map(cfg: dict[str, Any], support_tol: float | None = None) -> pd.DataFrame:
    """Stationary currents of the incoherent coupling over (omega_A/omega_B, T_A/T_B).

    ``cfg`` is the ``diosi.detuned`` section (map axes as in ``diosi.local``, which
    :func:`~qthermo.papers.diosi.grids.map_axes` reads; T_A/T_B starts at 1, the equal-
    temperature line, where the Gibbs-state residual is recorded).
    """
    w_ratios, t_ratios = map_axes(cfg)
    rows = [_detuned_row(w, t, cfg, support_tol) for t in t_ratios for w in w_ratios]
    return pd.DataFrame(rows)


def strong_eps_grid(cfg: dict[str, Any]) -> np.ndarray:
    """Log-spaced eps/Gamma_A of the strong-coupling table (``diosi.strong``)."""
    return np.geomspace(cfg["eps_over_gamma_min"], cfg["eps_over_gamma_max"], cfg["n_eps"])


def strong_eps_table(inc: dict[str, Any], cfg: dict[str, Any]) -> pd.DataFrame:
    """Resonant incoherent model at eps ~ Gamma and above: numerics against D1, D2, saturation.

    ``inc`` is the ``diosi.incoherent`` section (omega, Gamma_A, noise_beta), ``cfg`` the
    ``diosi.strong`` section (temperature pairs, Gamma_B/Gamma_A, eps grid).  The saturation
    value of D1 for eps -> infinity is J_sat = omega (q_A - q_B) / (1/kappa_A + 1/kappa_B).
    """
    omega, gA = inc["omega"], inc["gamma_A"]
    rows = []
    for (TA, TB), ratio in product(cfg["pairs"], cfg["gamma_ratios"]):
        bA, bB, gB = 1.0 / TA, 1.0 / TB, gA * ratio
        kA = relaxation_rate(omega, beta=bA, gamma=gA)
        kB = relaxation_rate(omega, beta=bB, gamma=gB)
        dq = thermal_excitation(omega, bA) - thermal_excitation(omega, bB)
        J_sat = float(omega * dq / (1.0 / kA + 1.0 / kB))
        for e in strong_eps_grid(cfg):
            eps = float(e * gA)
            model = incoherent_model(
                omega_A=omega, omega_B=omega, beta_A=bA, beta_B=bB, gamma_A=gA, gamma_B=gB,
                eps=eps, noise_beta=inc["noise_beta"],
            )  # fmt: skip
            J = heat_currents(model, stationary_state(model))
            rates = dict(beta_A=bA, beta_B=bB)
            rows.append({
                "T_A": TA, "T_B": TB, "gamma_ratio": ratio, "gamma_A": gA, "gamma_B": gB,
                "kappa_A": float(kA), "kappa_B": float(kB), "eps_over_gamma": float(e),
                "eps": eps, "J_A": J[0], "J_B": J[1],
                "J_exact_D1": float(incoherent_current_exact(
                    omega, **rates, gamma_A=gA, gamma_B=gB, eps=eps)),
                "J_leading_D2": float(incoherent_current_leading(omega, **rates, eps=eps)),
                "J_saturation": J_sat,
            })  # fmt: skip
    df = pd.DataFrame(rows)
    df["rel_err_exact"] = np.abs(df.J_A - df.J_exact_D1) / np.abs(df.J_exact_D1)
    df["overshoot_leading"] = df.J_leading_D2 / df.J_A - 1.0
    df["fraction_of_saturation"] = df.J_A / df.J_saturation
    return df
