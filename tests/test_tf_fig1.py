"""Tajima-Funo Fig. 1 analysis: sweep, claims (that can fail) and plot."""

import pandas as pd
import pytest

from qthermo.core.fitting import fit_exponent
from qthermo.papers.tajima_funo.fig1 import evaluate_claims, sweep
from qthermo.papers.tajima_funo.fig1_plot import plot_fig1
from qthermo.papers.tajima_funo.grids import n_values

CFG = {
    "omega0": 1.0,
    "beta": 1.0,
    "gamma0": 1.0,
    "N_max": 100,
    "full_N_max": 100,
    "n_points": 6,
    "fit_N_min": 30,
    "eq_rtol": 1e-9,
    "exponent_atol": 0.05,
}


@pytest.fixture(scope="module")
def table():
    return sweep(CFG)


def test_n_values_cover_small_and_large_N():
    ns = n_values(128, 10)
    assert ns[:10] == list(range(1, 11)) and ns[-1] == 128 and ns == sorted(set(ns))


def test_fit_exponent_recovers_power_law():
    assert fit_exponent([1, 10, 100], [3, 300, 30000]) == pytest.approx(2.0)


def test_claims_pass_on_exact_data(table):
    claims = {c.id: c for c in evaluate_claims(table, CFG, ["x.png"])}
    assert set(claims) == {
        "tf.eq6",
        "tf.eq7",
        "tf.fig1.dissipationless",
        "tf.fig1.decohered_classical",
        "tf.ineq2",
        "tf.ineq3",
        "tf.ineq4",
    }
    assert all(c.status == "pass" for c in claims.values()), {
        k: c.measured for k, c in claims.items()
    }


def test_claims_fail_when_data_are_wrong(table):
    bad = table.copy()
    bad.loc[bad.state == "rho_plus", "J_tot"] *= 1 + 1e-6
    bad.loc[bad.state == "rho_plus_sd", "cd_ratio"] *= 10
    claims = {c.id: c for c in evaluate_claims(bad, CFG, [])}
    assert claims["tf.eq6"].status == "fail"
    assert claims["tf.fig1.decohered_classical"].status == "fail"
    assert claims["tf.eq7"].status == "pass"


def test_decohered_state_current_is_order_one(table):
    sd = table[table.state == "rho_plus_sd"]
    assert fit_exponent(sd.N[sd.N >= 10], sd.J_tot[sd.N >= 10]) == pytest.approx(0.0, abs=0.05)


def test_plot_has_five_panels_with_current_and_dissipation_apart(table):
    fig = plot_fig1(table, CFG)
    assert len(fig.axes) == 5
    titles = [ax.get_title() for ax in fig.axes]
    assert any("heat current" in t for t in titles) and any("entropy" in t for t in titles)
    assert isinstance(table, pd.DataFrame)
