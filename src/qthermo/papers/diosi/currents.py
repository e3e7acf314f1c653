"""Closed-form heat currents D1-D3, the slides' formulas, and Liouville perturbation theory.

Models and notation: :mod:`qthermo.papers.diosi.model` (Diosi slides, 2014; local-ME problem:
Levy and Kosloff, EPL 107, 20004 (2014)).  Units: hbar = 1.

Closed forms derived here (by hand, checked numerically in tests/test_diosi*.py)
--------------------------------------------------------------------------------
Write ``x_X = exp(-beta_X omega_X)``, ``q_X = x_X / (1 + x_X)`` (thermal excitation probability),
``kappa_X = Gamma_X (1 + x_X)`` (relaxation rate of <n_X>), ``p_X = <n_X>`` (stationary).

*Incoherent model.*  All generators map diagonal states to diagonal states, and the equations for
the marginals close exactly, because ``p_eg - p_ge = p_A - p_B``::

    dp_A/dt = -kappa_A (p_A - q_A) - eps (p_A - p_B),   dp_B/dt = -kappa_B (p_B - q_B) + eps (p_A - p_B).

The stationary heat current from bath A, ``J_A = Tr[H L_A rho_s] = omega kappa_A (q_A - p_A)``, is
therefore exactly (Eq. D1 below)::

    J_A = eps omega (q_A - q_B) / (1 + eps / kappa_A + eps / kappa_B),   J_B = -J_A,

and to leading order in eps/Gamma (Eq. D2) ``J_A = eps omega (q_A - q_B)
= eps omega (x_A - x_B) / ((1 + x_A)(1 + x_B))``, independent of Gamma_A, Gamma_B.  The relative
deviation of D2 from D1 is exactly ``eps/kappa_A + eps/kappa_B`` (linear in eps/Gamma).
The slides' formula ``eps omega (x_A - x_B)`` (Eq. S2) lacks the factor ``1/((1+x_A)(1+x_B))``;
it is the low-temperature limit (x_A, x_B -> 0) of D2.  Second route to D2: first-order
perturbation theory in Liouville space, ``J_A^(1) = -Tr[H_A L_K rho_A^s rho_B^s]``
(:func:`liouville_first_order_current`).

*Local coherent model.*  With ``c = <a^+ b>``, ``Delta = omega_A - omega_B``,
``kbar = (kappa_A + kappa_B)/2``, the stationary coherence is
``c = i eps (p_B - p_A) / (kbar - i Delta)``; the population exchange rate is
``g = 2 eps^2 kbar / (kbar^2 + Delta^2)``, so ``p_A - p_B = (q_A - q_B) / (1 + g/kappa_A + g/kappa_B)``.
With the full Hamiltonian H = H_A + H_B + K (using ``L_A^*(K) = -kappa_A K / 2``), Eq. D3::

    J_A = Tr[H L_A rho_s] = eps^2 (kappa_B omega_A + kappa_A omega_B) (p_A - p_B) / (kbar^2 + Delta^2),

so sign(J_A) = sign(q_A - q_B) = sign(beta_B omega_B - beta_A omega_A), and in the stationary
state sigma = (beta_B - beta_A) J_A.  Heat flows from the cold bath into the hot one, with
negative entropy production, exactly when ``omega_A / omega_B > T_A / T_B`` (> 1).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from qthermo.core.superop import dissipator, liouvillian, model_liouvillian, unvec, vec
from qthermo.papers.diosi.model import (
    incoherent_model,
    product_thermal_state,
    qubit_pair_operators,
    relaxation_rate,
    thermal_excitation,
    thermalizer_jumps,
)

__all__ = [
    "incoherent_transfer_exact",
    "incoherent_current_exact",
    "incoherent_current_leading",
    "leading_order_error_coefficient",
    "slide_current",
    "slide_first_order_state",
    "liouville_first_order_current",
    "liouville_first_order_state",
    "coupling_flux_current",
    "local_current_exact",
    "local_violation_predicted",
]


def incoherent_transfer_exact(
    *,
    omega_A: float,
    omega_B: float,
    beta_A: float,
    beta_B: float,
    gamma_A: float,
    gamma_B: float,
    eps: float | np.ndarray,
) -> np.ndarray:
    """Exact stationary excitation transfer A -> B of the white-noise coupling, any detuning.

    ``F = eps (q_A - q_B) / (1 + eps/kappa_A + eps/kappa_B)`` with q_X, kappa_X at omega_X (the
    population equations above hold for omega_A != omega_B too, see
    :mod:`qthermo.papers.diosi.detuned`); J_A = omega_A F, J_B = -omega_B F.
    """
    eps = np.asarray(eps, float)
    dq = thermal_excitation(omega_A, beta_A) - thermal_excitation(omega_B, beta_B)
    kA = relaxation_rate(omega_A, beta=beta_A, gamma=gamma_A)
    kB = relaxation_rate(omega_B, beta=beta_B, gamma=gamma_B)
    return eps * dq / (1.0 + eps / kA + eps / kB)


def incoherent_current_exact(
    omega: float,
    *,
    beta_A: float,
    beta_B: float,
    gamma_A: float,
    gamma_B: float,
    eps: float | np.ndarray,
) -> np.ndarray:
    """Exact stationary heat current from bath A, incoherent resonant coupling (Eq. D1 above).

    ``J_A = eps omega (q_A - q_B) / (1 + eps/kappa_A + eps/kappa_B)`` = omega F (resonant
    :func:`incoherent_transfer_exact`).
    """
    return omega * incoherent_transfer_exact(
        omega_A=omega, omega_B=omega, beta_A=beta_A, beta_B=beta_B, gamma_A=gamma_A,
        gamma_B=gamma_B, eps=eps,
    )  # fmt: skip


def incoherent_current_leading(
    omega: float, *, beta_A: float, beta_B: float, eps: float | np.ndarray
) -> np.ndarray:
    """Leading order in eps/Gamma of the stationary current (Eq. D2 above).

    ``J_A = eps omega (x_A - x_B) / ((1 + x_A)(1 + x_B))`` with ``x = e^{-beta omega}``.
    """
    dq = thermal_excitation(omega, beta_A) - thermal_excitation(omega, beta_B)
    return np.asarray(eps, float) * omega * dq


def leading_order_error_coefficient(
    omega: float, *, beta_A: float, beta_B: float, gamma_A: float, gamma_B: float
) -> float:
    """Relative error of D2 per unit eps/Gamma_A: ``Gamma_A/kappa_A + Gamma_A/kappa_B`` (from D1)."""
    xA, xB = np.exp(-omega * beta_A), np.exp(-omega * beta_B)
    return 1.0 / (1.0 + xA) + (gamma_A / gamma_B) / (1.0 + xB)


def slide_current(
    omega: float, *, beta_A: float, beta_B: float, eps: float | np.ndarray
) -> np.ndarray:
    """The slides' formula as written: ``J_A^s = eps omega (e^{-omega beta_A} - e^{-omega beta_B})``
    (Diosi slide 5, Eq. S2 above)."""
    return np.asarray(eps, float) * omega * (np.exp(-omega * beta_A) - np.exp(-omega * beta_B))


def slide_first_order_state(
    omega: float, *, beta_A: float, beta_B: float, gamma: float, eps: float
) -> np.ndarray:
    """The slides' stationary state to first order in eps/Gamma (slide 4, Gamma_A = Gamma_B).

    ``rho_s = rho_A rho_B - (eps/Gamma) (D^2 rho_A rho_B + D_A D_B + 2 D_A + 2 D_B) /
    ((2 + x_A + x_B)(1 + x_A)(1 + x_B))`` with ``D = x_A - x_B``, ``D_A = D n_A``,
    ``D_B = -D n_B`` (operators on the joint space).
    """
    ops = qubit_pair_operators()
    xA, xB = np.exp(-omega * beta_A), np.exp(-omega * beta_B)
    D = xA - xB
    DA, DB = D * ops["nA"], -D * ops["nB"]
    r0 = product_thermal_state(omega_A=omega, omega_B=omega, beta_A=beta_A, beta_B=beta_B)
    num = D**2 * r0 + DA @ DB + 2 * DA + 2 * DB
    return r0 - (eps / gamma) * num / ((2 + xA + xB) * (1 + xA) * (1 + xB))


def _coupling_superop() -> np.ndarray:
    """``L_K`` per unit eps: D[a^+ b] + D[a b^+] as a superoperator."""
    ops = qubit_pair_operators()
    adb = ops["a"].conj().T @ ops["b"]
    return liouvillian(np.zeros((4, 4)), [(adb, 1.0), (adb.conj().T, 1.0)])


def liouville_first_order_state(
    omega: float, *, beta_A: float, beta_B: float, gamma_A: float, gamma_B: float
) -> np.ndarray:
    """First-order correction ``rho_1`` (per unit eps) of the incoherent model's steady state.

    Liouville-space perturbation theory: ``L_0 rho_1 = -L_K rho_0`` with ``Tr rho_1 = 0``, where
    ``L_0`` is the uncoupled generator and ``L_K`` the coupling dissipator per unit eps.
    """
    m0 = incoherent_model(
        omega_A=omega,
        omega_B=omega,
        beta_A=beta_A,
        beta_B=beta_B,
        gamma_A=gamma_A,
        gamma_B=gamma_B,
        eps=0.0,
        noise_beta=1.0,
    )
    L0 = model_liouvillian(m0)
    r0 = product_thermal_state(omega_A=omega, omega_B=omega, beta_A=beta_A, beta_B=beta_B)
    src = -_coupling_superop() @ vec(r0)
    M = np.vstack([L0, vec(np.eye(4))[None, :].astype(complex)])
    rhs = np.concatenate([src, [0.0]])
    r1 = unvec(np.linalg.lstsq(M, rhs, rcond=None)[0], 4)
    return 0.5 * (r1 + r1.conj().T)


def liouville_first_order_current(
    omega: float,
    *,
    beta_A: float,
    beta_B: float,
    gamma_A: float,
    gamma_B: float,
    eps: float | np.ndarray,
) -> np.ndarray:
    """Leading-order J_A by first-order perturbation theory in Liouville space (route 2 to D2).

    ``J_A^(1) = eps Tr[H_A L_A rho_1]`` with ``rho_1`` from :func:`liouville_first_order_state`.
    """
    ops = qubit_pair_operators()
    r1 = liouville_first_order_state(
        omega, beta_A=beta_A, beta_B=beta_B, gamma_A=gamma_A, gamma_B=gamma_B
    )
    HA = omega * ops["nA"]
    jumps_A = thermalizer_jumps(ops["a"], omega=omega, beta=beta_A, gamma=gamma_A, name="a")
    LA_r1 = sum(dissipator(r1, j.op, j.rate) for j in jumps_A)
    return np.asarray(eps, float) * float(np.real(np.trace(HA @ LA_r1)))


def coupling_flux_current(
    omega: float, *, beta_A: float, beta_B: float, eps: float | np.ndarray
) -> np.ndarray:
    """Leading-order J_A as the coupling's energy flux out of A in the product state (route 3).

    Stationarity of <H_A> gives ``J_A = -Tr[H_A L_K rho_s]`` exactly; to first order
    ``rho_s -> rho_A^s rho_B^s``, so ``J_A^(1) = -eps Tr[H_A L_K^(1) rho_A^s rho_B^s]``.
    """
    ops = qubit_pair_operators()
    r0 = product_thermal_state(omega_A=omega, omega_B=omega, beta_A=beta_A, beta_B=beta_B)
    flux = unvec(_coupling_superop() @ vec(r0), 4)
    return -np.asarray(eps, float) * float(np.real(np.trace(omega * ops["nA"] @ flux)))


def local_current_exact(
    *,
    omega_A: float,
    omega_B: float,
    beta_A: float,
    beta_B: float,
    gamma_A: float,
    gamma_B: float,
    eps: float,
) -> float:
    """Exact stationary ``J_A = Tr[H L_A rho_s]`` (full H) of the local coherent model (Eq. D3)."""
    qA, qB = thermal_excitation(omega_A, beta_A), thermal_excitation(omega_B, beta_B)
    kA = relaxation_rate(omega_A, beta=beta_A, gamma=gamma_A)
    kB = relaxation_rate(omega_B, beta=beta_B, gamma=gamma_B)
    kbar, delta = 0.5 * (kA + kB), omega_A - omega_B
    g = 2 * eps**2 * kbar / (kbar**2 + delta**2)
    dp = (qA - qB) / (1 + g / kA + g / kB)
    return float(eps**2 * (kB * omega_A + kA * omega_B) * dp / (kbar**2 + delta**2))


def local_violation_predicted(omega_ratio: ArrayLike, t_ratio: ArrayLike) -> np.ndarray:
    """Where Eq. D3 predicts heat flowing cold -> hot (T_A > T_B): ``omega_A/omega_B > T_A/T_B``."""
    return (np.asarray(omega_ratio) > np.asarray(t_ratio)) & (np.asarray(t_ratio) > 1)
