"""Heat currents and entropy production against analytic results and brute force."""

import numpy as np
import pytest
import scipy.linalg as sla

from qthermo.core.model import Bath, Jump, Model
from qthermo.core.states import random_density
from qthermo.core.superop import bath_dissipator, lindblad_rhs
from qthermo.core.thermo import (
    ThermodynamicsError,
    cd_ratio,
    entropy_production,
    heat_current,
    heat_currents,
    total_heat_current,
)
from qthermo.papers.tajima_funo.two_n_state import (
    eq7_entropy_production,
    rho_plus,
    two_n_state_model,
)

SM = np.array([[0, 1], [0, 0]], dtype=complex)


def qubit_model(beta=1.0, omega=1.0, gamma=1.0, rate_beta=None, check=True):
    rb = beta if rate_beta is None else rate_beta
    jumps = (
        Jump(SM, omega, gamma, "down"),
        Jump(SM.T.copy(), -omega, gamma * np.exp(-rb * omega), "up"),
    )
    return Model([0.0, omega], [("g", 0), ("e", 0)], [Bath("b", beta, jumps)], check=check)


def random_consistent_model(rng, dim=4, n_baths=2):
    """Random non-degenerate H with detailed-balance jumps between all level pairs, per bath."""
    energies = np.sort(rng.uniform(0, 2, dim))
    baths = []
    for a in range(n_baths):
        beta = rng.uniform(0.3, 3)
        jumps = []
        for i in range(dim):
            for k in range(i + 1, dim):
                w = energies[k] - energies[i]
                L = np.zeros((dim, dim), complex)
                L[i, k] = 1.0
                g = rng.uniform(0.1, 2)
                jumps += [
                    Jump(L, w, g, f"{i}<-{k}"),
                    Jump(L.T.copy(), -w, g * np.exp(-beta * w), f"{k}<-{i}"),
                ]
        baths.append(Bath(f"bath{a}", beta, tuple(jumps)))
    return Model(energies, [(f"E{i}", 0) for i in range(dim)], baths)


def vn_entropy(r):
    p = np.linalg.eigvalsh(r)
    p = p[p > 1e-300]
    return float(-np.sum(p * np.log(p)))


@pytest.mark.parametrize("pe", [0.05, 0.3, 0.7])
def test_qubit_heat_current_and_entropy_production_analytic(pe):
    beta, omega, gamma = 1.3, 0.8, 0.6
    m = qubit_model(beta, omega, gamma)
    rho = np.diag([1 - pe, pe]).astype(complex)
    up, down = gamma * np.exp(-beta * omega), gamma
    flux = up * (1 - pe) - down * pe
    assert heat_current(m, rho, m.baths[0]) == pytest.approx(omega * flux, rel=1e-13)
    assert entropy_production(m, rho) == pytest.approx(
        flux * np.log(up * (1 - pe) / (down * pe)), rel=1e-12
    )


def test_gibbs_state_has_no_current_and_no_entropy_production():
    rng = np.random.default_rng(7)
    m = random_consistent_model(rng, dim=5, n_baths=1)
    pi = m.gibbs_state(m.baths[0].beta)
    assert abs(heat_current(m, pi, m.baths[0])) < 1e-14
    assert abs(entropy_production(m, pi)) < 1e-13


def test_spohn_form_equals_definition_by_finite_differences():
    """sigma = dS/dt - sum_a beta_a J_a, with dS/dt from the von Neumann entropy along the flow."""
    rng = np.random.default_rng(11)
    for _ in range(10):
        m = random_consistent_model(rng, dim=4, n_baths=2)
        r = random_density(rng, 4)
        drho = lindblad_rhs(m, r)
        h = 1e-6
        dS = (vn_entropy(r + h * drho) - vn_entropy(r - h * drho)) / (2 * h)
        direct = dS - sum(b.beta * heat_current(m, r, b) for b in m.baths)
        assert entropy_production(m, r) == pytest.approx(direct, rel=1e-6, abs=1e-9)


def test_spohn_form_equals_logm_formula_for_full_rank_states():
    rng = np.random.default_rng(3)
    for _ in range(20):
        m = random_consistent_model(rng, dim=3, n_baths=2)
        r = random_density(rng, 3)
        logr = sla.logm(r)
        brute = 0.0
        for b in m.baths:
            D = bath_dissipator(r, b.jumps)
            brute += -np.trace(D @ (logr + b.beta * m.H)).real
        assert entropy_production(m, r) == pytest.approx(brute, rel=1e-9, abs=1e-12)


def test_per_bath_spohn_terms_are_nonnegative_and_sum_to_total():
    rng = np.random.default_rng(5)
    for _ in range(50):
        m = random_consistent_model(rng, dim=4, n_baths=3)
        r = random_density(rng, 4, rank=int(rng.integers(1, 5)))
        br = entropy_production(m, r, detail=True)
        assert not np.isnan(br.total)
        if np.isfinite(br.total):
            assert all(x > -1e-12 for x in br.per_bath)
            assert br.total == pytest.approx(sum(br.per_bath))


def test_breakdown_currents_are_heat_currents_bit_for_bit():
    """The currents that come with the entropy production (one dissipator per bath) are those
    of heat_currents exactly, for complex and real states and for a chosen subset of baths:
    callers take J from the breakdown instead of evaluating every dissipator twice."""
    rng = np.random.default_rng(11)
    for dim in (2, 4, 6):
        m = random_consistent_model(rng, dim=dim, n_baths=3)
        for rank in range(1, dim + 1):
            r = random_density(rng, dim, rank=rank)
            for rho in (r, np.diag(np.real(np.diag(r)))):
                for baths in (None, m.baths[1:]):
                    br = entropy_production(m, rho, baths, detail=True)
                    want = heat_currents(m, rho, baths)
                    assert br.currents == tuple(want.tolist())
                    assert np.array_equal(np.array(br.currents), want)


@pytest.mark.parametrize("N", [1, 2, 5, 16])
def test_rank_deficient_plus_state_is_exact(N):
    m = two_n_state_model(N, omega0=1.0, beta=0.9, gamma0=1.1)
    r = rho_plus(N, omega0=1.0, beta=0.9)
    assert np.linalg.matrix_rank(r) == 2 or N == 1
    assert entropy_production(m, r) == pytest.approx(
        eq7_entropy_production(N, omega0=1.0, beta=0.9, gamma0=1.1), rel=1e-11
    )


def test_rank_deficient_limit_from_full_rank_states():
    """sigma((1-eps) rho^+ + eps 1/d) -> sigma(rho^+) as eps -> 0 (exact rank-deficient value)."""
    N = 4
    m = two_n_state_model(N, omega0=1.0, beta=1.0, gamma0=1.0)
    r = rho_plus(N)
    exact = entropy_production(m, r)
    errs = []
    for eps in (1e-4, 1e-6, 1e-8):
        r_eps = (1 - eps) * r + eps * np.eye(2 * N) / (2 * N)
        errs.append(abs(entropy_production(m, r_eps) - exact))
    assert errs[2] < errs[1] < errs[0] < 1e-2


@pytest.mark.parametrize("state", [np.diag([0.0, 1.0]), np.diag([1.0, 0.0])])
def test_leaving_the_support_gives_explicit_infinity(state):
    m = qubit_model(1.0, 1.0, 1.0)
    s = entropy_production(m, state.astype(complex))
    assert s == float("inf")


def test_cold_gibbs_state_with_tiny_populations_has_zero_entropy_production():
    """At beta*omega = 16 the top populations are ~1e-7 and ~1e-14: genuine, not kernel.

    Every bath's D[pi] vanishes up to round-off (~1e-17), so a kernel test relative to
    ||D[pi]|| would call that round-off a leak and report +inf (regression).
    """
    energies = np.array([0.0, 2.0, 4.0])
    beta = 8.0
    dim = len(energies)
    jumps = []
    for i in range(dim):
        for k in range(i + 1, dim):
            L = np.zeros((dim, dim), complex)
            L[i, k] = 1.0
            w = energies[k] - energies[i]
            jumps += [Jump(L, w, 1.0, f"{i}<-{k}"), Jump(L.T.copy(), -w, np.exp(-beta * w))]
    m = Model(energies, [(f"E{i}", 0) for i in range(dim)], [Bath("b", beta, tuple(jumps))])
    pi = np.diag(np.exp(-beta * energies) / np.sum(np.exp(-beta * energies))).astype(complex)
    assert pi[2, 2].real == pytest.approx(1.27e-14, rel=1e-2)
    ep = entropy_production(m, pi, detail=True)
    assert ep.total == 0.0 or 0.0 < ep.total < 1e-15
    # Forcing a coarse kernel (support_tol above the 1e-14 population) is the user's explicit
    # idealisation; round-off in D[pi] is still not a leak, so sigma stays finite.
    assert entropy_production(m, pi, support_tol=1e-12) < 1e-15


def test_tiny_genuine_leak_out_of_a_pure_state_is_still_infinite():
    """|g><g| in a bath with n ~ e^-30 ~ 1e-13: the flow into |e> is real, sigma = +inf."""
    m = qubit_model(beta=30.0, omega=1.0, gamma=1.0)
    assert entropy_production(m, np.diag([1.0, 0.0]).astype(complex)) == float("inf")


def test_leak_below_round_off_is_not_a_leak_and_sigma_stays_non_negative():
    """n ~ e^-40 ~ 4e-18 is below the round-off floor of D: reported as the zero it is."""
    m = qubit_model(beta=40.0, omega=1.0, gamma=1.0)
    ep = entropy_production(m, np.diag([1.0, 0.0]).astype(complex), detail=True)
    assert ep.total == 0.0
    assert 0.0 < ep.kernel_leak < 1e-16


def test_inconsistent_model_negative_entropy_production_raises_unless_allowed():
    # rates thermalise to beta'=3 while the bath is declared at beta=1: not a consistent model
    m = qubit_model(beta=1.0, omega=1.0, gamma=1.0, rate_beta=3.0, check=False)
    values = []
    for pe in np.linspace(0.01, 0.5, 50):
        rho = np.diag([1 - pe, pe]).astype(complex)
        values.append(entropy_production(m, rho, check_nonnegative=False))
    assert min(values) < -1e-3
    pe = float(np.linspace(0.01, 0.5, 50)[int(np.argmin(values))])
    with pytest.raises(ThermodynamicsError, match="negative entropy production"):
        entropy_production(m, np.diag([1 - pe, pe]).astype(complex))


def test_non_positive_state_rejected():
    m = qubit_model()
    with pytest.raises(ThermodynamicsError, match="not positive"):
        entropy_production(m, np.diag([1.2, -0.2]).astype(complex))


def test_total_heat_current_sums_moduli():
    rng = np.random.default_rng(2)
    m = random_consistent_model(rng, dim=3, n_baths=2)
    r = random_density(rng, 3)
    Js = heat_currents(m, r)
    assert total_heat_current(m, r) == pytest.approx(np.abs(Js).sum())


def test_cd_ratio_edge_cases():
    assert cd_ratio(0.0, 0.0) == 0.0
    assert cd_ratio(1.0, 0.0) == float("inf")
    assert cd_ratio(2.0, 0.5) == 8.0


def test_round_off_negative_at_equilibrium_is_reported_as_zero():
    """Two qubits at one temperature with a resonant exchange channel (found by hypothesis
    in tests/test_diosi.py: sigma came out -6.5e-35)."""
    from qthermo.papers.diosi import model as d

    m = d.incoherent_model(
        omega_A=1.0,
        omega_B=1.0,
        beta_A=2.0,
        beta_B=2.0,
        gamma_A=2.0,
        gamma_B=2.0,
        eps=2.0,
        noise_beta=1.0,
    )
    sigma = entropy_production(m, d.stationary_state(m))
    assert sigma >= 0.0 and sigma < 1e-12
