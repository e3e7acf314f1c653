"""Claim on the scalings behind Result 2 (Tajima-Funo, issue 12), from the Fig. 1 sweep table.

doi:10.1103/PhysRevLett.127.190604, Result 2, text after Eq. (5): for rho^+ the l1 coherence
is O(N) (C_l1(rho^+) = N - 1 exactly: two uniform superpositions of N states with weights
p_g + p_e = 1), A_qm = O(N^2), so the quantum bound (A_cl + A_qm)/2 and the CD ratio
J_tot^2/sigma (Eqs. 6-7: O(N)^2 / O(1)) grow as N^2, while A_cl = O(N); without coherence
(rho^+_sd) the CD ratio stays below A_cl/2 = O(N).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.fitting import fit_exponent
from qthermo.ledger.claims import Claim, check_relative, claim, margin_leq, tightest
from qthermo.papers.tajima_funo.fig1 import prepare_rows

__all__ = ["scaling_claim", "EXPONENTS"]

#: Expected log-log exponents of the rho^+ columns (and of rho^+_sd's CD ratio).
EXPONENTS = {"C_l1_bd": 1.0, "A_cl": 1.0, "A_qm": 2.0, "cd_ratio": 2.0, "cd_ratio_sd": 1.0}


def scaling_claim(df: pd.DataFrame, cfg: dict[str, Any], artifacts: Sequence[str]) -> Claim:
    """Claim tf.result2.scalings: C_l1 = N - 1, and the fitted exponents of :data:`EXPONENTS`."""
    plus, sd, common = prepare_rows(df, cfg, artifacts)
    lo = cfg["fit_N_min"]
    p, s = plus[plus.N >= lo], sd[sd.N >= lo]
    cols = {k: p[k] for k in ("C_l1_bd", "A_cl", "A_qm", "cd_ratio")} | {"cd_ratio_sd": s.cd_ratio}
    N = {k: (s.N if k == "cd_ratio_sd" else p.N) for k in cols}
    k = {c: fit_exponent(N[c], v) for c, v in cols.items()}
    dev = {c: abs(k[c] - EXPONENTS[c]) for c in cols}
    atol = cfg["exponent_atol"]
    big = plus[plus.N >= 2]
    ok_c, worst_c = check_relative(big.C_l1_bd, big.N - 1, cfg["eq_rtol"])
    ok = ok_c and all(v <= atol for v in dev.values())
    last = plus.iloc[-1]
    return claim(
        "tf.result2.scalings",
        statement="For rho^+ the coherence is C_l1 = N - 1 = O(N), A_cl = O(N), A_qm = O(N^2) and "
        "the CD ratio J_tot^2/sigma = O(N^2), while the CD ratio of the dephased rho^+_sd grows "
        "only as O(N).",
        measured={
            "exponents": k,
            "max_rel_dev_C_l1_from_N_minus_1": worst_c,
            "fit_range_N": [int(p.N.min()), int(p.N.max())],
            "A_qm_over_N_squared_at_N_max": float(last.A_qm / last.N**2),
            "cd_ratio_over_N_squared_at_N_max": float(last.cd_ratio / last.N**2),
        },
        expected={**EXPONENTS, "C_l1_bd": "N - 1 at every N"},
        comparator="|fitted log-log exponent - expected| <= exponent_atol for N >= fit_N_min; "
        "|C_l1 / (N - 1) - 1| <= eq_rtol for N >= 2",
        tolerance=atol,
        ok=ok,
        margin=tightest(
            margin_leq(worst_c, cfg["eq_rtol"], "max |C_l1 / (N - 1) - 1|"),
            *(margin_leq(v, atol, f"|exponent of {c} - {EXPONENTS[c]}|") for c, v in dev.items()),
        ),
        details={
            "note": "the N^2 exponent of the CD ratio is a consequence of Eqs. (6)-(7) (tf.eq6, "
            "tf.eq7); fitted here on the 2N-dimensional evaluations, not on the closed forms",
            "A_qm_over_N_N_minus_1": [
                float(v) for v in np.asarray(p.A_qm / (p.N * (p.N - 1)))[[0, -1]]
            ],
        },
        **{**common, "source": common["source"] + ", Result 2 (text after Eq. 5), Fig. 1(b)"},
    )
