"""Kamimura et al. (issue 13): the weak-coupling regime table and claim kytm.regime.unit_couplings,
with its negative control (the same results at rates scaled down by the ceiling are in the
regime, and the expected failure turns into a pass)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from qthermo.papers.kamimura.models import eq17_heat_current
from qthermo.papers.kamimura.regime import regime_claim, regime_table

L = np.array([3, 11, 101, 1001])


def _scaling(rate_scale: float) -> pd.DataFrame:
    rows = []
    for ell in L:
        rows += [
            {"L": ell, "model": "superradiance", "delta_E": 1.0,
             "J0": rate_scale * eq17_heat_current(int(ell), gamma0=1.0, omega_q=1.0)},
            {"L": ell, "model": "m=L", "delta_E": float(ell), "J0": -rate_scale * ell**3},
            {"L": ell, "model": "parallel", "delta_E": 1.0, "J0": -rate_scale * ell},
        ]  # fmt: skip
    return pd.DataFrame(rows)


EMPTY_STEADY = pd.DataFrame({"L": [], "model": [], "J_h": [], "w0": []})


def test_superradiance_rate_is_the_eq17_rate_per_quantum():
    df = regime_table(_scaling(1.0), EMPTY_STEADY, x_max=0.1, Omega=0.3)
    sr = df[df.model == "superradiance"].set_index("L")
    assert np.allclose(sr.x, (L + 1) ** 2 / 4)
    par = df[df.model == "parallel"]
    assert np.allclose(par.x, 1.0)  # per qubit
    assert df[df.model == "m=L"].in_regime.all()  # white noise: exact, not flagged


def test_claim_fails_at_unit_rates_and_passes_below_the_ceiling():
    df = regime_table(_scaling(1.0), EMPTY_STEADY, x_max=0.1, Omega=0.3)
    c = regime_claim(df, {"x_max": 0.1}, [])
    assert (c.status, c.expected_outcome) == ("fail", "fail")
    assert c.measured["worst"]["model"] == "superradiance"
    ceiling = float(df[df.bath == "narrow_band"].ceiling.min())
    scaled = regime_table(_scaling(ceiling * 0.999), EMPTY_STEADY, x_max=0.1, Omega=0.3)
    assert regime_claim(scaled, {"x_max": 0.1}, []).status == "pass"
    assert regime_claim(scaled, {"x_max": 0.1}, []).measured["worst"]["x"] == pytest.approx(
        0.0999, rel=1e-9
    )
