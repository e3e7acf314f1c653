"""The parameter grids of the Diosi analyses (Diosi slides, 2014).

Kept apart from the physics (numpy only) because the workflow also needs them before any job
runs: the config's fit windows and temperature grids are checked against them.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import product
from typing import Any

import numpy as np

__all__ = ["temperature_pairs", "eps_grid", "map_axes"]


def temperature_pairs(temperatures: Sequence[float]) -> list[tuple[float, float]]:
    """All ordered pairs (T_A, T_B) of the grid with T_A > T_B (A is the hot bath)."""
    ts = sorted(float(t) for t in temperatures)
    return [(ta, tb) for ta, tb in product(ts, ts) if ta > tb]


def eps_grid(cfg: dict[str, Any]) -> np.ndarray:
    """Log-spaced eps/Gamma_A from ``eps_over_gamma_min`` to ``eps_over_gamma_max``."""
    return np.geomspace(cfg["eps_over_gamma_min"], cfg["eps_over_gamma_max"], cfg["n_eps"])


def map_axes(cfg: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """omega_A/omega_B (log-spaced, with 1 added) and T_A/T_B (log-spaced) of the local map."""
    w = np.geomspace(cfg["omega_ratio_min"], cfg["omega_ratio_max"], cfg["n_omega"])
    w = np.unique(np.concatenate([w[np.abs(w - 1.0) > 1e-12], [1.0]]))
    t = np.geomspace(cfg["t_ratio_min"], cfg["t_ratio_max"], cfg["n_t"])
    return w, t
