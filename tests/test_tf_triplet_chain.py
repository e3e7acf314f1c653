"""The three-level rate chain of the 2-qubit engine (triplet_chain) against the general 4x4
Liouvillian limit cycle (core.cycles.run_cycle) and a 40-digit mpmath evaluation."""

import mpmath
import numpy as np
import pytest

from qthermo.core.cycles import power_efficiency_constant, run_cycle
from qthermo.papers.tajima_funo.engine_cycle import limit_state, make_cycle
from qthermo.papers.tajima_funo.triplet_chain import chain_generator, fig4_sweep, start_populations

CFG = {
    "omega_h": 1.9, "omega_c": 1.0, "beta_h": 1.1, "beta_c": 2.1, "tau_h": 0.2, "tau_c": 0.4,
    "gamma0": 1.0, "null_tol": 1e-8, "singlet_fraction": 0.6,
}  # fmt: skip
TAUS = np.array([0.01, 0.07, 0.4, 2.0, 9.0])


def general(start, tau_c, cfg=CFG, n_points=51):
    cycle = make_cycle(cfg, 1.0, tau_c=tau_c)
    return run_cycle(cycle, limit_state(cycle, start, cfg).rho, n_points)


@pytest.mark.parametrize("start", ["ground", "gibbs", "singlet_mix"])
def test_chain_equals_general_limit_cycle(start):
    red = fig4_sweep(CFG, TAUS, start, 51)
    c = power_efficiency_constant(CFG["beta_h"], CFG["beta_c"])
    for i, tau in enumerate(TAUS):
        res = general(start, tau)
        for col, ref in (
            ("work", res.work), ("heat_hot", res.heat_hot), ("eta", res.efficiency),
            ("power", res.power), ("A_cl_bar", res.A_cl_mean), ("A_qm_bar", res.A_qm_mean),
            ("classical_bound", c * res.A_cl_mean),
        ):  # fmt: skip
            assert red[col][i] == pytest.approx(ref, rel=1e-9, abs=1e-15), (start, tau, col)
        assert red.ratio[i] == pytest.approx(res.ratio, rel=1e-7), (start, tau)


def _mp_work(tau_c):
    with mpmath.workdps(40):

        def W(w, b):
            x = mpmath.mpf(b) * w
            dn, up = 1 / (1 + mpmath.e ** (-x)), 1 / (1 + mpmath.e**x)
            return mpmath.matrix(
                [[-2 * up, 2 * dn, 0], [2 * up, -2 * up - 2 * dn, 2 * dn], [0, 2 * up, -2 * dn]]
            )

        Eh = mpmath.expm(W(CFG["omega_h"], CFG["beta_h"]) * mpmath.mpf(CFG["tau_h"]))
        Ec = mpmath.expm(W(CFG["omega_c"], CFG["beta_c"]) * mpmath.mpf(tau_c))
        M = Ec * Eh - mpmath.eye(3)
        v = mpmath.lu_solve(
            mpmath.matrix([[M[0, 0], M[0, 1], M[0, 2]], [M[1, 0], M[1, 1], M[1, 2]], [1, 1, 1]]),
            mpmath.matrix([0, 0, 1]),
        )
        qh = Eh * v
        return float((CFG["omega_h"] - CFG["omega_c"]) * ((qh[1] + 2 * qh[2]) - (v[1] + 2 * v[2])))


@pytest.mark.parametrize("tau_c", [0.01, 0.4, 9.0])
def test_work_matches_40_digit_reference(tau_c):
    red = fig4_sweep(CFG, np.array([tau_c]), "ground", 11)
    assert red.work[0] == pytest.approx(_mp_work(tau_c), rel=1e-12)


def test_generator_is_a_detailed_balance_rate_matrix():
    W = chain_generator(omega=1.3, beta=0.7, gamma0=2.0)
    assert np.allclose(W.sum(axis=0), 0.0, atol=1e-15)
    pi = np.array([1.0, np.exp(-0.7 * 1.3), np.exp(-2 * 0.7 * 1.3)])
    assert np.allclose(W @ pi, 0.0, atol=1e-14)  # Gibbs populations of the triplet are stationary
    with pytest.raises(ValueError, match="unknown initial state"):
        start_populations("excited", CFG)
