"""Negative controls of the ck.* depth claims: ck.fig4.exponential_fit (a pure exponential
must pass, the exact closed form at nbar = 10 fails) and ck.harvest.bath_temperature (a
dephased pair, or a wrong bath temperature, must fail)."""

import numpy as np
import pandas as pd
import pytest

from qthermo.papers.cakmak.growth_claims import claim_exponential_fit, exponential_fit
from qthermo.papers.cakmak.harvest_claims import bath_temperature_rows, claim_bath_temperature
from qthermo.papers.cakmak.harvesting import dephase_pair, exact_collision_map, thermal_pair_state
from qthermo.papers.cakmak.harvesting_figure import _fixed_point_p_e
from qthermo.papers.cakmak.symmetric import long_time_c_l1_closed_form

CFG = {
    "gamma0": 1.0,
    "fig4": {"nbar": 10.0, "f0": 1.0, "N_min": 2, "N_max": 7, "r2_min": 0.999},
    "harvest": {"g_tau": 0.1, "f0": 1.0, "teff_rtol": 1e-6},
}
ART = {"fig4": ["f4.png"], "harvest": ["h.png"]}


def _fig4(c):
    return {"fig4": pd.DataFrame({"N": np.arange(2, 8), "c_l1_full": c})}


def test_exponential_fit_recovers_base():
    n = np.arange(2, 8)
    A, b, r2 = exponential_fit(n, 0.3 * 1.7**n)
    assert (A, b, r2) == pytest.approx((0.3, 1.7, 1.0))


def test_exponential_claim_passes_for_pure_exponential_fails_for_closed_form():
    n = np.arange(2, 8)
    assert claim_exponential_fit(_fig4(0.3 * 1.7**n), CFG, ART).status == "pass"
    exact = [long_time_c_l1_closed_form(int(k), 10.0)[0] for k in n]
    c = claim_exponential_fit(_fig4(exact), CFG, ART)
    assert c.status == "fail" and c.margin.value == pytest.approx(0.9632, abs=1e-3)


def _harvest(nbars, kind="thermal", t_shift=1.0):
    rows = []
    for n in nbars:
        a = thermal_pair_state(n)
        a = dephase_pair(a) if kind == "dephased" else a
        pe = _fixed_point_p_e(exact_collision_map(a, 0.1))
        rows.append({"nbar": n, "p_e_exact_map_fixed_point": pe,
                     "T_bath": t_shift / np.log1p(1.0 / n)})  # fmt: skip
    return {"harvest": pd.DataFrame(rows)}


def test_bath_temperature_holds_to_all_orders():
    t = bath_temperature_rows([0.5, 5.0], [0.3, 3.0], gamma0=1.0, f0=1.0)
    assert np.allclose(t.T_fixed_point, t.T_bath, rtol=1e-9)
    assert claim_bath_temperature(_harvest([0.5, 5.0]), CFG, ART["harvest"]).status == "pass"


def test_bath_temperature_fails_for_dephased_pairs_or_wrong_bath():
    assert claim_bath_temperature(_harvest([0.5, 5.0], "dephased"), CFG, ["h"]).status == "fail"
    assert claim_bath_temperature(_harvest([0.5, 5.0], t_shift=1.01), CFG, ["h"]).status == "fail"
