"""Steady-state dissipation-less current of the 2N-state model between two baths (Tajima-Funo).

doi:10.1103/PhysRevLett.127.190604, text after Eq. (7): the 2N-state model can carry a current
O(N) with dissipation O(1) in a steady state between two baths (construction in the
Supplemental Material, not available; the one below is ours).

Both baths couple through the jumps of the medium (:func:`~.carnot_cycle.full_model`, gap
``hbar omega0``, ``gamma(omega0) = gamma0``, ``gamma(-omega0) = gamma0 exp(-beta hbar omega0)``),
the hot one at ``x_h = beta_h hbar omega0`` and the cold one at ``x_c = x_h + delta0/N``: the
temperature difference shrinks as 1/N.  In the exact two-level reductions of
:mod:`~qthermo.papers.tajima_funo.carnot_cycle` the collective medium (started in the bright
sector ``span{|g,+>, |e,+>}``) relaxes at rate ``N^2 gamma0`` and the incoherent one at
``N gamma0``, so ``J_h = N^k hbar omega0 gamma0 (e^{-x_h} p_g - p_e)`` with ``k = 2`` or ``1`` and
the two-bath stationary ``p_e = (e^{-x_h} + e^{-x_c}) / (2 + e^{-x_h} + e^{-x_c})``; the entropy
production is ``sigma = (beta_c - beta_h) J_h``.  For large N (linear response in
``delta = delta0/N``): collective ``J_h / N -> hbar omega0 gamma0 delta0 / (2 (1 + e^{x_h}))`` and
``sigma -> gamma0 delta0^2 / (2 (1 + e^{x_h}))``: O(N) current at O(1) dissipation; incoherent
``J_h -> hbar omega0 gamma0 delta0 / (2 (1 + e^{x_h}))``, ``sigma = O(1/N)``.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.channels import fixed_point
from qthermo.core.model import Bath, Model
from qthermo.core.superop import model_liouvillian, propagator
from qthermo.core.thermo import entropy_production, heat_current
from qthermo.core.tradeoff import evaluate_tradeoff
from qthermo.papers.tajima_funo.carnot_cycle import (
    MEDIA,
    embed,
    full_a_cl,
    full_a_qm,
    full_model,
    reduced_model,
)
from qthermo.papers.tajima_funo.grids import n_values

__all__ = [
    "two_bath_model",
    "reduced_steady_state",
    "closed_form",
    "asymptotic_constants",
    "full_space_a",
    "steady_row",
    "full_check_row",
    "steady_current_tables",
]


def _betas(N: int, c: dict[str, Any]) -> tuple[float, float]:
    """``(beta_h, beta_c)`` with ``beta_h hbar omega0 = x_h``, ``beta_c hbar omega0 = x_h + delta0/N``."""
    e = c["hbar"] * c["omega0"]
    return c["x_h"] / e, (c["x_h"] + c["delta0"] / N) / e


def two_bath_model(N: int, c: dict[str, Any], *, medium: str, reduced: bool) -> Model:
    """The medium between the hot and the cold bath (exact reduction or full 2N space)."""
    beta_h, beta_c = _betas(N, c)
    build = reduced_model if reduced else full_model
    kw = {"omega": c["omega0"], "gamma0": c["gamma0"], "medium": medium, "hbar": c["hbar"]}
    hot = build(N, beta=beta_h, bath_name="hot", **kw).baths[0]
    m_cold = build(N, beta=beta_c, bath_name="cold", **kw)
    baths = [Bath("hot", beta_h, hot.jumps), Bath("cold", beta_c, m_cold.baths[0].jumps)]
    return Model(m_cold.energies, m_cold.labels, baths, hbar=c["hbar"])


def reduced_steady_state(model: Model) -> np.ndarray:
    """Stationary state of a two-level reduction: null vector of its population rate matrix."""
    W = np.zeros((2, 2))
    for bath in model.baths:
        for j in bath.jumps:
            amp = abs(j.op[0, 1]) ** 2 + abs(j.op[1, 0]) ** 2
            k = j.rate * amp
            if j.omega > 0:  # e -> g
                W[0, 1] += k
                W[1, 1] -= k
            else:  # g -> e
                W[1, 0] += k
                W[0, 0] -= k
    p_e = W[1, 0] / (W[1, 0] + W[0, 1])
    return np.diag([1.0 - p_e, p_e]).astype(complex)


def closed_form(N: int, c: dict[str, Any], medium: str) -> tuple[float, float]:
    """``(J_h, sigma)`` of the module docstring for one N."""
    k = 2 if medium == "collective" else 1
    beta_h, beta_c = _betas(N, c)
    e = c["hbar"] * c["omega0"]
    fh, fc = np.exp(-beta_h * e), np.exp(-beta_c * e)
    p_e = (fh + fc) / (2.0 + fh + fc)
    J = N**k * e * c["gamma0"] * (fh * (1.0 - p_e) - p_e)
    return float(J), float((beta_c - beta_h) * J)


def asymptotic_constants(c: dict[str, Any]) -> dict[str, float]:
    """Large-N limits: collective ``J_h/N`` and ``sigma``; incoherent ``J_h``."""
    a = c["gamma0"] * c["delta0"] / (2.0 * (1.0 + np.exp(c["x_h"])))
    e = c["hbar"] * c["omega0"]
    return {
        "J_over_N_collective": e * a,
        "sigma_collective": c["delta0"] * a,
        "J_incoherent": e * a,
    }


def full_space_a(N: int, c: dict[str, Any], medium: str, p_e: float) -> tuple[float, float]:
    """``(A_cl, A_qm)`` of the full 2N model in the embedded steady state, summed over baths.

    Both baths' X have the form of :func:`~.carnot_cycle.full_a_cl` (same jumps, gap and
    ``gamma(omega) = gamma0 >= gamma(-omega)``), so their sum adds A_cl and C_X bath by bath.
    """
    pg, pe = np.asarray(1.0 - p_e), np.asarray(p_e)
    w, g0, hbar = c["omega0"], c["gamma0"], c["hbar"]
    a_cl = a_qm = 0.0
    for b in _betas(N, c):
        a_cl += float(full_a_cl(N, pg, pe, beta=b, omega=w, gamma0=g0, hbar=hbar))
        a_qm += float(full_a_qm(N, pg, pe, beta=b, omega=w, gamma0=g0, medium=medium, hbar=hbar))
    return a_cl, a_qm


def steady_row(N: int, c: dict[str, Any], medium: str) -> dict[str, Any]:
    """Reduced steady state at one N: currents, sigma (Clausius and Spohn), CD ratio, full A's."""
    model = two_bath_model(N, c, medium=medium, reduced=True)
    rho = reduced_steady_state(model)
    hot, cold = model.baths
    J_h, J_c = heat_current(model, rho, hot), heat_current(model, rho, cold)
    # Steady state: sigma = -beta_h J_h - beta_c J_c = (beta_c - beta_h)(J_h - J_c)/2 once the
    # energy balance J_h + J_c = 0 holds (its round-off residual, recorded as `balance`, would
    # enter multiplied by beta_c/(beta_c - beta_h) ~ N).  The Spohn form is kept as a check: at
    # N ~ 1e4, where the incoherent medium sits 1e-9 below A_cl/2, it is good to ~1e-7 only.
    sigma = (cold.beta - hot.beta) * (J_h - J_c) / 2.0
    a_cl, a_qm = full_space_a(N, c, medium, float(np.real(rho[1, 1])))
    J_cf, s_cf = closed_form(N, c, medium)
    beta_h, beta_c = _betas(N, c)
    return {"N": N, "medium": medium, "J_h": J_h, "J_c": J_c, "sigma": sigma,
            "sigma_spohn": entropy_production(model, rho), "balance": (J_h + J_c) / abs(J_h),
            "cd_ratio": (abs(J_h) + abs(J_c)) ** 2 / sigma, "A_cl": a_cl, "A_qm": a_qm,
            "J_h_closed_form": J_cf, "sigma_closed_form": s_cf,
            "beta_h": beta_h, "beta_c": beta_c}  # fmt: skip


def full_check_row(r: dict[str, Any], c: dict[str, Any]) -> dict[str, Any]:
    """Full 2N-space steady state: eigenvalue-1 projection of ``exp(L T)`` on the embedded
    Gibbs start of the hot bath, with its currents and bounds, against the reduced row ``r``
    (a :func:`steady_row` result, which names ``N`` and ``medium``)."""
    N, medium = int(r["N"]), str(r["medium"])
    full = two_bath_model(N, c, medium=medium, reduced=False)
    x = _betas(N, c)[0] * c["hbar"] * c["omega0"]
    start = embed(np.diag([1.0, np.exp(-x)]).astype(complex) / (1.0 + np.exp(-x)), N, medium)
    T = c["relax_times"] / (c["gamma0"] * (N**2 if medium == "collective" else N))
    fp = fixed_point(propagator(model_liouvillian(full), T), start, c["null_tol"])
    tr = evaluate_tradeoff(full, fp.rho)
    f = {"J_h": heat_current(full, fp.rho, full.baths[0]), "sigma": tr.sigma,
         "cd_ratio": tr.cd, "A_cl": tr.A_cl, "A_qm": tr.A_qm}  # fmt: skip
    rel = {k: abs(f[k] - r[k]) / max(abs(r[k]), 1e-300) for k in f if k != "A_qm"}
    rel["A_qm"] = abs(f["A_qm"] - r["A_qm"]) / max(abs(r["A_qm"]), abs(r["A_cl"]))
    return {"N": N, "medium": medium, **{f"{k}_full": v for k, v in f.items()},
            "max_rel_diff": max(rel.values()), "closure": fp.closure,
            "multiplicity": fp.multiplicity}  # fmt: skip


def steady_current_tables(c: dict[str, Any]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The N sweep (log-spaced, both media, reduced) and the full-space cross-check table."""
    Ns = n_values(c["N_max"], c["n_points"])
    rows = {(m, N): steady_row(N, c, m) for m in MEDIA for N in Ns}
    sweep = pd.DataFrame(list(rows.values()))
    n_max = {"collective": c["full_check_N_max"], "incoherent": c["full_check_N_max_incoherent"]}
    check = pd.DataFrame(
        [
            full_check_row(rows.get((m, N)) or steady_row(N, c, m), c)
            for m in MEDIA
            for N in (1, 2, 4, 8, 16)
            if N <= n_max[m]
        ]
    )
    return sweep, check
