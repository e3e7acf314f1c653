"""Open-system models in a labelled energy eigenbasis.

A :class:`Model` is a Hamiltonian written in an explicit energy eigenbasis |e, j> together with
one or more heat baths.  Bath ``a`` has an inverse temperature ``beta`` and jump operators
``L_{a,omega}`` with rates ``gamma_a(omega)``.  Following Tajima and Funo,
doi:10.1103/PhysRevLett.127.190604, Eq. (1):

* ``[L_omega, H] = hbar * omega * L_omega``: ``L_omega`` lowers the energy by ``hbar*omega``;
* ``gamma_a(omega) / gamma_a(-omega) = exp(beta_a * hbar * omega)`` (detailed balance).

Both conditions are checked when a model is built; a violating model is rejected with a
:class:`ModelError` naming the operator and the size of the violation.

Note on the paper: the printed text writes ``L_{omega0} = sum |e,j><g,j'|``, which contradicts
its own commutation relation; we use the lowering form (as in the Funo slides).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from qthermo.core.superop import bath_dissipator

__all__ = ["ModelError", "Jump", "Bath", "Model", "energy_blocks"]


class ModelError(ValueError):
    """Raised when a model violates the commutation relation or detailed balance."""


@dataclass(frozen=True)
class Jump:
    """One Lindblad channel ``gamma * D[L]`` of a bath.

    Parameters
    ----------
    op : ndarray
        The jump operator ``L_omega`` in the model's energy eigenbasis.
    omega : float
        Bohr frequency: ``L_omega`` lowers the energy by ``hbar * omega`` (may be negative).
    rate : float
        ``gamma_a(omega) >= 0``.
    label : str
        Human-readable name used in error messages.
    """

    op: np.ndarray
    omega: float
    rate: float
    label: str = "L"


@dataclass(frozen=True)
class Bath:
    """A heat bath: inverse temperature and its jump channels."""

    name: str
    beta: float
    jumps: tuple[Jump, ...]


@dataclass(frozen=True, eq=False)
class Model:
    """Hamiltonian in a labelled energy eigenbasis plus heat baths (immutable once built: its
    checks, and the generators cached for it, stay valid).

    Parameters
    ----------
    energies : array_like
        Energy of each basis vector (H is ``diag(energies)`` in this basis).
    labels : sequence of (str, int)
        ``(e, j)`` label of each basis vector: energy-level name and degeneracy index.
    baths : sequence of Bath
    hbar : float
        Reduced Planck constant in the model's units.
    check : bool
        Verify the commutation relation and detailed balance (default True).
    atol : float
        Absolute tolerance of those checks.
    """

    energies: np.ndarray
    labels: Sequence[tuple[str, int]]
    baths: Sequence[Bath]
    hbar: float = 1.0
    check: bool = True
    atol: float = 1e-10
    _blocks: list[np.ndarray] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "energies", np.asarray(self.energies, dtype=float))
        if self.energies.ndim != 1:
            raise ModelError("energies must be a 1-D array")
        if len(self.labels) != self.dim:
            raise ModelError(f"{len(self.labels)} labels for a {self.dim}-dimensional space")
        object.__setattr__(self, "_blocks", energy_blocks(self.energies, self.atol))
        for bath in self.baths:
            if not np.isfinite(bath.beta) or bath.beta <= 0:
                raise ModelError(f"bath {bath.name!r}: beta must be positive, got {bath.beta!r}")
            for jump in bath.jumps:
                if np.shape(jump.op) != (self.dim, self.dim):
                    raise ModelError(
                        f"bath {bath.name!r}, jump {jump.label!r}: shape {np.shape(jump.op)} "
                        f"does not match dimension {self.dim}"
                    )
                if jump.rate < 0 or not np.isfinite(jump.rate):
                    raise ModelError(
                        f"bath {bath.name!r}, jump {jump.label!r}: rate must be >= 0, got {jump.rate!r}"
                    )
        if self.check:
            self.check_commutation()
            self.check_detailed_balance()
            self.check_gibbs_fixed_point()

    # ------------------------------------------------------------------ basic views
    @property
    def dim(self) -> int:
        return int(self.energies.size)

    @property
    def H(self) -> np.ndarray:
        """The Hamiltonian as a (diagonal) matrix."""
        return np.diag(self.energies).astype(complex)

    @cached_property
    def rate_scale(self) -> float:
        """``R = sum_j gamma_j ||L_j||_1 ||L_j||_inf`` over all baths' jumps.

        An upper bound on ``sum_j gamma_j ||L_j||_2^2`` (exact for the jump operators used
        here, e.g. an all-ones block) without an SVD per jump; entries of any bath's
        ``D[rho]`` are at most ``2 R`` for ``Tr rho = 1``.  Sets the round-off floor of
        ``D[rho]`` in :func:`qthermo.core.thermo.entropy_production`.
        """
        return float(
            sum(
                abs(jump.rate) * np.linalg.norm(jump.op, 1) * np.linalg.norm(jump.op, np.inf)
                for bath in self.baths
                for jump in bath.jumps
            )
        )

    @property
    def blocks(self) -> list[np.ndarray]:
        """Index arrays of the degenerate energy eigenspaces, in increasing energy."""
        return self._blocks

    def jumps(self) -> list[tuple[Bath, Jump]]:
        return [(bath, jump) for bath in self.baths for jump in bath.jumps]

    # ------------------------------------------------------------------ consistency checks
    def check_commutation(self) -> None:
        """Check ``[L_omega, H] = hbar*omega*L_omega`` for every jump (Eq. 1 of Tajima-Funo)."""
        H = self.H
        for bath, jump in self.jumps():
            L = np.asarray(jump.op, dtype=complex)
            resid = L @ H - H @ L - self.hbar * jump.omega * L
            err = float(np.max(np.abs(resid))) if resid.size else 0.0
            if err > self.atol * max(1.0, float(np.max(np.abs(self.energies)))):
                raise ModelError(
                    f"bath {bath.name!r}, jump {jump.label!r} (omega={jump.omega:g}): "
                    f"[L, H] != hbar*omega*L, max |residual| = {err:.3e}"
                )

    def check_detailed_balance(self) -> None:
        """Check ``gamma(omega)/gamma(-omega) = exp(beta*hbar*omega)`` pairwise, per bath.

        Every channel with ``omega != 0`` must have a partner channel at ``-omega`` whose
        operator is its adjoint (up to the rate), so that the Gibbs state is a fixed point.
        """
        for bath in self.baths:
            # candidates for the partner of a jump at omega: the jumps at -omega (bucketed)
            by_omega: dict[float, list[Jump]] = {}
            for j in bath.jumps:
                by_omega.setdefault(round(float(j.omega), 9), []).append(j)
            for jump in bath.jumps:
                if jump.omega == 0 or jump.rate == 0:
                    continue
                adj = np.conj(np.asarray(jump.op)).T
                candidates = by_omega.get(round(-float(jump.omega), 9), [])
                partners = [
                    j
                    for j in candidates
                    if _isclose(j.omega, -jump.omega, atol=1e-12, rtol=0.0)
                    and _allclose(j.op, adj, atol=self.atol)
                ]
                if not partners:
                    raise ModelError(
                        f"bath {bath.name!r}, jump {jump.label!r} (omega={jump.omega:g}): "
                        "no partner channel L^dagger at -omega"
                    )
                partner_rate = sum(p.rate for p in partners)
                # channels with the same operator add up (e.g. a collective and a local jump
                # that coincide for one emitter)
                own_rate = sum(
                    j.rate
                    for j in by_omega[round(float(jump.omega), 9)]
                    if _isclose(j.omega, jump.omega, atol=1e-12, rtol=0.0)
                    and _allclose(j.op, jump.op, atol=self.atol)
                )
                expected = np.exp(bath.beta * self.hbar * jump.omega)
                if partner_rate == 0:
                    raise ModelError(
                        f"bath {bath.name!r}, jump {jump.label!r}: partner rate is zero, "
                        f"detailed balance needs ratio {expected:.6g}"
                    )
                ratio = own_rate / partner_rate
                if not _isclose(ratio, expected, rtol=1e-9, atol=0.0):
                    raise ModelError(
                        f"bath {bath.name!r}, jump {jump.label!r} (omega={jump.omega:g}): "
                        f"gamma(omega)/gamma(-omega) = {ratio:.12g} but exp(beta*hbar*omega) = "
                        f"{expected:.12g} (relative violation {abs(ratio / expected - 1):.3e})"
                    )

    def check_gibbs_fixed_point(self) -> None:
        """Check ``D_a[exp(-beta_a H)/Z] = 0`` for every bath (consequence of detailed balance)."""

        for bath in self.baths:
            resid = bath_dissipator(self.gibbs_state(bath.beta), bath.jumps)
            scale = max(
                1.0,
                max((j.rate * float(np.max(np.abs(j.op))) ** 2 for j in bath.jumps), default=1.0),
            )
            err = float(np.max(np.abs(resid)))
            if err > 1e-9 * scale:
                raise ModelError(
                    f"bath {bath.name!r}: the Gibbs state at beta={bath.beta:g} is not a fixed point "
                    f"of its dissipator, max |D[pi]| = {err:.3e}"
                )

    def gibbs_state(self, beta: float) -> np.ndarray:
        """Gibbs state ``exp(-beta H)/Z`` in the model basis."""
        w = np.exp(-beta * (self.energies - self.energies.min()))
        return np.diag(w / w.sum()).astype(complex)


def energy_blocks(energies: np.ndarray, atol: float = 1e-10) -> list[np.ndarray]:
    """Group basis indices into degenerate eigenspaces (energies equal within ``atol``).

    Returns index arrays ordered by increasing energy; each array lists its indices in the
    order of the basis (the degeneracy index j), so the basis inside a degenerate subspace is
    exactly the one the model declares.
    """
    energies = np.asarray(energies, dtype=float)
    order = np.argsort(energies, kind="stable")
    blocks: list[list[int]] = []
    last = None
    for idx in order:
        if last is None or abs(energies[idx] - last) > atol:
            blocks.append([int(idx)])
            last = energies[idx]
        else:
            blocks[-1].append(int(idx))
    return [np.array(sorted(b), dtype=int) for b in blocks]


def _isclose(a: float, b: float, *, atol: float, rtol: float) -> bool:
    """``np.isclose(a, b, atol=atol, rtol=rtol)`` for two scalars, without numpy's array
    machinery (the detailed-balance check makes ~10^5 such comparisons in a sensitivity scan):
    ``|a - b| <= atol + rtol |b|``; infinities are close only to themselves, NaN to nothing."""
    a, b = float(a), float(b)
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= atol + rtol * abs(b)


def _allclose(a: np.ndarray, b: np.ndarray, *, atol: float) -> bool:
    """``np.allclose(a, b, atol=atol)`` (its default ``rtol = 1e-5``) for two arrays of one
    shape; non-finite entries go to numpy's own rules."""
    a, b = np.asarray(a), np.asarray(b)
    with np.errstate(invalid="ignore", over="ignore"):
        diff = np.abs(a - b)
    if not np.isfinite(diff).all():
        return bool(np.allclose(a, b, atol=atol))
    return bool((diff <= atol + 1e-5 * np.abs(b)).all())
