"""Sweep tables of Kamimura et al. behind ``figures/kamimura_scaling`` and the ``kytm.*`` claims.

Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), doi:10.1103/PhysRevLett.131.090401:
Eqs. (9), (11)-(20), Fig. 2.  ``sweep(cfg)`` evaluates every model in the Dicke subspace for a
log-spaced set of odd L up to ``L_max`` (``scaling``), Eq. (12) for all m (``eq12``), the
superradiant burst (``burst_peaks``, ``burst_curves``) and the Redfield-versus-GKSL check
(``rwa``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.dicke import (
    collective_ops,
    full_collective_ops,
    full_m_body_operator,
    m_body_operator_dense,
    m_values,
)
from qthermo.core.states import random_density
from qthermo.ledger.memo import shared_reads
from qthermo.papers.kamimura.bounds import bound1, bound2, current_operator
from qthermo.papers.kamimura.broadband import ohmic_eta, ohmic_version, xi_ohmic
from qthermo.papers.kamimura.burst import burst_bounds, superradiant_burst
from qthermo.papers.kamimura.dissipators import (
    commuting_part,
    gksl_dissipator,
    lorentzian_gamma,
    redfield_dissipator,
)
from qthermo.papers.kamimura.grids import log_grid, odd_log_grid
from qthermo.papers.kamimura.models import (
    ScalingModel,
    eq12_heat_current,
    heat_current,
    m_body_model,
    parallel_model,
    superabsorption_model,
    superradiance_model,
)

__all__ = [
    "MODELS",
    "fit_window",
    "models_at",
    "model_at",
    "bath_xi",
    "scaling_table",
    "eq12_table",
    "burst_tables",
    "rwa_table",
    "sweep",
]

MODELS = ["m=L", "m=L-1", "m=L-2", "superradiance", "superabsorption", "parallel"]


def fit_window(df: pd.DataFrame, cl: dict[str, Any]) -> pd.DataFrame:
    """Rows with ``fit_L_min <= L <= fit_L_max`` (the log-log fit window), sorted by L."""
    return df[(df.L >= cl["fit_L_min"]) & (df.L <= cl["fit_L_max"])].sort_values("L")


# --------------------------------------------------------------------------- tables
def models_at(L: int, c: dict[str, Any]):
    """The six models of the scaling table at L, as (name, ScalingModel) in ``MODELS`` order
    (:func:`model_at`)."""
    for name in MODELS:
        yield name, model_at(name, L, c)


#: the m-body models of the scaling table: m = L minus this
_M_BELOW_L = {"m=L": 0, "m=L-1": 1, "m=L-2": 2}


def model_at(name: str, L: int, c: dict[str, Any]) -> ScalingModel:
    """Model ``name`` (one of ``MODELS``) of the scaling table at L.

    Two interpretation choices (:mod:`qthermo.papers.kamimura.alternatives`) are read here:
    ``bath`` (``narrowband``: white noise / narrow-band baths, the default; ``ohmic``: every
    bath replaced by :func:`~qthermo.papers.kamimura.broadband.ohmic_version` with cutoff
    ``omega_c``) and ``parallel_bath`` (``independent``: one bath per qubit, the default;
    ``common``: one bath coupled to ``2 g J_x``, the superradiance model from |L/2>).
    """
    common = dict(g=c["g"], omega_q=c["omega_q"])
    if name in _M_BELOW_L:
        mod = m_body_model(L, L - _M_BELOW_L[name], gamma_wn=c["gamma_wn"], **common)
    elif name == "superradiance":
        mod = superradiance_model(L, gamma0=c["gamma_0"], **common)
    elif name == "superabsorption":
        mod = superabsorption_model(
            L, Omega=c["Omega"], gamma0=c["gamma_0"], beta=c["beta_sa"], **common
        )
    elif name == "parallel":
        mod = _parallel(L, c)
    else:
        raise ValueError(f"unknown scaling model {name!r}; one of {MODELS}")
    if c.get("bath", "narrowband") == "ohmic":
        mod = _ohmic(name, mod, c)
    return mod


def _parallel(L: int, c: dict[str, Any]) -> ScalingModel:
    """The parallel scheme under the ``parallel_bath`` reading (see :func:`models_at`)."""
    common = dict(g=c["g"], omega_q=c["omega_q"], gamma0=c["gamma_0"])
    if c.get("parallel_bath", "independent") == "independent":
        return parallel_model(L, **common)
    mod = superradiance_model(L, initial_M=L / 2, **common)
    return dataclasses.replace(mod, name="parallel (common bath)")


def _ohmic(name: str, mod: ScalingModel, c: dict[str, Any]) -> ScalingModel:
    """``mod`` under the Ohmic reading: rate matched at omega_q, T = 0 except the
    superabsorber (``beta_sa``)."""
    rate = c["gamma_wn"] if name.startswith("m=") else c["gamma_0"]
    beta = c["beta_sa"] if name == "superabsorption" else float("inf")
    return ohmic_version(
        mod, mod.channels[0].A, rate_at_wq=rate / c["g"] ** 2, omega_c=c["omega_c"], beta=beta
    )


def bath_xi(c: dict[str, Any]) -> float | None:
    """Xi of the T = 0 collective bath under the ``bath`` reading (None: narrow-band default)."""
    if c.get("bath", "narrowband") != "ohmic":
        return None
    eta = ohmic_eta(
        rate=c["gamma_0"] / c["g"] ** 2, omega_q=c["omega_q"], omega_c=c["omega_c"], beta=np.inf
    )
    return xi_ohmic(eta=eta, omega_c=c["omega_c"], beta=np.inf)


def scaling_table(c: dict[str, Any], progress: Callable[[str], None] | None = None) -> pd.DataFrame:
    """One row per (L, model): J(0), Bound 1 (Eq. 9), Bound 2 (Eq. 14) and their inputs.

    Each model's rows are built once per distinct values read inside a sensitivity evaluation
    (:func:`~qthermo.ledger.memo.shared_reads`): a reading that changes one model (the sign of
    Omega, the parallel scheme's bath) leaves the other five as they were."""
    per_model = {}
    for name in MODELS:
        per_model[name] = shared_reads(_model_rows, c, name=name)
        if progress is not None:
            progress(f"scaling: model {name} done")
    n_L = len(per_model[MODELS[0]])  # every model has a row per L of the grid
    return pd.DataFrame([per_model[name][i] for i in range(n_L) for name in MODELS])


def _model_rows(c: dict[str, Any], *, name: str) -> list[dict[str, Any]]:
    """The scaling-table rows of model ``name``, one per L of the grid."""
    rows = []
    for L in odd_log_grid(c["L_small_max"], c["L_max"], c["per_decade"]):
        mod = model_at(name, L, c)
        ch = mod.channels[0]
        rows.append(
            {
                "L": L,
                "model": name,
                "J0": heat_current(mod),
                "bound1": bound1(mod),
                "bound2": bound2(mod),
                "J0_formula": mod.J_formula,
                "norm_H": mod.norm_H,
                "norm_A": ch.norm_A,
                "xi": ch.xi,
                "delta_E": ch.delta_E,
                "n_baths": ch.multiplicity,
            }
        )
    return rows


def eq12_table(c: dict[str, Any]) -> pd.DataFrame:
    """J(0) of the m-body model for every m = 1..L and L = 1..``eq12_all_m_L_max``.

    Uses the dense route (J_x eigenbasis and exact Krawtchouk eigenvalues), independent of
    the sparse Newton-identity route of the scaling table.
    """
    g, w, gwn = c["g"], c["omega_q"], c["gamma_wn"]
    rows = []
    for L in range(1, c["eq12_all_m_L_max"] + 1):
        energies = w * m_values(L)
        psi = np.zeros(L + 1)
        psi[-1] = 1.0
        for m in range(1, L + 1):
            A = m_body_operator_dense(L, m, g)
            X = current_operator(energies, [(A, gwn / g**2)])
            rows.append(
                {
                    "L": L,
                    "m": m,
                    "J0": float(np.real(psi @ (X @ psi))),
                    "J0_eq12": eq12_heat_current(L, m, gamma_wn=gwn, omega_q=w),
                }
            )
    return pd.DataFrame(rows)


def burst_tables(
    c: dict[str, Any], b: dict[str, Any], progress: Callable[[str], None] | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Superradiant burst from |L/2> at T = 0: peak table and J(t) curves for ``L_show``."""
    peaks: list[dict[str, Any]] = []
    curves: list[dict[str, Any]] = []
    Ls = sorted(set(log_grid(b["L_min"], b["L_max"], b["n_L"])) | set(b["L_show"]))
    for L in Ls:
        res = superradiant_burst(
            L,
            omega_q=c["omega_q"],
            gamma0=c["gamma_0"],
            t_max_scaled=b["t_max_scaled"],
            n_grid=b["n_grid"],
            rtol=b["rtol"],
        )
        b1, b2 = burst_bounds(L, g=c["g"], omega_q=c["omega_q"], gamma0=c["gamma_0"], xi=bath_xi(c))
        peaks.append(
            {
                "L": L,
                "t_peak": res.t_peak,
                "J_peak": res.J_peak,
                "bound1": b1,
                "bound2": b2,
                "solver_steps": res.n_steps,
            }
        )
        if L in b["L_show"]:
            curves.extend({"L": L, "t": t, "J": J} for t, J in zip(res.times, res.J, strict=True))
        if progress is not None:
            progress(f"burst: L={L} peak |J|/L^2 = {abs(res.J_peak) / L**2:.6f}")
    return pd.DataFrame(peaks), pd.DataFrame(curves)


def rwa_table(c: dict[str, Any], r: dict[str, Any]) -> pd.DataFrame:
    """Redfield (Eq. 6) versus GKSL after the RWA (Eq. 20) heat currents on example states.

    Lorentzian thermal-like bath of width ``kappa`` at the qubit frequency (complex Gamma with
    a Lamb shift).  For states commuting with H_S (random states projected on the energy
    blocks) the two currents must agree; random non-commuting states are the control.
    """
    g, w, g0 = c["g"], c["omega_q"], c["gamma_0"]
    Gamma = lorentzian_gamma(
        omega0=w,
        kappa=r["kappa"],
        gamma_down=g0 / g**2,
        gamma_up=g0 * np.exp(-r["beta"] * w) / g**2,
    )
    rng = np.random.default_rng(r["seed"])
    L = r["L"]
    ops = collective_ops(L)
    M = m_values(L)
    examples = [
        ("superradiance", L, w * M, (2 * g * ops.Jx).toarray()),
        ("superabsorption", L, w * M + c["Omega"] * M**2, (2 * g * ops.Jx).toarray()),
    ]
    Lf, mf = r["L_full"], r["m_full"]
    Ff = full_collective_ops(Lf)
    examples.append(
        (
            f"m-body m={mf} (2^L space)",
            Lf,
            w * Ff.Jz.diagonal(),
            full_m_body_operator(Lf, mf, g).toarray(),
        )
    )
    rows = []
    for name, LL, energies, A in examples:
        D_red = redfield_dissipator(energies, A, Gamma)
        D_gksl = gksl_dissipator(energies, A, Gamma)
        for i in range(r["n_states"]):
            base = random_density(rng, energies.size)
            for kind, rho in (("commuting", commuting_part(base, energies)), ("generic", base)):
                comm = float(np.max(np.abs(energies[:, None] * rho - rho * energies[None, :])))
                Jr = float(np.real(np.sum(energies * np.diag(D_red(rho)))))
                Jg = float(np.real(np.sum(energies * np.diag(D_gksl(rho)))))
                rows.append(
                    {
                        "example": name,
                        "L": LL,
                        "dim": energies.size,
                        "state": f"{kind}-{i}",
                        "commutes": kind == "commuting",
                        "commutator_max": comm,
                        "J_redfield": Jr,
                        "J_gksl": Jg,
                        "rel_diff": abs(Jr - Jg) / max(abs(Jr), abs(Jg), 1e-300),
                    }
                )
    return pd.DataFrame(rows)


def sweep(
    cfg: dict[str, Any], progress: Callable[[str], None] | None = None
) -> dict[str, pd.DataFrame]:
    """All tables of the topic: scaling, eq12, burst_peaks, burst_curves, rwa."""
    c = cfg["scaling"]
    # In a sensitivity job, Eq. (12) and the burst are rebuilt only for readings that change
    # what they read (no reading changes Eq. 12; only the Ohmic bath changes the burst's Xi)
    out = {"scaling": scaling_table(c, progress), "eq12": shared_reads(eq12_table, c)}
    out["burst_peaks"], out["burst_curves"] = shared_reads(
        burst_tables, c, cfg["burst"], progress=progress
    )
    out["rwa"] = rwa_table(c, cfg["rwa"])
    return out
