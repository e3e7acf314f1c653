"""Kamimura steady-state tables and claims: schemas, claims on the real tables, negative controls.

The physics of the constructions (closed forms, brute force in the 2^L space, detailed balance,
the Eq. 21 remark and its non-Bohr counterexample) is tested in test_kamimura_steady_state.py;
here every claim of the ledger is evaluated on real tables, where it passes, and on deliberately
wrong ones, where it must fail.
"""

from __future__ import annotations

import copy

import numpy as np
import pandas as pd
import pytest
import yaml

from qthermo.papers.kamimura import steady_state_claims as ssc
from qthermo.papers.kamimura.schemas import steady_state_schemas
from qthermo.papers.kamimura.steady_state_plot import plot_steady_state
from qthermo.papers.kamimura.steady_state_tables import STEADY_KINDS, grid, steady_state_tables
from qthermo.plumbing.constraints import check_constraints
from qthermo.plumbing.paths import repo_root

ROOT = repo_root(__file__)
FULL = yaml.safe_load((ROOT / "config/config.yaml").read_text())
C = copy.deepcopy(FULL["kamimura"]["steady_state"])
C.update(L_max=301, fit_L_min=31, fit_L_max=301, eq21_L_max=3)


@pytest.fixture(scope="module")
def tables():
    t = steady_state_tables(C)
    for name, schema in steady_state_schemas(C).items():
        schema.validate(t[name])
    return t


def by_id(tables, c=C):
    return {cl.id: cl for cl in ssc.evaluate_claims(tables, c, [])}


def test_claims_pass_on_real_tables(tables):
    claims = by_id(tables)
    assert all(cl.status == "pass" for cl in claims.values()), {
        k: cl.measured for k, cl in claims.items() if cl.status != "pass"
    }
    assert claims["kytm.steady_state.L3"].by_construction
    assert claims["kytm.eq21.commuting"].by_construction
    assert claims["kytm.engine.L3_power"].measured["power_exponent_parallel"] == pytest.approx(1)


def test_tables_cover_the_grid(tables):
    ss = tables["steady_state"]
    assert sorted(set(ss.model)) == sorted(STEADY_KINDS)
    assert sorted(set(ss.L)) == grid(C)
    np.testing.assert_allclose(tables["eq21"].J_h_full, tables["eq21"].J_h_dicke, rtol=1e-10)


# ------------------------------------------------------------------ negative controls
def test_negative_L3_fails_with_wrong_power(tables):
    ss = tables["steady_state"].copy()
    ss.loc[ss.model == "parity", "J_h"] *= ss.loc[ss.model == "parity", "L"] ** 0.1
    cl = ssc.claim_L3(ss, C, [])
    assert cl.status == "fail" and cl.measured["exponent"] > 3.05


def test_negative_bound1_fails_with_bound_scaled_down(tables):
    ss = tables["steady_state"].assign(bound1_h=0.1 * tables["steady_state"].bound1_h)
    cl = ssc.claim_bound1(ss, tables["engine"], C, [])
    assert cl.status == "fail" and cl.measured["max_ratio"] > 1


def test_negative_second_law_fails(tables):
    ss = tables["steady_state"]
    reversed_ = ss.assign(sigma=-ss.sigma)  # heat flowing from cold to hot
    assert ssc.claim_second_law(reversed_, tables["engine"], C, []).status == "fail"
    leaky = ss.assign(J_c=0.99 * -ss.J_h)  # energy not conserved
    assert ssc.claim_second_law(leaky, tables["engine"], C, []).status == "fail"


def test_negative_fixed_temperature_fails_when_scaled(tables):
    ss = tables["steady_state"].copy()
    # feed the scaled-temperature rows as if they were the fixed-temperature control
    scaled = ss[ss.model == "parity"].assign(model="parity_fixed_T")
    bad = pd.concat([ss[ss.model != "parity_fixed_T"], scaled], ignore_index=True)
    cl = ssc.claim_fixed_temperature(bad, C, [])
    assert cl.status == "fail" and cl.measured["local_exponent_at_L_max"] > 2.9


def test_negative_ladder_fails_with_superradiant_power(tables):
    ss = tables["steady_state"].copy()
    sel = ss.model == "collective"
    ss.loc[sel, "J_h"] *= ss.loc[sel, "L"]  # Theta(L^2), as in the transient of Eq. (17)
    assert ssc.claim_ladder(ss, C, []).status == "fail"


def test_negative_engine_fails_with_parallel_power(tables):
    eng = tables["engine"].copy()
    par = eng[eng.model == "parallel"]
    eng.loc[eng.model == "parity", "P"] = par.P.to_numpy()
    assert ssc.claim_engine(eng, C, []).status == "fail"


def test_negative_eq21_fails_with_a_commutator(tables):
    eq21 = tables["eq21"].assign(commutator_max=1e-3)
    assert ssc.claim_eq21(eq21, C, []).status == "fail"
    off = tables["eq21"].assign(J_h_full=1.01 * tables["eq21"].J_h_full)
    assert ssc.claim_eq21(off, C, []).status == "fail"


def test_cross_parameter_constraints():
    bad = copy.deepcopy(FULL)
    bad["kamimura"]["steady_state"].update(x_h=3.0, omega_c=2.0, fit_L_min=5000)
    msgs = "\n".join(check_constraints(bad))
    assert "kamimura.steady_state.x_h" in msgs
    assert "kamimura.steady_state.omega_c" in msgs
    assert "kamimura.steady_state" in msgs and "fit_L_min" in msgs


def test_plot(tables):
    fig = plot_steady_state(tables, C)
    assert len(fig.axes) == 3
