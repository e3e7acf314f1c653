"""Rise and settling of the coherence from |g...g> (claims ck.iv.*): ladder chain against the
full space, the claims, and negative controls."""

import numpy as np
import pytest
import yaml

from qthermo.papers.cakmak import settling as st
from qthermo.papers.cakmak.settling_claims import evaluate_claims, plot_settling
from qthermo.plumbing.paths import repo_root

CK = yaml.safe_load((repo_root() / "config/config.yaml").read_text())["cakmak"]
C = {**CK["settling"], "N_max": 4, "n_times": 201, "full_N": [2, 3], "nbar": 10.0, "gamma0": 1.0}


@pytest.fixture(scope="module")
def tables():
    return st.ladder_table(C, C["nbar"], 1.0), st.full_f0_table(C, C["nbar"], 1.0)


def test_ladder_matches_full_space(tables):
    ladder, full = tables
    for N in C["full_N"]:
        a = ladder[ladder.N == N].c_l1.to_numpy()
        for _, g in full[full.N == N].groupby("f0_over_gamma0"):
            assert np.max(np.abs(g.c_l1.to_numpy() - a)) < 1e-12


def test_claims(tables):
    mono, f0 = evaluate_claims(*tables, C, [])
    assert mono.status == "pass" and f0.status == "fail" == f0.expected_outcome


def test_settling_time_of_two_atoms_from_eq5(tables):
    """N = 2: Eq. (5) closed form C(t) = A (1 - e^{-a t} ...) reaches 90 % at the tabulated time."""
    from qthermo.papers.cakmak.model import eq5_c_l1

    t = np.linspace(0, C["t_max"], 20001)
    c = eq5_c_l1(t, nbar=C["nbar"], gamma0=1.0)
    lt = tables[0][tables[0].N == 2].c_l1_long_time.iloc[0]
    t90 = t[np.argmax(c >= 0.9 * lt)]
    got = st.settling_times(tables[0], 0.9).set_index("N").t_settle[2]
    assert got == pytest.approx(t90, abs=2 * C["t_max"] / (C["n_times"] - 1))


# -- negative controls ---------------------------------------------------------------------


def test_control_non_monotone_rise_fails(tables):
    ladder, full = tables
    bad = ladder.copy()
    i = bad.index[(bad.N == 3)][50]
    bad.loc[i, "c_l1"] *= 1.5  # a bump, then a drop
    assert evaluate_claims(bad, full, C, [])[0].status == "fail"


def test_control_f0_dependent_trajectory_passes_the_statement(tables):
    """The converse: were the trajectory f0-dependent, the paper's statement would pass."""
    ladder, full = tables
    bad = full.copy()
    bad.loc[bad.f0_over_gamma0 == 100.0, "c_l1"] *= 1.01
    assert evaluate_claims(ladder, bad, C, [])[1].status == "pass"


def test_plot_draws(tables):
    assert len(plot_settling(*tables, C).axes) == 2
