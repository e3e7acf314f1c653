"""Heat currents and entropy production (Tajima-Funo, doi:10.1103/PhysRevLett.127.190604).

* ``J_a(rho) = Tr[H D_a[rho]]`` (heat flowing from bath a into the system),
  ``J_tot = sum_a |J_a|``.
* ``sigma(rho) = dS/dt - sum_a beta_a J_a`` with ``dS/dt = -Tr[(d rho/dt) ln rho]``.

The entropy production is evaluated in the Spohn form

    sigma = -sum_a Tr[D_a[rho] (ln rho - ln pi_a)],   ln pi_a = -beta_a H - ln Z_a,

which equals the definition above for any model (the Hamiltonian part drops out of
``Tr[[H, rho] ln rho]``, and ``Tr D_a[rho] = 0``).  ``ln rho`` is never formed as a matrix
logarithm: we work in the eigenbasis of rho, ``Tr[D ln rho] = sum_k <k|D|k> ln p_k``.  On the
kernel of rho (p_k = 0) the diagonal elements ``<k|D_a[rho]|k>`` are non-negative; if they all
vanish the kernel contributes exactly zero (the dynamics stays in the support), otherwise the
entropy production is reported as ``+inf`` explicitly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple, overload

import numpy as np

from qthermo.core.model import Bath, Model
from qthermo.core.superop import bath_dissipator

__all__ = [
    "ThermodynamicsError",
    "heat_current",
    "heat_currents",
    "total_heat_current",
    "entropy_production",
    "cd_ratio",
    "EntropyBreakdown",
    "EntropyTerms",
    "entropy_terms",
    "roundoff_floor",
]


class ThermodynamicsError(ArithmeticError):
    """Raised when a thermodynamic quantity comes out NaN or negative beyond round-off."""


def heat_current(model: Model, rho: np.ndarray, bath: Bath) -> float:
    """``J_a(rho) = Tr[H D_a[rho]]`` (Tajima-Funo, text after Eq. 1)."""
    return float(_currents(model, bath_dissipator(rho, bath.jumps)))


def _currents(model: Model, D: np.ndarray) -> np.ndarray:
    """``Tr[H D]`` of a bath's ``D[rho]``, or of each of a stack ``(n, d, d)`` of them."""
    return np.real(np.sum(model.energies * np.diagonal(D, axis1=-2, axis2=-1), axis=-1))


def heat_currents(model: Model, rho: np.ndarray, baths: Sequence[Bath] | None = None) -> np.ndarray:
    """Heat currents of all (or the given) baths, in bath order."""
    chosen = model.baths if baths is None else baths
    return np.array([heat_current(model, rho, b) for b in chosen])


def total_heat_current(model: Model, rho: np.ndarray, baths: Sequence[Bath] | None = None) -> float:
    """``J_tot = sum_a |J_a(rho)|`` (Tajima-Funo, definition before Eq. 2)."""
    return float(np.sum(np.abs(heat_currents(model, rho, baths))))


@dataclass(frozen=True)
class EntropyBreakdown:
    """Entropy production with its per-bath Spohn terms."""

    total: float
    per_bath: tuple[float, ...]
    kernel_leak: float  # largest <k|D[rho]|k> on the kernel of rho (0 if none)
    currents: tuple[float, ...]  # heat currents J_a of the same baths (come with D_a[rho])


ROUNDOFF_FACTOR = 10.0
"""Round-off floor of the spectral quantities, in units of ``dim * machine epsilon``."""


def roundoff_floor(dim: int) -> float:
    """Relative round-off floor ``10 * dim * eps`` of eigenvalues of rho and entries of D[rho]."""
    return ROUNDOFF_FACTOR * dim * float(np.finfo(float).eps)


def _spectral(
    rhos: np.ndarray, support_tol: float | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Eigenvalues ``p`` and eigenvectors of each state of the stack ``rhos`` (its Hermitian
    part) and the kernel mask ``p <= tol * max(p)``, one row per state."""
    rhos = 0.5 * (rhos + rhos.conj().swapaxes(-1, -2))
    p, V = np.linalg.eigh(rhos)
    if not np.all(np.isfinite(p)):
        raise ThermodynamicsError("density matrix has non-finite eigenvalues")
    scale = np.maximum(np.max(np.abs(p), axis=-1), 1e-300)
    floor = roundoff_floor(p.shape[-1])
    tol = floor if support_tol is None else support_tol
    negative = np.min(p, axis=-1) < -max(tol, floor) * scale * 1e3
    if np.any(negative):
        raise ThermodynamicsError(
            f"density matrix is not positive: smallest eigenvalue {p[negative].min():.3e}"
        )
    kernel = p <= tol * scale[:, None]
    return p, V, kernel


def _nonnegative_total(total: float, per_bath: Sequence[float], noise: float) -> float:
    """A negative ``total`` of a model expected to be consistent: 0 if it is round-off (a
    consistent model's sigma is >= 0 exactly, e.g. -6e-35 at equilibrium), an error otherwise."""
    scale = sum(abs(x) for x in per_bath)
    if total < -(1e-9 * scale + noise):
        raise ThermodynamicsError(
            f"negative entropy production {total:.3e} (scale {scale:.3e}, round-off "
            f"floor {noise:.3e}) in a model expected to be thermodynamically consistent"
        )
    return 0.0


@overload
def entropy_production(
    model: Model,
    rho: np.ndarray,
    baths: Sequence[Bath] | None = ...,
    *,
    support_tol: float | None = ...,
    check_nonnegative: bool = ...,
    detail: Literal[False] = ...,
) -> float: ...


@overload
def entropy_production(
    model: Model,
    rho: np.ndarray,
    baths: Sequence[Bath] | None = ...,
    *,
    support_tol: float | None = ...,
    check_nonnegative: bool = ...,
    detail: Literal[True],
) -> EntropyBreakdown: ...


def entropy_production(
    model: Model,
    rho: np.ndarray,
    baths: Sequence[Bath] | None = None,
    *,
    support_tol: float | None = None,
    check_nonnegative: bool = True,
    detail: bool = False,
) -> float | EntropyBreakdown:
    """Entropy production rate ``sigma(rho)`` in the Spohn form (see module docstring).

    Parameters
    ----------
    model : Model
    rho : ndarray
        Density matrix in the model basis.
    baths : sequence of Bath, optional
        Baths to include (default: all of the model's baths).
    support_tol : float, optional
        Eigenvalues of rho at or below ``support_tol * max(p)`` are treated as exact zeros
        (the kernel of rho).  Default (``None``): the round-off floor ``10 * dim * eps``, so
        only eigenvalues indistinguishable from zero in double precision are; a genuine
        population of 1e-14 keeps its ``ln p`` term.  A kernel diagonal ``<k|D_a[rho]|k>``
        above the round-off floor ``10 * dim * eps * R * max(p)`` is a real flow out of the
        support and makes sigma ``+inf``.  ``R`` is :attr:`Model.rate_scale` (about
        ``sum_j gamma_j ||L_j||^2`` over all baths): in a stationary state a genuine
        population p at the eigenvalue floor exchanges at most ``R * p`` with each bath, which
        stays below the leak floor, so it is not mistaken for a leak.  The floor is set by the
        rates, not by ``||D_a[rho]||``, which vanishes at a fixed point and would turn
        round-off into a spurious leak.
    check_nonnegative : bool
        Raise :class:`ThermodynamicsError` if sigma < 0 beyond round-off.  Must be switched
        off only for models that are knowingly thermodynamically inconsistent (e.g. a local
        master equation), where a negative value is the physics being shown.
    detail : bool
        Return an :class:`EntropyBreakdown` instead of a float (with the heat currents of the
        same baths, equal bit for bit to :func:`heat_currents`).

    Returns
    -------
    float or EntropyBreakdown
        Never NaN; ``+inf`` when the dynamics leaves the support of rho.  With
        ``check_nonnegative`` never negative: a round-off negative is returned as 0.
    """
    chosen = list(model.baths if baths is None else baths)
    rhos = np.asarray(rho)[None]
    terms = entropy_terms(
        model, rhos, chosen, support_tol=support_tol, check_nonnegative=check_nonnegative
    )
    total = float(terms.total[0])
    if detail:
        per_bath = tuple(map(float, terms.per_bath[0]))
        currents = tuple(map(float, terms.currents[0]))
        return EntropyBreakdown(
            total, per_bath, kernel_leak=float(terms.kernel_leak[0]), currents=currents
        )
    return total


class EntropyTerms(NamedTuple):
    """:func:`entropy_terms` of a stack of n states, one row per state."""

    total: np.ndarray  # (n,) sigma, as entropy_production returns it
    per_bath: np.ndarray  # (n, n_baths) Spohn terms
    kernel_leak: np.ndarray  # (n,) largest <k|D[rho]|k> on the kernel of rho (0 if none)
    currents: np.ndarray  # (n, n_baths) heat currents J_a, which come with the dissipators


def entropy_terms(
    model: Model,
    rhos: np.ndarray,
    baths: Sequence[Bath],
    *,
    support_tol: float | None = None,
    check_nonnegative: bool = True,
) -> EntropyTerms:
    """:func:`entropy_production` of every state of the stack ``rhos`` (shape ``(n, d, d)``),
    with the per-bath terms, kernel leaks and heat currents (:class:`EntropyTerms`).

    One eigensolver call and one dissipator evaluation per bath serve the whole stack; each
    state's numbers are those of the stack of that state alone, bit for bit (tested), so a
    single state is the special case ``n = 1``.
    """
    rhos = np.asarray(rhos, dtype=complex)
    p, V, kernel = _spectral(rhos, support_tol)
    n, d = p.shape
    support = ~kernel
    logp = np.zeros_like(p)
    logp[support] = np.log(p[support])
    # round-off floor of any <k|D_a[rho]|k> (Model.rate_scale bounds the rates)
    d_floor = roundoff_floor(d) * np.max(np.abs(p), axis=-1) * model.rate_scale
    max_log = np.max(np.abs(logp), axis=-1)  # 0 for an all-kernel state (logp = 0 there)
    max_energy = float(np.max(np.abs(model.energies)))
    has_kernel = kernel.any(axis=-1)
    any_kernel = bool(has_kernel.any())
    per_bath = np.zeros((n, len(baths)))
    currents = np.zeros((n, len(baths)))
    noise = np.zeros(n)  # round-off floor of sigma: entry error of D times the weights it meets
    leak = np.zeros(n)
    infinite = np.zeros(n, dtype=bool)
    for b, bath in enumerate(baths):
        D = bath_dissipator(rhos, bath.jumps)
        d_eig = np.real(np.einsum("nik,nij,njk->nk", V.conj(), D, V))
        if any_kernel:  # flows out of the support (skipped for full-rank stacks)
            k_leak = np.max(np.where(kernel, d_eig, -np.inf), axis=-1)
            leak = np.where(has_kernel, np.maximum(leak, k_leak), leak)
            infinite |= has_kernel & (k_leak > d_floor)
        # per state over its support, as a plain sum (bit for bit the single-state order)
        dS = [-float(np.sum(d_eig[i][support[i]] * logp[i][support[i]])) for i in range(n)]
        J = _currents(model, D)
        currents[:, b] = J
        per_bath[:, b] = np.asarray(dS) - bath.beta * J
        noise += d * d_floor * (max_log + abs(bath.beta) * max_energy)
    totals = np.array([float(np.sum(row)) for row in per_bath])
    totals[infinite] = np.inf
    if np.any(np.isnan(totals)):
        raise ThermodynamicsError("entropy production came out NaN")
    if check_nonnegative:
        for i in np.flatnonzero(totals < 0):
            totals[i] = _nonnegative_total(float(totals[i]), list(per_bath[i]), float(noise[i]))
    return EntropyTerms(total=totals, per_bath=per_bath, kernel_leak=leak, currents=currents)


def cd_ratio(J_tot: float, sigma: float) -> float:
    """Current-dissipation ratio ``J_tot^2 / sigma`` (Tajima-Funo, Eqs. 2-4).

    ``0`` when there is no current, ``+inf`` for a current without entropy production.
    """
    if J_tot == 0.0:
        return 0.0
    if sigma <= 0.0:
        return float("inf")
    return J_tot**2 / sigma
