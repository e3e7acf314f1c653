"""Superabsorption of Kamimura et al. (Eq. 18): the sign of Omega and an extensive variant.

Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), doi:10.1103/PhysRevLett.131.090401.
With ``H_SA = omega_q J_z + Omega J_z^2`` the Bohr frequency of ``|M> -> |M+1>`` is
``omega_q + Omega (2M + 1)``.  The text has the first absorption step from the ground state
(M = -L/2) cost ``omega_q + (L-1) Omega``, which this Hamiltonian gives only for Omega < 0; v0.1
(and the scaling table) uses Omega = +0.3.  Three readings, each on the odd-L scaling grid:

* ``fixed+``: Omega = +Omega_0 (v0.1);
* ``fixed-``: Omega = -Omega_0 (the sign the text implies);
* ``extensive``: Omega = Omega_0 / L (ours), which keeps ||H_S|| = Theta(L) and the largest
  energy jump of A, Delta E (Eq. 13), O(1): the assumptions of the scaling argument and of
  Bound 2.

The superabsorbing transition M = -1/2 -> 1/2 has ``w_SA = omega_q`` in every reading (the Omega
terms cancel), so the filtered bath and J(0) from |M = -1/2> do not depend on Omega; what changes is
||H_S||, Delta E, hence Bounds 1 and 2, and the gap ``2 |Omega|`` between w_SA and the nearest
other Bohr frequency, which the narrow-band filter must resolve (its width must stay below it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from qthermo.papers.kamimura.bounds import bound1, bound2
from qthermo.papers.kamimura.grids import odd_log_grid
from qthermo.papers.kamimura.models import heat_current, superabsorption_model

__all__ = ["READINGS", "COLUMNS", "omega_of", "bohr_gap", "superabsorption_table"]

READINGS = ["fixed+", "fixed-", "extensive"]
COLUMNS = ["L", "reading", "Omega", "J0", "J0_formula", "bound1", "bound2", "norm_H",
           "delta_E", "bohr_gap", "first_step"]  # fmt: skip


def omega_of(reading: str, L: int, omega0: float) -> float:
    """Omega of a reading at L (see module docstring)."""
    return {"fixed+": omega0, "fixed-": -omega0, "extensive": omega0 / L}[reading]


def bohr_gap(energies: np.ndarray, w_sa: float) -> float:
    """Distance from ``w_SA`` to the nearest other nearest-neighbour Bohr frequency of the ladder
    (the resolution the narrow-band filter needs)."""
    steps = np.diff(energies)
    others = steps[~np.isclose(steps, w_sa, rtol=0.0, atol=1e-12 * max(1.0, abs(w_sa)))]
    return float(np.min(np.abs(others - w_sa))) if others.size else float("inf")


def superabsorption_table(
    c: dict[str, Any], progress: Callable[[str], None] | None = None
) -> pd.DataFrame:
    """One row per (odd L, reading); ``c`` is ``kamimura.scaling`` (grid, couplings, Omega_0 =
    ``Omega``)."""
    rows = []
    for L in odd_log_grid(c["L_small_max"], c["L_max"], c["per_decade"]):
        for reading in READINGS:
            Om = omega_of(reading, L, c["Omega"])
            mod = superabsorption_model(L, g=c["g"], omega_q=c["omega_q"], Omega=Om,
                                        gamma0=c["gamma_0"], beta=c["beta_sa"])  # fmt: skip
            e = mod.energies  # ascending M = -L/2 .. L/2
            rows.append({"L": L, "reading": reading, "Omega": Om, "J0": heat_current(mod),
                         "J0_formula": mod.J_formula, "bound1": bound1(mod),
                         "bound2": bound2(mod), "norm_H": mod.norm_H,
                         "delta_E": mod.channels[0].delta_E,
                         "bohr_gap": bohr_gap(e, mod.params["w_sa"]),
                         "first_step": float(e[1] - e[0])})  # fmt: skip
        if progress is not None and L >= 100:
            progress(f"superabsorption: L={L} done")
    return pd.DataFrame(rows, columns=COLUMNS)
