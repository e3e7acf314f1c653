"""Property tests of Tajima-Funo Ineqs. (2)-(4), sigma >= 0 and the power-efficiency bound Eq. (8).

Random detailed-balance Lindbladians with degenerate spectra, collective (dense block) jumps,
dephasing (omega = 0) channels and one or two baths; random states with and without coherence.
doi:10.1103/PhysRevLett.127.190604.  The classical half of Eq. (8) is the Shiraishi-Saito-Tasaki
style trade-off (doi:10.1103/PhysRevLett.117.190601) for incoherent engines.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qthermo.core.coherence import block_diagonal
from qthermo.core.cycles import (
    Cycle,
    Stroke,
    limit_cycle_state,
    power_efficiency_constant,
    run_cycle,
)
from qthermo.core.model import Bath, Jump, Model
from qthermo.core.states import random_density
from qthermo.core.thermo import entropy_production
from qthermo.core.tradeoff import evaluate_tradeoff


def random_model(
    rng: np.random.Generator,
    *,
    n_baths: int | None = None,
    collective: bool = True,
    dephasing: bool = True,
    scale: float = 1.0,
    mults=None,
    energies=None,
    betas=None,
) -> Model:
    """Random model obeying [L, H] = hbar omega L and detailed balance (checked by Model)."""
    if mults is None:
        n_levels = int(rng.integers(2, 4))
        mults = rng.integers(1, 4, size=n_levels)
    if energies is None:
        energies = np.cumsum(rng.uniform(0.2, 1.5, size=len(mults)))
    idx, E, labels = [], [], []
    pos = 0
    for k, (m, e) in enumerate(zip(mults, energies, strict=True)):
        idx.append(np.arange(pos, pos + m))
        E.extend([scale * e] * m)
        labels.extend([(f"e{k}", j) for j in range(m)])
        pos += m
    d = pos
    nb = int(rng.integers(1, 3)) if n_baths is None else n_baths
    if betas is None:
        betas = rng.uniform(0.2, 3.0, size=nb)
    baths = []
    for b, beta in enumerate(betas):
        jumps = []
        pairs = [(hi, lo) for hi in range(len(mults)) for lo in range(hi)]
        keep = rng.random(len(pairs)) >= 0.25
        keep[rng.integers(len(pairs))] = True  # at least one transition per bath
        for (hi, lo), k in zip(pairs, keep, strict=True):
            if not k:
                continue
            L = np.zeros((d, d), dtype=complex)
            shape = (len(idx[lo]), len(idx[hi]))
            if collective:
                L[np.ix_(idx[lo], idx[hi])] = rng.normal(size=shape) + 1j * rng.normal(size=shape)
            else:  # one incoherent channel |lo, j><hi, j'| (no collective action)
                L[idx[lo][rng.integers(shape[0])], idx[hi][rng.integers(shape[1])]] = 1.0
            w = scale * (energies[hi] - energies[lo])
            g = rng.uniform(0.1, 2.0)
            jumps.append(Jump(L, w, g, f"L{b}{hi}{lo}"))
            jumps.append(Jump(L.conj().T, -w, g * np.exp(-beta * w), f"Ld{b}{hi}{lo}"))
        if dephasing and rng.random() < 0.5:
            A = np.zeros((d, d), dtype=complex)
            for ix in idx:
                Z = rng.normal(size=(len(ix), len(ix))) + 1j * rng.normal(size=(len(ix), len(ix)))
                A[np.ix_(ix, ix)] = Z + Z.conj().T
            jumps.append(Jump(A, 0.0, rng.uniform(0.1, 1.0), f"deph{b}"))
        baths.append(Bath(f"b{b}", float(beta), tuple(jumps)))
    return Model(np.array(E), labels, baths)


def random_state(rng: np.random.Generator, model: Model, kind: str) -> np.ndarray:
    d = model.dim
    G = rng.normal(size=(d, d)) + 1j * rng.normal(size=(d, d))
    rho = G @ G.conj().T + rng.uniform(0.0, 0.5) * np.eye(d)
    rho /= np.trace(rho)
    if kind == "bd":
        rho = block_diagonal(model, rho)
    elif kind == "sd":
        rho = np.diag(np.diag(rho))
    return rho


def check_point(model: Model, rho: np.ndarray) -> None:
    tp = evaluate_tradeoff(model, rho)
    assert tp.ineq2, (tp.cd, tp.cd_bd)
    assert tp.ineq3, (tp.cd_sd, tp.A_cl / 2)
    assert tp.ineq4, (tp.cd_bd, (tp.A_cl + tp.A_qm) / 2)
    for s in (tp.sigma, tp.sigma_bd, tp.sigma_sd):
        assert s >= 0.0
    br = entropy_production(model, rho, detail=True, check_nonnegative=False)
    for per_bath in br.per_bath:  # each bath's Spohn term is itself non-negative
        assert per_bath >= -1e-12 * (1 + abs(br.total))


def test_inequalities_on_thousands_of_random_cases():
    rng = np.random.default_rng(20211104)
    n = 0
    for _ in range(500):
        model = random_model(rng)
        for kind in ("full", "full", "bd", "sd"):
            check_point(model, random_state(rng, model, kind))
            n += 1
    assert n == 2000


@settings(max_examples=150, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    kind=st.sampled_from(["full", "bd", "sd"]),
    collective=st.booleans(),
)
def test_inequalities_hypothesis(seed, kind, collective):
    rng = np.random.default_rng(seed)
    model = random_model(rng, collective=collective)
    check_point(model, random_state(rng, model, kind))


def test_coherent_states_exceed_the_classical_bound_so_the_check_can_fail():
    """Sanity: bright coherent states of collective models exceed A_cl/2 (Ineq. 3 fails for them)."""
    rng = np.random.default_rng(7)
    exceed = 0
    for _ in range(50):
        model = random_model(rng, mults=[3, 3], n_baths=1, dephasing=False)
        L = next(j.op for j in model.baths[0].jumps if j.omega > 0)[:3, 3:]
        _, _, Vh = np.linalg.svd(L)
        psi_e = Vh[0].conj()  # brightest excited-block vector
        psi_g = L @ psi_e
        psi_g /= np.linalg.norm(psi_g)
        beta, w = model.baths[0].beta, model.energies[3] - model.energies[0]
        pe = 1 / (1 + (1 + 1 / 3) * np.exp(beta * w))  # off equilibrium, as rho^+ of Eq. (5)
        rho = np.zeros((6, 6), dtype=complex)
        rho[:3, :3] = (1 - pe) * np.outer(psi_g, psi_g.conj())
        rho[3:, 3:] = pe * np.outer(psi_e, psi_e.conj())
        tp = evaluate_tradeoff(model, rho)
        assert tp.ineq4
        exceed += tp.cd_bd > tp.A_cl / 2
    assert exceed > 25


def random_otto(rng: np.random.Generator, collective: bool) -> Cycle:
    """Otto cycle: same random level structure, gaps scaled by lam < 1 in the cold stroke."""
    mults = (
        rng.integers(1, 3, size=int(rng.integers(2, 4)))
        if collective
        else [1] * int(rng.integers(2, 5))
    )
    energies = np.cumsum(rng.uniform(0.3, 1.5, size=len(mults)))
    bh, bc = sorted(rng.uniform(0.2, 3.0, size=2))
    lam = rng.uniform(0.2, 1.0)
    seed = int(rng.integers(2**31))
    # the same seed gives both strokes the same jump structure; only beta and the gaps differ
    hot, cold = (
        random_model(
            np.random.default_rng(seed),
            n_baths=1,
            collective=collective,
            dephasing=False,
            mults=mults,
            energies=energies,
            betas=[beta],
            scale=scale,
        )
        for beta, scale in ((bh, 1.0), (bc, lam))
    )
    return Cycle(
        (Stroke(hot, rng.uniform(0.05, 2.0), "hot"), Stroke(cold, rng.uniform(0.05, 2.0), "cold"))
    )


@pytest.mark.parametrize("collective", [False, True])
def test_power_efficiency_tradeoff_eq8_random_engines(collective):
    """Eq. (8): (W/tau)/(eta_Car - eta) <= c A_cl_bar (incoherent) or c (A_cl_bar + A_qm_bar)."""
    rng = np.random.default_rng(8 + collective)
    engines = 0
    for _ in range(60):
        cyc = random_otto(rng, collective)
        d = cyc.dim
        if collective:
            rho0 = block_diagonal(cyc.strokes[0].model, random_density(rng, d))
        else:
            rho0 = np.diag(rng.uniform(0.1, 1.0, size=d)).astype(complex)
        rho0 /= np.trace(rho0)
        fp = limit_cycle_state(cyc, rho0)
        res = run_cycle(cyc, fp.rho, 201)
        assert res.closure < 1e-10
        if res.work <= 0:
            continue
        engines += 1
        assert res.efficiency <= res.eta_carnot
        c = power_efficiency_constant(*cyc.betas)
        bound = c * (res.A_cl_mean + (res.A_qm_mean if collective else 0.0))
        # slack 1e-6: Simpson-rule error of the cycle averages, far below the margins seen
        assert res.ratio <= bound * (1 + 1e-6)
    assert engines >= 10
