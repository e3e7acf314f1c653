"""Heat budget of the m = L transient (claim kytm.transient.heat_budget): Dicke space against
the 2^L space and the closed form, the superradiant comparison, and negative controls."""

import numpy as np
import pytest
import yaml

from qthermo.core.dicke import full_m_body_operator
from qthermo.core.superop import liouvillian, propagator, unvec, vec
from qthermo.papers.kamimura import transient_heat as th
from qthermo.papers.kamimura.schemas import transient_schemas
from qthermo.papers.kamimura.transient_claims import heat_budget_claim, plot_transient
from qthermo.plumbing.paths import repo_root

KY = yaml.safe_load((repo_root() / "config/config.yaml").read_text())["kamimura"]
SMALL = {**KY, "transient": {**KY["transient"], "L_max": 9, "n_s": 41}}
C = {**SMALL["scaling"], **SMALL["transient"]}


@pytest.fixture(scope="module")
def tables():
    return th.transient_tables(C)


def test_dicke_transient_matches_full_space():
    """L = 5: the 2^L-dimensional m = L dynamics from |11111> gives the same E(t)."""
    L, sc = 5, KY["scaling"]
    n_exc = np.array([bin(i).count("1") for i in range(2**L)])
    H = np.diag(sc["omega_q"] * (n_exc - L / 2)).astype(complex)
    A = full_m_body_operator(L, L, sc["g"]).toarray()
    sup = liouvillian(H, [(A, sc["gamma_wn"] / sc["g"] ** 2)])
    psi = (n_exc == L).astype(complex)
    s_grid = np.linspace(0, 2, 5)
    rows, e_inf = th.m_eq_L_rows(L, C, s_grid)
    for r in rows:
        t = r["s"] / (sc["gamma_wn"] * L**2)
        rho = unvec(propagator(sup, t) @ vec(np.outer(psi, psi)), 2**L)
        assert np.real(np.trace(H @ rho)) == pytest.approx(r["E"], rel=1e-10, abs=1e-12)
    assert abs(e_inf) < 1e-10


def test_claim_passes_and_tables_match_schemas(tables):
    curves, budget = tables
    sch = transient_schemas(SMALL)
    sch["curves"].validate(curves)
    sch["budget"].validate(budget)
    c = heat_budget_claim(curves, budget, SMALL, [])
    assert c.status == "pass", c.measured
    sr = budget[budget.model == "superradiance"]
    assert np.all(sr.Q_total <= sr.Q_total_closed) and np.all(sr.Q_total > 0.9 * sr.Q_total_closed)


def test_superradiant_t90_against_closed_form_two_atoms():
    """L = 1: a single atom decays at gamma_0, 90 % emitted at ln(10)/gamma_0."""
    _, t90 = th._superradiant_t90(1, {**C, "burst_n_grid": 20001})
    assert t90 == pytest.approx(np.log(10) / KY["scaling"]["gamma_0"], rel=1e-6)


# -- negative controls ---------------------------------------------------------------------


def test_control_ground_state_ending_fails(tables):
    """If the transient ended in the ground state (Q = L omega), the budget claim must fail."""
    curves, budget = tables
    bad = budget.copy()
    bad.loc[bad.model == "m=L", "Q_total"] *= 2
    assert heat_budget_claim(curves, bad, SMALL, []).status == "fail"


def test_control_duration_scaling_as_superradiance_fails(tables):
    curves, budget = tables
    bad = budget.copy()
    mL = bad.model == "m=L"
    bad.loc[mL, "t_90"] = bad.loc[mL, "t_90"] * bad.loc[mL, "L"]  # a 1/L duration
    assert heat_budget_claim(curves, bad, SMALL, []).status == "fail"


def test_control_wrong_decay_rate_fails(tables):
    curves, budget = tables
    bad = curves.copy()
    bad["E_closed"] = bad.E.iloc[0] * 0 + (bad.L * C["omega_q"] / 2) * np.exp(-bad.s)
    assert heat_budget_claim(bad, budget, SMALL, []).status == "fail"


def test_plot_draws(tables):
    assert len(plot_transient(*tables, SMALL).axes) == 2
