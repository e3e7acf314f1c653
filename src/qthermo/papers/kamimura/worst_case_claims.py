"""Claims ``kytm.worst_case.*``: Bound 1 and Bound 2 of Kamimura et al. against the worst state.

Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), doi:10.1103/PhysRevLett.131.090401,
Eqs. (9), (13), (14).  Reads the table of :func:`qthermo.papers.kamimura.worst_case.worst_case_table`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.fitting import fit_exponent
from qthermo.ledger.claims import Claim, check_leq, claim, margin_geq, margin_leq, tightest
from qthermo.papers import PAPERS
from qthermo.papers.kamimura.tables import MODELS, fit_window

__all__ = ["claims_worst_case_bounds", "claim_outside_assumptions", "evaluate_worst_case_claims"]

SOURCE = PAPERS["kamimura"].citation
INTERPRETATION = (
    "J(rho) = Tr[rho X] is linear in rho, so max |J| over all density matrices is the largest "
    "|eigenvalue| of the Hermitian current operator X (bounds.current_operator, the dissipator "
    "of each model in Lindblad form: exact Redfield = GKSL for the white-noise m-body models, "
    "GKSL after the RWA for the narrow-band models, whose X is diagonal in the energy basis so "
    "the worst state commutes with H_S and the Redfield current agrees on it). Computed in the "
    "Dicke space for every model of the scaling table; for L <= brute_L_max the full 2^L "
    "current operator is built from tensor products, its largest |eigenvalue| (worst state over "
    "all L-qubit states) is compared, and random pure states (Dicke and full space) evaluated "
    "with Tr[H D(rho)] from the Lindblad operators must not exceed it. Bath normalisation and "
    "bounds as in the kytm.bound*_holds claims."
)


def _common(df: pd.DataFrame, cfg: dict[str, Any], artifacts: Sequence[str]) -> dict[str, Any]:
    c, wc = cfg["scaling"], cfg["worst_case"]
    params = {k: c[k] for k in ("g", "omega_q", "gamma_wn", "gamma_0", "Omega", "beta_sa")}
    params.update(
        L_values=sorted(df.L.unique().tolist()),
        fit_window=[wc["fit_L_min"], wc["fit_L_max"]],
        brute_L_max=wc["brute_L_max"],
        n_random=wc["n_random"],
        seed=wc["seed"],
    )
    return dict(artifacts=artifacts, parameters=params, interpretation=INTERPRETATION)


def _per_model(df: pd.DataFrame, wc: dict[str, Any], num: str) -> dict[str, dict[str, Any]]:
    """Per model: max worst-case ratio, ratios at the largest L, tightness exponent, state."""
    out = {}
    for m in MODELS:
        d = df[df.model == m].sort_values("L")
        last = d.iloc[-1]
        fw = fit_window(d, wc)
        out[m] = {
            "max_ratio_worst": float(d[f"ratio{num}"].max()),
            "max_ratio_psi0": float(d[f"ratio{num}_psi0"].max()),
            "L_max": int(last.L),
            "ratio_worst_at_L_max": float(last[f"ratio{num}"]),
            "ratio_psi0_at_L_max": float(last[f"ratio{num}_psi0"]),
            "ratio_exponent_worst": fit_exponent(fw.L, fw[f"ratio{num}"]),
            "J_max_exponent": fit_exponent(fw.L, fw.J_max),
            "overlap_psi0_at_L_max": float(last.overlap_psi0),
            "n_exc_range_at_L_max": [float(last.n_exc_min), float(last.n_exc_max)],
        }
    return out


def claims_worst_case_bounds(
    df: pd.DataFrame, cfg: dict[str, Any], common: dict[str, Any]
) -> list[Claim]:
    """kytm.worst_case.bound1, kytm.worst_case.bound2: max over states of |J| <= bound."""
    wc = cfg["worst_case"]
    rtol = wc["bound_rtol"]
    bf = df[df.n_random > 0]
    out = []
    for num, eq in (("1", "(9)"), ("2", "(14)")):
        ok_d, worst = check_leq(df.J_max, df[f"bound{num}"], rtol)
        ok_f, worst_f = check_leq(bf.J_max_full, bf[f"bound{num}"], rtol)
        ok_r, r_ratio = check_leq(
            np.concatenate([bf.J_random_max_dicke, bf.J_random_max_full]),
            np.concatenate([bf.J_max, bf.J_max_full]),
            rtol,
        )
        const_dE = sorted(m for m in MODELS if df[df.model == m].delta_E.nunique() == 1)
        out.append(
            claim(
                f"kytm.worst_case.bound{num}",
                source=SOURCE + f", Eq. {eq}" + (", Eq. (13)" if num == "2" else ""),
                statement=f"Bound {num} holds for every state: the largest |J| over all density "
                "matrices (largest |eigenvalue| of the current operator) does not exceed it, "
                "for every model and L (each model satisfies the bound's hypotheses with its "
                "own ||H_S||, ||A||, Xi" + (", Delta E" if num == "2" else "") + ").",
                measured={
                    "max_ratio_worst_state": worst,
                    "max_ratio_full_space": worst_f,
                    "max_random_over_eigen": r_ratio,
                    "n_checked": len(df),
                    "n_brute_force": len(bf),
                    "models_with_constant_delta_E": const_dE,
                    "per_model": _per_model(df, wc, num),
                },
                expected="J_max <= bound (Dicke and 2^L space); random |J| <= J_max",
                comparator="J_max <= bound (1 + rtol); J_max_full <= bound (1 + rtol); "
                "random |J| <= J_max (1 + rtol)",
                tolerance=rtol,
                ok=ok_d and ok_f and ok_r,
                margin=tightest(
                    margin_leq(worst, 1.0 + rtol, "max J_max / bound (Dicke)"),
                    margin_leq(worst_f, 1.0 + rtol, "max J_max_full / bound (2^L)"),
                    margin_leq(r_ratio, 1.0 + rtol, "max random |J| / J_max"),
                ),
                **common,
            )
        )
    return out


def claim_outside_assumptions(
    df: pd.DataFrame, cfg: dict[str, Any], common: dict[str, Any]
) -> Claim:
    """kytm.worst_case.outside_assumptions: with Delta E ~ L, worst |J| outgrows L^2."""
    wc = cfg["worst_case"]
    model, margin = wc["outside_model"], wc["outside_exponent_margin"]
    d = fit_window(df[df.model == model], wc)
    s_J, s_dE = fit_exponent(d.L, d.J_max), fit_exponent(d.L, d.delta_E)
    ok, _ = check_leq(2.0 + margin, s_J, 0.0)
    return claim(
        "kytm.worst_case.outside_assumptions",
        source=SOURCE + ", Eq. (14) and text after it",
        statement="Bound 2 needs its assumption Delta E = Theta(L^0): for the model "
        f"'{model}', whose largest energy jump grows with L, the worst-case |J| grows faster "
        "than the Theta(L^2) that Bound 2 allows under the assumption (negative control).",
        measured={
            "J_max_exponent": s_J,
            "delta_E_exponent": s_dE,
            "bound2_exponent": fit_exponent(d.L, d.bound2),
            "fit_range_L": [int(d.L.min()), int(d.L.max())],
            "J_max_at_L_max_over_L2": float(d.J_max.iloc[-1] / d.L.iloc[-1] ** 2),
        },
        expected={"J_max_exponent": f">= 2 + {margin}"},
        comparator="fitted exponent of J_max >= 2 + margin",
        tolerance=margin,
        ok=ok,
        margin=margin_geq(s_J, 2.0 + margin, "fitted exponent of J_max"),
        **common,
    )


def evaluate_worst_case_claims(
    df: pd.DataFrame, cfg: dict[str, Any], artifacts: Sequence[str]
) -> list[Claim]:
    """The ``kytm.worst_case.*`` claims (issue 13) from the worst-case table."""
    common = _common(df, cfg, artifacts)
    return [*claims_worst_case_bounds(df, cfg, common), claim_outside_assumptions(df, cfg, common)]
