"""Even L (claims kytm.even_L.*): Dicke space against the closed forms and the 2^L space, the
claims, and negative controls."""

import numpy as np
import pytest
import yaml

from qthermo.papers.kamimura import even_L as ev
from qthermo.papers.kamimura.even_L_claims import evaluate_claims, plot_even_L
from qthermo.papers.kamimura.grids import even_log_grid
from qthermo.papers.kamimura.models import (
    burst_heat_current,
    eq17_heat_current,
    superradiance_model,
)
from qthermo.plumbing.paths import repo_root

KY = yaml.safe_load((repo_root() / "config/config.yaml").read_text())["kamimura"]
C = {**KY["scaling"], **KY["even_L"], "L_max": 200, "fit_L_min": 60, "fit_L_max": 200,
     "full_L_max": 6, **{k: KY["claims"][k] for k in ("eq_rtol", "exponent_atol", "bound_rtol")}}  # fmt: skip


@pytest.fixture(scope="module")
def table():
    return ev.even_L_table(C)


def test_grid_is_even_and_increasing():
    grid = even_log_grid(12, 1000, 10)
    assert all(L % 2 == 0 for L in grid) and grid == sorted(set(grid)) and grid[-1] == 1000


def test_burst_formula_reduces_to_eq17_at_half():
    for L in (3, 11, 101):
        assert burst_heat_current(L, 0.5, gamma0=1.3, omega_q=0.7) == pytest.approx(
            eq17_heat_current(L, gamma0=1.3, omega_q=0.7)
        )


def test_superradiance_default_still_needs_odd_L():
    with pytest.raises(ValueError, match="odd L"):
        superradiance_model(4, g=1.0, omega_q=1.0, gamma0=1.0)
    with pytest.raises(ValueError, match="no Dicke state"):
        superradiance_model(4, g=1.0, omega_q=1.0, gamma0=1.0, initial_M=0.5)


def test_full_space_agrees_with_dicke_space(table):
    full = table.dropna(subset=["J0_full"])
    assert set(full.L) == {4, 6}
    np.testing.assert_allclose(full.J0_full, full.J0, rtol=1e-12)


def test_claims_pass(table):
    assert [c.status for c in evaluate_claims(table, C, [])] == ["pass"] * 3


# -- negative controls ---------------------------------------------------------------------


def test_control_odd_formula_at_even_L_fails(table):
    """Eq. (17) applied at even L (the odd-L value (L+1)^2/4) is not the M = 0 current."""
    bad = table.copy()
    sr = bad.model == "superradiance"
    bad.loc[sr, "J0_formula"] = [eq17_heat_current(L, gamma0=1.0, omega_q=1.0) for L in bad.L[sr]]
    assert evaluate_claims(bad, C, [])[0].status == "fail"


def test_control_wrong_exponent_fails(table):
    bad = table.copy()
    m = bad.model == "m=L"
    bad.loc[m, "J0"] = bad.J0[m] / bad.L[m]  # an L^2 current where L^3 is claimed
    assert evaluate_claims(bad, C, [])[1].status == "fail"


def test_control_current_above_bound_fails(table):
    bad = table.copy()
    bad.loc[bad.model == "m=L", "J0"] *= 1.001  # m = L saturates the bounds: any excess shows
    assert evaluate_claims(bad, C, [])[2].status == "fail"


def test_plot_draws(table):
    assert len(plot_even_L(table, C).axes) == 2
