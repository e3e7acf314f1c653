"""Claim ck.superlinear: the long-time coherence of Fig. 4 grows faster than linearly in N.

Cakmak et al. (doi:10.1103/PhysRevA.96.032117, Sec. IV) describe the growth of the long-time
l1-coherence from |g...g> over N = 2..7 as superlinear and fit a cubic. The cubic is not the
scaling law (ck.extrapolation records that finding); what the text claims, superlinear growth,
is checked here on the full-space values of Fig. 4 and on the exact closed form beyond N = 7:
every local log-log slope d ln C / d ln N between consecutive N exceeds 1.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from qthermo.ledger.claims import Claim, check_leq, claim, margin_geq
from qthermo.papers.cakmak.fig4 import INTERPRETATION, SOURCE, fig4_parameters

__all__ = ["local_slopes", "claim_superlinear"]


def local_slopes(N: Sequence[float], c: Sequence[float]) -> np.ndarray:
    """``ln(C_{k+1}/C_k) / ln(N_{k+1}/N_k)`` between consecutive sizes (sorted by N)."""
    n, y = np.asarray(N, dtype=float), np.asarray(c, dtype=float)
    return np.diff(np.log(y)) / np.diff(np.log(n))


def claim_superlinear(
    dfs: dict[str, pd.DataFrame], cfg: dict[str, Any], artifacts: dict[str, Sequence[str]]
) -> Claim:
    """ck.superlinear: every local log-log slope > 1, for N = 2..7 (full space) and beyond."""
    fig4 = dfs["fig4"].sort_values("N")
    beyond = dfs["beyond"].sort_values("N")
    s_fig4 = local_slopes(fig4.N, fig4.c_l1_full)
    s_beyond = local_slopes(beyond.N, beyond.c_l1_closed_form)
    s_min = float(min(s_fig4.min(), s_beyond.min()))
    ok, _ = check_leq(1.0, s_min, rtol=0.0)
    return claim(
        "ck.superlinear",
        source=SOURCE + ", Sec. IV (growth with N)",
        statement="The long-time l1-coherence from |g...g> grows superlinearly in N: every "
        "local log-log slope between consecutive N exceeds 1, over the paper's N = 2..7 "
        "and along the exact closed form beyond.",
        measured={
            "min_slope_N_le_7": float(s_fig4.min()),
            "slopes_N_le_7": s_fig4.tolist(),
            "min_slope_beyond": float(s_beyond.min()),
            "slope_at_largest_N": float(s_beyond[-1]),
            "N_max": int(beyond.N.max()),
        },
        expected={"min_slope": "> 1"},
        comparator="min over consecutive N of d ln C / d ln N > 1",
        tolerance=0.0,
        ok=ok,
        margin=margin_geq(s_min, 1.0, "smallest local log-log slope"),
        artifacts=[*artifacts["fig4"], *artifacts["beyond"]],
        parameters=fig4_parameters(cfg, fig4),
        interpretation=INTERPRETATION,
    )
