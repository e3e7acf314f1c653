"""Relaxation of rho^+ (qthermo.papers.tajima_funo.rho_plus_transient): the closed form agrees with
the full 2N-dimensional evolution, matches Eqs. (6)-(7) at t = 0, and the comparison fails on a
wrong decay rate or a stationary state (negative controls)."""

import numpy as np
import pytest

from qthermo.core.superop import evolve, model_liouvillian
from qthermo.core.thermo import total_heat_current
from qthermo.papers.tajima_funo.rho_plus_transient import (
    closed_form,
    evaluate_claims,
    numeric,
    relaxation_rate,
)
from qthermo.papers.tajima_funo.two_n_state import (
    eq6_heat_current,
    eq7_entropy_production,
    two_n_state_model,
)

KW = {"omega0": 1.3, "beta": 0.7, "gamma0": 0.9, "hbar": 1.0}
CFG = {
    "fig1": {"omega0": 1.0, "beta": 1.0, "gamma0": 1.0, "eq_rtol": 1e-9, "exponent_atol": 0.05},
    "printed": {"N_values": [1, 2, 3]},
}


def test_claim_passes():
    (c,) = evaluate_claims(CFG, hbar=1.0)
    assert c.id == "tf.result2.transient" and c.status == "pass"
    assert c.measured["rate_exponent"] == pytest.approx(2.0, abs=1e-9)


@pytest.mark.parametrize("N", [1, 2, 4])
def test_closed_form_at_zero_is_eqs_6_7(N):
    J, s = closed_form(N, np.array([0.0]), **KW)
    assert J[0] == pytest.approx(eq6_heat_current(N, **KW), rel=1e-12)
    assert s[0] == pytest.approx(eq7_entropy_production(N, **KW), rel=1e-12)


def test_closed_form_matches_full_evolution_off_unit_parameters():
    N = 3
    t = np.linspace(0.0, 4.0 / relaxation_rate(N, **KW), 9)
    Jn, sn = numeric(N, t, **KW)
    Jc, sc = closed_form(N, t, **KW)
    assert np.max(np.abs(Jn - Jc)) < 1e-12 * Jc[0]
    assert np.max(np.abs(sn - sc)) < 1e-12 * sc[0]


def test_negative_control_wrong_rate():
    # the linear-in-N rate N gamma (1 + e^-x), a wrong input, is seen to fail
    N = 3
    t = np.linspace(0.0, 4.0 / relaxation_rate(N, **KW), 9)
    Jn, _ = numeric(N, t, **KW)
    wrong = relaxation_rate(N, **KW) / N
    Jw, _ = closed_form(N, t, rate=wrong, **KW)
    assert np.max(np.abs(Jn - Jw)) / Jn[0] > 0.1


def test_negative_control_stationary_state_has_no_transient():
    # the Gibbs state is stationary: no current to decay (rho^+ is not, test above)
    N = 2
    model = two_n_state_model(N, **KW)
    rhos = evolve(model.gibbs_state(KW["beta"]), model_liouvillian(model), np.linspace(0, 1, 3))
    assert max(abs(total_heat_current(model, r)) for r in rhos) < 1e-14
