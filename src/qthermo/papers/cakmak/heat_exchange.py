"""Dipolar evolution (Appendix A), Bloch equations and heat current of the harvesting qubit.

Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117,
Eq. (A1), Eqs. (11)-(19), (22)-(27).  Physics only; the tables and claims are in
:mod:`qthermo.papers.cakmak.heat_exchange_analysis`.

Conventions: pair basis |ee>, |eg>, |ge>, |gg> (paper's indices 1-4), qubit basis (|e>, |g>)
(:mod:`qthermo.core.operators`), hbar = 1, column-stacking superoperators.  The qubit
generator is that of Eq. (18) plus the drive of Eq. (12),

    G rho = -i[h sigma^+ + h^* sigma^-, rho] + gamma (N+1) D[sigma^-] + gamma N D[sigma^+]
            - gamma m sigma^+ rho sigma^+ - gamma m^* sigma^- rho sigma^-,

with ``h = p g tau lambda`` and ``m = M e^{i phi}`` (complex; Eq. 19 writes it M, with M*).
Functions whose names end in ``_printed`` return the forms as printed in the paper, taken
literally; the others are derived from the generator.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from qthermo.core.operators import SIGMA_MINUS, SIGMA_PLUS, SIGMA_X, SIGMA_Z
from qthermo.papers.cakmak.harvesting import table1_coefficients

__all__ = [
    "SIGMA_Y",
    "QubitParams",
    "params_from_pair",
    "dipolar_hamiltonian",
    "appendix_a_exact",
    "appendix_a_printed",
    "appendix_a_corrected",
    "qubit_generator",
    "dissipative_generator",
    "bloch_from_generator",
    "bloch_derived",
    "bloch_printed",
    "apply_superop",
    "heat_current_from_generator",
    "heat_current_derived",
    "heat_current_printed",
    "steady_state",
]

SIGMA_Y = -1j * (SIGMA_PLUS - SIGMA_MINUS)  # [[0, -i], [i, 0]] in (|e>, |g>)
PAULIS = (SIGMA_X, SIGMA_Y, SIGMA_Z)
I2 = np.eye(2)


@dataclass(frozen=True)
class QubitParams:
    """Qubit parameters of Eqs. (18)-(19): rate gamma, N, complex m = M e^{i phi}, h = p g tau
    lambda, and the qubit frequency omega_q of Eqs. (26)-(27)."""

    gamma: float
    N: float
    m: complex
    h: complex
    omega_q: float = 1.0


def params_from_pair(a: np.ndarray, *, p: float, g_tau: float) -> QubitParams:
    """Text before Eq. (18): ``N = r_e/(r_d - r_e)``, ``gamma = mu (r_d - r_e)``,
    ``M e^{i phi} = -2 epsilon mu / gamma`` (mu = p (g tau)^2), ``h = p g tau lambda``."""
    c = table1_coefficients(a)
    if not c.r_d > c.r_e:
        raise ValueError("the squeezed-bath mapping needs r_d > r_e")
    mu = p * g_tau**2
    gamma = mu * (c.r_d - c.r_e)
    return QubitParams(
        gamma=gamma, N=c.r_e / (c.r_d - c.r_e), m=-2 * c.eps * mu / gamma, h=p * g_tau * c.lam
    )


# ---------------------------------------------------------------- Appendix A, Eq. (A1)


def dipolar_hamiltonian(*, f: float) -> np.ndarray:
    """``H_d = f (sigma_1^+ sigma_2^- + sigma_2^+ sigma_1^-)`` (Sec. II, f_12 = f_21 = f)."""
    s12 = np.kron(SIGMA_PLUS, SIGMA_MINUS)
    return f * (s12 + s12.T)


def appendix_a_exact(rho0: np.ndarray, *, f: float, t: float) -> np.ndarray:
    """``exp(-i H_d t) rho0 exp(i H_d t)`` (Eq. 1 with gamma_0 = 0), by eigendecomposition."""
    w, V = np.linalg.eigh(dipolar_hamiltonian(f=f))
    U = (V * np.exp(-1j * w * t)) @ V.conj().T
    return U @ rho0 @ U.conj().T


def _a1_common(r: np.ndarray, c: float, s: float) -> np.ndarray:
    """Lines of Eq. (A1) other than rho_22, rho_23, rho_33 (upper triangle, c = cos ft)."""
    out = np.zeros((4, 4), dtype=complex)
    out[0, 0], out[0, 3], out[3, 3] = r[0, 0], r[0, 3], r[3, 3]
    out[0, 1] = r[0, 1] * c + 1j * r[0, 2] * s
    out[0, 2] = r[0, 2] * c + 1j * r[0, 1] * s
    out[1, 3] = r[1, 3] * c - 1j * r[2, 3] * s
    out[2, 3] = r[2, 3] * c - 1j * r[1, 3] * s
    return out


def appendix_a_printed(rho0: np.ndarray, *, f: float, t: float) -> np.ndarray:
    """Eq. (A1) as printed, taken literally; upper triangle and diagonal (lower left zero)."""
    r = np.asarray(rho0, dtype=complex)
    out = _a1_common(r, np.cos(f * t), np.sin(f * t))
    c2, s2 = np.cos(2 * f * t), np.sin(2 * f * t)
    sm, df, im, re = r[1, 1] + r[2, 2], r[1, 1] - r[2, 2], r[1, 2].imag, r[1, 2].real
    out[1, 1] = (sm + df * c2 + 2j * im * s2) / 2
    out[2, 2] = (sm - df * c2 - 2j * im * s2) / 2
    out[1, 2] = (re + 1j * (2 * im * c2 + df * s2)) / 2
    return out


def appendix_a_corrected(rho0: np.ndarray, *, f: float, t: float) -> np.ndarray:
    """Eq. (A1) with rho_22, rho_33, rho_23 corrected (derived from -i[H_d, rho]):
    rho_22 = [s + d cos 2ft - 2 Im rho_23 sin 2ft]/2, rho_33 = [s - d cos 2ft + 2 Im rho_23
    sin 2ft]/2, rho_23 = Re rho_23 + i (Im rho_23 cos 2ft + d sin(2ft)/2), s, d = rho_22 +- rho_33
    at t = 0.  Upper triangle and diagonal."""
    r = np.asarray(rho0, dtype=complex)
    out = _a1_common(r, np.cos(f * t), np.sin(f * t))
    c2, s2 = np.cos(2 * f * t), np.sin(2 * f * t)
    sm, df, im, re = r[1, 1] + r[2, 2], r[1, 1] - r[2, 2], r[1, 2].imag, r[1, 2].real
    out[1, 1] = (sm + df * c2 - 2 * im * s2) / 2
    out[2, 2] = (sm - df * c2 + 2 * im * s2) / 2
    out[1, 2] = re + 1j * (im * c2 + df * s2 / 2)
    return out


# ---------------------------------------------------------------- qubit generator, Eq. (18)


def _lr(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """Superoperator of ``rho -> A rho B`` (column stacking)."""
    return np.kron(np.asarray(B).T, A)


def _lindblad(L: np.ndarray) -> np.ndarray:
    LdL = L.conj().T @ L
    return _lr(L, L.conj().T) - 0.5 * _lr(LdL, I2) - 0.5 * _lr(I2, LdL)


def dissipative_generator(q: QubitParams) -> np.ndarray:
    """Non-unitary part of Eq. (18) (``D`` of Eq. 22), written term by term as printed."""
    return (
        q.gamma * (q.N + 1) * _lindblad(SIGMA_MINUS)
        + q.gamma * q.N * _lindblad(SIGMA_PLUS)
        - q.gamma * q.m * _lr(SIGMA_PLUS, SIGMA_PLUS)
        - q.gamma * np.conj(q.m) * _lr(SIGMA_MINUS, SIGMA_MINUS)
    )


def qubit_generator(q: QubitParams) -> np.ndarray:
    """Eq. (18) plus the drive ``-i[H_eff, .]``, ``H_eff = h sigma^+ + h^* sigma^-`` (Eq. 12)."""
    H = q.h * SIGMA_PLUS + np.conj(q.h) * SIGMA_MINUS
    return -1j * (_lr(H, I2) - _lr(I2, H)) + dissipative_generator(q)


def apply_superop(G: np.ndarray, rho: np.ndarray) -> np.ndarray:
    """``G(rho)`` for a column-stacking superoperator."""
    n = rho.shape[0]
    return (G @ np.asarray(rho, dtype=complex).reshape(-1, order="F")).reshape(n, n, order="F")


def bloch_from_generator(G: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Affine Bloch equations ``ds/dt = A s + b`` of a qubit generator (Heisenberg picture):
    ``A_kj = Tr[sigma_k G(sigma_j)]/2``, ``b_k = Tr[sigma_k G(1)]/2``.  Complex arrays (real
    for a Hermiticity-preserving G)."""
    A = np.array([[np.trace(sk @ apply_superop(G, sj)) / 2 for sj in PAULIS] for sk in PAULIS])
    b = np.array([np.trace(sk @ apply_superop(G, I2)) / 2 for sk in PAULIS])
    return A, b


def bloch_derived(q: QubitParams) -> tuple[np.ndarray, np.ndarray]:
    """Corrected Eq. (19) (our derivation), rows/columns (sigma_x, sigma_y, sigma_z)::

    x' = -(g/2)(2N + m + m* + 1) x - (i g/2)(m - m*) y + i (h - h*) z
    y' = -(i g/2)(m - m*) x - (g/2)(2N - m - m* + 1) y - (h + h*) z
    z' = -i (h - h*) x + (h + h*) y - g (2N + 1) z - g
    """
    g, N, m, h = q.gamma, q.N, q.m, q.h
    cross = -0.5j * g * (m - np.conj(m))
    A = np.array(
        [
            [-0.5 * g * (2 * N + m + np.conj(m) + 1), cross, 1j * (h - np.conj(h))],
            [cross, -0.5 * g * (2 * N - m - np.conj(m) + 1), -(h + np.conj(h))],
            [-1j * (h - np.conj(h)), h + np.conj(h), -g * (2 * N + 1)],
        ]
    )
    return A, np.array([0.0, 0.0, -g], dtype=complex)


def bloch_printed(q: QubitParams) -> tuple[np.ndarray, np.ndarray]:
    """Eq. (19) as printed, with ``p g tau lambda = h`` and M read as the complex ``m``."""
    g, N, m, h = q.gamma, q.N, q.m, q.h
    damp = -0.5 * g * (2 * N + m + np.conj(m) + 1)
    cross = -0.5j * g * (m - np.conj(m))
    A = np.array(
        [
            [damp, cross, 0.5j * (h - np.conj(h))],
            [cross, damp, -0.5 * (h + np.conj(h))],
            [-2j * (h - np.conj(h)), -2j * 1j * (h + np.conj(h)), -g * (2 * N + 1)],
        ]
    )
    return A, np.array([0.0, 0.0, -g], dtype=complex)


# ---------------------------------------------------------------- heat current, Eqs. (22)-(27)


def _expect(rho: np.ndarray, op: np.ndarray) -> complex:
    return complex(np.trace(rho @ op))


def heat_current_from_generator(q: QubitParams, rho: np.ndarray) -> float:
    """Eq. (26): ``J = Tr[D(rho) (H_eff + omega_q sigma_z / 2)]`` with D of Eq. (18)."""
    H = q.h * SIGMA_PLUS + np.conj(q.h) * SIGMA_MINUS + 0.5 * q.omega_q * SIGMA_Z
    return float(np.real(np.trace(apply_superop(dissipative_generator(q), rho) @ H)))


def heat_current_derived(q: QubitParams, rho: np.ndarray) -> float:
    """Corrected Eq. (27) (our derivation)::

    J = -(g/2) w (1 + (2N+1)<z>)
        - g [h* ((2N+1)/2 <s-> + m <s+>) + h (m* <s-> + (2N+1)/2 <s+>)]
    """
    z, sp, sm = _expect(rho, SIGMA_Z), _expect(rho, SIGMA_PLUS), _expect(rho, SIGMA_MINUS)
    k = (2 * q.N + 1) / 2
    drive = np.conj(q.h) * (k * sm + q.m * sp) + q.h * (np.conj(q.m) * sm + k * sp)
    return float(np.real(-0.5 * q.gamma * q.omega_q * (1 + (2 * q.N + 1) * z) - q.gamma * drive))


def heat_current_printed(q: QubitParams, rho: np.ndarray) -> float:
    """Eq. (27) as printed (``p g tau lambda = h``, M read as the complex ``m``)."""
    z, sp, sm = _expect(rho, SIGMA_Z), _expect(rho, SIGMA_PLUS), _expect(rho, SIGMA_MINUS)
    k = (2 * q.N + 1) / 2
    drive = np.conj(q.h) * (k * sm + sp * q.m) + q.h * (sm * np.conj(q.m) + k * sp)
    return float(
        np.real(0.25 * q.gamma * q.omega_q * (1 - (2 * q.N + 1) * z) - 0.5 * q.gamma * drive)
    )


def steady_state(G: np.ndarray) -> np.ndarray:
    """Unit-trace null vector of a qubit generator (its steady state)."""
    w, v = np.linalg.eig(G)
    rho = v[:, np.argmin(np.abs(w))].reshape(2, 2, order="F")
    rho = rho / np.trace(rho)
    return 0.5 * (rho + rho.conj().T)
