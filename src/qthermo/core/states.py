"""Numerical self-checks of density matrices computed by the workflow.

Every state a job derives (limit cycles, steady states, long-time limits) passes through
:func:`check_density_matrix`: unit trace, Hermitian, positive semidefinite within a tolerance.
A failed check raises :class:`StateError`, which stops the job with a message instead of letting
a wrong state reach a figure.
"""

from __future__ import annotations

import numpy as np

__all__ = [
    "StateError",
    "check_density_matrix",
    "random_density",
    "random_pure_state",
    "state_residuals",
]


class StateError(ArithmeticError):
    """A computed density matrix is not a valid quantum state."""


def state_residuals(rho: np.ndarray) -> dict[str, float]:
    """Trace error, anti-Hermitian part and most negative eigenvalue of ``rho``."""
    rho = np.asarray(rho, dtype=complex)
    herm = 0.5 * (rho + rho.conj().T)
    return {
        "trace_error": float(abs(np.trace(rho) - 1.0)),
        "hermiticity_error": float(np.max(np.abs(rho - rho.conj().T))) if rho.size else 0.0,
        "min_eigenvalue": float(np.linalg.eigvalsh(herm).min()),
    }


def check_density_matrix(rho: np.ndarray, *, what: str = "state", tol: float = 1e-8) -> np.ndarray:
    """Return ``rho`` if it is a density matrix within ``tol``; raise :class:`StateError` otherwise."""
    rho = np.asarray(rho)
    if rho.ndim != 2 or rho.shape[0] != rho.shape[1]:
        raise StateError(f"{what}: not a square matrix (shape {rho.shape})")
    if not np.all(np.isfinite(rho)):
        raise StateError(f"{what}: contains NaN or inf")
    r = state_residuals(rho)
    problems = []
    if r["trace_error"] > tol:
        problems.append(f"|Tr rho - 1| = {r['trace_error']:.3e}")
    if r["hermiticity_error"] > tol:
        problems.append(f"max |rho - rho^dag| = {r['hermiticity_error']:.3e}")
    if r["min_eigenvalue"] < -tol:
        problems.append(f"smallest eigenvalue {r['min_eigenvalue']:.3e}")
    if problems:
        raise StateError(
            f"{what} is not a valid density matrix (tolerance {tol:g}): " + "; ".join(problems)
        )
    return rho


def random_density(rng: np.random.Generator, n: int, rank: int | None = None) -> np.ndarray:
    """Random density matrix ``G G^+ / Tr(G G^+)`` from an ``n x rank`` complex Ginibre ``G``.

    Full rank (almost surely) by default, with all entries non-zero; ``rank < n`` gives a
    rank-deficient state.  Draws the real part of ``G`` first, then the imaginary part.
    """
    g = _ginibre(rng, n, n if rank is None else rank)
    r = g @ g.conj().T
    return r / np.trace(r).real


def random_pure_state(rng: np.random.Generator, n: int) -> np.ndarray:
    """Unit vector ``psi`` whose ``psi psi^+`` is the state ``random_density(rng, n, rank=1)``
    draws from the same generator state (the same random numbers in the same order)."""
    g = _ginibre(rng, n, 1)[:, 0]
    return g / np.sqrt(np.sum(np.abs(g) ** 2))


def _ginibre(rng: np.random.Generator, n: int, rank: int) -> np.ndarray:
    """``n x rank`` complex Ginibre matrix: the real part drawn first, then the imaginary part."""
    return rng.normal(size=(n, rank)) + 1j * rng.normal(size=(n, rank))


def trace_norm(A: np.ndarray, *, hermitian: bool = False) -> float:
    """Trace norm ``||A||_1``: the sum of the singular values of ``A``.

    ``hermitian=True`` states that ``A`` is Hermitian (up to round-off) and takes the sum of the
    absolute eigenvalues of its Hermitian part, cheaper than the singular values.
    """
    A = np.asarray(A)
    if hermitian:
        return float(np.sum(np.abs(np.linalg.eigvalsh(0.5 * (A + A.conj().T)))))
    return float(np.sum(np.linalg.svd(A, compute_uv=False)))
