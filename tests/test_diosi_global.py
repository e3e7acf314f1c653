"""Diosi slide 2 (issue 14): the joint thermalizer. Consistency of the construction, its
stationary currents against brute force (QuTiP), and the diosi.global.* claims with negative
controls."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import qutip
import yaml

from qthermo.core.thermo import heat_currents
from qthermo.papers.diosi import global_me as g
from qthermo.papers.diosi.global_claims import evaluate_claims
from qthermo.papers.diosi.model import stationary_state
from qthermo.plumbing.paths import repo_root

ROOT = repo_root(__file__)
DI = yaml.safe_load((ROOT / "config/config.yaml").read_text())["diosi"]
CFG = {**DI["global"], "n_eps": 11}
LOCAL = {**DI["local"], "n_omega": 9, "n_t": 7}
P = dict(omega_A=1.2, omega_B=1.0, beta_A=0.5, beta_B=1.0, gamma_A=0.05, gamma_B=0.08, eps=0.1)


def test_each_bath_alone_has_the_gibbs_state_of_the_coupled_hamiltonian():
    m = g.global_model(**P)  # commutation and detailed balance checked at construction
    m.check_gibbs_fixed_point()
    with pytest.raises(ValueError, match="eps"):
        g.global_model(**{**P, "eps": 1.2})


def test_equal_temperatures_give_no_current():
    m = g.global_model(**{**P, "beta_A": 1.0})
    assert np.max(np.abs(heat_currents(m, stationary_state(m)))) < 1e-14


def _secular_channels(H, x, beta, gamma):
    """Davies channels of ``x`` for ``H``, built in QuTiP from its eigenstates."""
    E, states = H.eigenstates()
    comps: dict[float, qutip.Qobj] = {}
    for i, si in enumerate(states):
        for j, sj in enumerate(states):
            amp = (
                complex((si.dag() * x * sj).full()[0, 0])
                if hasattr(si.dag() * x * sj, "full")
                else complex(si.dag() * x * sj)
            )
            if abs(amp) > 1e-13:
                w = round(float(E[j] - E[i]), 10)
                comps[w] = comps.get(w, 0 * H) + amp * si * sj.dag()
    return [L for w, op in comps.items()
            for L in (np.sqrt(gamma) * op, np.sqrt(gamma * np.exp(-beta * w)) * op.dag())]  # fmt: skip


def test_stationary_currents_against_qutip():
    """The same secular channels built independently in QuTiP from the coupled H."""
    a = qutip.tensor(qutip.destroy(2), qutip.qeye(2))
    b = qutip.tensor(qutip.qeye(2), qutip.destroy(2))
    H = (P["omega_A"] * a.dag() * a + P["omega_B"] * b.dag() * b
         + P["eps"] * (a.dag() * b + b.dag() * a))  # fmt: skip
    baths = {"A": _secular_channels(H, a, P["beta_A"], P["gamma_A"]),
             "B": _secular_channels(H, b, P["beta_B"], P["gamma_B"])}  # fmt: skip
    rho = qutip.steadystate(H, baths["A"] + baths["B"])
    J = {}
    for name, ops in baths.items():
        vec = qutip.operator_to_vector(rho)
        D = sum(qutip.vector_to_operator(qutip.lindblad_dissipator(L) * vec) for L in ops)
        J[name] = float(np.real((H * D).tr()))
    m = g.global_model(**P)
    ours = heat_currents(m, stationary_state(m))
    assert ours[0] == pytest.approx(J["A"], rel=1e-8)
    assert ours[1] == pytest.approx(J["B"], rel=1e-8)
    assert J["A"] > 0  # the hot bath feeds the system


@pytest.fixture(scope="module")
def tables():
    cmp = g.comparison_table(CFG)
    gmap = g.global_map_table(LOCAL)
    lmap = pd.DataFrame({"omega_ratio": gmap.omega_ratio, "t_ratio": gmap.t_ratio,
                         "sigma_sign": np.where(gmap.omega_ratio > gmap.t_ratio, -1, 1)})  # fmt: skip
    return cmp, gmap, lmap


def test_claims_pass(tables):
    got = {c.id: c.status for c in evaluate_claims(*tables, CFG, DI["tolerances"], [])}
    assert set(got.values()) == {"pass"}, got


def test_negative_controls(tables):
    cmp, gmap, lmap = tables
    tol = DI["tolerances"]
    bad = gmap.copy()
    bad.loc[bad.index[3], "sigma"] = -0.01 * bad.sigma.abs().max()  # a violating point
    assert evaluate_claims(cmp, bad, lmap, CFG, tol, [])[0].status == "fail"
    bad = cmp.copy()  # a local equation that converges to the global one as eps -> 0
    det = bad.detuning > 0
    glob = bad[det & (bad.kind == "global")].set_index("eps").J_A
    loc = det & (bad.kind == "local")
    bad.loc[loc, "J_A"] = (bad.loc[loc, "eps"].map(glob) * (1 + bad.loc[loc, "eps"])).to_numpy()
    assert evaluate_claims(bad, gmap, lmap, CFG, tol, [])[1].status == "fail"
    bad = cmp.copy()  # a global equation whose current vanishes with eps like the local one
    res = (bad.detuning == 0) & (bad.kind == "global")
    bad.loc[res, "J_A"] = bad.loc[res, "J_A"] * bad.loc[res, "eps"] ** 2
    assert evaluate_claims(bad, gmap, lmap, CFG, tol, [])[2].status == "fail"
