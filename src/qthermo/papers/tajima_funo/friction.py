"""Tajima-Funo Result 1 on states that carry coherence between different energy levels.

Random full-rank states on random detailed-balance models (degenerate spectra, random jump
operators between levels, one or more baths) and on the 2N-state model of Eq. (5).  For each
state rho and the convex family ``rho_t = rho_bd + t (rho - rho_bd)`` (same J, growing inter-level
coherence) we evaluate J_tot, sigma and the CD ratio for rho_t, rho_bd, rho_sd together with the
bounds A_cl/2 and (A_cl + A_qm)/2 (doi:10.1103/PhysRevLett.127.190604, Ineqs. 2-4).

Quantum friction (Result 1, Funo's slides "main result 1"): because every jump operator lowers
the energy by a fixed amount, the diagonal blocks of ``D_a[rho]`` only see rho_bd, so
``J_a(rho) = J_a(rho_bd)``; Ineq. (2) then states ``sigma(rho) >= sigma(rho_bd)``.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.coherence import block_diagonal, l1_coherence
from qthermo.core.model import Bath, Jump, Model
from qthermo.core.states import check_density_matrix, random_density
from qthermo.core.thermo import heat_currents
from qthermo.core.tradeoff import evaluate_tradeoff
from qthermo.papers.tajima_funo.two_n_state import two_n_state_model

__all__ = ["random_db_model", "inter_level_coherence", "state_rows", "friction_table"]


def random_db_model(
    rng: np.random.Generator,
    *,
    n_levels: int,
    max_degeneracy: int,
    n_baths: int,
    beta_min: float,
    beta_max: float,
    hbar: float = 1.0,
) -> Model:
    """Random detailed-balance model (Eq. 1): degenerate levels, random jumps between levels.

    Level energies are uniform in [0, 2] (sorted, distinct), degeneracies uniform in
    1..max_degeneracy.  Each bath (beta uniform in [beta_min, beta_max]) gets, for every pair of
    levels E_k < E_l, a complex Ginibre operator ``L`` supported on the block ``|k><l|``
    (so ``[L, H] = hbar omega L`` with ``hbar omega = E_l - E_k``), a rate ``gamma(omega)``
    uniform in [0.2, 2] and the partner ``L^dag`` with ``gamma(-omega) = gamma(omega)
    exp(-beta hbar omega)``.  The Model constructor checks both relations and the Gibbs fixed point.
    """
    levels = np.sort(rng.uniform(0.0, 2.0, size=n_levels))
    degs = rng.integers(1, max_degeneracy + 1, size=n_levels)
    energies = np.repeat(levels, degs)
    labels = [(f"E{k}", j) for k, d in enumerate(degs) for j in range(int(d))]
    starts = np.concatenate([[0], np.cumsum(degs)])
    dim = int(starts[-1])
    baths = []
    for a in range(n_baths):
        beta = float(rng.uniform(beta_min, beta_max))
        jumps = []
        for k in range(n_levels):
            for m in range(k + 1, n_levels):
                L = np.zeros((dim, dim), dtype=complex)
                shape = (int(degs[k]), int(degs[m]))
                L[starts[k] : starts[k + 1], starts[m] : starts[m + 1]] = rng.normal(
                    size=shape
                ) + 1j * rng.normal(size=shape)
                omega = float(levels[m] - levels[k]) / hbar
                rate = float(rng.uniform(0.2, 2.0))
                up = rate * np.exp(-beta * hbar * omega)
                jumps.append(Jump(op=L, omega=omega, rate=rate, label=f"L_{k}{m}"))
                jumps.append(Jump(op=L.conj().T, omega=-omega, rate=up, label=f"L_{m}{k}"))
        baths.append(Bath(f"bath{a}", beta, tuple(jumps)))
    return Model(energies=energies, labels=labels, baths=baths, hbar=hbar)


def inter_level_coherence(model: Model, rho: np.ndarray) -> float:
    """l1 coherence between different energy levels: ``C_l1(rho) - C_l1(rho_bd)``."""
    return l1_coherence(rho) - l1_coherence(block_diagonal(model, rho))


def state_rows(
    model: Model,
    rho: np.ndarray,
    ts: list[float],
    *,
    support_tol: float | None = None,
) -> list[dict[str, Any]]:
    """One row per ``rho_t = rho_bd + t (rho - rho_bd)``: Eqs. (2)-(4) quantities and coherences."""
    rho_bd = block_diagonal(model, rho)
    rows = []
    for t in ts:
        state = check_density_matrix(rho_bd + t * (rho - rho_bd), what=f"rho_t (t={t})")
        tp = evaluate_tradeoff(model, state, support_tol=support_tol)
        dJ = heat_currents(model, state) - heat_currents(model, rho_bd)
        rows.append(
            {
                "t": t,
                "dim": model.dim,
                "n_levels": len(model.blocks),
                "n_baths": len(model.baths),
                "C_l1_inter": inter_level_coherence(model, state),
                "C_l1_bd": tp.C_l1_bd,
                "J_tot": tp.J_tot,
                "J_tot_bd": tp.J_tot_bd,
                "dJ_bath_max": float(np.max(np.abs(dJ))),
                "sigma": tp.sigma,
                "sigma_bd": tp.sigma_bd,
                "sigma_sd": tp.sigma_sd,
                "cd": tp.cd,
                "cd_bd": tp.cd_bd,
                "cd_sd": tp.cd_sd,
                "A_cl": tp.A_cl,
                "A_qm": tp.A_qm,
            }
        )
    return rows


def _mix_values(n: int) -> list[float]:
    """``t = 1/n, 2/n, ..., 1`` (t = 0 would be rho_bd itself, an identity case)."""
    return [float(k) / n for k in range(1, n + 1)]


def friction_table(
    cfg: dict[str, Any], hbar: float = 1.0, support_tol: float | None = None, progress=None
) -> pd.DataFrame:
    """Tidy table, one row per state: random detailed-balance models and the 2N-state model.

    ``cfg`` is config section ``tajima_funo.friction``; one seeded generator drives all draws.
    """
    rng = np.random.default_rng(cfg["seed"])
    ts = _mix_values(cfg["mix_points"])
    models: list[tuple[str, Model]] = []
    for m in range(cfg["n_models"]):
        n_levels = int(rng.integers(cfg["n_levels_min"], cfg["n_levels_max"] + 1))
        model = random_db_model(
            rng,
            n_levels=n_levels,
            max_degeneracy=cfg["max_degeneracy"],
            n_baths=cfg["n_baths"],
            beta_min=cfg["beta_min"],
            beta_max=cfg["beta_max"],
            hbar=hbar,
        )
        models.append((f"random{m}", model))
    for N in cfg["two_n_values"]:
        beta = float(rng.uniform(cfg["beta_min"], cfg["beta_max"]))
        models.append((f"two_n_N{N}", two_n_state_model(N, beta=beta, hbar=hbar)))
    rows = []
    for name, model in models:
        for s in range(cfg["n_states"]):
            rho = random_density(rng, model.dim)
            for row in state_rows(model, rho, ts, support_tol=support_tol):
                rows.append({"model": name, "state": s, **row})
        if progress is not None:
            progress(f"{name}: dim {model.dim}, {len(model.blocks)} levels")
    return pd.DataFrame(rows)
