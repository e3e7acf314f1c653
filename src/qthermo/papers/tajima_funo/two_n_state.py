"""The 2N-state model of Tajima-Funo, Eq. (5), and its coherent state rho^+.

``H = sum_j hbar omega0 |e,j><e,j|`` (N-fold degenerate ground and excited levels), one bath,
collective jumps ``L_{omega0} = sum_{j,j'} |g,j><e,j'|`` (lowering, see ``qthermo.core.model``) and
``L_{-omega0} = L_{omega0}^dag`` with ``gamma(-omega0) = gamma(omega0) exp(-beta hbar omega0)``.

Basis order: ``|g,1>, ..., |g,N>, |e,1>, ..., |e,N>``.
"""

from __future__ import annotations

import numpy as np

from qthermo.core.model import Bath, Jump, Model

__all__ = [
    "two_n_state_model",
    "plus_state_populations",
    "rho_plus",
    "eq6_heat_current",
    "eq7_entropy_production",
]


def two_n_state_model(
    N: int, *, omega0: float = 1.0, beta: float = 1.0, gamma0: float = 1.0, hbar: float = 1.0
) -> Model:
    """Build the 2N-state model (Eq. 5) with collective jumps, rate ``gamma(omega0) = gamma0``."""
    if int(N) != N or N < 1:
        raise ValueError(f"N must be a positive integer, got {N!r}")
    N = int(N)
    energies = np.concatenate([np.zeros(N), np.full(N, hbar * omega0)])
    labels = [("g", j) for j in range(N)] + [("e", j) for j in range(N)]
    L = np.zeros((2 * N, 2 * N), dtype=complex)
    L[:N, N:] = 1.0  # |g,j><e,j'| for all j, j'
    down = Jump(op=L, omega=omega0, rate=gamma0, label="L_omega0")
    up = Jump(
        op=L.conj().T, omega=-omega0, rate=gamma0 * np.exp(-beta * hbar * omega0), label="L_-omega0"
    )
    return Model(
        energies=energies, labels=labels, baths=[Bath("bath", beta, (down, up))], hbar=hbar
    )


def plus_state_populations(
    N: int, *, omega0: float, beta: float, hbar: float = 1.0
) -> tuple[float, float]:
    """``(p_g(0), p_e(0))`` with ``p_g/p_e = (1 + 1/N) exp(beta hbar omega0)`` (text after Eq. 5)."""
    ratio = (1.0 + 1.0 / N) * np.exp(beta * hbar * omega0)
    p_e = 1.0 / (1.0 + ratio)
    return 1.0 - p_e, p_e


def rho_plus(N: int, *, omega0: float = 1.0, beta: float = 1.0, hbar: float = 1.0) -> np.ndarray:
    """``rho^+ = p_g |g,+><g,+| + p_e |e,+><e,+|``, ``|x,+> = sum_j |x,j>/sqrt(N)``."""
    p_g, p_e = plus_state_populations(N, omega0=omega0, beta=beta, hbar=hbar)
    g = np.concatenate([np.ones(N), np.zeros(N)]) / np.sqrt(N)
    e = np.concatenate([np.zeros(N), np.ones(N)]) / np.sqrt(N)
    return (p_g * np.outer(g, g) + p_e * np.outer(e, e)).astype(complex)


def eq6_heat_current(
    N: int, *, omega0: float, beta: float, gamma0: float, hbar: float = 1.0
) -> float:
    """Eq. (6): ``J_tot(rho^+) = N hbar omega0 gamma(omega0) p_e(0)``."""
    return (
        N
        * hbar
        * omega0
        * gamma0
        * plus_state_populations(N, omega0=omega0, beta=beta, hbar=hbar)[1]
    )


def eq7_entropy_production(
    N: int, *, omega0: float, beta: float, gamma0: float, hbar: float = 1.0
) -> float:
    """Eq. (7): ``sigma(rho^+) = N log(1 + 1/N) gamma(omega0) p_e(0)``."""
    return (
        N
        * np.log1p(1.0 / N)
        * gamma0
        * plus_state_populations(N, omega0=omega0, beta=beta, hbar=hbar)[1]
    )
