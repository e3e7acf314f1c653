"""Claim tf.result2.scalings (Tajima-Funo Result 2): it passes on the 2N-dimensional sweep and
fails when fed data without the stated scalings (negative controls)."""

from __future__ import annotations

import pytest
import yaml

from qthermo.papers.tajima_funo import fig1
from qthermo.papers.tajima_funo.result2_claims import scaling_claim
from qthermo.plumbing.paths import repo_root

ROOT = repo_root(__file__)
CFG = {**yaml.safe_load((ROOT / "config/config.yaml").read_text())["tajima_funo"]["fig1"],
       "N_max": 48, "full_N_max": 48, "n_points": 10, "fit_N_min": 16}  # fmt: skip
ART = ["figures/tajima_funo_fig1.png"]


@pytest.fixture(scope="module")
def sweep():
    return fig1.sweep(CFG)


def test_passes_on_the_sweep(sweep):
    c = scaling_claim(sweep, CFG, ART)
    assert c.status == "pass", c.measured
    assert c.measured["max_rel_dev_C_l1_from_N_minus_1"] < 1e-12


@pytest.mark.parametrize(
    "column,transform",
    [
        ("A_qm", lambda d: d.A_qm * d.N),  # O(N^3): wrong exponent
        ("A_qm", lambda d: d.A_qm / d.N),  # O(N): the bound no longer grows as N^2
        ("cd_ratio", lambda d: d.cd_ratio / d.N),  # a dissipative current: CD ratio O(N)
        ("C_l1_bd", lambda d: d.C_l1_bd * 1.001),  # a wrong prefactor of N - 1
        ("A_cl", lambda d: d.A_cl * d.N),
    ],
)
def test_fails_on_wrong_scalings(sweep, column, transform):
    bad = sweep.copy()
    plus = bad.state == "rho_plus"
    bad.loc[plus, column] = transform(bad[plus])
    assert scaling_claim(bad, CFG, ART).status == "fail"


def test_fails_when_the_dephased_state_is_coherent(sweep):
    """rho^+_sd carrying rho^+'s O(N^2) CD ratio breaks the stated contrast."""
    bad = sweep.copy()
    plus, sd = bad.state == "rho_plus", bad.state == "rho_plus_sd"
    bad.loc[sd, "cd_ratio"] = bad.loc[plus, "cd_ratio"].to_numpy()
    assert scaling_claim(bad, CFG, ART).status == "fail"
