"""Two-level operators in the package's one basis convention.

Every qubit (two-level atom, spin-1/2) in the package uses the ordered basis ``(|e>, |g>)``:
index 0 is the excited state, index 1 the ground state, as in QuTiP (``basis(2, 0)`` is the
excited state of ``sigmaz()``).  Multi-qubit states are Kronecker products, qubit 1 the most
significant factor.  In this basis

* ``SIGMA_MINUS = |g><e|`` lowers, ``SIGMA_PLUS = |e><g|`` raises,
* ``SIGMA_Z = |e><e| - |g><g|``, ``SIGMA_X = |e><g| + |g><e|``,
* ``NUMBER = |e><e| = SIGMA_PLUS @ SIGMA_MINUS``.
"""

from __future__ import annotations

import numpy as np

__all__ = ["EXCITED", "GROUND", "SIGMA_MINUS", "SIGMA_PLUS", "SIGMA_X", "SIGMA_Z", "NUMBER"]

#: Basis index of the excited and of the ground state.
EXCITED, GROUND = 0, 1

SIGMA_MINUS = np.array([[0.0, 0.0], [1.0, 0.0]])
SIGMA_PLUS = SIGMA_MINUS.T.copy()
SIGMA_X = np.array([[0.0, 1.0], [1.0, 0.0]])
SIGMA_Z = np.array([[1.0, 0.0], [0.0, -1.0]])
NUMBER = np.array([[1.0, 0.0], [0.0, 0.0]])

for _op in (SIGMA_MINUS, SIGMA_PLUS, SIGMA_X, SIGMA_Z, NUMBER):
    _op.setflags(write=False)
