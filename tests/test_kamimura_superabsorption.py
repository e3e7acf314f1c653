"""Superabsorption readings (claims kytm.superabsorption.*): the sign and the extensive Omega,
cross-checks against the 2^L space and the closed forms, and negative controls."""

import numpy as np
import pytest
import yaml

from qthermo.core.dicke import dicke_embedding, dicke_state
from qthermo.papers.kamimura import superabsorption as sa
from qthermo.papers.kamimura.superabsorption_claims import (
    evaluate_claims,
    extensive_claim,
    plot_superabsorption,
)
from qthermo.papers.kamimura.worst_case import full_space_channels, lindblad_heat_current
from qthermo.plumbing.paths import repo_root

KY = yaml.safe_load((repo_root() / "config/config.yaml").read_text())["kamimura"]
C = {**KY["scaling"], "L_max": 301, "fit_L_min": 60, "fit_L_max": 301,
     **{k: KY["claims"][k] for k in ("eq_rtol", "exponent_atol")}}  # fmt: skip


@pytest.fixture(scope="module")
def table():
    return sa.superabsorption_table(C)


def test_current_is_the_closed_form_in_every_reading(table):
    np.testing.assert_allclose(table.J0, table.J0_formula, rtol=1e-12)


@pytest.mark.parametrize("Omega", [0.3, -0.3, 0.3 / 5])
def test_dicke_current_matches_the_full_space_at_L5(Omega):
    """J(0) from |M = -1/2> in the 2^5 tensor-product space, for each sign and the Omega/L value."""
    L, c = 5, {**C, "Omega": Omega}
    energies, channels = full_space_channels("superabsorption", L, c)
    psi = dicke_embedding(L) @ dicke_state(L, -0.5)
    full = lindblad_heat_current(energies, channels, np.outer(psi, psi))
    from qthermo.papers.kamimura.models import heat_current, superabsorption_model

    mod = superabsorption_model(L, g=c["g"], omega_q=c["omega_q"], Omega=Omega,
                                gamma0=c["gamma_0"], beta=c["beta_sa"])  # fmt: skip
    assert heat_current(mod) == pytest.approx(full, rel=1e-12)


def test_bohr_gap_is_two_omega(table):
    np.testing.assert_allclose(table.bohr_gap, 2 * table.Omega.abs(), rtol=1e-9)


def test_first_step_algebra(table):
    np.testing.assert_allclose(table.first_step, C["omega_q"] + table.Omega * (1 - table.L))


def test_claims_pass(table):
    assert [c.status for c in evaluate_claims(table, C, [])] == ["pass"] * 3


# -- negative controls ---------------------------------------------------------------------


def test_control_fixed_omega_fails_the_extensive_claim(table):
    """A fixed Omega has ||H_S|| ~ L^2 and Delta E ~ L: the extensive claim must fail on it."""
    assert extensive_claim(table, C, [], reading="fixed+").status == "fail"


def test_control_sign_dependent_bound_fails(table):
    bad = table.copy()
    bad.loc[bad.reading == "fixed-", "bound2"] *= 1.01
    assert evaluate_claims(bad, C, [])[1].status == "fail"


def test_control_text_cost_fails_for_positive_omega(table):
    """Swap the readings: with Omega > 0 labelled as the text's sign, the first-step check fails."""
    bad = table.copy()
    bad["reading"] = bad.reading.replace({"fixed+": "fixed-", "fixed-": "fixed+"})
    assert evaluate_claims(bad, C, [])[0].status == "fail"


def test_plot_draws(table):
    assert len(plot_superabsorption(table, C).axes) == 2
