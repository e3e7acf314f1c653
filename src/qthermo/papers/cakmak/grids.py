"""The atom-number, coupling and time grids and the geometries of the Cakmak et al. analyses.

Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117.
Kept apart from the physics (numpy only) because the workflow also needs them before any job
runs: the config's fit windows are checked against them and the job costs are estimated from
them.
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["GEOMETRIES", "PAPER_F0", "scaling_N_values", "f0_grid", "dipolar_time_grid"]

#: name -> (shape, N, dipole direction relative to the axis or ring plane)
GEOMETRIES: dict[str, tuple[str, int, str]] = {
    "pair_perpendicular": ("chain", 2, "perpendicular"),
    "pair_parallel": ("chain", 2, "parallel"),
    "chain3": ("chain", 3, "perpendicular"),
    "chain4": ("chain", 4, "perpendicular"),
    "ring3": ("ring", 3, "perpendicular"),
    "ring4": ("ring", 4, "perpendicular"),
    "chain5": ("chain", 5, "perpendicular"),
    "chain6": ("chain", 6, "perpendicular"),
    "ring5": ("ring", 5, "perpendicular"),
    "ring6": ("ring", 6, "perpendicular"),
}
#: f0/gamma0 of the dashed and solid curves of the paper's Fig. 3.
PAPER_F0 = (1.0, 100.0)


def scaling_N_values(c: dict[str, Any]) -> list[int]:
    """Every N from 2 to ``N_dense_max``, then ``per_decade`` log-spaced N up to ``N_max``."""
    dense = list(range(2, c["N_dense_max"] + 1))
    n = int(round(np.log10(c["N_max"] / c["N_dense_max"]) * c["per_decade"])) + 1
    logs = np.unique(np.round(np.geomspace(c["N_dense_max"], c["N_max"], n)).astype(int))
    return sorted(set(dense) | {int(v) for v in logs})


def f0_grid(c: dict[str, Any]) -> np.ndarray:
    """Log-spaced f0/gamma0 from ``f0_min`` to ``f0_max`` (``per_decade`` points per decade),
    plus the two couplings of the paper's Fig. 3 (:data:`PAPER_F0`), evaluated exactly."""
    n = int(round(np.log10(c["f0_max"] / c["f0_min"]) * c["per_decade"])) + 1
    grid = np.geomspace(c["f0_min"], c["f0_max"], n)
    extra = [f for f in PAPER_F0 if not np.isclose(grid, f, rtol=1e-9).any()]
    return np.sort(np.concatenate([grid, extra]))


def dipolar_time_grid(nbar: float, f0_max: float, c: dict[str, Any], gamma0: float) -> np.ndarray:
    """Uniform times of the dipolar-regime sweep over the relaxation window, fine enough for
    the fastest oscillation."""
    t_end = c["window"] / ((2.0 * nbar + 1.0) * gamma0)
    period = np.pi / (f0_max * gamma0)
    n = max(c["min_times"], int(np.ceil(t_end / period * c["points_per_period"])) + 1)
    return np.linspace(0.0, t_end, n)
