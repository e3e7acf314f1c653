"""Diosi slides 3-6 (issue 14): the incoherent coupling off resonance and at strong coupling.
Consistency of the models, stationary currents against brute force (QuTiP, exactly equal noise
rates), and the claims diosi.detuned.* and diosi.strong_coupling with negative controls."""

from __future__ import annotations

import numpy as np
import pytest
import qutip
import yaml

from qthermo.core.model import ModelError
from qthermo.core.superop import model_liouvillian
from qthermo.core.thermo import heat_currents
from qthermo.papers.diosi import detuned as d
from qthermo.papers.diosi.currents import incoherent_current_exact, incoherent_transfer_exact
from qthermo.papers.diosi.detuned_claims import evaluate_claims
from qthermo.papers.diosi.model import (
    incoherent_model,
    local_coherent_model,
    rate_equation_state,
    stationary_state,
)
from qthermo.plumbing.paths import repo_root

ROOT = repo_root(__file__)
DI = yaml.safe_load((ROOT / "config/config.yaml").read_text())["diosi"]
CFG = {
    **DI,
    "detuned": {**DI["detuned"], "n_omega": 9, "n_t": 5},
    "strong": {**DI["strong"], "n_eps": 11},
}
P = dict(omega_A=1.3, omega_B=1.0, beta_A=0.5, beta_B=1.0)


def _qutip_currents(omega_A, omega_B, beta_A, beta_B, gamma, eps):
    """Stationary Tr[H D_X rho] with slide 3's L_K built independently in QuTiP (equal rates)."""
    a = qutip.tensor(qutip.destroy(2), qutip.qeye(2))
    b = qutip.tensor(qutip.qeye(2), qutip.destroy(2))
    H = omega_A * a.dag() * a + omega_B * b.dag() * b
    chans = {
        "A": [np.sqrt(gamma) * a, np.sqrt(gamma * np.exp(-beta_A * omega_A)) * a.dag()],
        "B": [np.sqrt(gamma) * b, np.sqrt(gamma * np.exp(-beta_B * omega_B)) * b.dag()],
        "K": [np.sqrt(eps) * a.dag() * b, np.sqrt(eps) * a * b.dag()],
    }
    rho = qutip.steadystate(H, [L for ops in chans.values() for L in ops])
    v = qutip.operator_to_vector(rho)
    return {
        k: float(np.real((H * sum(qutip.vector_to_operator(qutip.lindblad_dissipator(L) * v)
                                  for L in ops)).tr()))
        for k, ops in chans.items()
    }  # fmt: skip


def test_white_noise_limit_is_the_slides_generator():
    """noise_beta -> 0 reproduces the resonant model's generator and, detuned, equal rates."""
    res = dict(omega_A=1.0, omega_B=1.0, beta_A=0.5, beta_B=1.0, gamma=0.7, eps=0.3)
    m = d.detuned_model(**res, noise_beta=1e-12)
    ref = incoherent_model(**{k: v for k, v in res.items() if k != "gamma"}, gamma_A=0.7,
                           gamma_B=0.7, noise_beta=1e-6)  # fmt: skip
    assert np.max(np.abs(model_liouvillian(m) - model_liouvillian(ref))) < 1e-14
    rates = [
        j.rate for j in d.detuned_model(**P, gamma=1.0, eps=0.2, noise_beta=1e-12).baths[2].jumps
    ]
    assert rates[0] == pytest.approx(rates[1], rel=1e-11)


def test_equal_noise_rates_off_resonance_fail_detailed_balance():
    """Slide 3's equal rates at a finite noise temperature are rejected by the model check."""
    with pytest.raises(ModelError):
        incoherent_model(**P, gamma_A=1.0, gamma_B=1.0, eps=0.2, noise_beta=1.0)


def test_own_bath_reading_has_the_gibbs_fixed_point():
    """With the coupling's own bath at the common temperature, equilibrium is restored."""
    m = d.detuned_model(**{**P, "beta_A": 1.0}, gamma=1.0, eps=0.2, noise_beta=1.0)
    m.check_gibbs_fixed_point()
    assert np.max(np.abs(heat_currents(m, stationary_state(m)))) < 1e-13


@pytest.mark.parametrize("eps", [0.05, 0.2, 3.0])
def test_detuned_currents_against_qutip_and_closed_form(eps):
    ref = _qutip_currents(**P, gamma=0.8, eps=eps)
    m = d.detuned_model(**P, gamma=0.8, eps=eps, noise_beta=1e-12)
    J = heat_currents(m, stationary_state(m))
    F = float(incoherent_transfer_exact(**P, gamma_A=0.8, gamma_B=0.8, eps=eps))
    for k, (got, closed) in enumerate(
        [(J[0], P["omega_A"] * F), (J[1], -P["omega_B"] * F),
         (J[2], (P["omega_B"] - P["omega_A"]) * F)]
    ):  # fmt: skip
        assert got == pytest.approx(ref["ABK"[k]], rel=1e-8, abs=1e-13)
        assert got == pytest.approx(closed, rel=1e-9)


def test_strong_eps_against_qutip():
    """eps = 100 Gamma, Gamma_B = 3 Gamma_A: full Liouvillian (table) against QuTiP."""
    tab = d.strong_eps_table(DI["incoherent"], {**DI["strong"], "pairs": [[2.0, 1.0]],
                                                 "gamma_ratios": [3.0], "eps_over_gamma_min": 100.0,
                                                 "eps_over_gamma_max": 100.0, "n_eps": 1})  # fmt: skip
    a = qutip.tensor(qutip.destroy(2), qutip.qeye(2))
    b = qutip.tensor(qutip.qeye(2), qutip.destroy(2))
    H = a.dag() * a + b.dag() * b
    cA = [a, np.exp(-0.25) * a.dag()]
    ops = cA + [np.sqrt(3.0) * b, np.sqrt(3.0 * np.exp(-1.0)) * b.dag(),
                10.0 * a.dag() * b, 10.0 * a * b.dag()]  # fmt: skip
    v = qutip.operator_to_vector(qutip.steadystate(H, ops))
    JA = float(np.real((H * sum(qutip.vector_to_operator(qutip.lindblad_dissipator(L) * v)
                                for L in cA)).tr()))  # fmt: skip
    assert tab.J_A.iloc[0] == pytest.approx(JA, rel=1e-8)
    assert tab.fraction_of_saturation.iloc[0] < 1.0


@pytest.fixture(scope="module")
def tables():
    return d.detuned_map(CFG["detuned"]), d.strong_eps_table(CFG["incoherent"], CFG["strong"])


def test_claims_pass(tables):
    got = {c.id: c.status for c in evaluate_claims(*tables, CFG, [])}
    assert set(got.values()) == {"pass"}, got


def test_negative_controls(tables):
    """Each claim fed a deliberately wrong table fails."""
    det, strong = tables
    bad = det.copy()  # an energy-neutral channel off resonance (J_B = -J_A, J_K = 0)
    bad["J_B"], bad["J_K"] = -bad.J_A, 0.0
    assert evaluate_claims(bad, strong, CFG, [])[0].status == "fail"
    bad = det.copy()  # currents obeying the resonant rule "heat flows from hot to cold"
    bad["J_B"] = -bad.J_B.abs()
    assert evaluate_claims(bad, strong, CFG, [])[1].status == "fail"
    bad = det.copy()  # one state with negative entropy production
    bad.loc[bad.index[7], "sigma"] = -0.01 * bad.sigma.abs().max()
    assert evaluate_claims(bad, strong, CFG, [])[1].status == "fail"
    bad = strong.copy()  # the leading-order current taken as exact at all eps
    bad["J_A"] = bad.J_leading_D2
    bad["rel_err_exact"] = np.abs(bad.J_A - bad.J_exact_D1) / np.abs(bad.J_exact_D1)
    bad["fraction_of_saturation"] = bad.J_A / bad.J_saturation
    assert evaluate_claims(det, bad, CFG, [])[2].status == "fail"


def test_rate_equation_state_is_accurate_at_low_temperature():
    """The GTH population solve agrees with the dense solve and keeps the current's relative
    accuracy where the dense solve loses it (omega = 2, T = 0.2 and 0.1: excitations e^{-10},
    e^{-20}); it refuses a model whose generator does not close on the populations."""
    kw = dict(beta_A=5.0, beta_B=10.0, gamma_A=1.0, gamma_B=3.0, eps=1e-4)
    m = incoherent_model(omega_A=2.0, omega_B=2.0, **kw, noise_beta=1e-6)
    rho = rate_equation_state(m)
    assert np.max(np.abs(rho - stationary_state(m))) < 1e-14
    exact = float(incoherent_current_exact(2.0, **kw))
    assert heat_currents(m, rho)[0] == pytest.approx(exact, rel=1e-10, abs=0.0)
    lm = local_coherent_model(omega_A=1.2, omega_B=1.0, beta_A=1.0, beta_B=1.0, gamma_A=0.1,
                              gamma_B=0.1, eps=0.05)  # fmt: skip
    with pytest.raises(ValueError):
        rate_equation_state(lm.model)
