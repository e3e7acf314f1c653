"""Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117.

N two-level atoms coupled collectively to a thermal photon field, in the interaction picture
(Eqs. 1-3):

    d rho/dt = -i [H_d, rho] + D_-(rho) + D_+(rho),
    H_d = sum_{i != j} f_ij sigma_i^+ sigma_j^-                       (hbar = 1),
    D_- = sum_ij gamma_ij (nbar + 1) (sigma_j^- rho sigma_i^+ - {sigma_i^+ sigma_j^-, rho}/2),
    D_+ = sum_ij gamma_ij nbar       (sigma_j^+ rho sigma_i^- - {sigma_i^- sigma_j^+, rho}/2).

Basis: the paper's computational ("excitation") basis, ordered |e..e>, |e..g>, ..., |g..g>,
i.e. a single atom has |e> = index 0 and |g> = index 1 (QuTiP's ``basis(2, 0)`` is |e>), atom 1
is the most significant bit.  Superoperators use column stacking (``qthermo.core.superop.vec``).

The coherence measure is the l1-norm in this basis (Eq. 4), :func:`qthermo.core.coherence.l1_coherence`.

The long-time state is not unique: the collective dynamics conserves the permutation-symmetry
sectors; :mod:`qthermo.papers.cakmak.kernel` projects a given initial state onto its limit.
The superoperators are built by :mod:`qthermo.core.superop` (sparse builders).
"""

from __future__ import annotations

from math import comb

import numpy as np
import scipy.sparse as sp

from qthermo.core.coherence import l1_coherence
from qthermo.core.operators import SIGMA_MINUS
from qthermo.core.superop import dissipator_superop_sparse, evolve, hamiltonian_superop_sparse

__all__ = [
    "SIGMA_MINUS",
    "n2_singlet_weight",
    "kossakowski_channels",
    "sigma_minus_ops",
    "collective_lowering",
    "excitation_numbers",
    "dipole_couplings",
    "geometry_couplings",
    "close_atom_couplings",
    "dipolar_hamiltonian",
    "liouvillian_parts",
    "cakmak_liouvillian",
    "ground_state",
    "pure_state",
    "fig3_initial_state",
    "eq5_c_l1",
    "eq5_long_time",
    "n2_c_l1_curve",
    "n2_long_time_c_l1",
    "binom_row",
]


def sigma_minus_ops(N: int) -> list[sp.csr_matrix]:
    """``sigma_j^-`` (j = 1..N) on the 2^N computational basis, as sparse matrices.

    Atom j (0-based, most significant first) is excited in basis state ``s`` when bit
    ``N-1-j`` of ``s`` is 0; ``sigma_j^-`` sets that bit.
    """
    if N < 1:
        raise ValueError(f"N must be >= 1, got {N}")
    s = np.arange(2**N)
    ops = []
    for j in range(N):
        bit = 1 << (N - 1 - j)
        cols = s[(s & bit) == 0]
        ops.append(sp.csr_matrix((np.ones(cols.size), (cols | bit, cols)), shape=(2**N, 2**N)))
    return ops


def collective_lowering(N: int) -> sp.csr_matrix:
    """``J_- = sum_j sigma_j^-`` on the 2^N computational basis."""
    out = sp.csr_matrix((2**N, 2**N))
    for op in sigma_minus_ops(N):
        out = out + op
    return out.tocsr()


def excitation_numbers(N: int) -> np.ndarray:
    """Number of excited atoms of each computational basis state (|e> is bit value 0)."""
    idx = np.arange(2**N)
    ones = np.array([bin(i).count("1") for i in idx])
    return N - ones


def dipole_couplings(
    xi: np.ndarray, alpha: np.ndarray, gamma0: float
) -> tuple[np.ndarray, np.ndarray]:
    """Dipolar shift ``f_ij`` and collective rate ``gamma_ij`` of Sec. II (Lehmberg/Agarwal form).

    Parameters
    ----------
    xi : array_like
        ``k0 r_ij`` (> 0).
    alpha : array_like
        Angle between ``r_ij`` and the dipole moment.
    gamma0 : float
        Single-atom spontaneous emission rate.

    Returns
    -------
    f, gamma : ndarray
        Elementwise values.  For ``xi < 1e-3`` the bracket of ``gamma`` is evaluated from its
        Taylor series (the two terms cancel to O(1) as xi -> 0, giving gamma -> gamma0).
    """
    xi = np.asarray(xi, dtype=float)
    c2 = np.cos(np.asarray(alpha, dtype=float)) ** 2
    if np.any(xi <= 0):
        raise ValueError("xi = k0 r_ij must be positive")
    s, c = np.sin(xi), np.cos(xi)
    f = 0.75 * gamma0 * ((1 - 3 * c2) * (s / xi**2 + c / xi**3) - (1 - c2) * c / xi)
    small = xi < 1e-3
    # cos(x)/x^2 - sin(x)/x^3 = -1/3 + x^2/30 - x^4/840 + ...
    bracket = np.where(small, -1 / 3 + xi**2 / 30 - xi**4 / 840, c / xi**2 - s / xi**3)
    sinc = np.where(small, 1 - xi**2 / 6 + xi**4 / 120, s / xi)
    g = 1.5 * gamma0 * ((1 - 3 * c2) * bracket + (1 - c2) * sinc)
    return f, g


def geometry_couplings(
    positions: np.ndarray, dipole: np.ndarray, *, k0: float, gamma0: float
) -> tuple[np.ndarray, np.ndarray]:
    """``f_ij`` (zero diagonal) and ``gamma_ij`` (diagonal gamma0) for atoms at ``positions``.

    Parameters
    ----------
    positions : (N, 3) array
    dipole : (3,) array
        Common dipole direction ``d_eg`` (normalised internally).
    k0 : float
        ``omega0 / c``.
    gamma0 : float
    """
    r = np.asarray(positions, dtype=float)
    d = np.asarray(dipole, dtype=float)
    d = d / np.linalg.norm(d)
    N = r.shape[0]
    f = np.zeros((N, N))
    g = np.full((N, N), float(gamma0))
    for i in range(N):
        for j in range(N):
            if i == j:
                continue
            rij = r[i] - r[j]
            dist = float(np.linalg.norm(rij))
            alpha = np.arccos(np.clip(abs(rij @ d) / dist, -1.0, 1.0))
            fij, gij = dipole_couplings(np.array(k0 * dist), np.array(alpha), gamma0)
            f[i, j], g[i, j] = float(fij), float(gij)
    return f, g


def close_atom_couplings(N: int, *, gamma0: float, f0: float) -> tuple[np.ndarray, np.ndarray]:
    """The close-atom limit used for the paper's figures: ``gamma_ij = gamma0``, ``f_ij = f0``."""
    f = np.full((N, N), float(f0))
    np.fill_diagonal(f, 0.0)
    return f, np.full((N, N), float(gamma0))


def dipolar_hamiltonian(f: np.ndarray) -> sp.csr_matrix:
    """``H_d = sum_{i != j} f_ij sigma_i^+ sigma_j^-`` (hbar = 1), sparse.

    ``sigma_i^+ sigma_j^-`` moves the excitation of atom j (bit clear) to atom i (bit set).
    """
    N = f.shape[0]
    s = np.arange(2**N)
    rows, cols, vals = [], [], []
    for i in range(N):
        bi = 1 << (N - 1 - i)
        for j in range(N):
            bj = 1 << (N - 1 - j)
            if i == j or f[i, j] == 0:
                continue
            src = s[((s & bj) == 0) & ((s & bi) != 0)]
            rows.append((src | bj) & ~bi)
            cols.append(src)
            vals.append(np.full(src.size, float(f[i, j])))
    if not rows:
        return sp.csr_matrix((2**N, 2**N), dtype=complex)
    return sp.csr_matrix(
        (np.concatenate(vals).astype(complex), (np.concatenate(rows), np.concatenate(cols))),
        shape=(2**N, 2**N),
    )


def kossakowski_channels(gamma: np.ndarray, ops: list[sp.csr_matrix], clip: float = 1e-12):
    """Diagonalise ``sum_ij gamma_ij A_j rho A_i^dag`` into ``sum_k lambda_k L_k rho L_k^dag``.

    With ``gamma = U diag(lambda) U^dag``, ``L_k = sum_j conj(U_jk) A_j``.
    """
    lam, U = np.linalg.eigh(np.asarray(gamma, dtype=float))
    if lam.min() < -clip * max(1.0, abs(lam).max()):
        raise ValueError(f"gamma_ij is not positive semidefinite (eigenvalue {lam.min():.3e})")
    out = []
    for k in range(lam.size):
        if lam[k] <= clip * max(1.0, abs(lam).max()):
            continue
        L = sp.csr_matrix(ops[0].shape, dtype=complex)
        for j, A in enumerate(ops):
            if U[j, k] != 0:
                L = L + np.conj(U[j, k]) * A
        out.append((L.tocsr(), float(lam[k])))
    return out


def liouvillian_parts(
    f: np.ndarray, gamma: np.ndarray
) -> tuple[sp.csc_matrix, sp.csc_matrix, sp.csc_matrix]:
    """``(L_H, L_emit, L_absorb)`` with ``L = L_H + (nbar+1) L_emit + nbar L_absorb`` (Eqs. 1-3).

    ``L_H = -i[H_d, .]``; ``L_emit`` / ``L_absorb`` are D_- / D_+ with the photon factor removed.
    """
    N = f.shape[0]
    fz = np.array(f, dtype=float)
    np.fill_diagonal(fz, 0.0)
    sm = sigma_minus_ops(N)
    sp_ops = [A.T.tocsr() for A in sm]
    return (
        hamiltonian_superop_sparse(dipolar_hamiltonian(fz)),
        dissipator_superop_sparse(kossakowski_channels(gamma, sm), 2**N),
        dissipator_superop_sparse(kossakowski_channels(gamma, sp_ops), 2**N),
    )


def cakmak_liouvillian(f: np.ndarray, gamma: np.ndarray, nbar: float) -> sp.csc_matrix:
    """Sparse Liouvillian of Eqs. (1)-(3) on the full 4^N Liouville space (column stacking).

    Parameters
    ----------
    f : (N, N) array
        Dipolar couplings (diagonal ignored).
    gamma : (N, N) array
        Collective rates ``gamma_ij`` (positive semidefinite).
    nbar : float
        Mean thermal photon number at omega0.
    """
    LH, Le, La = liouvillian_parts(f, gamma)
    return (LH + (nbar + 1.0) * Le + float(nbar) * La).tocsc()


def ground_state(N: int) -> np.ndarray:
    """``|g...g><g...g|`` (the last computational basis state)."""
    rho = np.zeros((2**N, 2**N), dtype=complex)
    rho[-1, -1] = 1.0
    return rho


def pure_state(amplitudes: dict[str, complex]) -> np.ndarray:
    """``|psi><psi|`` from amplitudes on labelled basis states, e.g. ``{"ge": 1, "eg": 1j}``.

    Labels are strings of 'e'/'g' (atom 1 first); the state is normalised.
    """
    labels = list(amplitudes)
    N = len(labels[0])
    psi = np.zeros(2**N, dtype=complex)
    for lab, amp in amplitudes.items():
        if len(lab) != N or set(lab) - {"e", "g"}:
            raise ValueError(f"bad basis label {lab!r}")
        idx = int("".join("0" if ch == "e" else "1" for ch in lab), 2)
        psi[idx] += amp
    psi /= np.linalg.norm(psi)
    return np.outer(psi, psi.conj())


def fig3_initial_state(name: str) -> np.ndarray:
    """The two initial states of Fig. 3: ``"a"`` = (|ge> + i|eg>)/sqrt2, ``"b"`` = (sqrt3|ge> + |eg>)/2."""
    if name == "a":
        return pure_state({"ge": 1.0, "eg": 1j})
    if name == "b":
        return pure_state({"ge": np.sqrt(3.0), "eg": 1.0})
    raise ValueError(f"unknown Fig. 3 state {name!r} (use 'a' or 'b')")


def eq5_c_l1(t: np.ndarray, *, nbar: float, gamma0: float) -> np.ndarray:
    """Eq. (5): C_l1(t) for N = 2 from |gg> (close-atom limit; independent of f0).

    ``a = 2 gamma0 (2 nbar + 1)``, ``b = 2 gamma0 sqrt(nbar (nbar + 1))``.
    """
    t = np.asarray(t, dtype=float)
    n = float(nbar)
    if n == 0:
        return np.zeros_like(t)
    q = n * (n + 1)
    sq = np.sqrt(q)
    a = 2 * gamma0 * (2 * n + 1)
    b = 2 * gamma0 * sq
    den = 3 * q + 1
    # e^{-at} cosh(bt), e^{-at} sinh(bt) written with decaying exponentials only
    ec = 0.5 * (np.exp((b - a) * t) + np.exp(-(a + b) * t))
    es = 0.5 * (np.exp((b - a) * t) - np.exp(-(a + b) * t))
    return q / den - n * ((n + 1) * sq * ec - n**2 * es) / (den * sq)


def eq5_long_time(nbar: float) -> float:
    """First term of Eq. (5): ``nbar (nbar+1) / (3 nbar (nbar+1) + 1)``; tends to 1/3."""
    q = nbar * (nbar + 1)
    return q / (3 * q + 1)


def n2_c_l1_curve(
    rho0: np.ndarray, times: np.ndarray, *, nbar: float, f0: float, gamma0: float
) -> tuple[np.ndarray, np.ndarray]:
    """C_l1(t) for N = 2 (close-atom limit) on a uniform time grid, and the dense Liouvillian."""
    f, g = close_atom_couplings(2, gamma0=gamma0, f0=f0)
    sup = cakmak_liouvillian(f, g, nbar).toarray()
    states = evolve(rho0, sup, times)
    return np.array([l1_coherence(r) for r in states]), sup


def n2_singlet_weight(rho: np.ndarray) -> float:
    """``<A|rho|A>`` of the N = 2 singlet ``|A> = (|eg> - |ge>)/sqrt2`` (dark for close atoms)."""
    A = np.zeros(4, dtype=complex)
    A[1], A[2] = 1 / np.sqrt(2), -1 / np.sqrt(2)  # |eg> = index 1, |ge> = index 2
    return float(np.real(A.conj() @ rho @ A))


def n2_long_time_c_l1(rho0: np.ndarray, nbar: float) -> float:
    """Closed-form long-time C_l1 for N = 2 (close-atom limit) from any initial state.

    The singlet ``|A> = (|eg> - |ge>)/sqrt2`` is dark and stationary; the triplet relaxes to
    populations proportional to ``1, x, x^2`` (``x = nbar/(nbar+1)``) on ``|gg>, |S>, |ee>``;
    singlet-triplet coherences decay.  With ``w_A = <A|rho0|A>`` and ``p_S`` the triplet's
    single-excitation population, the single-excitation block of the limit is
    ``(1 - w_A) p_S |S><S| + w_A |A><A|`` and ``C_l1 = |(1 - w_A) p_S - w_A|``.
    """
    x = nbar / (nbar + 1.0)
    p_s = x / (1 + x + x * x)
    w_a = n2_singlet_weight(rho0)
    return abs((1 - w_a) * p_s - w_a)


def binom_row(N: int) -> np.ndarray:
    """Binomial coefficients C(N, k), k = 0..N, as floats (exact integers below 2^53)."""
    return np.array([float(comb(N, k)) for k in range(N + 1)])
