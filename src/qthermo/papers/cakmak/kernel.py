"""Long-time limit of a given initial state: projection onto the kernel of a Liouvillian.

Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117.

The collective dynamics of :mod:`qthermo.papers.cakmak.model` conserves the
permutation-symmetry sectors, so its long-time state is not unique.
:func:`kernel_projection_krylov` obtains the t -> infinity limit of a given initial state in the
full 4^N-dimensional Liouville space without assuming any symmetry: it builds the Krylov space
of the initial state (an invariant subspace of the Liouvillian, found numerically) and projects
onto the zero eigenvalue inside it.  :func:`kernel_projection_dense` is the brute-force
reference for small dimensions; :func:`full_space_c_l1` applies the projection to |g...g>.  Column stacking as in :mod:`qthermo.core.superop`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.linalg as sla
import scipy.sparse as sp

from qthermo.core.coherence import l1_coherence
from qthermo.papers.cakmak.model import close_atom_couplings, ground_state, liouvillian_parts

__all__ = [
    "KrylovResult",
    "arnoldi_until_breakdown",
    "zero_eigenvectors",
    "kernel_projection_krylov",
    "kernel_projector",
    "kernel_projection_dense",
    "full_space_c_l1",
]


@dataclass(frozen=True)
class KrylovResult:
    """Long-time state from :func:`kernel_projection_krylov` and its diagnostics."""

    rho: np.ndarray
    krylov_dim: int
    invariance_residual: float
    stationarity_residual: float
    min_subdiagonal: float
    kappa: float
    trace_error: float
    min_eigenvalue: float


def arnoldi_until_breakdown(sup, v0: np.ndarray, beta: float, breakdown_tol: float, max_dim: int):
    """Arnoldi with re-orthogonalisation until breakdown: ``(V, h, m, scale, min_sub)``.

    Rows of ``V`` are the orthonormal Krylov vectors; ``h`` the Hessenberg matrix (its leading
    ``m x m`` block is ``V^dag L V``), ``scale`` the largest ``|L v|``, ``min_sub`` the smallest
    relative subdiagonal.
    """
    cap = min(max_dim + 1, 32)
    V = np.zeros((cap, v0.size), dtype=complex)  # rows: orthonormal Krylov vectors
    V[0] = v0 / beta
    h = np.zeros((max_dim + 1, max_dim), dtype=complex)
    scale = 0.0
    m = 0
    min_sub = np.inf
    for k in range(max_dim):
        w = sup @ V[k]
        nk = float(np.sqrt(np.vdot(w, w).real))
        scale = max(scale, nk)
        for _ in range(2):  # classical Gram-Schmidt, twice
            coef = (V[: k + 1] @ w.conj()).conj()  # no copy of V
            w = w - coef @ V[: k + 1]
            h[: k + 1, k] += coef
        nw = float(np.sqrt(np.vdot(w, w).real))
        m = k + 1
        if nw <= breakdown_tol * max(scale, 1e-300):
            break
        if k + 1 == max_dim:
            raise RuntimeError(f"no invariant Krylov subspace up to dimension {max_dim}")
        min_sub = min(min_sub, nw / max(nk, 1e-300))
        h[k + 1, k] = nw
        if k + 1 >= V.shape[0]:
            V = np.vstack([V, np.zeros_like(V)])[: max_dim + 1]
        V[k + 1] = w / nw
    return V, h, m, scale, min_sub


def zero_eigenvectors(hm: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Right and left null vectors of ``hm`` (eigenvectors of the eigenvalue nearest zero)."""
    r = sla.null_space(hm, rcond=1e-10)
    lft = sla.null_space(hm.conj().T, rcond=1e-10)
    if r.shape[1] != 1 or lft.shape[1] != 1:
        # fall back to the eigenvector of the eigenvalue closest to zero
        vals, vl, vr = sla.eig(hm, left=True, right=True)
        i0 = int(np.argmin(np.abs(vals)))
        r = vr[:, [i0]]
        lft = vl[:, [i0]]
    return r[:, 0], lft[:, 0]


def kernel_projection_krylov(
    sup: sp.spmatrix | np.ndarray,
    rho0: np.ndarray,
    breakdown_tol: float = 1e-10,
    max_dim: int = 600,
    validation_tol: float = 1e-9,
) -> KrylovResult:
    """``lim_{t->inf} exp(L t) rho0``: projection onto the kernel of L along its range.

    The Krylov space ``K = span{rho0, L rho0, L^2 rho0, ...}`` is the smallest L-invariant
    subspace containing ``rho0``; the whole trajectory stays in it.  Arnoldi (with
    re-orthogonalisation) builds an orthonormal basis V until the next vector vanishes
    (relative norm ``< breakdown_tol``), giving ``L V = V h``.  Inside K every eigenvalue is
    non-derogatory, so the zero eigenvalue of ``h`` is simple: with right and left null
    vectors ``r``, ``l`` the long-time state is ``V r (l^dag e1 |rho0|) / (l^dag r)``.  No
    permutation symmetry is assumed; for the all-ground initial state the space found has
    dimension N + 1 (the Dicke ladder).

    The method is reliable when the Krylov space is small and well conditioned (as for the
    all-ground state and the Fig. 3 states).  For large Krylov spaces rounding errors can
    masquerade as new directions and spoil the left null vector.  The result is therefore
    validated: the exact projection preserves the trace and positivity, so a RuntimeError is
    raised when ``|tr rho - tr rho0|`` or ``-min eig(rho)`` exceeds ``validation_tol``
    (then use :func:`kernel_projection_dense`).  ``kappa`` is the condition number of the
    zero eigenvalue of ``h`` (diagnostic).

    Returns
    -------
    KrylovResult
        ``rho`` (trace-normalised), Krylov dimension, ``|L V - V h|`` and ``|L rho|``.
    """
    n = rho0.shape[0]
    v0 = np.asarray(rho0, dtype=complex).reshape(-1, order="F")
    beta = float(np.sqrt(np.vdot(v0, v0).real))
    V, h, m, scale, min_sub = arnoldi_until_breakdown(sup, v0, beta, breakdown_tol, max_dim)
    hm = h[:m, :m]
    Vm = V[:m].T
    invariance = float(np.linalg.norm(sup @ Vm - Vm @ hm)) / max(scale, 1e-300)
    r, lft = zero_eigenvectors(hm)
    kappa = float(np.linalg.norm(r) * np.linalg.norm(lft) / abs(lft.conj() @ r))
    e1 = np.zeros(m, dtype=complex)
    e1[0] = beta
    coeff = (lft.conj() @ e1) / (lft.conj() @ r)
    v_inf = Vm @ (r * coeff)
    rho = v_inf.reshape((n, n), order="F")
    # a-posteriori checks: the exact projection preserves the trace and positivity
    trace_error = float(abs(np.trace(rho) - np.trace(rho0)))
    rho = 0.5 * (rho + rho.conj().T)
    min_eig = float(np.linalg.eigvalsh(rho).min()) if n <= 512 else 0.0
    if not (trace_error <= validation_tol and min_eig >= -validation_tol):
        raise RuntimeError(
            f"Krylov kernel projection failed validation (|tr rho - tr rho0| = {trace_error:.2e}, "
            f"min eigenvalue {min_eig:.2e}, Krylov dimension {m}); use kernel_projection_dense"
        )
    stat = float(np.linalg.norm(sup @ rho.reshape(-1, order="F")))
    return KrylovResult(
        rho=rho,
        krylov_dim=m,
        invariance_residual=invariance,
        stationarity_residual=stat,
        min_subdiagonal=float(min_sub),
        kappa=kappa,
        trace_error=trace_error,
        min_eigenvalue=min_eig,
    )


def kernel_projector(sup: sp.spmatrix | np.ndarray, rcond: float = 1e-10) -> np.ndarray:
    """Brute-force projector onto the kernel of a Liouvillian along its range (small
    dimensions): ``R (Lt^dag R)^-1 Lt^dag``.

    ``R`` and ``Lt`` span the right and left null spaces of the dense Liouvillian (SVD); valid
    because the zero eigenvalue of a GKSL generator is semisimple.  Build it once to project
    many initial states.
    """
    L = sp.csr_matrix(sup).toarray() if sp.issparse(sup) else np.asarray(sup)
    R = sla.null_space(L, rcond=rcond)
    Lt = sla.null_space(L.conj().T, rcond=rcond)
    if R.shape[1] != Lt.shape[1] or R.shape[1] == 0:
        raise RuntimeError(f"inconsistent kernel dimensions {R.shape[1]} and {Lt.shape[1]}")
    return R @ np.linalg.solve(Lt.conj().T @ R, Lt.conj().T)


def kernel_projection_dense(
    sup: sp.spmatrix | np.ndarray, rho0: np.ndarray, rcond: float = 1e-10
) -> np.ndarray:
    """Brute-force long-time state of ``rho0``: :func:`kernel_projector` applied to it."""
    v0 = np.asarray(rho0, dtype=complex).reshape(-1, order="F")
    return (kernel_projector(sup, rcond) @ v0).reshape(rho0.shape, order="F")


def full_space_c_l1(
    N: int, *, gamma0: float, nbar: float, f0: float, tol: float, parts=None, start=ground_state
) -> dict[str, Any]:
    """Long-time C_l1 of ``start(N)`` (default |g...g>) in the full 2^N space (close-atom
    limit), with the projection diagnostics and the long-time state ``rho``; ``tol`` is the
    Krylov breakdown tolerance.

    ``parts`` may hold ``liouvillian_parts`` built with f0 = 1 (reused across f0 values).
    """
    if parts is None:
        parts = liouvillian_parts(*close_atom_couplings(N, gamma0=gamma0, f0=1.0))
    LH1, Le, La = parts
    sup = (f0 * LH1 + (nbar + 1.0) * Le + nbar * La).tocsr()
    kp = kernel_projection_krylov(sup, start(N), tol)
    return {
        "c_l1": l1_coherence(kp.rho),
        "krylov_dim": kp.krylov_dim,
        "invariance_residual": kp.invariance_residual,
        "stationarity_residual": kp.stationarity_residual,
        "rho": kp.rho,
    }
