"""Kamimura analysis layer: grids, claim evaluation on a small sweep, and claims that fail."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from qthermo.papers.kamimura import claims as akc
from qthermo.papers.kamimura import tables as akt
from qthermo.papers.kamimura.grids import odd_log_grid

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def small():
    cfg = yaml.safe_load((ROOT / "config/config.yaml").read_text())["kamimura"]
    quick = yaml.safe_load((ROOT / "config/quick.yaml").read_text())["kamimura"]
    for key, val in quick.items():
        cfg[key].update(val)
    return cfg, akt.sweep(cfg)


def test_odd_log_grid():
    grid = odd_log_grid(11, 1001, 10)
    assert grid[:5] == [3, 5, 7, 9, 11]
    assert all(L % 2 == 1 for L in grid) and grid[-1] == 1001 and 101 in grid
    assert grid == sorted(set(grid))


def test_scaling_csv_columns_and_models(small):
    _, tabs = small
    sc = tabs["scaling"]
    assert list(sc.columns[:5]) == ["L", "model", "J0", "bound1", "bound2"]
    assert set(sc.model) == set(akt.MODELS)


def test_all_claims_pass_on_quick_config(small):
    cfg, tabs = small
    claims = akc.evaluate_claims(tabs, cfg, [])
    assert {c.id for c in claims} >= {
        "kytm.eq12",
        "kytm.eq17",
        "kytm.scaling.m_eq_L",
        "kytm.scaling.m_eq_Lminus1",
        "kytm.scaling.m_eq_Lminus2",
        "kytm.scaling.superradiance",
        "kytm.scaling.parallel",
        "kytm.bound1_holds",
        "kytm.bound2_holds",
        "kytm.bound1_saturated",
        "kytm.bound2_saturated",
        "kytm.superabsorption.delta_e",
        "kytm.burst_peak",
    }
    assert all(c.status == "pass" for c in claims), [
        (c.id, c.measured) for c in claims if c.status != "pass"
    ]


def _status(cfg, tabs, cid):
    return {c.id: c.status for c in akc.evaluate_claims(tabs, cfg, [])}[cid]


def test_claims_fail_when_numbers_are_wrong(small):
    cfg, tabs = small
    bad = copy.deepcopy(tabs)
    sel = bad["scaling"].model == "m=L-1"
    bad["scaling"].loc[sel, "J0"] *= 1 + 1e-6
    assert _status(cfg, bad, "kytm.eq12") == "fail"
    bad = copy.deepcopy(tabs)
    sel = bad["scaling"].model == "superradiance"
    bad["scaling"].loc[sel, "bound2"] *= 0.9  # |J|/bound2 -> 0.28: still holds
    assert _status(cfg, bad, "kytm.bound2_holds") == "pass"
    bad["scaling"].loc[sel, "bound2"] *= 0.2  # now violated
    assert _status(cfg, bad, "kytm.bound2_holds") == "fail"
    bad = copy.deepcopy(tabs)
    sel = bad["scaling"].model == "parallel"
    bad["scaling"].loc[sel, "J0"] = bad["scaling"].loc[sel, "L"] ** 1.1
    assert _status(cfg, bad, "kytm.scaling.parallel") == "fail"
    bad = copy.deepcopy(tabs)
    bad["burst_peaks"]["J_peak"] = bad["burst_peaks"].L ** 1.8
    assert _status(cfg, bad, "kytm.burst_peak") == "fail"


def test_claims_name_their_family_function(small):
    cfg, tabs = small
    producers = {c.id: c.producer for c in akc.evaluate_claims(tabs, cfg, [])}
    prefix = "qthermo.papers.kamimura.claims."
    assert producers["kytm.eq12"] == prefix + "claim_eq12"
    assert producers["kytm.bound2_holds"] == prefix + "claims_bounds_hold"
    assert producers["kytm.rwa_heat_current"] == prefix + "claim_rwa_heat_current"
    assert all(p.startswith(prefix + "claim") for p in producers.values())
