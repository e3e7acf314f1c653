"""The L-qubit models of Kamimura et al. in their energy (Dicke) basis.

Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), doi:10.1103/PhysRevLett.131.090401,
Eqs. (10)-(18) and the parallel scheme.

Everything is written in the energy eigenbasis of the system (hbar = 1).  For the L-qubit
models of the paper this is the Dicke basis of :mod:`qthermo.core.dicke`, where every Hamiltonian
is diagonal.  A :class:`ScalingModel` bundles

* ``energies``: the diagonal of H_S, and ``norm_H = ||H_S||`` (operator norm, Eq. 9);
* its noise channels (:class:`~qthermo.papers.kamimura.bounds.NoiseChannel`, Eq. 4) with the
  inputs of Bound 1 and Bound 2 (bath normalisation: :mod:`qthermo.papers.kamimura.bounds`);
* the current operator X with ``J(rho) = Tr[rho X]`` (Eqs. 7-8) and the initial state of the
  paper, plus the closed form of J(0) where the paper gives one (Eqs. 12, 17).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from qthermo.core.dicke import collective_ops, dicke_state, m_body_operator, m_values
from qthermo.core.operators import SIGMA_X, SIGMA_Z
from qthermo.papers.kamimura.bounds import (
    NoiseChannel,
    collective_x_norm,
    current_operator,
    hermitian_norm,
    m_body_norm,
    max_energy_jump,
    xi_narrowband,
    xi_white_noise,
)
from qthermo.papers.kamimura.dissipators import bohr_components

__all__ = [
    "ScalingModel",
    "heat_current",
    "eq12_heat_current",
    "eq17_heat_current",
    "burst_heat_current",
    "m_body_model",
    "superradiance_model",
    "superabsorption_model",
    "parallel_model",
]


@dataclass
class ScalingModel:
    """An L-qubit model of the paper in its energy (Dicke) basis; see module docstring."""

    name: str
    L: int
    energies: np.ndarray
    channels: list[NoiseChannel]
    X: sp.spmatrix  # current operator: J(rho) = Tr[rho X]
    psi0: np.ndarray  # initial pure state
    J_formula: float = float("nan")  # closed form of J(0) where one exists
    params: dict = field(default_factory=dict)

    @property
    def norm_H(self) -> float:
        return float(np.max(np.abs(self.energies)))

    @property
    def H(self) -> sp.csr_matrix:
        return sp.diags(self.energies, 0, format="csr")


def heat_current(model: ScalingModel, state: np.ndarray | None = None) -> float:
    """``J = Tr[rho X]`` for a pure state vector or a density matrix (default: ``psi0``)."""
    state = model.psi0 if state is None else np.asarray(state)
    if state.ndim == 1:
        return float(np.real(np.vdot(state, model.X @ state)))
    return float(np.real(np.sum(model.X.T.multiply(state))))


def eq12_heat_current(L: int, m: int, *, gamma_wn: float, omega_q: float) -> float:
    """Eq. (12): ``J(0) = -gamma_wn omega_q L^2 m / C(L, m)`` (m-body model, initial |L/2>)."""
    return -gamma_wn * omega_q * L**2 * m / math.comb(L, m)


def eq17_heat_current(L: int, *, gamma0: float, omega_q: float) -> float:
    """Eq. (17): ``J(0) = -gamma_0 omega_q (L + 1)^2 / 4`` (superradiance, odd L, initial |1/2>)."""
    return -0.25 * gamma0 * omega_q * (L + 1) ** 2


# --------------------------------------------------------------------------- the models
def _collective_x_channel(L: int, energies: np.ndarray, *, g: float, xi: float) -> NoiseChannel:
    ops = collective_ops(L)
    A = (2.0 * g * ops.Jx).tocsr()  # Eq. (16)
    return NoiseChannel(A, collective_x_norm(L, g), xi, max_energy_jump(energies, A))


def m_body_model(L: int, m: int, *, g: float, omega_q: float, gamma_wn: float) -> ScalingModel:
    """Eqs. (10)-(12): H_S = omega_q J_z, A of Eq. (11), white noise, initial |M = L/2>.

    The white-noise Redfield dissipator is ``(gamma_wn/g^2) D[A]`` (see module docstring).
    """
    energies = omega_q * m_values(L)
    A = m_body_operator(L, m, g)
    kappa = gamma_wn / g**2
    ch = NoiseChannel(
        A,
        m_body_norm(L, m, g),
        xi_white_noise(gamma_wn=gamma_wn, g=g),
        max_energy_jump(energies, A),
    )
    return ScalingModel(
        name=f"m-body m={m}",
        L=L,
        energies=energies,
        channels=[ch],
        X=current_operator(energies, [(A, kappa)]),
        psi0=dicke_state(L, L / 2),
        J_formula=eq12_heat_current(L, m, gamma_wn=gamma_wn, omega_q=omega_q),
        params={"m": m, "g": g, "omega_q": omega_q, "gamma_wn": gamma_wn},
    )


def burst_heat_current(L: int, M: float, *, gamma0: float, omega_q: float) -> float:
    """``J(0) = -gamma_0 omega_q (L/2 + M)(L/2 - M + 1)`` from the Dicke state |M> (our general
    form of Eq. 17: M = 1/2 gives Eq. 17, M = 0 the even-L value -gamma_0 omega_q L (L+2)/4)."""
    return -gamma0 * omega_q * (L / 2 + M) * (L / 2 - M + 1)


def superradiance_model(
    L: int, *, g: float, omega_q: float, gamma0: float, initial_M: float | None = None
) -> ScalingModel:
    """Eqs. (15)-(17): H = omega_q J_z, A = 2 g J_x, T = 0 narrow-band bath, initial |1/2>.

    GKSL (after the RWA) dissipator ``gamma(omega_q) D[g J_-] = gamma_0 D[J_-]``; the initial
    Dicke state commutes with H, so this current equals the Redfield one (see Eq. 19-20).
    ``initial_M`` starts from another Dicke state |M> (e.g. M = 0 for even L), with
    :func:`burst_heat_current` as the closed form instead of Eq. (17).
    """
    if initial_M is None and L % 2 == 0:
        raise ValueError("superradiance initial state |M = 1/2> needs odd L")
    if initial_M is not None and (abs(initial_M) > L / 2 or (L / 2 - initial_M) % 1):
        raise ValueError(f"no Dicke state |M = {initial_M}> for L = {L}")
    energies = omega_q * m_values(L)
    ops = collective_ops(L)
    ch = _collective_x_channel(
        L, energies, g=g, xi=xi_narrowband(gamma_down=gamma0 / g**2, gamma_up=0.0)
    )
    if initial_M is None:
        psi0, J = dicke_state(L, 0.5), eq17_heat_current(L, gamma0=gamma0, omega_q=omega_q)
    else:
        psi0 = dicke_state(L, initial_M)
        J = burst_heat_current(L, initial_M, gamma0=gamma0, omega_q=omega_q)
    return ScalingModel(
        name="superradiance",
        L=L,
        energies=energies,
        channels=[ch],
        X=current_operator(energies, [(ops.Jm, gamma0)]),
        psi0=psi0,
        J_formula=J,
        params={"g": g, "omega_q": omega_q, "gamma0": gamma0},
    )


def superabsorption_model(
    L: int, *, g: float, omega_q: float, Omega: float, gamma0: float, beta: float
) -> ScalingModel:
    """Eq. (18): ``H_SA = omega_q J_z + Omega J_z^2``, ``A = 2 g J_x``, initial |M = -1/2>.

    The bath is narrow-band at the superabsorbing transition w_SA = E(1/2) - E(-1/2) and
    thermal at inverse temperature beta: GKSL channels are the Bohr components of A at
    +-w_SA only, with ``g^2 gamma(w_SA) = gamma_0`` and ``g^2 gamma(-w_SA) = gamma_0
    exp(-beta w_SA)``.  Delta E (Eq. 13) is a property of A and H only: all J_x transitions.
    """
    if L % 2 == 0:
        raise ValueError("superabsorption initial state |M = -1/2> needs odd L")
    M = m_values(L)
    energies = omega_q * M + Omega * M**2
    ops = collective_ops(L)
    A = (2.0 * g * ops.Jx).tocsr()
    i_lo, i_hi = int(np.argmin(np.abs(M + 0.5))), int(np.argmin(np.abs(M - 0.5)))
    w_sa = float(energies[i_hi] - energies[i_lo])
    g_down, g_up = gamma0 / g**2, gamma0 * math.exp(-beta * w_sa) / g**2
    comps = bohr_components(energies, A, only=(w_sa, -w_sa))
    channels = [(comps[w], g_down if w > 0 else g_up) for w in sorted(comps) if comps[w].nnz]
    ch = NoiseChannel(
        A,
        collective_x_norm(L, g),
        xi_narrowband(gamma_down=g_down, gamma_up=g_up),
        max_energy_jump(energies, A),
    )
    return ScalingModel(
        name="superabsorption",
        L=L,
        energies=energies,
        channels=[ch],
        X=current_operator(energies, channels),
        psi0=dicke_state(L, -0.5),
        J_formula=gamma0 * math.exp(-beta * w_sa) * w_sa * (L + 1) ** 2 / 4,
        params={
            "g": g,
            "omega_q": omega_q,
            "Omega": Omega,
            "gamma0": gamma0,
            "beta": beta,
            "w_sa": w_sa,
            "n_gksl_channels": len(channels),
        },
    )


def parallel_model(L: int, *, g: float, omega_q: float, gamma0: float) -> ScalingModel:
    """Parallel scheme: each qubit i has its own T = 0 narrow-band bath, ``A_i = g sigma_x^(i)``.

    Dissipator ``sum_i gamma_0 D[sigma_-^(i)]``.  Its current operator is
    ``sum_i gamma_0 sigma_+^(i) [H, sigma_-^(i)] = -gamma_0 omega_q (J_z + L/2)``, which acts
    within the symmetric subspace (checked against the 2^L space in the tests).  Initial state:
    all qubits excited, |M = L/2> (the largest |J| this scheme can reach).
    """
    energies = omega_q * m_values(L)
    ops = collective_ops(L)
    X = (-gamma0 * omega_q * (ops.Jz + (L / 2) * sp.identity(L + 1))).tocsr()
    sx = sp.csr_matrix(g * SIGMA_X)  # single-qubit basis (|e>, |g>) of qthermo.core.operators
    local_e = (omega_q / 2) * SIGMA_Z.diagonal()
    ch = NoiseChannel(
        sx,
        hermitian_norm(sx),
        xi_narrowband(gamma_down=gamma0 / g**2, gamma_up=0.0),
        max_energy_jump(local_e, sx),
        multiplicity=L,
    )
    return ScalingModel(
        name="parallel",
        L=L,
        energies=energies,
        channels=[ch],
        X=X,
        psi0=dicke_state(L, L / 2),
        J_formula=-gamma0 * omega_q * L,
        params={"g": g, "omega_q": omega_q, "gamma0": gamma0},
    )
