"""Kamimura et al. models: Dicke-subspace currents and bound inputs versus the 2^L space,
closed forms (Eqs. 12, 17), QuTiP, and the Redfield/GKSL machinery."""

from __future__ import annotations

import math

import numpy as np
import pytest
import qutip
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.integrate import quad

from qthermo.core import dicke as d
from qthermo.core.superop import dissipator
from qthermo.papers.kamimura import bounds as kb
from qthermo.papers.kamimura import burst as kbu
from qthermo.papers.kamimura import dissipators as kd
from qthermo.papers.kamimura import models as k

W_Q, G, GWN, G0, OMEGA, BETA = 1.3, 0.7, 0.9, 1.1, 0.3, 0.8


def full_current(H: np.ndarray, channels, rho: np.ndarray) -> float:
    """Tr[H sum rate D[L](rho)] with dense matrices (brute force)."""
    D = sum(
        dissipator(rho, np.asarray(L.toarray() if sp.issparse(L) else L, complex), r)
        for L, r in channels
    )
    return float(np.real(np.trace(H @ D)))


def full_energy_basis(L: int, Omega: float = 0.0):
    F = d.full_collective_ops(L)
    jz = F.Jz.diagonal()
    return F, W_Q * jz + Omega * jz**2


def embed(L: int, psi: np.ndarray) -> np.ndarray:
    v = d.dicke_embedding(L) @ psi
    return np.outer(v, v.conj())


# --------------------------------------------------------------------------- m-body model
@pytest.mark.parametrize("L", range(1, 8))
def test_eq12_against_full_space(L):
    F, e_full = full_energy_basis(L)
    H = np.diag(e_full)
    rho = embed(L, d.dicke_state(L, L / 2))
    for m in range(1, L + 1):
        model = k.m_body_model(L, m, g=G, omega_q=W_Q, gamma_wn=GWN)
        A_full = d.full_m_body_operator(L, m, G)
        J_full = full_current(H, [(A_full, GWN / G**2)], rho)
        assert k.heat_current(model) == pytest.approx(J_full, rel=1e-10, abs=1e-12)
        assert model.J_formula == pytest.approx(-GWN * W_Q * L**2 * m / math.comb(L, m), rel=1e-14)
        assert k.heat_current(model) == pytest.approx(model.J_formula, rel=1e-10)
        # bound inputs: norms and the largest energy jump from the explicit 2^L matrices
        ch = model.channels[0]
        assert ch.norm_A == pytest.approx(
            np.max(np.abs(np.linalg.eigvalsh(A_full.toarray()))), rel=1e-10
        )
        assert ch.delta_E == pytest.approx(kb.max_energy_jump(e_full, A_full), rel=1e-12)
        assert ch.delta_E == pytest.approx(m * W_Q, rel=1e-12)  # m spins flipped at most
        assert model.norm_H == pytest.approx(np.max(np.abs(e_full)), rel=1e-14)
        assert ch.xi == pytest.approx(GWN / (2 * G**2))


def test_m_equals_L_saturates_both_bounds_exactly():
    for L in (3, 10, 101):
        mo = k.m_body_model(L, L, g=G, omega_q=W_Q, gamma_wn=GWN)
        J = abs(k.heat_current(mo))
        assert J == pytest.approx(GWN * W_Q * L**3, rel=1e-12)
        assert kb.bound1(mo) == pytest.approx(J, rel=1e-9)
        assert kb.bound2(mo) == pytest.approx(J, rel=1e-9)


# --------------------------------------------------------------------------- superradiance
@pytest.mark.parametrize("L", [1, 3, 5, 7])
def test_superradiance_against_full_space_and_eq17(L):
    mo = k.superradiance_model(L, g=G, omega_q=W_Q, gamma0=G0)
    F, e_full = full_energy_basis(L)
    rho = embed(L, d.dicke_state(L, 0.5))
    J_full = full_current(np.diag(e_full), [(F.Jm, G0)], rho)
    assert k.heat_current(mo) == pytest.approx(J_full, rel=1e-12)
    assert k.heat_current(mo) == pytest.approx(-0.25 * G0 * W_Q * (L + 1) ** 2, rel=1e-12)
    A_full = 2 * G * F.Jx
    ch = mo.channels[0]
    assert ch.norm_A == pytest.approx(
        np.max(np.abs(np.linalg.eigvalsh(A_full.toarray()))), rel=1e-10
    )
    assert ch.delta_E == pytest.approx(kb.max_energy_jump(e_full, A_full)) == W_Q


def test_superradiance_current_with_qutip():
    L = 9
    mo = k.superradiance_model(L, g=G, omega_q=W_Q, gamma0=G0)
    j = qutip.jmat(L / 2)  # basis ordered M = j..-j (reverse of ours)
    H = W_Q * j[2]
    rho = qutip.basis(L + 1, L // 2) * qutip.basis(L + 1, L // 2).dag()  # M = 1/2
    assert (rho * j[2]).tr() == pytest.approx(0.5)
    D = qutip.lindblad_dissipator(qutip.jmat(L / 2, "-"))
    J = G0 * (H * qutip.vector_to_operator(D * qutip.operator_to_vector(rho))).tr()
    assert k.heat_current(mo) == pytest.approx(np.real(J), rel=1e-12)


def test_superradiance_needs_odd_L():
    with pytest.raises(ValueError):
        k.superradiance_model(4, g=1, omega_q=1, gamma0=1)


# --------------------------------------------------------------------------- superabsorption
@pytest.mark.parametrize("L", [3, 5, 7])
def test_superabsorption_against_full_space(L):
    mo = k.superabsorption_model(L, g=G, omega_q=W_Q, Omega=OMEGA, gamma0=G0, beta=BETA)
    F, e_full = full_energy_basis(L, OMEGA)
    A_full = (2 * G * F.Jx).tocsr()
    w_sa = W_Q  # E(1/2) - E(-1/2)
    comps = kd.bohr_components(e_full, A_full)
    chans = [
        (comps[round(w_sa, 9)], G0 / G**2),
        (comps[round(-w_sa, 9)], G0 * math.exp(-BETA * w_sa) / G**2),
    ]
    rho = embed(L, d.dicke_state(L, -0.5))
    J_full = full_current(np.diag(e_full), chans, rho)
    assert k.heat_current(mo) == pytest.approx(J_full, rel=1e-12)
    assert k.heat_current(mo) == pytest.approx(
        G0 * math.exp(-BETA * W_Q) * W_Q * (L + 1) ** 2 / 4, rel=1e-12
    )
    ch = mo.channels[0]
    assert ch.delta_E == pytest.approx(kb.max_energy_jump(e_full, A_full), rel=1e-12)
    assert ch.delta_E == pytest.approx(W_Q + OMEGA * (L - 1), rel=1e-12)
    assert mo.norm_H == pytest.approx(W_Q * L / 2 + OMEGA * L**2 / 4, rel=1e-12)


def test_superabsorption_only_one_resonant_transition():
    mo = k.superabsorption_model(11, g=G, omega_q=W_Q, Omega=OMEGA, gamma0=G0, beta=BETA)
    assert mo.params["n_gksl_channels"] == 2
    # with omega_q/Omega integer a second transition is resonant (why Omega = 0.3 is used)
    mo2 = k.superabsorption_model(11, g=G, omega_q=1.0, Omega=1.0, gamma0=G0, beta=BETA)
    comps = kd.bohr_components(mo2.energies, mo2.channels[0].A, only=(1.0,))
    assert comps[1.0].nnz == 2


# --------------------------------------------------------------------------- parallel scheme
@pytest.mark.parametrize("L", [1, 2, 3, 5])
def test_parallel_current_operator_against_full_space(L):
    mo = k.parallel_model(L, g=G, omega_q=W_Q, gamma0=G0)
    F, e_full = full_energy_basis(L)
    chans = [(d._local(L, i, d.SIGMA_MINUS), G0) for i in range(L)]
    rng = np.random.default_rng(L)
    states = [d.dicke_state(L, M) for M in d.m_values(L)]
    states.append(rng.normal(size=L + 1) + 1j * rng.normal(size=L + 1))
    for psi in states:
        psi = psi / np.linalg.norm(psi)
        J_full = full_current(np.diag(e_full), chans, embed(L, psi))
        assert k.heat_current(mo, psi) == pytest.approx(J_full, rel=1e-11, abs=1e-13)
    assert k.heat_current(mo) == pytest.approx(-G0 * W_Q * L)
    # per-bath Delta E from the full space: sigma_x^(i) flips one qubit
    ch = mo.channels[0]
    for i in range(L):
        assert kb.max_energy_jump(e_full, G * d._local(L, i, d.SIGMA_X)) == pytest.approx(
            ch.delta_E
        )
    assert ch.multiplicity == L and ch.norm_A == pytest.approx(G)


# --------------------------------------------------------------------------- bounds
@settings(max_examples=40, deadline=None)
@given(L=st.integers(1, 12).map(lambda n: 2 * n + 1), seed=st.integers(0, 2**31 - 1))
def test_bounds_hold_for_random_energy_diagonal_states(L, seed):
    """Bounds (Eqs. 9, 14) hold for every state commuting with H_S (GKSL = Redfield there)."""
    rng = np.random.default_rng(seed)
    p = rng.dirichlet(np.ones(L + 1))
    rho = np.diag(p)
    models = [
        k.m_body_model(L, m, g=G, omega_q=W_Q, gamma_wn=GWN)
        for m in {L, max(L - 1, 1), max(L - 2, 1)}
    ]
    models += [
        k.superradiance_model(L, g=G, omega_q=W_Q, gamma0=G0),
        k.superabsorption_model(L, g=G, omega_q=W_Q, Omega=OMEGA, gamma0=G0, beta=BETA),
        k.parallel_model(L, g=G, omega_q=W_Q, gamma0=G0),
    ]
    for mo in models:
        J = abs(k.heat_current(mo, rho))
        assert J <= kb.bound1(mo) * (1 + 1e-9)
        assert J <= kb.bound2(mo) * (1 + 1e-9)


@settings(max_examples=30, deadline=None)
@given(L=st.integers(2, 9), seed=st.integers(0, 2**31 - 1))
def test_white_noise_bounds_hold_for_any_pure_state(L, seed):
    rng = np.random.default_rng(seed)
    psi = rng.normal(size=L + 1) + 1j * rng.normal(size=L + 1)
    psi /= np.linalg.norm(psi)
    for m in range(1, L + 1):
        mo = k.m_body_model(L, m, g=G, omega_q=W_Q, gamma_wn=GWN)
        J = abs(k.heat_current(mo, psi))
        assert J <= kb.bound1(mo) * (1 + 1e-9) and J <= kb.bound2(mo) * (1 + 1e-9)


def test_hermitian_norm_lanczos_path():
    A = (2 * G * d.collective_ops(301).Jx).tocsr()
    assert kb.hermitian_norm(A) == pytest.approx(G * 301, rel=1e-12)
    B = d.m_body_operator(200, 198, G)
    assert kb.hermitian_norm(B) == pytest.approx(G * 200, rel=1e-12)


def test_max_energy_jump_simple():
    e = np.array([0.0, 1.0, 5.0])
    A = np.array([[0, 1, 0], [1, 0, 1e-20], [0, 1e-20, 0]])
    assert kb.max_energy_jump(e, A) == 1.0
    A[0, 2] = A[2, 0] = 0.5
    assert kb.max_energy_jump(e, A) == 5.0


# --------------------------------------------------------------------------- baths
@pytest.mark.parametrize("a,b", [(1.0, 0.0), (1.0, 1.0), (2.0, 0.3), (0.0, 0.7)])
def test_xi_narrowband_is_theta_average(a, b):
    avg = quad(lambda t: abs(a + b * np.exp(1j * t)), 0, 2 * np.pi, epsabs=1e-13)[0] / (2 * np.pi)
    assert kb.xi_narrowband(gamma_down=a, gamma_up=b) == pytest.approx(avg / 2, rel=1e-10)


def _lorentz_corr(s, a, b, w0, kappa):
    """C(s) = (kappa/2)(a e^{-i w0 s} + b e^{i w0 s}) e^{-kappa |s|} (narrow-band bath)."""
    return (
        0.5 * kappa * (a * np.exp(-1j * w0 * s) + b * np.exp(1j * w0 * s)) * np.exp(-kappa * abs(s))
    )


def test_xi_narrowband_is_limit_of_lorentzian_correlation():
    a, b, w0, kappa = 1.0, 0.4, 1.0, 0.02
    xi = quad(lambda s: abs(_lorentz_corr(s, a, b, w0, kappa)), 0, 60 / kappa, limit=5000)[0]
    assert xi == pytest.approx(kb.xi_narrowband(gamma_down=a, gamma_up=b), rel=5e-3)


def test_lorentzian_gamma_matches_time_integral():
    a, b, w0, kappa = 1.0, 0.4, 1.0, 0.5
    Gam = kd.lorentzian_gamma(omega0=w0, kappa=kappa, gamma_down=a, gamma_up=b)
    for w in (-1.3, 0.2, 1.0):

        def integrand(s, w=w):
            return _lorentz_corr(s, a, b, w0, kappa) * np.exp(1j * w * s)

        re = quad(lambda s: np.real(integrand(s)), 0, np.inf)[0]
        im = quad(lambda s: np.imag(integrand(s)), 0, np.inf)[0]
        assert Gam(w) == pytest.approx(re + 1j * im, rel=1e-8)


def test_redfield_with_white_noise_is_lindblad():
    L = 5
    mo = k.m_body_model(L, 2, g=G, omega_q=W_Q, gamma_wn=GWN)
    A = mo.channels[0].A.toarray()
    c = GWN / G**2
    D = kd.redfield_dissipator(mo.energies, A, lambda w: 0.5 * c * np.ones_like(w))
    rng = np.random.default_rng(3)
    X = rng.normal(size=(L + 1, L + 1)) + 1j * rng.normal(size=(L + 1, L + 1))
    rho = X @ X.conj().T
    rho /= np.trace(rho)
    assert np.allclose(D(rho), dissipator(rho, A.astype(complex), c), atol=1e-12)


def test_gksl_dissipator_matches_qutip():
    L = 3
    M = d.m_values(L)
    e = W_Q * M + OMEGA * M**2
    A = 2 * G * d.collective_ops(L).Jx.toarray()
    Gam = kd.lorentzian_gamma(omega0=W_Q, kappa=0.5, gamma_down=1.0, gamma_up=0.3)
    D = kd.gksl_dissipator(e, A, Gam)
    rho = np.diag([0.1, 0.2, 0.3, 0.4]).astype(complex)
    rho[0, 1] = rho[1, 0] = 0.05
    sup = 0
    for w, Aw in kd.bohr_components(e, A).items():
        sup = sup + 2 * np.real(Gam(w)) * qutip.lindblad_dissipator(qutip.Qobj(Aw.toarray()))
    ref = qutip.vector_to_operator(sup * qutip.operator_to_vector(qutip.Qobj(rho))).full()
    assert np.allclose(D(rho), ref, atol=1e-12)


def test_rwa_equivalence_only_for_commuting_states():
    """Eqs. (19)-(20): equal currents when [H, rho] = 0, different ones otherwise."""
    L = 4
    F, e = full_energy_basis(L)
    A = d.full_m_body_operator(L, 2, G).toarray()
    Gam = kd.lorentzian_gamma(omega0=W_Q, kappa=0.5, gamma_down=1.0, gamma_up=math.exp(-1.0))
    Dr, Dg = kd.redfield_dissipator(e, A, Gam), kd.gksl_dissipator(e, A, Gam)
    rng = np.random.default_rng(7)
    X = rng.normal(size=(16, 16)) + 1j * rng.normal(size=(16, 16))
    rho = X @ X.conj().T
    rho /= np.trace(rho)
    block = np.where(np.isclose(e[:, None], e[None, :]), rho, 0)
    block /= np.trace(block)
    assert np.count_nonzero(np.abs(block - np.diag(np.diag(block))) > 1e-3) > 0  # coherences kept
    Jr = lambda r: np.real(np.sum(e * np.diag(Dr(r))))  # noqa: E731
    Jg = lambda r: np.real(np.sum(e * np.diag(Dg(r))))  # noqa: E731
    assert Jr(block) == pytest.approx(Jg(block), rel=1e-12)
    assert abs(Jr(rho) - Jg(rho)) > 1e-3 * abs(Jg(rho))


# --------------------------------------------------------------------------- burst
def test_burst_L2_closed_form():
    """L = 2: degenerate rates (Gamma = 2, 2): J(t) = -2 w g0 e^{-2 g0 t}(1 + 2 g0 t)."""
    res = kbu.superradiant_burst(2, omega_q=W_Q, gamma0=G0, rtol=1e-9)
    exact = -2 * W_Q * G0 * np.exp(-2 * G0 * res.times) * (1 + 2 * G0 * res.times)
    assert np.allclose(res.J, exact, rtol=1e-6, atol=1e-9)
    assert res.J_peak == pytest.approx(-2 * W_Q * G0, rel=1e-6)


@pytest.mark.parametrize("L", [6, 15])
def test_burst_against_qutip_mesolve_dicke_basis(L):
    res = kbu.superradiant_burst(L, omega_q=W_Q, gamma0=G0, n_grid=80, rtol=1e-9)
    Jm = qutip.jmat(L / 2, "-")
    H = W_Q * qutip.jmat(L / 2, "z")
    rho0 = qutip.basis(L + 1, 0) * qutip.basis(L + 1, 0).dag()  # M = L/2 first in QuTiP
    X = G0 * (Jm.dag() * H * Jm - 0.5 * (Jm.dag() * Jm * H + H * Jm.dag() * Jm))
    out = qutip.mesolve(
        H, rho0, res.times, [np.sqrt(G0) * Jm], e_ops=[X], options={"atol": 1e-12, "rtol": 1e-10}
    )
    assert np.allclose(res.J, out.expect[0], rtol=1e-6, atol=1e-8 * L**2)
    # the peak is a maximum of the dense solution, not just a grid point
    assert abs(res.J_peak) >= np.max(np.abs(res.J)) * (1 - 1e-9)


@pytest.mark.slow
def test_burst_against_full_space_mesolve():
    L = 5
    res = kbu.superradiant_burst(L, omega_q=W_Q, gamma0=G0, n_grid=60, rtol=1e-9)
    F, e = full_energy_basis(L)
    H = qutip.Qobj(np.diag(e))
    Jm = qutip.Qobj(F.Jm.toarray())
    psi = np.zeros(2**L)
    psi[0] = 1.0  # all qubits excited
    rho0 = qutip.Qobj(np.outer(psi, psi))
    X = G0 * (Jm.dag() * H * Jm - 0.5 * (Jm.dag() * Jm * H + H * Jm.dag() * Jm))
    out = qutip.mesolve(
        H, rho0, res.times, [np.sqrt(G0) * Jm], e_ops=[X], options={"atol": 1e-12, "rtol": 1e-10}
    )
    assert np.allclose(res.J, out.expect[0], rtol=1e-6, atol=1e-8)


def test_population_generator_rejects_mixing_operators():
    with pytest.raises(ValueError):
        kbu.population_generator([(np.ones((3, 3)), 1.0)], 3)


def test_scaling_rows_of_unaffected_models_are_shared_inside_a_sensitivity_scope(monkeypatch):
    """A reading that changes one model (the sign of Omega: the superabsorber) rebuilds only
    that model's rows inside a sensitivity evaluation; each table equals the one built alone."""
    import yaml

    from qthermo.ledger import memo
    from qthermo.papers.kamimura import tables
    from qthermo.plumbing.paths import repo_root

    c = yaml.safe_load((repo_root(__file__) / "config/config.yaml").read_text())["kamimura"]
    base = {**c["scaling"], "L_max": 41, "per_decade": 4}
    sections = [base, {**base, "Omega": -base["Omega"]}, {**base, "parallel_bath": "common"}]
    alone = [tables.scaling_table(s) for s in sections]
    built = []
    real = tables._model_rows
    monkeypatch.setattr(
        tables, "_model_rows", lambda s, *, name: built.append(name) or real(s, name=name)
    )
    with memo.scope():
        shared = [tables.scaling_table(s) for s in sections]
    assert sorted(built) == sorted([*tables.MODELS, "superabsorption", "parallel"])
    for a, b in zip(alone, shared, strict=True):
        assert a.equals(b)
