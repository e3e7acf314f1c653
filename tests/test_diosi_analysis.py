"""Diosi analysis: sweeps (heat_flow), claims (and that they fail on corrupted data), figure."""

import copy
from pathlib import Path

import numpy as np
import pytest
import yaml

from qthermo.papers.diosi import grids
from qthermo.papers.diosi import heat_flow as A
from qthermo.papers.diosi.claims import evaluate_claims
from qthermo.papers.diosi.heat_flow_plot import plot_heat_flow

ROOT = Path(__file__).resolve().parents[1]


def quick_cfg():
    cfg = yaml.safe_load((ROOT / "config/config.yaml").read_text())["diosi"]
    quick = yaml.safe_load((ROOT / "config/quick.yaml").read_text())["diosi"]
    for k, v in quick.items():
        cfg[k].update(v)
    return cfg


@pytest.fixture(scope="module")
def tables():
    cfg = quick_cfg()
    inc = A.incoherent_sweep(cfg["incoherent"])
    loc = A.local_sweep(cfg["local"], sign_rtol=cfg["tolerances"]["sign_rtol"])
    return cfg, inc, loc


def by_id(claims):
    return {c.id: c for c in claims}


def test_grids():
    assert grids.temperature_pairs([1.0, 0.5, 2.0]) == [(1.0, 0.5), (2.0, 0.5), (2.0, 1.0)]
    w, t = grids.map_axes(
        {
            "omega_ratio_min": 0.3,
            "omega_ratio_max": 3.0,
            "n_omega": 4,
            "t_ratio_min": 1.0,
            "t_ratio_max": 2.0,
            "n_t": 3,
        }
    )
    assert 1.0 in w and len(w) == 5 and np.all(np.diff(w) > 0)
    np.testing.assert_allclose(t, [1.0, np.sqrt(2), 2.0])
    e = grids.eps_grid({"eps_over_gamma_min": 1e-4, "eps_over_gamma_max": 1.0, "n_eps": 5})
    np.testing.assert_allclose(e, [1e-4, 1e-3, 1e-2, 1e-1, 1.0])


def test_claims_on_quick_config(tables):
    cfg, inc, loc = tables
    claims = by_id(evaluate_claims(inc, loc, cfg, ["figures/diosi_heat_flow.png"]))
    assert set(claims) == {
        "diosi.energy_balance",
        "diosi.exact_current",
        "diosi.leading_order",
        "diosi.slide_formula",
        "diosi.slide_steady_state",
        "diosi.incoherent_second_law",
        "diosi.local_me_violation",
    }
    for c in claims.values():
        assert c.status == c.expected_outcome, (c.id, c.measured)
    slide = claims["diosi.slide_formula"]
    assert slide.expected_outcome == "fail" and slide.outcome_reason
    assert [0.2, 0.1] in slide.measured["pairs_within_tolerance_T_A_T_B"]
    assert claims["diosi.local_me_violation"].measured["violating_states"] > 0


def test_slide_claim_expected_to_pass_at_low_temperature_only():
    cfg = quick_cfg()
    cfg["incoherent"]["temperatures"] = [0.1, 0.15]  # x = e^{-omega/T} tiny
    cfg["incoherent"]["gamma_ratios"] = [1.0]
    cfg["local"].update(n_omega=5, n_t=4)
    inc = A.incoherent_sweep(cfg["incoherent"])
    loc = A.local_sweep(cfg["local"])
    slide = by_id(evaluate_claims(inc, loc, cfg, []))["diosi.slide_formula"]
    assert slide.status == "pass" and slide.expected_outcome == "pass"


@pytest.mark.parametrize(
    "claim_id,table,column,factor",
    [
        ("diosi.energy_balance", "inc", "J_B", None),
        ("diosi.exact_current", "inc", "J_A", 1 + 1e-6),
        ("diosi.leading_order", "inc", "rel_err_leading", 1.5),
        ("diosi.slide_steady_state", "inc", "state_dist_slide_1st", None),
        ("diosi.incoherent_second_law", "inc", "sigma", -1.0),
        ("diosi.local_me_violation", "loc", "sigma_sign", -1),
    ],
)
def test_claims_fail_on_corrupted_data(tables, claim_id, table, column, factor):
    cfg, inc, loc = tables
    inc, loc = inc.copy(), loc.copy()
    df = inc if table == "inc" else loc
    if claim_id == "diosi.energy_balance":  # an imbalance just above 1e-10
        df.loc[df.index[0], column] -= 2e-10
    elif factor is None:  # make the slide state error first order
        df[column] = df["state_dist_product"]
    elif claim_id == "diosi.leading_order":
        df.loc[df.index[::3], column] *= factor
    elif claim_id == "diosi.local_me_violation":
        df[column] = np.where(df.violation_predicted, 1, df[column])  # hide the violation
    else:
        df.loc[df.index[0], column] *= factor
    claims = by_id(evaluate_claims(inc, loc, copy.deepcopy(cfg), []))
    assert claims[claim_id].status == "fail"


def test_plot_has_three_panels(tables):
    cfg, inc, loc = tables
    fig = plot_heat_flow(inc, loc, cfg)
    assert len(fig.axes) == 3
    assert fig.axes[1].get_xscale() == "log"
    from qthermo.plumbing.figures import plt

    plt.close(fig)
