"""Full 2^L-space checks of the two-bath steady states and of Eq. (21) of Kamimura et al.

Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), doi:10.1103/PhysRevLett.131.090401,
Eqs. (19)-(21).  Brute force (small L only): the noise operators are built from tensor products
(:mod:`qthermo.core.dicke`), the GKSL dissipators of both baths from their Bohr components in
the 2^L energy basis, and the steady state of Eq. (21) by integrating the full Liouvillian
(``expm_multiply``) from a given density matrix, independently of the Dicke-space rate
equation of :mod:`qthermo.papers.kamimura.steady_state`.

Eq. (21) remark: for a GKSL generator with ``[H_S, A_w] = -w A_w`` and ``[H_S, H_LS] = 0`` the
Liouvillian commutes with ``ad_H = [H_S, .]`` (each term of Eq. 20 maps an operator of Bohr
frequency nu to one of the same nu), so states commuting with H_S stay in the commutant for all
t and so does their limit.  :func:`commutant_residual` measures ``||[L, ad_H]||`` and
:func:`max_commutator_along` ``max_t ||[H_S, rho(t)]||``; a jump operator that is not a Bohr
component (``D[J_x]``) is the negative control.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from scipy.sparse.linalg import expm_multiply

from qthermo.core.dicke import full_collective_ops, full_m_body_operator
from qthermo.core.superop import hamiltonian_superop_sparse, liouvillian_sparse, unvec, vec
from qthermo.papers.kamimura.bounds import Channels
from qthermo.papers.kamimura.steady_state import (
    PARITY_KINDS,
    TwoBathModel,
    bath_channels,
    collective_two_bath,
    parity_two_bath,
)
from qthermo.papers.kamimura.worst_case import lindblad_heat_current

__all__ = [
    "full_space_two_bath",
    "full_steady_state",
    "full_steady_state_currents",
    "commutant_residual",
    "max_commutator_along",
]


def full_space_two_bath(
    kind: str, L: int, **p: Any
) -> tuple[np.ndarray, Channels, Channels, TwoBathModel]:
    """Energies and (hot, cold) GKSL channels of a two-bath model in the 2^L space.

    ``kind`` is ``"parity"`` (``A = g L sigma_x^(1)...sigma_x^(L)``, Eq. 11 with m = L, built as
    a tensor product), ``"parity_fixed_T"``, ``"parity_cold_fixed_T"`` or ``"collective"`` (``A = 2 g J_x``).  The bath
    parameters are those of the Dicke-space builder (returned as the fourth item).
    """
    F = full_collective_ops(L)
    energies = p["omega_q"] * F.Jz.diagonal()
    if kind == "collective":
        mod = collective_two_bath(L, **p)
        A = (2.0 * p["g"] * F.Jx).tocsr()
    else:
        hot, cold = PARITY_KINDS[kind]
        mod = parity_two_bath(L, scale_hot=hot, scale_cold=cold, **p)
        A = full_m_body_operator(L, L, p["g"])
    return energies, bath_channels(energies, A, mod.hot), bath_channels(energies, A, mod.cold), mod


def full_steady_state(
    energies: np.ndarray,
    channels: Channels,
    rho0: np.ndarray,
    t_final: float,
    H_LS: np.ndarray | None = None,
) -> np.ndarray:
    """``rho(t_final) = exp(L t_final) rho0`` with the full GKSL Liouvillian (Eq. 19).

    ``H_LS`` (optional) is a Lamb-shift term that must commute with H_S.  Used as Eq. (21)
    with ``t_final`` many relaxation times.
    """
    H = sp.diags(np.asarray(energies, dtype=float), 0, format="csr")
    if H_LS is not None:
        H = (H + sp.csr_matrix(H_LS)).tocsr()
    Lsup = liouvillian_sparse(H, [(sp.csr_matrix(A), r) for A, r in channels])
    v = expm_multiply(Lsup * t_final, vec(np.asarray(rho0, dtype=complex)))
    return unvec(v, rho0.shape[0])


def full_steady_state_currents(
    kind: str, L: int, rho0: np.ndarray, *, n_relax: float = 60.0, **p: Any
) -> dict[str, Any]:
    """Heat currents ``Tr[H_S D_a(rho_ss)]`` (Eq. 8) of both baths in the 2^L space.

    ``t_final = n_relax / K`` with K the slowest total decay rate of a resonant transition
    (``(Gamma_h + Gamma_c) L^2`` for the parity model, ``(Gamma_h + Gamma_c)`` for the
    collective ladder, whose smallest matrix element is of order 1).
    """
    energies, ch_h, ch_c, mod = full_space_two_bath(kind, L, **p)
    K = (p["gamma_h"] + p["gamma_c"]) * (L**2 if kind != "collective" else 1.0)
    rho = full_steady_state(energies, list(ch_h) + list(ch_c), rho0, n_relax / K)
    rho = 0.5 * (rho + rho.conj().T)
    J_h = lindblad_heat_current(energies, ch_h, rho)
    J_c = lindblad_heat_current(energies, ch_c, rho)
    comm = float(np.max(np.abs(energies[:, None] * rho - rho * energies[None, :])))
    return {"J_h": J_h, "J_c": J_c, "rho": rho, "commutator": comm, "model": mod}


def _ad_H(energies: np.ndarray) -> sp.csc_matrix:
    """Superoperator ``[H_S, .]`` (column stacking) of a diagonal H_S."""
    H = sp.diags(np.asarray(energies, dtype=float), 0, format="csr")
    return (1j * hamiltonian_superop_sparse(H)).tocsc()


def commutant_residual(
    energies: np.ndarray, channels: Channels, H_LS: np.ndarray | None = None
) -> float:
    """``max |[L, ad_H]| / max |L|``: zero (round-off) iff L preserves Bohr frequencies."""
    H = sp.diags(np.asarray(energies, dtype=float), 0, format="csr")
    if H_LS is not None:
        H = (H + sp.csr_matrix(H_LS)).tocsr()
    Lsup = liouvillian_sparse(H, [(sp.csr_matrix(A), r) for A, r in channels])
    ad = _ad_H(energies)
    C = (Lsup @ ad - ad @ Lsup).tocoo()
    scale = float(np.max(np.abs(Lsup.tocoo().data)))
    return float(np.max(np.abs(C.data), initial=0.0)) / scale


def max_commutator_along(
    energies: np.ndarray,
    channels: Channels,
    rho0: np.ndarray,
    times: Sequence[float],
    H_LS: np.ndarray | None = None,
) -> float:
    """``max_t max_ij |[H_S, rho(t)]_ij|`` over the given times (Eq. 21 remark)."""
    e = np.asarray(energies, dtype=float)
    out = 0.0
    for t in times:
        rho = full_steady_state(e, channels, rho0, float(t), H_LS=H_LS)
        out = max(out, float(np.max(np.abs(e[:, None] * rho - rho * e[None, :]))))
    return out
