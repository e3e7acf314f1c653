"""Matrix-free Liouvillian (qthermo.papers.cakmak.matrix_free) against the assembled sparse
superoperator, the Krylov projection of the assembled operator and the symmetric closed form."""

import numpy as np
import pytest

from qthermo.core.coherence import l1_coherence
from qthermo.papers.cakmak.kernel import kernel_projection_krylov
from qthermo.papers.cakmak.matrix_free import block_liouvillian, blocks_c_l1, long_time_blocks
from qthermo.papers.cakmak.model import cakmak_liouvillian, close_atom_couplings, ground_state
from qthermo.papers.cakmak.symmetric import long_time_c_l1_closed_form

rng = np.random.default_rng(32117)


def random_geometry(N):
    """Random symmetric dipolar couplings and a random positive semidefinite gamma_ij."""
    f = rng.normal(size=(N, N))
    a = rng.normal(size=(N, N))
    return f + f.T, a @ a.T / N


def embed(L, blocks, n):
    out = np.zeros((n, n), dtype=complex)
    for s, b in zip(L.sectors, blocks, strict=True):
        out[np.ix_(s, s)] = b
    return out


@pytest.mark.parametrize("N", [2, 3, 4])
@pytest.mark.parametrize("partition", ["full", "excitation"])
def test_action_equals_assembled_liouvillian(N, partition):
    f, g = random_geometry(N)
    L = block_liouvillian(f, g, 1.7, partition)
    blocks = [
        rng.normal(size=(s.size, s.size)) + 1j * rng.normal(size=(s.size, s.size))
        for s in L.sectors
    ]
    X = embed(L, blocks, 2**N)
    ref = (cakmak_liouvillian(f, g, 1.7) @ X.reshape(-1, order="F")).reshape(2**N, 2**N, order="F")
    Y = embed(L, L.split(L @ np.concatenate([b.ravel() for b in blocks])), 2**N)
    assert np.abs(Y - ref).max() < 1e-12 * np.abs(ref).max()


@pytest.mark.parametrize("partition", ["full", "excitation"])
def test_long_time_state_of_a_random_geometry_matches_assembled_projection(partition):
    N = 4
    f, g = random_geometry(N)
    L = block_liouvillian(f, g, 3.0, partition)
    rho0 = [np.zeros((s.size, s.size)) for s in L.sectors]
    last = 2**N - 1  # |g..g>: the last basis state
    for s, b in zip(L.sectors, rho0, strict=True):
        b[s == last, s == last] = 1.0
    blocks, _ = long_time_blocks(L, rho0)
    ref = kernel_projection_krylov(cakmak_liouvillian(f, g, 3.0), ground_state(N)).rho
    assert np.abs(embed(L, blocks, 2**N) - ref).max() < 1e-10
    assert blocks_c_l1(blocks) == pytest.approx(l1_coherence(ref), rel=1e-10)


@pytest.mark.parametrize(
    ("N", "partition"),
    [(6, "excitation"), (6, "full"), pytest.param(10, "excitation", marks=pytest.mark.slow)],
)
def test_close_atom_long_time_c_l1_is_the_symmetric_closed_form(N, partition):
    f, g = close_atom_couplings(N, gamma0=1.0, f0=1.0)
    L = block_liouvillian(f, g, 10.0, partition)
    rho0 = [np.zeros((s.size, s.size)) for s in L.sectors]
    for s, b in zip(L.sectors, rho0, strict=True):
        b[s == 2**N - 1, s == 2**N - 1] = 1.0
    blocks, m = long_time_blocks(L, rho0)
    assert m == N + 1  # the Krylov space found is the Dicke ladder
    assert blocks_c_l1(blocks) == pytest.approx(long_time_c_l1_closed_form(N, 10.0)[0], rel=1e-10)


def test_unknown_partition_is_refused():
    f, g = close_atom_couplings(2, gamma0=1.0, f0=1.0)
    with pytest.raises(ValueError, match="partition"):
        block_liouvillian(f, g, 1.0, "dicke")


@pytest.mark.parametrize("N", [3, 5])
def test_the_jump_blocks_are_those_of_restricting_to_every_sector_pair(N):
    """block_liouvillian restricts each channel only to the sector pairs its stored entries
    connect; restricting to every pair (brute force) must give the same blocks, bit for bit,
    in the same order."""
    import scipy.sparse as sp

    from qthermo.papers.cakmak.model import kossakowski_channels, sigma_minus_ops

    f, g = random_geometry(N)
    nbar = 0.3
    L = block_liouvillian(f, g, nbar)
    expected = []
    for A, lam in kossakowski_channels(g, sigma_minus_ops(N)):
        for op, w in ((A, lam * (nbar + 1.0)), (A.conj().T.tocsr(), lam * nbar)):
            for i, si in enumerate(L.sectors):
                for j, sj in enumerate(L.sectors):
                    sub = sp.csr_matrix(op[si][:, sj])
                    if w != 0 and sub.nnz:
                        expected.append((i, j, sub, float(w)))
    assert len(L.jumps) == len(expected) > 0
    for (i, j, A, w), (i2, j2, A2, w2) in zip(L.jumps, expected, strict=True):
        assert (i, j, w) == (i2, j2, w2)
        assert A.shape == A2.shape and (A != A2).nnz == 0
        assert np.array_equal(A.toarray(), A2.toarray())
