"""Result 3 engine (qthermo.papers.tajima_funo.carnot_cycle): exact reduction vs full 2N space, closed forms."""

from __future__ import annotations

import numpy as np
import pytest

from qthermo.core.cycles import carnot_efficiency, limit_cycle_state, run_cycle
from qthermo.core.tradeoff import a_cl, a_qm
from qthermo.papers.tajima_funo.carnot_cycle import (
    embed,
    full_a_cl,
    full_a_qm,
    full_cycle,
    full_model,
    protocol,
    reduced_cycle,
    reduced_start,
)
from qthermo.papers.tajima_funo.fig2 import full_check, sweep
from qthermo.papers.tajima_funo.grids import log_n_values

CFG = dict(
    beta_h=1.0,
    beta_c=2.0,
    x_h=2.0,
    delta0=1.0,
    tau0=0.5,
    gamma0=1.0,
    N_max=128,
    n_points=8,
    fit_N_min=16,
    full_check_N_max=2,
    full_check_N_max_incoherent=2,
    points_per_stroke=31,
    null_tol=1e-8,
    slope_atol=0.1,
    reduction_rtol=1e-8,
)


@pytest.mark.parametrize("N", [1, 3, 10, 100])
def test_protocol_efficiency_gap_is_delta_over_n(N):
    p = protocol(N, beta_h=1.0, beta_c=2.0, x_h=2.0, delta0=1.0, tau0=0.5, gamma0=1.0)
    gap = carnot_efficiency(p.beta_h, p.beta_c) - p.eta_otto
    assert gap == pytest.approx((1.0 / N) / (p.beta_c * p.omega_h), rel=1e-12)
    assert p.tau_h == pytest.approx(0.5 / N**2)


def analytic_two_level_cycle(p, rate_factor):
    """Populations at the start/end of the hot stroke of a two-level Otto limit cycle."""
    pH = 1 / (1 + np.exp(p.beta_h * p.omega_h))
    pC = 1 / (1 + np.exp(p.beta_c * p.omega_c))
    kH = rate_factor * p.gamma0 * (1 + np.exp(-p.beta_h * p.omega_h))
    kC = rate_factor * p.gamma0 * (1 + np.exp(-p.beta_c * p.omega_c))
    a, b = np.exp(-kH * p.tau_h), np.exp(-kC * p.tau_c)
    p0 = (pC * (1 - b) + b * pH * (1 - a)) / (1 - a * b)
    return p0, pH + (p0 - pH) * a


@pytest.mark.parametrize(
    "medium,factor", [("collective", lambda N: N**2), ("incoherent", lambda N: N)]
)
@pytest.mark.parametrize("N", [1, 4, 64])
def test_reduced_cycle_matches_analytic_rates(medium, factor, N):
    p = protocol(N, beta_h=1.0, beta_c=2.0, x_h=2.0, delta0=1.0, tau0=0.5, gamma0=1.0)
    cyc = reduced_cycle(p, medium)
    fp = limit_cycle_state(cyc, reduced_start(p))
    p0, p1 = analytic_two_level_cycle(p, factor(N))
    res = run_cycle(cyc, fp.rho, 11)
    assert fp.rho[1, 1].real == pytest.approx(p0, rel=1e-10)
    assert res.work == pytest.approx((p.omega_h - p.omega_c) * (p1 - p0), rel=1e-8)


@pytest.mark.parametrize("medium", ["collective", "incoherent"])
@pytest.mark.parametrize("N", [2, 3])
def test_reduced_equals_full_small_n(medium, N):
    p = protocol(N, beta_h=1.0, beta_c=2.0, x_h=2.0, delta0=1.0, tau0=0.5, gamma0=1.0)
    red = reduced_cycle(p, medium)
    fp_r = limit_cycle_state(red, reduced_start(p))
    full = full_cycle(p, medium)
    fp_f = limit_cycle_state(full, embed(reduced_start(p), N, medium))
    assert np.allclose(embed(fp_r.rho, N, medium), fp_f.rho, atol=1e-12)
    rr, rf = run_cycle(red, fp_r.rho, 21), run_cycle(full, fp_f.rho, 21)
    assert rr.work == pytest.approx(rf.work, rel=1e-9)
    assert rr.heat_hot == pytest.approx(rf.heat_hot, rel=1e-9)


@pytest.mark.parametrize("medium", ["collective", "incoherent"])
@pytest.mark.parametrize("N", [1, 2, 5])
def test_closed_form_a_cl_a_qm_against_tradeoff_module(medium, N):
    rng = np.random.default_rng(N)
    pe = rng.uniform(0.05, 0.5)
    r = np.diag([1 - pe, pe]).astype(complex)
    if medium == "collective":
        r[0, 1] = r[1, 0] = 0.1 * np.sqrt(pe * (1 - pe))  # g+/e+ coherence is dropped by rho_bd
    m = full_model(N, omega=1.7, beta=0.8, gamma0=1.1, medium=medium)
    rho = embed(r, N, medium)
    assert a_cl(m, rho) == pytest.approx(
        full_a_cl(N, 1 - pe, pe, omega=1.7, beta=0.8, gamma0=1.1), rel=1e-12
    )
    assert a_qm(m, rho) == pytest.approx(
        full_a_qm(N, 1 - pe, pe, omega=1.7, beta=0.8, gamma0=1.1, medium=medium),
        rel=1e-12,
        abs=1e-12,
    )


def test_sweep_and_full_check_small():
    df = sweep(CFG)
    assert sorted(set(df.N)) == log_n_values(CFG)
    q = df[df.medium == "collective"]
    assert np.allclose(q.gap, (CFG["delta0"] / q.N) / (CFG["beta_c"] * q.omega_h), rtol=1e-8)
    cl = df[df.medium == "incoherent"]
    assert (cl.ratio <= cl.classical_bound).all()
    chk = full_check(CFG)
    assert np.allclose(chk.work_reduced, chk.work_full, rtol=1e-9)


@pytest.mark.slow
@pytest.mark.parametrize("N", [8, 16])
def test_collective_reduction_against_full_space_large(N):
    """Brute force: full 2N-dimensional Liouvillian (dimension 4N^2) up to N = 16."""
    p = protocol(N, beta_h=1.0, beta_c=2.0, x_h=2.0, delta0=1.0, tau0=0.5, gamma0=1.0)
    fp_r = limit_cycle_state(reduced_cycle(p, "collective"), reduced_start(p))
    full = full_cycle(p, "collective")
    fp_f = limit_cycle_state(full, embed(reduced_start(p), N, "collective"))
    assert np.allclose(embed(fp_r.rho, N, "collective"), fp_f.rho, atol=1e-11)
    assert fp_f.closure < 1e-10
