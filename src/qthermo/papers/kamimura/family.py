"""The L - m = k family of m-body interactions beyond k = 2 (Kamimura et al., text after Eq. 12).

Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), doi:10.1103/PhysRevLett.131.090401.
Eq. (12) gives ``|J(0)| = gamma_wn omega_q L^2 m / C(L, m)``; with ``C(L, L - k) = C(L, k) ~ L^k/k!``
the text concludes ``|J(0)| = Theta(L^{3+m-L}) = Theta(L^{3-k})`` for ``L - m = k = O(1)``, so only
L-body interactions (k = 0) saturate Bound 1.  The scaling table holds k = 0, 1, 2; this module
adds k = 3, 4, ... (``Theta(1)``, ``Theta(1/L)``, ...) on the same odd-L grid, each J(0) computed
in the Dicke space from the m-body operator (:func:`~qthermo.papers.kamimura.models.m_body_model`),
beside Eq. (12) and Bound 1.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd

from qthermo.papers.kamimura.bounds import bound1
from qthermo.papers.kamimura.grids import odd_log_grid
from qthermo.papers.kamimura.models import heat_current, m_body_model

__all__ = ["family_L_values", "family_table", "COLUMNS"]

COLUMNS = ["L", "k", "m", "J0", "J0_eq12", "bound1"]


def family_L_values(c: dict[str, Any], k_max: int) -> list[int]:
    """The scaling grid's odd L with ``m = L - k >= 1`` for every k up to ``k_max``."""
    return [L for L in odd_log_grid(c["L_small_max"], c["L_max"], c["per_decade"]) if L > k_max]


def family_table(
    c: dict[str, Any], fam: dict[str, Any], progress: Callable[[str], None] | None = None
) -> pd.DataFrame:
    """One row per (L, k) for k in ``fam["k_values"]``: J(0) (Dicke space), Eq. (12), Bound 1.

    ``c`` is the ``kamimura.scaling`` section (grid and couplings), ``fam`` ``kamimura.family``.
    """
    args = dict(g=c["g"], omega_q=c["omega_q"], gamma_wn=c["gamma_wn"])
    rows = []
    for L in family_L_values(c, max(fam["k_values"])):
        for k in fam["k_values"]:
            mod = m_body_model(L, L - k, **args)
            rows.append({"L": L, "k": k, "m": L - k, "J0": heat_current(mod),
                         "J0_eq12": mod.J_formula, "bound1": bound1(mod)})  # fmt: skip
        if progress is not None and L >= 100:
            progress(f"family: L={L} done")
    return pd.DataFrame(rows, columns=COLUMNS)
