"""Symmetric-subspace and log-space methods (qthermo.papers.cakmak.symmetric) against the full space,
the closed form and analytic limits."""

from math import comb

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qthermo.core.coherence import l1_coherence
from qthermo.core.superop import evolve
from qthermo.papers.cakmak.fig4 import cubic_fit
from qthermo.papers.cakmak.kernel import kernel_projection_krylov
from qthermo.papers.cakmak.model import (
    binom_row,
    cakmak_liouvillian,
    close_atom_couplings,
    collective_lowering,
    eq5_long_time,
    excitation_numbers,
    ground_state,
)
from qthermo.papers.cakmak.symmetric import (
    dicke_c_l1,
    dicke_jplus,
    dicke_to_computational,
    log_binomial,
    log_steady_populations,
    long_time_c_l1_closed_form,
    long_time_c_l1_log,
    population_rate_matrix,
    saturation_value,
    steady_populations_dense,
    symmetric_ground_state,
    symmetric_liouvillian,
    symmetric_steady_state,
)

rng = np.random.default_rng(96)


def dicke_vectors(N):
    """Columns: Dicke states |D_k> in the computational basis (brute force)."""
    k = excitation_numbers(N)
    D = np.zeros((2**N, N + 1))
    for kk in range(N + 1):
        D[k == kk, kk] = 1 / np.sqrt(comb(N, kk))
    return D


@pytest.mark.parametrize("N", [2, 3, 4])
def test_dicke_jplus_is_restriction_of_full_jplus(N):
    D = dicke_vectors(N)
    Jp = collective_lowering(N).toarray().T
    assert np.allclose(D.T @ Jp @ D, dicke_jplus(N))
    assert np.allclose(Jp @ D, D @ dicke_jplus(N))  # the symmetric subspace is invariant


@pytest.mark.parametrize("N", [2, 3, 4, 5])
def test_dicke_c_l1_matches_embedded_state(N):
    a = rng.normal(size=(N + 1, N + 1)) + 1j * rng.normal(size=(N + 1, N + 1))
    rho = a @ a.conj().T
    rho /= np.trace(rho)
    full = dicke_to_computational(rho, N)
    D = dicke_vectors(N)
    assert np.allclose(full, D @ rho @ D.T)
    assert dicke_c_l1(rho, N) == pytest.approx(l1_coherence(full), rel=1e-12)


@pytest.mark.parametrize("N", [2, 3])
def test_symmetric_dynamics_equals_full_space_dynamics(N):
    nbar, f0 = 2.0, 3.0
    f, g = close_atom_couplings(N, gamma0=1.0, f0=f0)
    times = np.linspace(0, 1.0, 6)
    full = evolve(ground_state(N), cakmak_liouvillian(f, g, nbar).toarray(), times)
    sym = evolve(
        symmetric_ground_state(N), symmetric_liouvillian(N, gamma0=1.0, nbar=nbar, f0=f0), times
    )
    for rf, rs in zip(full, sym, strict=True):
        assert np.allclose(rf, dicke_to_computational(rs, N), atol=1e-12)
        assert dicke_c_l1(rs, N) == pytest.approx(l1_coherence(rf), abs=1e-12)


@pytest.mark.parametrize("N", [2, 3, 4, 5, 6])
def test_symmetric_steady_state_matches_full_space_projection(N):
    f, g = close_atom_couplings(N, gamma0=1.0, f0=1.0)
    kp = kernel_projection_krylov(cakmak_liouvillian(f, g, 10.0), ground_state(N))
    rs = symmetric_steady_state(N, gamma0=1.0, nbar=10.0, f0=1.0)
    assert np.allclose(kp.rho, dicke_to_computational(rs, N), atol=1e-11)


def test_closed_form_analytic_values():
    # N = 2: first term of Eq. (5)
    for n in (0.1, 1.0, 7.0):
        assert long_time_c_l1_closed_form(2, n)[0] == pytest.approx(eq5_long_time(n), rel=1e-13)
    # nbar -> 0: no coherence; nbar -> infinity: 2^N/(N+1) - 1
    assert long_time_c_l1_closed_form(5, 0.0)[0] == 0.0
    assert long_time_c_l1_closed_form(6, 1e7)[0] == pytest.approx(saturation_value(6), rel=1e-5)
    assert saturation_value(3) == 1.0
    # N = 3, nbar = 1: x = 1/2, sum_k x^k C(3,k) / sum_k x^k - 1 = (27/8)/(15/8) - 1 = 4/5
    assert long_time_c_l1_closed_form(3, 1.0)[0] == pytest.approx(0.8, rel=1e-14)


def test_log_binomial_and_populations():
    assert np.allclose(np.exp(log_binomial(10)), [comb(10, k) for k in range(11)], rtol=1e-12)
    lp = log_steady_populations(4, gamma0=1.0, nbar=1.0)
    assert np.allclose(np.exp(lp), 0.5 ** np.arange(5) / (31 / 16))
    W = population_rate_matrix(6, gamma0=1.0, nbar=2.0)
    assert np.allclose(W.sum(axis=0), 0)  # probability conserving
    assert np.allclose(W @ steady_populations_dense(6, gamma0=1.0, nbar=2.0), 0, atol=1e-12)
    assert np.allclose(
        steady_populations_dense(6, gamma0=1.0, nbar=2.0),
        np.exp(log_steady_populations(6, gamma0=1.0, nbar=2.0)),
    )


@settings(max_examples=40, deadline=None)
@given(N=st.integers(2, 400), nbar=st.floats(0.01, 1e3))
def test_log_space_method_matches_closed_form(N, nbar):
    c_log, l10_log = long_time_c_l1_log(N, gamma0=1.0, nbar=nbar)
    c_cf, l10_cf = long_time_c_l1_closed_form(N, nbar)
    assert l10_log == pytest.approx(l10_cf, rel=1e-12)
    assert c_log == pytest.approx(c_cf, rel=1e-10)


@pytest.mark.parametrize("nbar", [0.01, 1.0, 10.0, 1000.0])
def test_n1000_finite_and_accurate(nbar):
    c_log, l10 = long_time_c_l1_log(1000, gamma0=1.0, nbar=nbar)
    c_cf, _ = long_time_c_l1_closed_form(1000, nbar)
    assert np.isfinite(l10) and l10 > 0
    if np.isfinite(c_cf):
        assert c_log == pytest.approx(c_cf, rel=1e-8)


def test_symmetric_c_l1_is_independent_of_f0_and_binomial_weights_are_exact():
    for f0 in (0.0, 1.0, 100.0):
        rs = symmetric_steady_state(4, gamma0=1.0, nbar=3.0, f0=f0)
        assert dicke_c_l1(rs, 4) == pytest.approx(long_time_c_l1_closed_form(4, 3.0)[0], rel=1e-10)
    assert binom_row(60)[30] == float(comb(60, 30))


def test_cubic_fit_recovers_exact_cubic():
    N = np.arange(2, 8)
    coef, r2 = cubic_fit(N, 0.5 * N**3 - N + 2)
    assert np.allclose(coef, [0.5, 0, -1, 2], atol=1e-9) and r2 == pytest.approx(1.0)
