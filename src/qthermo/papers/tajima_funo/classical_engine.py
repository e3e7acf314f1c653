"""The classical side of Eq. (8) of Tajima-Funo (doi:10.1103/PhysRevLett.127.190604, Fig. 4).

Eq. (8) bounds the power-efficiency ratio of an engine without coherence by ``c A_cl_bar`` and
that of a coherent one by ``c (A_cl_bar + A_qm_bar)``, with ``W_cl, eta_cl`` "for rho_sd". Fig. 4
compares the quantum engine's ratio with ``c A_cl_bar`` evaluated on the *quantum* trajectory.
Here, over the same tau_C sweep:

* the **classical engine**: the same two qubits, rates and cycle, but independent decay
  (:func:`~qthermo.papers.tajima_funo.two_qubit.superradiant_model` with
  ``coupling="independent"``), i.e. the rho_sd dynamics. Its power, efficiency, its own
  ``c A_cl_bar`` and its entropy production per cycle;
* the **dephased trajectory**: the heats ``Q_a^sd = int J_a(rho_sd(t)) dt`` of the dephased state
  along the quantum limit cycle, the literal other reading of "W_cl and eta_cl for rho_sd".
  ``rho_sd(t)`` is not a solution of the dynamics, so its heats need not obey the first law with
  the quench work; :func:`classical_engine_table` records the residual.

Which one Eq. (8)'s classical half refers to is the config choice
``superradiant.eq8_classical`` (``dephased_engine``, ours, or ``dephased_trajectory``).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.cycles import (
    Cycle,
    CycleResult,
    carnot_efficiency,
    heat_observable,
    power_efficiency_constant,
    run_cycle,
)
from qthermo.papers.tajima_funo.engine_cycle import limit_state, make_cycle

__all__ = [
    "EQ8_READINGS",
    "CLASSICAL_ENGINE_COLUMNS",
    "cycle_entropy_production",
    "dephased_trajectory_heats",
    "classical_engine_row",
    "classical_engine_table",
    "classical_half",
]

EQ8_READINGS = ("dephased_engine", "dephased_trajectory")

CLASSICAL_ENGINE_COLUMNS = [
    "tau_c",
    # quantum (collective) engine, configured start
    "power_q",
    "eta_q",
    "ratio_q",
    "classical_bound_q",
    "quantum_bound_q",
    "entropy_q",
    # classical (independent-decay) engine
    "power_cl",
    "eta_cl",
    "ratio_cl",
    "classical_bound_cl",
    "A_qm_bar_cl",
    "entropy_cl",
    "multiplicity_cl",
    "closure_cl",
    "first_law_residual_cl",
    "power_ratio",
    # dephased state along the quantum trajectory
    "Q_H_sd",
    "Q_C_sd",
    "W_sd",
    "eta_sd",
    "ratio_sd",
    "first_law_residual_sd",
]


def cycle_entropy_production(res: CycleResult, cycle: Cycle) -> float:
    """Entropy production per cycle ``Sigma = -sum_a beta_a Q_a`` (Clausius; the state returns).

    ``Q_a`` is the heat the system absorbs from bath ``a`` in one pass of the limit cycle.
    """
    beta = {b.name: b.beta for s in cycle.strokes for b in s.model.baths}
    return -float(sum(beta[name] * q for h in res.heats.values() for name, q in h.items()))


def dephased_trajectory_heats(cycle: Cycle, res: CycleResult, n_points: int) -> dict[str, float]:
    """``Q_a^sd = int_stroke Tr[X_a rho_sd(t)] dt`` along a run kept with ``keep_states``.

    ``X_a`` is the heat observable of bath ``a`` (``J_a(rho) = Tr[X_a rho]``), ``rho_sd`` the state
    with every off-diagonal element removed (the paper's basis), Simpson rule on the run's grid.
    Returns the heat per stroke name.
    """
    # deferred: scipy's integrate/optimize add ~0.3-0.5 s to a job's start-up
    from scipy.integrate import simpson

    if len(res.states) != n_points * len(cycle.strokes):
        raise ValueError("run_cycle must be called with keep_states=True and the same n_points")
    heats: dict[str, float] = {}
    for k, s in enumerate(cycle.strokes):
        x_diag = np.real(np.diag(sum(heat_observable(s.model, b) for b in s.model.baths)))
        pops = np.real([np.diag(r) for r in res.states[k * n_points : (k + 1) * n_points]])
        times = np.linspace(0.0, s.duration, n_points)
        heats[s.name] = float(simpson(pops @ x_diag, x=times))
    return heats


def _power_efficiency_ratio(power: float, eta: float, eta_car: float) -> float:
    """Left-hand side of Eq. (8), ``(W/tau)/(eta_Car - eta)``."""
    return power / (eta_car - eta)


def classical_engine_row(cfg: dict[str, Any], hbar: float, tau_c: float) -> dict[str, Any]:
    """Quantum engine, classical engine and dephased trajectory at one tau_C (one table row)."""
    n = cfg["fig4"]["points_per_stroke"]
    c = power_efficiency_constant(cfg["beta_h"], cfg["beta_c"])
    eta_car = carnot_efficiency(cfg["beta_h"], cfg["beta_c"])
    q_cycle = make_cycle(cfg, hbar, tau_c=tau_c)
    q = run_cycle(q_cycle, limit_state(q_cycle, cfg["initial_state"], cfg).rho, n, keep_states=True)
    cl_cycle = make_cycle(cfg, hbar, tau_c=tau_c, coupling="independent")
    fp_cl = limit_state(cl_cycle, cfg["initial_state"], cfg)
    cl = run_cycle(cl_cycle, fp_cl.rho, n)
    sd = dephased_trajectory_heats(q_cycle, q, n)
    q_h_sd, q_c_sd = sd[q_cycle.strokes[0].name], sd[q_cycle.strokes[1].name]
    w_sd = q_h_sd + q_c_sd
    eta_sd = w_sd / q_h_sd
    return {
        "tau_c": float(tau_c),
        "power_q": q.power,
        "eta_q": q.efficiency,
        "ratio_q": q.ratio,
        "classical_bound_q": c * q.A_cl_mean,
        "quantum_bound_q": c * (q.A_cl_mean + q.A_qm_mean),
        "entropy_q": cycle_entropy_production(q, q_cycle),
        "power_cl": cl.power,
        "eta_cl": cl.efficiency,
        "ratio_cl": cl.ratio,
        "classical_bound_cl": c * cl.A_cl_mean,
        "A_qm_bar_cl": cl.A_qm_mean,
        "entropy_cl": cycle_entropy_production(cl, cl_cycle),
        "multiplicity_cl": int(fp_cl.multiplicity),
        "closure_cl": max(fp_cl.closure, cl.closure),
        "first_law_residual_cl": cl.first_law_residual,
        "power_ratio": q.power / cl.power,
        "Q_H_sd": q_h_sd,
        "Q_C_sd": q_c_sd,
        "W_sd": w_sd,
        "eta_sd": eta_sd,
        "ratio_sd": _power_efficiency_ratio(w_sd / q.period, eta_sd, eta_car),
        "first_law_residual_sd": q.work - w_sd,
    }


def classical_engine_table(cfg: dict[str, Any], hbar: float = 1.0) -> pd.DataFrame:
    """:func:`classical_engine_row` over the Fig. 4 tau_C sweep (config ``superradiant``).

    Returns
    -------
    DataFrame
        Columns :data:`CLASSICAL_ENGINE_COLUMNS`; ``_q``: the quantum engine from the configured
        start (as in Fig. 4), ``_cl``: the independent-decay engine (unique limit cycle),
        ``_sd``: heats of rho_sd(t) along the quantum cycle, ``W_sd = Q_H_sd + Q_C_sd``.
    """
    f4 = cfg["fig4"]
    taus = np.geomspace(f4["tau_c_min"], f4["tau_c_max"], f4["n_tau"])
    rows = [classical_engine_row(cfg, hbar, float(t)) for t in taus]
    return pd.DataFrame(rows, columns=CLASSICAL_ENGINE_COLUMNS)


def classical_half(table: pd.DataFrame, reading: str) -> tuple[np.ndarray, np.ndarray]:
    """Both sides of the first inequality of Eq. (8) under ``reading`` (:data:`EQ8_READINGS`).

    ``dephased_engine``: the classical engine's ratio and its own ``c A_cl_bar``;
    ``dephased_trajectory``: the ratio from the heats of rho_sd(t) along the quantum cycle and
    ``c A_cl_bar`` of the quantum trajectory (the bound drawn in Fig. 4).
    """
    if reading == "dephased_engine":
        return table.ratio_cl.to_numpy(), table.classical_bound_cl.to_numpy()
    if reading == "dephased_trajectory":
        return table.ratio_sd.to_numpy(), table.classical_bound_q.to_numpy()
    raise ValueError(f"superradiant.eq8_classical must be one of {EQ8_READINGS}, got {reading!r}")
