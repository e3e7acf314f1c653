"""Bound 1 and Bound 2 of Kamimura et al. and their inputs: norms, bath coefficient Xi, Delta E.

Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), doi:10.1103/PhysRevLett.131.090401.

Everything is written in the energy eigenbasis of the system (hbar = 1).  A *noise channel*
(Eq. 4) is the system operator ``A_k`` with its norm, the bath coefficient
``Xi = int_0^inf |C(s)| ds`` and the largest energy jump ``Delta E`` that A makes in the
energy basis (Eq. 13); identical baths (parallel scheme) are counted by multiplicity.  The
*current operator* X with ``J(rho) = Tr[H_S D[rho]] = Tr[rho X]`` (Eqs. 7-8) is built from the
dissipator in Lindblad form.

Bound 1 (Eq. 9): ``|J| <= sum_baths 4 ||H_S|| Xi ||A||^2``;
Bound 2 (Eq. 14): ``|J| <= sum_baths 2 Xi Delta E ||A||^2``.

Bath normalisation (our choice, stated in the claims):

* white noise (m-body model): ``C(s) = (gamma_wn / g^2) delta(s)`` so that the Redfield
  dissipator is ``gamma_wn D[A/g]`` (Redfield and GKSL coincide for white noise), and
  ``Xi = gamma_wn / (2 g^2)`` (half of the delta function lies in s >= 0);
* narrow-band bath at Bohr frequency w0 (superradiance, superabsorption, parallel scheme):
  spectrum ``gamma(w)`` of B concentrated at +-w0 with weights ``gamma_down = gamma(w0)``,
  ``gamma_up = gamma(-w0)`` (``gamma_up = gamma_down exp(-beta w0)``; zero at T = 0).  In the
  narrow-band limit ``Xi = <|gamma_down + gamma_up e^{i theta}|>_theta / 2`` which for T = 0
  is ``gamma_down / 2``, the smallest value compatible with the decay rate (Xi >= Re Gamma).
  With ``A = 2 g J_x`` the decay rate of the Dicke ladder is ``gamma_0 = g^2 gamma(w0)``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, cast

import numpy as np
import scipy.sparse as sp
from scipy.sparse.linalg import eigsh
from scipy.special import ellipe

from qthermo.core.dicke import m_body_spectrum
from qthermo.papers.kamimura.dissipators import entry_frequencies

__all__ = [
    "Channels",
    "NoiseChannel",
    "BoundInputs",
    "hermitian_norm",
    "max_energy_jump",
    "xi_white_noise",
    "xi_narrowband",
    "m_body_norm",
    "collective_x_norm",
    "current_operator",
    "bohr_current_operator",
    "bound1",
    "bound2",
]

#: Lindblad jump operators with their rates, ``[(L_k, rate_k), ...]``.
Channels = Sequence[tuple[sp.spmatrix | np.ndarray, float]]


# --------------------------------------------------------------------------- norms, Xi, Delta E
def hermitian_norm(A: sp.spmatrix | np.ndarray) -> float:
    """Operator norm ``||A|| = max |eigenvalue|`` of a Hermitian matrix (Eq. 9).

    Dense ``eigvalsh`` below dimension 64, otherwise Lanczos (``eigsh``, largest magnitude,
    deterministic start vector).
    """
    n = A.shape[0]
    if n < 64:
        dense = cast(Any, A).toarray() if sp.issparse(A) else np.asarray(A)
        return float(np.max(np.abs(np.linalg.eigvalsh(dense))))
    v0 = np.ones(n) / math.sqrt(n)
    vals = eigsh(sp.csr_matrix(A), k=1, which="LM", v0=v0, tol=1e-13, return_eigenvectors=False)
    return float(np.max(np.abs(vals)))


def max_energy_jump(
    energies: np.ndarray, A: sp.spmatrix | np.ndarray, rtol: float = 1e-12
) -> float:
    """``Delta E``: largest ``|E_i - E_j|`` with ``<i|A|j> != 0`` (Eq. 13).

    An element counts as non-zero when ``|A_ij| > rtol * max |A|`` (round-off of exact zeros).
    """
    coo = sp.coo_matrix(A)
    if coo.nnz == 0:
        return 0.0
    mag = np.abs(coo.data)
    keep = mag > rtol * mag.max()
    e = np.asarray(energies, dtype=float)
    return float(np.max(np.abs(e[coo.row[keep]] - e[coo.col[keep]])))


def xi_white_noise(*, gamma_wn: float, g: float) -> float:
    """``Xi = int_0^inf |C(s)| ds`` for ``C(s) = (gamma_wn/g^2) delta(s)``: ``gamma_wn/(2 g^2)``."""
    return gamma_wn / (2.0 * g**2)


def xi_narrowband(*, gamma_down: float, gamma_up: float = 0.0) -> float:
    """``Xi`` of a narrow-band bath with weights ``gamma(+w0)``, ``gamma(-w0)``.

    ``C(s) = (kappa/2)(gamma_down e^{-i w0 s} + gamma_up e^{i w0 s}) e^{-kappa |s|}`` gives, for
    ``kappa << w0``, ``Xi = <|gamma_down + gamma_up e^{i theta}|>_theta / 2
    = ((a + b)/pi) E(4ab/(a+b)^2)`` (complete elliptic integral E, parameter m).
    """
    a, b = float(gamma_down), float(gamma_up)
    if a < 0 or b < 0:
        raise ValueError("rates must be >= 0")
    if a + b == 0:
        return 0.0
    return (a + b) / math.pi * float(ellipe(4 * a * b / (a + b) ** 2))


def m_body_norm(L: int, m: int, g: float) -> float:
    """``||A||`` of the m-body operator on the symmetric subspace, from its exact spectrum.

    The eigenvalues are ``g L K_m(k; L) / C(L, m)`` (Krawtchouk polynomials in exact integer
    arithmetic, ``qthermo.core.dicke.m_body_spectrum``), so the norm is reproducible to the last bit,
    unlike a Lanczos estimate on a highly degenerate spectrum.  Cross-checked against
    :func:`hermitian_norm` in the tests.
    """
    return float(np.max(np.abs(m_body_spectrum(L, m, g))))


def collective_x_norm(L: int, g: float) -> float:
    """``||2 g J_x|| = g L`` (spin L/2: the J_x eigenvalues run from -L/2 to L/2)."""
    return abs(g) * L


# --------------------------------------------------------------------------- channels, bounds
@dataclass(frozen=True)
class NoiseChannel:
    """One bath with one channel: ``H_int = A (x) B`` (Eq. 4), repeated ``multiplicity`` times.

    ``A`` is stored for inspection (for the parallel scheme: the single-qubit operator with
    the single-qubit energies, which give the same jumps as in the full space).
    """

    A: sp.spmatrix | np.ndarray
    norm_A: float
    xi: float
    delta_E: float
    multiplicity: int = 1


class BoundInputs(Protocol):
    """What the bounds read from a model (:class:`~qthermo.papers.kamimura.models.ScalingModel`)."""

    @property
    def norm_H(self) -> float: ...

    @property
    def channels(self) -> Sequence[NoiseChannel]: ...


def current_operator(energies: np.ndarray, channels: Channels) -> sp.csr_matrix:
    """``X = sum_k rate_k (L_k^dag H L_k - {L_k^dag L_k, H}/2)`` so that
    ``Tr[H sum_k rate_k D[L_k](rho)] = Tr[rho X]`` (Eqs. 7-8 for a Lindblad-form dissipator);
    summed in the order given, zero rates skipped."""
    dim = len(energies)
    H = sp.diags(np.asarray(energies, dtype=float), 0, format="csr")
    X = sp.csr_matrix((dim, dim), dtype=complex)
    for L, rate in channels:
        if not rate:
            continue
        L = sp.csr_matrix(L)
        Ld = L.conj().T.tocsr()
        LdL = Ld @ L
        X = X + rate * (Ld @ H @ L - 0.5 * (LdL @ H + H @ LdL))
    return X.tocsr()


def bohr_current_operator(
    energies: np.ndarray, A: Any, rate: Callable[[float], float], *, decimals: int = 9
) -> sp.csr_matrix:
    """X of ``sum_w gamma(w) D[A_w]`` over the Bohr components of A (Eq. 20 with Eqs. 7-8).

    Same X as :func:`current_operator` on
    :func:`~qthermo.papers.kamimura.dissipators.bohr_components` (frequencies rounded to
    ``decimals`` alike), in one sparse product instead of six per component.  With
    ``H = diag(e)`` and ``N_w = Delta o A_w`` (entries ``(e_i - e_j) (A_w)_ij``), each term
    ``A_w^dag H A_w - {A_w^dag A_w, H}/2`` equals ``(A_w^dag N_w + N_w^dag A_w)/2``.  Stacking
    the components as row blocks, ``S = [A_w1; A_w2; ...]`` and ``R = [gamma(w1) N_w1; ...]``,
    gives ``X = (Y + Y^dag)/2`` with ``Y = S^dag R``: the block structure keeps products of
    different components out.  ``rate`` is called once per distinct frequency; zero rates
    drop their component.  Sums run in another order than :func:`current_operator`, so
    entries agree to round-off (tested to 1e-13 of ||X||), not bit for bit.
    """
    e = np.asarray(energies, dtype=float)
    coo = sp.coo_matrix(A)
    freqs, comp = np.unique(entry_frequencies(e, coo, decimals), return_inverse=True)
    rates = np.array([float(rate(float(w))) for w in freqs])[comp]
    keep = rates != 0
    dim = len(e)
    rows, cols, data = coo.row[keep], coo.col[keep], coo.data[keep]
    stacked = comp[keep] * dim + rows
    shape = (len(freqs) * dim, dim)
    S = sp.csr_matrix((data.astype(complex), (stacked, cols)), shape=shape)
    R = sp.csr_matrix((rates[keep] * (e[rows] - e[cols]) * data, (stacked, cols)), shape=shape)
    Y = (S.conj().T @ R).tocsr()
    return (0.5 * (Y + Y.conj().T)).tocsr()


def bound1(model: BoundInputs) -> float:
    """Eq. (9), summed over baths: ``sum 4 ||H_S|| Xi ||A||^2``."""
    return float(
        sum(c.multiplicity * 4 * model.norm_H * c.xi * c.norm_A**2 for c in model.channels)
    )


def bound2(model: BoundInputs) -> float:
    """Eq. (14), summed over baths: ``sum 2 Xi Delta E ||A||^2``."""
    return float(sum(c.multiplicity * 2 * c.xi * c.delta_E * c.norm_A**2 for c in model.channels))
