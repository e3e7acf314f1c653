"""Claims tf.carnot.activity_scaling (Carnot sweep) and tf.result4.rho_eq_bd (2-qubit limit
cycle), with negative controls."""

import pandas as pd
import pytest
import yaml

from qthermo.papers.tajima_funo.carnot_activity_claims import activity_scaling_claim
from qthermo.papers.tajima_funo.fig2 import sweep
from qthermo.plumbing.paths import repo_root

CN = yaml.safe_load((repo_root() / "config/config.yaml").read_text())["tajima_funo"]["carnot"]
SMALL = {**CN, "N_max": 96, "n_points": 8, "fit_N_min": 16}


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return sweep(SMALL)


def test_claim_passes_on_a_fresh_sweep(table):
    c = activity_scaling_claim(table, SMALL, [])
    assert c.status == "pass", c.measured
    assert c.measured["incoherent_max_A_qm_bar"] == 0.0


# -- negative controls ---------------------------------------------------------------------


def test_control_linear_quantum_activity_fails(table):
    bad = table.copy()
    bad["A_qm_bar"] = bad.A_qm_bar / bad.N  # an A_qm_bar = O(N) medium
    assert activity_scaling_claim(bad, SMALL, []).status == "fail"


def test_control_superlinear_classical_activity_fails(table):
    bad = table.copy()
    bad["A_cl_bar"] = bad.A_cl_bar * bad.N**0.5
    assert activity_scaling_claim(bad, SMALL, []).status == "fail"


def test_two_qubit_limit_cycle_is_block_diagonal_and_control_fails():
    from qthermo.papers.tajima_funo.engine_claims import block_diagonal_claim
    from qthermo.papers.tajima_funo.fig3 import fig3_tables

    sr = yaml.safe_load((repo_root() / "config/config.yaml").read_text())["tajima_funo"]
    cfg = {**sr["superradiant"], "fig3_points": 21}
    _, _, summary = fig3_tables(cfg)
    assert block_diagonal_claim(summary, cfg, []).status == "pass"
    # negative control: a cycle state with coherence between the levels must fail
    bad = {k: {**v, "max_inter_level_coherence": 1e-3} for k, v in summary.items()}
    assert block_diagonal_claim(bad, cfg, []).status == "fail"


def test_entropy_production_claim_and_its_negative_controls(table):
    """tf.carnot.entropy_production passes on the sweep; an O(N) dissipation (heat flow kept,
    work reduced so that sigma grows) or a negative entropy production make it fail."""
    from qthermo.papers.tajima_funo.carnot_activity_claims import entropy_production_claim

    c = entropy_production_claim(table, SMALL, [])
    assert c.status == "pass", c.measured
    assert c.by_construction
    bad = table.copy()
    coll = bad.medium == "collective"
    # sigma = (bc - bh) Q_H - bc W: lowering W by N x (its sigma) makes sigma grow as N
    sig = (SMALL["beta_c"] - SMALL["beta_h"]) * bad.heat_hot - SMALL["beta_c"] * bad.work
    bad.loc[coll, "work"] = bad.loc[coll, "work"] - (bad.N * sig / SMALL["beta_c"])[coll]
    assert entropy_production_claim(bad, SMALL, []).status == "fail"
    bad = table.copy()
    bad.loc[bad.index[0], "work"] = bad.loc[bad.index[0], "heat_hot"]  # eta = 1 > eta_Car
    assert entropy_production_claim(bad, SMALL, []).status == "fail"
