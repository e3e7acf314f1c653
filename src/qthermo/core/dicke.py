"""Collective spin operators of L qubits in the permutation-symmetric (Dicke) subspace.

The Dicke states |L/2, M>, M = -L/2, ..., L/2, span the (L+1)-dimensional symmetric subspace
(Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), doi:10.1103/PhysRevLett.131.090401,
text after Eq. 10).  Basis index n = M + L/2 (ascending M); a qubit's excited state |e> has
sigma_z = +1, so J_z = sum_i sigma_z^(i)/2 and sigma_-|e> = |g>.

The m-body noise operator of Eq. (11) is the elementary symmetric polynomial e_m of the L
commuting operators sigma_x^(i), scaled by g L / C(L, m).  It is never built from its C(L, m)
terms: on a state with k qubits in sigma_x = -1 (and L - k in +1) it takes the value of the
Krawtchouk polynomial K_m(k; L) (coefficient of t^m in (1+t)^(L-k) (1-t)^k), and on the
symmetric subspace it is a polynomial in J_x (Newton's identities with p_odd = 2 J_x,
p_even = L) times the x-parity P = prod_i sigma_x^(i) when m > L/2 (because sigma_x^2 = 1,
e_m = P e_(L-m)).  Full 2^L tensor-product versions (brute force) are provided for the tests
and the benchmark.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from functools import reduce

import numpy as np
import scipy.sparse as sp
from scipy.linalg import eigh_tridiagonal

from qthermo.core.operators import SIGMA_MINUS, SIGMA_X, SIGMA_Z

__all__ = [
    "CollectiveOps",
    "m_values",
    "dicke_index",
    "dicke_state",
    "collective_ops",
    "x_parity",
    "jx_eigenbasis",
    "krawtchouk",
    "m_body_spectrum",
    "elementary_symmetric_x",
    "m_body_operator",
    "m_body_operator_dense",
    "full_collective_ops",
    "full_m_body_operator",
    "dicke_embedding",
]


@dataclass(frozen=True)
class CollectiveOps:
    """Sparse collective operators ``J_z, J_+, J_-, J_x`` (real matrices, CSR)."""

    L: int
    Jz: sp.csr_matrix
    Jp: sp.csr_matrix
    Jm: sp.csr_matrix
    Jx: sp.csr_matrix

    @property
    def dim(self) -> int:
        return self.L + 1


def m_values(L: int) -> np.ndarray:
    """Magnetic quantum numbers ``M = -L/2, ..., L/2`` in basis order."""
    return np.arange(L + 1, dtype=float) - L / 2


def dicke_index(L: int, M: float) -> int:
    """Basis index of |L/2, M> (``n = M + L/2``); raises if M is not a valid label."""
    n = M + L / 2
    if abs(n - round(n)) > 1e-12 or not 0 <= round(n) <= L:
        raise ValueError(f"M = {M} is not a Dicke label for L = {L}")
    return int(round(n))


def dicke_state(L: int, M: float) -> np.ndarray:
    """State vector of |L/2, M> in the symmetric subspace."""
    v = np.zeros(L + 1)
    v[dicke_index(L, M)] = 1.0
    return v


def collective_ops(L: int) -> CollectiveOps:
    """``J_z``, ``J_+``, ``J_-`` and ``J_x = (J_+ + J_-)/2`` for spin j = L/2 (sparse).

    ``<M+1|J_+|M> = sqrt((j - M)(j + M + 1))``.
    """
    if L < 1:
        raise ValueError("L must be >= 1")
    j = L / 2
    M = m_values(L)
    up = np.sqrt(np.clip((j - M[:-1]) * (j + M[:-1] + 1), 0, None))
    Jz = sp.diags(M, 0, format="csr")
    Jp = sp.diags(up, -1, shape=(L + 1, L + 1), format="csr")  # row n+1, column n
    Jm = Jp.T.tocsr()
    Jx = (0.5 * (Jp + Jm)).tocsr()
    return CollectiveOps(L, Jz, Jp, Jm, Jx)


def x_parity(L: int) -> sp.csr_matrix:
    """``P = prod_i sigma_x^(i)`` on the symmetric subspace: |M> -> |-M> (no sign)."""
    return sp.csr_matrix(np.eye(L + 1)[::-1])


def jx_eigenbasis(L: int) -> tuple[np.ndarray, np.ndarray]:
    """Eigen-decomposition of ``J_x`` in the Dicke basis (dense; for L up to a few hundred).

    Returns ``(lam, V)`` with ``lam[k] = L/2 - k`` (k = number of qubits with sigma_x = -1)
    and ``V[:, k]`` the eigenvector, sign fixed so that its component on |M = L/2> is positive.
    """
    ops = collective_ops(L)
    off = ops.Jx.diagonal(1)
    lam, V = eigh_tridiagonal(np.zeros(L + 1), off)
    order = np.argsort(-lam)
    lam, V = lam[order], V[:, order]
    top = V[-1, :]
    V = V * np.where(top < 0, -1.0, 1.0)
    return lam, V


def krawtchouk(L: int, m: int) -> list[int]:
    """Exact ``K_m(k; L) = sum_i (-1)^i C(k, i) C(L-k, m-i)`` for k = 0..L (Python ints).

    This is the value of ``e_m(x_1..x_L)`` when k of the x_i are -1 and L-k are +1.
    Uses ``K_m(k) = (-1)^k K_(L-m)(k)`` so the cost is O(L min(m, L-m)).
    """
    if not 0 <= m <= L:
        raise ValueError(f"m = {m} outside 0..{L}")
    n = min(m, L - m)
    out = []
    for k in range(L + 1):
        val = sum((-1) ** i * math.comb(k, i) * math.comb(L - k, n - i) for i in range(n + 1))
        if n != m and k % 2:
            val = -val
        out.append(val)
    return out


def m_body_spectrum(L: int, m: int, g: float = 1.0) -> np.ndarray:
    """Eigenvalues ``g L K_m(k; L) / C(L, m)`` of the m-body operator (Eq. 11), k = 0..L.

    The value at k belongs to the J_x eigenvalue L/2 - k.  The ratio of exact integers is
    rounded once (Python's int/int true division), so there is no cancellation error.
    """
    c = math.comb(L, m)
    return np.array([g * L * (K / c) for K in krawtchouk(L, m)])


def elementary_symmetric_x(L: int, n: int) -> sp.csr_matrix:
    """``e_n(sigma_x^(1), ..., sigma_x^(L))`` on the symmetric subspace, by Newton's identities.

    ``n e_n = sum_{i=1}^n (-1)^(i-1) e_(n-i) p_i`` with ``p_i = sum_j (sigma_x^(j))^i``, i.e.
    ``p_odd = 2 J_x`` and ``p_even = L``.  A band matrix of half-width n; intended for small n.
    """
    dim = L + 1
    eye = sp.identity(dim, format="csr")
    two_jx = 2.0 * collective_ops(L).Jx
    e = [eye]
    for k in range(1, n + 1):
        acc = sp.csr_matrix((dim, dim))
        for i in range(1, k + 1):
            p_i = two_jx if i % 2 else L * eye
            acc = acc + (-1) ** (i - 1) * (e[k - i] @ p_i)
        e.append((acc / k).tocsr())
    return e[n]


def m_body_operator(L: int, m: int, g: float = 1.0) -> sp.csr_matrix:
    """The m-body noise operator A of Eq. (11) on the symmetric subspace (sparse).

    ``A = g L / C(L, m) * e_m(sigma_x)``, with ``e_m = P e_(L-m)`` for m > L/2 so that only a
    polynomial of degree min(m, L-m) in J_x is formed.  Exact and cheap when min(m, L-m) is
    small (the models m = L, L-1, L-2 of the paper); for general m at small L see
    :func:`m_body_operator_dense`.
    """
    if not 1 <= m <= L:
        raise ValueError(f"m = {m} outside 1..{L}")
    n = min(m, L - m)
    e_n = elementary_symmetric_x(L, n)
    if n != m:
        e_n = x_parity(L) @ e_n
    return (g * L / math.comb(L, m) * e_n).tocsr()


def m_body_operator_dense(L: int, m: int, g: float = 1.0) -> np.ndarray:
    """Eq. (11) on the symmetric subspace from its J_x spectrum: ``V diag(a_k) V^T`` (dense)."""
    _, V = jx_eigenbasis(L)
    a = m_body_spectrum(L, m, g)
    return (V * a) @ V.T


# --------------------------------------------------------------------------- full 2^L space
def _local(L: int, i: int, op: np.ndarray) -> sp.csr_matrix:
    """``op`` acting on qubit i of L (qubit 0 is the most significant tensor factor)."""
    mats = [sp.identity(2, format="csr")] * L
    mats[i] = sp.csr_matrix(op)
    return reduce(lambda a, b: sp.kron(a, b, format="csr"), mats)


def full_collective_ops(L: int) -> CollectiveOps:
    """``J_z, J_+, J_-, J_x`` as explicit 2^L x 2^L tensor-product sums (brute force)."""
    Jz = sum(_local(L, i, SIGMA_Z / 2) for i in range(L)).tocsr()
    Jm = sum(_local(L, i, SIGMA_MINUS) for i in range(L)).tocsr()
    Jp = Jm.T.tocsr()
    return CollectiveOps(L, Jz, Jp, Jm, (0.5 * (Jp + Jm)).tocsr())


def full_m_body_operator(L: int, m: int, g: float = 1.0) -> sp.csr_matrix:
    """Eq. (11) literally: ``g L / C(L, m)`` times the sum over all m-subsets of
    ``sigma_x^(i1) ... sigma_x^(im)`` (2^L x 2^L; brute force, for tests and benchmarks)."""
    xs = [_local(L, i, SIGMA_X) for i in range(L)]
    total = sp.csr_matrix((2**L, 2**L))
    for subset in itertools.combinations(range(L), m):
        total = total + reduce(lambda a, b: a @ b, (xs[i] for i in subset))
    return (g * L / math.comb(L, m) * total).tocsr()


def dicke_embedding(L: int) -> sp.csr_matrix:
    """Isometry W (2^L x (L+1)) whose column n is the Dicke state with M = n - L/2.

    |M> is the normalised equal-weight sum of computational states with L/2 + M excited
    qubits (|e> is bit 0 of each factor in the basis (|e>, |g>)).
    """
    dim = 2**L
    n_exc = np.array([L - bin(s).count("1") for s in range(dim)])  # bit 1 = |g>
    rows, cols, vals = [], [], []
    for n in range(L + 1):
        idx = np.flatnonzero(n_exc == n)
        rows.extend(idx.tolist())
        cols.extend([n] * idx.size)
        vals.extend([1.0 / math.sqrt(idx.size)] * idx.size)
    return sp.csr_matrix((vals, (rows, cols)), shape=(dim, L + 1))
