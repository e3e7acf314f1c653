"""When the dipolar coupling is visible (Cakmak et al. Sec. III B vs Sec. V): the eigen-expansion
against step-by-step propagation, the claims, and negative controls."""

import numpy as np
import pytest
import yaml

from qthermo.papers.cakmak import dipolar_regime as dr
from qthermo.papers.cakmak.dipolar_regime_claims import evaluate_claims, plot_dipolar_regime
from qthermo.papers.cakmak.grids import PAPER_F0, dipolar_time_grid, f0_grid
from qthermo.papers.cakmak.model import fig3_initial_state, n2_c_l1_curve
from qthermo.papers.cakmak.schemas import schemas
from qthermo.plumbing.paths import repo_root

CK = yaml.safe_load((repo_root() / "config/config.yaml").read_text())["cakmak"]
CFG = {**CK["dipolar_regime"], "fig3_nbar": CK["fig3"]["nbar"], "gamma0": CK["gamma0"]}
SMALL = {**CFG, "nbar_values": [3.0, 10.0, 30.0], "per_decade": 2, "f0_max": 300.0}


@pytest.fixture(scope="module")
def table():
    return dr.deviation_table(SMALL, 1.0)


@pytest.mark.parametrize("state", ["a", "b"])
@pytest.mark.parametrize(("nbar", "f0"), [(10.0, 0.0), (10.0, 1.0), (1.0, 100.0), (30.0, 5.0)])
def test_eigen_expansion_matches_stepping(state, nbar, f0):
    t = np.linspace(0.0, 0.5, 801)
    ref, _ = n2_c_l1_curve(fig3_initial_state(state), t, nbar=nbar, f0=f0, gamma0=1.0)
    got = dr.c_l1_series(fig3_initial_state(state), t, nbar=nbar, f0=f0, parts=dr.n2_parts(1.0))
    assert np.max(np.abs(got - ref)) < 1e-12


def test_grid_holds_the_paper_couplings_and_resolves_oscillations():
    g = f0_grid({**CFG, "per_decade": 3})
    assert all(np.isclose(g, f).any() for f in PAPER_F0)
    t = dipolar_time_grid(1.0, 1000.0, CFG, 1.0)
    assert (t[1] - t[0]) * 1000.0 <= np.pi / CFG["points_per_period"] + 1e-15


def test_table_schema_and_claims_pass(table):
    schemas({**CK, "dipolar_regime": SMALL})["dipolar_regime"].validate(table)
    for c in evaluate_claims(table, SMALL, []):
        assert c.status == "pass", (c.id, c.measured)


def test_deviation_vanishes_at_small_coupling_and_grows_monotonically(table):
    for _, g in table.groupby(["state", "nbar"]):
        d = g.sort_values("f0_over_gamma0").D.to_numpy()
        f = g.sort_values("f0_over_gamma0").f0_over_gamma0.to_numpy()
        # weak coupling: second order in f0 (D ~ f0^2), then monotonic growth
        assert d[1] / d[0] == pytest.approx((f[1] / f[0]) ** 2, rel=0.05)
        assert np.all(np.diff(d) > -1e-12)


def test_onset_interpolation():
    import pandas as pd

    df = pd.DataFrame({"state": "a", "nbar": 1.0, "f0_over_gamma0": [1.0, 10.0], "D": [0.01, 0.04]})
    f = dr.onsets(df, 0.02).f0_star_over_gamma0.iloc[0]
    assert f == pytest.approx(10**0.5)


# -- negative controls ---------------------------------------------------------------------


def test_control_visible_weak_coupling_fails(table):
    bad = table.copy()
    pick = np.isclose(bad.nbar, 10.0) & np.isclose(bad.f0_over_gamma0, 1.0) & (bad.state == "a")
    bad.loc[pick, "D"] = 0.05
    ids = {c.id: c.status for c in evaluate_claims(bad, SMALL, [])}
    assert ids["ck.fig3.f0_gamma0_invisible"] == "fail"


def test_control_onset_set_by_gamma0_alone_fails(table):
    """If D did not depend on nbar (onset at f0 ~ gamma0, Sec. III B's wording), the scaling
    claim must fail."""
    bad = table.copy()
    first = bad[np.isclose(bad.nbar, 3.0)].set_index(["state", "f0_over_gamma0"]).D
    bad["D"] = [first[(s, f)] for s, f in zip(bad.state, bad.f0_over_gamma0, strict=True)]
    ids = {c.id: c.status for c in evaluate_claims(bad, SMALL, [])}
    assert ids["ck.fig3.onset_nbar_gamma0"] == "fail"


def test_plot_draws(table):
    fig = plot_dipolar_regime(table, SMALL)
    assert len(fig.axes) == 2


@pytest.mark.parametrize(("nbar", "f0"), [(10.0, 100.0), (1.0, 31.6), (3.0, 1000.0)])
def test_refined_maximum_matches_a_brute_force_fine_grid(nbar, f0):
    rho0, parts = fig3_initial_state("a"), dr.n2_parts(1.0)
    t = dipolar_time_grid(nbar, f0, CFG, 1.0)
    d, _ = dr._max_deviation(rho0, t, nbar, f0, parts, CFG["refine"])
    fine = dipolar_time_grid(nbar, f0, {**CFG, "points_per_period": 2000}, 1.0)
    brute = np.abs(
        dr.c_l1_series(rho0, fine, nbar=nbar, f0=f0, parts=parts)
        - dr.c_l1_series(rho0, fine, nbar=nbar, f0=0.0, parts=parts)
    ).max()
    assert d >= brute * (1 - 1e-7) and d == pytest.approx(brute, rel=1e-6)
