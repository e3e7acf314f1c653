"""Harvesting thermally produced pair coherence with one qubit (collision model, Sec. III C).

Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117,
Eqs. (6)-(18), (29)-(30), Table I and Appendix B.

A working qubit (atom 0) meets, at Poisson-distributed times with rate p, fresh atom pairs in
the state ``a`` (4x4, basis |ee>, |eg>, |ge>, |gg>) and interacts with each for a time tau via
``H_int = g sum_i (sigma_i^+ sigma_0^- + sigma_i^- sigma_0^+)`` (Eq. 9, hbar = 1).  Averaging
over arrivals gives Eq. (10), ``d rho_q/dt = p (Phi_tau(rho_q) - rho_q)``; to second order in
g tau this is Eq. (11) with the Table I coefficients

    r_e = <J_+ J_->_a,  r_d = <J_- J_+>_a,  lambda = <J_->_a,  epsilon = <J_-^2>_a / 2,

(``J_pm`` the pair's collective operators).  For pairs with lambda = epsilon = 0 (the thermally
produced ones) the qubit relaxes to Eq. (30), ``diag(r_e, r_d)/(r_e + r_d)``, a Gibbs state
with ``exp(-hbar omega0 / k_B T_eff) = r_e / r_d``.

Qubit basis (|e>, |g>), the package's one convention (:mod:`qthermo.core.operators`); the full
space is qubit (x) pair.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from qthermo.core.operators import SIGMA_MINUS, SIGMA_PLUS
from qthermo.papers.cakmak.kernel import kernel_projection_krylov
from qthermo.papers.cakmak.model import close_atom_couplings, ground_state, liouvillian_parts

__all__ = [
    "TableI",
    "table1_coefficients",
    "pair_collective_ops",
    "interaction_generator",
    "collision_unitary",
    "exact_collision_map",
    "second_order_terms_bruteforce",
    "eq11_generator",
    "eq30_steady_state",
    "effective_temperature",
    "effective_temperature_as_printed",
    "thermal_pair_state",
    "pair_state",
    "dephase_pair",
    "pair_c_l1",
    "jump_probabilities",
    "simulate_repeated_interactions",
    "me_excited_population",
]

I2 = np.eye(2)


@dataclass(frozen=True)
class TableI:
    """Coefficients of Table I for a pair state."""

    r_e: float
    r_d: float
    lam: complex
    eps: complex


def table1_coefficients(a: np.ndarray) -> TableI:
    """Table I: ``r_e = 2a11 + a22 + a23 + a32 + a33``, ``r_d = 2a44 + ...``,
    ``lambda = a12 + a13 + a24 + a34``, ``epsilon = a14`` (paper's 1-based indices)."""
    a = np.asarray(a, dtype=complex)
    mid = a[1, 1] + a[1, 2] + a[2, 1] + a[2, 2]
    return TableI(
        r_e=float(np.real(2 * a[0, 0] + mid)),
        r_d=float(np.real(2 * a[3, 3] + mid)),
        lam=complex(a[0, 1] + a[0, 2] + a[1, 3] + a[2, 3]),
        eps=complex(a[0, 3]),
    )


def pair_collective_ops() -> tuple[np.ndarray, np.ndarray]:
    """``J_+ = sigma_1^+ + sigma_2^+`` and ``J_-`` of the pair (Eq. B3)."""
    Jm = np.kron(SIGMA_MINUS, I2) + np.kron(I2, SIGMA_MINUS)
    return Jm.T.copy(), Jm


def interaction_generator() -> np.ndarray:
    """``S = sum_i (sigma_i^+ sigma_0^- + sigma_i^- sigma_0^+)`` on qubit (x) pair (Eq. B1)."""
    Jp, Jm = pair_collective_ops()
    return np.kron(SIGMA_MINUS, Jp) + np.kron(SIGMA_PLUS, Jm)


def collision_unitary(g_tau: float) -> np.ndarray:
    """Exact ``U(tau) = exp(-i g tau S)`` (not truncated), from the eigenbasis of S."""
    w, V = np.linalg.eigh(interaction_generator())
    return (V * np.exp(-1j * g_tau * w)) @ V.conj().T


def _ptrace_pair(X: np.ndarray) -> np.ndarray:
    return np.einsum("iaja->ij", X.reshape(2, 4, 2, 4))


def exact_collision_map(a: np.ndarray, g_tau: float) -> np.ndarray:
    """Superoperator (4x4, column stacking) of ``Phi(rho) = Tr_pair[U (rho (x) a) U^dag]``."""
    U = collision_unitary(g_tau)
    out = np.zeros((4, 4), dtype=complex)
    for col in range(4):
        E = np.zeros(4, dtype=complex)
        E[col] = 1.0
        rho = E.reshape(2, 2, order="F")
        out[:, col] = _ptrace_pair(U @ np.kron(rho, a) @ U.conj().T).reshape(-1, order="F")
    return out


def second_order_terms_bruteforce(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """First- and second-order terms A1, A2 of ``Phi = 1 + g tau A1 + (g tau)^2 A2 + ...``,
    from the 8-dimensional S directly (superoperators, column stacking)."""
    S = interaction_generator()
    S2 = S @ S
    A1 = np.zeros((4, 4), dtype=complex)
    A2 = np.zeros((4, 4), dtype=complex)
    for col in range(4):
        E = np.zeros(4, dtype=complex)
        E[col] = 1.0
        X = np.kron(E.reshape(2, 2, order="F"), a)
        A1[:, col] = _ptrace_pair(-1j * (S @ X - X @ S)).reshape(-1, order="F")
        A2[:, col] = _ptrace_pair(S @ X @ S - 0.5 * (S2 @ X + X @ S2)).reshape(-1, order="F")
    return A1, A2


def _sup_lr(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """Superoperator of ``rho -> A rho B`` (column stacking)."""
    return np.kron(B.T, A)


def eq11_generator(a: np.ndarray, *, p: float, g_tau: float) -> np.ndarray:
    """Generator of Eq. (11): ``-i[H_eff, .] + L_s + L`` with Eqs. (12)-(16) and Table I."""
    c = table1_coefficients(a)
    mu = p * g_tau**2
    H = p * g_tau * (c.lam * SIGMA_PLUS + np.conj(c.lam) * SIGMA_MINUS)
    gen = -1j * (_sup_lr(H, I2) - _sup_lr(I2, H))
    gen = gen + 2 * mu * (
        c.eps * _sup_lr(SIGMA_PLUS, SIGMA_PLUS) + np.conj(c.eps) * _sup_lr(SIGMA_MINUS, SIGMA_MINUS)
    )
    for L, r in ((SIGMA_PLUS, c.r_e), (SIGMA_MINUS, c.r_d)):  # (r/2) * L_e, L_d of Eqs. (15)-(16)
        LdL = L.T @ L
        gen = gen + mu * r * (_sup_lr(L, L.T) - 0.5 * _sup_lr(LdL, I2) - 0.5 * _sup_lr(I2, LdL))
    return gen


def eq30_steady_state(*, r_e: float, r_d: float) -> np.ndarray:
    """Eq. (30): ``diag(r_e, r_d) / (r_e + r_d)`` in the basis (|e>, |g>)."""
    return np.diag([r_e, r_d]) / (r_e + r_d)


def effective_temperature(*, r_e: float, r_d: float, hbar_omega0: float = 1.0) -> float:
    """``k_B T_eff`` of the Gibbs state with ``p_e/p_g = r_e/r_d``:
    ``hbar omega0 / ln(r_d / r_e)`` (negative for population inversion, inf at r_e = r_d)."""
    if r_e == r_d:
        return float("inf")
    return float(hbar_omega0 / np.log(r_d / r_e))


def effective_temperature_as_printed(*, r_e: float, r_d: float, hbar_omega0: float = 1.0) -> float:
    """The expression printed after Eq. (30): ``-(hbar omega0 / k_B) ln(r_e / r_d)``."""
    return float(-hbar_omega0 * np.log(r_e / r_d))


@lru_cache(maxsize=8)
def _pair_parts(gamma0: float, f0: float):
    return liouvillian_parts(*close_atom_couplings(2, gamma0=gamma0, f0=f0))


def thermal_pair_state(nbar: float, *, gamma0: float = 1.0, f0: float = 1.0) -> np.ndarray:
    """Long-time pair state of Sec. III A (from |gg>, close-atom limit), full-space projection."""
    LH, Le, La = _pair_parts(float(gamma0), float(f0))
    return kernel_projection_krylov(LH + (nbar + 1.0) * Le + nbar * La, ground_state(2)).rho


def pair_state(kind: str, nbar: float, *, gamma0: float, f0: float) -> np.ndarray:
    """A ``"thermal"`` pair (:func:`thermal_pair_state`) or the same pair ``"dephased"``."""
    a = thermal_pair_state(nbar, gamma0=gamma0, f0=f0)
    return dephase_pair(a) if kind == "dephased" else a


def dephase_pair(a: np.ndarray) -> np.ndarray:
    """The pair state with all computational-basis coherences removed (same populations)."""
    return np.diag(np.diag(a)).astype(complex)


def pair_c_l1(a: np.ndarray) -> float:
    """l1-coherence of the pair state (Eq. 4): ``sum |a_ij| - sum |a_ii|``.

    Mathematically :func:`qthermo.core.coherence.l1_coherence`, but summed in a different
    order; kept because the harvest tables depend on these bytes.
    """
    x = np.abs(a)
    return float(x.sum() - np.trace(x))


def jump_probabilities(a: np.ndarray, g_tau: float) -> tuple[float, float]:
    """Exact per-collision flip probabilities ``P(g -> e)``, ``P(e -> g)`` of the qubit."""
    M = exact_collision_map(a, g_tau)
    rho_g = np.diag([0.0, 1.0]).astype(complex).reshape(-1, order="F")
    rho_e = np.diag([1.0, 0.0]).astype(complex).reshape(-1, order="F")
    up = float(np.real((M @ rho_g)[0]))
    down = float(np.real((M @ rho_e)[3]))
    return up, down


def me_excited_population(
    a: np.ndarray, *, p: float, g_tau: float, times: np.ndarray, p_e0: float = 0.0
) -> np.ndarray:
    """``p_e(t)`` of the second-order master equation (Eq. 29) from ``p_e(0) = p_e0``."""
    c = table1_coefficients(a)
    mu = p * g_tau**2
    rate = mu * (c.r_e + c.r_d)
    pinf = c.r_e / (c.r_e + c.r_d)
    return pinf + (p_e0 - pinf) * np.exp(-rate * np.asarray(times, dtype=float))


def simulate_repeated_interactions(
    a: np.ndarray,
    *,
    g_tau: float,
    p: float,
    times: np.ndarray,
    n_traj: int,
    seed: int,
    p_e0: float = 0.0,
) -> tuple[np.ndarray, np.ndarray]:
    """Direct Monte-Carlo of one qubit meeting fresh pairs at Poisson times (rate p).

    Each collision applies the exact unitary ``U(tau)`` to qubit (x) pair; the spent pair's
    excitation number is then read out (a quantum-jump unravelling of the collision map).
    For pairs that are block diagonal in excitation number (lambda = epsilon = 0: the
    thermally produced ones) the total excitation is conserved, so the qubit is left in |e> or
    |g> and jumps with the exact probabilities of :func:`jump_probabilities`.

    Returns
    -------
    mean, stderr : ndarray
        Trajectory average of the qubit's excited population at ``times`` and its standard error.
    """
    c = table1_coefficients(a)
    if abs(c.lam) > 1e-12 or abs(c.eps) > 1e-12:
        raise ValueError("the jump unravelling needs a pair state with lambda = epsilon = 0")
    up, down = jump_probabilities(a, g_tau)
    rng = np.random.default_rng(seed)
    times = np.asarray(times, dtype=float)
    if np.any(np.diff(times) < 0) or times[0] < 0:
        raise ValueError("times must be non-negative and increasing")
    excited = rng.random(n_traj) < p_e0
    mean = np.empty(times.size)
    err = np.empty(times.size)
    t_prev = 0.0
    for i, t in enumerate(times):
        n_coll = rng.poisson(p * (t - t_prev), size=n_traj)
        t_prev = t
        for s in range(int(n_coll.max(initial=0))):
            active = n_coll > s
            u = rng.random(n_traj)
            flip = active & np.where(excited, u < down, u < up)
            excited = excited ^ flip
        mean[i] = excited.mean()
        err[i] = excited.std(ddof=1) / np.sqrt(n_traj)
    return mean, err
