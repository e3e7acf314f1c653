"""The ``kytm.*`` claims of Kamimura et al. from the sweep tables (one function per claim family).

Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), doi:10.1103/PhysRevLett.131.090401:
Eqs. (9), (12)-(20), Fig. 2.  ``evaluate_claims`` calls the claim functions below in a fixed
order; each reads the tables of :mod:`qthermo.papers.kamimura.tables`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.fitting import fit_exponent
from qthermo.ledger.claims import (
    Claim,
    check_absolute,
    check_all_true,
    check_leq,
    check_relative,
    claim,
    margin_leq,
    tightest,
)
from qthermo.papers import PAPERS
from qthermo.papers.kamimura.tables import MODELS, fit_window

__all__ = [
    "EXPECTED_EXPONENTS",
    "claim_context",
    "claim_eq12",
    "claim_eq17",
    "claims_scaling_exponents",
    "claims_bounds_hold",
    "claims_bounds_saturated",
    "claim_superabsorption_delta_e",
    "claim_burst_peak",
    "claim_rwa_heat_current",
    "evaluate_claims",
]

SOURCE = PAPERS["kamimura"].citation
EXPECTED_EXPONENTS = {"m=L": 3.0, "m=L-1": 2.0, "m=L-2": 1.0, "superradiance": 2.0, "parallel": 1.0}
CLAIM_SUFFIX = {
    "m=L": "m_eq_L",
    "m=L-1": "m_eq_Lminus1",
    "m=L-2": "m_eq_Lminus2",
    "superradiance": "superradiance",
    "parallel": "parallel",
}
INTERPRETATION = (
    "All models live in the symmetric (Dicke) subspace of L qubits, H_S diagonal. Bath "
    "normalisation: m-body model with white noise C(s) = (gamma_wn/g^2) delta(s), so the "
    "Redfield dissipator is gamma_wn D[A/g] and Xi = gamma_wn/(2 g^2) (this reproduces Eq. 12 "
    "exactly). Superradiance, superabsorption and the parallel scheme use a narrow-band bath at "
    "the transition frequency with gamma_0 = g^2 gamma(omega); its Xi = <|gamma(w) + gamma(-w) "
    "e^{i theta}|>/2 is the smallest value compatible with the rates (T = 0: gamma_0/(2 g^2)), "
    "so the bound checks are the most stringent ones for a bath with these rates. ||H_S|| is "
    "the operator norm of H_S as written (no energy shift). Superabsorption: Omega (our "
    "choice, the paper gives none) with omega_q/Omega non-integer so that only the |-1/2> <-> "
    "|1/2> transition is resonant with the filtered thermal bath (inverse temperature beta_sa); "
    "initial state |-1/2>. Parallel scheme: L baths, A_i = g sigma_x^(i), T = 0, all qubits "
    "excited; its bounds are summed over the L baths. Superradiant burst: the state stays "
    "diagonal in the Dicke basis, so its GKSL current equals the Redfield one and both bounds "
    "apply at every time. Only odd L are used in the scaling table so that |M = +-1/2> exist."
)


def claim_context(
    tables: dict[str, pd.DataFrame], cfg: dict[str, Any], artifacts: Sequence[str]
) -> dict[str, Any]:
    """Fields shared by every claim: artifacts, parameters (model constants, L grid, fit window)
    and the interpretation."""
    c, cl, sc = cfg["scaling"], cfg["claims"], tables["scaling"]
    params = {k: c[k] for k in ("g", "omega_q", "gamma_wn", "gamma_0", "Omega", "beta_sa")}
    params.update(
        L_values=sorted(sc.L.unique().tolist()), fit_window=[cl["fit_L_min"], cl["fit_L_max"]]
    )
    return dict(artifacts=artifacts, parameters=params, interpretation=INTERPRETATION)


def claim_eq12(
    tables: dict[str, pd.DataFrame], cfg: dict[str, Any], common: dict[str, Any]
) -> Claim:
    """kytm.eq12: J(0) of the m-body model against Eq. (12) (scaling sweep and all m)."""
    sc, e12 = tables["scaling"], tables["eq12"]
    rtol = cfg["claims"]["eq_rtol"]
    mb = sc[sc.model.str.startswith("m=")]
    ok1, w1 = check_relative(mb.J0, mb.J0_formula, rtol)
    ok2, w2 = check_relative(e12.J0, e12.J0_eq12, rtol)
    return claim(
        "kytm.eq12",
        source=SOURCE + ", Eq. (12)",
        statement="For the m-body interaction of Eq. (11) with white noise and initial state "
        "|L/2>, J(0) = -gamma_wn omega_q L^2 m / C(L, m), for every (L, m) computed.",
        measured={
            "max_relative_error_scaling_sweep": w1,
            "max_relative_error_all_m": w2,
            "cases_scaling_sweep": len(mb),
            "cases_all_m": len(e12),
            "all_m_L_max": int(e12.L.max()),
            "L_max": int(mb.L.max()),
        },
        expected="relative error <= tolerance",
        comparator="max |J0 - Eq12|/|Eq12| <= tol",
        tolerance=rtol,
        ok=ok1 and ok2,
        margin=margin_leq(max(w1, w2), rtol, "max relative error against Eq. (12)"),
        **common,
    )


def claim_eq17(
    tables: dict[str, pd.DataFrame], cfg: dict[str, Any], common: dict[str, Any]
) -> Claim:
    """kytm.eq17: J(0) of superradiance from |1/2> against Eq. (17)."""
    sc = tables["scaling"]
    rtol = cfg["claims"]["eq_rtol"]
    sr = sc[sc.model == "superradiance"]
    ok, worst = check_relative(sr.J0, sr.J0_formula, rtol)
    return claim(
        "kytm.eq17",
        source=SOURCE + ", Eqs. (15)-(17)",
        statement="Superradiance (H = omega_q J_z, A = 2 g J_x, T = 0) from the Dicke state "
        "|1/2>: J(0) = -(1/4) gamma_0 omega_q (L+1)^2 for every odd L computed.",
        measured={"max_relative_error": worst, "cases": len(sr), "L_max": int(sr.L.max())},
        expected="relative error <= tolerance",
        comparator="max |J0 - Eq17|/|Eq17| <= tol",
        tolerance=rtol,
        ok=ok,
        margin=margin_leq(worst, rtol, "max relative error against Eq. (17)"),
        **common,
    )


def claims_scaling_exponents(
    tables: dict[str, pd.DataFrame], cfg: dict[str, Any], common: dict[str, Any]
) -> list[Claim]:
    """kytm.scaling.*: fitted log-log exponent of |J(0)| for each model of ``EXPECTED_EXPONENTS``."""
    sc, cl = tables["scaling"], cfg["claims"]
    atol = cl["exponent_atol"]
    out: list[Claim] = []
    for model, expo in EXPECTED_EXPONENTS.items():
        d = fit_window(sc[sc.model == model], cl)
        s = fit_exponent(d.L, d.J0)
        ok, err = check_absolute(s, expo, atol)
        out.append(
            claim(
                f"kytm.scaling.{CLAIM_SUFFIX[model]}",
                source=SOURCE + ", Eq. (12), Eq. (17), Fig. 2",
                statement=f"|J(0)| of the model '{model}' grows as L^{expo:g}: fitted log-log "
                f"exponent over {cl['fit_L_min']} <= L <= {cl['fit_L_max']}.",
                measured={
                    "exponent": s,
                    "abs_error": err,
                    "n_points": len(d),
                    "fit_range_L": [int(d.L.min()), int(d.L.max())],
                },
                expected={"exponent": expo},
                comparator="|fitted exponent - expected| <= tol",
                tolerance=atol,
                ok=ok,
                margin=margin_leq(err, atol, "|fitted exponent - expected|"),
                **common,
            )
        )
    return out


def claims_bounds_hold(
    tables: dict[str, pd.DataFrame], cfg: dict[str, Any], common: dict[str, Any]
) -> list[Claim]:
    """kytm.bound1_holds, kytm.bound2_holds: |J| <= bound for every model, L and the burst peak."""
    sc, bp, cl = tables["scaling"], tables["burst_peaks"], cfg["claims"]
    out: list[Claim] = []
    brt = cl["bound_rtol"]
    for num, col, eq in (("1", "bound1", "(9)"), ("2", "bound2", "(14)")):
        lhs = np.concatenate([np.abs(sc.J0), np.abs(bp.J_peak)])
        rhs = np.concatenate([sc[col], bp[col]])
        ok, worst = check_leq(lhs, rhs, brt)
        per_model = {m: float((np.abs(sc.J0) / sc[col])[sc.model == m].max()) for m in MODELS}
        per_model["superradiant burst peak"] = float((np.abs(bp.J_peak) / bp[col]).max())
        out.append(
            claim(
                f"kytm.bound{num}_holds",
                source=SOURCE + f", Eq. {eq}",
                statement=f"Bound {num}, evaluated from ||H_S||, ||A||, Xi"
                + (" and Delta E" if num == "2" else "")
                + ", is never exceeded by |J| for any model and L (including the peak of "
                "the superradiant burst).",
                measured={
                    "max_ratio_J_over_bound": worst,
                    "n_checked": int(lhs.size),
                    "max_ratio_per_model": per_model,
                },
                expected="|J| <= bound everywhere",
                comparator="|J| <= bound (1 + rtol)",
                tolerance=brt,
                ok=ok,
                margin=margin_leq(worst, 1.0 + brt, "max |J| / bound"),
                **common,
            )
        )
    return out


def claims_bounds_saturated(
    tables: dict[str, pd.DataFrame], cfg: dict[str, Any], common: dict[str, Any]
) -> list[Claim]:
    """kytm.bound1_saturated (m = L), kytm.bound2_saturated (superradiance): |J|/bound -> const."""
    sc, cl = tables["scaling"], cfg["claims"]
    atol = cl["exponent_atol"]
    out: list[Claim] = []
    for num, col, model, text in (
        ("1", "bound1", "m=L", "the L-body interaction (m = L)"),
        ("2", "bound2", "superradiance", "superradiance"),
    ):
        d = fit_window(sc[sc.model == model], cl)
        ratio = np.abs(d.J0) / d[col]
        s = fit_exponent(d.L, ratio)
        ok, err = check_absolute(s, 0.0, atol)
        ok = ok and bool(np.all(ratio > 0))
        others = {
            m: fit_exponent(
                fit_window(sc[sc.model == m], cl).L,
                np.abs(fit_window(sc[sc.model == m], cl).J0)
                / fit_window(sc[sc.model == m], cl)[col],
            )
            for m in MODELS
        }
        out.append(
            claim(
                f"kytm.bound{num}_saturated",
                source=SOURCE + f", Eq. {'(9), (12)' if num == '1' else '(14), (17)'}, Fig. 2",
                statement=f"For {text}, |J(0)|/Bound {num} tends to a non-zero constant "
                "(log-log slope of the ratio zero over the fit window).",
                measured={
                    "ratio_slope": s,
                    "ratio_at_L_min": float(ratio.iloc[0]),
                    "ratio_at_L_max": float(ratio.iloc[-1]),
                    f"ratio_slopes_all_models_bound{num}": others,
                },
                expected={"ratio_slope": 0.0, "ratio": "> 0"},
                comparator="|slope of log(|J|/bound) vs log L| <= tol and ratio > 0",
                tolerance=atol,
                ok=ok,
                margin=margin_leq(err, atol, "|log-log slope of |J|/bound|"),
                **common,
            )
        )
    return out


def claim_superabsorption_delta_e(
    tables: dict[str, pd.DataFrame], cfg: dict[str, Any], common: dict[str, Any]
) -> Claim:
    """kytm.superabsorption.delta_e: Delta E grows linearly in L, so Bound 2 grows as L^3."""
    sc = tables["scaling"]
    c, cl = cfg["scaling"], cfg["claims"]
    rtol, atol = cl["eq_rtol"], cl["exponent_atol"]
    sa = sc[sc.model == "superabsorption"].sort_values("L")
    dE_expected = c["omega_q"] + abs(c["Omega"]) * (sa.L - 1)
    ok_f, worst = check_relative(sa.delta_E, dE_expected, rtol)
    slope_lin, icpt = np.polyfit(sa.L.astype(float), sa.delta_E, 1)
    ok_s, _ = check_relative(slope_lin, abs(c["Omega"]), 1e-6)
    d = fit_window(sa, cl)
    s_b2 = fit_exponent(d.L, d.bound2)
    ok_b, _ = check_absolute(s_b2, 3.0, atol)
    return claim(
        "kytm.superabsorption.delta_e",
        source=SOURCE + ", Eqs. (13), (14), (18)",
        statement="For superabsorption (H = omega_q J_z + Omega J_z^2, A = 2 g J_x) the largest "
        "energy jump of A grows linearly, Delta E = omega_q + |Omega| (L - 1), so "
        "Bound 2 only limits |J| to order L^3 (while |J(0)| grows as L^2).",
        measured={
            "max_relative_error_delta_E": worst,
            "linear_fit_slope": float(slope_lin),
            "linear_fit_intercept": float(icpt),
            "bound2_exponent": s_b2,
            "J0_exponent": fit_exponent(d.L, d.J0),
            "J0_over_bound2_slope": fit_exponent(d.L, np.abs(d.J0) / d.bound2),
        },
        expected={
            "delta_E": "omega_q + |Omega|(L-1)",
            "linear_fit_slope": abs(c["Omega"]),
            "bound2_exponent": 3.0,
        },
        comparator="Delta E relative error <= eq_rtol; linear slope within 1e-6 relative; "
        "|bound2 exponent - 3| <= exponent_atol",
        tolerance={"eq_rtol": rtol, "exponent_atol": atol},
        ok=ok_f and ok_s and ok_b,
        margin=tightest(
            margin_leq(worst, rtol, "max relative error of Delta E"),
            margin_leq(
                abs(slope_lin - abs(c["Omega"])) / abs(c["Omega"]), 1e-6, "relative slope error"
            ),
            margin_leq(abs(s_b2 - 3.0), atol, "|Bound 2 exponent - 3|"),
        ),
        **common,
    )


def claim_burst_peak(
    tables: dict[str, pd.DataFrame], cfg: dict[str, Any], common: dict[str, Any]
) -> Claim:
    """kytm.burst_peak: the peak of |J(t)| of the superradiant burst grows as L^2."""
    bp = tables["burst_peaks"]
    c, cl = cfg["scaling"], cfg["claims"]
    d = fit_window(bp, cl)
    s = fit_exponent(d.L, d.J_peak)
    batol = cl["burst_exponent_atol"]
    ok, err = check_absolute(s, 2.0, batol)
    return claim(
        "kytm.burst_peak",
        source=SOURCE + ", Eqs. (15)-(17); Dicke, Phys. Rev. 93, 99 (1954)",
        statement="The peak of |J(t)| during superradiant decay from the fully excited state "
        "(GKSL, T = 0) grows as L^2.",
        measured={
            "exponent": s,
            "abs_error": err,
            "fit_range_L": [int(d.L.min()), int(d.L.max())],
            "peak_over_gamma0_omega_L2": {
                int(L): float(abs(J) / (c["gamma_0"] * c["omega_q"] * L**2))
                for L, J in zip(bp.L, bp.J_peak, strict=True)
            },
        },
        expected={"exponent": 2.0},
        comparator="|fitted exponent - 2| <= tol",
        tolerance=batol,
        ok=ok,
        margin=margin_leq(err, batol, "|fitted exponent - 2|"),
        **common,
    )


def claim_rwa_heat_current(
    tables: dict[str, pd.DataFrame], cfg: dict[str, Any], common: dict[str, Any]
) -> Claim:
    """kytm.rwa_heat_current: Redfield and GKSL currents agree for states commuting with H_S."""
    rwa = tables["rwa"]
    rtol = cfg["claims"]["eq_rtol"]
    params = common["parameters"]
    com = rwa[rwa.commutes]
    gen = rwa[~rwa.commutes]
    ok, n_bad = check_all_true(com.rel_diff <= rtol)
    return claim(
        "kytm.rwa_heat_current",
        source=SOURCE + ", Eqs. (19)-(20) and text",
        statement="For states commuting with H_S the heat current of the GKSL equation (after "
        "the RWA) equals that of the Redfield equation; generic states are a control.",
        measured={
            "max_rel_diff_commuting": float(com.rel_diff.max()),
            "n_commuting_states": len(com),
            "violations": n_bad,
            "min_rel_diff_generic_control": float(gen.rel_diff.min()),
            "examples": sorted(rwa.example.unique().tolist()),
        },
        expected={"max_rel_diff_commuting": f"<= {rtol}"},
        comparator="|J_Redfield - J_GKSL| / |J| <= eq_rtol for every commuting state",
        tolerance=rtol,
        ok=ok,
        margin=margin_leq(float(com.rel_diff.max()), rtol, "max relative Redfield-GKSL gap"),
        **{**common, "parameters": {**params, "rwa": cfg["rwa"]}},
    )


def evaluate_claims(
    tables: dict[str, pd.DataFrame], cfg: dict[str, Any], artifacts: Sequence[str]
) -> list[Claim]:
    """The ``kytm.*`` claims of issue 4 from the sweep tables."""
    common = claim_context(tables, cfg, artifacts)
    return [
        claim_eq12(tables, cfg, common),
        claim_eq17(tables, cfg, common),
        *claims_scaling_exponents(tables, cfg, common),
        *claims_bounds_hold(tables, cfg, common),
        *claims_bounds_saturated(tables, cfg, common),
        claim_superabsorption_delta_e(tables, cfg, common),
        claim_burst_peak(tables, cfg, common),
        claim_rwa_heat_current(tables, cfg, common),
    ]
