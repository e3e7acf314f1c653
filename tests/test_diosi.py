"""Diosi models: detailed balance, energy balance, closed forms D1-D3, slide formulas.

Analytic results are derived in the docstring of :mod:`qthermo.papers.diosi.currents`; brute-force cross-checks
against QuTiP live in tests/test_diosi_bruteforce.py.
"""

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from qthermo.core.model import Bath, Model, ModelError
from qthermo.core.states import random_density
from qthermo.core.superop import bath_dissipator, lindblad_rhs, model_liouvillian, vec
from qthermo.core.thermo import ThermodynamicsError, entropy_production, heat_current, heat_currents
from qthermo.papers.diosi import currents as c
from qthermo.papers.diosi import model as d

NOISE_BETA = 1e-6


# --------------------------------------------------------------------------- thermalizer
@pytest.mark.parametrize("beta,omega,gamma", [(0.3, 1.0, 1.0), (2.0, 0.7, 0.2), (5.0, 2.0, 3.0)])
def test_thermalizer_detailed_balance_and_gibbs_fixed_point(beta, omega, gamma):
    down, up = d.thermalizer_jumps(d.SIGMA_MINUS, omega=omega, beta=beta, gamma=gamma, name="a")
    assert down.rate / up.rate == pytest.approx(np.exp(beta * omega), rel=1e-12)
    model = Model([0.0, omega], [("g", 0), ("e", 0)], [Bath("b", beta, (down, up))])  # checks on
    gibbs = model.gibbs_state(beta)
    # slide 2: rho_s = exp(-beta n)/(1 + e^{-beta omega}); q = e^{-beta w}/(1 + e^{-beta w})
    assert gibbs[1, 1].real == pytest.approx(d.thermal_excitation(omega, beta), rel=1e-12)
    assert np.abs(lindblad_rhs(model, gibbs)).max() < 1e-14
    assert heat_current(model, gibbs, model.baths[0]) == pytest.approx(0.0, abs=1e-15)


def test_thermalizer_wrong_rate_ratio_is_rejected():
    down, up = d.thermalizer_jumps(d.SIGMA_MINUS, omega=1.0, beta=1.0, gamma=1.0, name="a")
    with pytest.raises(ModelError, match="gamma"):
        Model([0.0, 1.0], [("g", 0), ("e", 0)], [Bath("b", 2.0, (down, up))])


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_slide_current_operator_equals_framework_heat_current(seed):
    """Slides: J_A = Tr[J_A rho] with J_A = L_A^*(H_A) = omega Gamma (x (1 - n_A) - n_A)."""
    rng = np.random.default_rng(seed)
    bA, bB, gA, gB, eps, w = 0.4, 1.3, 0.8, 1.7, 0.3, 1.2
    m = d.incoherent_model(
        omega_A=w,
        omega_B=w,
        beta_A=bA,
        beta_B=bB,
        gamma_A=gA,
        gamma_B=gB,
        eps=eps,
        noise_beta=NOISE_BETA,
    )
    rho = random_density(rng, 4)
    nA = d.qubit_pair_operators()["nA"]
    J_op = w * gA * (np.exp(-bA * w) * (np.eye(4) - nA) - nA)
    assert heat_current(m, rho, m.baths[0]) == pytest.approx(np.trace(J_op @ rho).real, rel=1e-12)


# --------------------------------------------------------------------------- incoherent model
def test_incoherent_model_passes_framework_checks_and_equal_temperatures_give_gibbs():
    beta = 0.9
    m = d.incoherent_model(
        omega_A=1.0,
        omega_B=1.0,
        beta_A=beta,
        beta_B=beta,
        gamma_A=1.0,
        gamma_B=2.0,
        eps=0.5,
        noise_beta=NOISE_BETA,
        check=True,
    )
    gibbs = m.gibbs_state(beta)
    assert np.abs(lindblad_rhs(m, gibbs)).max() < 1e-14
    np.testing.assert_allclose(d.stationary_state(m), gibbs, atol=1e-12)
    np.testing.assert_allclose(heat_currents(m, gibbs), 0.0, atol=1e-15)


def test_detuned_incoherent_coupling_violates_detailed_balance():
    """Off resonance, equal up/down rates of the noise channel are inconsistent (slides' summary)."""
    with pytest.raises(ModelError, match="exp\\(beta"):
        d.incoherent_model(
            omega_A=1.0,
            omega_B=1.3,
            beta_A=0.5,
            beta_B=1.0,
            gamma_A=1.0,
            gamma_B=1.0,
            eps=0.1,
            noise_beta=1.0,
        )
    # with the check off the model builds, and the noise channel then carries energy
    m = d.incoherent_model(
        omega_A=1.0,
        omega_B=1.3,
        beta_A=0.5,
        beta_B=1.0,
        gamma_A=1.0,
        gamma_B=1.0,
        eps=0.1,
        noise_beta=1.0,
        check=False,
    )
    rho = d.stationary_state(m)
    assert abs(heat_currents(m, rho)[2]) > 1e-4


def test_noise_channel_exchanges_no_energy_in_resonance():
    rng = np.random.default_rng(5)
    m = d.incoherent_model(
        omega_A=1.0,
        omega_B=1.0,
        beta_A=0.5,
        beta_B=1.0,
        gamma_A=1.0,
        gamma_B=1.0,
        eps=0.7,
        noise_beta=NOISE_BETA,
    )
    for _ in range(3):
        assert heat_current(m, random_density(rng, 4), m.baths[2]) == pytest.approx(0.0, abs=1e-14)


def test_noise_beta_does_not_enter_results():
    kw = dict(omega_A=1.0, omega_B=1.0, beta_A=0.5, beta_B=2.0, gamma_A=1.0, gamma_B=1.5, eps=0.2)
    m1, m2 = d.incoherent_model(**kw, noise_beta=1e-6), d.incoherent_model(**kw, noise_beta=3.0)
    r1, r2 = d.stationary_state(m1), d.stationary_state(m2)
    np.testing.assert_allclose(r1, r2, atol=1e-14)
    assert entropy_production(m1, r1) == pytest.approx(entropy_production(m2, r2), rel=1e-12)


@settings(max_examples=25, deadline=None)
@given(
    TA=st.floats(0.1, 10.0),
    TB=st.floats(0.1, 10.0),
    gA=st.floats(0.05, 5.0),
    gB=st.floats(0.05, 5.0),
    eps=st.floats(1e-3, 5.0),
    w=st.floats(0.2, 3.0),
)
# Cold cases (beta*omega ~ 16) where the doubly excited population is ~1e-14: found by
# hypothesis in a fresh environment, where sigma came out +inf (that population was counted as
# kernel and round-off in D[rho] as a leak).
@example(TA=0.125, TB=0.125, gA=1.0, gB=1.0, eps=1.0, w=2.0)
@example(TA=0.125, TB=0.13, gA=1.0, gB=1.0, eps=1.0, w=2.0)
@example(TA=0.15, TB=0.1, gA=1.0, gB=1.0, eps=1.0, w=2.5)
def test_incoherent_stationary_balance_closed_form_and_second_law(TA, TB, gA, gB, eps, w):
    bA, bB = 1 / TA, 1 / TB
    m = d.incoherent_model(
        omega_A=w,
        omega_B=w,
        beta_A=bA,
        beta_B=bB,
        gamma_A=gA,
        gamma_B=gB,
        eps=eps,
        noise_beta=NOISE_BETA,
    )
    rho = d.stationary_state(m)
    JA, JB, JK = heat_currents(m, rho)
    scale = w * max(gA, gB, eps)
    assert abs(JA + JB) <= 1e-12 * scale
    assert JK == pytest.approx(0.0, abs=1e-14 * scale)
    J1 = float(c.incoherent_current_exact(w, beta_A=bA, beta_B=bB, gamma_A=gA, gamma_B=gB, eps=eps))
    assert JA == pytest.approx(J1, rel=1e-8, abs=1e-13 * scale)
    sigma = entropy_production(m, rho)  # check_nonnegative on: raises if negative
    assert sigma >= 0
    assert sigma == pytest.approx((bB - bA) * JA, rel=1e-7, abs=1e-13 * scale)
    if TA > TB * (1 + 1e-9):
        assert JA > 0  # heat flows from the hot bath A into the cold bath B


def test_stationary_state_is_diagonal_and_marginals_obey_closed_equations():
    w, bA, bB, gA, gB, eps = 1.0, 0.3, 1.1, 0.7, 1.9, 0.4
    rho = d.stationary_state(
        d.incoherent_model(
            omega_A=w,
            omega_B=w,
            beta_A=bA,
            beta_B=bB,
            gamma_A=gA,
            gamma_B=gB,
            eps=eps,
            noise_beta=NOISE_BETA,
        )
    )
    assert np.abs(rho - np.diag(np.diag(rho))).max() < 1e-14
    ops = d.qubit_pair_operators()
    pA, pB = np.trace(ops["nA"] @ rho).real, np.trace(ops["nB"] @ rho).real
    qA, qB = d.thermal_excitation(w, bA), d.thermal_excitation(w, bB)
    kA, kB = gA * (1 + np.exp(-bA * w)), gB * (1 + np.exp(-bB * w))
    assert kA * (qA - pA) - eps * (pA - pB) == pytest.approx(0.0, abs=1e-13)
    assert kB * (qB - pB) + eps * (pA - pB) == pytest.approx(0.0, abs=1e-13)


@pytest.mark.parametrize(
    "bA,bB,gA,gB", [(0.5, 2.0, 1.0, 1.0), (0.2, 0.4, 1.0, 3.0), (3, 5, 2, 0.5)]
)
def test_leading_order_two_routes_and_linear_error(bA, bB, gA, gB):
    w = 1.0
    eps = np.array([1e-4, 1e-3, 1e-2])
    lead = c.incoherent_current_leading(w, beta_A=bA, beta_B=bB, eps=eps)
    # route 2: first-order Liouville perturbation theory; route 3: coupling flux in rho_0
    np.testing.assert_allclose(
        c.liouville_first_order_current(w, beta_A=bA, beta_B=bB, gamma_A=gA, gamma_B=gB, eps=eps),
        lead,
        rtol=1e-10,
    )
    np.testing.assert_allclose(
        c.coupling_flux_current(w, beta_A=bA, beta_B=bB, eps=eps), lead, rtol=1e-12
    )
    # closed forms: rel. deviation of D2 from D1 is eps/kappa_A + eps/kappa_B exactly
    exact = c.incoherent_current_exact(w, beta_A=bA, beta_B=bB, gamma_A=gA, gamma_B=gB, eps=eps)
    kA, kB = gA * (1 + np.exp(-bA * w)), gB * (1 + np.exp(-bB * w))
    np.testing.assert_allclose((lead - exact) / exact, eps / kA + eps / kB, rtol=1e-10)
    # and the numerics agree
    num = [
        heat_currents(m, d.stationary_state(m))[0]
        for m in (
            d.incoherent_model(
                omega_A=w,
                omega_B=w,
                beta_A=bA,
                beta_B=bB,
                gamma_A=gA,
                gamma_B=gB,
                eps=e,
                noise_beta=NOISE_BETA,
            )
            for e in eps
        )
    ]
    np.testing.assert_allclose(num, exact, rtol=1e-8)


def test_leading_order_explicit_form():
    """D2 = eps w (x_A - x_B)/((1+x_A)(1+x_B)); slide formula = that times (1+x_A)(1+x_B)."""
    w, bA, bB, eps = 1.3, 0.4, 1.7, 1e-3
    xA, xB = np.exp(-bA * w), np.exp(-bB * w)
    lead = c.incoherent_current_leading(w, beta_A=bA, beta_B=bB, eps=eps)
    assert lead == pytest.approx(eps * w * (xA - xB) / ((1 + xA) * (1 + xB)), rel=1e-13)
    assert c.slide_current(w, beta_A=bA, beta_B=bB, eps=eps) / lead == pytest.approx(
        (1 + xA) * (1 + xB), rel=1e-13
    )
    # the slides' formula is only the low-temperature limit
    assert c.slide_current(1, beta_A=20, beta_B=40, eps=eps) / c.incoherent_current_leading(
        1, beta_A=20, beta_B=40, eps=eps
    ) == pytest.approx(1.0, abs=1e-8)


@pytest.mark.parametrize("bA,bB", [(0.5, 2.0), (0.25, 0.5), (2.0, 4.0)])
def test_slide_first_order_state_is_correct_to_first_order(bA, bB):
    w, g = 1.0, 1.0
    r0 = d.product_thermal_state(omega_A=w, omega_B=w, beta_A=bA, beta_B=bB)
    r1 = c.liouville_first_order_state(w, beta_A=bA, beta_B=bB, gamma_A=g, gamma_B=g)
    # slide 4's state equals rho_0 + eps rho_1 identically (same Gamma)
    np.testing.assert_allclose(
        c.slide_first_order_state(w, beta_A=bA, beta_B=bB, gamma=g, eps=1e-2),
        r0 + 1e-2 * r1,
        atol=1e-14,
    )
    dist = []
    for eps in (1e-2, 1e-3):
        rho = d.stationary_state(
            d.incoherent_model(
                omega_A=w,
                omega_B=w,
                beta_A=bA,
                beta_B=bB,
                gamma_A=g,
                gamma_B=g,
                eps=eps,
                noise_beta=NOISE_BETA,
            )
        )
        dist.append(
            np.abs(rho - c.slide_first_order_state(w, beta_A=bA, beta_B=bB, gamma=g, eps=eps)).sum()
        )
    assert dist[0] / dist[1] == pytest.approx(100, rel=0.02)  # error is O(eps^2)


def test_liouville_first_order_state_is_traceless_and_solves_the_equation():
    w, bA, bB, gA, gB = 1.0, 0.5, 1.5, 1.0, 2.0
    r1 = c.liouville_first_order_state(w, beta_A=bA, beta_B=bB, gamma_A=gA, gamma_B=gB)
    assert abs(np.trace(r1)) < 1e-14
    m0 = d.incoherent_model(
        omega_A=w,
        omega_B=w,
        beta_A=bA,
        beta_B=bB,
        gamma_A=gA,
        gamma_B=gB,
        eps=0.0,
        noise_beta=NOISE_BETA,
    )
    mK = d.incoherent_model(
        omega_A=w,
        omega_B=w,
        beta_A=bA,
        beta_B=bB,
        gamma_A=gA,
        gamma_B=gB,
        eps=1.0,
        noise_beta=NOISE_BETA,
    )
    lhs = model_liouvillian(m0) @ vec(r1)
    rhs = -model_liouvillian(mK, [mK.baths[2]]) @ vec(
        d.product_thermal_state(omega_A=w, omega_B=w, beta_A=bA, beta_B=bB)
    )
    np.testing.assert_allclose(lhs, rhs, atol=1e-14)


# --------------------------------------------------------------------------- local coherent ME
def test_local_model_eigenbasis_and_local_jumps():
    lm = d.local_coherent_model(
        omega_A=1.4, omega_B=1.0, beta_A=0.5, beta_B=1.0, gamma_A=0.1, gamma_B=0.2, eps=0.3
    )
    ops = d.qubit_pair_operators()
    H = (
        1.4 * ops["nA"]
        + 1.0 * ops["nB"]
        + 0.3 * (ops["a"].conj().T @ ops["b"] + ops["b"].conj().T @ ops["a"])
    )
    np.testing.assert_allclose(lm.U @ np.diag(lm.model.energies) @ lm.U.conj().T, H, atol=1e-14)
    np.testing.assert_allclose(
        lm.U @ lm.model.baths[0].jumps[0].op @ lm.U.conj().T, ops["a"], atol=1e-14
    )
    # the local jumps do not satisfy [L, H] = omega L for the full H: the model is inconsistent
    with pytest.raises(ModelError):
        Model(lm.model.energies, lm.model.labels, lm.model.baths, check=True)


@pytest.mark.parametrize(
    "wA,TA", [(1.0, 2.0), (1.5, 1.2), (3.0, 2.0), (0.5, 1.5), (2.0, 1.9), (1.2, 1.0)]
)
def test_local_closed_form_energy_balance_and_sign(wA, TA):
    wB, TB, gA, gB, eps = 1.0, 1.0, 0.05, 0.08, 0.03
    bA, bB = 1 / TA, 1 / TB
    lm = d.local_coherent_model(
        omega_A=wA, omega_B=wB, beta_A=bA, beta_B=bB, gamma_A=gA, gamma_B=gB, eps=eps
    )
    rho = d.stationary_state(lm.model)
    JA, JB = heat_currents(lm.model, rho)
    assert abs(JA + JB) < 1e-15
    J3 = c.local_current_exact(
        omega_A=wA, omega_B=wB, beta_A=bA, beta_B=bB, gamma_A=gA, gamma_B=gB, eps=eps
    )
    assert JA == pytest.approx(J3, rel=1e-7, abs=1e-16)
    assert np.sign(JA) == np.sign(bB * wB - bA * wA)
    sigma = entropy_production(lm.model, rho, check_nonnegative=False)
    assert sigma == pytest.approx((bB - bA) * JA, rel=1e-6, abs=1e-16)
    if c.local_violation_predicted(wA / wB, TA / TB):
        assert JA < 0 and sigma < 0
        with pytest.raises(ThermodynamicsError):
            entropy_production(lm.model, rho)  # the framework's consistency check catches it
    # local bookkeeping: currents do not balance off resonance, but their entropy balance is >= 0
    JA_loc = np.trace(lm.H_A @ bath_dissipator(rho, lm.model.baths[0].jumps)).real
    JB_loc = np.trace(lm.H_B @ bath_dissipator(rho, lm.model.baths[1].jumps)).real
    assert JA_loc * wB == pytest.approx(-JB_loc * wA, rel=1e-7, abs=1e-16)
    assert -bA * JA_loc - bB * JB_loc >= -1e-16


def test_resonant_local_model_carries_heat_hot_to_cold():
    for TA in (1.1, 2.0, 5.0):
        lm = d.local_coherent_model(
            omega_A=1.0,
            omega_B=1.0,
            beta_A=1 / TA,
            beta_B=1.0,
            gamma_A=0.05,
            gamma_B=0.05,
            eps=0.02,
        )
        rho = d.stationary_state(lm.model)
        assert heat_currents(lm.model, rho)[0] > 0
        assert entropy_production(lm.model, rho) > 0  # consistent here: no error raised


def test_violation_predicate():
    assert c.local_violation_predicted(2.0, 1.5)
    assert not c.local_violation_predicted(1.0, 1.5)
    assert not c.local_violation_predicted(1.5, 2.0)
    assert not c.local_violation_predicted(2.0, 1.0)  # equal temperatures: sigma = 0


def test_qubit_pair_operators_are_built_once_and_read_only():
    from qthermo.papers.diosi.model import SIGMA_MINUS, qubit_pair_operators

    ops = qubit_pair_operators()
    assert qubit_pair_operators() is ops
    a = np.kron(SIGMA_MINUS, np.eye(2))
    b = np.kron(np.eye(2), SIGMA_MINUS)
    expected = {"a": a, "b": b, "nA": a.conj().T @ a, "nB": b.conj().T @ b}
    assert set(ops) == set(expected)
    for key, op in ops.items():
        assert np.array_equal(op, expected[key]) and not op.flags.writeable, key
    with pytest.raises(TypeError):
        ops["a"] = a  # type: ignore[index]
