"""Matrix-free Liouvillian of Eqs. (1)-(3) on the full 2^N space, and its long-time projection.

Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117.

The superoperator (4^N x 4^N) is never built: it acts on density matrices through 2^N x 2^N
sparse operators,

    L X = G X + X G^dag + sum_a lambda_a [(nbar+1) A_a X A_a^dag + nbar A_a^dag X A_a],
    G = -i H_d - 1/2 sum_a lambda_a [(nbar+1) A_a^dag A_a + nbar A_a A_a^dag],

with the collective channels ``A_a = sum_j conj(U_ja) sigma_j^-`` of ``gamma = U diag(lambda) U^dag``
(any geometry, no permutation symmetry assumed).

Two partitions of the basis are offered.  ``"full"``: X is one dense 2^N x 2^N matrix.
``"excitation"``: H_d conserves the number of excitations and every channel changes it by one,
so an initial state without coherence between excitation sectors (such as |g..g>) keeps none;
X is then stored as its sector blocks (``sum_k C(N,k)^2 = C(2N,N)`` numbers instead of 4^N).
The second is exact for such states only; both are checked against the assembled Liouvillian.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from qthermo.papers.cakmak.kernel import arnoldi_until_breakdown, zero_eigenvectors
from qthermo.papers.cakmak.model import (
    dipolar_hamiltonian,
    excitation_numbers,
    kossakowski_channels,
    sigma_minus_ops,
)

__all__ = ["BlockLiouvillian", "block_liouvillian", "long_time_blocks", "blocks_c_l1"]


@dataclass
class BlockLiouvillian:
    """L acting on block-diagonal operators; blocks are flattened and concatenated (C order)."""

    sectors: list[np.ndarray]
    G: list[sp.csr_matrix]
    jumps: list[tuple[int, int, sp.csr_matrix, float]]  # (dst, src, A restricted, weight)
    offsets: np.ndarray = field(init=False)
    G_conj: list[sp.csr_matrix] = field(init=False)
    jumps_conj: list[sp.csr_matrix] = field(init=False)

    def __post_init__(self) -> None:
        sizes = [s.size**2 for s in self.sectors]
        self.offsets = np.concatenate([[0], np.cumsum(sizes)])
        # conjugates used by every application (X G^dag, A X A^dag): built once
        self.G_conj = [G.conj() for G in self.G]
        self.jumps_conj = [A.conj() for _, _, A, _ in self.jumps]

    @property
    def shape(self) -> tuple[int, int]:
        n = int(self.offsets[-1])
        return (n, n)

    def split(self, v: np.ndarray) -> list[np.ndarray]:
        """The sector blocks of a flat vector (views)."""
        return [
            v[self.offsets[i] : self.offsets[i + 1]].reshape(s.size, s.size)
            for i, s in enumerate(self.sectors)
        ]

    def __matmul__(self, v: np.ndarray) -> np.ndarray:
        X = self.split(np.asarray(v, dtype=complex))
        out = np.zeros(int(self.offsets[-1]), dtype=complex)
        Y = self.split(out)
        for i, (Gi, Gci, Xi) in enumerate(zip(self.G, self.G_conj, X, strict=True)):
            Y[i] += Gi @ Xi
            Y[i] += (Gci @ Xi.T).T  # X G^dag = (conj(G) X^T)^T
        for (dst, src, A, w), Ac in zip(self.jumps, self.jumps_conj, strict=True):
            Y[dst] += w * (Ac @ (A @ X[src]).T).T  # A X A^dag = (conj(A) (A X)^T)^T
        return out


def _restrict(op: sp.csr_matrix, rows: np.ndarray, cols: np.ndarray) -> sp.csr_matrix:
    return sp.csr_matrix(op[rows][:, cols])


def block_liouvillian(
    f: np.ndarray, gamma: np.ndarray, nbar: float, partition: str = "excitation"
) -> BlockLiouvillian:
    """The matrix-free L of Eqs. (1)-(3) for couplings ``f``, ``gamma`` (see module doc).

    Parameters
    ----------
    f, gamma : (N, N) arrays
        Dipolar couplings and collective rates (positive semidefinite), as in
        :func:`qthermo.papers.cakmak.model.cakmak_liouvillian`.
    nbar : float
        Mean thermal photon number.
    partition : {"excitation", "full"}
        Sector blocks of fixed excitation number, or the whole 2^N x 2^N matrix.
    """
    N = f.shape[0]
    fz = np.array(f, dtype=float)
    np.fill_diagonal(fz, 0.0)
    if partition == "excitation":
        k = excitation_numbers(N)
        sectors = [np.flatnonzero(k == kk) for kk in range(N + 1)]
    elif partition == "full":
        sectors = [np.arange(2**N)]
    else:
        raise ValueError(f"partition must be 'excitation' or 'full', got {partition!r}")
    channels = kossakowski_channels(gamma, sigma_minus_ops(N))
    Gfull = -1j * dipolar_hamiltonian(fz).astype(complex)
    for A, lam in channels:
        Ad = A.conj().T.tocsr()
        Gfull = Gfull - 0.5 * lam * ((nbar + 1.0) * (Ad @ A) + nbar * (A @ Ad))
    Gfull = sp.csr_matrix(Gfull)
    G = [_restrict(Gfull, s, s) for s in sectors]
    sector_of = np.empty(Gfull.shape[0], dtype=int)
    for i, s in enumerate(sectors):
        sector_of[s] = i
    jumps = []
    for A, lam in channels:
        for op, w in ((A, lam * (nbar + 1.0)), (A.conj().T.tocsr(), lam * nbar)):
            if w == 0:
                continue
            # only the sector pairs the operator's stored entries connect can give a block
            # (a channel changes the excitation number by one): the same blocks in the same
            # order as restricting to every pair, without the (N+1)^2 empty restrictions
            stored = op.tocoo()  # stored entries, explicit zeros included (as sub.nnz counts)
            pairs = set(
                zip(sector_of[stored.row].tolist(), sector_of[stored.col].tolist(), strict=True)
            )
            for i, si in enumerate(sectors):
                for j, sj in enumerate(sectors):
                    if (i, j) not in pairs:
                        continue
                    sub = _restrict(op, si, sj)
                    if sub.nnz:
                        jumps.append((i, j, sub, float(w)))
    return BlockLiouvillian(sectors=sectors, G=G, jumps=jumps)


def long_time_blocks(
    L: BlockLiouvillian, rho0_blocks: list[np.ndarray], breakdown_tol: float = 1e-10
) -> tuple[list[np.ndarray], int]:
    """``lim_{t->inf} exp(L t) rho0`` by Krylov kernel projection, matrix-free.

    The same projection as :func:`qthermo.papers.cakmak.kernel.kernel_projection_krylov`
    (Arnoldi until breakdown, zero eigenvector of the Hessenberg matrix, left-vector
    normalisation), with ``L`` applied block by block.  Returns the blocks and the Krylov dimension.
    """
    v0 = np.concatenate([np.asarray(b, dtype=complex).ravel() for b in rho0_blocks])
    beta = float(np.sqrt(np.vdot(v0, v0).real))
    V, h, m, _scale, _ = arnoldi_until_breakdown(L, v0, beta, breakdown_tol, max_dim=200)
    r, lft = zero_eigenvectors(h[:m, :m])
    e1 = np.zeros(m, dtype=complex)
    e1[0] = beta
    v_inf = (r * ((lft.conj() @ e1) / (lft.conj() @ r))) @ V[:m]
    blocks = [b.copy() for b in L.split(v_inf)]
    tr = sum(np.trace(b) for b in blocks)
    return [0.5 * (b + b.conj().T) / tr for b in blocks], m


def blocks_c_l1(blocks: list[np.ndarray]) -> float:
    """l1-coherence of a block-diagonal state: off-diagonal moduli of every block."""
    return float(sum(np.abs(b).sum() - np.abs(np.diag(b)).sum() for b in blocks))
