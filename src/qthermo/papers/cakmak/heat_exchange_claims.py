"""Claims on the printed Eq. (A1), Eq. (19), Eq. (27) of Cakmak et al. (PRA 96, 032117 (2017)).

Cakmak, Manatuly & Mustecaplioglu, doi:10.1103/PhysRevA.96.032117.  Evaluated from the tables
of :mod:`qthermo.papers.cakmak.heat_exchange_analysis`: ck.appendix_a.printed,
ck.appendix_a.corrected, ck.eq19.printed, ck.eq19.derived, ck.eq27.printed_steady_state,
ck.eq27.derived, ck.eq27.m_needs_lambda.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from qthermo.ledger.claims import (
    Claim,
    check_absolute,
    check_all_true,
    claim,
    margin_geq,
    margin_leq,
    tightest,
)
from qthermo.papers import PAPERS

__all__ = ["evaluate_claims"]

SOURCE = PAPERS["cakmak"].citation
INTERP = (
    "Pair basis |ee>, |eg>, |ge>, |gg> (indices 1-4), qubit basis (|e>, |g>), hbar = 1, "
    "sigma_y = -i(sigma^+ - sigma^-). Eq. (19) writes M and M*; M is read as the complex "
    "coefficient M e^{i phi} of Eq. (18), and p g tau lambda enters through H_eff of Eq. (12). "
    "Printed forms are taken literally."
)


def _p(ch: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: ch[k] for k in keys}


def claim_a1_printed(dfs, ch, artifacts) -> Claim:
    """ck.appendix_a.printed: Eq. (A1) as printed against exp(-i H_d t) rho exp(i H_d t)."""
    t = dfs["heat_exchange_a1"]
    cols = ["printed_dev_rho22", "printed_dev_rho33", "printed_dev_rho23", "printed_dev_other"]
    worst = float(t[cols].to_numpy().max())
    ok, _ = check_absolute(worst, 0.0, ch["atol"])
    t0 = t[t.f_t == 0.0]
    return claim(
        "ck.appendix_a.printed",
        source=SOURCE + ", Appendix A, Eq. (A1)",
        statement="The printed density-matrix elements of Eq. (A1) are the unitary evolution of "
        "a two-atom state under the dipolar Hamiltonian H_d alone (gamma_0 = 0).",
        measured={
            "max_abs_dev": worst,
            **{c.replace("printed_dev_", "max_abs_dev_"): float(t[c].max()) for c in cols},
            "max_imag_part_of_printed_populations": float(t.printed_max_imag_population.max()),
            "max_abs_dev_rho23_at_t0": float(t0.printed_dev_rho23.max()),
            "half_max_abs_re_rho23_at_t0": float(0.5 * t0.abs_re_rho23_0.max()),
        },
        expected="max |printed - exact| <= atol",
        comparator="max over random states, times and upper-triangle entries",
        tolerance=ch["atol"],
        ok=ok,
        margin=margin_leq(worst, ch["atol"], "max |printed - exact|"),
        artifacts=artifacts,
        parameters=_p(ch, "seed", "f", "t_max", "n_times", "n_states"),
        interpretation=INTERP + " H_d = f(|eg><ge| + |ge><eg|); f is f_0.",
        expected_outcome="fail",
        outcome_reason="rho_22 and rho_33 carry a spurious factor i (and the opposite sign) on "
        "the Im rho_23 sin(2ft) term, making populations complex; the exact terms are "
        "-2 Im rho_23(0) sin 2ft in rho_22 and +2 Im rho_23(0) sin 2ft in rho_33. rho_23 has its "
        "real part halved, wrong already at t = 0 (deviation |Re rho_23(0)|/2). The other seven "
        "lines are exact.",
    )


def claim_a1_corrected(dfs, ch, artifacts) -> Claim:
    """ck.appendix_a.corrected: the corrected Eq. (A1) equals the unitary evolution."""
    t = dfs["heat_exchange_a1"]
    worst = float(t.corrected_dev_all.max())
    ok, _ = check_absolute(worst, 0.0, ch["atol"])
    return claim(
        "ck.appendix_a.corrected",
        source=SOURCE + ", Appendix A, Eq. (A1), corrected",
        statement="Eq. (A1) with rho_22 = [s + d cos 2ft - 2 Im rho_23 sin 2ft]/2, rho_33 = "
        "[s - d cos 2ft + 2 Im rho_23 sin 2ft]/2, rho_23 = Re rho_23 + i(Im rho_23 cos 2ft + "
        "d sin(2ft)/2) (s, d = rho_22(0) +- rho_33(0)), other lines as printed, is the exact "
        "unitary evolution under H_d.",
        measured={"max_abs_dev": worst, "samples": len(t)},
        expected="max |corrected - exact| <= atol",
        comparator="max over random states, times and upper-triangle entries",
        tolerance=ch["atol"],
        ok=ok,
        margin=margin_leq(worst, ch["atol"], "max |corrected - exact|"),
        artifacts=artifacts,
        parameters=_p(ch, "seed", "f", "t_max", "n_times", "n_states"),
        interpretation=INTERP,
    )


def claim_eq19_printed(dfs, ch, artifacts) -> Claim:
    """ck.eq19.printed: each printed Eq. (19) coefficient against the generator's."""
    c = dfs["heat_exchange"]
    b = dfs["heat_exchange_bloch"]
    worst = float(c.printed_minus_generator.abs().max())
    ok, _ = check_absolute(worst, 0.0, ch["atol"])
    per = {
        r.coefficient: {
            "printed": r.printed,
            "generator": r.from_generator,
            "printed_over_generator": r.printed_over_generator,
        }
        for r in c.itertuples()
    }
    return claim(
        "ck.eq19.printed",
        source=SOURCE + ", Eq. (19) (with Eqs. 12, 17-18)",
        statement="The printed Bloch equations Eq. (19) are those of the qubit master equation "
        "Eq. (18) with the coherent drive H_eff of Eq. (12).",
        measured={
            "max_abs_coefficient_dev": worst,
            "coefficients": per,
            "random_pairs_max_abs_dev_of_dsdt": float(b.printed_max_abs_diff.max()),
            "printed_pure_drive_max_abs_A_plus_AT": float(b.printed_drive_asymmetry.max()),
            "printed_pure_drive_max_abs_dlen2_dt": float(b.printed_drive_dlen2_dt.abs().max()),
        },
        expected="every coefficient equal to the generator's within atol",
        comparator="max |printed - Tr[sigma_k G(sigma_j)]/2| over the 12 affine coefficients",
        tolerance=ch["atol"],
        ok=ok,
        margin=margin_leq(worst, ch["atol"], "max |printed - generator| coefficient"),
        artifacts=artifacts,
        parameters=_p(ch, "gamma", "N", "M_abs", "M_phase", "p", "g_tau", "lambda_re", "lambda_im"),
        interpretation=INTERP + " Coefficient 'k<-j' is d<sigma_k>/dt per <sigma_j>; 'k<-1' "
        "the constant term.",
        expected_outcome="fail",
        outcome_reason="The sigma_y damping must be -(gamma/2)(2N - M - M* + 1) (printed: "
        "+M + M*; squeezing damps the two quadratures differently). The drive coefficients "
        "x<-z, y<-z are printed at 1/2 and z<-x, z<-y at 2 times their values; as printed the "
        "pure-drive part is not antisymmetric and does not conserve the Bloch-vector length. "
        "The thermal terms and the (M - M*) cross terms are right.",
    )


def claim_eq19_derived(dfs, ch, artifacts) -> Claim:
    """ck.eq19.derived: corrected Eq. (19) reproduces the exact Eq. (11) generator."""
    b = dfs["heat_exchange_bloch"]
    c = dfs["heat_exchange"]
    worst = float(max(b.derived_max_abs_diff.max(), (c.derived - c.from_generator).abs().max()))
    ok, _ = check_absolute(worst, 0.0, ch["atol"])
    return claim(
        "ck.eq19.derived",
        source=SOURCE + ", Eq. (19), corrected; Eqs. (11), (18), Table I",
        statement="The corrected Bloch equations (sigma_y damping (2N - M - M* + 1), drive "
        "coefficients +-i p g tau (lambda - lambda*), -+p g tau (lambda + lambda*)) give "
        "d<sigma_k>/dt of the exact Eq. (11) generator, built from Table I for random pair "
        "states mapped onto N, gamma, M as in the text before Eq. (18).",
        measured={"max_abs_dev": worst, "pairs": len(b)},
        expected="max |derived - generator| <= atol",
        comparator="max over pairs, random qubit states and components of d<sigma>/dt",
        tolerance=ch["atol"],
        ok=ok,
        margin=margin_leq(worst, ch["atol"], "max |derived - generator|"),
        artifacts=artifacts,
        parameters=_p(ch, "seed", "n_pairs", "p", "g_tau"),
        interpretation=INTERP + " Pair states with r_d <= r_e (no squeezed-bath mapping) are "
        "redrawn.",
    )


def _steady(dfs) -> pd.Series:
    cur = dfs["heat_exchange_current"]
    return cur[cur.kind == "steady_state"].iloc[0]


def claim_eq27_printed_steady(dfs, ch, artifacts) -> Claim:
    """ck.eq27.printed_steady_state: printed Eq. (27) in the undriven steady state."""
    ss = _steady(dfs)
    cur = dfs["heat_exchange_current"]
    rnd = cur[cur.kind == "random"]
    ok, err = check_absolute(float(ss.J_printed), 0.0, ch["atol"])
    return claim(
        "ck.eq27.printed_steady_state",
        source=SOURCE + ", Eq. (27) (with Eqs. 22, 26)",
        statement="The printed heat current Eq. (27) vanishes in the steady state of the "
        "undriven (lambda = 0) qubit, where no heat can flow.",
        measured={
            "J_printed_steady_state": float(ss.J_printed),
            "J_generator_steady_state": float(ss.J_generator),
            "sigma_z_steady_state": float(ss.sigma_z),
            "gamma_omega_q_over_2": 0.5 * ch["gamma"] * ch["omega_q"],
            "random_driven_max_abs_J_printed_minus_generator": float(
                (rnd.J_printed - rnd.J_generator).abs().max()
            ),
        },
        expected="J_printed(steady state) = 0 within atol",
        comparator="|J_printed(rho_ss)|",
        tolerance=ch["atol"],
        ok=ok,
        margin=margin_leq(abs(float(ss.J_printed)), ch["atol"], "|J_printed(rho_ss)|"),
        artifacts=artifacts,
        parameters=_p(ch, "gamma", "N", "M_abs", "M_phase", "omega_q"),
        interpretation=INTERP + " J = Tr[D(rho)(H_eff + omega_q sigma_z/2)], D the non-unitary "
        "part of Eq. (18).",
        expected_outcome="fail",
        outcome_reason="In the steady state <sigma_z> = -1/(2N+1), so the printed (gamma/4) "
        "omega_q (1 - (2N+1)<sigma_z>) equals gamma omega_q / 2, not 0. The direct evaluation "
        "gives -(gamma/2) omega_q (1 + (2N+1)<sigma_z>): the printed term has half the size and "
        "the wrong sign of the constant; the lambda terms are printed at half their size.",
    )


def claim_eq27_derived(dfs, ch, artifacts) -> Claim:
    """ck.eq27.derived: corrected Eq. (27) equals Tr[H D(rho)] and vanishes at steady state."""
    cur = dfs["heat_exchange_current"]
    rnd = cur[cur.kind == "random"]
    ss = _steady(dfs)
    worst = float((rnd.J_derived - rnd.J_generator).abs().max())
    ok1, _ = check_absolute(worst, 0.0, ch["atol"])
    ok2, _ = check_absolute(float(ss.J_derived), 0.0, ch["atol"])
    ok, _ = check_all_true([ok1, ok2])
    return claim(
        "ck.eq27.derived",
        source=SOURCE + ", Eq. (27), corrected",
        statement="J = -(gamma/2) omega_q (1 + (2N+1)<sigma_z>) - gamma p g tau [lambda* ((2N+1)"
        "/2 <sigma_-> + M <sigma_+>) + lambda (M* <sigma_-> + (2N+1)/2 <sigma_+>)] equals Tr[D("
        "rho)(H_eff + omega_q sigma_z/2)] for random driven states and vanishes in the "
        "undriven steady state.",
        measured={"max_abs_dev_random": worst, "J_derived_steady_state": float(ss.J_derived)},
        expected="both <= atol",
        comparator="max |J_derived - J_generator| (random, driven); |J_derived(rho_ss)|",
        tolerance=ch["atol"],
        ok=ok,
        margin=tightest(
            margin_leq(worst, ch["atol"], "max |J_derived - J_generator|"),
            margin_leq(abs(float(ss.J_derived)), ch["atol"], "|J_derived(rho_ss)|"),
        ),
        artifacts=artifacts,
        parameters=_p(ch, "seed", "n_states", "gamma", "N", "M_abs", "M_phase", "omega_q"),
        interpretation=INTERP,
    )


def claim_eq27_m_needs_lambda(dfs, ch, artifacts) -> Claim:
    """ck.eq27.m_needs_lambda: M changes the heat current only when lambda != 0."""
    rnd = dfs["heat_exchange_current"]
    rnd = rnd[rnd.kind == "random"]
    undriven = float(rnd.M_effect_undriven.max())
    driven = float(rnd.M_effect_driven.min())
    ok, _ = check_all_true([undriven <= ch["atol"], driven >= ch["m_effect_min"]])
    return claim(
        "ck.eq27.m_needs_lambda",
        source=SOURCE + ", text after Eq. (27)",
        statement="The squeezing parameter M contributes to the heat current only when the "
        "drive lambda is non-zero.",
        measured={"max_M_effect_lambda_zero": undriven, "min_M_effect_lambda_nonzero": driven},
        expected="M effect <= atol at lambda = 0 and >= m_effect_min at lambda != 0",
        comparator="|J(M) - J(M = 0)| of Tr[D(rho) H] over random qubit states",
        tolerance={"atol": ch["atol"], "m_effect_min": ch["m_effect_min"]},
        ok=ok,
        margin=tightest(
            margin_leq(undriven, ch["atol"], "max M effect at lambda = 0"),
            margin_geq(driven, ch["m_effect_min"], "min M effect at lambda != 0"),
        ),
        artifacts=artifacts,
        parameters=_p(ch, "seed", "n_states", "M_abs", "M_phase", "lambda_re", "lambda_im"),
        interpretation=INTERP + " Evaluated with the exact current, not the printed Eq. (27); "
        "holds for both since M drops out of D^*(sigma_z).",
    )


def evaluate_claims(
    dfs: dict[str, pd.DataFrame], cfg: dict[str, Any], artifacts: Sequence[str]
) -> list[Claim]:
    """All claims of ``cakmak.heat_exchange``."""
    ch = cfg["heat_exchange"]
    fns = (
        claim_a1_printed,
        claim_a1_corrected,
        claim_eq19_printed,
        claim_eq19_derived,
        claim_eq27_printed_steady,
        claim_eq27_derived,
        claim_eq27_m_needs_lambda,
    )
    return [f(dfs, ch, artifacts) for f in fns]
