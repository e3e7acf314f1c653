"""Harvesting scheme (qthermo.papers.cakmak.harvesting): Table I, Eq. (11), Eq. (30), the collision map and the
repeated-interaction simulation, against analytic results and brute-force references."""

import numpy as np
import pytest
import qutip

from qthermo.core.operators import SIGMA_MINUS, SIGMA_PLUS
from qthermo.core.states import random_density
from qthermo.papers.cakmak.harvesting import (
    collision_unitary,
    dephase_pair,
    effective_temperature,
    effective_temperature_as_printed,
    eq11_generator,
    eq30_steady_state,
    exact_collision_map,
    interaction_generator,
    jump_probabilities,
    me_excited_population,
    pair_c_l1,
    second_order_terms_bruteforce,
    simulate_repeated_interactions,
    table1_coefficients,
    thermal_pair_state,
)
from qthermo.papers.cakmak.model import pure_state

rng = np.random.default_rng(3017)


@pytest.mark.parametrize(
    "label,r_e,r_d",
    [("ee", 2.0, 0.0), ("gg", 0.0, 2.0), ("eg", 1.0, 1.0)],
)
def test_table1_on_basis_states(label, r_e, r_d):
    c = table1_coefficients(pure_state({label: 1.0}))
    assert (c.r_e, c.r_d) == (pytest.approx(r_e), pytest.approx(r_d))
    assert c.lam == 0 and c.eps == 0


def test_table1_symmetric_and_singlet_pairs():
    S = table1_coefficients(pure_state({"eg": 1.0, "ge": 1.0}))  # superradiant: doubled rates
    A = table1_coefficients(pure_state({"eg": 1.0, "ge": -1.0}))  # dark: no exchange at all
    assert (S.r_e, S.r_d) == (pytest.approx(2.0), pytest.approx(2.0))
    assert (A.r_e, A.r_d) == (pytest.approx(0.0, abs=1e-15), pytest.approx(0.0, abs=1e-15))
    plus = table1_coefficients(pure_state({"ee": 1.0, "gg": 1.0}))
    assert plus.eps == pytest.approx(0.5) and plus.lam == 0


def test_interaction_generator_matches_appendix_b():
    S = interaction_generator()
    # Eq. (B4): blocks <pair i| S |pair j> are qubit operators; check two of them
    blocks = S.reshape(2, 4, 2, 4)
    assert np.allclose(blocks[:, 0, :, 1], SIGMA_MINUS)  # (1,2) block = sigma_0^-
    assert np.allclose(blocks[:, 3, :, 1], SIGMA_PLUS)  # (4,2) block = sigma_0^+
    U = collision_unitary(0.05)
    assert np.allclose(U @ U.conj().T, np.eye(8))
    approx = np.eye(8) - 1j * 0.05 * S - 0.5 * 0.05**2 * S @ S  # Eq. (B2)
    assert np.abs(U - approx).max() < 0.05**3


@pytest.mark.parametrize("rep", range(4))
def test_eq11_generator_equals_bruteforce_expansion(rep):
    a = random_density(rng, 4)
    A1, A2 = second_order_terms_bruteforce(a)
    for gt in (0.3, -0.7):
        assert np.allclose(eq11_generator(a, p=1.0, g_tau=gt), gt * A1 + gt**2 * A2, atol=1e-13)
    # third-order remainder of the exact map
    r = [
        np.abs(exact_collision_map(a, h) - np.eye(4) - h * A1 - h**2 * A2).max()
        for h in (1e-2, 5e-3)
    ]
    assert r[0] / r[1] == pytest.approx(8.0, rel=0.05)


def test_eq29_generator_matches_qutip_and_eq30_is_its_steady_state():
    a = thermal_pair_state(2.0)
    c = table1_coefficients(a)
    assert abs(c.lam) < 1e-12 and abs(c.eps) < 1e-12
    p, gt = 0.7, 0.2
    mu = p * gt**2
    ref = qutip.liouvillian(
        qutip.qzero(2),
        [
            np.sqrt(mu * c.r_e) * qutip.Qobj(SIGMA_PLUS),
            np.sqrt(mu * c.r_d) * qutip.Qobj(SIGMA_MINUS),
        ],
    ).full()
    G = eq11_generator(a, p=p, g_tau=gt)
    assert np.allclose(G, ref, atol=1e-14)
    assert np.allclose(
        G @ eq30_steady_state(r_e=c.r_e, r_d=c.r_d).reshape(-1, order="F"), 0, atol=1e-14
    )


@pytest.mark.parametrize("nbar", [0.05, 1.0, 10.0])
def test_thermal_pairs_give_bath_temperature(nbar):
    a = thermal_pair_state(nbar)
    c = table1_coefficients(a)
    assert c.r_e / c.r_d == pytest.approx(nbar / (nbar + 1), rel=1e-12)
    assert effective_temperature(r_e=c.r_e, r_d=c.r_d) == pytest.approx(
        1 / np.log1p(1 / nbar), rel=1e-12
    )
    # the coherence is exactly the N = 2 long-time value (first term of Eq. 5)
    q = nbar * (nbar + 1)
    assert pair_c_l1(a) == pytest.approx(q / (3 * q + 1), rel=1e-12)
    # removing the coherence at equal populations makes the qubit colder
    cd = table1_coefficients(dephase_pair(a))
    assert effective_temperature(r_e=cd.r_e, r_d=cd.r_d) < effective_temperature(
        r_e=c.r_e, r_d=c.r_d
    )


def test_effective_temperature_forms():
    assert effective_temperature(r_e=1.0, r_d=np.e) == pytest.approx(1.0)
    assert effective_temperature(r_e=2.0, r_d=1.0) < 0  # inversion
    assert effective_temperature_as_printed(r_e=1.0, r_d=np.e) == pytest.approx(
        1.0
    )  # coincide only here
    assert effective_temperature_as_printed(r_e=1.0, r_d=np.e**2) == pytest.approx(2.0)
    assert effective_temperature(r_e=1.0, r_d=np.e**2) == pytest.approx(0.5)


def test_exact_jump_probabilities_for_superradiant_pair():
    # qubit |g> meets |S>: the |g,S> <-> |e,gg> exchange has coupling sqrt2 g
    a = pure_state({"eg": 1.0, "ge": 1.0})
    up, down = jump_probabilities(a, 0.3)
    assert up == pytest.approx(np.sin(np.sqrt(2) * 0.3) ** 2, rel=1e-12)
    assert down == pytest.approx(np.sin(np.sqrt(2) * 0.3) ** 2, rel=1e-12)


def test_simulation_matches_exact_poisson_average():
    a = thermal_pair_state(3.0)
    gt, p = 0.2, 2.0
    times = np.array([0.0, 5.0, 20.0, 80.0])
    mean, se = simulate_repeated_interactions(a, g_tau=gt, p=p, times=times, n_traj=6000, seed=11)
    up, down = jump_probabilities(a, gt)
    pi = up / (up + down)
    exact = pi * (1 - np.exp(-p * times * (up + down)))  # sum_K Pois(K) (1-up-down)^K
    assert mean[0] == 0 and se[0] == 0
    assert np.all(np.abs(mean[1:] - exact[1:]) <= 4 * se[1:])
    # and the second-order master equation is within O((g tau)^2) of it
    me = me_excited_population(a, p=p, g_tau=gt, times=times)
    assert np.abs(me - exact).max() < 0.05 * gt**2 * 10


def test_simulation_is_reproducible_and_rejects_coherent_drive():
    a = thermal_pair_state(1.0)
    t = np.linspace(0, 10, 3)
    m1, _ = simulate_repeated_interactions(a, g_tau=0.1, p=1.0, times=t, n_traj=500, seed=5)
    m2, _ = simulate_repeated_interactions(a, g_tau=0.1, p=1.0, times=t, n_traj=500, seed=5)
    assert np.array_equal(m1, m2)
    with pytest.raises(ValueError):
        simulate_repeated_interactions(
            pure_state({"ee": 1.0, "eg": 1.0}), g_tau=0.1, p=1.0, times=t, n_traj=10, seed=1
        )
