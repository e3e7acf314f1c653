"""Claims tf.friction and tf.ineq{2,3,4}.coherent from the friction table (results/tajima_funo/friction.csv).

Result 1 and Ineqs. (2)-(4) of doi:10.1103/PhysRevLett.127.190604, evaluated on states with
coherence between different energy levels, where Ineq. (2) is not an identity.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from qthermo.ledger.claims import (
    Claim,
    check_all_true,
    check_leq,
    claim,
    margin_geq,
    margin_leq,
    margin_ratio,
    tightest,
)
from qthermo.papers import PAPERS

__all__ = ["STATES_USED", "friction_claim", "coherent_inequality_claims", "evaluate_claims"]

SOURCE = PAPERS["tajima_funo"].citation
STATES_USED = (
    "States: random full-rank Ginibre states rho (core.states.random_density, seeded by "
    "tajima_funo.friction.seed) and the convex family rho_t = rho_bd + t (rho - rho_bd), "
    "t = 1/mix_points..1, which keeps rho_bd (hence J) fixed and scales the inter-level "
    "coherence by t. Models: random detailed-balance models (sorted random levels with random "
    "degeneracies, one complex Ginibre jump operator per level pair and bath, lowering form, "
    "gamma(-w) = gamma(w) exp(-beta hbar w), checked by core.model.Model) and the 2N-state "
    "model of Eq. (5) with gamma(omega0) = omega0 = 1 and a random beta."
)


def _params(df: pd.DataFrame, cfg: dict[str, Any]) -> dict[str, Any]:
    p = dict(cfg)
    p["models"] = sorted(df.model.unique().tolist())
    p["dims"] = sorted(int(d) for d in df.dim.unique())
    return p


def _n_coherent(df: pd.DataFrame, cfg: dict[str, Any]) -> int:
    """States whose inter-level l1 coherence exceeds ``coherence_min`` (non-trivial cases)."""
    return int((df.C_l1_inter > cfg["coherence_min"]).sum())


def friction_claim(df: pd.DataFrame, cfg: dict[str, Any], artifacts: Sequence[str]) -> Claim:
    """Claim tf.friction: J(rho) = J(rho_bd) and sigma(rho) >= sigma(rho_bd) on every state."""
    j_rtol = cfg["J_rtol"]
    rel_dJ = (df.J_tot - df.J_tot_bd).abs() / df.J_tot_bd.abs()
    rel_dJ_bath = df.dJ_bath_max / df.J_tot_bd.abs()
    ok_J, n_J = check_all_true(np.maximum(rel_dJ, rel_dJ_bath) <= j_rtol)
    ok_s, max_ratio = check_leq(df.sigma_bd, df.sigma)
    n_coh = _n_coherent(df, cfg)
    excess = (df.sigma - df.sigma_bd) / df.sigma_bd
    return claim(
        "tf.friction",
        statement="Quantum friction (Result 1): coherence between different energy levels "
        "leaves every bath's heat current unchanged, J_a(rho) = J_a(rho_bd), and never lowers "
        "the entropy production, sigma(rho) >= sigma(rho_bd).",
        measured={
            "states_checked": len(df),
            "states_with_inter_level_coherence": n_coh,
            "max_rel_dJ_tot": float(rel_dJ.max()),
            "max_rel_dJ_per_bath": float(rel_dJ_bath.max()),
            "J_violations": n_J,
            "min_sigma_excess_rel": float(excess.min()),
            "max_sigma_bd_over_sigma": max_ratio,
            "min_C_l1_inter": float(df.C_l1_inter.min()),
        },
        expected={"J_violations": 0, "sigma_bd_over_sigma": "<= 1", "non-trivial states": "> 0"},
        comparator="max_a |J_a(rho) - J_a(rho_bd)|/J_tot(rho_bd) <= J_rtol and sigma(rho_bd) <= "
        "sigma(rho) (round-off slack 1e-9) on every state, with at least one state carrying "
        "inter-level l1 coherence > coherence_min",
        tolerance={"J_rtol": j_rtol, "sigma_rtol": 1e-9, "coherence_min": cfg["coherence_min"]},
        ok=ok_J and ok_s and n_coh > 0,
        margin=tightest(
            margin_leq(
                float(np.maximum(rel_dJ, rel_dJ_bath).max()),
                j_rtol,
                "max |J_a(rho) - J_a(rho_bd)| / J_tot(rho_bd)",
            ),
            margin_ratio(max_ratio, "max sigma(rho_bd) / sigma(rho)"),
            margin_geq(n_coh, 1, "states with inter-level coherence"),
        ),
        artifacts=artifacts,
        parameters=_params(df, cfg),
        interpretation=STATES_USED,
        details={"sigma_excess_rel_at_t1_median": float(excess[df.t == df.t.max()].median())},
        source=SOURCE + ", Result 1 and Ineq. (2); Funo slides, main result 1",
    )


def _ineq_columns(df: pd.DataFrame) -> dict[str, tuple[pd.Series, pd.Series, str]]:
    return {
        "2": (df.cd, df.cd_bd, "J_tot^2/sigma of rho never exceeds that of rho_bd"),
        "3": (df.cd_sd, df.A_cl / 2, "J_tot^2/sigma of rho_sd never exceeds A_cl/2"),
        "4": (
            df.cd_bd,
            (df.A_cl + df.A_qm) / 2,
            "J_tot^2/sigma of rho_bd never exceeds (A_cl + A_qm)/2",
        ),
    }


def coherent_inequality_claims(
    df: pd.DataFrame, cfg: dict[str, Any], artifacts: Sequence[str]
) -> list[Claim]:
    """Claims tf.ineq{2,3,4}.coherent: Ineqs. (2)-(4) on the coherent random states."""
    out = []
    n_coh = _n_coherent(df, cfg)
    n_deg = int((df.C_l1_bd > cfg["coherence_min"]).sum())
    for num, (lhs, rhs, text) in _ineq_columns(df).items():
        ok, max_ratio = check_leq(lhs, rhs)
        margin = (rhs - lhs) / rhs
        out.append(
            claim(
                f"tf.ineq{num}.coherent",
                statement=f"Inequality ({num}): {text}, on random states with coherence between "
                "different energy levels (and between degenerate states) of random "
                "detailed-balance models and of the 2N-state model.",
                measured={
                    "states_checked": len(df),
                    "states_with_inter_level_coherence": n_coh,
                    "states_with_degenerate_coherence": n_deg,
                    # rho_t shares rho_bd and rho_sd with rho: Ineqs. (3)-(4) see these only
                    "distinct_rho_bd": int(df.groupby(["model", "state"]).ngroups),
                    "min_rel_margin": float(margin.min()),
                    "max_lhs_over_bound": max_ratio,
                },
                expected={"max_lhs_over_bound": "<= 1"},
                comparator="lhs <= bound (round-off slack 1e-9) on every state; margin = "
                "(bound - lhs)/bound",
                tolerance=1e-9,
                ok=ok and n_coh > 0,
                margin=tightest(
                    margin_ratio(max_ratio, "max lhs / bound"),
                    margin_geq(n_coh, 1, "states with inter-level coherence"),
                ),
                artifacts=artifacts,
                parameters=_params(df, cfg),
                interpretation=STATES_USED,
                source=SOURCE + f", Ineq. ({num})",
            )
        )
    return out


def evaluate_claims(df: pd.DataFrame, cfg: dict[str, Any], artifacts: Sequence[str]) -> list[Claim]:
    """tf.friction and tf.ineq{2,3,4}.coherent, in ledger order."""
    return [friction_claim(df, cfg, artifacts), *coherent_inequality_claims(df, cfg, artifacts)]
