"""Kamimura et al., bounds at the worst state: eigenvalue route versus brute force in the 2^L
space, random states and the Lindblad dissipator, and negative controls of the claims."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from qthermo.core.superop import dissipator
from qthermo.ledger.claims import check_leq
from qthermo.papers.kamimura import worst_case as kw
from qthermo.papers.kamimura.bounds import bound1, bound2
from qthermo.papers.kamimura.models import heat_current
from qthermo.papers.kamimura.tables import models_at
from qthermo.papers.kamimura.worst_case_claims import evaluate_worst_case_claims

C = dict(g=0.7, omega_q=1.3, gamma_wn=0.9, gamma_0=1.1, Omega=0.3, beta_sa=0.8)
WC = dict(
    L_small_max=11,
    L_max=61,
    per_decade=10,
    brute_L_max=3,
    n_random=3,
    seed=5,
    degeneracy_rtol=1e-9,
    bound_rtol=1e-9,
    fit_L_min=11,
    fit_L_max=61,
    outside_model="m=L",
    outside_exponent_margin=0.5,
)


@pytest.fixture(scope="module")
def table():
    return kw.worst_case_table(C, WC)


def _claims(df, **wc):
    cfg = {"scaling": C, "worst_case": {**WC, **wc}}
    return {c.id: c for c in evaluate_worst_case_claims(df, cfg, [])}


def test_worst_case_state_on_known_operator():
    X = np.diag([-3.0, 1.0, 3.0, 0.5])
    ws = kw.worst_case_state(X, np.array([1.0, 0, 0, 0]), degeneracy_rtol=1e-12)
    assert ws["J_max"] == 3.0 and ws["degeneracy"] == 2 and ws["J_max_sign"] == 0
    assert (ws["n_exc_min"], ws["n_exc_max"]) == pytest.approx((0.0, 2.0))
    assert ws["overlap_psi0"] == pytest.approx(1.0)
    ws = kw.worst_case_state(np.diag([-1.0, 2.0]), np.array([1.0, 0]), degeneracy_rtol=1e-12)
    assert ws["J_max_sign"] == 1 and ws["overlap_psi0"] == 0.0


@pytest.mark.parametrize("L", [5, 41, 301])
def test_real_solver_agrees_with_the_complex_hermitian_one(L):
    """A real X takes the real symmetric solver. The phase-conjugated X' = D X D^dag (D a
    diagonal of random phases) is complex Hermitian with the same spectrum, the same excitation
    numbers (D commutes with n) and, with psi0' = D psi0, the same overlap: the complex solver
    on it must give the real solver's answer."""
    rng = np.random.default_rng(L)
    for name, mod in models_at(L, C):
        X = mod.X.toarray()
        assert not np.any(X.imag), name  # the real path is the one taken for every model
        D = np.exp(2j * np.pi * rng.random(X.shape[0]))
        Xc = D[:, None] * X * D.conj()[None, :]
        assert np.any(Xc.imag[~np.eye(len(D), dtype=bool)]) or not np.any(X - np.diag(np.diag(X)))
        ws = kw.worst_case_state(X, mod.psi0, degeneracy_rtol=1e-9)
        wc = kw.worst_case_state(Xc, D * mod.psi0, degeneracy_rtol=1e-9)
        scale = max(ws["J_max"], 1e-300)
        assert abs(ws["J_max"] - wc["J_max"]) <= 1e-13 * scale, name
        assert (ws["degeneracy"], ws["J_max_sign"]) == (wc["degeneracy"], wc["J_max_sign"]), name
        for key in ("n_exc_min", "n_exc_max", "overlap_psi0"):
            assert ws[key] == pytest.approx(wc[key], rel=1e-10, abs=1e-10), (name, key)


@pytest.mark.parametrize("L", [3, 5])
def test_eigenvalue_route_matches_full_space(L):
    """Dicke-space max |J| = 2^L-space max |J| = |J| of the eigenvector; restriction exact."""
    rng = np.random.default_rng(L)
    for name, mod in models_at(L, C):
        bf = kw.brute_force_check(name, mod, C, rng, n_random=20, degeneracy_rtol=1e-9)
        ws = kw.worst_case_state(mod.X, mod.psi0, degeneracy_rtol=1e-9)
        assert bf["J_max_full"] == pytest.approx(ws["J_max"], rel=1e-10), name
        assert bf["sym_restriction_rel_error"] < 1e-12, name
        assert bf["J_random_max_dicke"] <= ws["J_max"] * (1 + 1e-12), name
        assert bf["J_random_max_full"] <= bf["J_max_full"] * (1 + 1e-12), name
        w, V = np.linalg.eigh(mod.X.toarray())
        k = int(np.argmax(np.abs(w)))
        assert abs(heat_current(mod, V[:, k])) == pytest.approx(ws["J_max"], rel=1e-12)


def test_lindblad_current_against_superop_dissipator():
    """``lindblad_heat_current`` versus Tr[H D(rho)] from core.superop on random mixed states."""
    rng = np.random.default_rng(1)
    from qthermo.core.states import random_density

    for name in ("m=L-1", "superradiance", "superabsorption", "parallel"):
        e, chans = kw.full_space_channels(name, 3, C)
        rho = random_density(rng, 8)
        D = sum(dissipator(rho, sp.csr_matrix(Lk).toarray().astype(complex), r) for Lk, r in chans)
        assert kw.lindblad_heat_current(e, chans, rho) == pytest.approx(
            float(np.real(np.sum(e * np.diag(D)))), rel=1e-12, abs=1e-14
        )


@pytest.mark.parametrize("L", [3, 5])
def test_pure_state_current_against_density_matrix_route(L):
    """The pure-state fast path (one sparse product per channel) against the dense-state
    ``lindblad_heat_current`` on the same random states, for every model; the random vectors are
    the ones ``random_density(rank=1)`` would draw from the same generator state."""
    from qthermo.core.states import random_density, random_pure_state

    for name in ("m=L", "m=L-1", "superradiance", "superabsorption", "parallel"):
        e, chans = kw.full_space_channels(name, L, C)
        prep = kw._prepare(chans)
        for seed in range(5):
            psi = random_pure_state(np.random.default_rng(seed), 2**L)
            rho = random_density(np.random.default_rng(seed), 2**L, rank=1)
            assert np.max(np.abs(np.outer(psi, psi.conj()) - rho)) < 1e-15
            ref = kw.lindblad_heat_current(e, chans, rho)
            fast = kw.pure_state_heat_current(e, prep, psi)
            assert fast == pytest.approx(ref, rel=1e-12, abs=1e-13), name


def test_pure_state_current_sees_a_wrong_state():
    """Negative control: the fast path fed a different state than the reference disagrees."""
    from qthermo.core.states import random_density, random_pure_state

    e, chans = kw.full_space_channels("superradiance", 4, C)
    psi = random_pure_state(np.random.default_rng(0), 16)
    rho = random_density(np.random.default_rng(1), 16, rank=1)
    fast = kw.pure_state_heat_current(e, kw._prepare(chans), psi)
    assert abs(fast - kw.lindblad_heat_current(e, chans, rho)) > 1e-3


def test_random_search_never_beats_eigenvalue_on_random_hermitian():
    rng = np.random.default_rng(2)
    A = rng.normal(size=(6, 6)) + 1j * rng.normal(size=(6, 6))
    X = A + A.conj().T
    J_max = kw.worst_case_state(X, np.eye(6)[0], degeneracy_rtol=1e-12)["J_max"]
    for _ in range(200):
        v = rng.normal(size=6) + 1j * rng.normal(size=6)
        v /= np.linalg.norm(v)
        assert abs(np.vdot(v, X @ v)) <= J_max * (1 + 1e-12)


@pytest.mark.parametrize("L", [5, 21])
def test_wrong_prefactor_is_exceeded(L):
    """Negative control: Bound 1 with 4 -> 2 and Bound 2 with 2 -> 1 are violated at the worst
    state (m = L saturates both bounds), while the correct prefactors hold."""
    J, b1, b2 = [], [], []
    for _, mod in models_at(L, C):
        J.append(kw.worst_case_state(mod.X, mod.psi0, degeneracy_rtol=1e-9)["J_max"])
        b1.append(bound1(mod))
        b2.append(bound2(mod))
    J, b1, b2 = map(np.asarray, (J, b1, b2))
    assert check_leq(J, b1)[0] and check_leq(J, b2)[0]
    assert not check_leq(J, b1 * 2 / 4)[0]
    assert not check_leq(J, b2 * 1 / 2)[0]


def test_claims_pass_and_fail_on_corrupted_table(table):
    cl = _claims(table)
    assert all(c.status == "pass" for c in cl.values())
    bad = table.copy()
    bad["bound1"] *= 0.9  # a bound 10% too small must be caught
    bad["bound2"] *= 0.9
    cl = _claims(bad)
    assert cl["kytm.worst_case.bound1"].status == "fail"
    assert cl["kytm.worst_case.bound2"].status == "fail"
    lie = table.copy()
    lie.loc[lie.n_random > 0, "J_random_max_full"] *= 1e3  # random state above the eigenvalue
    assert _claims(lie)["kytm.worst_case.bound1"].status == "fail"


def test_outside_assumptions_control_fails_within_assumptions(table):
    """Superradiance (Delta E = omega_q) stays at L^2: the negative-control statement fails."""
    cl = _claims(table, outside_model="superradiance")
    assert cl["kytm.worst_case.outside_assumptions"].status == "fail"
    assert cl["kytm.worst_case.outside_assumptions"].measured["J_max_exponent"] < 2.1
