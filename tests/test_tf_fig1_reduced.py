"""The exact bright-dark reduction of the 2N-state model (fig1_reduced) against the full
2N-dimensional evaluation, point by point and as the Fig. 1 sweep."""

import numpy as np
import pytest

from qthermo.core.coherence import strictly_diagonal
from qthermo.core.tradeoff import evaluate_tradeoff
from qthermo.papers.tajima_funo import fig1
from qthermo.papers.tajima_funo.fig1_reduced import reduced_tradeoff_points
from qthermo.papers.tajima_funo.two_n_state import rho_plus, two_n_state_model


@pytest.mark.parametrize("N", [1, 2, 3, 8, 17])
@pytest.mark.parametrize(
    ("omega0", "beta", "gamma0"), [(1.0, 1.0, 1.0), (1.3, 0.4, 0.7), (0.6, 3.0, 2.0)]
)
def test_reduction_equals_full_space(N, omega0, beta, gamma0):
    model = two_n_state_model(N, omega0=omega0, beta=beta, gamma0=gamma0)
    rp = rho_plus(N, omega0=omega0, beta=beta)
    red = reduced_tradeoff_points(N, omega0=omega0, beta=beta, gamma0=gamma0)
    for name, state in (("rho_plus", rp), ("rho_plus_sd", strictly_diagonal(rp))):
        full, r = evaluate_tradeoff(model, state).as_dict(), red[name].as_dict()
        for key, value in full.items():
            assert r[key] == pytest.approx(value, rel=1e-11, abs=1e-14), (name, key)
        assert (red[name].ineq2, red[name].ineq3, red[name].ineq4) == (
            evaluate_tradeoff(model, state).ineq2,
            evaluate_tradeoff(model, state).ineq3,
            evaluate_tradeoff(model, state).ineq4,
        )


def test_sweep_above_full_n_max_matches_the_full_sweep():
    cfg = {"omega0": 1.0, "beta": 1.0, "gamma0": 1.0, "N_max": 40, "n_points": 8}
    full = fig1.sweep({**cfg, "full_N_max": 40})
    mixed = fig1.sweep({**cfg, "full_N_max": 5})
    assert list(full.columns) == list(mixed.columns) and len(full) == len(mixed)
    num = full.select_dtypes("number").columns
    assert np.allclose(
        mixed[num].to_numpy(float), full[num].to_numpy(float), rtol=1e-11, atol=1e-14
    )
    assert (mixed.ineq2 == full.ineq2).all() and (mixed.ineq4 == full.ineq4).all()


def test_eq6_eq7_claims_use_only_full_space_rows():
    cfg = {"omega0": 1.0, "beta": 1.0, "gamma0": 1.0, "N_max": 40, "n_points": 8, "eq_rtol": 1e-9}
    df = fig1.sweep({**cfg, "full_N_max": 5})
    df.loc[df.N > 5, "J_tot"] *= 2.0  # corrupt the reduced rows: the claims must not see them
    claims = fig1.closed_form_claims(df, {**cfg, "full_N_max": 5}, artifacts=[])
    assert all(c.status == "pass" for c in claims)
    df.loc[df.N == 3, "J_tot"] *= 2.0  # a full-space row: now tf.eq6 must fail
    claims = fig1.closed_form_claims(df, {**cfg, "full_N_max": 5}, artifacts=[])
    assert claims[0].status == "fail"
