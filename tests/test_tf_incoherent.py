"""A_cl = O(N) for every state of the 2N-state model, and the Omega(N) cost of an O(N)
incoherent current (claim tf.result2.incoherent_cost), with negative controls."""

import numpy as np
import pytest
import yaml

from qthermo.core.coherence import strictly_diagonal
from qthermo.core.states import random_density
from qthermo.core.tradeoff import a_cl, evaluate_tradeoff
from qthermo.papers.tajima_funo import schemas
from qthermo.papers.tajima_funo.grids import powers_of_two
from qthermo.papers.tajima_funo.incoherent_activity import (
    activity_closed_form,
    current_closed_form,
    incoherent_table,
)
from qthermo.papers.tajima_funo.incoherent_activity_claims import incoherent_cost_claim
from qthermo.papers.tajima_funo.two_n_state import two_n_state_model
from qthermo.plumbing.paths import repo_root

CFG = {
    **yaml.safe_load((repo_root() / "config/config.yaml").read_text())["tajima_funo"]["incoherent"],
    "omega0": 1.0,
    "beta": 1.0,
    "gamma0": 1.0,
    "hbar": 1.0,
}
SMALL = {**CFG, "N_max": 16, "n_random": 4, "fit_N_min": 4}
ARGS = dict(omega0=1.3, beta=0.7, gamma0=0.4, hbar=1.0)


@pytest.fixture(scope="module")
def table():
    return incoherent_table(SMALL)


def test_grid_powers_of_two_and_n_max():
    assert powers_of_two(64) == [1, 2, 4, 8, 16, 32, 64]
    assert powers_of_two(12) == [1, 2, 4, 8, 12]


@pytest.mark.parametrize("N", [1, 3, 6])
def test_activity_closed_form_on_coherent_states(N):
    """A_cl depends on the populations only: the closed form holds for coherent states too."""
    model = two_n_state_model(N, **ARGS)
    rng = np.random.default_rng(N)
    for _ in range(3):
        rho = random_density(rng, 2 * N)
        P_e = float(np.real(np.trace(rho[N:, N:])))
        assert a_cl(model, rho) == pytest.approx(activity_closed_form(P_e, N, **ARGS), rel=1e-12)


@pytest.mark.parametrize("N", [2, 5])
def test_current_closed_form_of_diagonal_states_full_space(N):
    model = two_n_state_model(N, **ARGS)
    p = np.random.default_rng(3).dirichlet(np.ones(2 * N))
    tp = evaluate_tradeoff(model, np.diag(p).astype(complex))
    assert tp.J_tot == pytest.approx(current_closed_form(p[N:].sum(), N, **ARGS), rel=1e-12)
    # Ineq. (3) on a state where it is not an identity: strictly below the bound
    assert tp.cd < tp.A_cl / 2


def test_maximum_over_all_states_is_attained_on_an_excited_basis_state():
    N = 4
    model = two_n_state_model(N, **ARGS)
    e1 = np.zeros((2 * N, 2 * N), complex)
    e1[N, N] = 1.0
    a_max = activity_closed_form(1.0, N, **ARGS)
    assert a_cl(model, e1) == pytest.approx(a_max, rel=1e-14)
    rng = np.random.default_rng(0)
    assert all(a_cl(model, random_density(rng, 2 * N)) <= a_max for _ in range(20))


def test_table_matches_its_schema_and_claim_passes(table):
    schemas.incoherent(SMALL).validate(table)
    c = incoherent_cost_claim(table, SMALL, [])
    assert c.status == "pass", c.measured
    assert c.measured["min_sigma_over_ineq3_floor"] >= 1.0
    assert abs(c.measured["uniform_family_exponents"]["sigma"] - 1.0) < 1e-9


def test_table_is_reproducible():
    a, b = incoherent_table(SMALL), incoherent_table(SMALL)
    assert a.equals(b)


# -- negative controls: the same check fed a wrong input must fail ---------------------------


def test_control_superlinear_activity_fails(table):
    bad = table.copy()
    bad["A_cl"] = bad.A_cl * bad.N  # an A_cl = O(N^2) model
    assert incoherent_cost_claim(bad, SMALL, []).status == "fail"


def test_control_entropy_below_the_ineq3_floor_fails(table):
    bad = table.copy()
    i = bad.index[bad.kind == "random"][0]
    bad.loc[i, "sigma"] = 0.9 * bad.loc[i, "sigma_floor"]
    c = incoherent_cost_claim(bad, SMALL, [])
    assert c.status == "fail" and c.margin.value < 1.0


def test_control_dissipationless_incoherent_family_fails(table):
    bad = table.copy()
    fam = bad.kind == "uniform"
    bad.loc[fam, "sigma"] = bad.loc[fam & (bad.N == 1), "sigma"].iloc[0]  # sigma = O(1)
    bad.loc[fam, "sigma_floor"] = 0.0
    assert incoherent_cost_claim(bad, SMALL, []).status == "fail"


def test_control_wrong_prefactor_of_the_maximum_fails(table):
    bad = table.copy()
    bad["A_cl_max_closed_form"] = 0.5 * bad.A_cl_max_closed_form
    assert incoherent_cost_claim(bad, SMALL, []).status == "fail"


def test_dephasing_leaves_activity_unchanged():
    N = 3
    model = two_n_state_model(N, **ARGS)
    rho = random_density(np.random.default_rng(9), 2 * N)
    assert a_cl(model, rho) == pytest.approx(a_cl(model, strictly_diagonal(rho)), rel=1e-14)
