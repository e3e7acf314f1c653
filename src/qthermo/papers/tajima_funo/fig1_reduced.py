"""Exact bright-dark reduction of the 2N-state model for the Fig. 1 states rho^+ and rho^+_sd.

Tajima & Funo, PRL 127, 190604 (2021), doi:10.1103/PhysRevLett.127.190604, Eqs. (2)-(7).

The collective jump ``L = sum_{j,j'} |g,j><e,j'| = N |g,+><e,+|`` couples only the bright pair
``|g,+>, |e,+>``; every state orthogonal to them is annihilated by L and by L^dag, so it is
stationary and carries no current.  rho^+ lives on the bright pair with populations
``(p_g, p_e)``; its strictly diagonal version rho^+_sd has the bright populations
``(p_g, p_e)/N`` and the rest in the dark states.  Both therefore reduce to a two-level rate
equation with rates ``N^2 gamma`` (down) and ``N^2 gamma e^{-beta hbar omega0}`` (up):

    pdot_e = N^2 (gamma_up p_g - gamma p_e) / n,   n = 1 (rho^+), n = N (rho^+_sd),
    J_tot = |hbar omega0 pdot_e|,   sigma = -pdot_e (ln(p_e/p_g) + beta hbar omega0),

(the dark part drops out of the Spohn form because it is stationary and the bright block's
normalisation cancels in ``Tr D(rho) = 0``).  The bound ingredients follow from
``X = (hbar omega0)^2 N^2 (gamma |e,+><e,+| + gamma_up |g,+><g,+|)``:
``A_cl = (hbar omega0)^2 N (gamma p_e + gamma_up p_g)``, ``C_X = (hbar omega0)^2 N gamma``
(largest of the two rates, beta > 0) and ``C_l1(rho^+) = N - 1``, ``C_l1(rho^+_sd) = 0``.

O(1) work per N instead of the O(N^3) eigendecompositions of the 2N-dimensional evaluation;
:mod:`qthermo.papers.tajima_funo.fig1` uses it above ``fig1.full_N_max`` and the tests compare
it with the full evaluation (:func:`qthermo.core.tradeoff.evaluate_tradeoff`) where both run.
"""

from __future__ import annotations

import numpy as np

from qthermo.core.thermo import cd_ratio
from qthermo.core.tradeoff import TradeoffPoint
from qthermo.papers.tajima_funo.two_n_state import plus_state_populations

__all__ = ["reduced_tradeoff_points"]


def _current_and_sigma(
    p_g: float, p_e: float, *, n: float, N: int, gamma: float, gamma_up: float, bhw: float
) -> tuple[float, float]:
    """``(pdot_e, sigma)`` of the bright two-level rate equation (module doc)."""
    flow = N**2 * (gamma_up * p_g - gamma * p_e) / n
    return flow, float(-flow * (np.log(p_e / p_g) + bhw))


def reduced_tradeoff_points(
    N: int, *, omega0: float, beta: float, gamma0: float, hbar: float = 1.0
) -> dict[str, TradeoffPoint]:
    """The :class:`TradeoffPoint` of rho^+ and of rho^+_sd (keys ``rho_plus``, ``rho_plus_sd``).

    Same quantities as ``evaluate_tradeoff(two_n_state_model(N, ...), state)``, from the exact
    reduction of the module doc.
    """
    p_g, p_e = plus_state_populations(N, omega0=omega0, beta=beta, hbar=hbar)
    bhw = beta * hbar * omega0
    gamma_up = gamma0 * np.exp(-bhw)
    hw = hbar * omega0
    kw = dict(N=N, gamma=gamma0, gamma_up=gamma_up, bhw=bhw)
    flow_p, s_p = _current_and_sigma(p_g, p_e, n=1.0, **kw)
    flow_sd, s_sd = _current_and_sigma(p_g, p_e, n=float(N), **kw)
    J_p, J_sd = abs(hw * flow_p), abs(hw * flow_sd)
    cd_p, cd_sd = cd_ratio(J_p, s_p), cd_ratio(J_sd, s_sd)
    a_cl = hw**2 * N * (gamma0 * p_e + gamma_up * p_g)
    c_x = hw**2 * N * max(gamma0, gamma_up) if N > 1 else 0.0
    plus = TradeoffPoint(
        J_tot=J_p, sigma=s_p, cd=cd_p, J_tot_bd=J_p, sigma_bd=s_p, cd_bd=cd_p,
        J_tot_sd=J_sd, sigma_sd=s_sd, cd_sd=cd_sd,
        A_cl=a_cl, A_qm=c_x * (N - 1), C_X=c_x, C_l1_bd=float(N - 1),
    )  # fmt: skip
    sd = TradeoffPoint(
        J_tot=J_sd, sigma=s_sd, cd=cd_sd, J_tot_bd=J_sd, sigma_bd=s_sd, cd_bd=cd_sd,
        J_tot_sd=J_sd, sigma_sd=s_sd, cd_sd=cd_sd,
        A_cl=a_cl, A_qm=0.0, C_X=c_x, C_l1_bd=0.0,
    )  # fmt: skip
    return {"rho_plus": plus, "rho_plus_sd": sd}
