"""Heat-engine cycles: bath strokes at fixed Hamiltonian joined by instantaneous quenches.

A :class:`Cycle` is a sequence of :class:`Stroke` objects.  During stroke ``k`` the system is in
contact with the baths of ``stroke.model`` for a time ``stroke.duration`` at the (diagonal)
Hamiltonian ``stroke.model.H``.  Between two consecutive strokes, and from the last stroke back
to the first, the Hamiltonian is switched instantaneously (a quench between commuting
Hamiltonians: the state does not change, no bath acts), which costs the work

    W_on = Tr[rho (H_after - H_before)]

done on the system.  Heat from bath ``a`` during a stroke is ``Q_a = int J_a dt`` with
``J_a = Tr[H D_a[rho]]`` (Tajima-Funo, doi:10.1103/PhysRevLett.127.190604, text before Fig. 2);
it is evaluated exactly from ``int rho dt`` (Van Loan block exponential), since ``J_a`` is linear
in rho.  The extracted work is ``W = -sum W_on``, the efficiency ``eta = W/Q_H``, the power
``W/tau`` and ``eta_Car = 1 - beta_H/beta_C``.

The stationary (limit) cycle is the fixed point of the one-cycle map ``M``; it is computed as the
spectral projector of ``M`` onto its eigenvalue 1 applied to a chosen initial state (the fixed
point is not unique when a symmetry conserves something, e.g. a dark state), never by
integrating many cycles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.channels import FixedPoint, fixed_point, integrated_propagator
from qthermo.core.model import Model
from qthermo.core.states import trace_norm
from qthermo.core.superop import evolve, model_liouvillian, propagator, unvec, vec
from qthermo.core.thermo import heat_current
from qthermo.core.tradeoff import evaluate_tradeoff_series, x_operator

__all__ = [
    "Stroke",
    "Cycle",
    "CycleResult",
    "stroke_generator",
    "cycle_map",
    "limit_cycle_state",
    "run_cycle",
    "carnot_efficiency",
    "power_efficiency_constant",
    "trace_norm",
    "heat_observable",
]


@dataclass(frozen=True)
class Stroke:
    """Contact with the baths of ``model`` for a time ``duration`` at Hamiltonian ``model.H``."""

    model: Model
    duration: float
    name: str = "stroke"


@dataclass(frozen=True)
class Cycle:
    """A closed sequence of strokes; quenches join consecutive strokes (and last to first)."""

    strokes: tuple[Stroke, ...]

    def __post_init__(self) -> None:
        if not self.strokes:
            raise ValueError("a cycle needs at least one stroke")
        dims = {s.model.dim for s in self.strokes}
        if len(dims) != 1:
            raise ValueError(f"all strokes must act on the same space, got dimensions {dims}")
        for s in self.strokes:
            if not (np.isfinite(s.duration) and s.duration > 0):
                raise ValueError(f"stroke {s.name!r}: duration must be > 0, got {s.duration!r}")
        names = [s.name for s in self.strokes]
        if len(set(names)) != len(names):
            raise ValueError(f"stroke names must be unique, got {names}")

    @property
    def dim(self) -> int:
        return self.strokes[0].model.dim

    @cached_property
    def generators(self) -> tuple[np.ndarray, ...]:
        """Liouvillian of each stroke (computed once)."""
        return tuple(model_liouvillian(s.model) for s in self.strokes)

    @property
    def period(self) -> float:
        """Total cycle time ``tau`` (quenches take no time)."""
        return float(sum(s.duration for s in self.strokes))

    @property
    def betas(self) -> tuple[float, float]:
        """``(beta_H, beta_C)``: smallest and largest inverse temperature of all baths."""
        b = [bath.beta for s in self.strokes for bath in s.model.baths]
        return float(min(b)), float(max(b))


def carnot_efficiency(beta_h: float, beta_c: float) -> float:
    """``eta_Car = 1 - beta_H/beta_C``."""
    return 1.0 - beta_h / beta_c


def power_efficiency_constant(beta_h: float, beta_c: float) -> float:
    """``c = beta_C eta_Car / [2 (2 - eta_Car)^2]`` of Tajima-Funo Eq. (8)."""
    eta = carnot_efficiency(beta_h, beta_c)
    return beta_c * eta / (2.0 * (2.0 - eta) ** 2)


#: Readings of the power-efficiency relation: PRL Eq. (8), and Funo's slide 32 form
#: ``P <= (A_cl + A_qm) c beta_L eta (eta_Car - eta)`` read with the PRL's c (``slides_literal``:
#: an extra factor beta_C eta) or with c standing for 1/[2(2 - eta_Car)^2] (``slides_eta``: the
#: PRL's eta_Car in c replaced by eta, a factor eta/eta_Car).
POWER_BOUND_FORMS = ("eq8", "slides_literal", "slides_eta")


def power_bound_prefactor(form: str, *, beta_h: float, beta_c: float, eta: float) -> float:
    """Prefactor k in ``(W/tau)/(eta_Car - eta) <= k (A_cl_bar [+ A_qm_bar])`` for ``form``.

    ``"eq8"`` returns :func:`power_efficiency_constant` itself (Tajima-Funo Eq. 8).
    """
    c = power_efficiency_constant(beta_h, beta_c)
    if form == "eq8":
        return c
    if form == "slides_literal":
        return c * beta_c * eta
    if form == "slides_eta":
        return c * eta / carnot_efficiency(beta_h, beta_c)
    raise ValueError(f"power_bound_form must be one of {POWER_BOUND_FORMS}, got {form!r}")


def stroke_generator(stroke: Stroke) -> np.ndarray:
    """Liouvillian (column stacking) of a stroke: its Hamiltonian plus all its baths."""
    return model_liouvillian(stroke.model)


def cycle_map(cycle: Cycle) -> np.ndarray:
    """One-cycle map ``M = P_K ... P_1`` acting on ``vec(rho)`` at the start of stroke 1.

    Quenches between commuting Hamiltonians leave the state unchanged, so they do not appear.
    """
    M = np.eye(cycle.dim**2, dtype=complex)
    for s, sup in zip(cycle.strokes, cycle.generators, strict=True):
        M = propagator(sup, s.duration) @ M
    return M


def limit_cycle_state(cycle: Cycle, rho0: np.ndarray, null_tol: float = 1e-8) -> FixedPoint:
    """Limit-cycle state at the start of the first stroke, reached from ``rho0``."""
    return fixed_point(cycle_map(cycle), rho0, null_tol)


@dataclass
class CycleResult:
    """Thermodynamics of one pass through a cycle (see module docstring)."""

    heats: dict[str, dict[str, float]]  # stroke -> bath -> Q_a
    quench_work: list[float]  # work done ON the system at each quench (after stroke k)
    work: float  # extracted work W = -sum(quench_work)
    heat_hot: float  # Q_H: heat absorbed from the hottest bath(s)
    efficiency: float
    power: float
    period: float
    eta_carnot: float
    A_cl_mean: float
    A_qm_mean: float
    closure: float  # ||rho(end) - rho(start)||_1 after one pass
    first_law_residual: float  # W - sum_a Q_a
    quench_work_scale: float  # sum_k |quench_work_k|: size of the terms W is summed from
    series_rows: list[dict[str, Any]] = field(repr=False)  # one column dict per stroke
    states: list[np.ndarray] = field(repr=False, default_factory=list)

    @cached_property
    def series(self) -> pd.DataFrame:
        """The time-series table (built on first use: most sweeps never read it)."""
        return pd.concat([pd.DataFrame(row) for row in self.series_rows], ignore_index=True)

    @property
    def ratio(self) -> float:
        """Power-efficiency ratio ``(W/tau)/(eta_Car - eta)`` (left-hand side of Eq. 8)."""
        return self.power / (self.eta_carnot - self.efficiency)


def _block_offdiag_mask(model: Model) -> np.ndarray:
    mask = np.zeros((model.dim, model.dim), dtype=bool)
    for idx in model.blocks:
        mask[np.ix_(idx, idx)] = True
    np.fill_diagonal(mask, False)
    return mask


def _c_x_from(X: np.ndarray, mask: np.ndarray) -> float:
    vals = np.abs(X[mask])
    return float(vals.max()) if vals.size else 0.0


def heat_observable(model: Model, bath) -> np.ndarray:
    """Operator ``A_a = D_a^dagger(H)`` with ``J_a(rho) = Tr[H D_a[rho]] = Tr[A_a rho]``.

    ``D^dagger(H) = sum gamma (L^dag H L - {L^dag L, H}/2)`` (adjoint dissipator).
    """
    H = model.H
    A = np.zeros_like(H)
    for j in bath.jumps:
        L = np.asarray(j.op, dtype=complex)
        Ld = L.conj().T
        LdL = Ld @ L
        A += j.rate * (Ld @ H @ L - 0.5 * (LdL @ H + H @ LdL))
    return A


def _heat_current_series(model: Model, rhos: np.ndarray) -> np.ndarray:
    """``J_a(rho_t) = Tr[A_a rho_t]`` for a stack of states; shape (n_times, n_baths)."""
    cols = [np.real(np.einsum("ij,tji->t", heat_observable(model, b), rhos)) for b in model.baths]
    return np.stack(cols, axis=1)


def _stroke_series(
    model: Model, name: str, rhos: np.ndarray, times: np.ndarray, t0: float
) -> dict[str, Any]:
    """Time series of one stroke: currents, A_cl and A_qm (Tajima-Funo, Eqs. 3-4)."""
    X = x_operator(model)
    mask = _block_offdiag_mask(model)
    cx = _c_x_from(X, mask)
    J = _heat_current_series(model, rhos)
    return {
        "stroke": name,
        "t": t0 + times,
        "t_stroke": times,
        "J": J.sum(axis=1),
        "J_tot": np.abs(J).sum(axis=1),
        "A_cl": np.real(np.einsum("i,tii->t", np.diag(X), rhos)),
        "A_qm": cx * np.abs(rhos[:, mask]).sum(axis=1),
    }


def _hot_heat(cycle: Cycle, heats: dict[str, dict[str, float]], beta_h: float) -> float:
    """Heat drawn over a cycle from the baths at the hot inverse temperature."""
    return float(
        sum(
            q
            for s in cycle.strokes
            for b in s.model.baths
            if b.beta == beta_h
            for q in [heats[s.name][b.name]]
        )
    )


def run_cycle(
    cycle: Cycle,
    rho_start: np.ndarray,
    n_points: int = 101,
    *,
    tradeoff: bool = False,
    support_tol: float | None = None,
    keep_states: bool = False,
) -> CycleResult:
    """Run one pass through ``cycle`` from ``rho_start`` (normally the limit-cycle state).

    Parameters
    ----------
    cycle : Cycle
    rho_start : ndarray
        State at the start of the first stroke.
    n_points : int
        Time points per stroke (odd is best for Simpson averages of A_cl and A_qm).
    tradeoff : bool
        Also evaluate sigma and the current-dissipation ratios of rho, rho_bd, rho_sd at every
        time point (:func:`qthermo.core.tradeoff.evaluate_tradeoff_series`, one stack per
        stroke; the numbers of ``evaluate_tradeoff`` at each state, bit for bit).
    keep_states : bool
        Keep the density matrices of every time point in ``result.states``.

    Returns
    -------
    CycleResult
        Heat per stroke and bath (exact), quench work, W, Q_H, eta, power, eta_Car, cycle
        averages of A_cl and A_qm (Simpson rule), closure, and a time-series table with columns
        ``stroke, t, t_stroke, J, J_tot, A_cl, A_qm`` (+ ``sigma, cd, cd_bd, cd_sd, sigma_sd,
        J_tot_sd, C_l1`` when ``tradeoff``).
    """
    # deferred: scipy's integrate/optimize add ~0.3-0.5 s to a job's start-up
    from scipy.integrate import simpson

    if n_points < 2:
        raise ValueError("n_points must be >= 2")
    rho = np.asarray(rho_start, dtype=complex)
    d = cycle.dim
    heats: dict[str, dict[str, float]] = {}
    quench_work: list[float] = []
    frames = []
    states: list[np.ndarray] = []
    t0 = 0.0
    int_A_cl = 0.0
    int_A_qm = 0.0
    n_strokes = len(cycle.strokes)
    for k, s in enumerate(cycle.strokes):
        model = s.model
        sup = cycle.generators[k]
        _, integral = integrated_propagator(sup, s.duration)
        rho_int = unvec(integral @ vec(rho), d)
        heats[s.name] = {b.name: heat_current(model, rho_int, b) for b in model.baths}
        times = np.linspace(0.0, s.duration, n_points)
        rhos = evolve(rho, sup, times)
        row = _stroke_series(model, s.name, rhos, times, t0)
        A_cl, A_qm = row["A_cl"], row["A_qm"]
        if tradeoff:
            pts = evaluate_tradeoff_series(model, rhos, support_tol=support_tol)
            for key in ("sigma", "cd", "cd_bd", "cd_sd", "sigma_sd", "J_tot_sd", "C_l1_bd"):
                row[key] = pts[key]
        frames.append(row)
        int_A_cl += float(simpson(A_cl, x=times))
        int_A_qm += float(simpson(A_qm, x=times))
        if keep_states:
            states.extend(rhos)
        rho = rhos[-1]
        nxt = cycle.strokes[(k + 1) % n_strokes].model
        quench_work.append(float(np.real(np.sum((nxt.energies - model.energies) * np.diag(rho)))))
        t0 += s.duration
    return _cycle_result(
        cycle,
        heats,
        quench_work,
        (int_A_cl, int_A_qm),
        closure=trace_norm(rho - np.asarray(rho_start)),
        series_rows=frames,
        states=states,
    )


def _cycle_result(
    cycle: Cycle,
    heats: dict[str, dict[str, float]],
    quench_work: list[float],
    integrals: tuple[float, float],
    *,
    closure: float,
    series_rows: list[dict[str, Any]],
    states: list[np.ndarray],
) -> CycleResult:
    """Cycle totals from the per-stroke heats, quench works and time integrals of A_cl, A_qm."""
    beta_h, beta_c = cycle.betas
    work = -float(np.sum(quench_work))
    heat_hot = _hot_heat(cycle, heats, beta_h)
    total_heat = float(sum(sum(h.values()) for h in heats.values()))
    tau = cycle.period
    return CycleResult(
        heats=heats,
        quench_work=quench_work,
        work=work,
        heat_hot=heat_hot,
        efficiency=work / heat_hot if heat_hot != 0 else float("nan"),
        power=work / tau,
        period=tau,
        eta_carnot=carnot_efficiency(beta_h, beta_c),
        A_cl_mean=integrals[0] / tau,
        A_qm_mean=integrals[1] / tau,
        closure=closure,
        first_law_residual=work - total_heat,
        quench_work_scale=float(np.sum(np.abs(quench_work))),
        series_rows=series_rows,
        states=states,
    )


def stroke_names(cycle: Cycle) -> Sequence[str]:
    """Names of the strokes in order."""
    return [s.name for s in cycle.strokes]
