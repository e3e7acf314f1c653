"""The system-size grids of the Kamimura et al. analyses.

Kamimura, Hakoshima, Matsuzaki, Yoshida & Tokura, PRL 131, 090401 (2023),
doi:10.1103/PhysRevLett.131.090401.  Kept apart from the physics (numpy only) because the
workflow also needs them before any job runs: the config's fit windows are checked against
them and the job costs are estimated from them.
"""

from __future__ import annotations

import numpy as np

__all__ = ["odd_log_grid", "even_log_grid", "log_grid"]


def odd_log_grid(L_small_max: int, L_max: int, per_decade: int) -> list[int]:
    """All odd L <= ``L_small_max`` plus ``2 floor(10^(i/per_decade)/2) + 1`` up to ``L_max``."""
    out = set(range(3, L_small_max + 1, 2))
    i = 0
    while True:
        x = 10 ** (i / per_decade)
        L = 2 * int(np.floor(x / 2 + 1e-9)) + 1
        if L > L_max:
            break
        if L >= L_small_max:
            out.add(L)
        i += 1
    return sorted(out)


def even_log_grid(L_small_max: int, L_max: int, per_decade: int) -> list[int]:
    """All even L from 4 to ``L_small_max`` plus ``2 round(10^(i/per_decade)/2)`` up to ``L_max``
    (L = 4 is the smallest with m = L - 2 >= 2, so every model has a two-body or larger A)."""
    out = set(range(4, L_small_max + 1, 2))
    n = int(np.floor(np.log10(L_max) * per_decade + 1e-9))
    for i in range(n + 1):
        L = 2 * int(round(10 ** (i / per_decade) / 2))
        if L_small_max <= L <= L_max:
            out.add(L)
    return sorted(out)


def log_grid(L_min: int, L_max: int, n: int) -> list[int]:
    """``n`` log-spaced integers from ``L_min`` to ``L_max`` (sorted, unique)."""
    return sorted({int(round(x)) for x in np.geomspace(L_min, L_max, n)})
