"""Result 3's Carnot cycle with local decay (Tajima-Funo, issue 12): the 4-state chain against
the full 2N-dimensional Lindblad cycle and the two-level reduction, thermodynamic consistency,
and the tf.local_decay.* claims with negative controls."""

from __future__ import annotations

import numpy as np
import pytest
import yaml

from qthermo.core.cycles import cycle_map, limit_cycle_state, run_cycle
from qthermo.core.superop import unvec, vec
from qthermo.papers.tajima_funo import local_decay as ld
from qthermo.papers.tajima_funo.carnot_cycle import protocol, reduced_cycle, reduced_start
from qthermo.papers.tajima_funo.local_decay_claims import evaluate_claims
from qthermo.plumbing.paths import repo_root

ROOT = repo_root(__file__)
_TF = yaml.safe_load((ROOT / "config/config.yaml").read_text())["tajima_funo"]
CFG = {**_TF["local_decay"], "N_max": 256, "n_points": 12, "transient_points": 11,
       "full_check_N_max": 3, "transient_N": 64,
       "protocol": {k: _TF["carnot"][k] for k in ld.PROTOCOL_KEYS}, "hbar": 1.0}  # fmt: skip
PROTO = CFG["protocol"]


@pytest.fixture(scope="module")
def tables():
    return ld.sweep_table(CFG), ld.transient_table(CFG), ld.full_check_table(CFG)


@pytest.mark.parametrize("N,kappa", [(2, 0.3), (3, 0.05), (4, 2.0)])
def test_chain_is_the_full_space_dynamics_for_one_cycle_from_any_chain_state(N, kappa):
    """One cycle of the full 2N-dim Lindblad map applied to an embedded chain state stays in
    the chain's family and equals the chain map (not only at the limit cycle)."""
    pr = protocol(N, **PROTO)
    cc = ld.chain_cycle(pr, kappa)
    full = cycle_map(ld.full_local_cycle(pr, kappa))
    p = np.array([0.4, 0.1, 0.3, 0.2])
    rho1 = unvec(full @ vec(ld.embed_populations(p, N)), 2 * N)
    assert np.allclose(rho1, ld.embed_populations(cc.M @ p, N), atol=1e-12)
    assert np.allclose(cc.M_minus_1, cc.M - np.eye(4), atol=1e-12)


def test_without_local_decay_the_chain_is_the_two_level_reduction():
    pr = protocol(16, **PROTO)
    cc = ld.chain_cycle(pr, 0.0)
    th = cc.thermodynamics(cc.limit_populations())
    cyc = reduced_cycle(pr, "collective")
    res = run_cycle(cyc, limit_cycle_state(cyc, reduced_start(pr)).rho, 11)
    assert th["power"] == pytest.approx(res.power, rel=1e-10)
    assert th["heat_hot"] == pytest.approx(res.heat_hot, rel=1e-10)


def test_full_model_is_thermodynamically_consistent():
    m = ld.full_local_model(3, omega=2.0, beta=1.0, gamma0=1.0, kappa=0.2)  # checks at build
    m.check_gibbs_fixed_point()
    with pytest.raises(ValueError, match="kappa"):
        ld.chain_cycle(protocol(4, **PROTO), -0.1)


def test_stable_cycle_map_difference_where_the_naive_one_loses_digits():
    """M - 1 from phi_1 keeps the slow mode that M - I computes with ~1e-8 relative error."""
    cc = ld.chain_cycle(protocol(1024, **PROTO), 1e-3)
    mu = np.sort(np.linalg.eigvals(cc.M_minus_1).real)[::-1]
    rate = -np.log1p(mu[1]) / cc.period
    assert rate / 1e-3 == pytest.approx(0.2382, rel=1e-3)


def test_tables(tables):
    sweep, transient, check = tables
    assert (sweep.entropy_production > 0).all()
    assert check.max_rel_diff.max() < 1e-9
    for kappa, d in transient.groupby("kappa"):
        d = d.sort_values("kappa_t")
        assert d.power.iloc[0] <= d.power_kappa0.iloc[0]
        if kappa == min(CFG["kappas"]):  # kappa t = 1e-3 is a few hundred cycles, little decay
            assert d.power.iloc[0] == pytest.approx(d.power_kappa0.iloc[0], rel=1e-2)
        assert d.power.iloc[-1] < 0.05 * d.power.iloc[0]
        assert np.all(np.diff(d.power) <= 1e-12)


def test_claims_pass(tables):
    sweep, _, check = tables
    claims = {c.id: c for c in evaluate_claims(sweep, check, CFG, [])}
    assert {c.status for c in claims.values()} == {"pass"}, {
        k: c.measured for k, c in claims.items()
    }


def test_reduction_claim_fails_on_a_wrong_full_space_value(tables):
    sweep, _, check = tables
    bad = check.copy()
    bad.loc[bad.index[-1], "max_rel_diff"] = 1e-6
    assert evaluate_claims(sweep, bad, CFG, [])[0].status == "fail"


def test_saturation_claim_fails_when_local_decay_costs_nothing(tables):
    """A medium whose O(N) power survived local decay (kappa > 0 rows = kappa = 0 rows)."""
    sweep, _, check = tables
    bad = sweep.copy()
    ref = bad[bad.kappa == 0].set_index("N").power
    pos = bad.kappa > 0
    bad.loc[pos, "power"] = bad.loc[pos, "N"].map(ref).to_numpy()
    assert evaluate_claims(bad, check, CFG, [])[1].status == "fail"


@pytest.mark.parametrize("factor", [1.5, 0.5])
def test_lifetime_claim_fails_on_a_wrong_rate_constant(tables, factor):
    sweep, _, check = tables
    bad = sweep.copy()
    bad["slow_rate"] = bad.slow_rate * factor
    assert evaluate_claims(bad, check, CFG, [])[2].status == "fail"
