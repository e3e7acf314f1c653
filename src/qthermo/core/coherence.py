"""Dephased states and the l1-norm of coherence (Tajima-Funo, definitions before Eq. 2).

* ``rho_bd = sum_e Pi_e rho Pi_e``: keeps coherence inside degenerate eigenspaces only.
* ``rho_sd = sum_{e,j} Pi_{e,j} rho Pi_{e,j}``: removes all coherence in the model's basis.
* ``C_l1(rho) = sum_{(e,j) != (e',j')} |<e,j|rho|e',j'>|`` (Baumgratz et al.,
  doi:10.1103/PhysRevLett.113.140401).

All three are taken with respect to the model's declared basis, never an eigensolver's.
"""

from __future__ import annotations

import numpy as np

from qthermo.core.model import Model

__all__ = ["block_diagonal", "strictly_diagonal", "l1_coherence", "l1_coherences"]


def block_diagonal(model: Model, rho: np.ndarray) -> np.ndarray:
    """``rho_bd``: project rho (or each state of a stack ``(n, d, d)``) onto the degenerate
    energy blocks of ``model``."""
    out = np.zeros_like(rho, dtype=complex)
    for idx in model.blocks:
        rows, cols = np.ix_(idx, idx)
        out[..., rows, cols] = rho[..., rows, cols]
    return out


def strictly_diagonal(rho: np.ndarray) -> np.ndarray:
    """``rho_sd``: keep only the diagonal in the model basis (of each state of a stack)."""
    rho = np.asarray(rho)
    out = np.zeros(rho.shape, dtype=complex)
    diag = np.arange(rho.shape[-1])
    out[..., diag, diag] = rho[..., diag, diag]
    return out


def l1_coherence(rho: np.ndarray) -> float:
    """``C_l1(rho)``: sum of the moduli of the off-diagonal elements."""
    return float(l1_coherences(np.asarray(rho)[None])[0])


def l1_coherences(rhos: np.ndarray) -> np.ndarray:
    """:func:`l1_coherence` of each state of a stack ``(n, d, d)`` (the same sums, bit for bit)."""
    a = np.abs(np.asarray(rhos))
    # the masked array is column-major, and its 2-D ``sum(axis=-1)`` would add each row in
    # another order than a single state's 1-D sum: sum row by row (bit for bit, tested)
    return np.array([row.sum() for row in a[:, ~np.eye(a.shape[-1], dtype=bool)]])
