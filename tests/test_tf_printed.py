"""Printed forms of Tajima-Funo (qthermo.papers.tajima_funo.printed_forms): each measure is
zero exactly where the physics holds and is seen to fail on a wrong input; the detailed-balance
measure agrees with the model check of qthermo.core.model (an independent route)."""

import numpy as np
import pytest

from qthermo.core.model import ModelError
from qthermo.papers.tajima_funo.printed_forms import (
    claim_ids,
    commutator_residual,
    detailed_balance_ratio,
    evaluate_claims,
    trace_defect,
)
from qthermo.papers.tajima_funo.two_qubit import (
    excitation_energies,
    paper_sigma_z_energies,
    superradiant_model,
)

CFG = {
    "printed": {"N_values": [1, 2, 3], "n_states": 2, "seed": 1, "atol": 1e-12},
    "superradiant": {"omega_h": 1.9, "beta_h": 1.1},
}


def test_claims_printed_fail_corrected_pass():
    claims = {c.id: c for c in evaluate_claims(CFG)}
    assert sorted(claims) == sorted(claim_ids())
    for cid, c in claims.items():
        assert c.status == ("fail" if cid.endswith(".printed") else "pass"), cid
        assert c.expected_outcome == ("fail" if cid.endswith(".printed") else "pass")
    assert claims["tf.jump_operator.printed"].measured["value"] == pytest.approx(2.0)
    assert claims["tf.sigma_z_rates.printed"].measured["value"] == pytest.approx(-0.5)


def test_commutator_residual_negative_control():
    H = np.diag([0.0, 0.0, 2.0, 2.0]).astype(complex)
    lower = np.zeros((4, 4), complex)
    lower[:2, 2:] = np.random.default_rng(0).normal(size=(2, 2))
    assert commutator_residual(lower, H, 2.0) == pytest.approx(0.0, abs=1e-15)
    assert commutator_residual(lower, H, 1.0) > 0.5  # wrong Bohr frequency
    assert commutator_residual(lower.conj().T, H, 2.0) == pytest.approx(2.0)


def test_detailed_balance_measure_agrees_with_model_check():
    w, b = 1.9, 1.1
    assert detailed_balance_ratio(excitation_energies(w), omega=w, beta=b) == pytest.approx(1.0)
    assert detailed_balance_ratio(paper_sigma_z_energies(w), omega=w, beta=b) == pytest.approx(0.5)
    superradiant_model(omega=w, beta=b, gamma0=1.0)  # passes the model's own check
    with pytest.raises(ModelError):
        superradiant_model(omega=w, beta=b, gamma0=1.0, energies=paper_sigma_z_energies(w))


def test_trace_defect_only_for_gksl_factor():
    rng = np.random.default_rng(3)
    L = rng.normal(size=(3, 3)) + 1j * rng.normal(size=(3, 3))
    rho = np.diag([0.5, 0.3, 0.2]).astype(complex)
    assert trace_defect(L, rho, -0.5) == pytest.approx(0.0, abs=1e-14)
    assert trace_defect(L, rho, -0.4) > 1e-3  # negative control: a wrong prefactor
    LdL = L.conj().T @ L
    assert trace_defect(L, rho, 1.0) == pytest.approx(3 * np.trace(LdL @ rho).real)
