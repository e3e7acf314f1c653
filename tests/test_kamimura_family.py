"""The L - m = k family (Kamimura et al., text after Eq. 12): Dicke-space currents against
Eq. (12) and the full 2^L space, the claims kytm.family.*, and negative controls."""

import numpy as np
import pytest
import yaml

from qthermo.core.dicke import full_m_body_operator
from qthermo.papers.kamimura.family import family_L_values, family_table
from qthermo.papers.kamimura.family_claims import evaluate_claims, plot_family
from qthermo.papers.kamimura.models import eq12_heat_current, heat_current, m_body_model
from qthermo.papers.kamimura.schemas import family_schema
from qthermo.papers.kamimura.tables import eq12_table, scaling_table
from qthermo.plumbing.paths import repo_root

KY = yaml.safe_load((repo_root() / "config/config.yaml").read_text())["kamimura"]
SMALL = {**KY, "scaling": {**KY["scaling"], "L_max": 301, "eq12_all_m_L_max": 12},
         "claims": {**KY["claims"], "fit_L_max": 301}, "family": {**KY["family"], "panel_L": [12]}}  # fmt: skip


@pytest.fixture(scope="module")
def tables():
    fam = family_table(SMALL["scaling"], SMALL["family"])
    return fam, eq12_table(SMALL["scaling"])


def test_grid_leaves_m_positive():
    Ls = family_L_values(KY["scaling"], 4)
    assert min(Ls) > 4 and max(Ls) == KY["scaling"]["L_max"]


@pytest.mark.parametrize(("L", "k"), [(5, 3), (6, 4), (7, 4)])
def test_dicke_current_matches_full_space_and_eq12(L, k):
    """The Dicke-space J(0) of m = L - k against the 2^L-dimensional m-body operator."""
    sc = KY["scaling"]
    mod = m_body_model(L, L - k, g=sc["g"], omega_q=sc["omega_q"], gamma_wn=sc["gamma_wn"])
    A = full_m_body_operator(L, L - k, sc["g"]).toarray()
    n_exc = np.array([bin(i).count("1") for i in range(2**L)])  # |1> = excited
    H = sc["omega_q"] * np.diag(n_exc - L / 2)
    psi = np.zeros(2**L)
    psi[n_exc == L] = 1.0  # all excited
    kappa = sc["gamma_wn"] / sc["g"] ** 2
    # J = Tr[H D[rho]] with D = kappa (A rho A - {A^2, rho}/2), A Hermitian
    rho = np.outer(psi, psi)
    J = kappa * np.trace(H @ (A @ rho @ A - 0.5 * (A @ A @ rho + rho @ A @ A))).real
    assert heat_current(mod) == pytest.approx(J, rel=1e-12)
    assert J == pytest.approx(
        eq12_heat_current(L, L - k, gamma_wn=sc["gamma_wn"], omega_q=sc["omega_q"]), rel=1e-12
    )


def test_claims_pass_and_schema(tables):
    fam, eq12 = tables
    family_schema(SMALL).validate(fam)
    assert {c.id: c.status for c in evaluate_claims(fam, eq12, SMALL, [])} == {
        "kytm.family.exponents": "pass",
        "kytm.family.L_body": "pass",
    }


# -- negative controls ---------------------------------------------------------------------


def test_control_wrong_exponent_fails(tables):
    fam, eq12 = tables
    bad = fam.copy()
    bad.loc[bad.k == 4, "J0"] = bad.J0 * bad.L  # a k = 4 current that stays constant
    bad.loc[bad.k == 4, "J0_eq12"] = bad.J0
    assert evaluate_claims(bad, eq12, SMALL, [])[0].status == "fail"


def test_control_current_off_eq12_fails(tables):
    fam, eq12 = tables
    bad = fam.copy()
    bad.loc[bad.index[0], "J0"] *= 1.001
    assert evaluate_claims(bad, eq12, SMALL, [])[0].status == "fail"


def test_control_strong_runner_up_fails(tables):
    fam, eq12 = tables
    bad = eq12.copy()
    pick = (bad.L == 10) & (bad.m == 9)
    bad.loc[pick, "J0"] = -0.5 * float(eq12[(eq12.L == 10) & (eq12.m == 10)].J0.iloc[0])
    c = evaluate_claims(fam, bad, SMALL, [])[1]
    assert c.status == "fail" and c.margin.value > 1


def test_plot_draws(tables):
    fam, eq12 = tables
    fig = plot_family(scaling_table(SMALL["scaling"]), fam, eq12, SMALL)
    assert len(fig.axes) == 2
