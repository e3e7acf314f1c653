"""When does the dipolar coupling show in the coherence? Cakmak et al. Sec. III B and Sec. V.

Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117.
Sec. III B says a short-time dipolar effect needs f0/gamma0 > 1 at nbar = 10 and that
f0 ~ gamma0 gives no observable difference; the Conclusion words the condition as
f0 > nbar gamma0.  The two differ by a factor nbar = 10 at the paper's parameters.

Measure: for the two Fig. 3 initial states (N = 2, close-atom limit) the largest deviation of
C_l1(t; f0) from the f0 = 0 reference,

    D(f0, nbar) = max_t |C_l1(t; f0) - C_l1(t; 0)|,

over ``0 <= gamma0 t <= window / (2 nbar + 1)`` (``gamma0 (2 nbar + 1)`` is the relaxation rate of
the single-excitation coherences, so the window covers the same number of relaxation times at
every nbar).  The onset ``f0*`` is the smallest f0 on the grid with ``D >= visible``; its scaling
with nbar decides between the two wordings (exponent 1: nbar gamma0; exponent 0: gamma0).
The time grid resolves the fastest dipolar oscillation (period pi/f0) with at least
``points_per_period`` points.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.superop import vec
from qthermo.papers.cakmak.grids import dipolar_time_grid, f0_grid
from qthermo.papers.cakmak.model import close_atom_couplings, fig3_initial_state, liouvillian_parts

__all__ = [
    "n2_parts",
    "c_l1_series",
    "deviation_table",
    "onsets",
    "COLUMNS",
]

#: Largest condition number of the eigenvector matrix accepted (error ~ cond * machine eps).
MAX_COND = 1e6

COLUMNS = ["state", "nbar", "f0_over_gamma0", "D", "D_over_C0", "t_at_max", "n_times"]


def n2_parts(gamma0: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Dense ``(L_H / f0, L_emit, L_absorb)`` of the N = 2 close-atom model (Eqs. 1-3):
    ``L = f0 L_H + (nbar + 1) L_emit + nbar L_absorb``."""
    f, g = close_atom_couplings(2, gamma0=gamma0, f0=1.0)
    LH, Le, La = liouvillian_parts(f, g)
    return LH.toarray(), Le.toarray(), La.toarray()


def c_l1_series(
    rho0: np.ndarray,
    times: np.ndarray,
    *,
    nbar: float,
    f0: float,
    parts: tuple[np.ndarray, np.ndarray, np.ndarray],
) -> np.ndarray:
    """C_l1(t) for N = 2 at all ``times`` at once from the eigen-expansion of the Liouvillian
    (``parts`` from :func:`n2_parts`), ``vec rho(t) = V exp(Lambda t) V^-1 vec rho0``; refused
    when V is ill-conditioned (tests compare it with step-by-step propagation)."""
    sup = f0 * parts[0] + (nbar + 1.0) * parts[1] + nbar * parts[2]
    lam, V = np.linalg.eig(sup)
    coef = np.linalg.solve(V, vec(rho0))
    states = (np.exp(np.outer(times, lam)) * coef) @ V.T  # rows: vec rho(t), column stacking
    cond = np.linalg.cond(V)
    if not cond <= MAX_COND:
        raise ArithmeticError(
            f"eigenvectors of the N = 2 Liouvillian are ill-conditioned (cond {cond:.1e}) at "
            f"f0 = {f0:g}, nbar = {nbar:g}: the eigen-expansion is not trustworthy"
        )
    off = ~np.eye(4, dtype=bool).reshape(-1, order="F")
    return np.abs(states[:, off]).sum(axis=1)


def _max_deviation(
    rho0: np.ndarray, t: np.ndarray, nbar: float, f0: float, parts, n_fine: int
) -> tuple[float, float]:
    """``(max_t |C(t; f0) - C(t; 0)|, argmax)``: the coarse grid's three largest local maxima
    refined twice on ``n_fine`` points between their neighbours (a sharp dip can fall between coarse
    points; the refined maximum is never below the coarse one)."""

    def dev(times: np.ndarray) -> np.ndarray:
        cur = c_l1_series(rho0, times, nbar=nbar, f0=f0, parts=parts)
        return np.abs(cur - c_l1_series(rho0, times, nbar=nbar, f0=0.0, parts=parts))

    d = dev(t)
    peaks = np.flatnonzero((d >= np.roll(d, 1)) & (d >= np.roll(d, -1)))
    best_d, best_t = float(d.max()), float(t[int(np.argmax(d))])
    for k in peaks[np.argsort(d[peaks])[::-1][:3]]:
        lo, hi = t[max(k - 1, 0)], t[min(k + 1, t.size - 1)]
        for _ in range(2):  # C_l1 has kinks (an element crossing zero): refine twice
            fine = np.linspace(lo, hi, n_fine)
            df = dev(fine)
            j = int(np.argmax(df))
            if df[j] > best_d:
                best_d, best_t = float(df[j]), float(fine[j])
            lo, hi = fine[max(j - 1, 0)], fine[min(j + 1, n_fine - 1)]
    return best_d, best_t


def deviation_table(
    c: dict[str, Any], gamma0: float, progress: Callable[[str], None] | None = None
) -> pd.DataFrame:
    """D(f0, nbar) for both Fig. 3 states, every nbar of ``c["nbar_values"]`` and f0 of
    :func:`~qthermo.papers.cakmak.grids.f0_grid` (each f0 on its own time grid, the f0 = 0
    reference on the same grid)."""
    rows, parts, f0s = [], n2_parts(gamma0), f0_grid(c)
    for state in ("a", "b"):
        rho0 = fig3_initial_state(state)
        for nbar in c["nbar_values"]:
            for f0r in f0s:
                t = dipolar_time_grid(nbar, float(f0r), c, gamma0)
                d, t_max = _max_deviation(rho0, t, nbar, f0r * gamma0, parts, c["refine"])
                c0 = float(c_l1_series(rho0, t[:1], nbar=nbar, f0=0.0, parts=parts)[0])
                rows.append({"state": state, "nbar": float(nbar), "f0_over_gamma0": float(f0r),
                             "D": d, "D_over_C0": d / c0, "t_at_max": t_max * gamma0,
                             "n_times": len(t)})  # fmt: skip
            if progress is not None:
                progress(f"state {state}, nbar = {nbar:g}: {len(f0s)} couplings")
    return pd.DataFrame(rows, columns=COLUMNS)


def onsets(df: pd.DataFrame, visible: float) -> pd.DataFrame:
    """``f0*``: per (state, nbar) the smallest f0/gamma0 with ``D >= visible`` (log-interpolated
    between grid points; NaN if never reached)."""
    out = []
    for (state, nbar), g in df.groupby(["state", "nbar"], sort=True):
        g = g.sort_values("f0_over_gamma0")
        f, d = g.f0_over_gamma0.to_numpy(), g.D.to_numpy()
        hit = np.flatnonzero(d >= visible)
        if hit.size == 0:
            f_star = float("nan")
        elif hit[0] == 0:
            f_star = float(f[0])
        else:
            i = hit[0]
            w = (np.log(visible) - np.log(d[i - 1])) / (np.log(d[i]) - np.log(d[i - 1]))
            f_star = float(np.exp(np.log(f[i - 1]) + w * (np.log(f[i]) - np.log(f[i - 1]))))
        out.append({"state": state, "nbar": nbar, "f0_star_over_gamma0": f_star})
    return pd.DataFrame(out)
