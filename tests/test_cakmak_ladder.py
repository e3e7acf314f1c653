"""The Dicke-ladder chain (qthermo.papers.cakmak.ladder) against brute force: the full 2^N space,
the dense symmetric Liouvillian, 50-digit decimal exponentials and the long-time closed form."""

from math import comb

import numpy as np
import pytest
import scipy.linalg as sla
from decimal_expm import expm_apply

from qthermo.core.coherence import l1_coherence
from qthermo.core.superop import evolve
from qthermo.papers.cakmak.ladder import (
    c_l1_from_populations,
    ladder_c_l1,
    ladder_populations,
    nonnegative_expm,
)
from qthermo.papers.cakmak.model import cakmak_liouvillian, close_atom_couplings, ground_state
from qthermo.papers.cakmak.symmetric import (
    dicke_c_l1,
    long_time_c_l1_closed_form,
    long_time_c_l1_log,
    population_rate_matrix,
    symmetric_ground_state,
    symmetric_liouvillian,
)


def mp_c_l1(N: int, t: float, nbar: float) -> float:
    """Reference: C_l1(t) from a 50-digit exponential of the ladder generator (decimal_expm)."""
    W = population_rate_matrix(N, gamma0=1.0, nbar=nbar)
    p = expm_apply(W.tolist(), t, [1.0] + [0.0] * N)
    return float(sum(p[k] * (comb(N, k) - 1) for k in range(N + 1)))


@pytest.mark.parametrize("N", [3, 20, pytest.param(40, marks=pytest.mark.slow)])
@pytest.mark.parametrize("nbar", [0.05, 1.0, 10.0])
def test_ladder_c_l1_matches_50_digit_reference(N, nbar):
    times = np.linspace(0.0, 1.5, 16)
    c, l10 = ladder_c_l1(N, times, gamma0=1.0, nbar=nbar)
    assert c[0] == 0.0
    for i in (1, 3, 15):
        assert c[i] == pytest.approx(mp_c_l1(N, times[i], nbar), rel=1e-12)
    assert np.allclose(l10[1:], np.log10(c[1:]), rtol=1e-13)


def test_early_times_keep_relative_accuracy():
    # C_l1 ~ 1e-5: a normwise method would return round-off times C(30, 15) ~ 1e8 here
    times = np.linspace(0.0, 1e-9, 3)
    c, _ = ladder_c_l1(30, times, gamma0=1.0, nbar=10.0)
    assert c[2] == pytest.approx(mp_c_l1(30, 1e-9, 10.0), rel=1e-12)
    assert 0 < c[2] < 1e-3


@pytest.mark.parametrize("N", [2, 3])
def test_ladder_equals_full_space_dynamics(N):
    f, g = close_atom_couplings(N, gamma0=1.0, f0=2.0)
    times = np.linspace(0.0, 1.0, 6)
    full = evolve(ground_state(N), cakmak_liouvillian(f, g, 3.0).toarray(), times)
    c, _ = ladder_c_l1(N, times, gamma0=1.0, nbar=3.0)
    assert np.allclose(c, [l1_coherence(r) for r in full], atol=1e-12, rtol=1e-11)


@pytest.mark.parametrize("N", [4, 7])
def test_ladder_equals_dense_symmetric_liouvillian(N):
    times = np.linspace(0.0, 0.8, 9)
    sup = symmetric_liouvillian(N, gamma0=1.0, nbar=2.0, f0=1.5)
    sym = evolve(symmetric_ground_state(N), sup, times)
    p = ladder_populations(N, times, gamma0=1.0, nbar=2.0)
    for rs, pk in zip(sym, p, strict=True):
        assert np.allclose(np.diag(rs).real, pk, atol=1e-12)
        assert np.abs(rs - np.diag(np.diag(rs))).max() < 1e-12  # stays Dicke-diagonal
    c, _ = ladder_c_l1(N, times, gamma0=1.0, nbar=2.0)
    assert np.allclose(c, [dicke_c_l1(r, N) for r in sym], rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize(("N", "t_end"), [(10, 2000.0), (80, 20.0), (300, 20.0)])
def test_long_time_limit_is_the_closed_form(N, t_end):
    # the slowest rate of the chain grows with N: N = 10 relaxes only by gamma0 t ~ 10^3
    times = np.linspace(0.0, t_end, 41)
    _, l10 = ladder_c_l1(N, times, gamma0=1.0, nbar=10.0)
    l10_plus_one = long_time_c_l1_closed_form(N, 10.0)[1]  # log10(C_l1 + 1)
    expected = l10_plus_one + np.log10(-np.expm1(-l10_plus_one * np.log(10.0)))
    assert l10[-1] == pytest.approx(expected, rel=1e-10)


def test_n10000_long_time_log_space_agrees_with_closed_form():
    _, l_log = long_time_c_l1_log(10_000, gamma0=1.0, nbar=10.0)
    assert l_log == pytest.approx(long_time_c_l1_closed_form(10_000, 10.0)[1], rel=1e-10)


def test_nonnegative_expm_matches_scipy_on_random_metzler():
    rng = np.random.default_rng(3)
    W = rng.random((12, 12))
    W -= np.diag(W.sum(axis=0))
    E = nonnegative_expm(W, 0.7)
    ref = sla.expm(W * 0.7)
    assert np.allclose(E / E[0, 0], ref / ref[0, 0], rtol=1e-12)


def test_bad_inputs_are_refused():
    with pytest.raises(ValueError, match="not Metzler"):
        nonnegative_expm(np.array([[-1.0, -0.5], [1.0, 0.5]]), 1.0)
    with pytest.raises(ValueError, match="uniform"):
        ladder_populations(4, np.array([0.0, 0.1, 0.3]), gamma0=1.0, nbar=1.0)
    with pytest.raises(ValueError, match="starting at 0"):
        ladder_populations(4, np.array([0.5, 1.0]), gamma0=1.0, nbar=1.0)
    c, l10 = c_l1_from_populations(np.eye(5)[0], 4)
    assert c[0] == 0.0 and l10[0] == -np.inf


@pytest.mark.parametrize("nbar", [0.01, 10.0, 1e4])
def test_c_l1_is_finite_up_to_the_schema_cap_of_n_log_max(nbar):
    # cakmak.beyond.N_log_max <= 1000 because the table holds C_l1 itself: finite there, and
    # beyond N ~ 1020 it leaves the double range (the log10 stays finite)
    assert np.isfinite(long_time_c_l1_closed_form(1000, nbar)[0])
    assert np.isfinite(long_time_c_l1_log(1000, gamma0=1.0, nbar=nbar)[0])
    c, l10 = long_time_c_l1_closed_form(1100, 1e4)
    assert np.isinf(c) and np.isfinite(l10)
