"""Tajima-Funo Result 1 on coherent states: table, brute-force cross-check, claims, negative controls."""

import numpy as np
import pandas as pd
import pytest
from scipy.linalg import logm

from qthermo.core.coherence import block_diagonal
from qthermo.core.model import Bath, Jump, Model, ModelError
from qthermo.core.states import random_density
from qthermo.core.superop import bath_dissipator
from qthermo.core.thermo import ThermodynamicsError
from qthermo.core.tradeoff import evaluate_tradeoff
from qthermo.papers.tajima_funo.friction import friction_table, random_db_model, state_rows
from qthermo.papers.tajima_funo.friction_claims import evaluate_claims, friction_claim
from qthermo.papers.tajima_funo.friction_plot import plot
from qthermo.papers.tajima_funo.two_n_state import two_n_state_model

CFG = {
    "seed": 7,
    "n_models": 3,
    "n_states": 3,
    "mix_points": 2,
    "n_levels_min": 2,
    "n_levels_max": 3,
    "max_degeneracy": 3,
    "n_baths": 2,
    "beta_min": 0.2,
    "beta_max": 3.0,
    "two_n_values": [2],
    "J_rtol": 1e-9,
    "coherence_min": 1e-3,
}


@pytest.fixture(scope="module")
def table():
    return friction_table(CFG)


def _frame(rows):
    """Rows of ``state_rows`` as a table with the model/state columns of ``friction_table``."""
    return pd.DataFrame([{"model": "m", "state": k, **r} for k, r in enumerate(rows)])


def _claims(df):
    return {c.id: c for c in evaluate_claims(df, CFG, ["x.png"])}


def test_table_is_reproducible_and_coherent(table):
    assert table.equals(friction_table(CFG))
    assert len(table) == (CFG["n_models"] + 1) * CFG["n_states"] * CFG["mix_points"]
    assert (table.C_l1_inter > CFG["coherence_min"]).all()


def _brute_force(model, rho):
    """J_a = Tr[H D_a] and sigma = -sum_a Tr[D_a (logm rho - logm pi_a)], matrix logarithms."""
    J, sigma = [], 0.0
    for bath in model.baths:
        D = bath_dissipator(rho, bath.jumps)
        J.append(float(np.real(np.trace(model.H @ D))))
        log_pi = logm(model.gibbs_state(bath.beta))
        sigma -= float(np.real(np.trace(D @ (logm(rho) - log_pi))))
    return np.array(J), sigma


def test_rows_match_brute_force():
    rng = np.random.default_rng(3)
    kw = dict(n_levels=3, max_degeneracy=2, n_baths=2, beta_min=0.5, beta_max=2.0)
    model = random_db_model(rng, **kw)
    rho = random_density(rng, model.dim)
    row = state_rows(model, rho, [1.0])[0]
    J, s = _brute_force(model, rho)
    J_bd, s_bd = _brute_force(model, block_diagonal(model, rho))
    assert row["J_tot"] == pytest.approx(np.abs(J).sum(), rel=1e-10)
    assert row["sigma"] == pytest.approx(s, rel=1e-8)
    assert row["sigma_bd"] == pytest.approx(s_bd, rel=1e-8)
    assert np.allclose(J, J_bd, rtol=1e-12, atol=0)


def test_random_model_is_checked_and_corruption_rejected():
    rng = np.random.default_rng(1)
    model = random_db_model(rng, n_levels=3, max_degeneracy=2, n_baths=1, beta_min=1, beta_max=1)
    bath = model.baths[0]
    j0 = bath.jumps[0]
    bad = (Jump(j0.op, j0.omega, 2 * j0.rate, j0.label), *bath.jumps[1:])
    with pytest.raises(ModelError):
        Model(model.energies, model.labels, [Bath("b", bath.beta, bad)])


def test_claims_pass(table):
    claims = _claims(table)
    assert set(claims) == {"tf.friction", *(f"tf.ineq{k}.coherent" for k in (2, 3, 4))}
    assert all(c.status == "pass" for c in claims.values())
    assert claims["tf.friction"].measured["min_sigma_excess_rel"] > 0
    assert "random_density" in claims["tf.friction"].interpretation


def test_negative_control_block_diagonal_states_are_trivial(table):
    """t = 0 (rho = rho_bd): no inter-level coherence, so tf.friction must refuse to pass."""
    df = table.copy()
    df["C_l1_inter"] = 0.0
    assert friction_claim(df, CFG, []).status == "fail"


def test_negative_control_wrong_reference_state():
    """Comparing with rho_sd instead of rho_bd breaks J(rho) = J(rho_ref) (degenerate coherence)."""
    model = two_n_state_model(3)
    rng = np.random.default_rng(5)
    states = [random_density(rng, model.dim) for _ in range(5)]
    good = _frame([state_rows(model, rho, [1.0])[0] for rho in states])
    assert friction_claim(good, CFG, []).status == "pass"
    tps = [evaluate_tradeoff(model, rho) for rho in states]
    wrong = good.copy()
    wrong["J_tot_bd"] = [tp.J_tot_sd for tp in tps]
    wrong["sigma_bd"] = [tp.sigma_sd for tp in tps]
    wrong["dJ_bath_max"] = (wrong.J_tot - wrong.J_tot_bd).abs()
    assert friction_claim(wrong, CFG, []).status == "fail"


def test_negative_control_non_detailed_balance_model():
    """Jumps that are not energy eigenoperators (check=False): J and sigma comparisons fail."""
    rng = np.random.default_rng(0)
    G = rng.normal(size=(3, 3)) + 1j * rng.normal(size=(3, 3))
    jumps = (Jump(G, 1.0, 1.0), Jump(G.conj().T, -1.0, np.exp(-1.0)))
    labels = [("a", 0), ("b", 0), ("c", 0)]
    with pytest.raises(ModelError):
        Model(np.array([0.0, 1.0, 2.0]), labels, [Bath("b", 1.0, jumps)])
    model = Model(np.array([0.0, 1.0, 2.0]), labels, [Bath("b", 1.0, jumps)], check=False)
    rows = []
    for _ in range(20):
        try:
            rows.extend(state_rows(model, random_density(rng, 3), [1.0]))
        except ThermodynamicsError:  # sigma < 0 itself: the model is inconsistent
            continue
    df = _frame(rows)
    assert len(df) > 3
    assert friction_claim(df, CFG, []).status == "fail"
    assert (df.sigma < df.sigma_bd).any()


def test_negative_control_half_classical_bound(table):
    """A wrong prefactor, A_cl -> 0.5 A_cl, must be violated by some coherent states."""
    df = table.copy()
    df["A_cl"] = 0.5 * df["A_cl"]
    df["A_qm"] = 0.5 * df["A_qm"]
    claims = _claims(df)
    assert claims["tf.ineq3.coherent"].status == "fail"
    assert claims["tf.ineq4.coherent"].status == "fail"


def test_negative_control_reversed_ineq2(table):
    """Reversing Ineq. (2) (rho better than rho_bd) fails on every coherent state."""
    df = table.copy()
    df["cd"], df["cd_bd"] = table["cd_bd"], table["cd"]
    assert _claims(df)["tf.ineq2.coherent"].status == "fail"


def test_plot(table):
    fig = plot(table, CFG)
    assert len(fig.axes) == 2
