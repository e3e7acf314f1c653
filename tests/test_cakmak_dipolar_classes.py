"""Cakmak et al. Sec. III B (issue 14): H_d-invariant classes, oscillations and independent atoms,
against QuTiP, with negative controls for each claim."""

from __future__ import annotations

import numpy as np
import pytest
import qutip
import yaml

from qthermo.papers.cakmak import dipolar_classes as dc
from qthermo.papers.cakmak.dipolar_classes_claims import evaluate_claims
from qthermo.papers.cakmak.model import fig3_initial_state
from qthermo.plumbing.paths import repo_root

ROOT = repo_root(__file__)
_CK = yaml.safe_load((ROOT / "config/config.yaml").read_text())["cakmak"]
S = {**_CK["dipolar_classes"], "n_states": 2, "n_times": 121}
CFG = {"dipolar_classes": S, "gamma0": 1.0}


@pytest.fixture(scope="module")
def tables():
    return dc.class_table(CFG), dc.oscillation_table(CFG), dc.far_table(CFG)


def test_unitary_closed_form_against_qutip():
    """H_d = f0 (|eg><ge| + h.c.) propagated by QuTiP from a random state."""
    rho0 = dc.random_class_state("outside", np.random.default_rng(3))
    f0, t = 1.3, np.linspace(0, 2.0, 41)
    H = np.zeros((4, 4))
    H[1, 2] = H[2, 1] = f0
    res = qutip.mesolve(
        qutip.Qobj(H), qutip.Qobj(rho0), t, [], options={"atol": 1e-10, "rtol": 1e-10}
    )
    c_l1 = [np.abs(s.full()[~np.eye(4, dtype=bool)]).sum() for s in res.states]
    assert np.allclose(c_l1, dc.c_l1_unitary_closed_form(rho0, f0, t), atol=1e-6)


def test_random_class_states_are_states():
    rng = np.random.default_rng(0)
    for kind in dc.CLASSES:
        rho = dc.random_class_state(kind, rng)
        assert np.trace(rho).real == pytest.approx(1.0)
        assert np.linalg.eigvalsh(rho).min() > -1e-12
    with pytest.raises(ValueError, match="kind"):
        dc.random_class_state("Y", rng)


def test_claims_pass(tables):
    got = {c.id: c.status for c in evaluate_claims(*tables, S, [])}
    assert set(got.values()) == {"pass"}, got


def test_negative_controls(tables):
    ct, ot, ft = tables
    bad = ct.copy()
    bad.loc[bad.kind == "S", "commutator"] = 0.3  # a class member that H_d moves
    assert evaluate_claims(bad, ot, ft, S, [])[0].status == "fail"
    bad = ct.copy()
    bad.loc[bad.kind == "X", "max_dev_open"] = 0.05  # the bath lets f0 in
    assert evaluate_claims(bad, ot, ft, S, [])[1].status == "fail"
    bad = ot.copy()
    bad["c_l1_closed_form"] = bad.c_l1_closed_form * 1.01  # wrong amplitude
    assert evaluate_claims(ct, bad, ft, S, [])[2].status == "fail"
    bad = ft.copy()
    bad.loc[bad.state == "gg", "c_l1"] = 0.01  # independent atoms generating coherence
    assert evaluate_claims(ct, ot, bad, S, [])[3].status == "fail"


def test_fig3_states_are_outside_the_classes():
    H = np.zeros((4, 4))
    H[1, 2] = H[2, 1] = 1.0
    for s in ("a", "b"):
        rho = fig3_initial_state(s)
        assert np.abs(H @ rho - rho @ H).max() > 0.1
