"""Cakmak et al. at finite separation for N = 5, 6: coherence lifetime and its f dependence.

Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117,
Sec. II (couplings f_ij, gamma_ij of Eqs. 2-3) and Sec. IV (the settling from |g...g> does not
depend on f0 for close atoms, our ck.iv.settling_f0).  The analysis is ours (issue 14).

From |g...g> the state never has coherence between excitation sectors, so the Liouvillian acts
on the sector blocks only (:mod:`qthermo.papers.cakmak.matrix_free`, ``C(2N, N)`` numbers: 252
for N = 5, 924 for N = 6 instead of 4^N).  That block operator is assembled from Kronecker products,
written in a real basis of Hermitian block matrices (L maps Hermitian operators to Hermitian
ones, so there it is a real matrix and a real eigensolver suffices) and eigen-expanded like the
full one in :func:`qthermo.papers.cakmak.separation.coherence_lifetime`, with the same mode
selection and kernel test (:func:`~qthermo.papers.cakmak.separation.slowest_carrying_mode`):
the lifetime is ``1/Gamma``, Gamma the slowest decay rate among the modes whose term in the
expansion of |g...g> carries l1-coherence.  Each geometry is evaluated with its own dipolar
couplings and with f switched off (``f = 0``), to see whether f0's irrelevance for close atoms
survives at finite separation.  The approach of the long-time coherence: the largest C_l1(t)
(reached before the slow decay) against the close-atom long-time value of the same N.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from qthermo.papers.cakmak.grids import GEOMETRIES
from qthermo.papers.cakmak.matrix_free import BlockLiouvillian, block_liouvillian
from qthermo.papers.cakmak.separation import couplings, slowest_carrying_mode
from qthermo.papers.cakmak.symmetric import long_time_c_l1_closed_form

__all__ = [
    "block_matrix",
    "hermitian_basis",
    "real_block_matrix",
    "block_ground_state",
    "block_lifetime",
    "large_table",
]


def block_matrix(L: BlockLiouvillian) -> np.ndarray:
    """The dense matrix of the block operator, assembled from Kronecker products.

    On a C-order flattened block, ``G X`` is ``G (x) 1``, ``X G^dag`` is ``1 (x) conj(G)`` and
    ``A X A^dag`` is ``A (x) conj(A)``; the terms are added in the order the operator applies
    them, so every entry is the same floating-point sum as applying the operator to each unit
    vector (bit for bit, tested) at about 1/20 of that cost for N = 6.
    """
    n, off = L.shape[0], L.offsets
    out = np.zeros((n, n), dtype=complex)
    for i, (G, Gc) in enumerate(zip(L.G, L.G_conj, strict=True)):
        one = sp.identity(G.shape[0], dtype=complex, format="csr")
        term = sp.kron(G, one, format="csr") + sp.kron(one, Gc, format="csr")
        out[off[i] : off[i + 1], off[i] : off[i + 1]] += term.toarray()
    for (dst, src, A, w), Ac in zip(L.jumps, L.jumps_conj, strict=True):
        block = (slice(off[dst], off[dst + 1]), slice(off[src], off[src + 1]))
        out[block] += w * sp.kron(A, Ac, format="csr").toarray()
    return out


def hermitian_basis(L: BlockLiouvillian) -> sp.csr_matrix:
    """Unitary ``U`` whose columns are the flattened orthonormal Hermitian basis of each block:
    ``E_jj``, ``(E_jk + E_kj)/sqrt 2`` and ``i (E_jk - E_kj)/sqrt 2`` for ``j < k``.

    A Hermitian block vector has real coordinates ``U^dag x`` in this basis, and an operator
    that maps Hermitian blocks to Hermitian blocks is the real matrix ``U^dag M U`` there.
    """
    rows: list[int] = []
    cols: list[int] = []
    vals: list[complex] = []
    h = 1.0 / np.sqrt(2.0)
    col = 0
    for o, s in zip(L.offsets[:-1], L.sectors, strict=True):
        n = s.size
        for j in range(n):
            rows.append(int(o) + j * n + j)
            cols.append(col)
            vals.append(1.0)
            col += 1
        for j in range(n):
            for k in range(j + 1, n):
                jk, kj = int(o) + j * n + k, int(o) + k * n + j
                rows += [jk, kj, jk, kj]
                cols += [col, col, col + 1, col + 1]
                vals += [h, h, 1j * h, -1j * h]
                col += 2
    n_tot = L.shape[0]
    return sp.csr_matrix((vals, (rows, cols)), shape=(n_tot, n_tot), dtype=complex)


def real_block_matrix(L: BlockLiouvillian, U: sp.csr_matrix) -> np.ndarray:
    """``U^dag M U`` of :func:`block_matrix` in the Hermitian basis ``U``: real, because L
    preserves Hermiticity (a relative imaginary part above 1e-12 raises ``ArithmeticError``)."""
    M = np.asarray(U.conj().T @ (block_matrix(L) @ U))
    scale, imag = float(np.abs(M).max()), float(np.abs(M.imag).max())
    if imag > 1e-12 * scale:
        raise ArithmeticError(
            f"the block operator does not preserve Hermiticity: imaginary part {imag:.3g} "
            f"against entries up to {scale:.3g}"
        )
    return np.ascontiguousarray(M.real)


def block_ground_state(L: BlockLiouvillian) -> np.ndarray:
    """|g...g><g...g| as a flat block vector (|g...g> is the last computational state)."""
    last = max(int(s.max()) for s in L.sectors)
    v = np.zeros(L.shape[0], dtype=complex)
    for i, s in enumerate(L.sectors):
        if s.size == 1 and int(s[0]) == last:
            v[L.offsets[i]] = 1.0
    return v


def _offdiagonal_mask(L: BlockLiouvillian) -> np.ndarray:
    mask = np.zeros(L.shape[0], dtype=bool)
    for i, s in enumerate(L.sectors):
        m = ~np.eye(s.size, dtype=bool)
        mask[L.offsets[i] : L.offsets[i + 1]] = m.ravel()
    return mask


def block_lifetime(
    L: BlockLiouvillian, rel_tol: float, times: np.ndarray | None = None
) -> dict[str, float]:
    """Slowest coherence-carrying decay rate from |g...g> and the kernel dimension, with the
    mode selection and kernel test of the full-space function
    (:func:`qthermo.papers.cakmak.separation.slowest_carrying_mode`); with ``times``, also the
    largest C_l1(t) on that grid and where it occurs (same expansion)."""
    U = hermitian_basis(L)
    mat = real_block_matrix(L, U)  # same spectrum and singular values as the block matrix
    lam, R_real = np.linalg.eig(mat)
    coeff = np.linalg.solve(R_real, U.conj().T @ block_ground_state(L))
    off = (U @ R_real)[_offdiagonal_mask(L)]  # the eigenvectors as block vectors
    weight = np.abs(off * coeff).sum(axis=0)  # l1 coherence of each term
    mode = slowest_carrying_mode(mat, lam, weight, rel_tol)
    out = {"rate": mode["rate"], "kernel_dim": mode["kernel_dim"]}
    if times is not None:
        c = np.abs(off @ (coeff[:, None] * np.exp(np.outer(lam, times)))).sum(axis=0)
        out.update(c_peak=float(c.max()), t_peak=float(times[int(np.argmax(c))]))
    return out


def large_table(s: dict[str, Any]) -> pd.DataFrame:
    """Table ``separation_large``: per (geometry, xi, dipolar on/off) the lifetime from |g...g>,
    the largest C_l1(t) on the pair-curve time grid (``curve_*`` keys) and where it occurs, and
    the close-atom long-time value it is compared with (our closed form, Fig. 4).

    ``s`` is the section ``cakmak.separation`` with ``gamma0`` added.
    """
    g0 = s["gamma0"]
    t = np.geomspace(s["curve_t_min"], s["curve_t_max"], s["curve_points"]) / g0
    rows = []
    for name in s["large_geometries"]:
        N = GEOMETRIES[name][1]
        close = long_time_c_l1_closed_form(N, s["nbar"])[0]
        for xi in s["large_xi"]:
            f, g = couplings(name, float(xi), g0)
            for dipolar, scale in (("on", 1.0), ("off", 0.0)):
                L = block_liouvillian(scale * f, g, s["nbar"])
                out = block_lifetime(L, s["mode_rel_tol"], t)
                rows.append({"geometry": name, "N": N, "xi": float(xi), "dipolar": dipolar,
                             "f_nn": f[0, 1], "gamma_nn": g[0, 1], "rate": out["rate"],
                             "kernel_dim": out["kernel_dim"], "lifetime": 1.0 / out["rate"],
                             "c_peak": out["c_peak"], "gamma0_t_peak": out["t_peak"] * g0,
                             "c_close_long_time": close})  # fmt: skip
    return pd.DataFrame(rows)
