"""Redfield (Eq. 6) and GKSL-after-RWA (Eq. 20) dissipators for the RWA check of Kamimura et al.

Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), doi:10.1103/PhysRevLett.131.090401,
Eqs. (6), (19)-(20).  Dense matrices in the energy eigenbasis of the system (hbar = 1):
Bohr components of a system operator, the complex spectral function of a Lorentzian bath,
both dissipators, and the projection of a state onto the degenerate energy blocks (the
states that commute with H_S, for which both heat currents agree).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

import numpy as np
import scipy.sparse as sp

__all__ = [
    "entry_frequencies",
    "bohr_components",
    "lorentzian_gamma",
    "redfield_dissipator",
    "gksl_dissipator",
    "commuting_part",
]


def entry_frequencies(energies: np.ndarray, coo: sp.coo_matrix, decimals: int = 9) -> np.ndarray:
    """The energy each stored entry ``A_ij`` lowers, ``E_j - E_i``, rounded to ``decimals`` (the
    frequencies by which :func:`bohr_components` groups the entries)."""
    e = np.asarray(energies, dtype=float)
    return np.round(e[coo.col] - e[coo.row], decimals)


def bohr_components(
    energies: np.ndarray,
    A: sp.spmatrix | np.ndarray,
    decimals: int = 9,
    only: Sequence[float] | None = None,
) -> dict[float, sp.csr_matrix]:
    """Split A into ``A_w`` that lower the energy by w: ``A_w = sum_{E_j - E_i = w} A_ij |i><j|``.

    Frequencies are compared after rounding to ``decimals``; ``only`` restricts the output to
    the listed frequencies (a narrow-band bath needs no other component).
    """
    coo = sp.coo_matrix(A)
    w = entry_frequencies(energies, coo, decimals)
    freqs = np.unique(w) if only is None else np.unique(np.round(np.asarray(only, float), decimals))
    out = {}
    for freq in freqs:
        sel = w == freq
        out[float(freq)] = sp.csr_matrix(
            (coo.data[sel], (coo.row[sel], coo.col[sel])), shape=coo.shape
        )
    return out


def lorentzian_gamma(
    *, omega0: float, kappa: float, gamma_down: float, gamma_up: float
) -> Callable[[np.ndarray], np.ndarray]:
    """Complex ``Gamma(w) = int_0^inf C(s) e^{i w s} ds`` of the Lorentzian bath
    ``C(s) = (kappa/2)(gamma_down e^{-i w0 s} + gamma_up e^{i w0 s}) e^{-kappa |s|}``.

    ``2 Re Gamma(w)`` is the rate gamma(w); ``Im Gamma(w)`` the Lamb-shift function.
    """

    def Gamma(w):
        w = np.asarray(w, dtype=float)
        return (
            0.5
            * kappa
            * (gamma_down / (kappa - 1j * (w - omega0)) + gamma_up / (kappa - 1j * (w + omega0)))
        )

    return Gamma


def redfield_dissipator(
    energies: np.ndarray, A: np.ndarray, Gamma: Callable
) -> Callable[[np.ndarray], np.ndarray]:
    """Redfield dissipator of Eq. (6) for one Hermitian channel, in the energy basis.

    ``D[rho] = Lam rho A - A Lam rho + h.c.`` with ``Lam = int_0^inf C(s) A(-s) ds``,
    ``Lam_ij = A_ij Gamma(E_j - E_i)``.  Dense; for the small RWA examples.
    """
    e = np.asarray(energies, dtype=float)
    A = np.asarray(cast(Any, A).toarray() if sp.issparse(A) else A, dtype=complex)
    Lam = A * Gamma(e[None, :] - e[:, None])

    def D(rho):
        X = Lam @ rho @ A - A @ Lam @ rho
        return X + X.conj().T

    return D


def gksl_dissipator(
    energies: np.ndarray, A: np.ndarray, Gamma: Callable
) -> Callable[[np.ndarray], np.ndarray]:
    """GKSL dissipator of Eq. (20) (after the RWA): ``sum_w gamma(w) D[A_w]`` with
    ``gamma(w) = 2 Re Gamma(w)``.  (The Lamb shift commutes with H_S and carries no heat.)"""
    comps = [
        (A_w.toarray(), 2.0 * float(np.real(Gamma(w))))
        for w, A_w in bohr_components(energies, A).items()
    ]

    def D(rho):
        out = np.zeros_like(rho, dtype=complex)
        for Aw, rate in comps:
            Awd = Aw.conj().T
            AdA = Awd @ Aw
            out += rate * (Aw @ rho @ Awd - 0.5 * (AdA @ rho + rho @ AdA))
        return out

    return D


def commuting_part(rho: np.ndarray, energies: np.ndarray) -> np.ndarray:
    """Projection onto the degenerate energy blocks (keeps coherences inside each block)."""
    same = np.isclose(energies[:, None], energies[None, :], atol=1e-12, rtol=0)
    out = np.where(same, rho, 0)
    return out / np.trace(out)
