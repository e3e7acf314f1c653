"""The particle-number grids of the Tajima-Funo analyses.

Tajima & Funo, PRL 127, 190604 (2021), doi:10.1103/PhysRevLett.127.190604.  Kept apart from
the physics (numpy only) because the workflow also needs them before any job runs: the
config's fit windows are checked against them and the job costs are estimated from them.
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["n_values", "log_n_values", "powers_of_two"]


def n_values(n_max: int, n_points: int) -> list[int]:
    """N = 1..10 plus ``n_points`` log-spaced integers up to ``n_max`` (sorted, unique):
    the sweeps of Fig. 1 and of the steady current."""
    logs = np.unique(np.round(np.geomspace(1, n_max, n_points)).astype(int))
    return sorted(set(range(1, min(10, n_max) + 1)) | {int(n) for n in logs})


def log_n_values(cfg: dict[str, Any]) -> list[int]:
    """``n_points`` log-spaced integers from 1 to ``N_max`` (sorted, unique): the engine sweep
    of Fig. 2 and the local-decay sweep."""
    return sorted({int(n) for n in np.round(np.geomspace(1, cfg["N_max"], cfg["n_points"]))})


def powers_of_two(n_max: int) -> list[int]:
    """N = 1, 2, 4, ... up to ``n_max`` (powers of two), plus ``n_max`` itself: the
    incoherent-activity sweep."""
    return sorted({2**k for k in range(int(np.log2(n_max)) + 1)} | {int(n_max)})
