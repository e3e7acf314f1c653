"""How the coherence from |g...g> rises and settles, and what sets the time (Cakmak et al. Sec. IV).

Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117, Sec. IV:
from |g...g> the coherence "increases monotonically with time and settles"; f0 and gamma0 have a
negligible effect on the settled value but "can affect the time it takes to reach" it.

In the close-atom limit the trajectory from |g...g> stays diagonal in the Dicke basis, where H_d
is diagonal too, so f0 drops out of the whole trajectory, not only of its limit; gamma0 only sets
the unit of time.  Tables: the time-resolved C_l1 by the Dicke-ladder chain
(:func:`~qthermo.papers.cakmak.ladder.ladder_c_l1`) for N = 2..``N_max`` at the Fig. 4 nbar, with
the settling time t_90 (C_l1 reaches 90 % of its long-time value), and the full 2^N-dimensional
trajectories for several f0 at small N, which test that f0 drops out.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.coherence import l1_coherence
from qthermo.core.superop import evolve
from qthermo.papers.cakmak.ladder import ladder_c_l1
from qthermo.papers.cakmak.model import cakmak_liouvillian, close_atom_couplings, ground_state
from qthermo.papers.cakmak.symmetric import long_time_c_l1_closed_form

__all__ = ["time_grid", "ladder_table", "full_f0_table", "settling_times", "LADDER_COLUMNS",
           "FULL_COLUMNS"]  # fmt: skip

LADDER_COLUMNS = ["N", "gamma0_t", "c_l1", "c_l1_long_time"]
FULL_COLUMNS = ["N", "f0_over_gamma0", "gamma0_t", "c_l1"]


def time_grid(c: dict[str, Any]) -> np.ndarray:
    """``gamma0 t`` from 0 to ``t_max`` (``n_times`` points)."""
    return np.linspace(0.0, c["t_max"], c["n_times"])


def ladder_table(c: dict[str, Any], nbar: float, gamma0: float) -> pd.DataFrame:
    """C_l1(t) from |g...g> for N = 2..``N_max`` by the ladder chain, with the long-time value."""
    t = time_grid(c) / gamma0
    rows = []
    for N in range(2, c["N_max"] + 1):
        cl, _ = ladder_c_l1(N, t, gamma0=gamma0, nbar=nbar)
        lt = long_time_c_l1_closed_form(N, nbar)[0]
        rows.append(
            pd.DataFrame({"N": N, "gamma0_t": t * gamma0, "c_l1": cl, "c_l1_long_time": lt})
        )
    return pd.concat(rows, ignore_index=True)[LADDER_COLUMNS]


def full_f0_table(c: dict[str, Any], nbar: float, gamma0: float) -> pd.DataFrame:
    """C_l1(t) from |g...g> in the full 2^N space for N in ``full_N`` and f0 in ``f0_values``."""
    t = time_grid(c) / gamma0
    rows = []
    for N in c["full_N"]:
        for f0r in c["f0_values"]:
            f, g = close_atom_couplings(N, gamma0=gamma0, f0=f0r * gamma0)
            states = evolve(ground_state(N), cakmak_liouvillian(f, g, nbar).toarray(), t)
            rows.append(pd.DataFrame({"N": N, "f0_over_gamma0": float(f0r), "gamma0_t": t * gamma0,
                                      "c_l1": [l1_coherence(r) for r in states]}))  # fmt: skip
    return pd.concat(rows, ignore_index=True)[FULL_COLUMNS]


def settling_times(ladder: pd.DataFrame, fraction: float) -> pd.DataFrame:
    """Per N: the first gamma0 t with C_l1 >= ``fraction`` of its long-time value (linear
    interpolation; NaN if not reached on the grid) and the largest decrease between grid points."""
    out = []
    for N, g in ladder.groupby("N"):
        t, c = g.gamma0_t.to_numpy(), g.c_l1.to_numpy()
        target = fraction * float(g.c_l1_long_time.iloc[0])
        k = int(np.argmax(c >= target)) if (c >= target).any() else -1
        t_f = (
            float("nan") if k < 0 else float(np.interp(target, c[k - 1 : k + 1], t[k - 1 : k + 1]))
        )
        out.append({"N": int(N), "t_settle": t_f, "max_decrease": float(max(0.0, -np.diff(c).min())),
                    "c_l1_end_over_long_time": float(c[-1] / g.c_l1_long_time.iloc[0])})  # fmt: skip
    return pd.DataFrame(out)
