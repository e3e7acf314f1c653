"""The classical side of Tajima-Funo Eq. (8): the independent-decay engine, the dephased heats, claims.

* the independent-decay model is two independent qubits: its engine equals twice a single-qubit
  Otto engine, whose limit cycle is solved here in closed form (brute-force cross-check);
* the collective model with its |ge>-|eg> coherences removed has the independent model's rates;
* both engines obey detailed balance, the first law and the second law per cycle;
* negative controls: every claim of the comparison fed a wrong input fails.
"""

from __future__ import annotations

import copy

import numpy as np
import pytest
import yaml

from qthermo.core.cycles import carnot_efficiency
from qthermo.core.model import ModelError
from qthermo.core.superop import bath_dissipator
from qthermo.papers.tajima_funo import classical_engine_claims as cec
from qthermo.papers.tajima_funo import schemas
from qthermo.papers.tajima_funo.classical_engine import (
    CLASSICAL_ENGINE_COLUMNS,
    classical_engine_row,
    classical_engine_table,
    classical_half,
)
from qthermo.papers.tajima_funo.classical_engine_plot import plot_classical_engine
from qthermo.papers.tajima_funo.two_qubit import (
    excitation_energies,
    paper_sigma_z_energies,
    rates,
    superradiant_model,
)
from qthermo.plumbing.paths import repo_root

ROOT = repo_root(__file__)
SR = yaml.safe_load((ROOT / "config/config.yaml").read_text())["tajima_funo"]["superradiant"]
CFG = copy.deepcopy(SR)
CFG["fig4"].update(n_tau=15, points_per_stroke=51)
TAUS = np.geomspace(CFG["fig4"]["tau_c_min"], CFG["fig4"]["tau_c_max"], CFG["fig4"]["n_tau"])


@pytest.fixture(scope="module")
def table():
    df = classical_engine_table(CFG)
    schemas.classical_engine(CFG).validate(df)
    return df


def single_qubit_otto_power(cfg: dict, tau_c: float) -> float:
    """Power of ONE qubit run through the same cycle, from the closed-form limit cycle.

    Rates Gamma_down + Gamma_up = Gamma_0, so the excited population relaxes as
    p(t) = p_eq + (p - p_eq) exp(-Gamma_0 t) on each stroke; the limit cycle closes
    p_0 -> p_1 (hot) -> p_0 (cold), and W = hbar (omega_H - omega_C) (p_1 - p_0).
    """
    g0 = cfg["gamma0"]
    p_h = rates(omega=cfg["omega_h"], beta=cfg["beta_h"], gamma0=g0)[1] / g0
    p_c = rates(omega=cfg["omega_c"], beta=cfg["beta_c"], gamma0=g0)[1] / g0
    a, b = np.exp(-g0 * cfg["tau_h"]), np.exp(-g0 * tau_c)
    # p1 = p_h + (p0 - p_h) a ; p0 = p_c + (p1 - p_c) b
    p0 = (p_c * (1 - b) + b * p_h * (1 - a)) / (1 - a * b)
    p1 = p_h + (p0 - p_h) * a
    return (cfg["omega_h"] - cfg["omega_c"]) * (p1 - p0) / (cfg["tau_h"] + tau_c)


def test_classical_engine_is_two_independent_qubit_engines(table):
    expected = np.array([2 * single_qubit_otto_power(CFG, t) for t in TAUS])
    np.testing.assert_allclose(table.power_cl.to_numpy(), expected, rtol=1e-9)
    assert (table.multiplicity_cl == 1).all()  # no dark state: unique limit cycle
    assert np.abs(table.A_qm_bar_cl).max() < 1e-12  # stays diagonal: no coherence at all


def test_dephased_collective_rates_equal_independent_rates():
    """Populations under the collective dissipator with coherences removed = independent decay."""
    kw = {"omega": 1.3, "beta": 0.7, "gamma0": 1.0}
    coll = superradiant_model(**kw)
    ind = superradiant_model(**kw, coupling="independent")
    for k in range(4):
        rho = np.zeros((4, 4), complex)
        rho[k, k] = 1.0
        d_coll = sum(bath_dissipator(rho, b.jumps) for b in coll.baths)
        d_ind = sum(bath_dissipator(rho, b.jumps) for b in ind.baths)
        np.testing.assert_allclose(np.diag(d_coll), np.diag(d_ind), atol=1e-14)
    # but not as operators: the collective jump builds |ge>-|eg> coherence from |ee>
    rho = np.zeros((4, 4), complex)
    rho[3, 3] = 1.0
    d_coll = sum(bath_dissipator(rho, b.jumps) for b in coll.baths)
    assert abs(d_coll[1, 2]) > 0.1


def test_independent_model_is_thermodynamically_consistent():
    m = superradiant_model(omega=1.9, beta=1.1, gamma0=1.0, coupling="independent")
    gibbs = m.gibbs_state(1.1)
    assert np.abs(sum(bath_dissipator(gibbs, b.jumps) for b in m.baths)).max() < 1e-14
    with pytest.raises(ModelError):  # the printed sigma^z spectrum violates detailed balance
        superradiant_model(
            omega=1.9,
            beta=1.1,
            gamma0=1.0,
            coupling="independent",
            energies=paper_sigma_z_energies(1.9),
        )
    with pytest.raises(ValueError, match="coupling"):
        superradiant_model(omega=1.0, beta=1.0, gamma0=1.0, coupling="local")
    np.testing.assert_array_equal(m.energies, excitation_energies(1.9))


def test_table_consistency(table):
    assert list(table.columns) == CLASSICAL_ENGINE_COLUMNS
    assert np.abs(table.first_law_residual_cl).max() < 1e-12
    assert (table.entropy_q > 0).all() and (table.entropy_cl > 0).all()
    assert table.closure_cl.max() < 1e-10
    eta_otto = 1 - CFG["omega_c"] / CFG["omega_h"]
    np.testing.assert_allclose(table.eta_q, eta_otto, rtol=1e-9)
    np.testing.assert_allclose(table.eta_cl, eta_otto, rtol=1e-9)
    np.testing.assert_allclose(table.power_ratio, table.power_q / table.power_cl, rtol=1e-14)
    # the dephased trajectory is not an engine: its heats break the first law with the quench work
    assert np.abs(table.first_law_residual_sd).min() > 10 * table.power_q.max()
    assert (table.eta_sd > carnot_efficiency(CFG["beta_h"], CFG["beta_c"])).all()


def test_quantum_columns_match_fig4():
    from qthermo.papers.tajima_funo.fig4 import fig4_tables

    cfg = copy.deepcopy(CFG)
    cfg["fig4"].update(n_tau=3)
    fig4, _ = fig4_tables(cfg)
    tab = classical_engine_table(cfg)
    for a, b in (("power", "power_q"), ("eta", "eta_q"), ("ratio", "ratio_q")):
        np.testing.assert_allclose(tab[b], fig4[a], rtol=1e-12)
    np.testing.assert_allclose(tab.classical_bound_q, fig4.classical_bound, rtol=1e-12)
    np.testing.assert_allclose(tab.quantum_bound_q, fig4.quantum_bound, rtol=1e-12)


def test_claims_pass_on_real_table(table):
    cfg = {**CFG, "eq8_classical": "dephased_engine"}
    claims = {c.id: c for c in cec.evaluate_claims(table, cfg, [])}
    assert all(c.status == "pass" for c in claims.values()), {
        k: c.measured for k, c in claims.items() if c.status != "pass"
    }
    assert claims["tf.eq8.classical_half"].trivial is None
    assert claims["tf.fig4.otto_efficiency"].by_construction
    beats = claims["tf.fig4.beats_classical_engine"].measured
    assert beats["n_points_above"] < beats["n_points_above_trajectory_bound"]


def test_dephased_trajectory_reading_is_vacuous(table):
    cfg = {**CFG, "eq8_classical": "dephased_trajectory"}
    c = cec.classical_half_claim(table, cfg, [])
    assert c.status == "pass" and c.trivial and c.measured["min_lhs"] < 0
    with pytest.raises(ValueError, match="eq8_classical"):
        classical_half(table, "dephased")


# ------------------------------------------------------------------ negative controls
# Each claim of the comparison, fed a deliberately wrong input, must fail.
def test_negative_classical_half_fails_with_wrong_prefactor(table):
    cfg = {**CFG, "eq8_classical": "dephased_engine"}
    bad = table.assign(classical_bound_cl=0.9 * table.classical_bound_cl)  # bound 10 % low
    c = cec.classical_half_claim(bad, cfg, [])
    assert c.status == "fail" and c.measured["max_lhs_over_rhs"] > 1
    # the quantum engine is outside the assumptions of the classical half: it must violate it
    quantum = table.assign(ratio_cl=table.ratio_q)
    assert cec.classical_half_claim(quantum, cfg, []).status == "fail"


def test_negative_power_advantage_fails(table):
    bad = table.assign(power_ratio=table.power_ratio.where(table.tau_c < 1.0, 0.99))
    c = cec.power_advantage_claim(bad, CFG, [])
    assert c.status == "fail" and c.measured["points_not_above"] > 0


def test_negative_beats_classical_engine_fails(table):
    bad = table.assign(classical_bound_cl=2 * table.classical_bound_cl)
    c = cec.beats_classical_engine_claim(bad, CFG, [])
    assert c.status == "fail" and c.measured["n_points_above"] == 0


def test_negative_otto_efficiency_fails(table):
    cfg = {**CFG, "omega_c": 1.01 * CFG["omega_c"]}  # the claim then expects another eta
    assert cec.otto_efficiency_claim(table, cfg, []).status == "fail"


def test_negative_entropy_per_cycle_fails(table):
    bad = table.assign(entropy_cl=table.entropy_cl.where(table.tau_c > 0.1, -1e-9))
    assert cec.entropy_per_cycle_claim(bad, CFG, []).status == "fail"
    nan = table.assign(entropy_q=np.nan)
    assert cec.entropy_per_cycle_claim(nan, CFG, []).status == "fail"


def test_row_and_plot(table):
    row = classical_engine_row(CFG, 1.0, float(TAUS[3]))
    for k in CLASSICAL_ENGINE_COLUMNS:
        np.testing.assert_allclose(row[k], table[k].iloc[3], rtol=1e-12, atol=1e-300)
    fig = plot_classical_engine(table, CFG)
    assert len(fig.axes) == 4


def test_both_eq8_readings_share_one_classical_table_in_a_sensitivity_scope(monkeypatch):
    """The table does not read ``eq8_classical``: inside a sensitivity evaluation the two
    readings of that choice are evaluated on one table (ledger.memo.shared_reads)."""
    from qthermo.ledger import memo
    from qthermo.papers.tajima_funo import alternatives
    from qthermo.papers.tajima_funo import classical_engine as ce

    small = copy.deepcopy(CFG)
    small["fig4"]["n_tau"] = 3
    built = []
    real = ce.classical_engine_table
    monkeypatch.setattr(
        ce, "classical_engine_table", lambda *a, **k: built.append(1) or real(*a, **k)
    )
    section = {"hbar": 1.0, "superradiant": small}
    with memo.scope():
        for reading in ("dephased_engine", "dephased_trajectory"):
            sr = {**small, "eq8_classical": reading}
            alternatives.evaluate_eq8_classical({**section, "superradiant": sr})
    assert len(built) == 1
