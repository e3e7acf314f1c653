"""Dicke-ladder population chain: time-resolved and long-time C_l1 of the Cakmak model from |g..g>.

Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117, Sec. IV.

In the close-atom limit the master equation (Eqs. 1-3 with ``gamma_ij = gamma0``, ``f_ij = f0``)
maps a state diagonal in the Dicke basis to a state diagonal in the Dicke basis: ``H_d`` is
diagonal there and ``D[J_-]``, ``D[J_+]`` move populations one rung down or up.  The initial state
``|D_0><D_0|`` is diagonal, so the whole trajectory is the birth-death chain

    dp_k/dt = u_{k-1} p_{k-1} + d_k p_{k+1} - (u_k + d_{k-1}) p_k,
    u_k = gamma0 nbar (k+1)(N-k),   d_k = gamma0 (nbar+1) (k+1)(N-k),

of N + 1 populations (f0 drops out), and, from the Dicke-basis formula of
:mod:`qthermo.papers.cakmak.symmetric`,

    C_l1(t) = sum_k p_k(t) C(N,k) - 1 = sum_{k=1}^{N-1} p_k(t) (C(N,k) - 1).

The second form has only non-negative terms, so C_l1 is obtained without cancellation even
when it is tiny (early times) or huge (large N, where ``C(N,k)`` overflows: log space).

Accuracy: the binomial weights amplify every absolute error of a small population, so a
normwise-accurate propagator (Pade, eigenvectors, an ODE solver) loses C_l1 at large N.
:func:`nonnegative_expm` exponentiates the shifted, non-negative generator with non-negative
arithmetic only (a Taylor series and squarings), which keeps every population to a few ulps of
its own size; the propagator of one uniform time step is then applied repeatedly.
"""

from __future__ import annotations

import numpy as np
from scipy.special import logsumexp

from qthermo.papers.cakmak.symmetric import log_binomial, population_rate_matrix

__all__ = [
    "nonnegative_expm",
    "ladder_populations",
    "c_l1_from_populations",
    "ladder_c_l1",
]

_TAYLOR_TOL = 2.0**-60


def nonnegative_expm(W: np.ndarray, t: float) -> np.ndarray:
    """``exp(W t)`` of a Metzler matrix (non-negative off-diagonal) with non-negative arithmetic.

    With ``s = max_k(-W_kk)`` the shifted ``A = (W + s I) t`` is non-negative; its exponential is
    summed as a Taylor series after scaling ``A`` by ``2^-m`` (``||A 2^-m||_1 <= 1/2``) and squared
    ``m`` times.  No subtraction occurs, so every entry keeps a small relative error.  The factor
    ``exp(-s t)`` is not applied: the result is returned up to a positive scalar, which
    :func:`ladder_populations` removes by normalising the columns (the chain conserves
    probability).

    Parameters
    ----------
    W : ndarray
        Square generator, ``W_ij >= 0`` for ``i != j``.
    t : float
        Time step, ``t >= 0``.

    Returns
    -------
    ndarray
        A positive multiple of ``exp(W t)``, scaled so that its largest entry is 1.
    """
    W = np.asarray(W, dtype=float)
    off = W - np.diag(np.diag(W))
    if np.any(off < 0):
        raise ValueError("nonnegative_expm: W has a negative off-diagonal entry (not Metzler)")
    if t < 0:
        raise ValueError(f"nonnegative_expm: t = {t} < 0")
    shift = float(np.max(-np.diag(W), initial=0.0))
    A = (W + shift * np.eye(W.shape[0])) * t
    norm = float(np.abs(A).sum(axis=0).max(initial=0.0))
    m = max(0, int(np.ceil(np.log2(norm))) + 1) if norm > 0 else 0
    A = A / 2.0**m
    term = np.eye(W.shape[0])
    out = term.copy()
    for n in range(1, 40):
        term = term @ A / n
        out += term
        if term.max(initial=0.0) <= _TAYLOR_TOL * out.max():
            break
    for _ in range(m):
        out = out @ out
        out /= out.max()
    return out


def _uniform_step(times: np.ndarray) -> float:
    """The step of a uniform, increasing grid starting at 0 (a ``ValueError`` names the problem)."""
    if times.ndim != 1 or times.size < 1 or times[0] != 0.0:
        raise ValueError("ladder_populations: times must be a 1-d grid starting at 0")
    if times.size == 1:
        return 0.0
    dt = float(times[-1]) / (times.size - 1)
    if dt <= 0 or np.max(np.abs(times - dt * np.arange(times.size))) > 1e-12 * times[-1]:
        raise ValueError("ladder_populations: times must be uniform and increasing")
    return dt


def ladder_populations(
    N: int, times: np.ndarray, *, gamma0: float, nbar: float, p0: np.ndarray | None = None
) -> np.ndarray:
    """Dicke-ladder populations ``p_k(t_n)`` on a uniform grid ``t_n = n dt`` (rows: times).

    One non-negative propagator of the step ``dt`` (:func:`nonnegative_expm`), each column
    divided by its sum (exactly stochastic up to round-off: the chain conserves probability),
    applied ``n`` times.  ``p0`` defaults to ``|D_0>`` (all atoms in |g>).
    """
    times = np.asarray(times, dtype=float)
    dt = _uniform_step(times)
    out = np.empty((times.size, N + 1))
    out[0] = np.eye(N + 1)[0] if p0 is None else p0
    if times.size > 1:
        E = nonnegative_expm(population_rate_matrix(N, gamma0=gamma0, nbar=nbar), dt)
        E /= E.sum(axis=0)
        for n in range(1, times.size):
            np.dot(E, out[n - 1], out=out[n])
    return out


def c_l1_from_populations(p: np.ndarray, N: int) -> tuple[np.ndarray, np.ndarray]:
    """``C_l1`` and ``log10 C_l1`` of Dicke-diagonal states (last axis: k = 0..N).

    ``C_l1 = sum_{k=1}^{N-1} p_k (C(N,k) - 1)``: non-negative terms only, summed in log space, so
    it is accurate for tiny and for overflowing values (then ``C_l1 = inf``, use the log10).
    """
    p = np.atleast_2d(np.asarray(p, dtype=float))
    lb = log_binomial(N)[1:N]
    log_w = lb + np.log1p(-np.exp(-lb))  # log(C(N,k) - 1), k = 1..N-1
    with np.errstate(divide="ignore"):
        log_terms = np.log(p[:, 1:N]) + log_w
    log_c = logsumexp(log_terms, axis=1) if N > 1 else np.full(p.shape[0], -np.inf)
    with np.errstate(over="ignore"):
        return np.exp(log_c), log_c / np.log(10.0)


def ladder_c_l1(
    N: int, times: np.ndarray, *, gamma0: float, nbar: float
) -> tuple[np.ndarray, np.ndarray]:
    """Time-resolved ``C_l1(t_n)`` from |g..g> by the ladder chain: ``(C_l1, log10 C_l1)``."""
    return c_l1_from_populations(ladder_populations(N, times, gamma0=gamma0, nbar=nbar), N)
