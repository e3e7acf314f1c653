"""Cycle library (qthermo.core.cycles): analytic two-level Otto cycle, brute-force iteration, QuTiP."""

from __future__ import annotations

import numpy as np
import pytest
import qutip
from scipy.integrate import quad

from qthermo.core.channels import fixed_point, integrated_propagator
from qthermo.core.cycles import (
    Cycle,
    Stroke,
    carnot_efficiency,
    cycle_map,
    heat_observable,
    limit_cycle_state,
    power_efficiency_constant,
    run_cycle,
)
from qthermo.core.model import Bath, Jump, Model
from qthermo.core.states import trace_norm
from qthermo.core.superop import propagator, unvec, vec
from qthermo.core.thermo import heat_current
from qthermo.core.tradeoff import x_operator
from qthermo.papers.tajima_funo.two_qubit import (
    engine_cycle,
    ground_state,
    initial_state,
    singlet_projector,
)


def tls(omega: float, beta: float, gamma: float, name: str) -> Model:
    """Two-level system, decay rate gamma, excitation gamma exp(-beta omega)."""
    L = np.array([[0, 1], [0, 0]], dtype=complex)
    jumps = (
        Jump(L, omega, gamma, "L"),
        Jump(L.T.copy(), -omega, gamma * np.exp(-beta * omega), "Ld"),
    )
    return Model([0.0, omega], [("g", 0), ("e", 0)], [Bath(name, beta, jumps)])


WH, WC, BH, BC, GH, GC, TH, TC = 2.0, 1.2, 0.5, 1.0, 0.7, 1.3, 0.4, 0.9


@pytest.fixture
def otto() -> Cycle:
    return Cycle(
        (Stroke(tls(WH, BH, GH, "hot"), TH, "hot"), Stroke(tls(WC, BC, GC, "cold"), TC, "cold"))
    )


def otto_analytic():
    """Limit cycle of the two-level Otto engine: p_e relaxes exponentially in each stroke."""
    pH = 1 / (1 + np.exp(BH * WH))
    pC = 1 / (1 + np.exp(BC * WC))
    a = np.exp(-GH * (1 + np.exp(-BH * WH)) * TH)
    b = np.exp(-GC * (1 + np.exp(-BC * WC)) * TC)
    p0 = (pC * (1 - b) + b * pH * (1 - a)) / (1 - a * b)  # start of hot stroke
    p1 = pH + (p0 - pH) * a  # end of hot stroke
    return p0, p1


def test_constants():
    assert carnot_efficiency(1.0, 4.0) == pytest.approx(0.75)
    eta = 1 - 1.1 / 2.1
    assert power_efficiency_constant(1.1, 2.1) == pytest.approx(2.1 * eta / (2 * (2 - eta) ** 2))


def test_integrated_propagator_scalar():
    a, t = 0.7, 1.9
    E, I = integrated_propagator(np.array([[-a]]), t)
    assert E[0, 0] == pytest.approx(np.exp(-a * t))
    assert I[0, 0] == pytest.approx((1 - np.exp(-a * t)) / a)


def test_otto_limit_cycle_matches_analytic(otto):
    p0, p1 = otto_analytic()
    fp = limit_cycle_state(otto, np.diag([0.3, 0.7]).astype(complex))
    assert fp.multiplicity == 1
    assert fp.rho[1, 1].real == pytest.approx(p0, rel=1e-12)
    res = run_cycle(otto, fp.rho, 51)
    assert res.heats["hot"]["hot"] == pytest.approx(WH * (p1 - p0), rel=1e-10)
    assert res.heats["cold"]["cold"] == pytest.approx(WC * (p0 - p1), rel=1e-10)
    assert res.work == pytest.approx((WH - WC) * (p1 - p0), rel=1e-10)
    assert res.efficiency == pytest.approx(1 - WC / WH, rel=1e-10)
    assert res.power == pytest.approx(res.work / (TH + TC))
    assert res.eta_carnot == pytest.approx(1 - BH / BC)
    assert res.closure < 1e-12 and fp.closure < 1e-12
    assert abs(res.first_law_residual) < 1e-14


def test_fixed_point_equals_brute_force_iteration(otto):
    M = cycle_map(otto)
    rho = np.diag([1.0, 0.0]).astype(complex)
    v = vec(rho)
    for _ in range(3000):
        v = M @ v
    fp = fixed_point(M, rho)
    assert np.allclose(fp.rho, unvec(v), atol=1e-12)


def test_degenerate_fixed_point_depends_on_start_like_iteration():
    """Superradiant engine: dark singlet -> 2-dim fixed space; projection = long iteration."""
    cyc = engine_cycle(
        omega_h=1.9, omega_c=1.0, beta_h=1.1, beta_c=2.1, tau_h=0.2, tau_c=0.4, gamma0=1.0
    )
    M = cycle_map(cyc)
    for kind in ("ground", "gibbs"):
        rho0 = initial_state(kind, cyc)
        fp = fixed_point(M, rho0)
        assert fp.multiplicity == 2
        v = vec(rho0)
        for _ in range(400):
            v = M @ v
        assert np.allclose(fp.rho, unvec(v), atol=1e-12)
        S = singlet_projector()
        assert np.trace(S @ fp.rho).real == pytest.approx(np.trace(S @ rho0).real, abs=1e-13)


def test_run_cycle_against_qutip_mesolve():
    """One pass of the superradiant cycle: our propagators vs QuTiP mesolve, stroke by stroke."""
    cyc = engine_cycle(
        omega_h=1.9, omega_c=1.0, beta_h=1.1, beta_c=2.1, tau_h=0.2, tau_c=0.4, gamma0=1.0
    )
    fp = limit_cycle_state(cyc, ground_state())
    res = run_cycle(cyc, fp.rho, 11, keep_states=True)
    rho = qutip.Qobj(fp.rho)
    k = 0
    for s in cyc.strokes:
        m = s.model
        c_ops = [np.sqrt(j.rate) * qutip.Qobj(j.op) for j in m.baths[0].jumps]
        times = np.linspace(0, s.duration, 11)
        out = qutip.mesolve(
            qutip.Qobj(m.H), rho, times, c_ops, options={"atol": 1e-12, "rtol": 1e-10}
        )
        for st in out.states:
            assert np.allclose(st.full(), res.states[k], atol=1e-8)
            k += 1
        rho = out.states[-1]
    assert np.allclose(rho.full(), fp.rho, atol=1e-8)  # mesolve confirms closure


def test_heat_exact_vs_quadrature_of_current(otto):
    fp = limit_cycle_state(otto, np.eye(2, dtype=complex) / 2)
    res = run_cycle(otto, fp.rho, 2001)
    for s in otto.strokes:
        part = res.series[res.series.stroke == s.name]
        assert np.trapezoid(part.J, part.t_stroke) == pytest.approx(
            res.heats[s.name][s.name], rel=1e-6
        )


def test_heat_observable_matches_heat_current():
    rng = np.random.default_rng(3)
    cyc = engine_cycle(
        omega_h=1.3, omega_c=0.9, beta_h=0.7, beta_c=1.5, tau_h=0.3, tau_c=0.5, gamma0=1.2
    )
    m = cyc.strokes[0].model
    A = rng.normal(size=(4, 4)) + 1j * rng.normal(size=(4, 4))
    rho = A @ A.conj().T
    rho /= np.trace(rho)
    ref = heat_current(m, rho, m.baths[0])
    assert np.real(np.trace(heat_observable(m, m.baths[0]) @ rho)) == pytest.approx(ref, rel=1e-12)


def test_cycle_average_of_a_cl_simpson_vs_exact():
    """A_cl is linear in rho: its exact cycle average follows from int rho dt (Van Loan)."""
    cyc = engine_cycle(
        omega_h=1.9, omega_c=1.0, beta_h=1.1, beta_c=2.1, tau_h=0.2, tau_c=0.4, gamma0=1.0
    )
    fp = limit_cycle_state(cyc, ground_state())
    res = run_cycle(cyc, fp.rho, 101)
    rho, total = fp.rho, 0.0
    for s, sup in zip(cyc.strokes, cyc.generators, strict=True):
        _, I = integrated_propagator(sup, s.duration)
        total += np.real(
            np.diag(x_operator(s.model)) @ np.diag(unvec(I @ vec(rho)))
        )  # Tr[X rho_sd]
        rho = unvec(propagator(sup, s.duration) @ vec(rho))
    assert res.A_cl_mean == pytest.approx(total / cyc.period, rel=1e-9)


def test_quench_work_is_energy_difference(otto):
    fp = limit_cycle_state(otto, np.eye(2, dtype=complex) / 2)
    res = run_cycle(otto, fp.rho, 11)
    p0, p1 = otto_analytic()
    assert res.quench_work[0] == pytest.approx((WC - WH) * p1, rel=1e-10)
    assert res.quench_work[1] == pytest.approx((WH - WC) * p0, rel=1e-10)


def test_trace_norm_and_quad_sanity():
    assert trace_norm(np.diag([1.0, -2.0])) == pytest.approx(3.0)
    val, _ = quad(lambda t: np.exp(-0.5 * t), 0, 2)
    _, I = integrated_propagator(np.array([[-0.5]]), 2.0)
    assert I[0, 0].real == pytest.approx(val)


def test_cycle_validation():
    m = tls(1.0, 1.0, 1.0, "b")
    with pytest.raises(ValueError):
        Cycle(())
    with pytest.raises(ValueError):
        Cycle((Stroke(m, 0.0, "a"),))
    with pytest.raises(ValueError):
        Cycle((Stroke(m, 1.0, "a"), Stroke(m, 1.0, "a")))
    with pytest.raises(ArithmeticError):
        fixed_point(0.5 * np.eye(4), np.eye(2) / 2)


def test_evolve_is_the_step_by_step_propagation_bit_for_bit():
    """``evolve`` (a stroke's states in ``run_cycle``) stacks the vectorised states and
    reshapes once; each state is the same propagator step applied to the previous one, so the
    bytes equal the loop that un-vectorises every step."""
    from qthermo.core.superop import evolve

    rng = np.random.default_rng(3)
    for d in (2, 4, 8):
        sup = 0.1 * (rng.normal(size=(d * d, d * d)) + 1j * rng.normal(size=(d * d, d * d)))
        rho = rng.normal(size=(d, d)) + 1j * rng.normal(size=(d, d))
        times = np.linspace(0.0, 1.3, 51)
        got = evolve(rho, sup, times)
        step = propagator(sup, times[1] - times[0])
        v = vec(rho)
        want = [rho]
        for _ in times[1:]:
            v = step @ v
            want.append(unvec(v, d))
        assert got.flags.c_contiguous
        assert np.array_equal(got.view(float), np.asarray(want).view(float))
