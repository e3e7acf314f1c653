"""Symmetric (Dicke) subspace of the Cakmak et al. model and its large-N, log-space limit.

Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117, Sec. IV.

In the close-atom limit (``gamma_ij = gamma0``, ``f_ij = f0``) Eqs. (1)-(3) read

    d rho/dt = -i f0 [J_+ J_- - N_exc, rho] + gamma0 (nbar+1) D[J_-] rho + gamma0 nbar D[J_+] rho,

which leaves the symmetric subspace spanned by the Dicke states
``|D_k> = C(N,k)^(-1/2) sum_{|s| = k} |s>`` (k excited atoms) invariant.  There
``J_+ |D_k> = sqrt((k+1)(N-k)) |D_{k+1}>`` and ``H_d = f0 (J_+ J_- - N_exc)`` is diagonal.

l1-coherence in the computational basis from Dicke-basis elements (no 2^N object is built):
``<s|rho|s'> = rho_kl / sqrt(C(N,k) C(N,l))`` for ``|s| = k, |s'| = l``, hence

    C_l1 = sum_{k,l} |rho_kl| sqrt(C(N,k) C(N,l)) - Tr rho.

Steady state from |g..g>: the Dicke ladder is a birth-death chain with up/down rates
``gamma0 nbar c_k`` and ``gamma0 (nbar+1) c_k`` (``c_k = k (N-k+1)``), so
``p_k ~ x^k`` with ``x = nbar/(nbar+1)`` and

    C_l1^lt = sum_k p_k C(N,k) - 1 = (2 nbar + 1)^N / ((nbar+1)^(N+1) - nbar^(N+1)) - 1

(our closed form; for N = 2 it is the first term of Eq. 5).  For fixed nbar it grows
exponentially, ``~ ((2 nbar + 1)/(nbar + 1))^N / (nbar + 1)``; at nbar -> infinity it saturates
at ``2^N/(N+1) - 1``.
"""

from __future__ import annotations

import numpy as np
import scipy.linalg as sla
from scipy.special import gammaln, logsumexp

from qthermo.core.superop import liouvillian
from qthermo.papers.cakmak.model import binom_row, excitation_numbers

__all__ = [
    "dicke_jplus",
    "symmetric_liouvillian",
    "symmetric_ground_state",
    "symmetric_steady_state",
    "dicke_c_l1",
    "dicke_to_computational",
    "ladder_rates",
    "population_rate_matrix",
    "steady_populations_dense",
    "log_steady_populations",
    "log_binomial",
    "log_c_l1_plus_one",
    "long_time_c_l1_log",
    "long_time_c_l1_closed_form",
    "log_closed_form_plus_one",
    "saturation_value",
]


def dicke_jplus(N: int) -> np.ndarray:
    """``J_+`` in the Dicke basis ``|D_0>, ..., |D_N>`` (k = number of excitations)."""
    k = np.arange(N)
    return np.diag(np.sqrt((k + 1.0) * (N - k)), -1)


def symmetric_liouvillian(N: int, *, gamma0: float, nbar: float, f0: float) -> np.ndarray:
    """Dense Liouvillian on the (N+1)^2-dimensional symmetric Liouville space (column stacking)."""
    Jp = dicke_jplus(N)
    Jm = Jp.T.copy()
    nexc = np.diag(np.arange(N + 1.0))
    H = f0 * (Jp @ Jm - nexc)
    return liouvillian(H, [(Jm, gamma0 * (nbar + 1.0)), (Jp, gamma0 * nbar)])


def symmetric_ground_state(N: int) -> np.ndarray:
    """``|D_0><D_0|`` = all atoms in |g>."""
    rho = np.zeros((N + 1, N + 1), dtype=complex)
    rho[0, 0] = 1.0
    return rho


def symmetric_steady_state(N: int, *, gamma0: float, nbar: float, f0: float) -> np.ndarray:
    """Unique (nbar > 0) steady state in the symmetric subspace: null space of the Liouvillian."""
    sup = symmetric_liouvillian(N, gamma0=gamma0, nbar=nbar, f0=f0)
    ns = sla.null_space(sup, rcond=1e-12)
    if ns.shape[1] != 1:
        raise RuntimeError(f"symmetric-subspace kernel has dimension {ns.shape[1]}, expected 1")
    rho = ns[:, 0].reshape((N + 1, N + 1), order="F")
    rho = rho / np.trace(rho)
    return 0.5 * (rho + rho.conj().T)


def dicke_c_l1(rho: np.ndarray, N: int) -> float:
    """C_l1 in the computational basis of a state given in the Dicke basis (see module doc)."""
    sq = np.sqrt(binom_row(N))
    return float(np.abs(rho) @ sq @ sq - np.real(np.trace(rho)))


def dicke_to_computational(rho: np.ndarray, N: int) -> np.ndarray:
    """Embed a Dicke-basis state into the 2^N computational basis (small N; for tests)."""
    k = excitation_numbers(N)
    b = binom_row(N)
    return rho[np.ix_(k, k)] / np.sqrt(np.outer(b[k], b[k]))


def ladder_rates(N: int, *, gamma0: float, nbar: float) -> tuple[np.ndarray, np.ndarray]:
    """Up rates ``k -> k+1`` and down rates ``k+1 -> k`` (k = 0..N-1) of the Dicke ladder."""
    k = np.arange(N, dtype=float)
    c = (k + 1.0) * (N - k)
    return gamma0 * nbar * c, gamma0 * (nbar + 1.0) * c


def population_rate_matrix(N: int, *, gamma0: float, nbar: float) -> np.ndarray:
    """Classical rate matrix W (dp/dt = W p) of the Dicke-ladder populations."""
    up, down = ladder_rates(N, gamma0=gamma0, nbar=nbar)
    W = np.zeros((N + 1, N + 1))
    k = np.arange(N)
    W[k + 1, k] += up
    W[k, k] -= up
    W[k, k + 1] += down
    W[k + 1, k + 1] -= down
    return W


def steady_populations_dense(N: int, *, gamma0: float, nbar: float) -> np.ndarray:
    """Steady Dicke populations from ``W p = 0``, ``sum p = 1`` (dense LU in plain doubles).

    The normalisation replaces the last balance equation.  Fine for moderate N and nbar; the
    small populations lose relative accuracy when they fall far below the largest one.
    """
    W = population_rate_matrix(N, gamma0=gamma0, nbar=nbar)
    W[-1, :] = 1.0
    rhs = np.zeros(N + 1)
    rhs[-1] = 1.0
    return np.linalg.solve(W, rhs)


def log_steady_populations(N: int, *, gamma0: float, nbar: float) -> np.ndarray:
    """``log p_k`` of the steady ladder state, from detailed balance in log space.

    ``log p_{k+1} - log p_k = log(up_k) - log(down_k)`` (a birth-death chain is reversible),
    normalised with ``logsumexp``: no under/overflow for any N or nbar > 0.
    """
    if nbar <= 0:
        out = np.full(N + 1, -np.inf)
        out[0] = 0.0
        return out
    up, down = ladder_rates(N, gamma0=gamma0, nbar=nbar)
    steps = np.log(up) - np.log(down)
    lp = np.concatenate([[0.0], np.cumsum(steps)])
    return lp - logsumexp(lp)


def log_binomial(N: int) -> np.ndarray:
    """``log C(N, k)``, k = 0..N, via log-gamma."""
    k = np.arange(N + 1, dtype=float)
    return gammaln(N + 1.0) - gammaln(k + 1.0) - gammaln(N - k + 1.0)


def log_c_l1_plus_one(log_p: np.ndarray, N: int) -> float:
    """``log(C_l1 + 1) = log sum_k p_k C(N,k)`` for a Dicke-diagonal state (log space)."""
    return float(logsumexp(log_p + log_binomial(N)))


def long_time_c_l1_log(N: int, *, gamma0: float, nbar: float) -> tuple[float, float]:
    """Long-time C_l1 from |g..g> by the log-space ladder method: ``(C_l1, log10(C_l1 + 1))``.

    ``C_l1 = expm1(log S)`` keeps full relative accuracy for small and large values; it
    overflows to inf only when C_l1 itself exceeds the double range (then use the log10).
    """
    ls = log_c_l1_plus_one(log_steady_populations(N, gamma0=gamma0, nbar=nbar), N)
    with np.errstate(over="ignore"):
        return float(np.expm1(ls)), ls / np.log(10.0)


def log_closed_form_plus_one(N: int, nbar: float) -> float:
    """``log((2n+1)^N / ((n+1)^(N+1) - n^(N+1)))`` evaluated without overflow or cancellation."""
    n = float(nbar)
    if n == 0:
        return 0.0
    # (n+1)^(N+1) - n^(N+1) = (n+1)^(N+1) (1 - x^(N+1)),  x = n/(n+1)
    log_x = np.log(n) - np.log1p(n)
    return float(N * np.log1p(2 * n) - (N + 1) * np.log1p(n) - np.log(-np.expm1((N + 1) * log_x)))


def long_time_c_l1_closed_form(N: int, nbar: float) -> tuple[float, float]:
    """Our closed form of the long-time C_l1 from |g..g>: ``(C_l1, log10(C_l1 + 1))``."""
    ls = log_closed_form_plus_one(N, nbar)
    with np.errstate(over="ignore"):
        return float(np.expm1(ls)), ls / np.log(10.0)


def saturation_value(N: int) -> float:
    """``lim_{nbar -> inf} C_l1^lt = 2^N / (N + 1) - 1``."""
    return float(2.0**N / (N + 1) - 1.0)
