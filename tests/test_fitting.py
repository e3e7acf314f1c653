"""Shared numerical helpers of the core: exponent fits, trace norms, two-level operators."""

import numpy as np
import pytest

from qthermo.core import operators as op
from qthermo.core.fitting import fit_exponent
from qthermo.core.states import random_density, trace_norm


def test_fit_exponent_recovers_power_laws_of_either_sign():
    x = np.geomspace(1e-3, 1, 7)
    assert fit_exponent(x, 3 * x**2) == pytest.approx(2.0, abs=1e-12)
    assert fit_exponent(x, -0.5 * x**-1.5) == pytest.approx(-1.5, abs=1e-12)


def test_fit_exponent_negative_control_wrong_law_is_not_recovered():
    x = np.geomspace(3, 1e3, 9)
    # x log x is not a power law: the fitted exponent misses 1 by the log's local slope
    assert fit_exponent(x, x * np.log(x)) - 1.0 > 0.1


def test_trace_norm_hermitian_path_agrees_with_singular_values():
    rng = np.random.default_rng(7)
    a, b = random_density(rng, 6), random_density(rng, 6)
    d = a - b
    assert trace_norm(d, hermitian=True) == pytest.approx(trace_norm(d), rel=1e-12)
    assert trace_norm(np.diag([1.0, -2.0])) == pytest.approx(3.0)
    assert trace_norm(np.array([[0.0, 1.0], [0.0, 0.0]])) == pytest.approx(1.0)


def test_two_level_convention_is_the_qutip_one():
    qutip = pytest.importorskip("qutip")
    np.testing.assert_array_equal(op.SIGMA_MINUS, qutip.sigmam().full().real)
    np.testing.assert_array_equal(op.SIGMA_Z, qutip.sigmaz().full().real)
    np.testing.assert_array_equal(op.SIGMA_PLUS @ op.SIGMA_MINUS, op.NUMBER)
    assert op.NUMBER[op.EXCITED, op.EXCITED] == 1.0 and op.NUMBER[op.GROUND, op.GROUND] == 0.0
