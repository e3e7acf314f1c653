"""Diosi slide 1 printed forms (qthermo.papers.diosi.printed_forms): the corrected forms hold
for every omega, the printed ones only where they coincide with them (omega = 1 for the state);
the module's own thermalizer preserves the trace and has the Gibbs state as fixed point."""

import numpy as np
import pytest

from qthermo.papers.diosi.printed_forms import (
    adjoint_thermalizer,
    current_in_gibbs_state,
    evaluate_claims,
    slide5_operator_deviation,
    stationary_residual,
    thermalizer,
)

CFG = {"printed": {"omega_values": [0.5, 2.0], "beta_values": [1.0], "gamma": 1.0,
                   "atol": 1e-12}}  # fmt: skip


def test_printed_fail_corrected_pass():
    for c in evaluate_claims(CFG):
        assert c.status == ("fail" if c.id.endswith(".printed") else "pass"), c.id


def test_printed_state_is_right_only_at_unit_frequency():
    # evaluated only at omega = 1 the printed state would be an identity: not evidence
    assert stationary_residual(True, omega=1.0, beta=2.0, gamma=1.0) < 1e-15
    assert stationary_residual(True, omega=2.0, beta=2.0, gamma=1.0) > 1e-2


def test_current_negative_control_and_closed_form():
    w, b = 1.5, 0.7
    assert current_in_gibbs_state(False, omega=w, beta=b, gamma=2.0) == pytest.approx(0, abs=1e-15)
    expected = (np.exp(b * w) - np.exp(-b * w)) / (1 + np.exp(-b * w))
    assert current_in_gibbs_state(True, omega=w, beta=b, gamma=2.0) == pytest.approx(expected)


def test_thermalizer_is_trace_preserving_and_detailed_balance():
    rho = np.array([[0.3, 0.1 + 0.2j], [0.1 - 0.2j, 0.7]])
    assert abs(np.trace(thermalizer(rho, omega=1.3, beta=0.9, gamma=1.0))) < 1e-15
    gibbs = np.diag([np.exp(-1.3 * 0.9), 1.0]) / (1 + np.exp(-1.3 * 0.9))
    assert np.abs(thermalizer(gibbs, omega=1.3, beta=0.9, gamma=1.0)).max() < 1e-15


def test_slide5_operator_printed_only_right_at_unit_frequency():
    """The corrected slide-5 operator equals L^*(omega n) at every omega; the printed one only at
    omega = 1 (so the claim is evaluated off it), off by |1 - 1/omega| in relative terms."""
    for w in (0.5, 1.0, 2.0, 3.7):
        assert slide5_operator_deviation(False, omega=w, beta=0.8, gamma=1.3) < 1e-15
    assert slide5_operator_deviation(True, omega=1.0, beta=0.8, gamma=1.3) < 1e-15
    J = -1.3 * np.diag([1.0, 0.0]) + 1.3 * np.exp(-0.8 * 2.0) * np.diag([0.0, 1.0])
    ref = np.linalg.norm(J * (1 - 2.0)) / (1.3 * 2.0)
    assert slide5_operator_deviation(True, omega=2.0, beta=0.8, gamma=1.3) == pytest.approx(ref)


def test_adjoint_thermalizer_is_the_dual_of_the_thermalizer():
    """Tr[X L(rho)] = Tr[L^*(X) rho] on random operators; L^*(1) = 0 (trace preservation)."""
    rng = np.random.default_rng(5)
    for _ in range(5):
        X = rng.normal(size=(2, 2)) + 1j * rng.normal(size=(2, 2))
        r = rng.normal(size=(2, 2)) + 1j * rng.normal(size=(2, 2))
        lhs = np.trace(X @ thermalizer(r, omega=1.7, beta=0.6, gamma=0.9))
        rhs = np.trace(adjoint_thermalizer(X, omega=1.7, beta=0.6, gamma=0.9) @ r)
        assert lhs == pytest.approx(rhs, abs=1e-14)
    assert np.abs(adjoint_thermalizer(np.eye(2), omega=1.7, beta=0.6, gamma=0.9)).max() < 1e-15
