"""The three-level rate chain of the 2-qubit engine (triplet_chain) against the general 4x4
Liouvillian limit cycle (core.cycles.run_cycle) and 50-digit decimal stroke exponentials."""

import numpy as np
import pytest
from decimal_expm import expm_apply

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
    """Work per cycle from 50-digit stroke exponentials (decimal_expm) and a float fixed point.

    The fixed point of the 3x3 cycle map is well conditioned; the cancellation-prone part is
    the excitation lost on the cold stroke, taken here from the 50-digit propagators.
    """

    def W(w, b):
        return chain_generator(omega=w, beta=b, gamma0=1.0).tolist()

    def E(w, b, t):  # columns: images of the basis vectors
        return np.array([expm_apply(W(w, b), t, list(e)) for e in np.eye(3)]).T

    Eh, Ec = E(CFG["omega_h"], CFG["beta_h"], CFG["tau_h"]), E(CFG["omega_c"], CFG["beta_c"], tau_c)
    vals, vecs = np.linalg.eig(Ec @ Eh)
    v = np.real(vecs[:, np.argmin(np.abs(vals - 1.0))])
    v /= v.sum()
    qh = Eh @ v
    lost = expm_apply(W(CFG["omega_c"], CFG["beta_c"]), tau_c, list(qh))
    levels = np.array([0.0, 1.0, 2.0])
    return float((CFG["omega_h"] - CFG["omega_c"]) * (qh @ levels - np.array(lost) @ levels))


@pytest.mark.parametrize("tau_c", [0.01, 0.4, 9.0])
def test_work_matches_50_digit_reference(tau_c):
    red = fig4_sweep(CFG, np.array([tau_c]), "ground", 11)
    assert red.work[0] == pytest.approx(_mp_work(tau_c), rel=1e-12)


def test_generator_is_a_detailed_balance_rate_matrix():
    W = chain_generator(omega=1.3, beta=0.7, gamma0=2.0)
    assert np.allclose(W.sum(axis=0), 0.0, atol=1e-15)
    pi = np.array([1.0, np.exp(-0.7 * 1.3), np.exp(-2 * 0.7 * 1.3)])
    assert np.allclose(W @ pi, 0.0, atol=1e-14)  # Gibbs populations of the triplet are stationary
    with pytest.raises(ValueError, match="unknown initial state"):
        start_populations("excited", CFG)
