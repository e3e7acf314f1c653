"""The 2-qubit engine's limit cycle as a three-level rate chain, vectorised over tau_C (Fig. 4).

Tajima & Funo, PRL 127, 190604 (2021), doi:10.1103/PhysRevLett.127.190604, Eq. (8), Fig. 4.

From a state diagonal in ``{|gg>, |T>, |ee>, |S>}`` (``|T>, |S> = (|ge> +- |eg>)/sqrt 2``), such
as |gg>, the Gibbs state or the singlet mixtures of
:func:`qthermo.papers.tajima_funo.two_qubit.initial_state`, the collective dissipator keeps the
state diagonal there: ``L = sigma_1^- + sigma_2^-`` moves ``|ee> -> sqrt2 |T> -> sqrt2 |gg>`` and
annihilates ``|S>``.  The triplet populations ``q = (p_gg, p_T, p_ee)`` follow

    dq/dt = W q,  rates 2 Gamma_down (down one rung) and 2 Gamma_up (up one rung),

while the singlet population ``s`` is conserved.  With the one-excitation Hamiltonian
(energies 0, hbar w, 2 hbar w; singlet hbar w) the cycle quantities are

* heat of a stroke: the energy change ``sum_k E_k (q_k(end) - q_k(start))``;
* quench work: ``sum_k (E'_k - E_k) q_k`` (+ the singlet's ``(E'_S - E_S) s``);
* ``A_cl = (hbar w)^2 [Gamma_down (p_T + s + 2 p_ee) + Gamma_up (2 p_gg + p_T + s)]`` and
  ``A_qm = (hbar w)^2 (Gamma_down + Gamma_up) |p_T - s|`` (the ge-eg element is ``(p_T - s)/2``).

Each stroke is diagonalised once (a reversible 3x3 chain: symmetrised, ``eigh``); the cold-stroke
propagators of all tau_C values and the Simpson averages are then array operations.  The general
path (:func:`qthermo.core.cycles.run_cycle` with the 4x4 Liouvillian) is the cross-check.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.cycles import carnot_efficiency, power_efficiency_constant
from qthermo.papers.tajima_funo.engine_cycle import make_cycle
from qthermo.papers.tajima_funo.two_qubit import initial_state, rates

__all__ = ["chain_generator", "stroke_propagator", "start_populations", "fig4_sweep"]


def chain_generator(*, omega: float, beta: float, gamma0: float, hbar: float = 1.0) -> np.ndarray:
    """Rate matrix W of ``(p_gg, p_T, p_ee)`` for one bath (columns sum to zero)."""
    down, up = rates(omega=omega, beta=beta, gamma0=gamma0, hbar=hbar)
    W = np.zeros((3, 3))
    for k in range(2):  # rung k <-> k+1
        W[k + 1, k] += 2 * up
        W[k, k] -= 2 * up
        W[k, k + 1] += 2 * down
        W[k + 1, k + 1] -= 2 * down
    return W


def _spectral(W: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(lam, R, Linv)`` with ``exp(W t) = R diag(exp(lam t)) Linv`` (detailed-balance symmetrisation)."""
    ratio = W[1:, :-1].diagonal() / W[:-1, 1:].diagonal()  # pi_{k+1}/pi_k
    pi = np.concatenate([[1.0], np.cumprod(ratio)])
    d = np.sqrt(pi)
    lam, U = np.linalg.eigh((W * d[None, :]) / d[:, None])  # D^-1/2 W D^1/2, symmetric
    return lam, U * d[:, None], U.T / d[None, :]


def stroke_propagator(W: np.ndarray, times: np.ndarray, *, minus_one: bool = False) -> np.ndarray:
    """``exp(W t)`` (or ``exp(W t) - 1`` with ``minus_one``, via expm1: no cancellation for
    short strokes) for every ``t`` in ``times`` (any shape ``S``): shape ``S + (3, 3)``."""
    lam, R, Linv = _spectral(W)
    lt = np.asarray(times, dtype=float)[..., None] * lam
    return np.einsum("ik,...k,kj->...ij", R, np.expm1(lt) if minus_one else np.exp(lt), Linv)


#: Columns: |gg>, |T>, |ee>, |S> in the computational basis {|gg>, |ge>, |eg>, |ee>}.
_DICKE = np.array(
    [[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 1.0], [0.0, 1.0, 0.0, -1.0], [0.0, 0.0, 1.0, 0.0]]
) / np.array([1.0, np.sqrt(2.0), 1.0, np.sqrt(2.0)])


def start_populations(
    kind: str, cfg: dict[str, Any], hbar: float = 1.0
) -> tuple[np.ndarray, float]:
    """``(q, s)`` of the engine's initial state ``kind`` (:func:`two_qubit.initial_state`).

    The state is built by the general path and expressed in ``{|gg>, |T>, |ee>, |S>}``; a state
    with coherence there is refused (the chain does not describe it).
    """
    rho = initial_state(kind, make_cycle(cfg, hbar), cfg.get("singlet_fraction", 0.0))
    r = _DICKE.T @ rho @ _DICKE
    if np.abs(r - np.diag(np.diag(r))).max() > 1e-14:
        raise ValueError(f"initial state {kind!r} has coherence in the Dicke basis: use run_cycle")
    p = np.real(np.diag(r))
    return p[:3], float(p[3])


def _fixed_point(M: np.ndarray, total: np.ndarray) -> np.ndarray:
    """Stationary vectors of stacked column-stochastic 3x3 maps, normalised to ``total``.

    The null vector of the rank-2 matrix ``A = M - 1`` is orthogonal to its rows: the largest of
    the three cross products of pairs of rows.
    """
    A = M - np.eye(3)
    cands = np.stack([np.cross(A[..., i, :], A[..., j, :]) for i, j in ((0, 1), (0, 2), (1, 2))])
    best = np.argmax(np.abs(cands).max(axis=-1), axis=0)
    v = np.take_along_axis(cands, best[None, ..., None], axis=0)[0]
    return v / v.sum(axis=-1, keepdims=True) * total[..., None]


def _a_series(q: np.ndarray, s: float, down: float, up: float, hw: float):
    A_cl = hw**2 * (down * (q[..., 1] + s + 2 * q[..., 2]) + up * (2 * q[..., 0] + q[..., 1] + s))
    A_qm = hw**2 * (down + up) * np.abs(q[..., 1] - s)
    return A_cl, A_qm


def fig4_sweep(
    cfg: dict[str, Any], taus: np.ndarray, start: str, n_points: int, hbar: float = 1.0
) -> pd.DataFrame:
    """Fig. 4 quantities of the limit cycle for every tau_C in ``taus`` (one array pass).

    Columns: ``tau_c, ratio, classical_bound, quantum_bound, eta, power, work, heat_hot,
    A_cl_bar, A_qm_bar`` as in :func:`qthermo.papers.tajima_funo.fig4.fig4_tables`.
    """
    # deferred: scipy's integrate/optimize add ~0.3-0.5 s to a job's start-up
    from scipy.integrate import simpson

    taus = np.asarray(taus, dtype=float)
    g = cfg["gamma0"]
    strokes = {
        "h": (cfg["omega_h"], cfg["beta_h"]),
        "c": (cfg["omega_c"], cfg["beta_c"]),
    }
    W = {k: chain_generator(omega=w, beta=b, gamma0=g, hbar=hbar) for k, (w, b) in strokes.items()}
    q0, s = start_populations(start, cfg, hbar)
    total = np.full(taus.shape, q0.sum())
    M = stroke_propagator(W["c"], taus) @ stroke_propagator(W["h"], cfg["tau_h"])
    q_start = _fixed_point(M, total)  # start of the hot stroke, shape (n_tau, 3)
    t_h = np.linspace(0.0, cfg["tau_h"], n_points)
    t_c = np.linspace(0.0, 1.0, n_points)[None, :] * taus[:, None]
    q_hot = np.einsum("pij,tj->tpi", stroke_propagator(W["h"], t_h), q_start)
    q_cold = np.einsum("tpij,tj->tpi", stroke_propagator(W["c"], t_c), q_hot[:, -1])
    levels = np.array([0.0, 1.0, 2.0])
    wh, wc = hbar * cfg["omega_h"], hbar * cfg["omega_c"]
    # excitation changes over each stroke from exp(W t) - 1 (no cancellation)
    dn_hot = np.einsum(
        "ij,tj->ti", stroke_propagator(W["h"], cfg["tau_h"], minus_one=True), q_start
    )
    dn_cold = np.einsum("tij,tj->ti", stroke_propagator(W["c"], taus, minus_one=True), q_hot[:, -1])
    heat_hot = wh * dn_hot @ levels
    # quench work on the system: (wc - wh) n after the hot stroke, (wh - wc) n after the cold one;
    # the extracted work is minus their sum, (wh - wc) times the excitation lost on the cold stroke
    work = (wh - wc) * -(dn_cold @ levels)
    tau = cfg["tau_h"] + taus
    integrals = []
    for qq, tt, (w, b) in ((q_hot, t_h, strokes["h"]), (q_cold, t_c, strokes["c"])):
        down, up = rates(omega=w, beta=b, gamma0=g, hbar=hbar)
        a_cl, a_qm = _a_series(qq, s, down, up, hbar * w)
        x = np.broadcast_to(tt, a_cl.shape)
        integrals.append((simpson(a_cl, x=x, axis=-1), simpson(a_qm, x=x, axis=-1)))
    A_cl = (integrals[0][0] + integrals[1][0]) / tau
    A_qm = (integrals[0][1] + integrals[1][1]) / tau
    eta = work / heat_hot
    power = work / tau
    c = power_efficiency_constant(cfg["beta_h"], cfg["beta_c"])
    eta_c = carnot_efficiency(cfg["beta_h"], cfg["beta_c"])
    return pd.DataFrame(
        {
            "tau_c": taus,
            "ratio": power / (eta_c - eta),
            "classical_bound": c * A_cl,
            "quantum_bound": c * (A_cl + A_qm),
            "eta": eta,
            "power": power,
            "work": work,
            "heat_hot": heat_hot,
            "A_cl_bar": A_cl,
            "A_qm_bar": A_qm,
        }
    )
