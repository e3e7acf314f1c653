"""Cakmak et al. (doi:10.1103/PhysRevA.96.032117), issue 14: finite-separation lifetimes of
N = 5, 6 atoms on the excitation-sector blocks.  Brute force: the block lifetime equals the
full 4^N eigen-expansion of separation.coherence_lifetime for N = 2-4 (f on and off), and the
block operator's matrix equals the assembled Liouvillian restricted to the blocks.  Negative
controls: each claim fed a wrong table fails."""

import copy

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
import yaml

from qthermo.papers.cakmak import separation as sep
from qthermo.papers.cakmak import separation_large as sl
from qthermo.papers.cakmak import separation_large_claims as slc
from qthermo.papers.cakmak.matrix_free import block_liouvillian
from qthermo.papers.cakmak.model import cakmak_liouvillian, ground_state
from qthermo.plumbing.paths import repo_root

ROOT = repo_root(__file__)
CK = yaml.safe_load((ROOT / "config" / "config.yaml").read_text())["cakmak"]


@pytest.fixture(scope="module")
def s():
    c = {**copy.deepcopy(CK["separation"]), "gamma0": CK["gamma0"]}
    c.update(large_geometries=["chain5", "ring5"], large_xi=[0.03, 0.05, 0.1])
    return c


@pytest.fixture(scope="module")
def table(s):
    return sl.large_table(s)


@pytest.mark.parametrize("name", ["pair_parallel", "chain3", "ring3", "chain4"])
@pytest.mark.parametrize("scale", [1.0, 0.0])
def test_block_lifetime_equals_full_space(name, scale):
    nbar = 10.0
    f, g = sep.couplings(name, 0.1, 1.0)
    N = f.shape[0]
    full = sep.coherence_lifetime(cakmak_liouvillian(scale * f, g, nbar).toarray(),
                                  ground_state(N), nbar, 1e-8)  # fmt: skip
    block = sl.block_lifetime(block_liouvillian(scale * f, g, nbar), 1e-8)
    assert block["rate"] == pytest.approx(full["rate"], rel=1e-9)
    assert block["kernel_dim"] == full["kernel_dim"] == 1


def test_block_matrix_is_the_restricted_liouvillian():
    f, g = sep.couplings("ring3", 0.2, 1.0)
    L = block_liouvillian(f, g, 3.0)
    M = sl.block_matrix(L)
    full = cakmak_liouvillian(f, g, 3.0).toarray()
    d = 8
    idx = [int(a) + d * int(b) for s_ in L.sectors for a in s_ for b in s_]  # column stacking
    # block vectors are C-order flattenings of blocks: entry (a, b) -> vec index a + d b
    order = [int(s_[i]) + d * int(s_[j]) for s_ in L.sectors for i in range(s_.size)
             for j in range(s_.size)]  # fmt: skip
    assert sorted(idx) == sorted(order)
    assert np.allclose(M, full[np.ix_(order, order)], atol=1e-12)
    v = sl.block_ground_state(L)
    k0 = next(i for i, s_ in enumerate(L.sectors) if list(s_) == [7])
    assert v.sum() == 1 and v[L.offsets[k0]] == 1


def _matrix_by_columns(L):
    """Reference: the block operator applied to every unit vector."""
    n = L.shape[0]
    out = np.empty((n, n), dtype=complex)
    e = np.zeros(n, dtype=complex)
    for k in range(n):
        e[k] = 1.0
        out[:, k] = L @ e
        e[k] = 0.0
    return out


@pytest.mark.parametrize(("name", "xi"), [("ring3", 0.2), ("chain4", 0.03), ("ring5", 0.05)])
@pytest.mark.parametrize("scale", [1.0, 0.0])
def test_assembled_block_matrix_is_the_operator_bit_for_bit(name, xi, scale):
    f, g = sep.couplings(name, xi, 1.0)
    L = block_liouvillian(scale * f, g, 10.0)
    fast, ref = sl.block_matrix(L), _matrix_by_columns(L)
    assert fast.tobytes() == ref.tobytes()
    # negative control: the strongest jump's weight changed by 1e-12 (relative) shows up
    k = max(range(len(L.jumps)), key=lambda j: L.jumps[j][3])
    dst, src, A, w = L.jumps[k]
    L.jumps[k] = (dst, src, A, w * (1 + 1e-12))
    assert sl.block_matrix(L).tobytes() != ref.tobytes()


def test_claims_and_negative_controls(table, s):
    got = {c.id: c for c in slc.evaluate_claims(table, s, [])}
    assert got["ck.separation.large_N_exponent"].status == "pass"
    assert got["ck.separation.large_N_f_dependence"].status == "pass"
    # negative control: lifetimes growing as xi^-1 must fail the exponent claim
    bad = table.assign(lifetime=lambda d: d.lifetime * d.xi)
    assert slc.claim_large_exponent(bad, s, []).status == "fail"
    # negative control: f switched off in both columns (no dipolar effect) must fail
    off = table[table.dipolar == "off"]
    same = pd.concat([off.assign(dipolar="on"), off])
    assert slc.claim_large_f_dependence(same, s, []).status == "fail"


def test_f_off_lifetime_is_set_by_gamma_spread(table):
    """Without f the rate depends on the collective rates only: chain and ring of the same N
    and xi have nearly the same lifetime, both ~ xi^-2 (a plausibility check of the 'off' rows)."""
    off = table[table.dipolar == "off"].pivot_table(
        index="xi", columns="geometry", values="lifetime"
    )
    assert np.allclose(off["chain5"], off["ring5"], rtol=0.01)


def test_block_peak_against_full_space_propagation():
    """C_l1(t) from the block eigen-expansion against exp(L t) of the full 4^N Liouvillian."""
    from qthermo.core.coherence import l1_coherence
    from qthermo.core.superop import propagator, unvec, vec

    f, g = sep.couplings("chain3", 0.1, 1.0)
    t = np.geomspace(1e-3, 10.0, 25)
    out = sl.block_lifetime(block_liouvillian(f, g, 10.0), 1e-8, t)
    sup = cakmak_liouvillian(f, g, 10.0).toarray()
    c = [l1_coherence(unvec(propagator(sup, tk) @ vec(ground_state(3)), 8)) for tk in t]
    assert out["c_peak"] == pytest.approx(max(c), rel=1e-9)
    assert out["t_peak"] == t[int(np.argmax(c))]


def test_one_mode_selection_for_full_space_and_blocks():
    """Both lifetimes use separation.slowest_carrying_mode: the kernel is counted from the
    singular values of L (two here), and a carrying kernel mode does not set the rate."""
    lam = np.array([0.0, 1e-14, -1.0, -2.0])
    out = sep.slowest_carrying_mode(np.diag(lam), lam, np.array([1.0, 1.0, 0.0, 1.0]), 1e-8)
    assert out["kernel_dim"] == 2 and out["rate"] == 2.0 and out["norm"] == 2.0
    # a coherence weight below rel_tol of the largest is not counted
    out = sep.slowest_carrying_mode(np.diag(lam), lam, np.array([1.0, 1.0, 1.0, 1e-9]), 1e-8)
    assert out["rate"] == 1.0


def _complex_expansion(L, rel_tol, times):
    """The same lifetime from the complex eigendecomposition of the block matrix itself (the
    method before the Hermitian basis): the reference for the real-arithmetic path."""
    mat = sl.block_matrix(L)
    lam, R = np.linalg.eig(mat)
    coeff = np.linalg.solve(R, sl.block_ground_state(L))
    off = R[sl._offdiagonal_mask(L)]
    weight = np.abs(off * coeff).sum(axis=0)
    mode = sep.slowest_carrying_mode(mat, lam, weight, rel_tol)
    c = np.abs(off @ (coeff[:, None] * np.exp(np.outer(lam, times)))).sum(axis=0)
    return mode, float(c.max()), float(times[int(np.argmax(c))])


def test_hermitian_basis_is_unitary_and_makes_the_operator_real():
    f, g = sep.couplings("ring5", 0.05, 1.0)
    L = block_liouvillian(f, g, 10.0)
    U = sl.hermitian_basis(L).toarray()
    assert np.allclose(U.conj().T @ U, np.eye(U.shape[0]), atol=1e-14)
    M = U.conj().T @ sl.block_matrix(L) @ U
    assert np.abs(M.imag).max() <= 1e-12 * np.abs(M).max()
    got = sl.real_block_matrix(L, sl.hermitian_basis(L))
    assert got.dtype == float and np.allclose(got, M.real, rtol=0, atol=1e-13 * np.abs(M).max())


def test_operator_not_preserving_hermiticity_is_refused():
    """Negative control: shifting G X by i eps X in one block (X G^dag left as it was) breaks
    Hermiticity preservation; the real path must refuse it rather than drop the imaginary part."""
    f, g = sep.couplings("chain3", 0.1, 1.0)
    L = block_liouvillian(f, g, 10.0)
    L.G[1] = L.G[1] + 1e-3j * sp.identity(L.G[1].shape[0], dtype=complex, format="csr")
    with pytest.raises(ArithmeticError, match="Hermiticity"):
        sl.real_block_matrix(L, sl.hermitian_basis(L))


@pytest.mark.parametrize("name", ["chain5", "ring5"])
@pytest.mark.parametrize("xi", [0.03, 0.1])
@pytest.mark.parametrize("scale", [1.0, 0.0])
def test_real_expansion_equals_complex_expansion(name, xi, scale):
    """The real-basis eigendecomposition against the complex one of the same block matrix.
    Both are backward stable; the slow rates (down to 1e-3 of gamma0) sit next to entries up
    to ~1e4 gamma0 (f ~ xi^-3), so they agree to ~1e-9 relative, i.e. to round-off of ||L||."""
    f, g = sep.couplings(name, xi, 1.0)
    L = block_liouvillian(scale * f, g, 10.0)
    t = np.geomspace(1e-3, 1e3, 61)
    mode, c_peak, t_peak = _complex_expansion(L, 1e-8, t)
    out = sl.block_lifetime(L, 1e-8, t)
    norm = float(np.linalg.norm(sl.block_matrix(L), 2))
    assert abs(out["rate"] - mode["rate"]) <= 1e-13 * norm
    assert out["rate"] == pytest.approx(mode["rate"], rel=1e-8)
    assert out["kernel_dim"] == mode["kernel_dim"] == 1
    assert out["c_peak"] == pytest.approx(c_peak, rel=1e-10)
    assert out["t_peak"] == t_peak
