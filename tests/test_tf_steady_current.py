"""Tajima-Funo Result 2 in a steady state between two baths (our construction), and its claims.

* the reduced two-bath model is thermodynamically consistent: each bath obeys detailed balance,
  equal temperatures give the Gibbs state with J = 0 and sigma = 0, sigma >= 0 otherwise;
* the numerical steady state of the reduction equals the closed form at every N, and the full
  2N-dimensional steady state equals the reduction (brute force);
* the large-N constants follow from linear response (checked against the closed form at N = 10^6);
* negative controls: every claim fed a wrong input (a wrong prefactor, a dissipative model, a
  perturbed full-space table) fails.
"""

from __future__ import annotations

import numpy as np
import pytest
import yaml

from qthermo.core.thermo import entropy_production, heat_current
from qthermo.papers.tajima_funo import schemas
from qthermo.papers.tajima_funo import steady_current as sc
from qthermo.papers.tajima_funo.steady_current_claims import evaluate_claims
from qthermo.papers.tajima_funo.steady_current_plot import plot_steady_current
from qthermo.plumbing.paths import repo_root

ROOT = repo_root(__file__)
_TF = yaml.safe_load((ROOT / "config/config.yaml").read_text())["tajima_funo"]
CFG = {**_TF["steady_current"], "hbar": _TF["hbar"]}
SMALL = {
    **CFG,
    "N_max": 3000,
    "n_points": 12,
    "full_check_N_max": 4,
    "full_check_N_max_incoherent": 2,
}
ART = ["figures/tajima_funo_steady_current.png"]


@pytest.fixture(scope="module")
def tables():
    sweep, check = sc.steady_current_tables(SMALL)
    schemas.steady_current(SMALL).validate(sweep)
    schemas.steady_current_check(SMALL).validate(check)
    return sweep, check


def _status(claims) -> dict[str, str]:
    return {c.id: c.status for c in claims}


@pytest.mark.parametrize("medium", ["collective", "incoherent"])
@pytest.mark.parametrize("N", [1, 3, 50])
def test_each_bath_obeys_detailed_balance(N, medium):
    model = sc.two_bath_model(N, CFG, medium=medium, reduced=True)
    for bath in model.baths:
        down = [j for j in bath.jumps if j.omega > 0]
        up = [j for j in bath.jumps if j.omega < 0]
        assert len(down) == len(up) >= 1
        for d, u in zip(down, up, strict=True):
            ratio = u.rate / d.rate
            assert ratio == pytest.approx(np.exp(-bath.beta * CFG["hbar"] * d.omega), rel=1e-12)


@pytest.mark.parametrize("medium", ["collective", "incoherent"])
def test_equal_temperatures_give_gibbs_state_without_current(medium):
    c = {**CFG, "delta0": 1e-300}  # beta_c = beta_h to double precision
    model = sc.two_bath_model(7, c, medium=medium, reduced=True)
    rho = sc.reduced_steady_state(model)
    x = CFG["x_h"]
    assert np.real(rho[1, 1]) == pytest.approx(np.exp(-x) / (1 + np.exp(-x)), rel=1e-13)
    for bath in model.baths:
        assert abs(heat_current(model, rho, bath)) < 1e-13
    assert abs(entropy_production(model, rho)) < 1e-13


@pytest.mark.parametrize("x_h,delta0", [(0.1, 0.1), (1.0, 3.0), (5.0, 0.01)])
def test_entropy_production_is_positive_and_matches_spohn(x_h, delta0):
    c = {**CFG, "x_h": x_h, "delta0": delta0}
    for medium in ("collective", "incoherent"):
        for N in (1, 4, 30):
            row = sc.steady_row(N, c, medium)
            assert row["sigma"] > 0 and row["J_h"] > 0 > row["J_c"]
            assert row["sigma_spohn"] == pytest.approx(row["sigma"], rel=1e-9)
            assert abs(row["balance"]) < 1e-12


def test_reduction_equals_closed_form(tables):
    sweep, _ = tables
    np.testing.assert_allclose(sweep.J_h, sweep.J_h_closed_form, rtol=1e-10)
    np.testing.assert_allclose(sweep.sigma, sweep.sigma_closed_form, rtol=1e-10)


def test_full_space_equals_reduction(tables):
    _, check = tables
    assert check.max_rel_diff.max() < 1e-10
    assert (check.closure < 1e-10).all()
    coll = check[check.medium == "collective"]
    # the collective medium has dark sectors: its fixed-point space is degenerate, the bright
    # start selects one steady state; the incoherent medium's steady state is unique
    assert (coll[coll.N >= 2].multiplicity > 1).all()
    assert (check[check.medium == "incoherent"].multiplicity == 1).all()


def test_large_n_constants_are_the_linear_response_limit():
    lim = sc.asymptotic_constants(CFG)
    N = 10**6
    J, sigma = sc.closed_form(N, CFG, "collective")
    assert J / N == pytest.approx(lim["J_over_N_collective"], rel=1e-5)
    assert sigma == pytest.approx(lim["sigma_collective"], rel=1e-5)
    J_inc, _ = sc.closed_form(N, CFG, "incoherent")
    assert J_inc == pytest.approx(lim["J_incoherent"], rel=1e-5)


def test_all_claims_pass_on_the_construction(tables):
    sweep, check = tables
    assert set(_status(evaluate_claims(sweep, check, SMALL, ART)).values()) == {"pass"}


# ------------------------------------------------------------------ negative controls
def test_dissipative_current_fails_dissipationless(tables):
    """sigma ~ N (a fixed temperature difference would give it) must fail the O(1) claim."""
    sweep, check = tables
    bad = sweep.copy()
    bad["sigma"] = bad.sigma * bad.N
    st = _status(evaluate_claims(bad, check, SMALL, ART))
    assert st["tf.steady_state.dissipationless"] == "fail"


def test_wrong_prefactor_fails_asymptotic_constants(tables):
    sweep, check = tables
    wrong = {**SMALL, "x_h": SMALL["x_h"] * 1.01}  # constants of a different bath
    st = _status(evaluate_claims(sweep, check, wrong, ART))
    assert st["tf.steady_state.asymptotic_constants"] == "fail"
    bad = sweep.copy()
    bad["J_h_closed_form"] = bad.J_h_closed_form * (1 + 1e-6)
    st = _status(evaluate_claims(bad, check, SMALL, ART))
    assert st["tf.steady_state.asymptotic_constants"] == "fail"


def test_coherent_data_fail_the_incoherent_claim(tables):
    sweep, check = tables
    bad = sweep.copy()
    coll = bad.medium == "collective"
    bad.loc[coll, "medium"], bad.loc[~coll, "medium"] = "incoherent", "collective"
    st = _status(evaluate_claims(bad, check, SMALL, ART))
    assert st["tf.steady_state.incoherent_medium"] == "fail"


@pytest.mark.parametrize("medium,factor", [("collective", 2.0), ("incoherent", 1.0 + 1e-6)])
def test_bound_violation_fails_bounds(tables, medium, factor):
    sweep, check = tables
    bad = sweep.copy()
    sel = bad.medium == medium
    bound = (bad.A_cl + bad.A_qm) / 2 if medium == "collective" else bad.A_cl / 2
    bad.loc[sel, "cd_ratio"] = (bound * factor)[sel]
    st = _status(evaluate_claims(bad, check, SMALL, ART))
    assert st["tf.steady_state.bounds"] == "fail"


def test_perturbed_full_space_fails_reduction(tables):
    sweep, check = tables
    bad = check.copy()
    bad.loc[bad.index[0], "max_rel_diff"] = 1e-6
    st = _status(evaluate_claims(sweep, bad, SMALL, ART))
    assert st["tf.steady_state.reduction_exact"] == "fail"


def test_figure_draws(tables):
    fig = plot_steady_current(tables[0], SMALL)
    assert len(fig.axes) == 4
