"""The l1 norm against the relative entropy of coherence (claims ck.coherence.*): the closed
form against the 2^N space and scipy's matrix logarithm, the asymptotics, negative controls."""

import numpy as np
import pytest
import yaml
from scipy.linalg import logm

from qthermo.papers.cakmak import coherence_measures as cm
from qthermo.papers.cakmak.coherence_measures_claims import (
    evaluate_claims,
    log_slopes,
    plot_coherence_measures,
)
from qthermo.papers.cakmak.model import excitation_numbers
from qthermo.papers.cakmak.symmetric import log_steady_populations, long_time_c_l1_closed_form
from qthermo.plumbing.paths import repo_root

CK = yaml.safe_load((repo_root() / "config/config.yaml").read_text())["cakmak"]
C = {**CK["coherence_measures"], "N_dense_max": 10, "N_max": 20000, "fit_N_min": 10000,
     "full_N_max": 6, "nbar_values": [1.0, 10.0], "fig4_nbar": 10.0, "gamma0": 1.0}  # fmt: skip


@pytest.fixture(scope="module")
def tables():
    return cm.scaling_table(C), cm.full_space_table(C)


def test_relative_entropy_against_matrix_logarithm():
    """S(Delta rho) - S(rho) against -Tr rho ln rho by scipy's logm, on a random full-rank state."""
    rng = np.random.default_rng(7)
    a = rng.normal(size=(6, 6)) + 1j * rng.normal(size=(6, 6))
    rho = a @ a.conj().T
    rho /= np.trace(rho).real
    d = np.diag(np.diag(rho))
    ref = np.trace(rho @ (logm(rho) - logm(d))).real  # relative entropy S(rho || Delta rho)
    assert cm.relative_entropy_of_coherence(rho) == pytest.approx(ref, abs=1e-12)


def test_incoherent_and_maximally_coherent_states():
    assert cm.relative_entropy_of_coherence(np.diag([0.5, 0.3, 0.2])) == pytest.approx(0.0)
    plus = np.full((8, 8), 1 / 8)
    assert cm.relative_entropy_of_coherence(plus) == pytest.approx(np.log(8.0), abs=1e-12)


def test_dicke_state_has_log_binomial_coherence():
    """A single Dicke state |D_k> built directly in the 2^N basis: C_re = ln C(N, k)."""
    N, k = 6, 2
    psi = (excitation_numbers(N) == k).astype(float)
    psi /= np.linalg.norm(psi)
    assert cm.relative_entropy_of_coherence(np.outer(psi, psi)) == pytest.approx(np.log(15.0))


def test_closed_forms_match_the_product_space(tables):
    _, full = tables
    assert np.max(np.abs(full.c_re_full - full.c_re_closed_form)) < 1e-12
    np.testing.assert_allclose(full.c_l1_full, full.c_l1_closed_form, rtol=1e-12)


def test_c_l1_column_matches_the_closed_form_of_symmetric(tables):
    scaling, _ = tables
    for row in scaling.itertuples():
        assert row.log10_c_l1_plus_one == pytest.approx(
            long_time_c_l1_closed_form(row.N, row.nbar)[1], rel=1e-10
        )


def test_mean_excitation_tends_to_nbar(tables):
    scaling, _ = tables
    big = scaling[scaling.N == scaling.N.max()]
    np.testing.assert_allclose(big.mean_k, big.nbar, rtol=1e-9)


def test_c_re_bounded_by_its_maximum(tables):
    scaling, _ = tables
    assert ((scaling.c_re_over_max > 0) & (scaling.c_re_over_max < 1)).all()


def test_claims_pass(tables):
    assert [c.status for c in evaluate_claims(*tables, C, [])] == ["pass"] * 3


def test_asymptotic_slope_converges_as_nbar_over_N():
    """The slope's deviation from nbar falls roughly as 1/fit_N_min (the O(nbar/N) correction)."""
    c = {**C, "nbar_values": [10.0], "N_max": 100000}
    table = cm.scaling_table(c)
    dev = [abs(log_slopes(table[table.N <= 10 * n], n)[10.0] / 10.0 - 1.0) for n in (1000, 10000)]
    assert 5 < dev[0] / dev[1] < 20  # one decade window each: ~10x


# -- negative controls ---------------------------------------------------------------------


def test_control_wrong_base_of_the_closed_form_fails(tables):
    scaling, full = tables
    bad = full.copy()
    bad["c_re_closed_form"] = bad.c_re_closed_form / np.log(2.0)  # bits instead of nats
    assert evaluate_claims(scaling, bad, C, [])[0].status == "fail"


def test_control_sublinear_growth_fails(tables):
    scaling, full = tables
    bad = scaling.copy()
    bad["c_re"] = np.sqrt(bad.N.astype(float))
    assert evaluate_claims(bad, full, C, [])[1].status == "fail"


def test_control_exponential_measure_fails_the_logarithmic_claim(tables):
    """Fed ln(C_l1 + 1), which grows linearly in N, the slope against ln N is far from nbar."""
    scaling, full = tables
    bad = scaling.copy()
    bad["c_re"] = bad.log10_c_l1_plus_one * np.log(10.0)
    assert evaluate_claims(bad, full, C, [])[2].status == "fail"


def test_control_geometric_populations_are_needed():
    """Uniform Dicke populations (the nbar -> infinity limit) give C_re growing like N, not ln N."""
    N = 2000
    lp = np.full(N + 1, -np.log(N + 1.0))
    assert cm.dicke_diagonal_c_re(lp, N) > 0.45 * N  # N/2 - O(ln N)
    assert cm.dicke_diagonal_c_re(log_steady_populations(N, gamma0=1.0, nbar=10.0), N) < 0.05 * N


def test_plot_draws(tables):
    assert len(plot_coherence_measures(tables[0], C).axes) == 2
