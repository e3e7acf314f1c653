"""ck.superlinear (qthermo.papers.cakmak.growth_claims): local log-log slopes, with negative
controls (linear and sublinear growth must fail)."""

import numpy as np
import pandas as pd
import pytest

from qthermo.papers.cakmak.growth_claims import claim_superlinear, local_slopes

CFG = {"gamma0": 1.0, "fig4": {"nbar": 10.0, "f0": 1.0, "N_min": 2, "N_max": 7}}
ART = {"fig4": ["f4.png"], "beyond": ["b.png"]}


def _dfs(c_fig4, c_beyond):
    n4, nb = np.arange(2, 2 + len(c_fig4)), np.arange(2, 2 + len(c_beyond))
    return {"fig4": pd.DataFrame({"N": n4, "c_l1_full": c_fig4}),
            "beyond": pd.DataFrame({"N": nb, "c_l1_closed_form": c_beyond})}  # fmt: skip


def test_local_slopes_of_power_laws():
    n = np.array([2.0, 4.0, 8.0])
    assert local_slopes(n, n**3) == pytest.approx([3.0, 3.0])


@pytest.mark.parametrize(("power", "status"), [(2.0, "pass"), (1.2, "pass"), (0.8, "fail")])
def test_superlinear_claim_fails_for_sublinear_growth(power, status):
    n = np.arange(2, 8, dtype=float)
    c = claim_superlinear(_dfs(n**power, n**power), CFG, ART)
    assert c.status == status
    assert c.margin is not None and c.margin.value == pytest.approx(power)
