"""Diosi slides 1 and 3 (issue 14): the noise-averaged stochastic coupling against L_K (seeded,
reproducible), the Lindblad reference against QuTiP, slide 1's vanishing current, and negative
controls for diosi.noise_average and diosi.s1.current_vanishes."""

from __future__ import annotations

import numpy as np
import qutip
import yaml

from qthermo.papers.diosi import noise as nz
from qthermo.plumbing.paths import repo_root

ROOT = repo_root(__file__)
DI = yaml.safe_load((ROOT / "config/config.yaml").read_text())["diosi"]
SMALL = {**DI["noise"], "trajectories": 4000, "steps_per_unit_time": 400}
CFG = {**DI, "noise": SMALL}


def test_lindblad_reference_against_qutip():
    psi0 = nz.initial_state(SMALL["initial_amplitudes"])
    a = qutip.tensor(qutip.destroy(2), qutip.qeye(2))
    b = qutip.tensor(qutip.qeye(2), qutip.destroy(2))
    eps = 0.7
    rho0 = qutip.Qobj(np.outer(psi0, psi0.conj()), dims=[[2, 2], [2, 2]])
    c_ops = [np.sqrt(eps) * a.dag() * b, np.sqrt(eps) * a * b.dag()]
    times = [0.0, 0.3, 1.1]
    ref = qutip.mesolve(0 * a, rho0, times, c_ops, options={"atol": 1e-12, "rtol": 1e-10})
    ours = nz.lindblad_reference(rho0.full(), eps=eps, times=times)
    for r, o in zip(ref.states, ours, strict=True):
        assert np.max(np.abs(r.full() - o)) < 1e-8


def test_simulation_is_seeded_and_reproducible():
    cfg = {**SMALL, "trajectories": 500, "steps_per_unit_time": 50}
    assert nz.noise_table(cfg).to_csv() == nz.noise_table(cfg).to_csv()
    other = nz.noise_table({**cfg, "seed": cfg["seed"] + 1})
    assert not np.allclose(other["mean"], nz.noise_table(cfg)["mean"])


def test_claims_pass():
    tab = nz.noise_table(SMALL)
    got = {c.id: c.status for c in nz.evaluate_claims(tab, CFG, [])}
    assert set(got.values()) == {"pass"}, got


def test_negative_controls():
    """Each claim fed a deliberately wrong input fails."""
    for wrong in (2.0, 0.5):  # L_K at twice / half the rate (a misread noise normalisation)
        tab = nz.noise_table(SMALL, reference_eps=wrong * SMALL["eps"])
        assert nz.noise_claim(tab, CFG, []).status == "fail"
    tab = nz.noise_table(SMALL, reference_eps=1e-9)  # no dissipator: the noise averaged to nothing
    assert nz.noise_claim(tab, CFG, []).status == "fail"
    assert nz.current_claim(CFG, [], operator="printed").status == "fail"
