"""Printed forms of Kamimura et al. (qthermo.papers.kamimura.printed_forms): the printed
superabsorption gap fails and the one from Eq. (18) holds; each measure is zero exactly where the
algebra holds and is seen to fail on a wrong input (negative controls)."""

import numpy as np
import pytest

from qthermo.papers.kamimura.printed_forms import (
    GAP_FORMS,
    bottom_rung_gap,
    claim_ids,
    evaluate_claims,
    gap_deviation,
    rung_gaps,
)

CFG = {"omega_q": 1.0, "Omega": 0.3, "g": 1.0, "gamma_0": 1.0, "beta_sa": 1.0, "eq_rtol": 1e-9,
       "L_small_max": 7, "L_max": 31, "per_decade": 4}  # fmt: skip
KW = {"omega_q": 1.0, "g": 1.0, "gamma0": 1.0, "beta": 1.0}


def test_claims_printed_fail_corrected_pass():
    claims = {c.id: c for c in evaluate_claims(CFG)}
    assert sorted(claims) == sorted(claim_ids())
    p, c = claims["kytm.sa_gap.printed"], claims["kytm.sa_gap.corrected"]
    assert (p.status, p.expected_outcome) == ("fail", "fail")
    assert (c.status, c.expected_outcome) == ("pass", "pass")
    assert p.trivial and c.trivial  # algebra of our own energies (cf. first_step_sign)
    assert "first_step_sign" in p.outcome_reason and "|Omega|" in p.outcome_reason
    # printed - corrected = 2 (L-1) Omega; relative to omega_q + (L-1)|Omega| at the largest L
    L = max(p.measured["L_values"])
    assert p.measured["max_rel_dev"]["Omega>0"] == pytest.approx(
        0.6 * (L - 1) / (1 + 0.3 * (L - 1))
    )
    assert p.measured["max_rel_dev_from_top_rung"] < 1e-12  # the printed form is the top rung


def test_gap_by_hand():
    # L = 3: M = -3/2, -1/2 with H = J_z + 0.3 J_z^2: E = -1.5 + 0.675, -0.5 + 0.075
    E = np.array([-1.5 + 0.675, -0.5 + 0.075, 0.5 + 0.075, 1.5 + 0.675])  # M = -3/2 .. 3/2
    assert bottom_rung_gap(E, 3) == pytest.approx(1.0 - 2 * 0.3)
    assert bottom_rung_gap(E, 3, top=True) == pytest.approx(1.0 + 2 * 0.3)


def test_rung_gaps_against_closed_form_energies():
    """One model per (L, sign): its gaps are those of E(M) = omega_q M + Omega M^2 (Eq. 18)."""
    for name, rows in rung_gaps([3, 5, 9], Omega=0.3, **KW).items():
        for r in rows:
            L, W = r["L"], r["Omega"]
            E = {M: M + W * M**2 for M in (-L / 2, -L / 2 + 1, L / 2 - 1, L / 2)}
            assert r["bottom"] == pytest.approx(E[-L / 2 + 1] - E[-L / 2], abs=1e-13)
            assert r["top"] == pytest.approx(E[L / 2] - E[L / 2 - 1], abs=1e-13)
            assert (W > 0) == (name == "Omega>0")


def test_negative_control_wrong_form_and_zero_omega():
    gaps = rung_gaps([5, 9], Omega=0.3, **KW)
    # the corrected measure fed the top rung (a wrong input) fails by the same 2(L-1)|Omega|
    dev = gap_deviation("corrected", gaps, omega_q=1.0, top=True)
    assert min(dev.values()) > 0.5
    # a wrong closed form (no factor L-1) is seen to fail
    GAP_FORMS["wrong"] = lambda L, w, W: w - W
    try:
        assert max(gap_deviation("wrong", gaps, omega_q=1.0).values()) > 0.1
    finally:
        del GAP_FORMS["wrong"]
    # where the printed form is an identity (Omega = 0) its measure vanishes
    zero = rung_gaps([5, 9], Omega=0.0, **KW)
    assert max(gap_deviation("printed", zero, omega_q=1.0).values()) < 1e-15
