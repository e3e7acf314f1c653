"""Claims on the two-bath steady state of the 2N-state model (Tajima-Funo, issue 12).

doi:10.1103/PhysRevLett.127.190604, text after Eq. (7). From the tables of
:mod:`~qthermo.papers.tajima_funo.steady_current`:

* ``tf.steady_state.dissipationless``: J = O(N) at sigma = O(1) (collective medium);
* ``tf.steady_state.asymptotic_constants``: J/N and sigma approach their linear-response limits
  with a deviation ~ 1/N;
* ``tf.steady_state.incoherent_medium``: without coherence J = O(1), sigma = O(1/N);
* ``tf.steady_state.bounds``: the collective CD ratio beats A_cl/2 and respects (A_cl + A_qm)/2;
* ``tf.steady_state.reduction_exact``: the reductions agree with the full 2N space.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.fitting import fit_exponent
from qthermo.ledger.claims import (
    Claim,
    check_leq,
    claim,
    margin_geq,
    margin_leq,
    margin_ratio,
    tightest,
)
from qthermo.papers import PAPERS
from qthermo.papers.tajima_funo.steady_current import asymptotic_constants

__all__ = ["evaluate_claims"]

SOURCE = PAPERS["tajima_funo"].citation + ", text after Eq. (7) (steady state between two baths)"
CONSTRUCTION = (
    "Our construction (the paper's is in its Supplemental Material): the 2N-state medium between "
    "two baths coupling through the same jumps, beta_h hbar omega0 = x_h and beta_c hbar omega0 = "
    "x_h + delta0/N (temperature difference shrinking as 1/N); collective medium started in the "
    "bright sector (its steady state is not unique), incoherent medium unique steady state."
)


def _window(df: pd.DataFrame, medium: str, c: dict[str, Any]) -> pd.DataFrame:
    d = df[df.medium == medium].sort_values("N")
    return d[d.N >= c["fit_N_min"]]


def _slopes(d: pd.DataFrame, targets: dict[str, float], atol: float):
    """Fitted exponents of the named columns, their deviations and the tightest margin."""
    k = {col: fit_exponent(d.N, np.abs(d[col])) for col in targets}
    dev = {col: abs(k[col] - t) for col, t in targets.items()}
    ok = all(v <= atol for v in dev.values())
    margin = tightest(*(margin_leq(v, atol, f"|exponent of {col} - {targets[col]}|")
                        for col, v in dev.items()))  # fmt: skip
    return k, ok, margin


def _claim_exponents(
    cid: str, df: pd.DataFrame, medium: str, targets: dict[str, float], c: dict[str, Any], **kw
) -> Claim:
    d = _window(df, medium, c)
    k, ok, margin = _slopes(d, targets, c["slope_atol"])
    last = d.iloc[-1]
    return claim(
        cid,
        source=SOURCE,
        measured={
            "exponents": k,
            "N_max": int(last.N),
            "J_h_at_N_max": float(last.J_h),
            "sigma_at_N_max": float(last.sigma),
        },  # fmt: skip
        expected=targets,
        comparator="|fitted log-log exponent - expected| <= slope_atol for N >= fit_N_min",
        tolerance=c["slope_atol"],
        ok=ok,
        margin=margin,
        interpretation=CONSTRUCTION,
        parameters={
            k_: c[k_] for k_ in ("omega0", "gamma0", "x_h", "delta0", "N_max", "fit_N_min")
        },
        **kw,
    )


def claim_asymptotics(df: pd.DataFrame, c: dict[str, Any], art: Sequence[str]) -> Claim:
    """tf.steady_state.asymptotic_constants: deviation from the large-N limits ~ 1/N."""
    lim = asymptotic_constants(c)
    d = _window(df, "collective", c).assign(
        dev_J=lambda f: np.abs(f.J_h / f.N / lim["J_over_N_collective"] - 1),
        dev_sigma=lambda f: np.abs(f.sigma / lim["sigma_collective"] - 1),
    )
    k, ok_k, margin_k = _slopes(d, {"dev_J": -1.0, "dev_sigma": -1.0}, c["slope_atol"])
    closed = float(max(np.max(np.abs(df.J_h / df.J_h_closed_form - 1)),
                       np.max(np.abs(df.sigma / df.sigma_closed_form - 1))))  # fmt: skip
    ok = ok_k and closed <= c["reduction_rtol"]
    margin = tightest(
        margin_k, margin_leq(closed, c["reduction_rtol"], "max |reduction / closed form - 1|")
    )
    last = d.iloc[-1]
    return claim(
        "tf.steady_state.asymptotic_constants",
        source=SOURCE,
        statement="The collective current per atom and the entropy production approach the "
        "linear-response constants hbar omega0 gamma0 delta0 / (2(1 + e^{x_h})) and gamma0 "
        "delta0^2 / (2(1 + e^{x_h})), their relative deviations falling as 1/N; at every N the "
        "numerical steady state equals the closed form J_h = N^2 hbar omega0 gamma0 "
        "(e^{-x_h} p_g - p_e).",
        measured={
            "limits": lim,
            "exponents": k,
            "rel_dev_J_at_N_max": float(last.dev_J),
            "rel_dev_sigma_at_N_max": float(last.dev_sigma),
            "N_max": int(last.N),
            "max_rel_diff_closed_form": closed,
        },  # fmt: skip
        expected={"dev_J": -1.0, "dev_sigma": -1.0, "closed_form": f"<= {c['reduction_rtol']}"},
        comparator="|exponent of the relative deviation + 1| <= slope_atol; max relative "
        "difference to the closed forms (both media) <= reduction_rtol",
        tolerance=c["slope_atol"],
        ok=ok,
        margin=margin,
        artifacts=art,
        interpretation=CONSTRUCTION,
    )


def claim_bounds(df: pd.DataFrame, c: dict[str, Any], art: Sequence[str]) -> Claim:
    """tf.steady_state.bounds: A_cl/2 < cd <= (A_cl + A_qm)/2 (collective, N >= 2)."""
    d = df[(df.medium == "collective") & (df.N >= 2)]
    ok_q, max_q = check_leq(d.cd_ratio, (d.A_cl + d.A_qm) / 2)
    over = (d.cd_ratio / (d.A_cl / 2)).to_numpy()
    inc = df[df.medium == "incoherent"]
    ok_c, max_c = check_leq(inc.cd_ratio, inc.A_cl / 2)
    balance = float(np.max(np.abs(df.balance)))
    ok = ok_q and ok_c and bool(over.min() > 1) and balance <= 1e-9
    return claim(
        "tf.steady_state.bounds",
        source=SOURCE + " and Ineqs. (3)-(4)",
        statement="In the steady state the collective medium's J_tot^2/sigma exceeds the "
        "classical bound A_cl/2 for every N >= 2 and stays below (A_cl + A_qm)/2; the incoherent "
        "medium stays below A_cl/2.",
        measured={
            "min_cd_over_classical_collective": float(over.min()),
            "cd_over_classical_at_N_max": float(over[-1]),
            "max_cd_over_quantum_bound": max_q,
            "max_cd_over_classical_incoherent": max_c,
            "max_energy_balance": balance,
            "max_rel_diff_sigma_spohn": float(np.max(np.abs(df.sigma_spohn / df.sigma - 1))),
        },  # fmt: skip
        expected="A_cl/2 < cd <= (A_cl + A_qm)/2 (collective), cd <= A_cl/2 (incoherent)",
        comparator="strict > for the classical bound, <= with round-off slack 1e-9 otherwise; "
        "|J_h + J_c|/|J_h| <= 1e-9",
        tolerance=1e-9,
        ok=ok,
        margin=tightest(
            margin_ratio(max_q, "max cd / ((A_cl + A_qm)/2), collective"),
            margin_ratio(max_c, "max cd / (A_cl/2), incoherent"),
            margin_geq(float(over.min()), 1.0, "min cd / (A_cl/2), collective"),
            margin_leq(balance, 1e-9, "max |J_h + J_c| / |J_h|"),
        ),
        artifacts=art,
        interpretation=CONSTRUCTION,
        details={
            "note": "the incoherent medium approaches A_cl/2 from below (exact ratio about "
            "1 - delta0^2/(12 N^2) in linear response), so its margin shrinks with N; sigma "
            "is -sum_a beta_a J_a (exact in the steady state), the Spohn form is the check"
        },
    )


def claim_reduction(check: pd.DataFrame, c: dict[str, Any], art: Sequence[str]) -> Claim:
    """tf.steady_state.reduction_exact: full 2N space = reduction (J, sigma, cd, A_cl, A_qm)."""
    rel = float(check.max_rel_diff.max())
    ok, _ = check_leq(rel, c["reduction_rtol"], rtol=0.0)
    return claim(
        "tf.steady_state.reduction_exact",
        source=SOURCE,
        statement="The two-level reductions reproduce the steady state of the full 2N-dimensional "
        "model: J_h, sigma, the CD ratio and A_cl, A_qm agree.",
        measured={
            "max_rel_diff": rel,
            "max_closure": float(check.closure.max()),
            "N_checked": {m: sorted(int(n) for n in g.N) for m, g in check.groupby("medium")},
        },  # fmt: skip
        expected=f"<= {c['reduction_rtol']}",
        comparator="max relative difference <= reduction_rtol",
        tolerance=c["reduction_rtol"],
        ok=ok,
        margin=margin_leq(rel, c["reduction_rtol"], "max relative difference full vs reduced"),
        artifacts=art,
        interpretation=CONSTRUCTION + " Full space: eigenvalue-1 projection of exp(L T) applied "
        "to the embedded hot-bath Gibbs state, T = relax_times / (slowest reduced rate).",
    )


def evaluate_claims(
    sweep: pd.DataFrame, check: pd.DataFrame, c: dict[str, Any], artifacts: Sequence[str]
) -> list[Claim]:
    """The steady-state claims, in ledger order."""
    return [
        _claim_exponents(
            "tf.steady_state.dissipationless",
            sweep,
            "collective",
            {"J_h": 1.0, "sigma": 0.0},
            c,
            statement="Between two baths whose temperature difference shrinks as 1/N, the "
            "coherent (collective) 2N-state medium carries a steady current J = O(N) at an "
            "entropy production sigma = O(1).",
            artifacts=artifacts,
        ),  # fmt: skip
        claim_asymptotics(sweep, c, artifacts),
        _claim_exponents(
            "tf.steady_state.incoherent_medium",
            sweep,
            "incoherent",
            {"J_h": 0.0, "sigma": -1.0},
            c,
            statement="The incoherent medium with the same A_cl between the same baths carries "
            "only J = O(1), with sigma = O(1/N).",
            artifacts=artifacts,
        ),  # fmt: skip
        claim_bounds(sweep, c, artifacts),
        claim_reduction(check, c, artifacts),
    ]
