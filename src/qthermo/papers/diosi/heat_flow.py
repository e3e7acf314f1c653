"""Tables of figure diosi_heat_flow: the incoherent sweep and the local-ME map (Diosi slides, 2014).

* Incoherent resonant coupling: exact stationary J_A (full Liouvillian) versus the slides'
  formula, our leading-order formula (D2) and exact closed form (D1), over temperature pairs and
  eps/Gamma; the slides' first-order stationary state; entropy production (never negative).
* Local coherent-coupling master equation: the sign map of the stationary entropy production
  over omega_A/omega_B and T_A/T_B, against the closed form (D3).

Formulas D1-D3 are derived in :mod:`qthermo.papers.diosi.currents`; the claims on these tables
are in :mod:`qthermo.papers.diosi.claims`, the figure in :mod:`qthermo.papers.diosi.heat_flow_plot`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import product
from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.model import Model
from qthermo.core.states import trace_norm
from qthermo.core.thermo import entropy_production, roundoff_floor
from qthermo.papers.diosi.currents import (
    incoherent_current_exact,
    incoherent_current_leading,
    liouville_first_order_current,
    liouville_first_order_state,
    local_current_exact,
    local_violation_predicted,
    slide_current,
    slide_first_order_state,
)
from qthermo.papers.diosi.grids import eps_grid, map_axes, temperature_pairs
from qthermo.papers.diosi.model import (
    incoherent_model,
    local_coherent_model,
    local_picture_currents,
    product_thermal_state,
    stationary_state,
)

__all__ = [
    "incoherent_sweep",
    "local_sweep",
]


def _incoherent_row(
    omega: float,
    TA: float,
    TB: float,
    ratio: float,
    gA: float,
    e: float,
    noise_beta: float,
    first_order: tuple[np.ndarray, np.ndarray, Any],
    support_tol: float | None,
    solve: Callable[[Model], np.ndarray] = stationary_state,
) -> dict[str, Any]:
    """One stationary state of the incoherent model: numerics, closed forms and distances."""
    bA, bB, gB = 1.0 / TA, 1.0 / TB, gA * ratio
    r0, r1, J_liou_unit = first_order
    eps = e * gA
    betas: dict[str, Any] = dict(beta_A=bA, beta_B=bB)
    model = incoherent_model(
        omega_A=omega,
        omega_B=omega,
        **betas,
        gamma_A=gA,
        gamma_B=gB,
        eps=eps,
        noise_beta=noise_beta,
    )
    rho = solve(model)
    ep = entropy_production(model, rho, support_tol=support_tol, detail=True)
    J = ep.currents
    slide_err = (
        trace_norm(rho - slide_first_order_state(omega, **betas, gamma=gA, eps=eps), hermitian=True)
        if ratio == 1.0
        else np.nan
    )
    J_D1 = incoherent_current_exact(omega, **betas, gamma_A=gA, gamma_B=gB, eps=eps)
    return {
        "T_A": TA,
        "T_B": TB,
        "beta_A": bA,
        "beta_B": bB,
        "gamma_ratio": ratio,
        "gamma_A": gA,
        "gamma_B": gB,
        "eps_over_gamma": e,
        "eps": eps,
        "J_A": J[0],
        "J_B": J[1],
        "J_K": J[2],
        "sigma": ep.total,
        "sigma_A": ep.per_bath[0],
        "sigma_B": ep.per_bath[1],
        "sigma_K": ep.per_bath[2],
        "J_exact_D1": float(J_D1),
        "J_leading_D2": float(incoherent_current_leading(omega, **betas, eps=eps)),
        "J_liouville_1st": J_liou_unit * eps,
        "J_slide": float(slide_current(omega, **betas, eps=eps)),
        "state_dist_product": trace_norm(rho - r0, hermitian=True),
        "state_dist_slide_1st": slide_err,
        "state_dist_liouville_1st": trace_norm(rho - r0 - eps * r1, hermitian=True),
    }


def incoherent_sweep(
    cfg: dict[str, Any],
    support_tol: float | None = None,
    progress=None,
    solve: Callable[[Model], np.ndarray] = stationary_state,
) -> pd.DataFrame:
    """Stationary states of the incoherent resonant model over (T_A, T_B, Gamma_B/Gamma_A, eps).

    One row per state with the exact (numerical) J_A, J_B, J_K, sigma and its per-bath terms,
    the closed forms D1 and D2, the slides' formula, the Liouville-space first-order current,
    and trace-norm distances of rho_s to the product state, to the slides' first-order state
    (Gamma_A = Gamma_B only) and to rho_0 + eps rho_1.  ``solve`` finds the stationary state:
    the dense solve (the figure's table) or
    :func:`~qthermo.papers.diosi.model.rate_equation_state` (componentwise accurate populations,
    needed where a bath's excitation falls below ~1e-8; the scan of ``incoherent.omega``).
    """
    omega, gA = cfg["omega"], cfg["gamma_A"]
    rows = []
    pairs = temperature_pairs(cfg["temperatures"])
    for k, ((TA, TB), ratio) in enumerate(product(pairs, cfg["gamma_ratios"])):
        bA, bB, gB = 1.0 / TA, 1.0 / TB, gA * ratio
        rates = dict(beta_A=bA, beta_B=bB, gamma_A=gA, gamma_B=gB)
        first_order = (
            product_thermal_state(omega_A=omega, omega_B=omega, beta_A=bA, beta_B=bB),
            liouville_first_order_state(omega, **rates),
            liouville_first_order_current(omega, **rates, eps=1.0),
        )
        for e in eps_grid(cfg):
            rows.append(
                _incoherent_row(
                    omega,
                    TA,
                    TB,
                    ratio,
                    gA,
                    e,
                    cfg["noise_beta"],
                    first_order,
                    support_tol,
                    solve,
                )
            )
        if progress is not None:
            progress(
                f"incoherent: T_A={TA}, T_B={TB}, Gamma_B/Gamma_A={ratio} "
                f"({k + 1}/{len(pairs) * len(cfg['gamma_ratios'])})"
            )
    df = pd.DataFrame(rows)
    df["rel_err_leading"] = np.abs(df.J_A - df.J_leading_D2) / np.abs(df.J_A)
    df["rel_err_slide"] = np.abs(df.J_A - df.J_slide) / np.abs(df.J_A)
    df["rel_err_exact"] = np.abs(df.J_A - df.J_exact_D1) / np.abs(df.J_exact_D1)
    return df


def sigma_sign(
    model: Model, sigma: float, per_bath: Sequence[float], *, beta_sum: float, sign_rtol: float
) -> int:
    """Sign of the entropy production, 0 where ``|sigma|`` is round-off.

    Round-off is judged on two scales: relative to the per-bath Spohn terms (``sign_rtol``) and
    absolutely, against what a Spohn term of an O(1) state can carry in double precision,
    ``roundoff_floor(dim) * sum_a beta_a * R * ||H||`` with ``R = sum_j gamma_j ||L_j||^2``.
    On the boundary lines of the local map (equilibrium, omega_A/omega_B = T_A/T_B) sigma is
    ~1e-17 while the per-bath terms can themselves be ~1e-9, so the relative test alone gave
    CPU-dependent signs there; off the boundary |sigma| >= 6e-8 on the default grid.
    """
    scale = sum(abs(x) for x in per_bath)
    absolute = (
        roundoff_floor(model.dim) * beta_sum * model.rate_scale * float(np.max(np.abs(model.H)))
    )
    if abs(sigma) <= max(sign_rtol * scale, absolute):
        return 0
    return int(np.sign(sigma))


def _local_row(
    w: float, t: float, cfg: dict[str, Any], support_tol: float | None, sign_rtol: float
) -> dict[str, Any]:
    """One stationary state of the local coherent ME at omega_A/omega_B = w, T_A/T_B = t."""
    wB, TB, g, eps = cfg["omega_B"], cfg["T_B"], cfg["gamma"], cfg["eps"]
    TA = t * TB
    bA, bB = 1.0 / TA, 1.0 / TB
    wA = w * wB
    params = dict(omega_A=wA, omega_B=wB, beta_A=bA, beta_B=bB, gamma_A=g, gamma_B=g, eps=eps)
    lm = local_coherent_model(**params)
    rho = stationary_state(lm.model)
    ep = entropy_production(
        lm.model, rho, support_tol=support_tol, check_nonnegative=False, detail=True
    )
    J = ep.currents
    sign = sigma_sign(lm.model, ep.total, ep.per_bath, beta_sum=bA + bB, sign_rtol=sign_rtol)
    JA_loc, JB_loc = local_picture_currents(lm, rho)
    return {
        "omega_ratio": w,
        "t_ratio": t,
        "omega_A": wA,
        "omega_B": wB,
        "T_A": TA,
        "T_B": TB,
        "J_A": J[0],
        "J_B": J[1],
        "sigma": ep.total,
        "sigma_A": ep.per_bath[0],
        "sigma_B": ep.per_bath[1],
        "sigma_sign": sign,
        "J_A_exact_D3": local_current_exact(**params),
        "J_A_local": JA_loc,
        "J_B_local": JB_loc,
        "sigma_local": -bA * JA_loc - bB * JB_loc,
        "violation_predicted": bool(local_violation_predicted(w, t)),
        "on_boundary": bool(abs(np.log(w / t)) < 1e-9 or abs(np.log(t)) < 1e-12),
    }


def local_sweep(
    cfg: dict[str, Any], support_tol: float | None = None, sign_rtol: float = 1e-9, progress=None
) -> pd.DataFrame:
    """Stationary states of the local coherent-coupling ME on the (omega_A/omega_B, T_A/T_B) map.

    ``sigma_sign`` is -1/0/+1, zero when ``|sigma|`` is below ``sign_rtol`` times the sum of the
    absolute per-bath Spohn terms (points on the boundary line).  Also records the local-picture
    currents ``Tr[H_X L_X rho]`` and their entropy balance, which never goes negative.
    """
    w_ratios, t_ratios = map_axes(cfg)
    rows = []
    for i, t in enumerate(t_ratios):
        for w in w_ratios:
            rows.append(_local_row(w, t, cfg, support_tol, sign_rtol))
        if progress is not None and (i % 10 == 0 or i == len(t_ratios) - 1):
            progress(f"local map: row {i + 1}/{len(t_ratios)}")
    return pd.DataFrame(rows)
