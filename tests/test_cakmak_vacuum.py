"""Two atoms at nbar = 0 (claims ck.concl.nbar_zero_*): the dark singlet keeps its coherence.
Krylov kernel projection against direct long-time propagation, and negative controls."""

import numpy as np
import pytest
import scipy.linalg as sla
import yaml

from qthermo.core.coherence import l1_coherence
from qthermo.core.superop import unvec, vec
from qthermo.papers.cakmak import vacuum
from qthermo.papers.cakmak.model import cakmak_liouvillian, close_atom_couplings
from qthermo.plumbing.paths import repo_root

CK = yaml.safe_load((repo_root() / "config/config.yaml").read_text())["cakmak"]


@pytest.fixture(scope="module")
def table():
    return vacuum.vacuum_table(CK)


@pytest.mark.parametrize("state", vacuum.VACUUM_STATES)
def test_long_time_state_matches_direct_propagation(table, state):
    f, g = close_atom_couplings(2, gamma0=1.0, f0=1.0)
    sup = cakmak_liouvillian(f, g, 0.0).toarray()
    rho = unvec(sla.expm(sup * 60.0) @ vec(vacuum._state(state)), 4)
    row = table[(table.state == state) & np.isclose(table.f0_over_gamma0, 1.0)].iloc[0]
    assert l1_coherence(rho) == pytest.approx(row.c_l1_long_time, abs=1e-12)
    assert row.c_l1_long_time == pytest.approx(row.c_l1_long_time_closed_form, abs=1e-12)


def test_singlet_weights_of_the_fig3_states(table):
    w = table.groupby("state").singlet_weight.first()
    assert w["a"] == pytest.approx(0.5) and w["b"] == pytest.approx((2 - np.sqrt(3)) / 4)
    assert w["triplet"] == pytest.approx(0.0, abs=1e-15)


def test_claims_record_the_finding(table):
    assert vacuum.no_generation_claim(table, []).status == "pass"
    c = vacuum.no_survival_claim(table, [])
    assert c.status == "fail" == c.expected_outcome
    assert c.measured["long_time_c_l1"]["a"] == pytest.approx(0.5, abs=1e-10)


# -- negative controls ---------------------------------------------------------------------


def test_control_only_triplet_coherence_would_pass(table):
    """The survival check is not a constant failure: without singlet weight it passes."""
    ok = vacuum.no_survival_claim(table[table.state.isin(["triplet", "gg"])], [])
    assert ok.status == "pass"


def test_control_generated_coherence_fails(table):
    bad = table.copy()
    bad.loc[bad.state == "gg", "c_l1_long_time"] = 1e-3
    assert vacuum.no_generation_claim(bad, []).status == "fail"
