"""Even L: do the scaling results of Kamimura et al. need an odd number of qubits?

Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), doi:10.1103/PhysRevLett.131.090401.
The paper (and the replication's scaling sweep) uses odd L so that the Dicke states |M = +-1/2>
exist.  The m-body models start from |M = L/2>, which exists for every L; the superradiant
model needs a middle state, and for even L that is |M = 0>, with (our closed form, the general
Dicke-ladder emission rate)

    J(0) = -gamma_0 omega_q (L/2 + M)(L/2 - M + 1) = -gamma_0 omega_q L (L + 2) / 4   (M = 0).

Table ``even_L``: one row per (even L, model) for the m-body models m = L, L-1, L-2 (Eq. 12)
and superradiance from |M = 0>, with J(0) from the Dicke-space current operator, its closed
form, Bounds 1 and 2, and (for L <= ``full_L_max``) J(0) from the 2^L space built from tensor
products (:func:`qthermo.papers.kamimura.worst_case.full_space_channels`).  The superabsorber is
left out: for even L its transition (M = 0 -> 1 or -1 -> 0) is a further choice of ours.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.dicke import dicke_embedding, dicke_state
from qthermo.papers.kamimura.bounds import bound1, bound2
from qthermo.papers.kamimura.grids import even_log_grid
from qthermo.papers.kamimura.models import heat_current, m_body_model, superradiance_model
from qthermo.papers.kamimura.worst_case import full_space_channels, lindblad_heat_current

__all__ = ["MODELS", "COLUMNS", "EXPONENTS", "even_models_at", "even_L_table"]

MODELS = ["m=L", "m=L-1", "m=L-2", "superradiance"]
#: Leading exponents of J(0) in L: Eq. (12) for the m-body models, L (L + 2)/4 for superradiance.
EXPONENTS = {"m=L": 3.0, "m=L-1": 2.0, "m=L-2": 1.0, "superradiance": 2.0}
COLUMNS = ["L", "model", "J0", "J0_formula", "bound1", "bound2", "J0_full"]


def even_models_at(L: int, c: dict[str, Any]):
    """(name, ScalingModel) for the four models at even L (superradiance from |M = 0>)."""
    common = dict(g=c["g"], omega_q=c["omega_q"])
    for k, name in enumerate(MODELS[:3]):
        yield name, m_body_model(L, L - k, gamma_wn=c["gamma_wn"], **common)
    yield "superradiance", superradiance_model(L, gamma0=c["gamma_0"], initial_M=0.0, **common)


def _full_space_J0(name: str, L: int, c: dict[str, Any]) -> float:
    """J(0) in the 2^L space from |M> (M = L/2 for the m-body models, 0 for superradiance)."""
    energies, channels = full_space_channels(name, L, c)
    psi = dicke_embedding(L) @ dicke_state(L, 0.0 if name == "superradiance" else L / 2)
    return lindblad_heat_current(energies, channels, np.outer(psi, psi))


def even_L_table(c: dict[str, Any], progress: Callable[[str], None] | None = None) -> pd.DataFrame:
    """One row per (even L, model); ``c`` is ``kamimura.scaling`` plus ``kamimura.even_L``."""
    rows = []
    for L in even_log_grid(c["L_small_max"], c["L_max"], c["per_decade"]):
        for name, mod in even_models_at(L, c):
            full = _full_space_J0(name, L, c) if L <= c["full_L_max"] else float("nan")
            rows.append({"L": L, "model": name, "J0": heat_current(mod),
                         "J0_formula": mod.J_formula, "bound1": bound1(mod),
                         "bound2": bound2(mod), "J0_full": full})  # fmt: skip
        if progress is not None and L >= 100:
            progress(f"even L: L={L} done")
    return pd.DataFrame(rows, columns=COLUMNS)
