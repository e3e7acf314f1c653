"""GKSL generators: dissipators, Liouvillian superoperators and propagators.

Plain-numpy implementations (fast for the small dimensions used here); every function is
cross-checked against QuTiP (``qutip.lindblad_dissipator``, ``qutip.liouvillian``,
``qutip.mesolve``) in ``tests/test_lindblad.py``.

Vectorisation is column-stacking, as in QuTiP: ``vec(A X B) = (B^T kron A) vec(X)``.
Every superoperator of the package (dense :func:`liouvillian`, sparse
:func:`liouvillian_sparse` and its parts) uses this one convention.
"""

from __future__ import annotations

import hashlib
import weakref
from collections import OrderedDict
from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np
import scipy.linalg as sla
import scipy.sparse as sp

if TYPE_CHECKING:  # type hints only: model.py imports this module
    from qthermo.core.model import Bath, Jump, Model

__all__ = [
    "dissipator",
    "bath_dissipator",
    "lindblad_rhs",
    "liouvillian",
    "kron2",
    "model_liouvillian",
    "hamiltonian_superop_sparse",
    "dissipator_superop_sparse",
    "liouvillian_sparse",
    "vec",
    "unvec",
    "propagator",
    "expm_memo",
    "evolve",
]


def dissipator(rho: np.ndarray, L: np.ndarray, rate: float = 1.0) -> np.ndarray:
    """``rate * (L rho L^dag - {L^dag L, rho}/2)`` (the dissipator in Eq. 1 of Tajima-Funo)."""
    Ld = L.conj().T
    LdL = Ld @ L
    return rate * (L @ rho @ Ld - 0.5 * (LdL @ rho + rho @ LdL))


def bath_dissipator(rho: np.ndarray, jumps: Iterable[Jump]) -> np.ndarray:
    """``D_a[rho] = sum_omega gamma_a(omega) D[L_{a,omega}](rho)`` for one bath."""
    out = np.zeros_like(rho, dtype=complex)
    for jump in jumps:
        if jump.rate:
            out += dissipator(rho, np.asarray(jump.op, dtype=complex), jump.rate)
    return out


def lindblad_rhs(model: Model, rho: np.ndarray, baths: Iterable[Bath] | None = None) -> np.ndarray:
    """Right-hand side of Eq. (1): ``-i/hbar [H, rho] + sum_a D_a[rho]``."""
    H = model.H
    out = -1j / model.hbar * (H @ rho - rho @ H)
    for bath in model.baths if baths is None else baths:
        out += bath_dissipator(rho, bath.jumps)
    return out


def vec(rho: np.ndarray) -> np.ndarray:
    """Column-stacked vector of a matrix."""
    return np.asarray(rho).reshape(-1, order="F")


def unvec(v: np.ndarray, dim: int | None = None) -> np.ndarray:
    """Inverse of :func:`vec`."""
    n = int(round(np.sqrt(v.size))) if dim is None else dim
    return np.asarray(v).reshape((n, n), order="F")


def kron2(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``np.kron(a, b)`` of two 2-D arrays, without its general-case bookkeeping.

    Every entry is the single product ``a[i, j] * b[k, l]`` of the same dtypes as in
    ``np.kron`` (one broadcast multiply), so the result is the same bit for bit (tested); for
    the 4x4 and 16x16 operators of the small models it is several times faster.
    """
    (m, n), (p, q) = a.shape, b.shape
    return (a[:, None, :, None] * b[None, :, None, :]).reshape(m * p, n * q)


def liouvillian(
    H: np.ndarray, jumps: Iterable[tuple[np.ndarray, float]], hbar: float = 1.0
) -> np.ndarray:
    """Liouvillian superoperator (column-stacking) of ``-i/hbar[H,.] + sum rate*D[L]``.

    Parameters
    ----------
    H : ndarray
        Hamiltonian.
    jumps : iterable of (L, rate)
        Jump operators and their rates.
    hbar : float
    """
    H = np.asarray(H, dtype=complex)
    n = H.shape[0]
    eye = np.eye(n)
    sup = -1j / hbar * (kron2(eye, H) - kron2(H.T, eye))
    for L, rate in jumps:
        if not rate:
            continue
        L = np.asarray(L, dtype=complex)
        LdL = L.conj().T @ L
        sup += rate * (kron2(L.conj(), L) - 0.5 * kron2(eye, LdL) - 0.5 * kron2(LdL.T, eye))
    return sup


def hamiltonian_superop_sparse(H: sp.spmatrix) -> sp.csc_matrix:
    """Sparse ``-i[H, .]`` (hbar = 1, column stacking) for a sparse Hamiltonian ``H``."""
    eye = sp.identity(H.shape[0], format="csr", dtype=complex)
    return (-1j * (sp.kron(eye, H) - sp.kron(H.T, eye))).tocsc()


def dissipator_superop_sparse(
    jumps: Iterable[tuple[sp.spmatrix, float]], dim: int
) -> sp.csc_matrix:
    """Sparse ``sum rate * D[L]`` (column stacking) on a ``dim``-dimensional Hilbert space.

    ``D[L] rho = L rho L^dag - {L^dag L, rho}/2``; the terms are accumulated in the order given.
    """
    eye = sp.identity(dim, format="csr", dtype=complex)
    sup = sp.csc_matrix((dim * dim, dim * dim), dtype=complex)
    for L, rate in jumps:
        LdL = (L.conj().T @ L).tocsr()
        sup = sup + rate * (
            sp.kron(L.conj(), L) - 0.5 * sp.kron(eye, LdL) - 0.5 * sp.kron(LdL.T, eye)
        )
    return sup.tocsc()


def liouvillian_sparse(H: sp.spmatrix, jumps: Iterable[tuple[sp.spmatrix, float]]) -> sp.csc_matrix:
    """Sparse Liouvillian ``-i[H, .] + sum rate * D[L]`` (hbar = 1, column stacking)."""
    return (hamiltonian_superop_sparse(H) + dissipator_superop_sparse(jumps, H.shape[0])).tocsc()


#: Full Liouvillians of live models, by ``id`` (dropped when the model is garbage collected).
_MODEL_LIOUVILLIANS: dict[int, np.ndarray] = {}


def model_liouvillian(model: Model, baths: Iterable[Bath] | None = None) -> np.ndarray:
    """Liouvillian of a :class:`Model` with the given baths (default: all of them).

    With all baths it is built once per model and returned read-only (models are not mutated
    after construction; a cycle sweep reuses the same stroke models at every stroke time).
    """
    if baths is not None:
        return _jumps_liouvillian(model, baths)
    key = id(model)
    sup = _MODEL_LIOUVILLIANS.get(key)
    if sup is None:
        sup = _jumps_liouvillian(model, model.baths)
        sup.setflags(write=False)
        _MODEL_LIOUVILLIANS[key] = sup
        weakref.finalize(model, _MODEL_LIOUVILLIANS.pop, key, None)
    return sup


def _jumps_liouvillian(model: Model, baths: Iterable[Bath]) -> np.ndarray:
    return liouvillian(model.H, [(j.op, j.rate) for b in baths for j in b.jumps], hbar=model.hbar)


#: Exponentials of small generators already computed, by content (see :func:`expm_memo`).
_EXPM_MEMO: OrderedDict[tuple[tuple[int, ...], str, bytes], np.ndarray] = OrderedDict()
EXPM_MEMO_SIZE = 4096  # entries (at most 64x64 complex each: <= 256 MB, typically 16x16 / 4 kB)
EXPM_MEMO_MAX_DIM = 64


def expm_memo(A: np.ndarray) -> np.ndarray:
    """``scipy.linalg.expm(A)``, remembered by the bytes of ``A`` for ``A`` up to 64x64.

    A parameter scan revisits the same generators and stroke times many times (the
    Tajima-Funo sensitivity job: 39324 exponentials of 2678 distinct matrices), each from a
    freshly built model. The key is the shape, dtype and a 128-bit BLAKE2 digest of the
    bytes, so a hit is the exponential of the same matrix, bit for bit. The result is
    read-only (it may be shared); least recently used entries beyond ``EXPM_MEMO_SIZE`` are
    dropped.
    """
    if max(A.shape) > EXPM_MEMO_MAX_DIM:
        return sla.expm(A)
    A = np.ascontiguousarray(A)
    key = (A.shape, A.dtype.str, hashlib.blake2b(A.tobytes(), digest_size=16).digest())
    hit = _EXPM_MEMO.get(key)
    if hit is not None:
        _EXPM_MEMO.move_to_end(key)
        return hit
    E = sla.expm(A)
    E.setflags(write=False)
    _EXPM_MEMO[key] = E
    if len(_EXPM_MEMO) > EXPM_MEMO_SIZE:
        _EXPM_MEMO.popitem(last=False)
    return E


def propagator(sup: np.ndarray, t: float) -> np.ndarray:
    """``exp(sup * t)``: the dynamical map over a time ``t`` for a constant generator
    (read-only; :func:`expm_memo`)."""
    return expm_memo(sup * t)


def evolve(rho0: np.ndarray, sup: np.ndarray, times: np.ndarray) -> np.ndarray:
    """States ``rho(t)`` on a uniform time grid starting at ``times[0]``.

    Uses one matrix exponential for the grid step and repeated multiplication (exact for a
    time-independent generator up to round-off). Returns an array of shape (len(times), n, n).
    """
    times = np.asarray(times, dtype=float)
    n = rho0.shape[0]
    out = np.empty((times.size, n, n), dtype=complex)
    out[0] = rho0
    if times.size == 1:
        return out
    steps = np.diff(times)
    if not np.allclose(steps, steps[0], rtol=1e-9, atol=1e-14):
        raise ValueError("evolve needs a uniform time grid")
    step = propagator(sup, float(steps[0]))
    vs = np.empty((times.size, n * n), dtype=complex)
    vs[0] = vec(rho0)
    for k in range(1, times.size):
        vs[k] = step @ vs[k - 1]
    # row k is vec(rho_k) (column-stacked): reshaped, each block is rho_k transposed
    out[1:] = vs[1:].reshape(-1, n, n).transpose(0, 2, 1)
    return out
