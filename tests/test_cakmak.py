"""Cakmak et al. model (qthermo.papers.cakmak.model): operators, couplings, Liouvillian, Eq. (5), long-time limits.

Brute-force references: Kronecker-product operators, the master equation (1)-(3) evaluated term
by term, QuTiP's liouvillian/mesolve, and dense matrix exponentials at long times.
"""

import numpy as np
import pytest
import qutip
import scipy.linalg as sla

from qthermo.core.coherence import l1_coherence
from qthermo.core.operators import SIGMA_MINUS
from qthermo.core.states import random_density
from qthermo.core.superop import evolve, liouvillian, liouvillian_sparse, unvec, vec
from qthermo.papers.cakmak.kernel import kernel_projection_dense, kernel_projection_krylov
from qthermo.papers.cakmak.model import (
    binom_row,
    cakmak_liouvillian,
    close_atom_couplings,
    collective_lowering,
    dipolar_hamiltonian,
    dipole_couplings,
    eq5_c_l1,
    eq5_long_time,
    excitation_numbers,
    fig3_initial_state,
    geometry_couplings,
    ground_state,
    liouvillian_parts,
    n2_long_time_c_l1,
    pure_state,
    sigma_minus_ops,
)

rng = np.random.default_rng(2017)


def kron_sigma_minus(N, j):
    out = np.ones((1, 1))
    for i in range(N):
        out = np.kron(out, SIGMA_MINUS if i == j else np.eye(2))
    return out


def rhs_eq1(rho, f, gamma, nbar):
    """Eqs. (1)-(3) evaluated literally, term by term (dense, small N)."""
    N = f.shape[0]
    sm = [kron_sigma_minus(N, j) for j in range(N)]
    sp = [s.T for s in sm]
    H = sum(f[i, j] * sp[i] @ sm[j] for i in range(N) for j in range(N) if i != j)
    out = -1j * (H @ rho - rho @ H)
    for i in range(N):
        for j in range(N):
            g = gamma[i, j]
            A = sp[i] @ sm[j]
            out += g * (nbar + 1) * (sm[j] @ rho @ sp[i] - 0.5 * (A @ rho + rho @ A))
            B = sm[i] @ sp[j]
            out += g * nbar * (sp[j] @ rho @ sm[i] - 0.5 * (B @ rho + rho @ B))
    return out


@pytest.mark.parametrize("N", [1, 2, 3, 4])
def test_sigma_minus_and_dipolar_hamiltonian_match_kron(N):
    for j, op in enumerate(sigma_minus_ops(N)):
        assert np.array_equal(op.toarray(), kron_sigma_minus(N, j))
    f = rng.normal(size=(N, N))
    sm = [kron_sigma_minus(N, j) for j in range(N)]
    H = sum(
        (f[i, j] * sm[i].T @ sm[j] for i in range(N) for j in range(N) if i != j),
        np.zeros((2**N, 2**N)),
    )
    assert np.allclose(dipolar_hamiltonian(f).toarray(), H)
    # qutip convention: basis(2, 0) = |e>, sigmam lowers |e> -> |g>
    assert np.allclose(SIGMA_MINUS, qutip.sigmam().full())


def test_excitation_numbers_and_binomials():
    k = excitation_numbers(3)
    assert k.tolist() == [3, 2, 2, 1, 2, 1, 1, 0]  # |eee>, |eeg>, ..., |ggg>
    assert binom_row(4).tolist() == [1, 4, 6, 4, 1]
    Jm = collective_lowering(3).toarray()
    # J_- lowers the excitation number by one
    rows, cols = np.nonzero(Jm)
    assert np.all(k[rows] == k[cols] - 1)


def test_dipole_couplings_limits():
    alpha = np.array([0.3, 1.0, np.pi / 2])
    # xi -> 0: gamma -> gamma0 (series branch and direct branch agree near the switch)
    _, g_small = dipole_couplings(np.full(3, 1e-4), alpha, 2.0)
    assert np.allclose(g_small, 2.0, rtol=1e-8)
    _, g_lo = dipole_couplings(np.full(3, 0.999e-3), alpha, 1.0)
    _, g_hi = dipole_couplings(np.full(3, 1.001e-3), alpha, 1.0)
    assert np.allclose(g_lo, g_hi, rtol=1e-9)
    # xi << 1: f -> 3 gamma0 (1 - 3 cos^2 alpha) / (4 xi^3)
    xi = 1e-2
    f, _ = dipole_couplings(np.full(3, xi), alpha, 1.0)
    assert np.allclose(f, 0.75 * (1 - 3 * np.cos(alpha) ** 2) / xi**3, rtol=1e-3)
    # xi >> 1: both vanish like 1/xi
    f, g = dipole_couplings(np.full(3, 1e4), alpha, 1.0)
    assert np.all(np.abs(f) < 2e-4) and np.all(np.abs(g) < 2e-4)


def test_geometry_couplings_symmetric_and_close_limit():
    pos = np.array([[0, 0, 0], [1e-3, 0, 0], [0, 2e-3, 0]])
    f, g = geometry_couplings(pos, np.array([0, 0, 1.0]), k0=1.0, gamma0=1.0)
    assert np.allclose(f, f.T) and np.allclose(g, g.T)
    assert np.allclose(np.diag(g), 1.0) and np.allclose(np.diag(f), 0.0)
    assert np.allclose(g, 1.0, atol=1e-5)  # close atoms: gamma_ij -> gamma0
    assert np.isclose(f[0, 1], 0.75 / 1e-9, rtol=1e-5)  # alpha = pi/2


@pytest.mark.parametrize("N", [2, 3])
def test_liouvillian_matches_literal_master_equation_general_geometry(N):
    pos = rng.normal(size=(N, 3)) * 0.3
    f, g = geometry_couplings(pos, np.array([1.0, 0.2, 0.1]), k0=1.0, gamma0=1.3)
    nbar = 0.7
    sup = cakmak_liouvillian(f, g, nbar).toarray()
    rho = random_density(rng, 2**N)
    assert np.allclose(unvec(sup @ vec(rho)), rhs_eq1(rho, f, g, nbar), atol=1e-12)
    LH, Le, La = liouvillian_parts(f, g)
    assert np.allclose((LH + (nbar + 1) * Le + nbar * La).toarray(), sup)


def test_close_atom_liouvillian_matches_qutip_collective_form():
    N, g0, nbar, f0 = 3, 0.8, 2.0, 1.7
    f, g = close_atom_couplings(N, gamma0=g0, f0=f0)
    Jm = collective_lowering(N).toarray()
    Jp = Jm.T
    H = f0 * (Jp @ Jm - np.diag(excitation_numbers(N)))
    ref = qutip.liouvillian(
        qutip.Qobj(H),
        [np.sqrt(g0 * (nbar + 1)) * qutip.Qobj(Jm), np.sqrt(g0 * nbar) * qutip.Qobj(Jp)],
    ).full()
    assert np.allclose(cakmak_liouvillian(f, g, nbar).toarray(), ref, atol=1e-12)
    ours = liouvillian(H, [(Jm, g0 * (nbar + 1)), (Jp, g0 * nbar)])
    assert np.allclose(ours, ref, atol=1e-12)


@pytest.mark.parametrize("nbar", [0.1, 1.0, 10.0])
def test_eq5_matches_qutip_mesolve(nbar):
    f, g = close_atom_couplings(2, gamma0=1.0, f0=3.0)
    Jm = collective_lowering(2).toarray()
    H = 3.0 * (Jm.T @ Jm - np.diag(excitation_numbers(2)))
    times = np.linspace(0, 2.0, 41)
    res = qutip.mesolve(
        qutip.Qobj(H),
        qutip.Qobj(ground_state(2)),
        times,
        [np.sqrt(nbar + 1) * qutip.Qobj(Jm), np.sqrt(nbar) * qutip.Qobj(Jm.T)],
        options={"atol": 1e-12, "rtol": 1e-10},
    )
    c_qutip = np.array([l1_coherence(s.full()) for s in res.states])
    assert np.allclose(c_qutip, eq5_c_l1(times, nbar=nbar, gamma0=1.0), atol=1e-8)
    sup = cakmak_liouvillian(f, g, nbar).toarray()
    c_ours = np.array([l1_coherence(r) for r in evolve(ground_state(2), sup, times)])
    assert np.allclose(c_ours, eq5_c_l1(times, nbar=nbar, gamma0=1.0), atol=1e-12)


def test_eq5_analytic_limits():
    assert eq5_c_l1(np.array([0.0]), nbar=2.0, gamma0=1.0)[0] == pytest.approx(0.0, abs=1e-15)
    assert np.all(eq5_c_l1(np.linspace(0, 5, 11), nbar=0.0, gamma0=1.0) == 0)
    assert eq5_long_time(1.0) == pytest.approx(2 / 7)
    assert eq5_c_l1(np.array([50.0]), nbar=1.0, gamma0=1.0)[0] == pytest.approx(2 / 7, rel=1e-12)


@pytest.mark.parametrize("N", [2, 3])
def test_dense_projection_matches_long_time_expm(N):
    f, g = close_atom_couplings(N, gamma0=1.0, f0=2.0)
    sup = cakmak_liouvillian(f, g, 1.5)
    rho0 = random_density(rng, 2**N)  # generic: overlaps every permutation sector
    ref = unvec(sla.expm(sup.toarray() * 40.0) @ vec(rho0))
    assert np.allclose(kernel_projection_dense(sup, rho0), ref, atol=1e-10)


def test_krylov_projection_generic_n2_matches_dense():
    f, g = close_atom_couplings(2, gamma0=1.0, f0=2.0)
    sup = cakmak_liouvillian(f, g, 1.5)
    rho0 = random_density(rng, 4)
    kp = kernel_projection_krylov(sup, rho0)
    assert np.allclose(kp.rho, kernel_projection_dense(sup, rho0), atol=1e-10)
    assert kp.stationarity_residual < 1e-10 and kp.trace_error < 1e-12


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_krylov_projection_is_never_silently_wrong(seed):
    """Generic N = 3 states give large, ill-conditioned Krylov spaces: the validation must
    either raise or the answer must be right."""
    r = np.random.default_rng(seed)
    a = r.normal(size=(8, 8)) + 1j * r.normal(size=(8, 8))
    rho0 = a @ a.conj().T / np.trace(a @ a.conj().T)
    f, g = close_atom_couplings(3, gamma0=1.0, f0=2.0)
    sup = cakmak_liouvillian(f, g, 1.5)
    try:
        kp = kernel_projection_krylov(sup, rho0)
    except RuntimeError:
        return
    assert np.allclose(kp.rho, kernel_projection_dense(sup, rho0), atol=1e-9)


@pytest.mark.parametrize(
    "N,nbar,f0",
    [(2, 0.01, 100.0), (3, 0.3, 1.0), (3, 10.0, 100.0), (4, 1.0, 0.0), (4, 1000.0, 1.0)],
)
def test_krylov_projection_from_ground_matches_dense(N, nbar, f0):
    f, g = close_atom_couplings(N, gamma0=1.0, f0=f0)
    sup = cakmak_liouvillian(f, g, nbar)
    kp = kernel_projection_krylov(sup, ground_state(N))
    assert np.allclose(kp.rho, kernel_projection_dense(sup, ground_state(N)), atol=1e-10)


@pytest.mark.parametrize("N", [2, 3, 4, 5])
def test_krylov_dimension_is_dicke_ladder_from_ground(N):
    f, g = close_atom_couplings(N, gamma0=1.0, f0=1.0)
    kp = kernel_projection_krylov(cakmak_liouvillian(f, g, 10.0), ground_state(N))
    assert kp.krylov_dim == N + 1
    # thermal Dicke populations: p_k ~ x^k, x = nbar/(nbar+1); each Dicke state spreads evenly
    x = 10 / 11
    k = excitation_numbers(N)
    diag = np.real(np.diag(kp.rho))
    p = x ** np.arange(N + 1)
    p /= p.sum()
    assert np.allclose(diag, p[k] / binom_row(N)[k], atol=1e-12)


@pytest.mark.parametrize("state", ["a", "b"])
@pytest.mark.parametrize("f0", [0.0, 1.0, 100.0])
def test_fig3_long_time_closed_form_and_f0_independence(state, f0):
    f, g = close_atom_couplings(2, gamma0=1.0, f0=f0)
    rho0 = fig3_initial_state(state)
    kp = kernel_projection_krylov(cakmak_liouvillian(f, g, 10.0), rho0)
    assert l1_coherence(kp.rho) == pytest.approx(n2_long_time_c_l1(rho0, 10.0), rel=1e-10)


def test_fig3_states_and_appendix_a_dipolar_rotation():
    a = fig3_initial_state("a")
    assert np.isclose(np.trace(a), 1) and np.isclose(l1_coherence(a), 1.0)
    b = fig3_initial_state("b")
    assert np.isclose(l1_coherence(b), np.sqrt(3) / 2)
    # Appendix A (gamma0 = 0): rho_22 + rho_33 conserved, rho_22 - rho_33 rotates at 2 f
    f, _ = close_atom_couplings(2, gamma0=1.0, f0=1.3)
    sup = cakmak_liouvillian(f, np.zeros((2, 2)), 0.0).toarray()
    t = 0.4
    r = unvec(sla.expm(sup * t) @ vec(b))
    d0 = np.real(b[1, 1] - b[2, 2])
    assert np.isclose(np.real(r[1, 1] + r[2, 2]), np.real(b[1, 1] + b[2, 2]))
    assert np.isclose(np.real(r[1, 1] - r[2, 2]), d0 * np.cos(2 * 1.3 * t))


def test_pure_state_labels():
    r = pure_state({"eg": 1.0})
    assert r[1, 1] == 1 and np.trace(r) == 1
    with pytest.raises(ValueError):
        pure_state({"ex": 1.0})


@pytest.mark.slow
def test_full_space_n4_long_time_matches_qutip_mesolve():
    N, nbar = 4, 3.0
    Jm = collective_lowering(N).toarray()
    H = 1.0 * (Jm.T @ Jm - np.diag(excitation_numbers(N)))
    res = qutip.mesolve(
        qutip.Qobj(H),
        qutip.Qobj(ground_state(N)),
        np.linspace(0.0, 8.0, 5),
        [np.sqrt(nbar + 1) * qutip.Qobj(Jm), np.sqrt(nbar) * qutip.Qobj(Jm.T)],
        options={"atol": 1e-10, "rtol": 1e-9, "nsteps": 100000},
    )
    f, g = close_atom_couplings(N, gamma0=1.0, f0=1.0)
    kp = kernel_projection_krylov(cakmak_liouvillian(f, g, nbar), ground_state(N))
    assert l1_coherence(kp.rho) == pytest.approx(l1_coherence(res.states[-1].full()), rel=1e-6)


def test_sparse_superop_builders_match_dense_liouvillian():
    """core.superop.liouvillian_sparse (used by liouvillian_parts) equals the dense builder."""
    import scipy.sparse as sp

    N = 3
    f, g = close_atom_couplings(N, gamma0=1.0, f0=0.7)
    H = dipolar_hamiltonian(f)
    jumps = [(A, 0.3 + j) for j, A in enumerate(sigma_minus_ops(N))]
    sparse = liouvillian_sparse(H, [(sp.csr_matrix(A, dtype=complex), r) for A, r in jumps])
    dense = liouvillian(H.toarray(), [(A.toarray(), r) for A, r in jumps])
    assert np.allclose(sparse.toarray(), dense, atol=1e-14)
    LH, Le, La = liouvillian_parts(f, g)
    assert np.allclose(
        (LH + 11.0 * Le + 10.0 * La).toarray(), cakmak_liouvillian(f, g, 10.0).toarray()
    )
