"""One-period quantum channels: the integrated propagator and the fixed point of a map.

Shared by the heat-engine cycles (:mod:`qthermo.core.cycles`) and any periodic or steady-state
problem that needs the eigenvalue-1 eigenspace of a channel on column-stacked density matrices.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from qthermo.core.states import check_density_matrix, trace_norm
from qthermo.core.superop import expm_memo, unvec, vec

__all__ = ["FixedPoint", "fixed_point", "integrated_propagator"]


def integrated_propagator(sup: np.ndarray, t: float) -> tuple[np.ndarray, np.ndarray]:
    """``(exp(sup t), int_0^t exp(sup s) ds)`` from one block exponential (Van Loan, 1978).

    ``expm([[S, 1], [0, 0]] t) = [[exp(S t), int_0^t exp(S s) ds], [0, 1]]``.
    """
    n = sup.shape[0]
    big = np.zeros((2 * n, 2 * n), dtype=complex)
    big[:n, :n] = sup
    big[:n, n:] = np.eye(n)
    E = expm_memo(big * t)
    return E[:n, :n], E[:n, n:]


@dataclass(frozen=True)
class FixedPoint:
    """Limit-cycle state and the diagnostics of its computation."""

    rho: np.ndarray
    multiplicity: int  # dimension of the eigenvalue-1 eigenspace of the cycle map
    closure: float  # ||M(rho) - rho||_1
    gap: float  # smallest singular value of (M - 1) kept outside the null space
    null_tol: float


def fixed_point(M: np.ndarray, rho0: np.ndarray, null_tol: float = 1e-8) -> FixedPoint:
    """Project ``rho0`` onto the eigenvalue-1 eigenspace of the cycle map ``M``.

    The spectral projector is ``P = R (L^H R)^{-1} L^H`` where the columns of R (L) span the
    right (left) null space of ``M - 1``; both come from one SVD.  For a quantum channel the
    eigenvalue 1 is semisimple, so ``L^H R`` is invertible.  The projection conserves every
    quantity conserved by the cycle (e.g. the population of a dark state), which is why the
    result depends on ``rho0`` when the fixed point is not unique.

    Parameters
    ----------
    M : ndarray
        Cycle map on column-stacked density matrices.
    rho0 : ndarray
        Initial state.
    null_tol : float
        Singular values of ``M - 1`` below this count as zero.
    """
    n = M.shape[0]
    d = int(round(np.sqrt(n)))
    U, s, Vh = np.linalg.svd(M - np.eye(n))
    null = s < null_tol
    k = int(np.count_nonzero(null))
    if k == 0:
        raise ArithmeticError(
            f"cycle map has no eigenvalue 1 (smallest singular value of M-1 is {s.min():.3e})"
        )
    R = Vh[null].conj().T
    Lh = U[:, null].conj().T
    v = R @ np.linalg.solve(Lh @ R, Lh @ vec(rho0))
    rho = check_density_matrix(unvec(v, d), what="limit-cycle state", tol=1e-8)
    closure = trace_norm(unvec(M @ v, d) - rho)
    gap = float(s[~null].min()) if np.any(~null) else float("inf")
    return FixedPoint(rho=rho, multiplicity=k, closure=closure, gap=gap, null_tol=null_tol)
