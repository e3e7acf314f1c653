"""Diosi slide 1 printed forms (qthermo.papers.diosi.printed_forms): the corrected forms hold
for every omega, the printed ones only where they coincide with them (omega = 1 for the state);
the module's own thermalizer preserves the trace and has the Gibbs state as fixed point."""

import numpy as np
import pytest

from qthermo.papers.diosi.printed_forms import (
    current_in_gibbs_state,
    evaluate_claims,
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
