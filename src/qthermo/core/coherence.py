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

__all__ = ["block_diagonal", "strictly_diagonal", "l1_coherence"]


def block_diagonal(model: Model, rho: np.ndarray) -> np.ndarray:
    """``rho_bd``: project rho onto the degenerate energy blocks of ``model``."""
    out = np.zeros_like(rho, dtype=complex)
    for idx in model.blocks:
        out[np.ix_(idx, idx)] = rho[np.ix_(idx, idx)]
    return out


def strictly_diagonal(rho: np.ndarray) -> np.ndarray:
    """``rho_sd``: keep only the diagonal in the model basis."""
    return np.diag(np.diag(rho)).astype(complex)


def l1_coherence(rho: np.ndarray) -> float:
    """``C_l1(rho)``: sum of the moduli of the off-diagonal elements."""
    a = np.abs(np.asarray(rho))
    return float(a[~np.eye(a.shape[0], dtype=bool)].sum())
